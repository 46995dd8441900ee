"""Customer segments as values: named groups defined by conditions over what the app knows.

A segment is a list of :class:`Condition` combined with ``all`` (every condition
holds) or ``any`` (at least one does). Conditions look at a customer's
:class:`CustomerMetrics`, which the storage room computes from the local cache.

Money is per currency and never added across currencies: "total billed above
1,000.00 USD" compares the customer's USD total only; a customer who was never
billed in USD has 0 USD billed. Average days late is a count of days (not money)
kept as an exact :class:`~fractions.Fraction`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from fractions import Fraction
from typing import Any

from .currency import UnknownCurrencyError, currency
from .money import Money, MoneyError
from .validation import FieldError, ValidationError


class Match(StrEnum):
    ALL = "all"
    ANY = "any"


class Metric(StrEnum):
    COUNTRY = "country"
    CURRENCY = "currency"
    TOTAL_BILLED = "total_billed"
    OPEN_BALANCE = "open_balance"
    AVG_DAYS_LATE = "avg_days_late"
    TAG = "tag"
    FIRST_INVOICE = "first_invoice"

    @property
    def label(self) -> str:
        return _METRIC_LABELS[self]

    @property
    def is_money(self) -> bool:
        return self in (Metric.TOTAL_BILLED, Metric.OPEN_BALANCE)


_METRIC_LABELS = {
    Metric.COUNTRY: "Country",
    Metric.CURRENCY: "Currency",
    Metric.TOTAL_BILLED: "Total billed",
    Metric.OPEN_BALANCE: "Open balance",
    Metric.AVG_DAYS_LATE: "Average days late",
    Metric.TAG: "Tag",
    Metric.FIRST_INVOICE: "First invoice date",
}


class Op(StrEnum):
    IS = "is"
    IS_NOT = "is_not"
    ONE_OF = "one_of"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    HAS = "has"
    LACKS = "lacks"
    BEFORE = "before"
    ON_OR_AFTER = "on_or_after"

    @property
    def label(self) -> str:
        return _OP_LABELS[self]


_OP_LABELS = {
    Op.IS: "is",
    Op.IS_NOT: "is not",
    Op.ONE_OF: "is one of",
    Op.AT_LEAST: "is at least",
    Op.AT_MOST: "is at most",
    Op.HAS: "has",
    Op.LACKS: "does not have",
    Op.BEFORE: "is before",
    Op.ON_OR_AFTER: "is on or after",
}

#: The operators each metric accepts, the first being the default.
OPS: dict[Metric, tuple[Op, ...]] = {
    Metric.COUNTRY: (Op.IS, Op.IS_NOT, Op.ONE_OF),
    Metric.CURRENCY: (Op.IS, Op.IS_NOT, Op.ONE_OF),
    Metric.TOTAL_BILLED: (Op.AT_LEAST, Op.AT_MOST),
    Metric.OPEN_BALANCE: (Op.AT_LEAST, Op.AT_MOST),
    Metric.AVG_DAYS_LATE: (Op.AT_LEAST, Op.AT_MOST),
    Metric.TAG: (Op.HAS, Op.LACKS),
    Metric.FIRST_INVOICE: (Op.BEFORE, Op.ON_OR_AFTER),
}


@dataclass(frozen=True, slots=True)
class CustomerMetrics:
    """What segments look at for one customer (amounts per ISO code, minor units)."""

    customer_id: str
    name: str = ""
    country: str = ""
    currency: str = ""
    tags: frozenset[str] = frozenset()
    billed: Mapping[str, int] = field(default_factory=dict)
    open_balance: Mapping[str, int] = field(default_factory=dict)
    days_late_total: int = 0
    days_late_count: int = 0  # invoices with a due date that were paid, or are open
    first_invoice: date | None = None

    @property
    def avg_days_late(self) -> Fraction | None:
        if self.days_late_count == 0:
            return None
        return Fraction(self.days_late_total, self.days_late_count)


@dataclass(frozen=True, slots=True)
class Condition:
    """``metric op value``; ``value`` is text as typed (money in major units of ``currency``)."""

    metric: Metric
    op: Op
    value: str
    currency: str = ""  # money metrics only

    def errors(self, index: int) -> list[FieldError]:
        name = f"conditions[{index}]"
        if self.op not in OPS[self.metric]:
            return [
                FieldError(
                    f"{name}.op", f"'{self.op.label}' does not apply to {self.metric.label}."
                )
            ]
        value = self.value.strip()
        if not value:
            return [FieldError(f"{name}.value", "Enter a value.")]
        try:
            self._parsed()
        except (ValueError, MoneyError, UnknownCurrencyError) as exc:
            return [FieldError(f"{name}.value", str(exc))]
        return []

    def _parsed(self) -> Any:
        value = self.value.strip()
        m = self.metric
        if m in (Metric.COUNTRY, Metric.CURRENCY):
            codes = [v.strip().upper() for v in value.split(",") if v.strip()]
            width = 2 if m is Metric.COUNTRY else 3
            bad = [c for c in codes if len(c) != width or not c.isalpha()]
            if bad or not codes:
                what = "two-letter country codes" if width == 2 else "three-letter currency codes"
                raise ValueError(f"Use {what} (e.g. {'US, DE' if width == 2 else 'USD, EUR'}).")
            if m is Metric.CURRENCY:
                for c in codes:
                    currency(c)
            if self.op is not Op.ONE_OF and len(codes) > 1:
                raise ValueError("Choose 'is one of' for several values.")
            return frozenset(codes)
        if m.is_money:
            if not self.currency:
                raise ValueError("Choose the currency of the amount.")
            money = Money.parse(value, self.currency)
            if money.minor < 0:
                raise ValueError("Enter an amount of zero or more.")
            return money
        if m is Metric.AVG_DAYS_LATE:
            try:
                days = Decimal(value)
            except InvalidOperation:
                raise ValueError(f"'{value}' is not a number of days.") from None
            if not days.is_finite() or days < 0:
                raise ValueError("Enter a number of days of zero or more.")
            return Fraction(days)
        if m is Metric.TAG:
            return value.lower()
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValueError("Enter a date as YYYY-MM-DD.") from None

    def matches(self, c: CustomerMetrics) -> bool:
        target = self._parsed()
        m, op = self.metric, self.op
        if m in (Metric.COUNTRY, Metric.CURRENCY):
            have = (c.country if m is Metric.COUNTRY else c.currency).upper()
            inside = bool(have in target)
            return not inside if op is Op.IS_NOT else inside
        if m.is_money:
            amounts = c.billed if m is Metric.TOTAL_BILLED else c.open_balance
            have_minor = int(amounts.get(target.currency.code, 0))
            return bool(
                have_minor >= target.minor if op is Op.AT_LEAST else have_minor <= target.minor
            )
        if m is Metric.AVG_DAYS_LATE:
            avg = c.avg_days_late
            if avg is None:
                return False
            return bool(avg >= target if op is Op.AT_LEAST else avg <= target)
        if m is Metric.TAG:
            has = bool(target in {t.lower() for t in c.tags})
            return not has if op is Op.LACKS else has
        if c.first_invoice is None:
            return False
        return bool(c.first_invoice < target if op is Op.BEFORE else c.first_invoice >= target)

    def describe(self) -> str:
        value = self.value.strip()
        if self.metric.is_money and self.currency:
            value = f"{value} {self.currency}"
        return f"{self.metric.label} {self.op.label} {value}"

    def to_json(self) -> dict[str, str]:
        data = {"metric": self.metric.value, "op": self.op.value, "value": self.value}
        if self.currency:
            data["currency"] = self.currency
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Condition:
        return cls(
            Metric(str(data["metric"])),
            Op(str(data["op"])),
            str(data.get("value", "")),
            str(data.get("currency", "") or "").upper(),
        )


@dataclass(frozen=True, slots=True)
class Segment:
    id: str
    name: str
    match: Match = Match.ALL
    conditions: tuple[Condition, ...] = ()

    def validate(self) -> None:
        errors: list[FieldError] = []
        if not self.name.strip():
            errors.append(FieldError("name", "Give the segment a name."))
        elif len(self.name.strip()) > 80:
            errors.append(FieldError("name", "At most 80 characters."))
        if not self.conditions:
            errors.append(FieldError("conditions", "Add at least one condition."))
        for i, condition in enumerate(self.conditions):
            errors.extend(condition.errors(i))
        if errors:
            raise ValidationError(errors)

    def matches(self, c: CustomerMetrics) -> bool:
        results = (cond.matches(c) for cond in self.conditions)
        return all(results) if self.match is Match.ALL else any(results)

    def members(self, customers: Iterable[CustomerMetrics]) -> list[str]:
        """The ids of the customers in this segment, in the order given."""
        return [c.customer_id for c in customers if self.matches(c)]

    def describe(self) -> str:
        joiner = " and " if self.match is Match.ALL else " or "
        return joiner.join(c.describe() for c in self.conditions)


def conditions_to_json(conditions: Sequence[Condition]) -> list[dict[str, str]]:
    return [c.to_json() for c in conditions]


def conditions_from_json(data: Sequence[Mapping[str, Any]] | None) -> tuple[Condition, ...]:
    return tuple(Condition.from_json(d) for d in (data or ()))


def empty_warning(segment_name: str, count: int) -> str | None:
    """The warning shown when a segment matches nobody (saving is still allowed)."""
    if count:
        return None
    return (
        f"No customer matches '{segment_name or 'this segment'}' today. Rules for it will "
        "apply to nobody until a customer matches; check the conditions."
    )
