"""Invoices: drafts, the status machine, and the paged invoice list.

Totals are denormalised onto the invoice row from ``Invoice.totals()`` on every
write, so the list sorts and filters by amount through an index and never
recomputes. ``amount_remaining`` is what is still to collect: ``total -
amount_paid`` for draft, open and uncollectible invoices, 0 for paid and void.

Tax rates and discounts are stored by id and must exist when an invoice is
saved; reads resolve them to the stored values (whose amounts cannot change
while used, see ``catalog.py``), so ``get(id).totals()`` always equals the
stored totals. ``customer_name``/``customer_email`` are copied from the customer
while the invoice is a draft and frozen at finalization, as Stripe does.

Every write appends to the audit log with the invoice before and after.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from ...domain.catalog import Discount, TaxRate
from ...domain.currency import currency
from ...domain.invoice import CollectionMethod, Invoice, InvoiceLine, InvoiceTotals
from ...domain.money import Money
from ...domain.status import InvalidTransitionError, InvoiceAction, InvoiceStatus
from .. import search
from ..codec import (
    date_text,
    discount_from_row,
    dumps,
    loads,
    parse_date,
    tax_rate_from_row,
    to_jsonable,
)
from ..errors import NotFoundError
from .base import (
    LOCAL_USER,
    SYNC_ACTOR,
    Repository,
    StripeMeta,
    integrity_errors,
    meta_columns,
    meta_from_row,
    new_id,
)

if TYPE_CHECKING:
    from ..database import Transaction


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
    ISSUE_DATE = "issue_date"
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

    Status and currency sort by issue date within each value, which their indexes
    serve directly.

    Empty values (a draft's number or issue date) sort first ascending, last descending.
    """

    column: InvoiceColumn = InvoiceColumn.ISSUE_DATE
    descending: bool = True


_SORT_SQL = {
    InvoiceColumn.NUMBER: "i.number",
    InvoiceColumn.CUSTOMER: "i.customer_name COLLATE NOCASE",
    InvoiceColumn.STATUS: "i.status {0}, i.issue_date",
    InvoiceColumn.CURRENCY: "i.currency {0}, i.issue_date",
    InvoiceColumn.TOTAL: "i.total",
    InvoiceColumn.AMOUNT_REMAINING: "i.amount_remaining",
    InvoiceColumn.ISSUE_DATE: "i.issue_date",
    InvoiceColumn.DUE_DATE: "i.effective_due_date",
}

_IN_SEARCH = "i.rowid IN (SELECT rowid FROM invoices_fts WHERE invoices_fts MATCH ?)"

_ROW_SQL = (
    "SELECT i.id, i.number, i.customer_name, i.status, i.currency, i.total, "
    "i.amount_remaining, i.issue_date, i.effective_due_date FROM invoices AS i"
)

