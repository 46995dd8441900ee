"""The dashboard: every KPI for a period, its previous period and a trend, computed fast.

The formulas are those of ``kpis.py``; :class:`FactIndex` only chooses which facts
each period reads (by day) and sums the DSO trend's receivables with running
totals, so twelve trend points cost little more than one period
(``tests/insight/test_kpis_index.py`` checks both give the same answers).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction
from itertools import accumulate

from .kpi_periods import Period
from .kpis import (
    AUTOMATION,
    DSO,
    ERROR_RATE,
    PAYMENT_SUCCESS,
    RETRY_SUCCESS,
    CurrencyDso,
    InvoiceFact,
    OperationFact,
    Ratio,
    automation_coverage,
    dso_of_pools,
    error_rate,
    payment_success,
    retry_success,
)


class FactIndex:
    """The facts by day, so each period reads only its own days (the trend has 12 periods).

    Gives exactly the facts the formulas would keep from the whole list: those
    finalized or created in the period, and those that can be receivable at a day
    (open, or paid later than that day).
    """

    def __init__(self, facts: Iterable[InvoiceFact]) -> None:
        self._finalized: dict[date, list[InvoiceFact]] = {}
        self._created: dict[date, list[InvoiceFact]] = {}
        self._open: list[InvoiceFact] = []
        paid: list[InvoiceFact] = []
        for fact in facts:
            if fact.finalized_on is not None:
                self._finalized.setdefault(fact.finalized_on, []).append(fact)
            self._created.setdefault(fact.created_on, []).append(fact)
            if fact.status == "open":
                self._open.append(fact)
            elif fact.status == "paid" and fact.paid_on is not None:
                paid.append(fact)
        paid.sort(key=lambda f: f.paid_on or date.min)
        self._paid = paid
        self._paid_days = [f.paid_on or date.min for f in paid]
        # Per currency, running sums for the trend's receivables (see receivables_total).
        self._sums: dict[str, tuple[_Running, _Running]] = {}
        starts: dict[str, list[tuple[date, int]]] = {}
        ends: dict[str, list[tuple[date, int]]] = {}
        for fact in [*self._open, *paid]:
            if fact.finalized_on is None:
                continue
            amount = fact.amount_remaining if fact.status == "open" else fact.total
            starts.setdefault(fact.currency, []).append((fact.finalized_on, amount))
            if fact.status == "paid" and fact.paid_on is not None:
                ends.setdefault(fact.currency, []).append(
                    (max(fact.paid_on, fact.finalized_on), amount)
                )
        for code, rows in starts.items():
            self._sums[code] = (_Running(rows), _Running(ends.get(code, [])))

    @staticmethod
    def _in(days: dict[date, list[InvoiceFact]], period: Period) -> list[InvoiceFact]:
        if len(days) < period.days:
            return [f for day, facts in days.items() if day in period for f in facts]
        found: list[InvoiceFact] = []
        day = period.start
        while day <= period.end:
            found.extend(days.get(day, ()))
            day += timedelta(days=1)
        return found

    def finalized_in(self, period: Period) -> list[InvoiceFact]:
        return self._in(self._finalized, period)

    def created_in(self, period: Period) -> list[InvoiceFact]:
        return self._in(self._created, period)

    def receivable_pool(self, day: date) -> list[InvoiceFact]:
        """Facts that may be owed at the end of ``day``: open ones, and those paid later."""
        return self._open + self._paid[bisect_right(self._paid_days, day) :]

    def dso(self, period: Period) -> dict[str, CurrencyDso]:
        return dso_of_pools(self.receivable_pool(period.end), self.finalized_in(period), period)

    def receivables_total(self, code: str, day: date) -> int:
        """Receivables in ``code`` at the end of ``day``, as :func:`receivable_at` sums them.

        Amounts that started being owed by ``day`` (finalized) minus those that
        stopped (paid; a payment dated before finalization counts from finalization).
        """
        sums = self._sums.get(code)
        if sums is None:
            return 0
        started, stopped = sums
        return started.upto(day) - stopped.upto(day)

    def dso_values(self, period: Period) -> dict[str, Fraction | None]:
        """DSO per currency for a trend point, without the invoice ids (faster)."""
        sales: dict[str, int] = {}
        for fact in self.finalized_in(period):
            if fact.status not in ("void", "draft"):
                sales[fact.currency] = sales.get(fact.currency, 0) + fact.total
        values: dict[str, Fraction | None] = {}
        for code in sorted(self._sums.keys() | sales.keys()):
            owed = self.receivables_total(code, period.end)
            sold = sales.get(code, 0)
            if owed or sold:
                values[code] = None if sold == 0 else Fraction(owed * period.days, sold)
        return values


class _Running:
    """Amounts by day with running totals: ``upto(day)`` sums those on or before ``day``."""

    def __init__(self, rows: list[tuple[date, int]]) -> None:
        rows = sorted(rows)
        self._days = [day for day, _ in rows]
        self._totals = list(accumulate(amount for _, amount in rows))

    def upto(self, day: date) -> int:
        n = bisect_right(self._days, day)
        return self._totals[n - 1] if n else 0


@dataclass(frozen=True, slots=True)
class RatioFigure:
    key: str
    current: Ratio
    previous: Ratio
    trend: tuple[tuple[Period, Fraction | None], ...] = ()


@dataclass(frozen=True, slots=True)
class DsoFigure:
    current: dict[str, CurrencyDso]
    previous: dict[str, CurrencyDso]
    trend: tuple[tuple[Period, dict[str, Fraction | None]], ...] = ()
    key: str = DSO


@dataclass(frozen=True, slots=True)
class Dashboard:
    period: Period
    previous: Period
    ratios: dict[str, RatioFigure] = field(default_factory=dict)
    dso: DsoFigure | None = None


def compute_dashboard(
    facts: Sequence[InvoiceFact],
    operations: Sequence[OperationFact],
    period: Period,
    previous: Period,
    buckets: Sequence[Period],
) -> Dashboard:
    """Every KPI for ``period`` and ``previous``, with a trend point per bucket."""
    index = FactIndex(facts)
    ratios: dict[str, RatioFigure] = {}
    invoice_kpis = (
        (PAYMENT_SUCCESS, payment_success, index.finalized_in),
        (RETRY_SUCCESS, retry_success, index.finalized_in),
        (AUTOMATION, automation_coverage, index.created_in),
    )
    for key, fn, pick in invoice_kpis:
        ratios[key] = RatioFigure(
            key,
            fn(pick(period), period),
            fn(pick(previous), previous),
            tuple((b, fn(pick(b), b, ids=False).value) for b in buckets),
        )
    ratios[ERROR_RATE] = RatioFigure(
        ERROR_RATE,
        error_rate(operations, period),
        error_rate(operations, previous),
        tuple((b, error_rate(operations, b).value) for b in buckets),
    )
    dso_trend = tuple((b, index.dso_values(b)) for b in buckets)
    figure = DsoFigure(index.dso(period), index.dso(previous), dso_trend)
    return Dashboard(period, previous, ratios, figure)
