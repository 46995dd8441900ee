"""Late-fee policies as values: what an overdue invoice is charged, and when.

A policy charges a fixed amount, or a percentage (in basis points, an integer) of
the overdue balance, once or every month, starting ``grace_days`` after the due
date. Fee period 1 begins on the first day after the grace period; with a monthly
cadence period ``n`` begins ``n - 1`` months later. One fee per invoice per period,
ever: the period number is part of the fee's unit id (:func:`late_fee_unit_id`).

The ``cap`` bounds the total of all late fees on one invoice, so a monthly fee
stops growing once it is reached. A policy with a fixed amount or a cap is in one
currency and applies to invoices in that currency only; a pure percentage
without cap applies to every currency. Like reminders, after downtime only the
latest due period is charged: a customer never gets three fees in one morning.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from fractions import Fraction

from .currency import Currency
from .money import MAX_MINOR_UNITS, Money
from .rounding import round_minor
from .units import UnitKind, unit_id
from .validation import MAX_NAME, FieldError, ValidationError, check_text, raise_if_any

MAX_BASIS_POINTS = 10_000  # 100 %
MAX_GRACE_DAYS = 365
METADATA_LATE_FEE = "desktop_invoicer_late_fee"
"""Metadata key on a fee's invoice item (and separate invoice): the overdue invoice's id."""


class FeeKind(StrEnum):
    FIXED = "fixed"
    PERCENT = "percent"

    @property
    def label(self) -> str:
        return {FeeKind.FIXED: "Fixed amount", FeeKind.PERCENT: "Percentage of overdue"}[self]


class FeeCadence(StrEnum):
    ONCE = "once"
    MONTHLY = "monthly"

    @property
    def label(self) -> str:
        return {FeeCadence.ONCE: "Once", FeeCadence.MONTHLY: "Every month"}[self]


class FeeApplication(StrEnum):
    NEXT_INVOICE = "next_invoice"  # a pending invoice item: the customer's next invoice
    SEPARATE_INVOICE = "separate_invoice"  # an invoice of its own, finalized and sent

    @property
    def label(self) -> str:
        return {
            FeeApplication.NEXT_INVOICE: "On the customer's next invoice",
            FeeApplication.SEPARATE_INVOICE: "As a separate invoice",
        }[self]


def late_fee_unit_id(invoice_stripe_id: str, period: int) -> str:
    """The fee of one invoice for one period: the same on every desktop and backup."""
    if period < 1:
        raise ValueError("Fee periods are numbered from 1.")
    return unit_id(UnitKind.LATE_FEE, invoice_stripe_id, f"p{period}")


def period_key(period: int) -> str:
    return f"p{period}"


def period_of(key: str) -> int:
    return int(key[1:]) if key.startswith("p") and key[1:].isdigit() else 0


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def parse_percent(text: str) -> int:
    """What a person typed ("1.5", "1.5 %") as basis points (150); refuses more than 2 decimals."""
    cleaned = text.strip().rstrip("%").strip().replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"'{text}' is not a percentage.") from None
    if not value.is_finite():
        raise ValueError(f"'{text}' is not a percentage.")
    bps = value * 100
    if bps != bps.to_integral_value():
        raise ValueError("A percentage has at most two decimals (like 1.25).")
    return int(bps)


def percent_text(basis_points: int) -> str:
    """150 -> "1.5", 1000 -> "10"."""
    text = f"{Decimal(basis_points) / 100:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass(frozen=True, slots=True)
class LateFeePolicy:
    id: str
    name: str
    kind: FeeKind = FeeKind.PERCENT
    fixed_minor: int = 0  # FIXED: the fee, in minor units of ``currency``
    basis_points: int = 0  # PERCENT: 150 = 1.5 % of the overdue balance
    currency: Currency | None = None  # needed for a fixed amount or a cap
    cap_minor: int | None = None  # the most all fees on one invoice may add up to
    grace_days: int = 0
    cadence: FeeCadence = FeeCadence.ONCE
    application: FeeApplication = FeeApplication.NEXT_INVOICE
    enabled: bool = True
    is_default: bool = False

    def validate(self) -> None:
        errors: list[FieldError | None] = [
            check_text("name", self.name, MAX_NAME, required=True, label="Name")
        ]
        money_needed = self.kind is FeeKind.FIXED or self.cap_minor is not None
        if money_needed and self.currency is None:
            errors.append(FieldError("currency", "Choose the currency of the fee and cap."))
        if self.kind is FeeKind.FIXED:
            if self.fixed_minor < 0:
                errors.append(FieldError("amount", "A late fee cannot be negative."))
            elif self.fixed_minor == 0:
                errors.append(FieldError("amount", "Enter a fee above zero."))
            elif self.fixed_minor > MAX_MINOR_UNITS:
                errors.append(FieldError("amount", "That fee is too large."))
        else:
            if self.basis_points < 0:
                errors.append(FieldError("percent", "A late fee cannot be negative."))
            elif not 0 < self.basis_points <= MAX_BASIS_POINTS:
                errors.append(
                    FieldError("percent", "The percentage must be between 0.01 % and 100 %.")
                )
        if self.cap_minor is not None:
            if self.cap_minor <= 0:
                errors.append(FieldError("cap", "The cap must be above zero (or leave it empty)."))
            elif (
                self.kind is FeeKind.FIXED
                and self.fixed_minor > 0
                and (self.cap_minor < self.fixed_minor)
            ):
                cur = self.currency
                cap = self._fmt(self.cap_minor) if cur else str(self.cap_minor)
                fee = self._fmt(self.fixed_minor) if cur else str(self.fixed_minor)
                errors.append(
                    FieldError(
                        "cap",
                        f"The cap ({cap}) is below the fee ({fee}): raise it or lower the fee.",
                    )
                )
        if not 0 <= self.grace_days <= MAX_GRACE_DAYS:
            errors.append(
                FieldError("grace_days", f"The grace period is 0 to {MAX_GRACE_DAYS} days.")
            )
        raise_if_any(errors)

    def _fmt(self, minor: int) -> str:
        assert self.currency is not None
        return Money(minor, self.currency).format()

    def applies_to(self, cur: Currency) -> bool:
        """Whether invoices in ``cur`` can be charged by this policy (see the module docstring)."""
        return self.currency is None or self.currency == cur

    @property
    def describe(self) -> str:
        what = (
            self._fmt(self.fixed_minor)
            if self.kind is FeeKind.FIXED and self.currency is not None
            else f"{percent_text(self.basis_points)} % of the overdue balance"
        )
        cap = f", at most {self._fmt(self.cap_minor)} per invoice" if self.cap_minor else ""
        grace = f" after {self.grace_days} days' grace" if self.grace_days else ""
        return f"{what}, {self.cadence.label.lower()}{grace}{cap}"

    # -- periods ---------------------------------------------------------------------

    def period_start(self, due_date: date, period: int) -> date:
        first = date.fromordinal(due_date.toordinal() + self.grace_days + 1)
        return first if period == 1 else add_months(first, period - 1)

    def latest_period(self, due_date: date, today: date) -> int:
        """The newest period begun by ``today`` (0: still within the grace period)."""
        if today < self.period_start(due_date, 1):
            return 0
        if self.cadence is FeeCadence.ONCE:
            return 1
        period = 1
        while self.period_start(due_date, period + 1) <= today:
            period += 1
        return period

    def plan(self, due_date: date, today: date, known: Collection[int]) -> FeePlan:
        """Which period to charge today, and which earlier ones were missed (never charged)."""
        latest = self.latest_period(due_date, today)
        if latest == 0 or latest in known:
            return FeePlan(None, ())
        missed = tuple(p for p in range(1, latest) if p not in known)
        return FeePlan(latest, missed)

    # -- amounts ---------------------------------------------------------------------

    def fee(self, overdue: Money, charged_so_far: int = 0) -> Money:
        """The fee for one period on ``overdue``, within what the cap leaves (can be zero)."""
        if not self.applies_to(overdue.currency):
            raise ValidationError(
                [FieldError("currency", f"This policy charges {self.currency} invoices only.")]
            )
        if self.kind is FeeKind.FIXED:
            amount = self.fixed_minor
        else:
            amount = round_minor(Fraction(max(overdue.minor, 0) * self.basis_points, 10_000))
        if self.cap_minor is not None:
            amount = max(0, min(amount, self.cap_minor - charged_so_far))
        return Money(amount, overdue.currency)


@dataclass(frozen=True, slots=True)
class FeePlan:
    charge: int | None  # the period to charge now
    missed: tuple[int, ...]  # earlier periods never charged: recorded as skipped
