"""Compare the local cache with the server's state, object by object."""

from __future__ import annotations

from typing import Any

from desktop_invoicer.storage import Database, InvoiceFilter
from desktop_invoicer.stripe_server import StripeServer


def live(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [o for o in objects if not o.get("deleted")]


def local_customers(db: Database) -> dict[str, tuple[str, str]]:
    rows = db.connection().execute(
        "SELECT stripe_id, name, email FROM customers WHERE deleted = 0 AND stripe_id IS NOT NULL"
    )
    return {r[0]: (r[1], r[2]) for r in rows}


def server_customers(server: StripeServer) -> dict[str, tuple[str, str]]:
    return {
        c["id"]: (c.get("name") or c.get("email") or c["id"], c.get("email") or "")
        for c in live(server.objects("customer"))
    }


def local_invoices(db: Database) -> dict[str, tuple[str, int, int, str | None]]:
    rows = db.connection().execute(
        "SELECT stripe_id, status, total, amount_paid, number FROM invoices WHERE stripe_id IS NOT NULL"
    )
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}


def server_invoices(server: StripeServer) -> dict[str, tuple[str, int, int, str | None]]:
    return {
        i["id"]: (i["status"], i["total"], i["amount_paid"], i.get("number"))
        for i in live(server.objects("invoice"))
    }


def invoice_count(db: Database) -> int:
    return db.invoices.count(InvoiceFilter())
