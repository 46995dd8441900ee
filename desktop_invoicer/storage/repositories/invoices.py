"""Invoices: drafts, the status machine, and the paged invoice list (``invoice_list.py``).

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
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from ...domain.catalog import Discount, TaxRate
from ...domain.currency import currency
from ...domain.invoice import CollectionMethod, Invoice, InvoiceLine
from ...domain.money import Money
from ...domain.status import InvalidTransitionError, InvoiceAction, InvoiceStatus
from .. import search
from ..codec import (
    discount_from_row,
    loads,
    parse_date,
    tax_rate_from_row,
)
from ..errors import NotFoundError
from .base import (
    BACKFILL_ACTION,
    LOCAL_USER,
    SYNC_ACTOR,
    Repository,
    StripeMeta,
    id_chunks,
    integrity_errors,
    meta_columns,
    meta_from_row,
    new_id,
    page_summary,
    placeholders,
    select_in,
)
from .invoice_list import InvoiceColumn, InvoiceFilter, InvoiceRow, InvoiceSort
from .invoice_rows import (
    LINE_SQL,
    amount_remaining,
    invoice_columns,
    invoice_json,
    line_rows,
    sort_date,
    synced_invoice_columns,
)

if TYPE_CHECKING:
    from ..database import Transaction

__all__ = [
    "LINE_SQL",
    "InvoiceColumn",
    "InvoiceFilter",
    "InvoiceRepository",
    "InvoiceRow",
    "InvoiceSort",
    "amount_remaining",
    "invoice_columns",
    "line_rows",
    "sort_date",
]

_EVERY_INVOICE = InvoiceFilter()
_NEWEST_FIRST = InvoiceSort()


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

    def ids_by_stripe_id(self, stripe_ids: Sequence[str]) -> dict[str, str]:
        """Stripe id -> local id of the invoices linked to these Stripe invoices."""
        rows = select_in(
            self._read(),
            "SELECT stripe_id, id FROM invoices WHERE stripe_id IN ({marks})",
            stripe_ids,
        )
        return {row[0]: row[1] for row in rows}

    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of these local ids exist."""
        rows = select_in(self._read(), "SELECT id FROM invoices WHERE id IN ({marks})", ids)
        return {row[0] for row in rows}

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

    def upsert_synced_page(
        self, invoices: Sequence[Invoice], metas: Sequence[StripeMeta], *, actor: str = SYNC_ACTOR
    ) -> list[Invoice]:
        """:meth:`upsert_synced` for a page of Stripe's invoice list, written together.

        Each row, its lines and its search document end up as ``upsert_synced``
        would leave them (matched by ``stripe_id``, else by local id; tax rates,
        discounts and prices must be stored; a finalized invoice keeps the
        customer name it was issued to; Stripe's totals), but the page is read
        and written with a few statements in all, and the audit log records the
        page once (``backfill``: how many, which Stripe ids) instead of each
        invoice. For the backfill; changes that arrive one by one (events,
        outbox replies) use ``upsert_synced`` and are audited one by one.
        """
        if len(invoices) != len(metas):
            raise ValueError("One StripeMeta per invoice.")
        stripe_ids = [invoice.stripe_id or "" for invoice in invoices]
        if not all(stripe_ids):
            raise ValueError("A synced invoice needs its stripe_id.")
        if len(set(stripe_ids)) != len(stripe_ids):
            raise ValueError("A page lists each Stripe invoice once.")
        if not invoices:
            return []
        with self._db.transaction() as tx, integrity_errors(self.object_type):
            conn = tx.conn
            columns = "id, stripe_id, status, customer_name, customer_email"
            found = {
                row["stripe_id"]: row
                for row in select_in(
                    conn,
                    f"SELECT {columns} FROM invoices WHERE stripe_id IN ({{marks}})",
                    stripe_ids,
                )
            }
            wanted = [i.id for i in invoices if i.id and i.stripe_id not in found]
            by_id = {
                row["id"]: row
                for row in select_in(
                    conn, f"SELECT {columns} FROM invoices WHERE id IN ({{marks}})", wanted
                )
            }
            rates, discounts = self._references(tx, invoices)
            customers = {
                row["id"]: (row["name"], row["email"])
                for row in select_in(
                    conn,
                    "SELECT id, name, email FROM customers WHERE id IN ({marks})",
                    [i.customer_id for i in invoices],
                )
            }
            now = self._now()
            stored: list[Invoice] = []
            statements: dict[str, list[list[Any]]] = {}
            for invoice, meta in zip(invoices, metas, strict=True):
                row = found.get(invoice.stripe_id) or (
                    by_id.get(invoice.id) if invoice.id else None
                )
                if row is not None:
                    invoice = replace(invoice, id=row["id"])
                elif not invoice.id:
                    invoice = replace(invoice, id=new_id())
                invoice = self._resolved(invoice, rates, discounts)
                if row is not None and row["status"] != InvoiceStatus.DRAFT.value:
                    name, email = row["customer_name"], row["customer_email"]
                elif invoice.customer_id in customers:
                    name, email = customers[invoice.customer_id]
                else:
                    raise NotFoundError("customer", invoice.customer_id)
                sql, values = self._upsert(invoice, name, email, meta, now)
                statements.setdefault(sql, []).append(values)
                stored.append(invoice)
            for sql, rows in statements.items():
                tx.executemany(sql, rows)
            ids = [invoice.id for invoice in stored]
            for chunk in id_chunks(ids):
                tx.execute(
                    f"DELETE FROM invoice_lines WHERE invoice_id IN ({placeholders(len(chunk))})",
                    chunk,
                )
            tx.executemany(LINE_SQL, [row for invoice in stored for row in line_rows(invoice)])
            search.index_invoices(conn, ids)
            created = len(stored) - len(found) - len(by_id)
            summary = page_summary(self.object_type, stripe_ids, created)
            self._audit(tx, self.object_type, "", BACKFILL_ACTION, None, summary, actor)
            tx.changed("invoices")
        return stored

    def _customer(self, tx: Transaction, customer_id: str, *, live: bool) -> tuple[str, str]:
        sql = "SELECT name, email FROM customers WHERE id = ?"
        row = tx.execute(sql + (" AND deleted = 0" if live else ""), (customer_id,)).fetchone()
        if row is None:
            raise NotFoundError("customer", customer_id)
        return row["name"], row["email"]

    def _resolve(self, tx: Transaction, invoice: Invoice) -> Invoice:
        """The invoice with its tax rates and discounts as stored; NotFoundError if missing."""
        rates, discounts = self._references(tx, [invoice])
        return self._resolved(invoice, rates, discounts)

    def _references(
        self, tx: Transaction, invoices: Sequence[Invoice]
    ) -> tuple[dict[str, TaxRate], dict[str, Discount]]:
        """The stored tax rates and discounts these invoices use; NotFoundError if one is missing
        (or if a line's price is)."""
        lines = [line for invoice in invoices for line in invoice.lines]
        rates = self._tax_rates(tx.conn, {r.id for line in lines for r in line.tax_rates})
        discounts = self._discounts(tx.conn, {d.id for i in invoices for d in i.discounts})
        price_ids = {line.price_id for line in lines if line.price_id}
        if price_ids:
            found = {
                r[0]
                for r in select_in(
                    tx.conn, "SELECT id FROM prices WHERE id IN ({marks})", price_ids
                )
            }
            for missing in price_ids - found:
                raise NotFoundError("price", missing)
        return rates, discounts

    @staticmethod
    def _resolved(
        invoice: Invoice, rates: Mapping[str, TaxRate], discounts: Mapping[str, Discount]
    ) -> Invoice:
        """The invoice with the stored values of its tax rates and discounts (copied only
        where they differ: a page of synced invoices already holds the stored ones)."""
        lines = tuple(
            line
            if all(rates[r.id] == r for r in line.tax_rates)
            else replace(line, tax_rates=tuple(rates[r.id] for r in line.tax_rates))
            for line in invoice.lines
        )
        stored = tuple(discounts[d.id] for d in invoice.discounts)
        if stored == invoice.discounts and all(
            a is b for a, b in zip(lines, invoice.lines, strict=True)
        ):
            return invoice
        return replace(invoice, lines=lines, discounts=stored)

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
        sql, values = self._upsert(invoice, customer_name, customer_email, meta, self._now())
        tx.execute(sql, values)
        if lines:
            tx.execute("DELETE FROM invoice_lines WHERE invoice_id = ?", (invoice.id,))
            tx.executemany(LINE_SQL, line_rows(invoice))
        search.index_invoices(tx.conn, [invoice.id])
        tx.changed("invoices")

    @staticmethod
    def _upsert(
        invoice: Invoice,
        customer_name: str,
        customer_email: str,
        meta: StripeMeta | None,
        now: int,
    ) -> tuple[str, list[Any]]:
        """The statement and values writing the invoice's row (not its lines)."""
        if meta is None:
            columns = invoice_columns(invoice, customer_name, customer_email)
            columns["updated_at"] = now
        else:
            columns = synced_invoice_columns(invoice, customer_name, customer_email, meta.raw)
            columns["updated_at"] = now
            columns.update(meta_columns(meta))
        created = columns.get("created")
        columns["sort_date"] = sort_date(invoice.issue_date, now if created is None else created)
        names = ["id", *columns, *([] if "created" in columns else ["created"])]
        values = [invoice.id, *columns.values(), *([] if "created" in columns else [now])]
        updates = ", ".join(f"{n} = excluded.{n}" for n in columns if n != "sort_date")
        if invoice.issue_date is None and created is None:  # a draft keeps its creation day
            updates += ", sort_date = COALESCE(invoices.sort_date, excluded.sort_date)"
        else:
            updates += ", sort_date = excluded.sort_date"
        sql = (
            f"INSERT INTO invoices ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}"
        )
        return sql, values

    # -- the list (see invoice_list.py) ---------------------------------------------

    def count(self, filter: InvoiceFilter = _EVERY_INVOICE) -> int:
        """How many invoices match ``filter``."""
        return self._db.invoice_list.count(filter)

    def page(
        self,
        filter: InvoiceFilter = _EVERY_INVOICE,
        sort: InvoiceSort = _NEWEST_FIRST,
        offset: int = 0,
        limit: int = 100,
    ) -> list[InvoiceRow]:
        """Rows ``offset`` .. ``offset + limit`` of the filtered, sorted list."""
        return self._db.invoice_list.page(filter, sort, offset, limit)

    def ids(self, filter: InvoiceFilter = _EVERY_INVOICE) -> list[str]:
        """The ids of every matching invoice (for bulk actions and exports)."""
        return self._db.invoice_list.ids(filter)
