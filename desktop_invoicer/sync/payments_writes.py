"""Outbox handlers for collections money: late fees, their waivers, payments outside Stripe,
payment plans.

Every handler first looks in Stripe for what an earlier attempt (this desktop before a
crash, another desktop, a restored backup) already made, by the unit or record id in
the object's metadata, and only then creates it under the row's idempotency key
(design rule 3). What Stripe answered is kept in ``outbox_replies`` for the job or
dialog that queued the row.

How Stripe learns of money received outside it (checked against Stripe's docs):

* the **whole** amount remaining: ``POST /v1/invoices/:id/pay`` with
  ``paid_out_of_band=true`` (the invoice becomes paid);
* **part** of it: a credit note for that amount on the open invoice. Stripe's
  ``out_of_band_amount`` applies to a credit note's *post-payment* part only (paid
  invoices), so on an open invoice the note is a pre-payment credit that lowers
  ``amount_remaining``; its memo and metadata say it records a payment;
* an **overpayment**: the excess becomes customer credit,
  ``POST /v1/customers/:id/balance_transactions`` with a negative amount.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from stripe.params import (
    CreditNoteCreateParams,
    CustomerBalanceTransactionCreateParams,
    InvoiceCreateParams,
    InvoiceItemCreateParams,
)

from ..domain.late_fees import METADATA_LATE_FEE
from ..domain.units import METADATA_UNIT
from ..storage.repositories.sync_state import OutboxItem
from .backfill import apply_with_references
from .errors import IdempotencyConflictError
from .gateway import JSON

if TYPE_CHECKING:
    from .outbox import OutboxSender

METADATA_PAYMENT = "desktop_invoicer_payment"  # a record of money received outside Stripe
METADATA_WAIVER = "desktop_invoicer_waiver"  # the credit note that waived a fee (unit id)
METADATA_PERIOD = "desktop_invoicer_late_fee_period"


def _meta(obj: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return (obj or {}).get("metadata") or {}


def _reply(sender: OutboxSender, item: OutboxItem, reply: dict[str, Any]) -> None:
    sender.db.outbox_replies.record(item.idempotency_key, reply)


# -- late fees ------------------------------------------------------------------------------


def fee_marker(period: int | str) -> str:
    """The overdue invoice's metadata key for a fee period: the fee's unit id, or "waived".

    Another desktop (or a restored backup) reads it before charging: a fee that was
    charged and then removed, or waived, is never charged again.
    """
    return f"{METADATA_LATE_FEE}_p{period}"


def apply_late_fee(sender: OutboxSender, item: OutboxItem) -> JSON | None:
    """One fee: a pending invoice item (next invoice) or an invoice of its own, exactly once."""
    p = item.payload
    unit, sid, customer = str(p["unit"]), str(p["invoice"]), str(p["customer"])
    separate = p["application"] == "separate_invoice"
    gw = sender.gateway
    remote = gw.retrieve("invoices", sid)
    marker = _meta(remote).get(fee_marker(p["period"]))
    if marker == "waived":
        _reply(sender, item, {"outcome": "skipped", "reason": "waived"})
        return remote
    resource: Any = "invoices" if separate else "invoice_items"
    found = gw.find_by_metadata(resource, METADATA_UNIT, unit, customer=customer)
    if found is None and marker == unit:  # charged before, and removed since
        _reply(sender, item, {"outcome": "skipped", "reason": "removed"})
        return remote
    status = None if remote is None else remote.get("status")
    if found is None and status != "open":
        _reply(sender, item, {"outcome": "skipped", "reason": str(status or "deleted")})
        return remote
    metadata = {METADATA_UNIT: unit, METADATA_LATE_FEE: sid, METADATA_PERIOD: str(p["period"])}
    item_params: dict[str, Any] = {
        "customer": customer,
        "currency": str(p["currency"]),
        "amount": int(p["amount"]),
        "description": str(p["description"]),
        "metadata": metadata,
    }
    if not separate:
        if found is None:
            try:
                found = gw.create_invoice_item(
                    cast(InvoiceItemCreateParams, item_params), item.idempotency_key
                )
            except IdempotencyConflictError:
                found = gw.find_by_metadata("invoice_items", METADATA_UNIT, unit, customer=customer)
                if found is None:
                    raise
        reply: dict[str, Any] = {"outcome": "applied", "item": found["id"]}
    else:
        fee = found or gw.create_invoice(
            cast(
                InvoiceCreateParams,
                {
                    "customer": customer,
                    "currency": str(p["currency"]),
                    "collection_method": "send_invoice",
                    "days_until_due": int(p.get("days_until_due") or 14),
                    "description": str(p["description"]),
                    "metadata": metadata,
                    "pending_invoice_items_behavior": "exclude",
                },
            ),
            item.idempotency_key,
        )
        _complete_fee_invoice(sender, item, fee, item_params)
        reply = {"outcome": "applied", "fee_invoice": fee["id"]}
    if remote is not None and marker != unit:
        remote = gw.update_invoice(
            sid, {"metadata": {fee_marker(p["period"]): unit}}, f"{item.idempotency_key}:mark"
        )
    _reply(sender, item, reply)
    return remote


def _complete_fee_invoice(
    sender: OutboxSender, item: OutboxItem, fee: JSON, item_params: dict[str, Any]
) -> None:
    """Its line, finalized, emailed once (each step skipped when an earlier attempt did it)."""
    gw = sender.gateway
    unit, key, fee_id = str(item.payload["unit"]), item.idempotency_key, str(fee["id"])
    if fee.get("status") == "draft":
        lines = gw.list_page("invoice_items", invoice=fee_id).data
        if not any(_meta(o).get(METADATA_UNIT) == unit for o in lines):
            gw.create_invoice_item(
                cast(InvoiceItemCreateParams, {**item_params, "invoice": fee_id}), f"{key}:item"
            )
        fee = gw.finalize_invoice(fee_id, f"{key}:finalize")
    if fee.get("status") == "open" and not _meta(fee).get("desktop_invoicer_sent"):
        gw.send_invoice(fee_id, f"{key}:send")
        gw.update_invoice(fee_id, {"metadata": {"desktop_invoicer_sent": unit}}, f"{key}:sent")
    final = gw.retrieve("invoices", fee_id)
    if final is not None:
        apply_with_references(gw, sender.cache, final)


def waive_late_fee(sender: OutboxSender, item: OutboxItem) -> JSON | None:
    """Undo a fee in Stripe (deleted while pending or on a draft, else credited), and mark the
    overdue invoice's period "waived" so that no desktop charges it again."""
    result = _undo_fee(sender, item)
    p = item.payload
    if p.get("invoice"):
        sender.gateway.update_invoice(
            str(p["invoice"]),
            {"metadata": {fee_marker(p["period"]): "waived"}},
            f"{item.idempotency_key}:mark",
        )
    return result


