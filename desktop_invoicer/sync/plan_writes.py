"""Outbox handlers for payment plans: one Stripe invoice per instalment, and the automatic
charge of an instalment on its day (see :mod:`.payments_changes` for the design).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from stripe.params import CreditNoteCreateParams, InvoiceCreateParams, InvoiceItemCreateParams

from ..domain.units import METADATA_UNIT
from ..storage.repositories.sync_state import OutboxItem
from .backfill import apply_with_references
from .gateway import JSON
from .payment_fallback import charge_once

if TYPE_CHECKING:
    from .outbox import OutboxSender

METADATA_PLAN = "desktop_invoicer_plan"


def _reply(sender: OutboxSender, item: OutboxItem, reply: dict[str, Any]) -> None:
    sender.db.outbox_replies.record(item.idempotency_key, reply)


def create_payment_plan(sender: OutboxSender, item: OutboxItem) -> JSON | None:
    """One Stripe invoice per instalment (found by its unit id first), then the original
    invoice's remaining balance credited (it moved to the instalments), once."""
    p = item.payload
    plan, sid, customer = str(p["plan"]), str(p["invoice"]), str(p["customer"])
    gw = sender.gateway
    count = len(p["instalments"])
    created: list[str] = []
    for part in p["instalments"]:
        n, unit = int(part["number"]), str(part["unit"])
        key = f"{item.idempotency_key}:i{n}"
        inv = gw.find_by_metadata("invoices", METADATA_UNIT, unit, customer=customer)
        description = f"Instalment {n} of {count} for invoice {p['number']}"
        meta = {METADATA_UNIT: unit, METADATA_PLAN: plan, "desktop_invoicer_instalment": str(n)}
        if inv is None:
            params: dict[str, Any] = {
                "customer": customer,
                "currency": str(p["currency"]),
                "collection_method": str(p["collection"]),
                "description": description,
                "metadata": meta,
                "pending_invoice_items_behavior": "exclude",
            }
            if p["collection"] == "send_invoice":
                params["due_date"] = int(part["due_at"])
            inv = gw.create_invoice(cast(InvoiceCreateParams, params), key)
        iid = str(inv["id"])
        if inv.get("status") == "draft":
            items = gw.list_page("invoice_items", invoice=iid).data
            if not items:
                gw.create_invoice_item(
                    cast(
                        InvoiceItemCreateParams,
                        {
                            "customer": customer,
                            "invoice": iid,
                            "currency": str(p["currency"]),
                            "amount": int(part["amount"]),
                            "description": description,
                            "metadata": {METADATA_UNIT: unit},
                        },
                    ),
                    f"{key}:item",
                )
            if p["collection"] == "send_invoice":
                inv = gw.finalize_invoice(iid, f"{key}:finalize")
        sender.db.payment_plans.set_instalment_invoice(plan, n, iid)
        final = gw.retrieve("invoices", iid)
        if final is not None:
            apply_with_references(gw, sender.cache, final)
        created.append(iid)
    remote = gw.retrieve("invoices", sid)
    note = gw.find_by_metadata("credit_notes", METADATA_PLAN, plan, invoice=sid)
    if note is None and remote is not None and remote.get("status") == "open":
        amount = min(int(p["balance"]), int(remote.get("amount_remaining") or 0))
        if amount > 0:
            gw.create_credit_note(
                cast(
                    CreditNoteCreateParams,
                    {
                        "invoice": sid,
                        "amount": amount,
                        "memo": f"Moved to a payment plan of {count} instalments.",
                        "metadata": {METADATA_PLAN: plan},
                    },
                ),
                f"{item.idempotency_key}:cn",
            )
    _reply(sender, item, {"outcome": "created", "invoices": created})
    return None if remote is None else gw.retrieve("invoices", sid)


def charge_instalment(sender: OutboxSender, item: OutboxItem) -> JSON | None:
    """One automatic instalment on its day: finalize its draft, then charge it off-session.

    "charging" is recorded before the charge: after a crash the same key replays
    Stripe's answer (a decline's codes included) instead of charging again.
    """
    sid = str(item.payload["invoice"])
    key = item.idempotency_key
    gw = sender.gateway
    prior = sender.db.outbox_replies.get(key) or {}
    remote = gw.retrieve("invoices", sid)
    if remote is None:
        _reply(sender, item, {"outcome": "skipped", "reason": "deleted"})
        return None
    if remote.get("status") == "draft":
        remote = gw.finalize_invoice(sid, f"{key}:finalize")
    status = remote.get("status")
    if status == "open" and (not remote.get("attempted") or prior.get("charging") == sid):
        _reply(sender, item, {"charging": sid})
        outcome = charge_once(sender, sid, {"off_session": True}, f"{key}:pay")
        _reply(sender, item, {"charging": sid, **outcome})
    elif status == "paid" and prior.get("charging") == sid:
        _reply(sender, item, {"charging": sid, "outcome": "paid"})
    else:
        reason = "charged elsewhere" if status == "open" else str(status)
        _reply(sender, item, {"outcome": "skipped", "reason": reason})
    final = gw.retrieve("invoices", sid)
    if final is not None:
        apply_with_references(gw, sender.cache, final)
    return None
