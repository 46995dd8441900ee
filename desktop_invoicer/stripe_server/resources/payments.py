"""Paying invoices: PaymentIntents, Charges, InvoicePayments and Stripe's test cards."""

from __future__ import annotations

import secrets
from typing import Any

from ..core import Ctx
from ..router import route
from ..wire import ApiError, JsonObj, invalid, random_id, validation
from .common import paged, unsupported

# decline code -> (error code, message, advice_code, param)
DECLINES: dict[str, tuple[str, str, str | None, str | None]] = {
    "generic_decline": ("card_declined", "Your card was declined.", "try_again_later", None),
    "insufficient_funds": (
        "card_declined",
        "Your card has insufficient funds.",
        "try_again_later",
        None,
    ),
    "expired_card": ("expired_card", "Your card has expired.", "confirm_card_data", "exp_month"),
    "incorrect_cvc": (
        "incorrect_cvc",
        "Your card's security code is incorrect.",
        "confirm_card_data",
        "cvc",
    ),
    "processing_error": (
        "processing_error",
        "An error occurred while processing your card. Try again in a little bit.",
        "try_again_later",
        None,
    ),
    "fraudulent": ("card_declined", "Your card was declined.", "do_not_try_again", None),
    "lost_card": ("card_declined", "Your card was declined.", "do_not_try_again", None),
    "stolen_card": ("card_declined", "Your card was declined.", "do_not_try_again", None),
    "authentication_required": (
        "authentication_required",
        "Your card was declined. This transaction requires authentication.",
        None,
        None,
    ),
}


def payment_method_object(ctx: Ctx, pm_id: str, brand: str, last4: str) -> JsonObj:
    return {
        "id": pm_id,
        "object": "payment_method",
        "billing_details": {"address": None, "email": None, "name": None, "phone": None},
        "card": {
            "brand": brand,
            "country": "US",
            "exp_month": 12,
            "exp_year": 2034,
            "funding": "credit",
            "last4": last4,
        },
        "created": ctx.now,
        "customer": None,
        "livemode": ctx.livemode,
        "metadata": {},
        "type": "card",
    }


def _new_payment_intent(ctx: Ctx, inv: JsonObj, amount: int) -> JsonObj:
    pid = random_id("pi_")
    return {
        "id": pid,
        "object": "payment_intent",
        "amount": amount,
        "amount_capturable": 0,
        "amount_details": {"tip": {}},
        "amount_received": 0,
        "application": None,
        "application_fee_amount": None,
        "automatic_payment_methods": None,
        "canceled_at": None,
        "cancellation_reason": None,
        "capture_method": "automatic",
        "client_secret": f"{pid}_secret_{secrets.token_urlsafe(18)}",
        "confirmation_method": "automatic",
        "created": ctx.now,
        "currency": inv["currency"],
        "customer": inv["customer"],
        "customer_account": None,
        "description": f"Payment for Invoice {inv['number'] or inv['id']}",
        "excluded_payment_method_types": None,
        "last_payment_error": None,
        "latest_charge": None,
        "livemode": ctx.livemode,
        "metadata": {},
        "next_action": None,
        "on_behalf_of": None,
        "payment_method": None,
        "payment_method_configuration_details": None,
        "payment_method_options": {"card": {"request_three_d_secure": "automatic"}},
        "payment_method_types": ["card"],
        "processing": None,
        "receipt_email": None,
        "review": None,
        "setup_future_usage": None,
        "shipping": None,
        "source": None,
        "statement_descriptor": None,
        "statement_descriptor_suffix": None,
        "status": "requires_payment_method",
        "transfer_data": None,
        "transfer_group": None,
    }


