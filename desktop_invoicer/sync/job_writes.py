"""Outbox handlers for the background jobs: a recurring invoice, a reminder, a payment retry.

Each looks for its work already done before doing it: the unit's id in the
invoice's metadata (``desktop_invoicer_unit``), the markers a step leaves
(``METADATA_READY``, ``METADATA_SENT``, a reminder's marker), or the reply this
desktop recorded before a crash (``outbox_replies``). So another desktop, a
restored backup, or Stripe having forgotten the idempotency key never makes a
customer billed, emailed or charged twice (design rule 3).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from stripe.params import InvoicePayParams

from ..domain.units import METADATA_UNIT
from ..storage.repositories.sync_state import OutboxItem
from .errors import IdempotencyConflictError
from .gateway import JSON
from .params import METADATA_LINE
from .payment_fallback import charge_with_fallback

if TYPE_CHECKING:
    from .outbox import OutboxSender

# Markers a job's request leaves in the invoice's metadata, so another desktop (or this
# one after Stripe forgot the idempotency key) finds the work done (design rule 3).
METADATA_READY = "desktop_invoicer_ready"  # every template line of a recurring invoice is on it
METADATA_SENT = "desktop_invoicer_sent"  # a recurring invoice's first email went out


def find_unit(sender: OutboxSender, unit: str, customer: str) -> JSON | None:
    return sender.gateway.find_by_metadata("invoices", METADATA_UNIT, unit, customer=customer)


def create_recurring(sender: OutboxSender, item: OutboxItem) -> JSON | None:
    """One period of a schedule: adopt the invoice its unit already made, or create it.

    Always looks first (not only after 24 hours): another desktop, or a restored
    backup, may have billed the period already. Then the template lines go on
    (each keyed, each skipped when there), a ready marker, and, per the
    schedule, finalize and send (or charge, for automatic collection).
    """
    payload = item.payload
    unit = str(payload["unit"])
    key = item.idempotency_key
    params = sender.resolve(payload["invoice"])
    customer = str(params["customer"])
    prior = sender.db.outbox_replies.get(key) or {}
    invoice = find_unit(sender, unit, customer)
    adopted = invoice is not None and prior.get("invoice") != invoice.get("id")
    if invoice is None:
        try:
            invoice = sender.gateway.create_invoice(params, key)
        except IdempotencyConflictError:
            # Another desktop holds the key right now, or used it with other lines.
            invoice = find_unit(sender, unit, customer)
            if invoice is None:
                raise
            adopted = True
        else:
            sender._reply(item, {"invoice": invoice["id"], "adopted": False})
    sid = str(invoice["id"])
    if invoice.get("status") == "draft" and not metadata_of(invoice).get(METADATA_READY):
        _recurring_items(sender, item, sid)
        invoice = sender.gateway.update_invoice(
            sid, {"metadata": {METADATA_READY: "1"}}, f"{key}:ready"
        )
    payment: dict[str, Any] | None = None
    if payload.get("finalize") and invoice.get("status") == "draft":
        invoice = sender.gateway.finalize_invoice(sid, f"{key}:finalize")
    if payload.get("send") and invoice.get("status") == "open":
        if invoice.get("collection_method") == "send_invoice":
            if not metadata_of(invoice).get(METADATA_SENT):
                sender.gateway.send_invoice(sid, f"{key}:send")
                sender.gateway.update_invoice(
                    sid, {"metadata": {METADATA_SENT: unit}}, f"{key}:sent"
                )
        elif not invoice.get("attempted") or prior.get("charging") == sid:
            # "charging" first: after a crash the same key replays the answer (a
            # decline's codes included) instead of charging the card again
            sender._reply(item, {"invoice": sid, "adopted": adopted, "charging": sid})
            payment = charge_with_fallback(sender, sid, {"off_session": True}, f"{key}:pay", key)
    elif prior.get("charging") == sid and invoice.get("status") == "paid":
        payment = {"outcome": "paid", "status": "paid"}
    final = sender.gateway.retrieve("invoices", sid)
    sender._reply(
        item,
        {
            "invoice": sid,
            "adopted": adopted,
            "status": None if final is None else final.get("status"),
            "number": None if final is None else final.get("number"),
            "payment": payment,
        },
    )
    return final


def _recurring_items(sender: OutboxSender, item: OutboxItem, invoice_id: str) -> None:
    page = sender.gateway.list_page("invoice_items", invoice=invoice_id)
    present = {str(metadata_of(o).get(METADATA_LINE)) for o in page.data}
    for index, raw in enumerate(item.payload["items"]):
        if str(index) in present:
            continue
        params = sender.resolve({**raw, "invoice": invoice_id})
        sender.gateway.create_invoice_item(params, f"{item.idempotency_key}:item:{index}")


def remind(sender: OutboxSender, item: OutboxItem) -> JSON | None:
    """One reminder step: Stripe's invoice email, unless the invoice is settled or reminded."""
    sid = str(item.payload["invoice"])
    marker = str(item.payload["marker"])
    remote = sender.gateway.retrieve("invoices", sid)
    if remote is None:
        sender._reply(item, {"outcome": "skipped", "reason": "deleted"})
        return None
    if remote.get("status") != "open":
        sender._reply(item, {"outcome": "skipped", "reason": str(remote.get("status"))})
        return remote
    if metadata_of(remote).get(marker):
        prior = sender.db.outbox_replies.get(item.idempotency_key) or {}
        if prior.get("outcome") != "sent":  # not ours: another desktop sent this step
            sender._reply(item, {"outcome": "skipped", "reason": "sent_elsewhere"})
        return remote
    sender.gateway.send_invoice(sid, item.idempotency_key)
    sender._reply(item, {"outcome": "sent", "invoice": sid})
    return sender.gateway.update_invoice(
        sid, {"metadata": {marker: str(item.payload["value"])}}, f"{item.idempotency_key}:mark"
    )


def retry_payment(sender: OutboxSender, item: OutboxItem) -> JSON | None:
    """One payment retry: charge the invoice off-session; record a decline's codes."""
    sid = str(item.payload["invoice"])
    remote = sender.gateway.retrieve("invoices", sid)
    if remote is None:
        sender._reply(item, {"outcome": "skipped", "reason": "deleted"})
        return None
    if remote.get("status") not in ("open", "uncollectible"):
        prior = sender.db.outbox_replies.get(item.idempotency_key) or {}
        if prior.get("outcome") == "trying" and remote.get("status") == "paid":
            # paid by another saved method just before a crash: that was this retry
            sender._reply(item, {**prior, "outcome": "paid", "status": "paid"})
        elif prior.get("outcome") != "paid":
            sender._reply(item, {"outcome": "skipped", "reason": str(remote.get("status"))})
        return remote
    params: InvoicePayParams = {"off_session": True}
    method = item.payload.get("payment_method")
    if method:
        params["payment_method"] = str(method)
    key = item.idempotency_key
    outcome = charge_with_fallback(sender, sid, params, key, key)
    sender._reply(item, outcome)
    return sender.gateway.retrieve("invoices", sid)


def metadata_of(obj: Mapping[str, Any]) -> Mapping[str, Any]:
    return obj.get("metadata") or {}


HANDLERS = {
    ("invoice", "create_recurring"): create_recurring,
    ("invoice", "remind"): remind,
    ("invoice", "retry_payment"): retry_payment,
}
