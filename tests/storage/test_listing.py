"""The paged invoice and customer lists: filters, every sort, and paging consistency."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop_invoicer.domain.status import InvoiceAction, InvoiceStatus
from desktop_invoicer.storage import (
    CustomerColumn,
    CustomerFilter,
    CustomerSort,
    Database,
    InvoiceColumn,
    InvoiceFilter,
    InvoiceRow,
    InvoiceSort,
)
from desktop_invoicer.storage.repositories import invoice_list

from .helpers import customer, draft

S = InvoiceStatus
FILTERS = [
    InvoiceFilter(),
    InvoiceFilter(statuses=frozenset({S.OPEN, S.UNCOLLECTIBLE})),
    InvoiceFilter(currency="eur"),
    InvoiceFilter(issued_from=date(2025, 3, 1), issued_to=date(2025, 8, 31)),
    InvoiceFilter(search="consulting", statuses=frozenset({S.PAID})),
    InvoiceFilter(search="acme"),
    InvoiceFilter(search="no such words anywhere"),
]


def _fold(text: str) -> str:
    """SQLite's NOCASE: ASCII letters only, then code point order."""
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in text)


def _listed_on(db: Database) -> dict[str, tuple[str, int]]:
    """Each invoice's (issue date, or a draft's creation day; created): the date sorts' keys."""
    rows = db.connection().execute("SELECT id, issue_date, created FROM invoices")
    return {
        r[0]: (r[1] or date.fromtimestamp(r[2]).isoformat(), r[2])  # a draft: its local day
        for r in rows
    }


def _key(row: InvoiceRow, column: InvoiceColumn, listed_on: dict[str, tuple[str, int]]) -> Any:
    def part(value: Any) -> tuple[Any, ...]:
        return (0,) if value is None else (1, value)  # NULL sorts first

    dated = listed_on[row.id]
    value = {
        InvoiceColumn.NUMBER: (part(row.number),),
        InvoiceColumn.CUSTOMER: (part(_fold(row.customer_name)),),
        InvoiceColumn.STATUS: (part(row.status.value), dated),
        InvoiceColumn.CURRENCY: (part(row.currency), dated),
        InvoiceColumn.TOTAL: (part(row.total),),
        InvoiceColumn.AMOUNT_REMAINING: (part(row.amount_remaining),),
        InvoiceColumn.ISSUE_DATE: (dated,),
        InvoiceColumn.DUE_DATE: (part(row.due_date),),
    }[column]
    return (*value, row.id)


def _all(db: Database, filter: InvoiceFilter, sort: InvoiceSort) -> list[InvoiceRow]:
    return db.invoices.page(filter, sort, 0, 1_000_000)


@pytest.mark.parametrize("filter", FILTERS, ids=lambda f: repr(f)[14:60])
@pytest.mark.parametrize("column", list(InvoiceColumn))
def test_pages_concatenate_to_the_sorted_list(
    demo_db: Database, filter: InvoiceFilter, column: InvoiceColumn
) -> None:
    count = demo_db.invoices.count(filter)
    for descending in (False, True):
        sort = InvoiceSort(column, descending)
        full = _all(demo_db, filter, sort)
        assert len(full) == count
        assert len({r.id for r in full}) == count
        pages: list[InvoiceRow] = []
        for offset in range(0, count + 37, 37):
            pages += demo_db.invoices.page(filter, sort, offset, 37)
        assert pages == full
        if column is not InvoiceColumn.RELEVANCE or not filter.search:
            python_column = (
                InvoiceColumn.ISSUE_DATE if column is InvoiceColumn.RELEVANCE else column
            )
            listed_on = _listed_on(demo_db)
            expected = sorted(full, key=lambda r: _key(r, python_column, listed_on))
            if descending or column is InvoiceColumn.RELEVANCE:
                expected.reverse()  # relevance without search text: newest first, always
            assert full == expected


def test_filters_select_the_right_rows(demo_db: Database) -> None:
    everything = _all(demo_db, InvoiceFilter(), InvoiceSort())
    assert len(everything) == 600
    assert {r.status for r in everything} == set(InvoiceStatus)
    assert {"USD", "EUR", "GBP", "JPY", "KWD"} <= {r.currency for r in everything}

    def check(filter: InvoiceFilter, predicate: Any) -> None:
        expected = {r.id for r in everything if predicate(r)}
        assert {r.id for r in _all(demo_db, filter, InvoiceSort())} == expected
        assert demo_db.invoices.count(filter) == len(expected)
        assert expected  # the demo data exercises every filter

    check(FILTERS[1], lambda r: r.status in (S.OPEN, S.UNCOLLECTIBLE))
    check(FILTERS[2], lambda r: r.currency == "EUR")
    check(
        FILTERS[3],
        lambda r: (
            r.issue_date is not None and date(2025, 3, 1) <= r.issue_date <= date(2025, 8, 31)
        ),
    )
    someone = demo_db.invoices.get(everything[0].id).customer_id
    mine = set(demo_db.invoices.ids(InvoiceFilter(customer_id=someone)))
    check(InvoiceFilter(customer_id=someone), lambda r: r.id in mine)
    assert all(demo_db.invoices.get(i).customer_id == someone for i in mine)
    check(
        InvoiceFilter(currency="USD", statuses=frozenset({S.PAID}), issued_from=date(2025, 1, 1)),
        lambda r: (
            r.currency == "USD"
            and r.status is S.PAID
            and r.issue_date is not None
            and r.issue_date >= date(2025, 1, 1)
        ),
    )