def _undo_fee(sender: OutboxSender, item: OutboxItem) -> JSON | None:
    p = item.payload
    unit, customer, reason = str(p["unit"]), str(p["customer"]), str(p["reason"])
    gw = sender.gateway
    memo = f"Late fee waived: {reason}"[:500]
    if p["application"] == "separate_invoice":
        fee = gw.find_by_metadata("invoices", METADATA_UNIT, unit, customer=customer)
        if fee is None:
            _reply(sender, item, {"outcome": "removed", "detail": "never created"})
            return None
        fid, status = str(fee["id"]), fee.get("status")
        if status == "draft":
            gw.delete_invoice(fid, f"{item.idempotency_key}:delete")
            _reply(sender, item, {"outcome": "removed"})
            return None
        if status == "open":
            voided = gw.void_invoice(fid, f"{item.idempotency_key}:void")
            _reply(sender, item, {"outcome": "removed", "invoice": fid})
            return voided
        if status == "paid":
            _credit(sender, item, fee, int(p["amount"]), memo, paid=True)
            _reply(sender, item, {"outcome": "credited", "invoice": fid})
            return gw.retrieve("invoices", fid)
        _reply(sender, item, {"outcome": "removed", "detail": str(status)})
        return fee
    found = gw.find_by_metadata("invoice_items", METADATA_UNIT, unit, customer=customer)
    if found is None:
        _reply(sender, item, {"outcome": "removed", "detail": "not in Stripe"})
        return None
    on = found.get("invoice")
    host = None if on is None else gw.retrieve("invoices", str(on))
    if host is None or host.get("status") == "draft":
        gw.delete_invoice_item(str(found["id"]), f"{item.idempotency_key}:delete")
        _reply(sender, item, {"outcome": "removed", "item": found["id"]})
        return None if host is None else gw.retrieve("invoices", str(host["id"]))
    if host.get("status") in ("open", "paid"):
        _credit(sender, item, host, int(found["amount"]), memo, paid=host["status"] == "paid")
        _reply(sender, item, {"outcome": "credited", "invoice": host["id"]})
        return gw.retrieve("invoices", str(host["id"]))
    _reply(sender, item, {"outcome": "removed", "detail": str(host.get("status"))})
    return host


