"""Which rows of the workspace are about a customer, found from the schema itself.

Every table with a column linking to the customer (``customer_id``; ``customer``:
the Stripe id) or to one of their invoices (``invoice_id``; ``invoice``,
``invoice_ref``, ``stripe_invoice``: Stripe ids), plus the audit entries and outbox
rows of the customer and their invoices, and audit entries that mention them. A
table added later is found without a change here.
"""

from __future__ import annotations

import sqlite3
from typing import Any

MIN_MENTION = 3
_SKIP_TABLES = ("sqlite_", "customers_fts", "invoices_fts")
_ACCOUNTING_TABLES = frozenset(
    {"accounting_export_items", "accounting_exports", "privacy_requests", "audit_redactions"}
)


def links(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(table, column, kind) for every column that links a row to a customer."""
    kinds = {
        "customer_id": "customer",
        "customer": "customer_stripe",
        "invoice_id": "invoice",
        "invoice": "invoice_stripe",
        "invoice_ref": "invoice_stripe",
        "stripe_invoice": "invoice_stripe",
    }
    found = []
    tables = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    for table in tables:
        if table.startswith(_SKIP_TABLES) or table in _ACCOUNTING_TABLES:
            continue
        for col in conn.execute(f"PRAGMA table_info({table})"):
            if col[1] in kinds:
                found.append((table, col[1], kinds[col[1]]))
    return found


def ids_of(conn: sqlite3.Connection, customer_id: str) -> dict[str, list[str]]:
    row = conn.execute("SELECT stripe_id FROM customers WHERE id = ?", (customer_id,)).fetchone()
    if row is None:
        from ..errors import NotFoundError

        raise NotFoundError("customer", customer_id)
    invoices = conn.execute(
        "SELECT id, stripe_id FROM invoices WHERE customer_id = ?", (customer_id,)
    ).fetchall()
    return {
        "customer": [customer_id],
        "customer_stripe": [row[0]] if row[0] else [],
        "invoice": [r[0] for r in invoices],
        "invoice_stripe": [r[1] for r in invoices if r[1]],
    }


def linked_rows(conn: sqlite3.Connection, customer_id: str) -> dict[str, list[dict[str, Any]]]:
    ids = ids_of(conn, customer_id)
    out: dict[str, list[dict[str, Any]]] = {}
    seen: dict[str, set[tuple[Any, ...]]] = {}
    for table, column, kind in links(conn):
        values = ids[kind]
        if not values:
            continue
        marks = ",".join("?" * len(values))
        for row in (
            conn.execute(
                f"SELECT rowid AS _rowid, * FROM {table} WHERE {column} IN ({marks})", values
            )
            if _has_rowid(conn, table)
            else conn.execute(f"SELECT * FROM {table} WHERE {column} IN ({marks})", values)
        ):
            data = dict(row)
            key = tuple(data.items())
            if key in seen.setdefault(table, set()):
                continue
            seen[table].add(key)
            out.setdefault(table, []).append(data)
    out["customers"] = [
        dict(r)
        for r in conn.execute(
            "SELECT rowid AS _rowid, * FROM customers WHERE id = ?", (customer_id,)
        )
    ]
    objects = ids["customer"] + ids["invoice"]
    marks = ",".join("?" * len(objects))
    customer = out["customers"][0]
    mentions = [
        m
        for m in (customer["stripe_id"], customer["name"], customer["email"])
        if m and len(m) >= MIN_MENTION
    ]
    like = "".join(" OR before LIKE ? OR after LIKE ?" for _ in mentions)
    out["audit_log"] = [
        dict(r)
        for r in conn.execute(
            f"SELECT * FROM audit_log WHERE object_id IN ({marks}){like} ORDER BY id",
            [*objects, *(f"%{m}%" for m in mentions for _ in (0, 1))],
        )
    ]
    out["outbox"] = [
        dict(r)
        for r in conn.execute(
            f"SELECT * FROM outbox WHERE local_id IN ({marks}) ORDER BY id", objects
        )
    ]
    out["privacy_requests"] = [
        dict(r)
        for r in conn.execute(
            "SELECT * FROM privacy_requests WHERE customer_id = ? ORDER BY id", (customer_id,)
        )
    ]
    return out


def _has_rowid(conn: sqlite3.Connection, table: str) -> bool:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    return sql is not None and "WITHOUT ROWID" not in (sql[0] or "").upper()


def primary_key(conn: sqlite3.Connection, table: str) -> list[str]:
    cols = [(c[5], c[1]) for c in conn.execute(f"PRAGMA table_info({table})") if c[5]]
    return [name for _, name in sorted(cols)]
