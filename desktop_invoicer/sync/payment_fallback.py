"""A declined charge that needs the customer: try the customer's other saved payment methods.

When Stripe declines the invoice's payment method with a code only the customer
can fix (expired card, lost card, authentication required, ...), and the customer
has other payment methods saved in Stripe, each other method is tried once, in
Stripe's order (newest first), until one pays. Each try has its own idempotency
key (``<key>:pm:<method>``), so a replay after a crash gets Stripe's recorded
answer instead of charging again; progress is recorded before each try, so a
payment that went through before a crash is recognised as ours.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stripe.params import InvoicePayParams

from ..domain.retries import DeclineGroup, classify_decline
from .errors import StripeRejectedError

if TYPE_CHECKING:
    from .outbox import OutboxSender

MAX_METHODS = 10  # a customer with more saved cards than this is not retried on all of them


def needs_customer(outcome: dict[str, Any]) -> bool:
    if outcome.get("outcome") != "declined":
        return False
    advice = classify_decline(
        outcome.get("decline_code"), outcome.get("advice_code"), outcome.get("code")
    )
    return advice.group is DeclineGroup.NEEDS_CUSTOMER


def _declined_method(
    sender: OutboxSender, invoice: dict[str, Any], params: InvoicePayParams
) -> str:
    given = params.get("payment_method")
    if given:
        return str(given)
    if invoice.get("default_payment_method"):
        return str(invoice["default_payment_method"])
    customer = sender.gateway.retrieve("customers", str(invoice.get("customer") or ""))
    settings = (customer or {}).get("invoice_settings") or {}
    return str(settings.get("default_payment_method") or "")


def charge_with_fallback(
    sender: OutboxSender, sid: str, params: InvoicePayParams, key: str, reply_key: str
) -> dict[str, Any]:
    """Charge the invoice; on a needs-the-customer decline, its customer's other methods.

    Returns the paying attempt's answer (with ``payment_method`` and ``tried``), or the
    first decline's answer when none pays. ``reply_key``: the outbox row's key, under
    which the progress is recorded.
    """
    first = charge_once(sender, sid, params, key)
    if not needs_customer(first):
        return first
    invoice = sender.gateway.retrieve("invoices", sid) or {}
    customer = str(invoice.get("customer") or "")
    if not customer:
        return first
    declined = _declined_method(sender, invoice, params)
    page = sender.gateway.list_page("payment_methods", limit=MAX_METHODS, customer=customer)
    others = [str(pm["id"]) for pm in page.data if str(pm["id"]) != declined]
    tried: list[str] = [declined] if declined else []
    for method in others:
        tried.append(method)
        prior = sender.db.outbox_replies.get(reply_key) or {}  # keeps a recurring "charging"
        sender.db.outbox_replies.record(
            reply_key, {**prior, "outcome": "trying", "payment_method": method, "tried": tried}
        )
        attempt: InvoicePayParams = {**params, "payment_method": method}
        outcome = charge_once(sender, sid, attempt, f"{key}:pm:{method}")
        if outcome.get("outcome") == "paid":
            return {**outcome, "payment_method": method, "tried": tried, "first": first}
        current = sender.gateway.retrieve("invoices", sid) or {}
        if current.get("status") not in ("open", "uncollectible"):
            break  # paid or voided meanwhile: nothing more to try
    return {**first, "tried": tried} if len(tried) > 1 else first


def charge_once(
    sender: OutboxSender, sid: str, params: InvoicePayParams, key: str
) -> dict[str, Any]:
    """Pay an open invoice with its saved payment method; a decline is an answer, not an error."""
    try:
        paid = sender.gateway.pay_invoice(sid, params, key)
    except StripeRejectedError as exc:
        r = exc.rejection
        return {
            "outcome": "declined" if exc.status == 402 else "refused",
            "code": r.code,
            "decline_code": r.decline_code,
            "advice_code": r.advice_code,
            "message": str(exc),
        }
    return {"outcome": "paid", "status": paid.get("status")}
