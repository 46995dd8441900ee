"""Which invoice a dispute is about: Stripe's dispute names a payment, not an invoice.

The payment intent's InvoicePayment names the invoice
(``GET /v1/invoice_payments?payment[type]=payment_intent&payment[payment_intent]=pi_...``).
The dispute is stored with that invoice id added as ``invoice``; a dispute already
cached with its invoice is not asked about again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..storage import Database
from .gateway import JSON, StripeGateway


def _ref(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return str(value.get("id")) if isinstance(value, Mapping) else None


def with_invoices(
    gateway: StripeGateway, db: Database, disputes: Sequence[Mapping[str, Any]], priority: int = 0
) -> list[JSON]:
    """``disputes`` with ``invoice`` set where the disputed payment paid an invoice."""
    out: list[JSON] = []
    for dispute in disputes:
        if dispute.get("invoice"):
            out.append(dict(dispute))
            continue
        known = db.disputes.get(str(dispute.get("id")))
        invoice = known.invoice_ref if known is not None else None
        pi = _ref(dispute.get("payment_intent"))
        if invoice is None and pi:
            page = gateway.list_page(
                "invoice_payments",
                limit=1,
                priority=priority,
                payment={"type": "payment_intent", "payment_intent": pi},
            )
            if page.data:
                invoice = _ref(page.data[0].get("invoice"))
        out.append({**dispute, "invoice": invoice} if invoice else dict(dispute))
    return out
