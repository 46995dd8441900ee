"""The paged invoice list: filters, sorts, search, and the query plan for each.

This is the part of the invoice repository that the main window needs for its
first paint, so it imports no more of the domain than a row shows (status and
money); ``InvoiceRepository`` (drafts, the status machine) builds on it.

Every sort has an index ending in ``id``, so a page is a short walk of an index.
A search adds ``rowid IN (matches)``, and then the best plan depends on how many
rows match (see :meth:`InvoiceList.page`): a few matches are read by rowid and
sorted, while a broad search (one letter matches most invoices) walks the sort's
index in order and tests each row against the matches, stopping once the page
is full. The number of matches comes from :meth:`InvoiceList.count`, which the
list asks first anyway; it is remembered per filter as a hint (a stale hint only
picks a slower plan, never other rows).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from ...domain.currency import currency
from ...domain.money import Money
from ...domain.status import InvoiceStatus
from .. import search

if TYPE_CHECKING:
    from ..database import Database


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    """One line of the invoice list: exactly what the table shows."""

    id: str
    number: str | None
    customer_name: str
    status: InvoiceStatus
    currency: str
    total: int  # minor units of ``currency``
    amount_remaining: int  # minor units of ``currency``
    issue_date: date | None
    due_date: date | None  # the due date, or issue date + payment terms

    @property
    def total_money(self) -> Money:
        return Money(self.total, currency(self.currency))

    @property
    def remaining_money(self) -> Money:
        return Money(self.amount_remaining, currency(self.currency))


class InvoiceColumn(StrEnum):
    NUMBER = "number"
    CUSTOMER = "customer_name"
    STATUS = "status"
    CURRENCY = "currency"
    TOTAL = "total"
    AMOUNT_REMAINING = "amount_remaining"
    ISSUE_DATE = "issue_date"  # a draft (no issue date yet) by the day it was created
    DUE_DATE = "due_date"
    RELEVANCE = "relevance"  # best match first (bm25); newest first without search text


@dataclass(frozen=True, slots=True)
class InvoiceFilter:
    search: str = ""
    statuses: frozenset[InvoiceStatus] = frozenset()  # empty: every status
    customer_id: str | None = None
    issued_from: date | None = None  # inclusive
    issued_to: date | None = None  # inclusive
    currency: str | None = None


@dataclass(frozen=True, slots=True)
class InvoiceSort:
    """Sort by ``column``, in one direction throughout; ties are broken by id (stable paging).

    The issue date sort (the default, newest first) puts a draft, which has no
    issue date yet, at the day it was created, and orders one day's invoices by
    when they were created: a draft just made is the first row. Status and
    currency sort the same way within each value, which their indexes serve.

    Other empty values (a draft's number) sort first ascending, last descending.
    """

    column: InvoiceColumn = InvoiceColumn.ISSUE_DATE
    descending: bool = True


# ORDER BY of each sort (``{0}`` is the direction) and the index that serves it.
_SORT_SQL = {
    InvoiceColumn.NUMBER: ("i.number", "idx_invoices_number"),
    InvoiceColumn.CUSTOMER: ("i.customer_name COLLATE NOCASE", "idx_invoices_customer_name"),
    InvoiceColumn.STATUS: ("i.status {0}, i.sort_date {0}, i.created", "idx_invoices_status"),
    InvoiceColumn.CURRENCY: (
        "i.currency {0}, i.sort_date {0}, i.created",
        "idx_invoices_currency",
    ),
    InvoiceColumn.TOTAL: ("i.total", "idx_invoices_total"),
    InvoiceColumn.AMOUNT_REMAINING: ("i.amount_remaining", "idx_invoices_remaining"),
    InvoiceColumn.ISSUE_DATE: ("i.sort_date {0}, i.created", "idx_invoices_sort_date"),
    InvoiceColumn.DUE_DATE: ("i.effective_due_date", "idx_invoices_due_date"),
}

_IN_SEARCH = "i.rowid IN (SELECT rowid FROM invoices_fts WHERE invoices_fts MATCH ?)"

_ROW_SQL = (
    "SELECT i.id, i.number, i.customer_name, i.status, i.currency, i.total, "
    "i.amount_remaining, i.issue_date, i.effective_due_date FROM invoices AS i"
)

# Walking an index entry and testing it against the matches costs about 1/20 of
# reading a matched row by rowid and sorting it (measured at 100,000 invoices).
_WALK_ADVANTAGE = 20
_HINTS = 64  # filters whose match counts are remembered


class InvoiceList:
    """Counts and pages of the invoice list, on the calling thread's connection."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._counts: dict[InvoiceFilter, int] = {}

    def count(self, filter: InvoiceFilter = InvoiceFilter()) -> int:
        """How many invoices match ``filter``."""
        clauses, params, match = _where(filter)
        if match is not None and not clauses:  # the index alone knows the answer
            sql = "SELECT count(*) FROM invoices_fts WHERE invoices_fts MATCH ?"
            params = [match]
        else:
            if match is not None:
                clauses.append(_IN_SEARCH)
                params.append(match)
            sql = "SELECT count(*) FROM invoices AS i" + _where_sql(clauses)
        found = int(self._db.connection().execute(sql, params).fetchone()[0])
        if match is not None:
            self._remember(filter, found)
        return found

    def page(
        self,
        filter: InvoiceFilter = InvoiceFilter(),
        sort: InvoiceSort = InvoiceSort(),
        offset: int = 0,
        limit: int = 100,
    ) -> list[InvoiceRow]:
        """Rows ``offset`` .. ``offset + limit`` of the filtered, sorted list."""
        clauses, params, match = _where(filter)
        conn = self._db.connection()
        if match is not None and sort.column is InvoiceColumn.RELEVANCE:
            sql = (
                f"{_ROW_SQL} JOIN invoices_fts ON invoices_fts.rowid = i.rowid"
                f"{_where_sql([*clauses, 'invoices_fts MATCH ?'])} "
                f"ORDER BY bm25(invoices_fts, {search.INVOICE_WEIGHTS}), i.id"
            )
            params.append(match)
        else:
            if sort.column is InvoiceColumn.RELEVANCE:  # no search text: the default order
                sort = InvoiceSort()
            direction = "DESC" if sort.descending else "ASC"
            order, index = _SORT_SQL[sort.column]
            source = _ROW_SQL
            if match is not None:
                clauses.append(_IN_SEARCH)
                params.append(match)
                if self._walk_index(conn, filter, offset + limit):
                    source = f"{_ROW_SQL} INDEXED BY {index}"
            sql = (
                f"{source}{_where_sql(clauses)} "
                f"ORDER BY {order.format(direction)} {direction}, i.id {direction}"
            )
        rows = conn.execute(f"{sql} LIMIT ? OFFSET ?", [*params, limit, offset])
        return [_invoice_row(r) for r in rows]

    def ids(self, filter: InvoiceFilter = InvoiceFilter()) -> list[str]:
        """The ids of every matching invoice (for bulk actions and exports)."""
        clauses, params, match = _where(filter)
        if match is not None:
            clauses.append(_IN_SEARCH)
            params.append(match)
        rows = (
            self._db.connection()
            .execute(f"SELECT i.id FROM invoices AS i{_where_sql(clauses)}", params)
            .fetchall()
        )
        return [r[0] for r in rows]

    # -- the plan of a search ----------------------------------------------------------

    def _walk_index(self, conn: sqlite3.Connection, filter: InvoiceFilter, wanted: int) -> bool:
        """Whether to walk the sort's index rather than sort the matches.

        Sorting costs about one row read per match; walking costs the index
        entries passed before ``wanted`` matches are found, about
        ``wanted * invoices / matches``. SQLite's planner cannot know how many
        rows a full-text query matches, so it always sorts.
        """
        with self._lock:
            matches = self._counts.get(filter)
        if matches is None:
            matches = self.count(filter)
        if matches == 0:
            return False
        invoices = conn.execute("SELECT max(rowid) FROM invoices").fetchone()[0] or 0
        return matches * matches * _WALK_ADVANTAGE >= wanted * invoices

    def _remember(self, filter: InvoiceFilter, found: int) -> None:
        with self._lock:
            self._counts.pop(filter, None)
            self._counts[filter] = found
            while len(self._counts) > _HINTS:
                del self._counts[next(iter(self._counts))]


def _where(f: InvoiceFilter) -> tuple[list[str], list[Any], str | None]:
    """Column conditions and their parameters, and the FTS query (added by the caller)."""
    clauses: list[str] = []
    params: list[Any] = []
    if f.statuses:
        clauses.append(f"i.status IN ({','.join('?' * len(f.statuses))})")
        params += sorted(s.value for s in f.statuses)
    if f.customer_id:
        clauses.append("i.customer_id = ?")
        params.append(f.customer_id)
    if f.currency:
        clauses.append("i.currency = ?")
        params.append(f.currency.upper())
    if f.issued_from:
        clauses.append("i.issue_date >= ?")
        params.append(f.issued_from.isoformat())
    if f.issued_to:
        clauses.append("i.issue_date <= ?")
        params.append(f.issued_to.isoformat())
    return clauses, params, search.match_expression(f.search)


def _where_sql(clauses: Iterable[str]) -> str:
    text = " AND ".join(clauses)
    return f" WHERE {text}" if text else ""


def _invoice_row(r: sqlite3.Row) -> InvoiceRow:
    return InvoiceRow(
        id=r[0],
        number=r[1],
        customer_name=r[2],
        status=InvoiceStatus(r[3]),
        currency=r[4],
        total=r[5],
        amount_remaining=r[6],
        issue_date=None if r[7] is None else date.fromisoformat(r[7]),
        due_date=None if r[8] is None else date.fromisoformat(r[8]),
    )
