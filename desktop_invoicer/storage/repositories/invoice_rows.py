"""How an invoice becomes rows: its ``invoices`` columns, its lines and its audit JSON.

Totals are denormalised onto the row from ``Invoice.totals()`` (or, for an
invoice synced from Stripe, Stripe's own figures), so the list sorts and filters
by amount through an index and never recomputes.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ...domain.invoice import Invoice, InvoiceTotals
from ...domain.status import InvoiceStatus
from ..codec import date_text, dumps, to_jsonable

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
    figures = {
        "subtotal": totals.subtotal.minor,
        "discount": totals.discount.minor,
        "tax": totals.tax.minor,
        "total": totals.total.minor,
    }
    return _columns(invoice, customer_name, customer_email, figures)


def synced_invoice_columns(
    invoice: Invoice, customer_name: str, customer_email: str, raw: Mapping[str, Any] | None
) -> dict[str, Any]:
    """:func:`invoice_columns` of a synced invoice, with Stripe's figures (:func:`stripe_totals`).

    When Stripe's payload gives every figure the row stores, the totals are not
    computed at all: Stripe's would replace them anyway.
    """
    figures = stripe_totals(raw) if raw is not None else {}
    if "total" in figures and (
        "amount_remaining" in figures
        or invoice.status in (InvoiceStatus.PAID, InvoiceStatus.VOID)  # then always 0
    ):
        columns = _columns(invoice, customer_name, customer_email, figures)
    else:
        columns = invoice_columns(invoice, customer_name, customer_email)
    columns.update(figures)
    return columns


def _columns(
    invoice: Invoice, customer_name: str, customer_email: str, figures: Mapping[str, int]
) -> dict[str, Any]:
    """The row with ``figures``: subtotal, discount, tax and total in minor units."""
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
        "subtotal": figures["subtotal"],
        "discount": figures["discount"],
        "tax": figures["tax"],
        "total": figures["total"],
        "amount_paid": invoice.amount_paid,
        "amount_remaining": amount_remaining(invoice.status, figures["total"], invoice.amount_paid),
        "customer_name": customer_name,
        "customer_email": customer_email,
        "discounts": dumps([d.id for d in invoice.discounts]),
        "stripe_id": invoice.stripe_id,
    }


def sort_date(issue_date: date | None, created: int) -> str:
    """The list's date of an invoice: its issue date, or the (local) day it was created.

    ``created`` is unix seconds, Stripe's or the local creation time.
    """
    return (issue_date or date.fromtimestamp(created)).isoformat()


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
