"""KPI figures against data sets whose answers are worked out by hand in the comments.

The data set (``march``): period March 2026 (31 days), previous February 2026
(28 days). Amounts in minor units.

  A USD 1000.00 finalized 03-02, paid 03-10, 1 attempt          -> paid first try
  B USD  500.00 finalized 03-05, open, never attempted          -> receivable 50000
  C USD  300.00 finalized 03-08, paid 03-20, 2 attempts         -> failed, Stripe retry recovered
  D USD  200.00 finalized 03-12, open, 1 attempt, app retry #1 declined -> failed, not recovered
  E EUR  400.00 finalized 03-15, paid 04-05 (after March), 1 attempt -> first try; receivable
  F EUR  100.00 finalized 03-20, void                           -> left out of rates and sales
  G USD  250.00 finalized 02-20, paid 03-03, 1 attempt          -> February's only invoice
  H JPY 12000   finalized 03-25, paid 03-28, 2 attempts, app retry #1 paid -> recovered by retry
  I USD draft created 03-30, automated
  J USD  150.00 finalized 03-18, automated, open, 50.00 paid    -> receivable 10000
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from desktop_invoicer.domain.kpi_periods import (
    Period,
    PeriodKind,
    period_for,
    previous_period,
    trend_buckets,
)
from desktop_invoicer.domain.kpis import days_text, percent_text
from desktop_invoicer.storage import Database
from tests.insight.builders import Book, MovableClock
from tests.insight.datasets import build_march

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))
FEBRUARY = Period(date(2026, 2, 1), date(2026, 2, 28))


@pytest.fixture
def march(book: Book, db: Database, clock: MovableClock) -> dict[str, str]:
    return build_march(book, db, clock)


def test_payment_success_rate(db: Database, march: dict[str, str]) -> None:
    dash = db.kpis.dashboard(MARCH, FEBRUARY)
    figure = dash.ratios["payment_success"]
    # Finalized in March, not void: A B C D E H J = 7. Paid with no failed attempt: A, E = 2.
    assert (figure.current.numerator, figure.current.denominator) == (2, 7)
    assert figure.current.value == Fraction(2, 7)
    assert set(figure.current.numerator_ids) == {march["A"], march["E"]}
    assert set(figure.current.denominator_ids) == {march[k] for k in "ABCDEHJ"}
    # February: G only, paid first try: 1/1.
    assert (figure.previous.numerator, figure.previous.denominator) == (1, 1)
    assert percent_text(figure.current.value) == "28.6%"  # 2/7 = 0.28571...


def test_retry_success_rate(db: Database, march: dict[str, str]) -> None:
    figure = db.kpis.dashboard(MARCH, FEBRUARY).ratios["retry_success"]
    # Failed first attempts in March: C (2 attempts), D (retry unit), H (retry unit) = 3.
    # Recovered: C (paid after Stripe's retry), H (app retry answered paid) = 2. D declined.
    assert (figure.current.numerator, figure.current.denominator) == (2, 3)
    assert set(figure.current.numerator_ids) == {march["C"], march["H"]}
    assert set(figure.current.denominator_ids) == {march["C"], march["D"], march["H"]}
    # February: no failure, so no value (not 0%).
    assert figure.previous.denominator == 0 and figure.previous.value is None


def test_automation_coverage(db: Database, march: dict[str, str]) -> None:
    figure = db.kpis.dashboard(MARCH, FEBRUARY).ratios["automation"]
    # Created in March: A B C D E F H I J = 9 (G was created in February). Automated: I, J.
    assert (figure.current.numerator, figure.current.denominator) == (2, 9)
    assert set(figure.current.numerator_ids) == {march["I"], march["J"]}
    assert (figure.previous.numerator, figure.previous.denominator) == (0, 1)


def test_error_rate(db: Database, march: dict[str, str]) -> None:
    figure = db.kpis.dashboard(MARCH, FEBRUARY).ratios["error_rate"]
    # March operations: outbox A (failed), outbox B (sent), retry units of D and H,
    # recurring rec-1 (failed); rec-2 was skipped, so not an operation: 5 in all, 2 errors.
    assert (figure.current.numerator, figure.current.denominator) == (2, 5)
    assert figure.current.numerator_ids == (march["A"],)  # rec-1 names no invoice
    assert set(figure.current.denominator_ids) == {march[k] for k in "ABDH"}
    # February: the outbox write of G, sent: 0 of 1.
    assert (figure.previous.numerator, figure.previous.denominator) == (0, 1)


def test_dso_per_currency(db: Database, march: dict[str, str]) -> None:
    dso = db.kpis.dashboard(MARCH, FEBRUARY).dso
    assert dso is not None
    usd, eur, jpy = dso.current["USD"], dso.current["EUR"], dso.current["JPY"]
    # USD receivables at 03-31: B 50000 + D 20000 + J (15000 - 5000) = 80000
    # (A, C, G were paid by then). Credit sales: A 100000 + B 50000 + C 30000 + D 20000
    # + J 15000 = 215000. DSO = 80000 / 215000 * 31 = 496/43 = 11.53 days.
    assert (usd.receivables, usd.credit_sales, usd.days) == (80000, 215000, 31)
    assert usd.value == Fraction(496, 43)
    assert days_text(usd.value) == "11.5 days"
    assert set(usd.receivable_ids) == {march["B"], march["D"], march["J"]}
    # EUR: E was paid on 04-05, so it is owed on 03-31: 40000 / 40000 * 31 = 31 days (F void).
    assert (eur.receivables, eur.credit_sales, eur.value) == (40000, 40000, Fraction(31))
    # JPY: H paid 03-28: nothing owed; 0 days.
    assert (jpy.receivables, jpy.credit_sales, jpy.value) == (0, 12000, Fraction(0))
    # February (28 days): G owed at 02-28 (paid 03-03): 25000 / 25000 * 28 = 28 days.
    assert dso.previous["USD"].value == Fraction(28)
    assert set(dso.previous) == {"USD"}  # no other currency had sales or receivables


def test_an_empty_period_has_no_values(db: Database, march: dict[str, str]) -> None:
    period = Period(date(2025, 6, 1), date(2025, 6, 30))
    dash = db.kpis.dashboard(period, Period(date(2025, 5, 1), date(2025, 5, 31)))
    for figure in dash.ratios.values():
        assert figure.current.denominator == 0 and figure.current.value is None
        assert percent_text(figure.current.value) == "—"
    assert dash.dso is not None and dash.dso.current == {}


def test_an_empty_workspace(db: Database) -> None:
    dash = db.kpis.dashboard(MARCH, FEBRUARY)
    assert all(f.current.value is None for f in dash.ratios.values())
    assert dash.dso is not None and dash.dso.current == {} and dash.dso.previous == {}
    assert len(dash.ratios["payment_success"].trend) == 12


def test_a_single_invoice(db: Database, book: Book) -> None:
    only = book.invoice(
        "Solo", 7777, finalized=date(2026, 3, 9), status="paid", paid=date(2026, 3, 9), attempts=1
    )
    dash = db.kpis.dashboard(MARCH, FEBRUARY)
    assert dash.ratios["payment_success"].current.value == Fraction(1)
    assert dash.ratios["payment_success"].current.numerator_ids == (only,)
    assert dash.ratios["automation"].current.value == Fraction(0)
    assert dash.ratios["retry_success"].current.value is None
    assert dash.dso is not None
    # Paid the day it was issued: nothing owed at 03-31, sales 7777: DSO 0.
    assert dash.dso.current["USD"].value == 0


def test_trend_points_are_weekly_and_add_up(db: Database, march: dict[str, str]) -> None:
    dash = db.kpis.dashboard(MARCH, FEBRUARY)
    trend = dash.ratios["payment_success"].trend
    assert [b for b, _ in trend] == trend_buckets(MARCH)
    assert trend[-1][0] == Period(date(2026, 3, 25), date(2026, 3, 31))
    # Week 03-25..03-31: H finalized (failed first) -> 0/1.
    assert trend[-1][1] == Fraction(0)
    # Week 03-18..03-24: J open, F void -> 0/1. Week 03-11..03-17: D open, E paid first -> 1/2.
    assert trend[-2][1] == Fraction(0)
    assert trend[-3][1] == Fraction(1, 2)


def test_periods_and_previous_periods() -> None:
    today = date(2026, 5, 14)
    assert period_for(PeriodKind.THIS_MONTH, today) == Period(date(2026, 5, 1), today)
    assert previous_period(PeriodKind.THIS_MONTH, Period(date(2026, 5, 1), today)) == Period(
        date(2026, 4, 1), date(2026, 4, 30)
    )
    q = period_for(PeriodKind.THIS_QUARTER, today)
    assert q == Period(date(2026, 4, 1), today)
    assert previous_period(PeriodKind.THIS_QUARTER, q) == Period(
        date(2026, 1, 1), date(2026, 3, 31)
    )
    y = period_for(PeriodKind.THIS_YEAR, today)
    assert previous_period(PeriodKind.THIS_YEAR, y) == Period(date(2025, 1, 1), date(2025, 12, 31))
    last30 = period_for(PeriodKind.LAST_30, today)
    assert last30 == Period(date(2026, 4, 15), today) and last30.days == 30
    assert previous_period(PeriodKind.LAST_30, last30) == Period(
        date(2026, 3, 16), date(2026, 4, 14)
    )
    custom = Period(date(2026, 1, 10), date(2026, 1, 19))
    assert previous_period(PeriodKind.CUSTOM, custom) == Period(
        date(2025, 12, 31), date(2026, 1, 9)
    )
    months = trend_buckets(y)
    assert months[-1] == Period(date(2026, 5, 1), today)
    assert months[0] == Period(date(2025, 6, 1), date(2025, 6, 30))


def test_plan_instalments_are_not_automation(db: Database, book: Book) -> None:
    # Two invoices in March: one made by a schedule, one an instalment of a payment plan
    # (the app created it, but a person asked for the plan): 1 of 2 automated.
    scheduled = book.invoice("Acme", 1000, finalized=date(2026, 3, 3), automated=True)
    book.invoice("Acme", 1000, finalized=date(2026, 3, 4), plan="plan-1")
    figure = db.kpis.dashboard(MARCH, FEBRUARY).ratios["automation"]
    assert (figure.current.numerator, figure.current.denominator) == (1, 2)
    assert figure.current.numerator_ids == (scheduled,)