def _new_charge(
    ctx: Ctx, pi: JsonObj, pm_id: str, brand: str, last4: str, decline: str | None
) -> JsonObj:
    cus = ctx.store.get("customer", pi["customer"]) or {}
    failed = decline is not None
    info = DECLINES.get(decline or "", DECLINES["generic_decline"])
    cid = random_id("ch_")
    return {
        "id": cid,
        "object": "charge",
        "amount": pi["amount"],
        "amount_captured": 0 if failed else pi["amount"],
        "amount_refunded": 0,
        "application": None,
        "application_fee": None,
        "application_fee_amount": None,
        "balance_transaction": None if failed else random_id("txn_"),
        "billing_details": {
            "address": None,
            "email": cus.get("email"),
            "name": cus.get("name"),
            "phone": None,
            "tax_id": None,
        },
        "calculated_statement_descriptor": ctx.state.account.name[:22].upper(),
        "captured": not failed,
        "created": ctx.now,
        "currency": pi["currency"],
        "customer": pi["customer"],
        "description": pi["description"],
        "disputed": False,
        "failure_balance_transaction": None,
        "failure_code": info[0] if failed else None,
        "failure_message": info[1] if failed else None,
        "fraud_details": {},
        "livemode": ctx.livemode,
        "metadata": {},
        "on_behalf_of": None,
        "outcome": {
            "advice_code": info[2] if failed else None,
            "network_advice_code": None,
            "network_decline_code": None,
            "network_status": "declined_by_network" if failed else "approved_by_network",
            "reason": decline,
            "risk_level": "normal",
            "risk_score": 32,
            "seller_message": (
                "The bank did not return any further details with this decline."
                if failed
                else "Payment complete."
            ),
            "type": "issuer_declined" if failed else "authorized",
        },
        "paid": not failed,
        "payment_intent": pi["id"],
        "payment_method": pm_id,
        "payment_method_details": {
            "card": {
                "brand": brand,
                "country": "US",
                "exp_month": 12,
                "exp_year": 2034,
                "funding": "credit",
                "last4": last4,
            },
            "type": "card",
        },
        "receipt_email": None,
        "receipt_number": None,
        "receipt_url": None if failed else f"{ctx.state.base_url}/receipts/{cid}",
        "refunded": False,
        "review": None,
        "shipping": None,
        "source": None,
        "source_transfer": None,
        "statement_descriptor": None,
        "statement_descriptor_suffix": None,
        "status": "failed" if failed else "succeeded",
        "transfer_data": None,
        "transfer_group": None,
    }


def _invoice_payment(ctx: Ctx, inv: JsonObj) -> JsonObj | None:
    """The open (default) InvoicePayment of an invoice, if any."""
    for pid in ctx.store.ids_by("invoice_payment", "invoice", inv["id"]):
        p = ctx.store.get("invoice_payment", pid)
        if p is not None and p["status"] == "open":
            return p
    return None


def mark_paid(ctx: Ctx, inv: JsonObj, *, out_of_band: bool, amount: int) -> None:
    inv["amount_paid"] += amount
    if out_of_band:
        inv["amount_paid_off_stripe"] = (inv.get("amount_paid_off_stripe") or 0) + amount
    inv["amount_remaining"] = max(0, inv["amount_due"] - inv["amount_paid"])
    inv["status"] = "paid"
    inv["status_transitions"]["paid_at"] = ctx.now
    inv["next_payment_attempt"] = None
    inv["auto_advance"] = False
    ctx.store.touch("invoice", inv)
    snapshot = ctx.render("invoice", inv)
    ctx.emit("invoice.paid", snapshot)
    if not out_of_band:
        ctx.emit("invoice.payment_succeeded", snapshot)


def cancel_open_payments(ctx: Ctx, inv: JsonObj) -> None:
    ip = _invoice_payment(ctx, inv)
    if ip is None:
        return
    ip["status"] = "canceled"
    ip["status_transitions"]["canceled_at"] = ctx.now
    ctx.store.touch("invoice_payment", ip)
    pi = ctx.store.get("payment_intent", ip["payment"].get("payment_intent"))
    if pi is not None and pi["status"] not in ("succeeded", "canceled"):
        pi["status"] = "canceled"
        pi["canceled_at"] = ctx.now
        pi["cancellation_reason"] = "void_invoice"
        ctx.store.touch("payment_intent", pi)
        ctx.emit("payment_intent.canceled", ctx.render("payment_intent", pi))


