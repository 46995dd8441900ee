"""The invoicing KPIs as pure formulas over facts read from the cache.

Each KPI is computed from :class:`InvoiceFact` (one per invoice) and
:class:`OperationFact` (one per Stripe write or background job unit) for one
:class:`~.kpi_periods.Period`. Ratios are exact (:class:`fractions.Fraction`),
amounts stay integer minor units per currency and are never added across
currencies. Every figure keeps the ids of the invoices behind its numerator and
denominator, so the dashboard can drill down.

The definitions shown to the person (:data:`DEFINITIONS`) are the formulas below,
in words; change both together.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from .kpi_periods import Period

PAYMENT_SUCCESS = "payment_success"
DSO = "dso"
RETRY_SUCCESS = "retry_success"
AUTOMATION = "automation"
ERROR_RATE = "error_rate"

KPI_KEYS = (PAYMENT_SUCCESS, DSO, RETRY_SUCCESS, AUTOMATION, ERROR_RATE)


@dataclass(frozen=True, slots=True)
class Definition:
    title: str
    formula: str
    notes: str


DEFINITIONS: dict[str, Definition] = {
    PAYMENT_SUCCESS: Definition(
        "Payment success rate",
        "paid on the first attempt ÷ finalized",
        "Invoices finalized in the period, void ones left out. An invoice counts as paid on "
        "the first attempt when it is paid and no payment attempt failed before: Stripe "
        "recorded at most one attempt and no payment retry was needed. Invoices paid "
        "outside Stripe count as paid on the first attempt.",
    ),
    DSO: Definition(
        "Days sales outstanding",
        "DSO = receivables at period end ÷ credit sales in period × days in period",
        "Per currency, never added across currencies. Receivables at the period's last day: "
        "what is still owed on open invoices finalized by then, plus the total of invoices "
        "paid after that day. Credit sales: totals of invoices finalized in the period "
        "(void left out). Uncollectible invoices are written off and not receivable. "
        "No value when the period has no credit sales.",
    ),
    RETRY_SUCCESS: Definition(
        "Retry success rate",
        "failed payments later recovered by a retry ÷ failed payments",
        "Invoices finalized in the period whose first payment attempt failed (a payment "
        "retry was planned for them, or Stripe recorded a failed attempt). Recovered: the "
        "invoice was then paid by one of the app's payment retries (or by Stripe's own "
        "retry, when no app retry ran).",
    ),
    AUTOMATION: Definition(
        "Automation coverage",
        "invoices created by schedules, usage or milestones ÷ all invoices",
        "Invoices created in the period, drafts included. Automatic invoices carry the "
        "unit of work that made them in their metadata (desktop_invoicer_unit).",
    ),
    ERROR_RATE: Definition(
        "Error rate",
        "(failed Stripe calls + job failures needing a person) ÷ all operations",
        "Operations started in the period: writes to Stripe through the outbox and units "
        "of background work (recurring invoices, reminders, payment retries). Errors: "
        "outbox writes that failed or met a conflict, and job units that failed. Lower is "
        "better.",
    ),
}

LOWER_IS_BETTER = frozenset({DSO, ERROR_RATE})


@dataclass(frozen=True, slots=True)
class InvoiceFact:
    """What the KPIs need to know about one invoice (amounts in minor units of ``currency``)."""

    id: str
    currency: str
    status: str  # draft, open, paid, uncollectible, void
    total: int
    amount_remaining: int
    created_on: date
    finalized_on: date | None = None
    paid_on: date | None = None
    attempts: int = 0  # Stripe's attempt_count
    retry_units: int = 0  # the app's payment retry units for this invoice
    retry_paid: bool = False  # one of those retries paid it
    automated: bool = False  # made by a unit of work (schedule, usage, milestone)

    @property
    def first_attempt_failed(self) -> bool:
        """A payment attempt failed before any success (so a retry was, or is, needed)."""
        if self.retry_units > 0 or self.attempts >= 2:
            return True
        return self.attempts >= 1 and self.status not in ("paid", "draft")

    @property
    def recovered_by_retry(self) -> bool:
        if not self.first_attempt_failed or self.status != "paid":
            return False
        return self.retry_paid or (self.retry_units == 0 and self.attempts >= 2)


@dataclass(frozen=True, slots=True)
class OperationFact:
    """One write to Stripe (``stripe_call``) or one unit of background work (``job``)."""

    kind: str
    on: date
    failed: bool
    invoice_id: str | None = None


@dataclass(frozen=True, slots=True)
class Ratio:
    """``numerator / denominator`` with the invoices behind each; no value when nothing counted."""

    numerator: int
    denominator: int
    numerator_ids: tuple[str, ...] = ()
    denominator_ids: tuple[str, ...] = ()

    @property
    def value(self) -> Fraction | None:
        return None if self.denominator == 0 else Fraction(self.numerator, self.denominator)


@dataclass(frozen=True, slots=True)
class CurrencyDso:
    """DSO for one currency: ``receivables × days / credit_sales`` (minor units)."""

    currency: str
    receivables: int
    credit_sales: int
    days: int
    receivable_ids: tuple[str, ...] = ()
    sales_ids: tuple[str, ...] = ()

    @property
    def value(self) -> Fraction | None:
        if self.credit_sales == 0:
            return None
        return Fraction(self.receivables * self.days, self.credit_sales)


def _ids(facts: Iterable[InvoiceFact]) -> tuple[str, ...]:
    return tuple(sorted(f.id for f in facts))


def _ratio(
    numerator: Sequence[InvoiceFact], denominator: Sequence[InvoiceFact], ids: bool
) -> Ratio:
    if not ids:  # a trend point needs the value only
        return Ratio(len(numerator), len(denominator))
    return Ratio(len(numerator), len(denominator), _ids(numerator), _ids(denominator))


def payment_success(facts: Iterable[InvoiceFact], period: Period, *, ids: bool = True) -> Ratio:
    finalized = [f for f in facts if f.finalized_on in period and f.status not in ("void", "draft")]
    first_try = [f for f in finalized if f.status == "paid" and not f.first_attempt_failed]
    return _ratio(first_try, finalized, ids)


def retry_success(facts: Iterable[InvoiceFact], period: Period, *, ids: bool = True) -> Ratio:
    failed = [f for f in facts if f.finalized_on in period and f.first_attempt_failed]
    recovered = [f for f in failed if f.recovered_by_retry]
    return _ratio(recovered, failed, ids)


def automation_coverage(facts: Iterable[InvoiceFact], period: Period, *, ids: bool = True) -> Ratio:
    created = [f for f in facts if f.created_on in period]
    return _ratio([f for f in created if f.automated], created, ids)


def error_rate(operations: Iterable[OperationFact], period: Period) -> Ratio:
    ops = [op for op in operations if op.on in period]
    errors = [op for op in ops if op.failed]
    return Ratio(
        len(errors),
        len(ops),
        tuple(sorted({op.invoice_id for op in errors if op.invoice_id})),
        tuple(sorted({op.invoice_id for op in ops if op.invoice_id})),
    )


def receivable_at(fact: InvoiceFact, day: date) -> int:
    """What ``fact`` contributed to receivables at the end of ``day`` (minor units).

    Open invoices count with what is still owed; paid invoices with their total
    until the day they were paid (partial payments have no date in the cache).
    """
    if fact.finalized_on is None or fact.finalized_on > day:
        return 0
    if fact.status == "open":
        return fact.amount_remaining
    if fact.status == "paid" and fact.paid_on is not None and fact.paid_on > day:
        return fact.total
    return 0


def dso(facts: Iterable[InvoiceFact], period: Period) -> dict[str, CurrencyDso]:
    """DSO per currency (only currencies with receivables or sales), sorted by code."""
    pool = list(facts)
    return dso_of_pools(pool, pool, period)


def dso_of_pools(
    receivable_pool: Iterable[InvoiceFact], sales_pool: Iterable[InvoiceFact], period: Period
) -> dict[str, CurrencyDso]:
    receivables: dict[str, list[tuple[str, int]]] = {}
    sales: dict[str, list[tuple[str, int]]] = {}
    for fact in receivable_pool:
        owed = receivable_at(fact, period.end)
        if owed:
            receivables.setdefault(fact.currency, []).append((fact.id, owed))
    for fact in sales_pool:
        if fact.finalized_on in period and fact.status not in ("void", "draft"):
            sales.setdefault(fact.currency, []).append((fact.id, fact.total))
    result: dict[str, CurrencyDso] = {}
    for code in sorted(receivables.keys() | sales.keys()):
        owed_rows = receivables.get(code, [])
        sale_rows = sales.get(code, [])
        result[code] = CurrencyDso(
            code,
            sum(amount for _, amount in owed_rows),
            sum(amount for _, amount in sale_rows),
            period.days,
            tuple(sorted(i for i, _ in owed_rows)),
            tuple(sorted(i for i, _ in sale_rows)),
        )
    return result


def percent_text(value: Fraction | None, places: int = 1) -> str:
    """``83.3%`` (rounded half up at display only), ``—`` when there is no value."""
    if value is None:
        return "—"
    scaled = value * 100 * 10**places
    rounded = (scaled.numerator * 2 + scaled.denominator) // (2 * scaled.denominator)
    whole, frac = divmod(rounded, 10**places)
    if places == 0:
        return f"{whole}%"
    return f"{whole}.{frac:0{places}d}%"


def days_text(value: Fraction | None) -> str:
    """``41.3 days``, ``—`` when there is no value."""
    if value is None:
        return "—"
    tenths = (value.numerator * 20 + value.denominator) // (2 * value.denominator)
    return f"{tenths // 10}.{tenths % 10} days"