def _credit(
    sender: OutboxSender, item: OutboxItem, invoice: JSON, amount: int, memo: str, *, paid: bool
) -> JSON:
    """A credit note for ``amount`` on ``invoice``, found first by its waiver metadata."""
    unit = str(item.payload["unit"])
    iid = str(invoice["id"])
    gw = sender.gateway
    found = gw.find_by_metadata("credit_notes", METADATA_WAIVER, unit, invoice=iid)
    if found is not None:
        return found
    amount = min(amount, int(invoice.get("amount_remaining") or 0)) if not paid else amount
    params: dict[str, Any] = {
        "invoice": iid,
        "amount": amount,
        "memo": memo,
        "metadata": {METADATA_WAIVER: unit},
    }
    if paid:
        params["credit_amount"] = amount  # to the customer's balance
    return gw.create_credit_note(cast(CreditNoteCreateParams, params), f"{item.idempotency_key}:cn")


# -- payments outside Stripe ---------------------------------------------------------------


def record_payment(sender: OutboxSender, item: OutboxItem) -> JSON | None:
    """A bank transfer or cheque: paid out of band, a credit note, and/or customer credit."""
    p = item.payload
    pid, sid, customer = str(p["payment"]), str(p["invoice"]), str(p["customer"])
    applied, overpaid = int(p["applied"]), int(p["overpaid"])
    gw = sender.gateway
    label = str(p["label"])[:480]
    remote = gw.retrieve("invoices", sid)
    outcome: dict[str, Any] = {"payment": pid}
    if applied and remote is not None:
        status = remote.get("status")
        remaining = int(remote.get("amount_remaining") or 0)
        noted = gw.find_by_metadata("credit_notes", METADATA_PAYMENT, pid, invoice=sid)
        if noted is not None:
            outcome["credit_note"] = noted["id"]
        elif status == "open" and applied >= remaining:
            remote = gw.pay_invoice(sid, {"paid_out_of_band": True}, f"{item.idempotency_key}:pay")
            outcome["paid_out_of_band"] = True
        elif status == "open":
            note = gw.create_credit_note(
                cast(
                    CreditNoteCreateParams,
                    {
                        "invoice": sid,
                        "amount": applied,
                        "memo": label,
                        "metadata": {METADATA_PAYMENT: pid},
                    },
                ),
                f"{item.idempotency_key}:cn",
            )
            outcome["credit_note"] = note["id"]
        else:
            outcome["already"] = str(status)
    if overpaid:
        txns = gw.balance_transactions_page(customer).data
        mine = next((t for t in txns if _meta(t).get(METADATA_PAYMENT) == pid), None)
        if mine is None:
            mine = gw.create_balance_transaction(
                customer,
                cast(
                    CustomerBalanceTransactionCreateParams,
                    {
                        "amount": -overpaid,
                        "currency": str(p["currency"]),
                        "description": f"Overpayment: {label}"[:350],
                        "metadata": {METADATA_PAYMENT: pid},
                    },
                ),
                f"{item.idempotency_key}:credit",
            )
        outcome["balance_transaction"] = mine["id"]
    _reply(sender, item, outcome)
    return None if remote is None else gw.retrieve("invoices", sid)


from .plan_writes import charge_instalment, create_payment_plan  # noqa: E402

HANDLERS = {
    ("invoice", "late_fee"): apply_late_fee,
    ("invoice", "waive_late_fee"): waive_late_fee,
    ("invoice", "record_payment"): record_payment,
    ("invoice", "payment_plan"): create_payment_plan,
    ("invoice", "charge_instalment"): charge_instalment,
}
