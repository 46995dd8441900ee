"""Outbox handlers for usage billing: one pending Stripe invoice item per usage charge.

The charge's deterministic id is the idempotency key and the item's
``desktop_invoicer_unit`` metadata. The handler always looks for an item with that
metadata first (another desktop, a restored backup, or Stripe having forgotten the
key), so a charge is never billed twice. A pending item (no ``invoice``) goes on
the customer's next invoice created with ``pending_invoice_items_behavior=include``
(the recurring job's invoices, and "Invoice usage now").
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from stripe.params import InvoiceItemCreateParams

from ..domain.units import METADATA_UNIT
from ..storage.repositories.sync_state import OutboxItem
from .gateway import JSON

if TYPE_CHECKING:
    from .outbox import OutboxSender

METADATA_USAGE_PERIOD = "desktop_invoicer_usage_period"
METADATA_USAGE_PRODUCT = "desktop_invoicer_usage_product"


def usage_item_params(
    customer_ref: str,
    currency: str,
    amount: int,
    description: str,
    unit_id: str,
    period: tuple[date, date],
    product_id: str,
    period_key: str,
) -> InvoiceItemCreateParams:
    """A pending invoice item for one usage charge (``amount`` in minor units)."""
    start = int(datetime.combine(period[0], time(0), UTC).timestamp())
    end = int(datetime.combine(period[1], time(23, 59, 59), UTC).timestamp())
    return {
        "customer": customer_ref,
        "currency": currency.lower(),
        "amount": amount,
        "description": description,
        "period": {"start": start, "end": end},
        "metadata": {
            METADATA_UNIT: unit_id,
            METADATA_USAGE_PERIOD: period_key,
            METADATA_USAGE_PRODUCT: product_id,
        },
    }


def create_usage_item(sender: OutboxSender, item: OutboxItem) -> JSON | None:
    """Adopt the charge's item if it exists in Stripe, else create it; record the answer."""
    unit = str(item.payload["unit"])
    params: Any = sender.resolve(item.payload["params"])
    customer = str(params["customer"])
    found = sender.gateway.find_by_metadata("invoice_items", METADATA_UNIT, unit, customer=customer)
    prior = sender.db.outbox_replies.get(item.idempotency_key) or {}
    if found is not None:
        adopted = prior.get("item") != found.get("id")
        sender.db.outbox_replies.record(
            item.idempotency_key,
            {"item": found["id"], "adopted": adopted, "invoice": found.get("invoice")},
        )
        return None
    created = sender.gateway.create_invoice_item(params, item.idempotency_key)
    sender.db.outbox_replies.record(
        item.idempotency_key, {"item": created["id"], "adopted": False, "invoice": None}
    )
    return None