def test_rows_agree_with_the_invoices(demo_db: Database) -> None:
    for row in demo_db.invoices.page(limit=600)[::7]:
        invoice = demo_db.invoices.get(row.id)
        total = invoice.totals().total
        assert row.total_money == total
        assert (row.number, row.status, row.currency) == (
            invoice.number,
            invoice.status,
            invoice.currency.code,
        )
        assert (row.issue_date, row.due_date) == (invoice.issue_date, invoice.effective_due_date())
        remaining = 0 if row.status in (S.PAID, S.VOID) else total.minor - invoice.amount_paid
        assert row.amount_remaining == remaining


@pytest.mark.parametrize("column", list(CustomerColumn))
def test_customer_pages_concatenate(demo_db: Database, column: CustomerColumn) -> None:
    for filter in (CustomerFilter(), CustomerFilter(currency="EUR"), CustomerFilter(search="a")):
        for descending in (False, True):
            sort = CustomerSort(column, descending)
            full = demo_db.customers.page(filter, sort, 0, 10_000)
            assert len(full) == demo_db.customers.count(filter)
            pages = []
            for offset in range(0, len(full) + 7, 7):
                pages += demo_db.customers.page(filter, sort, offset, 7)
            assert pages == full


def test_a_new_draft_is_the_first_row_of_the_default_order(isolated_home: Path) -> None:
    """Drafts have no issue date: they list by the day they were created, newest first."""
    now = [1767225600.0]  # 2026-01-01T00:00:00Z
    with Database.open(isolated_home / "list.db", clock=lambda: now[0]) as db:
        acme = db.customers.add(customer())
        made = []
        for days_ago in (40, 3, 0):  # issued 40 and 3 days ago, and today (before the draft)
            now[0] += 60
            invoice = db.invoices.save_draft(draft(acme.id, ("Work", 1, 1000)))
            db.invoices.set_status(
                invoice.id,
                InvoiceAction.FINALIZE,
                on=date(2026, 1, 1) - timedelta(days=days_ago),
                number=f"INV-{len(made) + 1:04d}",
            )
            made.append(invoice.id)
        now[0] += 60
        old_draft = db.invoices.save_draft(draft(acme.id, ("Old", 1, 500)))
        now[0] += 3600  # an hour later, still the same day
        new_draft = db.invoices.save_draft(draft(acme.id, ("New", 1, 700)))

        newest_first = [r.id for r in db.invoices.page()]
        assert newest_first == [new_draft.id, old_draft.id, made[2], made[1], made[0]]
        oldest_first = db.invoices.page(sort=InvoiceSort(InvoiceColumn.ISSUE_DATE, False))
        assert [r.id for r in oldest_first] == newest_first[::-1]
        # Within the drafts status, newest first too; the number still sorts drafts first.
        drafts = db.invoices.page(sort=InvoiceSort(InvoiceColumn.STATUS, False))[:2]
        assert [r.id for r in drafts] == [old_draft.id, new_draft.id]
        by_number = db.invoices.page(sort=InvoiceSort(InvoiceColumn.NUMBER, False))
        assert {r.id for r in by_number[:2]} == {old_draft.id, new_draft.id}
        # The draft keeps its place once finalized today (issue date = the day it was made).
        db.invoices.set_status(
            new_draft.id, InvoiceAction.FINALIZE, on=date(2026, 1, 1), number="INV-0004"
        )
        assert db.invoices.page()[0].id == new_draft.id


SEARCH_FILTERS = [
    InvoiceFilter(search="a"),
    InvoiceFilter(search="acme"),
    InvoiceFilter(search="consulting", statuses=frozenset({S.PAID, S.OPEN})),
    InvoiceFilter(search="e", currency="EUR"),
    InvoiceFilter(search="1"),
]


@pytest.mark.parametrize("filter", SEARCH_FILTERS, ids=lambda f: repr(f)[14:50])
def test_both_plans_of_a_search_give_the_same_pages(
    demo_db: Database, filter: InvoiceFilter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A broad search walks the sort's index; a narrow one sorts its matches: same rows."""
    plans: dict[str, list[InvoiceRow]] = {}
    for plan, advantage in (("sort", 0), ("walk", 10**12)):
        monkeypatch.setattr(invoice_list, "_WALK_ADVANTAGE", advantage)
        sql: list[str] = []
        demo_db.connection().set_trace_callback(sql.append)
        try:
            for column in (InvoiceColumn.ISSUE_DATE, InvoiceColumn.TOTAL, InvoiceColumn.STATUS):
                for descending in (False, True):
                    sort = InvoiceSort(column, descending)
                    for offset in (0, 50, 400):
                        key = f"{column}{descending}{offset}"
                        rows = demo_db.invoices.page(filter, sort, offset, 60)
                        plans.setdefault(key, rows)
                        assert rows == plans[key], (plan, key)
        finally:
            demo_db.connection().set_trace_callback(None)
        walked = any("INDEXED BY" in statement for statement in sql)
        assert walked == (plan == "walk")


def test_a_broad_search_walks_the_sort_index(demo_db: Database) -> None:
    broad = InvoiceFilter(search="a")
    assert demo_db.invoices.count(broad) > 300  # most of the 600 demo invoices
    sql: list[str] = []
    demo_db.connection().set_trace_callback(sql.append)
    try:
        demo_db.invoices.page(broad, InvoiceSort(), 0, 100)
        demo_db.invoices.page(InvoiceFilter(search="no such words anywhere"), InvoiceSort())
    finally:
        demo_db.connection().set_trace_callback(None)
    pages = [s for s in sql if s.startswith("SELECT i.id")]
    assert "INDEXED BY idx_invoices_sort_date" in pages[0]
    assert "INDEXED BY" not in pages[-1]
