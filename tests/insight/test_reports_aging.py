"""Receivables aging and cash forecast against hand-computed buckets (as of 2026-03-31).

Days past due on 03-31 (worked out by hand):
  due 04-10 -> not due (current)      due 03-31 -> 0 (current)     due 03-30 -> 1 (1–30)
  due 03-01 -> 30 (1–30)              due 02-28 -> 31 (31–60)      due 01-30 -> 60 (31–60)
  due 01-29 -> 61 (61–90)             due 12-31 -> 90 (61–90)      due 12-30 -> 91 (90+)
  due 03-15 -> 16 (1–30)              due 01-15 -> 75 (61–90)
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from desktop_invoicer.documents.report_tables import aging_table, forecast_table
from desktop_invoicer.documents.reports_csv import write_report_csv
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.payment_plans import Collection, Instalment
from desktop_invoicer.domain.reports import aging, cash_forecast
from desktop_invoicer.storage import Database
from tests.insight.builders import Book
from tests.insight.datasets import build_receivables

AS_OF = date(2026, 3, 31)


@pytest.fixture
def receivables(book: Book) -> None:
    build_receivables(book)


def test_aging_per_customer_and_currency(db: Database, receivables: None) -> None:
    report = aging(db.reports.open_items(), AS_OF)
    rows = {(code, name): amounts.values for code, name, amounts in report.rows}
    # Acme USD: current 10000 + 25000; 1–30 4000 + 6000; 31–60 7000.
    assert rows[("USD", "Acme")] == [35000, 10000, 7000, 0, 0]
    # Beta USD: 1–30 the 200.00 left of 300.00; 31–60 50000; 61–90 80000 + 100000; 90+ 123456.
    assert rows[("USD", "Beta")] == [0, 20000, 50000, 180000, 123456]
    assert rows[("EUR", "Café")] == [0, 0, 0, 90000, 0]
    assert rows[("JPY", "Yamada")] == [0, 5000, 0, 0, 0]
    # Totals per currency, never across: USD 35000 | 30000 | 57000 | 180000 | 123456 = 425456.
    assert report.totals["USD"].values == [35000, 30000, 57000, 180000, 123456]
    assert report.totals["USD"].total == 425456
    assert report.totals["EUR"].total == 90000 and report.totals["JPY"].total == 5000
    assert len(report.totals["USD"].ids) == 10


def test_aging_table_and_csv(db: Database, receivables: None, tmp_path: Path) -> None:
    table = aging_table(aging(db.reports.open_items(), AS_OF), grouping=False)
    path = write_report_csv(table, tmp_path / "aging.csv")
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [
        "Customer",
        "Currency",
        "Current",
        "1–30",
        "31–60",
        "61–90",
        "90+",
        "Total",
        "Row",
    ]
    # Currencies in code order: EUR, JPY (zero-decimal: no decimals), USD.
    assert rows[1] == ["Café", "EUR", "0.00", "0.00", "0.00", "900.00", "0.00", "900.00", "detail"]
    assert rows[2][0] == "Total EUR" and rows[2][-1] == "total"
    assert rows[3] == ["Yamada", "JPY", "0", "5000", "0", "0", "0", "5000", "detail"]
    assert rows[-1] == [
        "Total USD",
        "USD",
        "350.00",
        "300.00",
        "570.00",
        "1800.00",
        "1234.56",
        "4254.56",
        "total",
    ]
    assert not any(r[0] == "Total" for r in rows)  # no sum across currencies


def test_aging_of_nothing(db: Database) -> None:
    report = aging(db.reports.open_items(), AS_OF)
    assert report.rows == () and report.totals == {}
    assert aging_table(report).rows == ()


def test_cash_forecast_by_week(db: Database, receivables: None) -> None:
    buckets, amounts = cash_forecast(db.reports.open_items(), AS_OF)
    usd = amounts["USD"].values
    # Overdue (due before 03-31): 4000 + 6000 + 7000 + 50000 + 80000 + 100000 + 123456
    # + 20000 = 390456. Week 03-31..04-06: 25000 (due 03-31). Week 04-07..04-13: 10000.
    assert usd[0] == 390456
    assert usd[1] == 25000 and buckets[1].start == AS_OF
    assert usd[2] == 10000
    assert sum(usd) == 425456  # the same as the aging total
    table = forecast_table(buckets, amounts, AS_OF)
    usd_rows = [r.cells for r in table.rows if r.cells[1] == "USD"]
    assert usd_rows[1][3] == "4,154.56"  # cumulative after week 1: 3904.56 + 250.00


def test_cash_forecast_puts_plan_instalments_on_their_days(db: Database, book: Book) -> None:
    # USD 900.00 due 03-01 (overdue on 03-31), moved to a plan of 3 x 300.00 on 04-02, 04-16
    # and 04-30 (none issued yet). Weeks from 03-31: 03-31..04-06 (1), 04-07..04-13 (2),
    # 04-14..04-20 (3), 04-21..04-27 (4), 04-28..05-04 (5). A second invoice of 100.00,
    # due 03-20, has no plan: overdue.
    planned = book.invoice("Acme", 90000, finalized=date(2026, 2, 1), due=date(2026, 3, 1))
    book.invoice("Acme", 10000, finalized=date(2026, 2, 1), due=date(2026, 3, 20))
    db.payment_plans.add(
        planned,
        book.stripe_ids[planned],
        Money.of(90000, "USD"),
        Collection.EMAIL,
        [
            Instalment(n, day, Money.of(30000, "USD"))
            for n, day in enumerate((date(2026, 4, 2), date(2026, 4, 16), date(2026, 4, 30)), 1)
        ],
    )
    plans = db.reports.plan_instalments()
    _, amounts = cash_forecast(db.reports.open_items(), AS_OF, plans=plans)
    assert amounts["USD"].values == [10000, 30000, 0, 30000, 0, 30000, 0, 0, 0, 0]
    # Without the plan the whole 900.00 would be overdue.
    _, plain = cash_forecast(db.reports.open_items(), AS_OF)
    assert plain["USD"].values[0] == 100000
