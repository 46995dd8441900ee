"""Reading accounting documents out of the cache: customers as parties, and credit notes.

Credit notes have no domain value (the app never edits them): they are read from
Stripe's payload in ``stripe_objects``, their tax rates mapped to local ids.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from ...domain.bookkeeping import AccountingDoc, DocLine, DocTax, DocType, Party
from ...domain.currency import currency
from ..codec import loads
from .base import select_in


def utc_day(ts: Any) -> date | None:
    return None if ts is None else datetime.fromtimestamp(int(ts), tz=UTC).date()


def party(row: sqlite3.Row | None, fallback_name: str, fallback_email: str) -> Party:
    if row is None:
        return Party(fallback_name, fallback_email)
    address = loads(row["address"]) or {}
    return Party(
        name=row["name"] or fallback_name,
        email=row["email"] or fallback_email,
        line1=address.get("line1", ""),
        line2=address.get("line2", ""),
        city=address.get("city", ""),
        region=address.get("state", ""),
        postal_code=address.get("postal_code", ""),
        country=address.get("country", ""),
    )


def customer_rows(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, sqlite3.Row]:
    rows = select_in(conn, "SELECT * FROM customers WHERE id IN ({marks})", ids)
    return {r["id"]: r for r in rows}


def credit_notes(conn: sqlite3.Connection, start: date, end: date) -> list[AccountingDoc]:
    """Issued credit notes effective in ``start``..``end`` (UTC days), from Stripe's payloads."""
    rate_ids = {
        r[0]: r[1]
        for r in conn.execute("SELECT stripe_id, id FROM tax_rates WHERE stripe_id IS NOT NULL")
    }
    rows = conn.execute(
        "SELECT raw FROM stripe_objects WHERE type = 'credit_note' AND deleted = 0 "
        "ORDER BY created, stripe_id"
    ).fetchall()
    invoice_rows = {
        r["stripe_id"]: r
        for r in conn.execute(
            "SELECT stripe_id, number, customer_id, customer_name, customer_email "
            "FROM invoices WHERE stripe_id IS NOT NULL AND stripe_id IN "
            "(SELECT invoice FROM stripe_objects WHERE type = 'credit_note')"
        )
    }
    customers = customer_rows(conn, [r["customer_id"] for r in invoice_rows.values()])
    docs = []
    for row in rows:
        raw = loads(row["raw"])
        on = utc_day(raw.get("effective_at") or raw.get("created"))
        if raw.get("status") != "issued" or on is None or not start <= on <= end:
            continue
        inv = invoice_rows.get(str(raw.get("invoice")))
        cur = currency(str(raw["currency"]).upper())
        lines = []
        for ln in (raw.get("lines") or {}).get("data") or []:
            taxes = ln.get("taxes") or []
            incl = sum(int(t["amount"]) for t in taxes if t.get("tax_behavior") == "inclusive")
            excl = sum(int(t["amount"]) for t in taxes if t.get("tax_behavior") != "inclusive")
            amount = int(ln.get("amount") or 0)
            qty = int(ln.get("quantity") or 1)
            unit = ln.get("unit_amount")
            exact = unit is not None and int(unit) * qty == amount
            ids = tuple(
                rate_ids.get(str((t.get("tax_rate_details") or {}).get("tax_rate")), "")
                for t in taxes
            )
            lines.append(
                DocLine(
                    description=str(ln.get("description") or "Credit"),
                    # a partial credit of a line has no meaningful unit price
                    quantity=qty if exact else 1,
                    unit_amount=int(unit) if exact else amount,
                    amount=amount,
                    discount=int(ln.get("discount_amount") or 0),
                    inclusive_tax=incl,
                    exclusive_tax=excl,
                    tax_rate_ids=tuple(i for i in ids if i),
                )
            )
        taxes = tuple(
            DocTax(
                rate_ids.get(str((t.get("tax_rate_details") or {}).get("tax_rate"))),
                str(t.get("tax_behavior") or ""),
                int(t["amount"]),
            )
            for t in raw.get("total_taxes") or []
        )
        docs.append(
            AccountingDoc(
                doc_type=DocType.CREDIT_NOTE,
                doc_id=str(raw["id"]),
                number=str(raw.get("number") or raw["id"]),
                currency=cur,
                issue_date=on,
                due_date=on,
                customer=party(
                    customers.get(inv["customer_id"]) if inv else None,
                    inv["customer_name"] if inv else "",
                    inv["customer_email"] if inv else "",
                ),
                lines=tuple(lines),
                total=int(raw.get("total") or 0),
                taxes=taxes,
                reference=(inv["number"] or "") if inv else "",
                memo=str(raw.get("memo") or ""),
            )
        )
    return docs
