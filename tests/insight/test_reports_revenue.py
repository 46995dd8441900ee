"""Revenue by month, customer and product, and tax collected, against hand-computed sums.

Period March 2026. Lines are (product, quantity, unit amount in minor units).

  R1 Acme USD 03-05 paid 03-10: Consulting 2 x 150.00 + Hosting 1 x 50.00, VAT 20% on top
     -> net 35000, tax 7000, total 42000
  R2 Acme USD 03-20 open: Consulting 1 x 150.00 -> net 15000
  R3 Beta USD 02-25 (February): Hosting 3 x 50.00 -> not in March
  R4 Beta USD 03-07 void -> not revenue
  R5 Café EUR 03-12 paid 04-02: Design 1 x 800.00 + VAT 20% -> net 80000, tax 16000
  R6 Yamada JPY 03-28 uncollectible: Consulting 3 x 20000 -> net 60000 (still invoiced)
  R7 Beta USD 04-01 -> not in March
  R8 Acme USD 03-15 paid 03-15: Hosting 1 x 120.00 with GST 20% included
     -> tax 120.00 x 20/120 = 20.00, total 12000, net 10000
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop_invoicer.documents.report_tables import (
    revenue_customer_table,
    revenue_month_table,
    revenue_product_table,
    tax_table,
)
from desktop_invoicer.domain.kpi_periods import Period
from desktop_invoicer.domain.reports import (
    ADJUSTMENT,
    revenue_by_customer,
    revenue_by_month,
    revenue_by_product,
    tax_collected,
)
from desktop_invoicer.storage import Database
from tests.insight.builders import Book
from tests.insight.datasets import build_sales

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def sales(book: Book) -> dict[str, str]:
    return build_sales(book)


def test_revenue_by_month(db: Database, sales: dict[str, str]) -> None:
    groups = revenue_by_month(db.reports.revenue_items(MARCH))
    got = {(g.currency, g.label): (g.net, g.tax, g.total, len(g.ids)) for g in groups}
    assert got == {
        # USD: R1 + R2 + R8: net 35000 + 15000 + 10000, tax 7000 + 2000, total 42000+15000+12000
        ("USD", "2026-03"): (60000, 9000, 69000, 3),
        ("EUR", "2026-03"): (80000, 16000, 96000, 1),
        ("JPY", "2026-03"): (60000, 0, 60000, 1),
    }
    table = revenue_month_table(groups, MARCH)
    assert ("Total USD", "USD", "3", "600.00", "90.00", "690.00") in [r.cells for r in table.rows]
    assert ("Total JPY", "JPY", "1", "60,000", "0", "60,000") in [r.cells for r in table.rows]


def test_revenue_by_customer(db: Database, sales: dict[str, str]) -> None:
    groups = revenue_by_customer(db.reports.revenue_items(MARCH))
    got = {(g.currency, g.label): g.net for g in groups}
    assert got == {("USD", "Acme"): 60000, ("EUR", "Café"): 80000, ("JPY", "Yamada"): 60000}
    acme = next(g for g in groups if g.label == "Acme")
    assert set(acme.ids) == {sales["R1"], sales["R2"], sales["R8"]}
    assert revenue_customer_table(groups, MARCH).rows[-1].total


def test_revenue_by_product_adds_up_to_net_revenue(db: Database, sales: dict[str, str]) -> None:
    items = db.reports.revenue_items(MARCH)
    groups = revenue_by_product(db.reports.product_lines(MARCH), items)
    got = {(g.currency, g.label): (g.net, g.quantity) for g in groups}
    # USD Consulting: R1 2 x 15000 + R2 1 x 15000 = 45000 (qty 3); Hosting: R1 5000 + R8 12000
    # = 17000 (qty 2). Lines 62000, net revenue 60000: adjustment -2000 (GST inside R8).
    assert got[("USD", "Consulting")] == (45000, 3)
    assert got[("USD", "Hosting")] == (17000, 2)
    assert got[("USD", ADJUSTMENT)] == (-2000, 0)
    assert got[("EUR", "Design")] == (80000, 1) and ("EUR", ADJUSTMENT) not in got
    assert got[("JPY", "Consulting")] == (60000, 3)
    table = revenue_product_table(groups, MARCH)
    totals = {r.cells[0]: r.cells[3] for r in table.rows if r.total}
    assert totals == {"Total EUR": "800.00", "Total JPY": "60,000", "Total USD": "600.00"}


def test_tax_collected_cash_basis(db: Database, sales: dict[str, str]) -> None:
    groups = tax_collected(db.reports.tax_items(MARCH))
    got = {(g.currency, g.month, g.rate): (g.taxable, g.tax) for g in groups}
    # Paid in March: R1 (VAT 20% on 35000 = 7000) and R8 (GST 20% incl.: 2000 on 10000).
    # R5's EUR VAT was paid in April: not in March.
    assert got == {
        ("USD", "2026-03", "GST 20% incl."): (10000, 2000),
        ("USD", "2026-03", "VAT 20%"): (35000, 7000),
    }
    table = tax_table(groups, MARCH)
    assert table.rows[-1].cells == ("Total USD", "USD", "", "", "450.00", "90.00")


def test_reports_of_an_empty_period(db: Database, sales: dict[str, str]) -> None:
    june = Period(date(2025, 6, 1), date(2025, 6, 30))
    assert db.reports.revenue_items(june) == []
    assert revenue_by_product(db.reports.product_lines(june), []) == []
    assert tax_collected(db.reports.tax_items(june)) == []
