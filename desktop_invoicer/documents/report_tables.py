"""Reports as tables of text: what the Reports view shows and the CSV and PDF exports write.

One :class:`ReportTable` per report. Amounts are formatted by ``Money`` in their
own currency (``grouping=False`` for CSV, so spreadsheets read plain numbers);
every table has a Currency column and per-currency total rows, never a total
across currencies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from ..domain.currency import currency
from ..domain.kpi_periods import Period
from ..domain.money import Money
from ..domain.reports import (
    AGING_BUCKETS,
    AgingReport,
    Amounts,
    ForecastBucket,
    RevenueGroup,
    TaxGroup,
)

PER_CURRENCY_NOTE = "Amounts are per currency; currencies are never added together."


class ReportKind(StrEnum):
    AGING = "aging"
    REVENUE_MONTH = "revenue_month"
    REVENUE_PRODUCT = "revenue_product"
    REVENUE_CUSTOMER = "revenue_customer"
    CASH_FORECAST = "cash_forecast"
    TAX = "tax"

    @property
    def label(self) -> str:
        return {
            ReportKind.AGING: "Accounts receivable aging",
            ReportKind.REVENUE_MONTH: "Revenue by month",
            ReportKind.REVENUE_PRODUCT: "Revenue by product",
            ReportKind.REVENUE_CUSTOMER: "Revenue by customer",
            ReportKind.CASH_FORECAST: "Cash forecast",
            ReportKind.TAX: "Tax collected",
        }[self]

    @property
    def uses_period(self) -> bool:
        """Aging and the forecast are as of a day; the others cover a period."""
        return self not in (ReportKind.AGING, ReportKind.CASH_FORECAST)


@dataclass(frozen=True, slots=True)
class ReportRow:
    cells: tuple[str, ...]
    total: bool = False
    ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReportTable:
    kind: ReportKind
    subtitle: str
    headers: tuple[str, ...]
    rows: tuple[ReportRow, ...]
    numeric: frozenset[int] = field(default_factory=frozenset)
    note: str = PER_CURRENCY_NOTE

    @property
    def title(self) -> str:
        return self.kind.label


def amount(minor: int, code: str, grouping: bool = True) -> str:
    money = Money(minor, currency(code))
    text = abs(money).amount_text(grouping)
    return f"-{text}" if minor < 0 else text


def aging_table(report: AgingReport, grouping: bool = True) -> ReportTable:
    headers = ("Customer", "Currency", *AGING_BUCKETS, "Total")
    rows: list[ReportRow] = []

    def cells(label: str, amounts: Amounts) -> tuple[str, ...]:
        code = amounts.currency
        values = [amount(v, code, grouping) for v in amounts.values]
        return (label, code, *values, amount(amounts.total, code, grouping))

    for code, total in report.totals.items():
        for row_code, name, amounts in report.rows:
            if row_code == code:
                rows.append(ReportRow(cells(name, amounts), ids=tuple(amounts.ids)))
        rows.append(ReportRow(cells(f"Total {code}", total), True, tuple(total.ids)))
    subtitle = f"As of {report.as_of.isoformat()} · days past due"
    return ReportTable(ReportKind.AGING, subtitle, headers, tuple(rows), frozenset(range(2, 8)))


def _revenue_rows(
    groups: list[RevenueGroup], grouping: bool, with_tax: bool, quantity: bool = False
) -> list[ReportRow]:
    rows: list[ReportRow] = []
    codes = list(dict.fromkeys(g.currency for g in groups))
    for code in codes:
        mine = [g for g in groups if g.currency == code]
        ids: dict[str, None] = {}  # ordered, unique
        for g in mine:
            ids.update(dict.fromkeys(g.ids))
            extra = (str(g.quantity) if g.quantity else "",) if quantity else (str(len(g.ids)),)
            figures: tuple[str, ...] = (amount(g.net, code, grouping),)
            if with_tax:
                figures += (amount(g.tax, code, grouping), amount(g.total, code, grouping))
            rows.append(ReportRow((g.label, code, *extra, *figures), ids=tuple(g.ids)))
        net = sum(g.net for g in mine)
        figures = (amount(net, code, grouping),)
        if with_tax:
            figures += (
                amount(sum(g.tax for g in mine), code, grouping),
                amount(sum(g.total for g in mine), code, grouping),
            )
        count = "" if quantity else str(len(ids))
        rows.append(ReportRow((f"Total {code}", code, count, *figures), True, tuple(ids)))
    return rows


def _period_text(period: Period) -> str:
    return f"Invoices finalized {period.start.isoformat()} – {period.end.isoformat()}"


def revenue_month_table(
    groups: list[RevenueGroup], period: Period, grouping: bool = True
) -> ReportTable:
    headers = ("Month", "Currency", "Invoices", "Revenue excl. tax", "Tax", "Total billed")
    rows = _revenue_rows(groups, grouping, with_tax=True)
    return ReportTable(
        ReportKind.REVENUE_MONTH,
        _period_text(period),
        headers,
        tuple(rows),
        frozenset({2, 3, 4, 5}),
    )


def revenue_customer_table(
    groups: list[RevenueGroup], period: Period, grouping: bool = True
) -> ReportTable:
    headers = ("Customer", "Currency", "Invoices", "Revenue excl. tax", "Tax", "Total billed")
    rows = _revenue_rows(groups, grouping, with_tax=True)
    return ReportTable(
        ReportKind.REVENUE_CUSTOMER,
        _period_text(period),
        headers,
        tuple(rows),
        frozenset({2, 3, 4, 5}),
    )


def revenue_product_table(
    groups: list[RevenueGroup], period: Period, grouping: bool = True
) -> ReportTable:
    headers = ("Product", "Currency", "Quantity", "Revenue excl. tax")
    rows = _revenue_rows(groups, grouping, with_tax=False, quantity=True)
    note = (
        f"{PER_CURRENCY_NOTE} Product figures are line amounts; the adjustment row "
        "(invoice discounts, inclusive taxes) makes each total the net revenue."
    )
    return ReportTable(
        ReportKind.REVENUE_PRODUCT,
        _period_text(period),
        headers,
        tuple(rows),
        frozenset({2, 3}),
        note,
    )


def forecast_table(
    buckets: list[ForecastBucket], amounts: dict[str, Amounts], as_of: date, grouping: bool = True
) -> ReportTable:
    headers = ("Expected", "Currency", "Amount due", "Cumulative")
    rows: list[ReportRow] = []
    for code, row in amounts.items():
        running = 0
        for bucket, value in zip(buckets, row.values, strict=True):
            running += value
            cells = (
                bucket.label,
                code,
                amount(value, code, grouping),
                amount(running, code, grouping),
            )
            rows.append(ReportRow(cells))
        rows.append(
            ReportRow(
                (f"Total {code}", code, amount(row.total, code, grouping), ""),
                True,
                tuple(row.ids),
            )
        )
    subtitle = (
        f"Open invoices by due date (payment plan instalments on their own dates), "
        f"weeks from {as_of.isoformat()}"
    )
    return ReportTable(ReportKind.CASH_FORECAST, subtitle, headers, tuple(rows), frozenset({2, 3}))


def tax_table(groups: list[TaxGroup], period: Period, grouping: bool = True) -> ReportTable:
    headers = ("Month paid", "Currency", "Tax rate", "Invoices", "Taxable amount", "Tax")
    rows: list[ReportRow] = []
    for code in dict.fromkeys(g.currency for g in groups):
        mine = [g for g in groups if g.currency == code]
        for g in mine:
            rows.append(
                ReportRow(
                    (
                        g.month,
                        code,
                        g.rate,
                        str(len(g.ids)),
                        amount(g.taxable, code, grouping),
                        amount(g.tax, code, grouping),
                    ),
                    ids=tuple(g.ids),
                )
            )
        rows.append(
            ReportRow(
                (
                    f"Total {code}",
                    code,
                    "",
                    "",
                    amount(sum(g.taxable for g in mine), code, grouping),
                    amount(sum(g.tax for g in mine), code, grouping),
                ),
                True,
                tuple(dict.fromkeys(i for g in mine for i in g.ids)),
            )
        )
    subtitle = f"Invoices paid {period.start.isoformat()} – {period.end.isoformat()} (cash basis)"
    return ReportTable(ReportKind.TAX, subtitle, headers, tuple(rows), frozenset({3, 4, 5}))
