"""Customers: rows <-> :class:`~desktop_invoicer.domain.catalog.Customer`, and the customer list.

A customer with invoices cannot be deleted. A customer already in Stripe is
deleted softly (``deleted = 1``): the row stays as a tombstone so the sync can
delete it in Stripe and a late event does not bring it back; lists, search and
``get`` skip it. Renaming a customer renames their *draft* invoices only: like
Stripe's ``invoice.customer_name``, a finalized invoice keeps the name it was
issued to.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from ...domain.catalog import Customer
from ...domain.currency import currency
from .. import search
from ..codec import address_from_json, address_to_json, dumps, loads, to_jsonable
from ..errors import CustomerHasInvoicesError
from .base import LOCAL_USER, EntityRepository

if TYPE_CHECKING:
    from ..database import Transaction


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """One line of the customer list."""

    id: str
    name: str
    email: str
    phone: str
    currency: str
    country: str


class CustomerColumn(StrEnum):
    NAME = "name"
    EMAIL = "email"
    CURRENCY = "currency"
    COUNTRY = "country"
    RELEVANCE = "relevance"  # best match first; A to Z by name without search text


@dataclass(frozen=True, slots=True)
class CustomerFilter:
    search: str = ""
    currency: str | None = None
    include_deleted: bool = False
    customer_ids: frozenset[str] | None = None  # a segment's members (None: everyone)


@dataclass(frozen=True, slots=True)
class CustomerSort:
    column: CustomerColumn = CustomerColumn.NAME
    descending: bool = False


_SORT_SQL = {
    CustomerColumn.NAME: "c.name COLLATE NOCASE",
    CustomerColumn.EMAIL: "c.email COLLATE NOCASE",
    CustomerColumn.CURRENCY: "c.currency",
    CustomerColumn.COUNTRY: "json_extract(c.address, '$.country')",
}


def customer_columns(value: Customer) -> dict[str, Any]:
    """The ``customers`` row of a customer, without ``id`` and the Stripe columns."""
    return {
        "name": value.name,
        "email": value.email,
        "phone": value.phone,
        "currency": value.currency.code,
        "address": dumps(address_to_json(value.address)),
        "locale": value.locale,
        "tax_exempt": "exempt" if value.tax_exempt else "none",
        "deleted": 0,
        "stripe_id": value.stripe_id,
    }


class CustomerRepository(EntityRepository[Customer]):
    table = "customers"
    object_type = "customer"
    live_clause = " AND deleted = 0"

    def _columns(self, value: Customer) -> dict[str, Any]:
        return customer_columns(value)

    def _from_row(self, row: sqlite3.Row) -> Customer:
        return Customer(
            id=row["id"],
            name=row["name"],
            email=row["email"],
            currency=currency(row["currency"]),
            address=address_from_json(loads(row["address"])),
            phone=row["phone"],
            locale=row["locale"],
            stripe_id=row["stripe_id"],
            tax_exempt=row["tax_exempt"] != "none",
        )

    def _with_id(self, value: Customer, new: str) -> Customer:
        return replace(value, id=new)

    def _validate(self, value: Customer) -> None:
        value.validate()

    def _check_delete(self, tx: Transaction, value: Customer) -> None:
        count = tx.execute(
            "SELECT count(*) FROM invoices WHERE customer_id = ?", (value.id,)
        ).fetchone()[0]
        if count:
            raise CustomerHasInvoicesError(value.name, count)

    def _remove(self, tx: Transaction, value: Customer) -> None:
        if value.stripe_id:
            tx.execute(
                "UPDATE customers SET deleted = 1, updated_at = ? WHERE id = ?",
                (self._now(), value.id),
            )
        else:
            tx.execute("DELETE FROM customers WHERE id = ?", (value.id,))

    def _after_write(self, tx: Transaction, before: Customer | None, after: Customer) -> None:
        if before is None or (before.name, before.email) == (after.name, after.email):
            return
        ids = [
            r[0]
            for r in tx.execute(
                "SELECT id FROM invoices WHERE customer_id = ? AND status = 'draft'", (after.id,)
            )
        ]
        if ids:
            tx.execute(
                "UPDATE invoices SET customer_name = ?, customer_email = ? "
                "WHERE customer_id = ? AND status = 'draft'",
                (after.name, after.email, after.id),
            )
            search.index_invoices(tx.conn, ids)
            tx.changed("invoices")

    def mark_deleted(self, id: str, *, actor: str = LOCAL_USER) -> None:
        """Tombstone a customer Stripe has deleted, even if it has invoices."""
        with self._db.transaction() as tx:
            before = self._get_in(tx, id)
            tx.execute(
                "UPDATE customers SET deleted = 1, updated_at = ? WHERE id = ?", (self._now(), id)
            )
            self._audit(tx, self.object_type, id, "delete", to_jsonable(before), None, actor)
            tx.changed(self.table)

    def invoice_count(self, id: str) -> int:
        row = self._read().execute("SELECT count(*) FROM invoices WHERE customer_id = ?", (id,))
        return int(row.fetchone()[0])

    # -- the list ---------------------------------------------------------------

    def _where(
        self, filter: CustomerFilter, *, joined_fts: bool = False
    ) -> tuple[str, list[Any], str | None]:
        """WHERE clause and parameters; with ``joined_fts`` the MATCH is on the joined table."""
        clauses = [] if filter.include_deleted else ["c.deleted = 0"]
        params: list[Any] = []
        if filter.currency:
            clauses.append("c.currency = ?")
            params.append(filter.currency.upper())
        if filter.customer_ids is not None:
            clauses.append("c.id IN (SELECT value FROM json_each(?))")
            params.append(dumps(sorted(filter.customer_ids)))
        match = search.match_expression(filter.search)
        if match is not None:
            if joined_fts:
                clauses.append("customers_fts MATCH ?")
            else:
                clauses.append(
                    "c.rowid IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?)"
                )
            params.append(match)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        return where, params, match

    def count(self, filter: CustomerFilter = CustomerFilter()) -> int:
        where, params, _ = self._where(filter)
        row = self._read().execute(f"SELECT count(*) FROM customers AS c{where}", params)
        return int(row.fetchone()[0])

    def page(
        self,
        filter: CustomerFilter = CustomerFilter(),
        sort: CustomerSort = CustomerSort(),
        offset: int = 0,
        limit: int = 100,
    ) -> list[CustomerRow]:
        """One page of the customer list, in a stable order (ties broken by id)."""
        relevance = sort.column is CustomerColumn.RELEVANCE
        where, params, match = self._where(filter, joined_fts=relevance)
        select = (
            "SELECT c.id, c.name, c.email, c.phone, c.currency, "
            "coalesce(json_extract(c.address, '$.country'), '') AS country FROM customers AS c"
        )
        if relevance and match is not None:
            sql = (
                f"{select} JOIN customers_fts ON customers_fts.rowid = c.rowid{where} "
                f"ORDER BY bm25(customers_fts, {search.CUSTOMER_WEIGHTS}), c.id "
                "LIMIT ? OFFSET ?"
            )
        else:
            if relevance:  # no search text: the default order
                sort = CustomerSort()
            column = sort.column
            direction = "DESC" if sort.descending else "ASC"
            sql = (
                f"{select}{where} ORDER BY {_SORT_SQL[column]} {direction}, c.id {direction} "
                "LIMIT ? OFFSET ?"
            )
        rows = self._read().execute(sql, [*params, limit, offset])
        return [CustomerRow(*row) for row in rows]