@route("POST", "/v1/invoices/{id}/pay", "InvoicePayParams", "rak_invoice_write")
def pay_invoice(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    unsupported(params, ("forgive", "off_session", "paid_out_of_band", "payment_method"))
    inv = ctx.get("invoice", id)
    status = inv["status"]
    if status == "paid":
        raise invalid("Invoice is already paid.", code="invoice_not_editable")
    if status == "draft":
        raise invalid(
            f"You can only pay a finalized invoice; invoice {id} is a draft. Finalize it first.",
            code="invoice_not_editable",
        )
    if status == "void":
        raise invalid(
            f"You can't pay invoice {id} because it is void.", code="invoice_not_editable"
        )
    expand = params.get("expand")
    if params.get("paid_out_of_band"):
        cancel_open_payments(ctx, inv)
        mark_paid(ctx, inv, out_of_band=True, amount=inv["amount_remaining"])
        return ctx.render("invoice", inv, expand)
    amount = int(inv["amount_remaining"])
    if amount <= 0:
        mark_paid(ctx, inv, out_of_band=False, amount=0)
        return ctx.render("invoice", inv, expand)
    cus = ctx.store.get("customer", inv["customer"]) or {}
    pm_id = (
        params.get("payment_method")
        or inv.get("default_payment_method")
        or (cus.get("invoice_settings") or {}).get("default_payment_method")
    )
    if not pm_id:
        raise invalid(
            "This customer has no attached payment source or default payment method. Please "
            "consider adding a default payment method.",
        )
    pm = ctx.state.payment_method(pm_id)
    if pm is None:
        param = "payment_method" if params.get("payment_method") else None
        raise invalid(f"No such PaymentMethod: '{pm_id}'", param=param, code="resource_missing")
    decline, brand, last4 = pm
    return _attempt(ctx, inv, amount, pm_id, brand, last4, decline, params)


def _attempt(
    ctx: Ctx,
    inv: JsonObj,
    amount: int,
    pm_id: str,
    brand: str,
    last4: str,
    decline: str | None,
    params: JsonObj,
) -> JsonObj:
    ip = _invoice_payment(ctx, inv)
    pi = ctx.store.get("payment_intent", ip["payment"]["payment_intent"]) if ip else None
    if pi is None:
        pi = _new_payment_intent(ctx, inv, amount)
        ctx.store.insert("payment_intent", pi)
        ctx.emit("payment_intent.created", ctx.render("payment_intent", pi))
        ip = {
            "id": random_id("inpay_"),
            "object": "invoice_payment",
            "amount_paid": None,
            "amount_requested": amount,
            "created": ctx.now,
            "currency": inv["currency"],
            "invoice": inv["id"],
            "is_default": True,
            "livemode": ctx.livemode,
            "payment": {"payment_intent": pi["id"], "type": "payment_intent"},
            "status": "open",
            "status_transitions": {"canceled_at": None, "paid_at": None},
        }
        ctx.store.insert("invoice_payment", ip)
    assert ip is not None
    pi["amount"] = amount
    pi["payment_method"] = pm_id
    inv["attempt_count"] += 1
    inv["attempted"] = True
    needs_action = decline == "authentication_required" and not params.get("off_session")
    if needs_action:
        pi["status"] = "requires_action"
        pi["next_action"] = {
            "type": "use_stripe_sdk",
            "use_stripe_sdk": {"type": "three_d_secure_redirect"},
        }
        ctx.store.touch("payment_intent", pi)
        ctx.store.touch("invoice", inv)
        ctx.emit("payment_intent.requires_action", ctx.render("payment_intent", pi))
        ctx.emit("invoice.payment_action_required", ctx.render("invoice", inv))
        raise ApiError(
            402,
            "This payment requires additional user action before it can be completed "
            "successfully. Payment can be completed using the PaymentIntent associated with "
            "the invoice.",
            type="card_error",
            code="invoice_payment_intent_requires_action",
            extra={"payment_intent": ctx.render("payment_intent", pi)},
        )
    charge = _new_charge(ctx, pi, pm_id, brand, last4, decline)
    ctx.store.insert("charge", charge)
    pi["latest_charge"] = charge["id"]
    if decline is not None:
        code, message, advice, param = DECLINES.get(decline, DECLINES["generic_decline"])
        pm_obj = payment_method_object(ctx, pm_id, brand, last4)
        err: JsonObj = {
            "advice_code": advice,
            "charge": charge["id"],
            "code": code,
            "decline_code": decline,
            "doc_url": f"https://stripe.com/docs/error-codes/{code}",
            "message": message,
            "network_advice_code": None,
            "network_decline_code": None,
            "param": param,
            "payment_method": pm_obj,
            "payment_method_type": "card",
            "type": "card_error",
        }
        pi["status"] = "requires_payment_method"
        pi["last_payment_error"] = err
        ctx.store.touch("payment_intent", pi)
        ctx.store.touch("invoice", inv)
        ctx.emit("charge.failed", ctx.render("charge", charge))
        ctx.emit("payment_intent.payment_failed", ctx.render("payment_intent", pi))
        ctx.emit("invoice.payment_failed", ctx.render("invoice", inv))
        extra: dict[str, Any] = {
            "charge": charge["id"],
            "decline_code": decline,
            "advice_code": advice,
            "payment_intent": ctx.render("payment_intent", pi),
            "payment_method": pm_obj,
            "payment_method_type": "card",
        }
        raise ApiError(402, message, type="card_error", code=code, param=param, extra=extra)
    pi["status"] = "succeeded"
    pi["amount_received"] = amount
    pi["last_payment_error"] = None
    pi["next_action"] = None
    ctx.store.touch("payment_intent", pi)
    ip["status"] = "paid"
    ip["amount_paid"] = amount
    ip["status_transitions"]["paid_at"] = ctx.now
    ctx.store.touch("invoice_payment", ip)
    ctx.emit("charge.succeeded", ctx.render("charge", charge))
    ctx.emit("payment_intent.succeeded", ctx.render("payment_intent", pi))
    ctx.emit("invoice_payment.paid", ctx.render("invoice_payment", ip))
    mark_paid(ctx, inv, out_of_band=False, amount=amount)
    return ctx.render("invoice", inv, params.get("expand"))


def refund(ctx: Ctx, inv: JsonObj, amount: int) -> list[JsonObj]:
    """Refund ``amount`` from the invoice's successful charges; returns credit-note refunds."""
    out: list[JsonObj] = []
    left = amount
    for pid in ctx.store.ids_by("invoice_payment", "invoice", inv["id"]):
        ip = ctx.store.get("invoice_payment", pid)
        if ip is None or ip["status"] != "paid" or left <= 0:
            continue
        pi = ctx.store.get("payment_intent", ip["payment"]["payment_intent"])
        charge = ctx.store.get("charge", pi["latest_charge"]) if pi else None
        if charge is None:
            continue
        take = min(left, charge["amount"] - charge["amount_refunded"])
        if take <= 0:
            continue
        charge["amount_refunded"] += take
        charge["refunded"] = charge["amount_refunded"] == charge["amount"]
        ctx.store.touch("charge", charge)
        ctx.emit("charge.refunded", ctx.render("charge", charge))
        out.append(
            {
                "amount_refunded": take,
                "payment_record_refund": None,
                "refund": random_id("re_"),
                "type": "refund",
            }
        )
        left -= take
    if left > 0:
        raise validation(
            f"The refund amount exceeds what was paid on invoice {inv['id']} through Stripe.",
            param="refund_amount",
        )
    return out


# ---------------------------------------------------------------- read endpoints


@route("GET", "/v1/payment_intents/{id}", "PaymentIntentRetrieveParams", "rak_payment_intent_read")
def retrieve_payment_intent(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    return ctx.render("payment_intent", ctx.get("payment_intent", id), params.get("expand"))


@route("GET", "/v1/payment_intents", "PaymentIntentListParams", "rak_payment_intent_read")
def list_payment_intents(ctx: Ctx, params: JsonObj) -> JsonObj:
    cands = (
        ctx.store.ids_by("payment_intent", "customer", params["customer"])
        if params.get("customer")
        else None
    )
    return paged(ctx, "payment_intent", params, "/v1/payment_intents", candidates=cands)


@route("GET", "/v1/charges/{id}", "ChargeRetrieveParams", "rak_charge_read")
def retrieve_charge(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    return ctx.render("charge", ctx.get("charge", id), params.get("expand"))


@route("GET", "/v1/charges", "ChargeListParams", "rak_charge_read")
def list_charges(ctx: Ctx, params: JsonObj) -> JsonObj:
    cands = None
    if params.get("payment_intent"):
        cands = ctx.store.ids_by("charge", "payment_intent", params["payment_intent"])
    elif params.get("customer"):
        cands = ctx.store.ids_by("charge", "customer", params["customer"])

    def pred(o: JsonObj) -> bool:
        return not (params.get("customer") and o["customer"] != params["customer"])

    return paged(ctx, "charge", params, "/v1/charges", candidates=cands, pred=pred)


@route("GET", "/v1/invoice_payments/{id}", "InvoicePaymentRetrieveParams", "rak_invoice_read")
def retrieve_invoice_payment(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    return ctx.render("invoice_payment", ctx.get("invoice_payment", id), params.get("expand"))


@route("GET", "/v1/invoice_payments", "InvoicePaymentListParams", "rak_invoice_read")
def list_invoice_payments(ctx: Ctx, params: JsonObj) -> JsonObj:
    cands = (
        ctx.store.ids_by("invoice_payment", "invoice", params["invoice"])
        if params.get("invoice")
        else None
    )
    pay = params.get("payment") or {}

    def pred(o: JsonObj) -> bool:
        if params.get("status") and o["status"] != params["status"]:
            return False
        pi = pay.get("payment_intent")
        return not (pi and o["payment"].get("payment_intent") != pi)

    return paged(
        ctx, "invoice_payment", params, "/v1/invoice_payments", candidates=cands, pred=pred
    )
