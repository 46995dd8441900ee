"""Invoice state transitions: finalize, send, void, mark uncollectible."""

from __future__ import annotations

import secrets

from ..core import Ctx
from ..events import previous_attributes
from ..router import route
from ..wire import JsonObj, invalid
from .common import unsupported
from .invoice_calc import amount_due_for, refresh
from .invoices import DAY, customer_snapshot
from .payments import cancel_open_payments, mark_paid


def _refuse(inv: JsonObj, message: str) -> Exception:
    return invalid(message, code="invoice_not_editable")


def set_balance(ctx: Ctx, customer_id: str, new_balance: int) -> None:
    cus = ctx.store.get("customer", customer_id)
    if cus is None or cus["balance"] == new_balance:
        return
    before = ctx.render("customer", cus)
    cus["balance"] = new_balance
    ctx.store.touch("customer", cus)
    after = ctx.render("customer", cus)
    ctx.emit("customer.updated", after, previous_attributes(before, after))


def _number(ctx: Ctx, inv: JsonObj) -> str:
    cus = ctx.store.get("customer", inv["customer"])
    if cus is None:
        seq = int(ctx.store.meta.get("account_invoice_sequence", 1))
        ctx.store.set_meta("account_invoice_sequence", seq + 1)
        return f"{ctx.state.account.id[-8:].upper()}-{seq:04d}"
    seq = int(cus.get("next_invoice_sequence") or 1)
    cus["next_invoice_sequence"] = seq + 1
    ctx.store.touch("customer", cus)
    return f"{cus['invoice_prefix']}-{seq:04d}"


def finalize(ctx: Ctx, inv: JsonObj, auto_advance: bool | None = None) -> None:
    if inv["status"] != "draft":
        raise _refuse(
            inv,
            "This invoice is already finalized, you can't re-finalize a non-draft invoice.",
        )
    if auto_advance is not None:
        inv["auto_advance"] = auto_advance
    refresh(ctx, inv)
    customer_snapshot(ctx, inv)
    now = ctx.now
    if inv["number"] is None:
        inv["number"] = _number(ctx, inv)
    cus = ctx.store.get("customer", inv["customer"])
    balance = int(cus["balance"]) if cus is not None else 0
    inv["starting_balance"] = balance
    inv["amount_due"] = amount_due_for(inv["total"], balance)
    inv["amount_remaining"] = inv["amount_due"] - inv["amount_paid"]
    inv["ending_balance"] = balance + inv["total"] - inv["amount_due"]
    if cus is not None:
        set_balance(ctx, cus["id"], inv["ending_balance"])
    aux = dict(ctx.store.aux.get(inv["id"]) or {})
    token = aux.setdefault(
        "token", ("live_" if ctx.livemode else "test_") + secrets.token_urlsafe(24)
    )
    ctx.store.aux[inv["id"]] = aux
    acct = ctx.state.account.id
    base = ctx.state.base_url
    inv["hosted_invoice_url"] = f"{base}/i/{acct}/{token}"
    inv["invoice_pdf"] = f"{base}/invoice/{acct}/{token}/pdf"
    inv["status"] = "open"
    inv["status_transitions"]["finalized_at"] = now
    if inv["effective_at"] is None:
        inv["effective_at"] = now
    if inv["collection_method"] == "send_invoice" and "days_until_due" in aux:
        inv["due_date"] = now + int(aux["days_until_due"]) * DAY
    if inv["collection_method"] == "charge_automatically" and inv["auto_advance"]:
        inv["next_payment_attempt"] = now + 3600
    ctx.store.touch("invoice", inv)
    ctx.emit("invoice.finalized", ctx.render("invoice", inv))
    if inv["amount_remaining"] == 0:
        mark_paid(ctx, inv, out_of_band=False, amount=0)


@route("POST", "/v1/invoices/{id}/finalize", "InvoiceFinalizeInvoiceParams", "rak_invoice_write")
def finalize_invoice(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    unsupported(params, ("auto_advance",))
    inv = ctx.get("invoice", id)
    finalize(ctx, inv, params.get("auto_advance"))
    return ctx.render("invoice", inv, params.get("expand"))


def sent_log(ctx: Ctx) -> list[JsonObj]:
    return list(ctx.store.meta.get("sent_invoices", []))


@route("POST", "/v1/invoices/{id}/send", "InvoiceSendInvoiceParams", "rak_invoice_write")
def send_invoice(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    inv = ctx.get("invoice", id)
    if inv["collection_method"] != "send_invoice":
        raise _refuse(
            inv,
            "You can only manually send an invoice if its collection method is 'send_invoice'.",
        )
    if inv["status"] != "open":
        raise _refuse(inv, f"You can only send an open invoice; invoice {id} is {inv['status']}.")
    log = sent_log(ctx)
    log.append(
        {
            "invoice": id,
            "number": inv["number"],
            "customer": inv["customer"],
            "email": inv["customer_email"],
            "sent_at": ctx.now,
            "request_id": ctx.request_id,
            "idempotency_key": ctx.idempotency_key,
        }
    )
    ctx.store.set_meta("sent_invoices", log)
    ctx.emit("invoice.sent", ctx.render("invoice", inv))
    return ctx.render("invoice", inv, params.get("expand"))


@route("POST", "/v1/invoices/{id}/void", "InvoiceVoidInvoiceParams", "rak_invoice_write")
def void_invoice(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    inv = ctx.get("invoice", id)
    if inv["status"] not in ("open", "uncollectible"):
        raise _refuse(
            inv,
            f"You can only void an open or uncollectible invoice; invoice {id} is {inv['status']}.",
        )
    cancel_open_payments(ctx, inv)
    inv["status"] = "void"
    inv["status_transitions"]["voided_at"] = ctx.now
    inv["next_payment_attempt"] = None
    ctx.store.touch("invoice", inv)
    ctx.emit("invoice.voided", ctx.render("invoice", inv))
    return ctx.render("invoice", inv, params.get("expand"))


@route(
    "POST",
    "/v1/invoices/{id}/mark_uncollectible",
    "InvoiceMarkUncollectibleParams",
    "rak_invoice_write",
)
def mark_uncollectible(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    inv = ctx.get("invoice", id)
    if inv["status"] != "open":
        raise _refuse(
            inv,
            f"You can only mark an open invoice as uncollectible; invoice {id} is {inv['status']}.",
        )
    inv["status"] = "uncollectible"
    inv["status_transitions"]["marked_uncollectible_at"] = ctx.now
    inv["next_payment_attempt"] = None
    ctx.store.touch("invoice", inv)
    ctx.emit("invoice.marked_uncollectible", ctx.render("invoice", inv))
    return ctx.render("invoice", inv, params.get("expand"))
