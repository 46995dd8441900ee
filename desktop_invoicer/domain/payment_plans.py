"""Payment plans: an open invoice's remaining balance in instalments that add up exactly.

An even split gives each instalment ``balance / n``; the minor units left over go
one each to the earliest instalments (largest remainder, see
:meth:`Money.allocate`), so no minor unit is lost or invented in any currency
(JPY with 0 decimals, USD with 2, KWD with 3). Custom amounts are checked: they
must add up to the balance to the minor unit, with dates strictly in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .late_fees import add_months
from .money import Money
from .validation import FieldError, ValidationError

MIN_INSTALMENTS = 2
MAX_INSTALMENTS = 36


class Frequency(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    def nth(self, first: date, index: int) -> date:
        """The date of instalment ``index`` (0-based) counted from ``first``."""
        if self is Frequency.MONTHLY:
            return add_months(first, index)
        step = 7 if self is Frequency.WEEKLY else 14
        return first + timedelta(days=step * index)


class Collection(StrEnum):
    EMAIL = "send_invoice"  # Stripe emails an invoice per instalment
    AUTOMATIC = "charge_automatically"  # Stripe charges the saved payment method

    @property
    def label(self) -> str:
        return {Collection.EMAIL: "Email an invoice", Collection.AUTOMATIC: "Charge automatically"}[
            self
        ]


@dataclass(frozen=True, slots=True)
class Instalment:
    number: int  # 1-based
    due_on: date
    amount: Money


class PlanError(ValidationError):
    """A plan that cannot be saved; ``for_field`` names the part to fix."""


def even_split(
    balance: Money, count: int, first_due: date, frequency: Frequency
) -> list[Instalment]:
    """``count`` instalments of (nearly) equal size; the first ones carry any leftover unit."""
    _check_count(count)
    if balance.minor <= 0:
        raise PlanError([FieldError("balance", "Nothing remains to be paid on this invoice.")])
    if balance.minor < count:
        raise PlanError(
            [
                FieldError(
                    "count",
                    f"{balance.format()} cannot be split into {count} instalments "
                    "of at least one minor unit each.",
                )
            ]
        )
    parts = balance.allocate([1] * count)
    return [Instalment(i + 1, frequency.nth(first_due, i), parts[i]) for i in range(count)]


def custom_plan(balance: Money, rows: Sequence[tuple[date, Money]]) -> list[Instalment]:
    """Instalments typed by a person, checked: positive, in date order, adding up to the balance."""
    _check_count(len(rows))
    errors: list[FieldError] = []
    for index, (_, amount) in enumerate(rows, start=1):
        if amount.currency != balance.currency:
            errors.append(FieldError(f"amount_{index}", f"Use {balance.currency.code}."))
        elif amount.minor <= 0:
            errors.append(FieldError(f"amount_{index}", f"Instalment {index} must be above zero."))
    for index in range(1, len(rows)):
        if rows[index][0] <= rows[index - 1][0]:
            errors.append(
                FieldError(
                    f"date_{index + 1}",
                    f"Instalment {index + 1} must fall after instalment {index}.",
                )
            )
    if not errors:
        total = sum(a.minor for _, a in rows)
        if total != balance.minor:
            added = Money(total, balance.currency).format()
            errors.append(
                FieldError(
                    "amounts", f"Instalments add up to {added}, balance is {balance.format()}."
                )
            )
    if errors:
        raise PlanError(errors)
    return [Instalment(i + 1, d, a) for i, (d, a) in enumerate(rows)]


def _check_count(count: int) -> None:
    if not MIN_INSTALMENTS <= count <= MAX_INSTALMENTS:
        raise PlanError(
            [
                FieldError(
                    "count",
                    f"A plan has {MIN_INSTALMENTS} to {MAX_INSTALMENTS} instalments.",
                )
            ]
        )
