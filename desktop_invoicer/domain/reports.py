"""The reports as pure computations: receivables aging, revenue, cash forecast, tax collected.

Inputs are small facts read from the cache (``storage/repositories/reports.py``);
amounts are integer minor units, grouped per currency and never added across
currencies. Each figure keeps the invoice ids behind it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

AGING_BUCKETS = ("Current", "1–30", "31–60", "61–90", "90+")


def aging_bucket(due_on: date | None, as_of: date) -> int:
    """Index into :data:`AGING_BUCKETS`: days past due on ``as_of`` (not yet due: current)."""
    if due_on is None:
        return 0
    late = (as_of - due_on).days
    if late <= 0:
        return 0
    if late <= 30:
        return 1
    if late <= 60:
        return 2
    if late <= 90:
        return 3
    return 4


@dataclass(frozen=True, slots=True)
class OpenItem:
    """An open invoice with something still to collect."""

    id: str
    customer_id: str
    customer_name: str
    currency: str
    amount_remaining: int
    due_on: date | None


@dataclass
class Amounts:
    """A row of amounts in one currency, with the invoices behind it."""

    currency: str
    values: list[int]
    ids: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.values)


@dataclass(frozen=True, slots=True)
class AgingReport:
    as_of: date
    # (currency, customer name, customer id) -> amounts per bucket; sorted.
    rows: tuple[tuple[str, str, Amounts], ...]
    totals: dict[str, Amounts]


def aging(items: Iterable[OpenItem], as_of: date) -> AgingReport:
    rows: dict[tuple[str, str, str], Amounts] = {}
    totals: dict[str, Amounts] = {}
    for item in items:
        if item.amount_remaining <= 0:
            continue
        bucket = aging_bucket(item.due_on, as_of)
        key = (item.currency, item.customer_name, item.customer_id)
        for amounts in (
            rows.setdefault(key, Amounts(item.currency, [0] * len(AGING_BUCKETS))),
            totals.setdefault(item.currency, Amounts(item.currency, [0] * len(AGING_BUCKETS))),
        ):
            amounts.values[bucket] += item.amount_remaining
            amounts.ids.append(item.id)
    ordered = tuple(
        (code, name, rows[(code, name, cid)])
        for code, name, cid in sorted(rows, key=lambda k: (k[0], k[1].casefold(), k[2]))
    )
    return AgingReport(as_of, ordered, dict(sorted(totals.items())))


@dataclass(frozen=True, slots=True)
class RevenueItem:
    """A finalized, not void invoice: ``net`` is its total excluding tax."""

    id: str
    customer_id: str
    customer_name: str
    currency: str
    finalized_on: date
    net: int
    tax: int
    total: int


@dataclass(frozen=True, slots=True)
class ProductLine:
    invoice_id: str
    currency: str
    product: str
    quantity: int
    amount: int  # quantity x unit amount, before discounts (inclusive taxes inside)


@dataclass
class RevenueGroup:
    """Revenue of one group (month, customer or product) in one currency."""

    label: str
    currency: str
    net: int = 0
    tax: int = 0
    total: int = 0
    quantity: int = 0
    ids: list[str] = field(default_factory=list)


def _grouped(groups: dict[tuple[str, str], RevenueGroup]) -> list[RevenueGroup]:
    return [groups[k] for k in sorted(groups)]


def revenue_by_month(items: Iterable[RevenueItem]) -> list[RevenueGroup]:
    """One group per (currency, month ``YYYY-MM``), sorted by currency then month."""
    groups: dict[tuple[str, str], RevenueGroup] = {}
    for item in items:
        month = item.finalized_on.strftime("%Y-%m")
        group = groups.setdefault((item.currency, month), RevenueGroup(month, item.currency))
        group.net += item.net
        group.tax += item.tax
        group.total += item.total
        group.ids.append(item.id)
    return _grouped(groups)


def revenue_by_customer(items: Iterable[RevenueItem]) -> list[RevenueGroup]:
    """One group per (currency, customer), by currency then highest revenue first."""
    groups: dict[tuple[str, str], RevenueGroup] = {}
    for item in items:
        key = (item.currency, item.customer_id)
        group = groups.setdefault(key, RevenueGroup(item.customer_name, item.currency))
        group.net += item.net
        group.tax += item.tax
        group.total += item.total
        group.ids.append(item.id)
    return sorted(groups.values(), key=lambda g: (g.currency, -g.net, g.label.casefold()))


ADJUSTMENT = "Discounts and inclusive tax"


def revenue_by_product(
    lines: Iterable[ProductLine], items: Sequence[RevenueItem]
) -> list[RevenueGroup]:
    """Line amounts per (currency, product), plus one adjustment per currency.

    Line amounts are before invoice discounts and include inclusive taxes, so each
    currency gets an :data:`ADJUSTMENT` group (net revenue − line amounts) that
    makes the product groups add up to the same net revenue as the other reports.
    """
    groups: dict[tuple[str, str], RevenueGroup] = {}
    seen: set[tuple[str, str, str]] = set()
    line_sums: dict[str, int] = {}
    for line in lines:
        key = (line.currency, line.product)
        group = groups.setdefault(key, RevenueGroup(line.product, line.currency))
        group.net += line.amount
        group.quantity += line.quantity
        if (*key, line.invoice_id) not in seen:
            seen.add((*key, line.invoice_id))
            group.ids.append(line.invoice_id)
        line_sums[line.currency] = line_sums.get(line.currency, 0) + line.amount
    result = sorted(groups.values(), key=lambda g: (g.currency, -g.net, g.label.casefold()))
    nets: dict[str, int] = {}
    for item in items:
        nets[item.currency] = nets.get(item.currency, 0) + item.net
    for code in sorted(nets.keys() | line_sums.keys()):
        difference = nets.get(code, 0) - line_sums.get(code, 0)
        if difference:
            adjustment = RevenueGroup(ADJUSTMENT, code, net=difference)
            at = max((i for i, g in enumerate(result) if g.currency == code), default=-1) + 1
            result.insert(at, adjustment)
    return result


@dataclass(frozen=True, slots=True)
class ForecastBucket:
    label: str
    start: date | None
    end: date | None


def forecast_buckets(as_of: date, weeks: int = 8) -> list[ForecastBucket]:
    """Overdue, then ``weeks`` weeks from ``as_of`` (7 days each), then later."""
    buckets = [ForecastBucket("Overdue", None, as_of - timedelta(days=1))]
    for week in range(weeks):
        start = as_of + timedelta(days=7 * week)
        end = start + timedelta(days=6)
        buckets.append(ForecastBucket(f"{start.isoformat()} – {end.isoformat()}", start, end))
    buckets.append(ForecastBucket("Later", as_of + timedelta(days=7 * weeks), None))
    return buckets


def cash_forecast(
    items: Iterable[OpenItem],
    as_of: date,
    weeks: int = 8,
    plans: Mapping[str, Sequence[tuple[date, int]]] | None = None,
) -> tuple[list[ForecastBucket], dict[str, Amounts]]:
    """Expected receipts per currency per bucket, from due dates (no due date: this week).

    ``plans`` maps an invoice id to the instalments of its payment plan not yet
    issued as their own invoices (due day, amount): those amounts are expected on
    their days instead of the invoice's due date, up to what is still owed; any
    rest stays on the due date. (Issued instalments are open invoices themselves.)
    """
    buckets = forecast_buckets(as_of, weeks)
    result: dict[str, Amounts] = {}
    listed: set[str] = set()

    def place(item: OpenItem, due: date | None, amount: int) -> None:
        day = due or as_of
        late = day < as_of
        index = 0 if late else min((day - as_of).days // 7 + 1, len(buckets) - 1)
        amounts = result.setdefault(item.currency, Amounts(item.currency, [0] * len(buckets)))
        amounts.values[index] += amount
        if item.id not in listed:
            listed.add(item.id)
            amounts.ids.append(item.id)

    for item in items:
        left = item.amount_remaining
        if left <= 0:
            continue
        for day, amount in sorted((plans or {}).get(item.id, ())):
            part = min(amount, left)
            if part > 0:
                place(item, day, part)
                left -= part
        if left > 0:
            place(item, item.due_on, left)
    return buckets, dict(sorted(result.items()))


@dataclass(frozen=True, slots=True)
class TaxItem:
    """Tax of one rate on one invoice paid on ``paid_on`` (cash basis)."""

    invoice_id: str
    currency: str
    rate: str  # "VAT 20%"
    paid_on: date
    taxable: int
    tax: int


@dataclass
class TaxGroup:
    month: str
    currency: str
    rate: str
    taxable: int = 0
    tax: int = 0
    ids: list[str] = field(default_factory=list)


def tax_collected(items: Iterable[TaxItem]) -> list[TaxGroup]:
    """Tax per (currency, month paid, rate), sorted."""
    groups: dict[tuple[str, str, str], TaxGroup] = {}
    seen: set[tuple[str, str, str, str]] = set()
    for item in items:
        month = item.paid_on.strftime("%Y-%m")
        key = (item.currency, month, item.rate)
        group = groups.setdefault(key, TaxGroup(month, item.currency, item.rate))
        group.taxable += item.taxable
        group.tax += item.tax
        if (*key, item.invoice_id) not in seen:
            seen.add((*key, item.invoice_id))
            group.ids.append(item.invoice_id)
    return [groups[k] for k in sorted(groups)]