LINE_SQL = (
    "INSERT INTO invoice_lines (invoice_id, position, description, quantity, "
    "unit_amount, amount, price_id, tax_rate_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def amount_remaining(status: InvoiceStatus, total: int, amount_paid: int) -> int:
    if status in (InvoiceStatus.PAID, InvoiceStatus.VOID):
        return 0
    return max(total - amount_paid, 0)


def stripe_totals(raw: Mapping[str, Any]) -> dict[str, int]:
    """Stripe's own figures for a synced invoice: Stripe is the system of record.

    The local computation matches Stripe's rules, but a synced invoice shows what
    Stripe billed even where they could differ (e.g. a discount the cache lacks).
    """
    if raw.get("total") is None:
        return {}
    taxes = sum(int(t.get("amount") or 0) for t in raw.get("total_taxes") or [])
    discounts = sum(int(d.get("amount") or 0) for d in raw.get("total_discount_amounts") or [])
    figures = {
        "subtotal": int(raw.get("subtotal") or 0),
        "discount": discounts,
        "tax": taxes,
        "total": int(raw["total"]),
        "amount_paid": int(raw.get("amount_paid") or 0),
    }
    if raw.get("amount_remaining") is not None and raw.get("status") not in ("void", "paid"):
        figures["amount_remaining"] = int(raw["amount_remaining"])
    return figures


def invoice_columns(
    invoice: Invoice,
    customer_name: str,
    customer_email: str,
    totals: InvoiceTotals | None = None,
) -> dict[str, Any]:
    """The ``invoices`` row of a (resolved) invoice, totals included; without ``id``."""
    totals = totals or invoice.totals()
    return {
        "customer_id": invoice.customer_id,
        "currency": invoice.currency.code,
        "status": invoice.status.value,
        "number": invoice.number,
        "memo": invoice.memo,
        "footer": invoice.footer,
        "custom_fields": dumps([list(pair) for pair in invoice.custom_fields]),
        "collection_method": invoice.collection_method.value,
        "days_until_due": invoice.days_until_due,
        "due_date": date_text(invoice.due_date),
        "effective_due_date": date_text(invoice.effective_due_date()),
        "issue_date": date_text(invoice.issue_date),
        "subtotal": totals.subtotal.minor,
        "discount": totals.discount.minor,
        "tax": totals.tax.minor,
        "total": totals.total.minor,
        "amount_paid": invoice.amount_paid,
        "amount_remaining": amount_remaining(
            invoice.status, totals.total.minor, invoice.amount_paid
        ),
        "customer_name": customer_name,
        "customer_email": customer_email,
        "discounts": dumps([d.id for d in invoice.discounts]),
        "stripe_id": invoice.stripe_id,
    }


def line_rows(invoice: Invoice) -> list[tuple[Any, ...]]:
    """The ``invoice_lines`` rows of an invoice, for :data:`LINE_SQL`."""
    return [
        (
            invoice.id,
            position,
            line.description,
            line.quantity,
            line.unit_amount.minor,
            line.amount.minor,
            line.price_id,
            dumps([rate.id for rate in line.tax_rates]),
        )
        for position, line in enumerate(invoice.lines)
    ]


def invoice_json(invoice: Invoice | None) -> Any:
    """An invoice with its totals, for the audit log."""
    if invoice is None:
        return None
    totals = invoice.totals()
    data = to_jsonable(invoice)
    data["totals"] = {
        "subtotal": totals.subtotal.minor,
        "discount": totals.discount.minor,
        "tax": totals.tax.minor,
        "total": totals.total.minor,
    }
    return data


class InvoiceRepository(Repository):
    object_type = "invoice"

    # -- reads ------------------------------------------------------------------

    def get(self, id: str) -> Invoice:
        invoice = self.find(id)
        if invoice is None:
            raise NotFoundError(self.object_type, id)
        return invoice

    def find(self, id: str) -> Invoice | None:
        conn = self._read()
        row = conn.execute("SELECT * FROM invoices WHERE id = ?", (id,)).fetchone()
        return None if row is None else self._from_row(conn, row)

    def get_by_stripe_id(self, stripe_id: str) -> Invoice | None:
        conn = self._read()
        row = conn.execute("SELECT * FROM invoices WHERE stripe_id = ?", (stripe_id,)).fetchone()
        return None if row is None else self._from_row(conn, row)

    def stripe_meta(self, id: str) -> StripeMeta:
        row = (
            self._read()
            .execute("SELECT livemode, created, metadata, raw FROM invoices WHERE id = ?", (id,))
            .fetchone()
        )
        if row is None:
            raise NotFoundError(self.object_type, id)
        return meta_from_row(row)

    def _from_row(self, conn: sqlite3.Connection, row: sqlite3.Row) -> Invoice:
        cur = currency(row["currency"])
        lines = conn.execute(
            "SELECT description, quantity, unit_amount, price_id, tax_rate_ids "
            "FROM invoice_lines WHERE invoice_id = ? ORDER BY position",
            (row["id"],),
        ).fetchall()
        line_rate_ids = [loads(line["tax_rate_ids"]) for line in lines]
        rates = self._tax_rates(conn, {i for ids in line_rate_ids for i in ids})
        discount_ids: list[str] = loads(row["discounts"])
        discounts = self._discounts(conn, set(discount_ids))
        return Invoice(
            id=row["id"],
            customer_id=row["customer_id"],
            currency=cur,
            status=InvoiceStatus(row["status"]),
            lines=tuple(
                InvoiceLine(
                    description=line["description"],
                    quantity=line["quantity"],
                    unit_amount=Money(line["unit_amount"], cur),
                    tax_rates=tuple(rates[i] for i in ids),
                    price_id=line["price_id"],
                )
                for line, ids in zip(lines, line_rate_ids, strict=True)
            ),
            discounts=tuple(discounts[i] for i in discount_ids),
            number=row["number"],
            memo=row["memo"],
            footer=row["footer"],
            custom_fields=tuple((name, value) for name, value in loads(row["custom_fields"])),
            collection_method=CollectionMethod(row["collection_method"]),
            days_until_due=row["days_until_due"],
            due_date=parse_date(row["due_date"]),
            issue_date=parse_date(row["issue_date"]),
            amount_paid=row["amount_paid"],
            stripe_id=row["stripe_id"],
        )

    @staticmethod
    def _tax_rates(conn: sqlite3.Connection, ids: set[str]) -> dict[str, TaxRate]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = conn.execute(f"SELECT * FROM tax_rates WHERE id IN ({marks})", sorted(ids))
        found = {row["id"]: tax_rate_from_row(row) for row in rows}
        for missing in ids - found.keys():
            raise NotFoundError("tax rate", missing)
        return found

    @staticmethod
    def _discounts(conn: sqlite3.Connection, ids: set[str]) -> dict[str, Discount]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = conn.execute(f"SELECT * FROM discounts WHERE id IN ({marks})", sorted(ids))
        found = {row["id"]: discount_from_row(row) for row in rows}
        for missing in ids - found.keys():
            raise NotFoundError("discount", missing)
        return found

    # -- writes -----------------------------------------------------------------

    def save_draft(self, invoice: Invoice, *, actor: str = LOCAL_USER) -> Invoice:
        """Validate and store a draft (new, or replacing a stored draft); returns it stored.

        Raises ValidationError for invalid fields and InvalidTransitionError if the
        invoice, or the stored invoice with its id, is not a draft.
        """
        if invoice.status is not InvoiceStatus.DRAFT:
            raise InvalidTransitionError(InvoiceAction.EDIT, invoice.status)
        invoice.validate()
        if not invoice.id:
            invoice = replace(invoice, id=new_id())
        with self._db.transaction() as tx, integrity_errors(self.object_type):
            row = tx.execute("SELECT * FROM invoices WHERE id = ?", (invoice.id,)).fetchone()
            before = None if row is None else self._from_row(tx.conn, row)
            if before is not None and before.status is not InvoiceStatus.DRAFT:
                raise InvalidTransitionError(InvoiceAction.EDIT, before.status)
            invoice = self._resolve(tx, invoice)
            name, email = self._customer(tx, invoice.customer_id, live=True)
            self._write(tx, invoice, name, email, lines=True)
            action = "create" if before is None else "update"
            self._audit(
                tx,
                self.object_type,
                invoice.id,
                action,
                invoice_json(before),
                invoice_json(invoice),
                actor,
            )
        return invoice

    def set_status(
        self,
        id: str,
        action: InvoiceAction,
        *,
        actor: str = LOCAL_USER,
        on: date | None = None,
        number: str | None = None,
    ) -> Invoice:
        """Apply ``action`` through the domain's status machine; returns the invoice after.

        ``finalize`` sets the issue date (``on``, else today by the database clock)
        unless the invoice has one, and the ``number`` if given; ``pay`` marks the
        whole total paid. Raises InvalidTransitionError where the status forbids it.
        Use :meth:`delete_draft` to delete.
        """
        if action is InvoiceAction.DELETE:
            raise ValueError("Use delete_draft() to delete a draft invoice.")
        with self._db.transaction() as tx, integrity_errors(self.object_type):
            row = tx.execute("SELECT * FROM invoices WHERE id = ?", (id,)).fetchone()
            if row is None:
                raise NotFoundError(self.object_type, id)
            before = self._from_row(tx.conn, row)
            after = before.transition(action)
            name, email = row["customer_name"], row["customer_email"]
            if action is InvoiceAction.FINALIZE:
                after.validate()
                after = replace(
                    after,
                    issue_date=before.issue_date or on or date.fromtimestamp(self._db.clock()),
                    number=number or before.number,
                )
                name, email = self._customer(tx, after.customer_id, live=False)
            elif action is InvoiceAction.PAY:
                after = replace(
                    after, amount_paid=max(before.amount_paid, after.totals().total.minor)
                )
            self._write(tx, after, name, email, lines=False)
            self._audit(
                tx,
                self.object_type,
                id,
                action.value,
                invoice_json(before),
                invoice_json(after),
                actor,
            )
        return after

    def delete_draft(self, id: str, *, actor: str = LOCAL_USER) -> None:
        """Delete a draft; InvalidTransitionError for any other status."""
        with self._db.transaction() as tx:
            row = tx.execute("SELECT * FROM invoices WHERE id = ?", (id,)).fetchone()
            if row is None:
                raise NotFoundError(self.object_type, id)
            before = self._from_row(tx.conn, row)
            if before.status is not InvoiceStatus.DRAFT:
                raise InvalidTransitionError(InvoiceAction.DELETE, before.status)
            tx.execute("DELETE FROM invoices WHERE id = ?", (id,))  # lines and search cascade
            self._audit(tx, self.object_type, id, "delete", invoice_json(before), None, actor)
            tx.changed("invoices")

    def upsert_synced(
        self, invoice: Invoice, meta: StripeMeta, *, actor: str = SYNC_ACTOR
    ) -> Invoice:
        """Store an invoice as Stripe has it, in any status, matched by ``stripe_id``.

        For the sync room: no validation or status rules (Stripe's copy is the
        truth); tax rates, discounts and prices must already be stored. Audited
        only when something changed.
        """
        if not invoice.stripe_id:
            raise ValueError("A synced invoice needs its stripe_id.")
        with self._db.transaction() as tx, integrity_errors(self.object_type):
            row = tx.execute(
                "SELECT * FROM invoices WHERE stripe_id = ?", (invoice.stripe_id,)
            ).fetchone()
            if row is None and invoice.id:
                row = tx.execute("SELECT * FROM invoices WHERE id = ?", (invoice.id,)).fetchone()
            if row is not None:
                invoice = replace(invoice, id=row["id"])
            elif not invoice.id:
                invoice = replace(invoice, id=new_id())
            before = None if row is None else self._from_row(tx.conn, row)
            invoice = self._resolve(tx, invoice)
            if before is not None and before.status is not InvoiceStatus.DRAFT:
                name, email = row["customer_name"], row["customer_email"]
            else:
                name, email = self._customer(tx, invoice.customer_id, live=False)
            self._write(tx, invoice, name, email, lines=True, meta=meta)
            if before != invoice:
                self._audit(
                    tx,
                    self.object_type,
                    invoice.id,
                    "sync",
                    invoice_json(before),
                    invoice_json(invoice),
                    actor,
                )
        return invoice

    def _customer(self, tx: Transaction, customer_id: str, *, live: bool) -> tuple[str, str]:
        sql = "SELECT name, email FROM customers WHERE id = ?"
        row = tx.execute(sql + (" AND deleted = 0" if live else ""), (customer_id,)).fetchone()
        if row is None:
            raise NotFoundError("customer", customer_id)
        return row["name"], row["email"]

    def _resolve(self, tx: Transaction, invoice: Invoice) -> Invoice:
        """The invoice with its tax rates and discounts as stored; NotFoundError if missing."""
        rates = self._tax_rates(tx.conn, {r.id for line in invoice.lines for r in line.tax_rates})
        discounts = self._discounts(tx.conn, {d.id for d in invoice.discounts})
        price_ids = {line.price_id for line in invoice.lines if line.price_id}
        if price_ids:
            marks = ",".join("?" * len(price_ids))
            found = {
                r[0]
                for r in tx.execute(f"SELECT id FROM prices WHERE id IN ({marks})", list(price_ids))
            }
            for missing in price_ids - found:
                raise NotFoundError("price", missing)
        return replace(
            invoice,
            lines=tuple(
                replace(line, tax_rates=tuple(rates[r.id] for r in line.tax_rates))
                for line in invoice.lines
            ),
            discounts=tuple(discounts[d.id] for d in invoice.discounts),
        )

    def _write(
        self,
        tx: Transaction,
        invoice: Invoice,
        customer_name: str,
        customer_email: str,
        *,
        lines: bool,
        meta: StripeMeta | None = None,
    ) -> None:
        now = self._now()
        columns = invoice_columns(invoice, customer_name, customer_email)
        columns["updated_at"] = now
        if meta is not None:
            columns.update(meta_columns(meta))
            if meta.raw is not None:
                columns.update(stripe_totals(meta.raw))
        names = ["id", *columns, *([] if "created" in columns else ["created"])]
        values = [invoice.id, *columns.values(), *([] if "created" in columns else [now])]
        updates = ", ".join(f"{n} = excluded.{n}" for n in columns)
        tx.execute(
            f"INSERT INTO invoices ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}",
            values,
        )
        if lines:
            tx.execute("DELETE FROM invoice_lines WHERE invoice_id = ?", (invoice.id,))
            tx.executemany(LINE_SQL, line_rows(invoice))
        search.index_invoices(tx.conn, [invoice.id])
        tx.changed("invoices")

    # -- the list ---------------------------------------------------------------

    @staticmethod
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

    def count(self, filter: InvoiceFilter = InvoiceFilter()) -> int:
        """How many invoices match ``filter``."""
        clauses, params, match = self._where(filter)
        if match is not None and not clauses:  # the index alone knows the answer
            sql = "SELECT count(*) FROM invoices_fts WHERE invoices_fts MATCH ?"
            params = [match]
        else:
            if match is not None:
                clauses.append(_IN_SEARCH)
                params.append(match)
            sql = "SELECT count(*) FROM invoices AS i" + _where_sql(clauses)
        return int(self._read().execute(sql, params).fetchone()[0])

    def page(
        self,
        filter: InvoiceFilter = InvoiceFilter(),
        sort: InvoiceSort = InvoiceSort(),
        offset: int = 0,
        limit: int = 100,
    ) -> list[InvoiceRow]:
        """Rows ``offset`` .. ``offset + limit`` of the filtered, sorted list."""
        clauses, params, match = self._where(filter)
        if match is not None and sort.column is InvoiceColumn.RELEVANCE:
            sql = (
                f"{_ROW_SQL} JOIN invoices_fts ON invoices_fts.rowid = i.rowid"
                f"{_where_sql([*clauses, 'invoices_fts MATCH ?'])} "
                f"ORDER BY bm25(invoices_fts, {search.INVOICE_WEIGHTS}), i.id"
            )
            params.append(match)
        else:
            if match is not None:
                clauses.append(_IN_SEARCH)
                params.append(match)
            if sort.column is InvoiceColumn.RELEVANCE:  # no search text: the default order
                sort = InvoiceSort()
            direction = "DESC" if sort.descending else "ASC"
            order = _SORT_SQL[sort.column].format(direction)
            sql = f"{_ROW_SQL}{_where_sql(clauses)} ORDER BY {order} {direction}, i.id {direction}"
        rows = self._read().execute(f"{sql} LIMIT ? OFFSET ?", [*params, limit, offset])
        return [_invoice_row(r) for r in rows]

    def ids(self, filter: InvoiceFilter = InvoiceFilter()) -> list[str]:
        """The ids of every matching invoice (for bulk actions and exports)."""
        clauses, params, match = self._where(filter)
        if match is not None:
            clauses.append(_IN_SEARCH)
            params.append(match)
        rows = self._read().execute(f"SELECT i.id FROM invoices AS i{_where_sql(clauses)}", params)
        return [r[0] for r in rows]


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
