"""Disputes: ``GET /v1/disputes``, retrieve, update (evidence), close, and the admin opener.

A cardholder opens a dispute with their bank, not through the API, so the admin
API opens one (``POST /_admin/disputes`` with ``{"invoice": "in_...", "reason": ...}``)
on the charge that paid an invoice, and moves it to an outcome
(``POST /_admin/disputes/{id}`` with ``{"status": "won" | "lost" | "under_review"}``).
Events: ``charge.dispute.created``, ``charge.dispute.updated``, ``charge.dispute.closed``,
each with the dispute as ``data.object``, as Stripe sends them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..core import Ctx
from ..router import route
from ..wire import ApiError, JsonObj, invalid, random_id
from .common import metadata, paged

if TYPE_CHECKING:
    from ..server import StripeServer

EVIDENCE_DAYS = 14
"""Days until the evidence is due (Stripe's deadlines vary by network; about 1 to 3 weeks)."""

REASONS = (
    "bank_cannot_process",
    "check_returned",
    "credit_not_processed",
    "customer_initiated",
    "debit_not_authorized",
    "duplicate",
    "fraudulent",
    "general",
    "incorrect_account_details",
    "insufficient_funds",
    "product_not_received",
    "product_unacceptable",
    "subscription_canceled",
    "unrecognized",
)
OPEN = ("warning_needs_response", "warning_under_review", "needs_response", "under_review")
CLOSED = ("won", "lost", "warning_closed")

_EVIDENCE_FIELDS = (
    "access_activity_log",
    "billing_address",
    "cancellation_policy",
    "cancellation_policy_disclosure",
    "cancellation_rebuttal",
    "customer_communication",
    "customer_email_address",
    "customer_name",
    "customer_purchase_ip",
    "customer_signature",
    "duplicate_charge_documentation",
    "duplicate_charge_explanation",
    "duplicate_charge_id",
    "product_description",
    "receipt",
    "refund_policy",
    "refund_policy_disclosure",
    "refund_refusal_explanation",
    "service_date",
    "service_documentation",
    "shipping_address",
    "shipping_carrier",
    "shipping_date",
    "shipping_documentation",
    "shipping_tracking_number",
    "uncategorized_file",
    "uncategorized_text",
)


def _new_dispute(ctx: Ctx, charge: JsonObj, amount: int, reason: str) -> JsonObj:
    return {
        "id": random_id("dp_"),
        "object": "dispute",
        "amount": amount,
        "balance_transactions": [],
        "charge": charge["id"],
        "created": ctx.now,
        "currency": charge["currency"],
        "enhanced_eligibility_types": [],
        "evidence": {f: None for f in _EVIDENCE_FIELDS},
        "evidence_details": {
            "due_by": ctx.now + EVIDENCE_DAYS * 86_400,
            "enhanced_eligibility": {},
            "has_evidence": False,
            "past_due": False,
            "submission_count": 0,
            "submission_method": None,
        },
        "is_charge_refundable": False,
        "livemode": ctx.livemode,
        "metadata": {},
        "payment_intent": charge.get("payment_intent"),
        "payment_method_details": {
            "card": {"brand": "visa", "case_type": "chargeback", "network_reason_code": "10.4"},
            "type": "card",
        },
        "reason": reason,
        "status": "needs_response",
    }


def _charge_of_invoice(ctx: Ctx, invoice_id: str) -> JsonObj:
    inv = ctx.get("invoice", invoice_id, "invoice")
    if inv.get("status") != "paid":
        raise invalid(
            f"Invoice {invoice_id} is {inv.get('status')}; only a paid invoice's payment "
            "can be disputed.",
            param="invoice",
        )
    for pid in ctx.store.ids_by("invoice_payment", "invoice", invoice_id):
        ip = ctx.store.get("invoice_payment", pid)
        if ip is None or ip.get("status") != "paid":
            continue
        pi = ctx.store.get("payment_intent", str((ip.get("payment") or {}).get("payment_intent")))
        charge = ctx.store.get("charge", str(pi.get("latest_charge"))) if pi else None
        if charge is not None and charge.get("status") == "succeeded":
            return charge
    raise invalid(
        f"Invoice {invoice_id} was paid outside Stripe; there is no card payment to dispute.",
        param="invoice",
    )


def _set_status(ctx: Ctx, dispute: JsonObj, status: str) -> None:
    before_status = dispute["status"]
    dispute["status"] = status
    if status in ("won", "lost"):
        dispute["is_charge_refundable"] = False
    ctx.store.touch("dispute", dispute)
    event = "charge.dispute.closed" if status in CLOSED else "charge.dispute.updated"
    ctx.emit(event, ctx.render("dispute", dispute), {"status": before_status})


# ---------------------------------------------------------------- the API


@route("GET", "/v1/disputes/{id}", "DisputeRetrieveParams", "rak_dispute_read")
def retrieve_dispute(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    return ctx.render("dispute", ctx.get("dispute", id), params.get("expand"))


@route("GET", "/v1/disputes", "DisputeListParams", "rak_dispute_read")
def list_disputes(ctx: Ctx, params: JsonObj) -> JsonObj:
    cands = None
    if params.get("charge"):
        cands = ctx.store.ids_by("dispute", "charge", params["charge"])
    elif params.get("payment_intent"):
        cands = ctx.store.ids_by("dispute", "payment_intent", params["payment_intent"])

    def pred(o: JsonObj) -> bool:
        if params.get("charge") and o["charge"] != params["charge"]:
            return False
        return not (
            params.get("payment_intent") and o["payment_intent"] != params["payment_intent"]
        )

    return paged(ctx, "dispute", params, "/v1/disputes", candidates=cands, pred=pred)


@route("POST", "/v1/disputes/{id}", "DisputeUpdateParams", "rak_dispute_write")
def update_dispute(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    dispute = ctx.get("dispute", id)
    if dispute["status"] not in OPEN:
        raise invalid(f"This dispute is already closed ({dispute['status']}).")
    before = {"status": dispute["status"]}
    if "metadata" in params:
        dispute["metadata"] = metadata(dispute.get("metadata"), params["metadata"])
    evidence: dict[str, Any] = params.get("evidence") or {}
    for key, value in evidence.items():
        if key in dispute["evidence"]:
            dispute["evidence"][key] = value or None
    if evidence:
        dispute["evidence_details"]["has_evidence"] = True
    if params.get("submit", True) and evidence:
        dispute["evidence_details"]["submission_count"] += 1
        dispute["evidence_details"]["submission_method"] = "manual"
        dispute["status"] = (
            "warning_under_review" if dispute["status"].startswith("warning") else "under_review"
        )
    ctx.store.touch("dispute", dispute)
    out = ctx.render("dispute", dispute)
    ctx.emit("charge.dispute.updated", out, before if before["status"] != out["status"] else None)
    return out


@route("POST", "/v1/disputes/{id}/close", "DisputeCloseParams", "rak_dispute_write")
def close_dispute(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    """Accept the dispute: Stripe marks it lost (an inquiry: ``warning_closed``)."""
    dispute = ctx.get("dispute", id)
    if dispute["status"] not in OPEN:
        raise invalid(f"This dispute is already closed ({dispute['status']}).")
    _set_status(
        ctx, dispute, "warning_closed" if dispute["status"].startswith("warning") else "lost"
    )
    return ctx.render("dispute", dispute)


# ---------------------------------------------------------------- the admin API


def admin(server: StripeServer, method: str, parts: list[str], data: JsonObj) -> JsonObj:
    """``POST /_admin/disputes`` opens one; ``POST /_admin/disputes/{id}`` sets its status."""
    if method != "POST":
        raise ApiError(404, "Unrecognized admin disputes URL.")
    state = server.state
    with state.store.lock:
        ctx = Ctx(state, bool(data.get("livemode", False)), None, None, state.clock.now())
        try:
            if not parts:
                return open_dispute(ctx, str(data["invoice"]), data)
            dispute = ctx.get("dispute", parts[0])
            status = str(data.get("status") or "")
            if status not in (*OPEN, *CLOSED):
                raise invalid(f"Unknown dispute status '{status}'.", param="status")
            _set_status(ctx, dispute, status)
            return ctx.render("dispute", dispute)
        finally:
            state.store.commit()


def open_dispute(ctx: Ctx, invoice_id: str, data: JsonObj) -> JsonObj:
    charge = _charge_of_invoice(ctx, invoice_id)
    reason = str(data.get("reason") or "general")
    if reason not in REASONS:
        raise invalid(f"Unknown dispute reason '{reason}'.", param="reason")
    amount = int(data.get("amount") or charge["amount"] - charge.get("amount_refunded", 0))
    if not 0 < amount <= charge["amount"]:
        raise invalid("The disputed amount must be above zero and at most the charge.")
    dispute = _new_dispute(ctx, charge, amount, reason)
    if data.get("inquiry"):
        dispute["status"] = "warning_needs_response"
    ctx.store.insert("dispute", dispute)
    charge["disputed"] = True
    ctx.store.touch("charge", charge)
    ctx.emit("charge.dispute.created", ctx.render("dispute", dispute))
    return ctx.render("dispute", dispute)
