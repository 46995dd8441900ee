"""Demo and benchmark data: realistic, deterministic, and consistent with the repositories."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

import pytest

from desktop_invoicer.domain.status import InvoiceStatus
from desktop_invoicer.storage import Database, InvoiceColumn, InvoiceFilter, InvoiceSort
from desktop_invoicer.storage.demo import bulk_generate, populate_demo

from .conftest import fixed_clock


def snapshot(db: Database) -> list[tuple[object, ...]]:
    rows = db.connection().execute(
        "SELECT i.id, i.number, i.customer_name, i.status, i.total, i.issue_date, "
        "group_concat(l.description, '|') FROM invoices i JOIN invoice_lines l "
        "ON l.invoice_id = i.id GROUP BY i.id ORDER BY i.id"
    )
    return [tuple(r) for r in rows]


def test_the_demo_is_realistic(demo_db: Database) -> None:
    customers = demo_db.customers.page(limit=100)
    names = [c.name for c in customers]
    assert len(customers) == 60
    assert any("株式会社" in n for n in names)
    assert any("للتجارة" in n for n in names)
    assert any(ch in "".join(names) for ch in "éüø")
    assert {"US", "GB", "DE", "FR", "JP", "KW"} <= {c.country for c in customers}
    rows = demo_db.invoices.page(limit=1000)
    by_status = {s: sum(r.status is s for r in rows) for s in InvoiceStatus}
    assert all(count > 0 for count in by_status.values())
    assert by_status[InvoiceStatus.PAID] > len(rows) / 2
    assert {"USD", "EUR", "GBP", "JPY", "KWD"} <= {r.currency for r in rows}
    dates = [r.issue_date for r in rows if r.issue_date]
    assert date(2024, 7, 1) <= min(dates) and max(dates) <= date(2026, 1, 1)
    rates = demo_db.tax_rates.all()
    assert {r.inclusive for r in rates} == {True, False}
    used_discounts = (
        demo_db.connection()
        .execute("SELECT count(*) FROM invoices WHERE discounts != '[]'")
        .fetchone()[0]
    )
    assert used_discounts > 20
    assert demo_db.invoices.count(InvoiceFilter(search="website maintenance")) > 0
    assert demo_db.invoices.count(InvoiceFilter(currency="KWD")) > 0
    kwd_prices = (
        demo_db.connection()
        .execute("SELECT unit_amount FROM prices WHERE currency = 'KWD'")
        .fetchall()
    )
    assert kwd_prices and all(p[0] % 10 == 0 for p in kwd_prices)  # Stripe wants a final 0


def test_the_demo_is_deterministic(tmp_path: Path, demo_db: Database) -> None:
    with Database.open(tmp_path / "again.db", clock=fixed_clock) as again:
        populate_demo(again)
        assert snapshot(again) == snapshot(demo_db)


def test_stored_totals_match_the_domain(demo_db: Database) -> None:
    rows = demo_db.invoices.page(limit=1000)
    for row in rows:
        assert demo_db.invoices.get(row.id).totals().total.minor == row.total


def test_bulk_generate_writes_consistent_rows(tmp_path: Path) -> None:
    with Database.open(tmp_path / "bulk.db", clock=fixed_clock) as db:
        bulk_generate(db, customers=200, invoices=2000, seed=3)
        assert db.customers.count() == 200
        assert db.invoices.count() == 2000
        lines = db.connection().execute("SELECT count(*) FROM invoice_lines").fetchone()[0]
        assert 4000 <= lines <= 6000
        searchable = db.connection().execute("SELECT count(*) FROM invoices_fts").fetchone()[0]
        assert searchable == 2000
        for row in db.invoices.page(limit=2000)[::13]:
            invoice = db.invoices.get(row.id)
            assert invoice.totals().total.minor == row.total
            if invoice.status is InvoiceStatus.PAID:
                assert row.amount_remaining == 0
        first = db.invoices.page(sort=InvoiceSort(InvoiceColumn.NUMBER, False), limit=1)[0]
        assert db.invoices.count(InvoiceFilter(search=first.number or "")) >= 1
        # The generated data behaves like any other for the repositories.
        db.invoices.save_draft(
            db.invoices.get(
                db.invoices.page(InvoiceFilter(statuses=frozenset({InvoiceStatus.DRAFT})), limit=1)[
                    0
                ].id
            )
        )


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("RUN_SLOW"), reason="set RUN_SLOW=1 for 100k invoices")
def test_100k_invoices_are_fast(tmp_path: Path) -> None:
    with Database.open(tmp_path / "big.db", clock=fixed_clock) as db:
        started = time.perf_counter()
        bulk_generate(db)
        assert time.perf_counter() - started < 60
        for sort in (InvoiceSort(), InvoiceSort(InvoiceColumn.TOTAL, False)):
            started = time.perf_counter()
            db.invoices.page(sort=sort, offset=99_900)
            assert time.perf_counter() - started < 0.2
        started = time.perf_counter()
        db.invoices.page(InvoiceFilter(search="acme"), InvoiceSort(InvoiceColumn.RELEVANCE))
        assert time.perf_counter() - started < 0.2
