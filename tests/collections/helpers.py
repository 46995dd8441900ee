"""Builders for the collections tests: customers and invoices in the local cache."""

from __future__ import annotations

from datetime import date

from desktop_invoicer.domain.catalog import Address, Customer
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.storage import Database
from desktop_invoicer.storage.codec import dumps


def add_customer(db: Database, name: str, code: str = "USD", country: str = "US") -> str:
    value = Customer(
        id="",
        name=name,
        email=f"{name.split()[0].lower()}@example.com",
        currency=currency(code),
        address=Address(line1="1 Main St", city="Town", postal_code="1000", country=country),
    )
    return db.customers.add(value).id


def add_invoice(
    db: Database,
    customer_id: str,
    *,
    status: str,
    total: int,
    code: str = "USD",
    issued: date = date(2025, 10, 1),
    due: date | None = date(2025, 10, 31),
    remaining: int | None = None,
    paid_on: date | None = None,
    stripe_id: str | None = None,
    number: str = "",
) -> str:
    """An invoice row as the sync would have cached it (only the columns lists read)."""
    from desktop_invoicer.storage.repositories.base import new_id

    invoice_id = new_id()
    name = db.customers.get(customer_id).name
    raw = {}
    if paid_on is not None:
        from datetime import UTC, datetime

        at = int(datetime(paid_on.year, paid_on.month, paid_on.day, 12, tzinfo=UTC).timestamp())
        raw = {"status_transitions": {"paid_at": at}}
    open_balance = (total if remaining is None else remaining) if status == "open" else 0
    paid = total if status == "paid" else total - open_balance if status == "open" else 0
    with db.transaction() as tx:
        tx.execute(
            "INSERT INTO invoices (id, customer_id, currency, status, number, collection_method, "
            "days_until_due, due_date, effective_due_date, issue_date, sort_date, subtotal, "
            "discount, tax, total, amount_paid, amount_remaining, customer_name, customer_email, "
            "stripe_id, raw, metadata, updated_at) VALUES (?, ?, ?, ?, ?, 'send_invoice', NULL, "
            "?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, '', ?, ?, '{}', 0)",
            (
                invoice_id,
                customer_id,
                code,
                status,
                number or None,
                None if due is None else due.isoformat(),
                None if due is None else due.isoformat(),
                issued.isoformat(),
                issued.isoformat(),
                total,
                total,
                paid,
                open_balance,
                name,
                stripe_id,
                dumps(raw),
            ),
        )
        tx.changed("invoices")
    return invoice_id
