"""The paged invoice and customer lists: filters, every sort, and paging consistency."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from desktop_invoicer.domain.status import InvoiceStatus
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


def _key(row: InvoiceRow, column: InvoiceColumn) -> tuple[Any, ...]:
    def part(value: Any) -> tuple[Any, ...]:
        return (0,) if value is None else (1, value)  # NULL sorts first

    issued = part(row.issue_date)
    value = {
        InvoiceColumn.NUMBER: (part(row.number),),
        InvoiceColumn.CUSTOMER: (part(_fold(row.customer_name)),),
        InvoiceColumn.STATUS: (part(row.status.value), issued),
        InvoiceColumn.CURRENCY: (part(row.currency), issued),
        InvoiceColumn.TOTAL: (part(row.total),),
        InvoiceColumn.AMOUNT_REMAINING: (part(row.amount_remaining),),
        InvoiceColumn.ISSUE_DATE: (issued,),
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
            expected = sorted(full, key=lambda r: _key(r, python_column))
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
