"""Paying invoices: test cards, declines, PaymentIntents, Charges, InvoicePayments."""

from __future__ import annotations

import pytest
import stripe

from desktop_invoicer.stripe_server import StripeServer


def _open_invoice(
    client: stripe.StripeClient, amount: int = 5000, **customer: object
) -> tuple[str, stripe.Invoice]:
    cus = client.v1.customers.create({"name": "Payer", **customer})  # type: ignore[arg-type]
    inv = client.v1.invoices.create({"customer": cus.id})
    client.v1.invoice_items.create(
        {"customer": cus.id, "invoice": inv.id, "amount": amount, "currency": "usd"}
    )
    return cus.id, client.v1.invoices.finalize_invoice(inv.id)


def test_pay_with_a_card(client: stripe.StripeClient, server: StripeServer) -> None:
    cus, inv = _open_invoice(client)
    paid = client.v1.invoices.pay(inv.id, {"payment_method": "pm_card_visa"})
    assert paid.status == "paid"
    assert (paid.amount_paid, paid.amount_remaining) == (5000, 0)
    assert paid.status_transitions.paid_at is not None
    full = client.v1.invoices.retrieve(inv.id, {"expand": ["payments"]})
    assert full.payments is not None
    pay = full.payments.data[0]
    assert (pay.status, pay.amount_paid, pay.is_default) == ("paid", 5000, True)
    assert pay.payment.type == "payment_intent"
    pi_id = pay.payment.payment_intent
    assert isinstance(pi_id, str)
    pi = client.v1.payment_intents.retrieve(pi_id)
    assert (pi.status, pi.amount_received, pi.customer) == ("succeeded", 5000, cus)
    assert isinstance(pi.latest_charge, str)
    charge = client.v1.charges.retrieve(pi.latest_charge)
    assert (charge.status, charge.paid, charge.amount) == ("succeeded", True, 5000)
    assert [c.id for c in client.v1.charges.list({"customer": cus}).data] == [charge.id]
    assert [p.id for p in client.v1.payment_intents.list({"customer": cus}).data] == [pi.id]
    assert [p.id for p in client.v1.invoice_payments.list({"invoice": inv.id}).data] == [pay.id]
    # the plain retrieve does not include payments (an includable field)
    assert "payments" not in client.v1.invoices.retrieve(inv.id).to_dict()
    types = [e["type"] for e in server.events()][::-1]
    for t in (
        "payment_intent.created",
        "charge.succeeded",
        "payment_intent.succeeded",
        "invoice_payment.paid",
        "invoice.paid",
        "invoice.payment_succeeded",
    ):
        assert t in types
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.invoices.pay(inv.id, {"payment_method": "pm_card_visa"})


@pytest.mark.parametrize(
    ("pm", "code", "decline", "advice"),
    [
        ("pm_card_chargeDeclined", "card_declined", "generic_decline", "try_again_later"),
        (
            "pm_card_chargeDeclinedInsufficientFunds",
            "card_declined",
            "insufficient_funds",
            "try_again_later",
        ),
        ("pm_card_chargeDeclinedExpiredCard", "expired_card", "expired_card", "confirm_card_data"),
        ("pm_card_chargeDeclinedStolenCard", "card_declined", "stolen_card", "do_not_try_again"),
    ],
)
def test_declines(
    client: stripe.StripeClient,
    server: StripeServer,
    pm: str,
    code: str,
    decline: str,
    advice: str,
) -> None:
    _, inv = _open_invoice(client)
    with pytest.raises(stripe.CardError) as e:
        client.v1.invoices.pay(inv.id, {"payment_method": pm})
    err = e.value
    assert err.http_status == 402
    assert err.code == code
    assert err.error is not None
    assert err.error.decline_code == decline
    assert err.error.advice_code == advice
    assert err.error.type == "card_error"
    assert err.error.payment_intent is not None
    pi = client.v1.payment_intents.retrieve(err.error.payment_intent.id)
    assert pi.status == "requires_payment_method"
    assert pi.last_payment_error is not None
    assert pi.last_payment_error.decline_code == decline
    assert pi.last_payment_error.advice_code == advice
    after = client.v1.invoices.retrieve(inv.id)
    assert (after.status, after.attempt_count, after.attempted) == ("open", 1, True)
    assert len(server.events("invoice.payment_failed")) == 1
    assert len(server.events("charge.failed")) == 1
    # a retry with a good card reuses the PaymentIntent
    ok = client.v1.invoices.pay(inv.id, {"payment_method": "pm_card_visa"})
    assert ok.status == "paid" and ok.attempt_count == 2
    assert client.v1.payment_intents.retrieve(pi.id).status == "succeeded"
    assert len(client.v1.charges.list().data) == 2


def test_authentication_required(client: stripe.StripeClient) -> None:
    _, inv = _open_invoice(client)
    with pytest.raises(stripe.CardError) as e:
        client.v1.invoices.pay(
            inv.id, {"payment_method": "pm_card_authenticationRequired", "off_session": True}
        )
    assert e.value.code == "authentication_required"
    assert e.value.error is not None and e.value.error.decline_code == "authentication_required"
    with pytest.raises(stripe.CardError) as e:
        client.v1.invoices.pay(inv.id, {"payment_method": "pm_card_authenticationRequired"})
    assert e.value.code == "invoice_payment_intent_requires_action"


def test_default_payment_method_fallback_and_errors(
    client: stripe.StripeClient, server: StripeServer
) -> None:
    _, inv = _open_invoice(client, invoice_settings={"default_payment_method": "pm_card_visa"})
    assert client.v1.invoices.pay(inv.id).status == "paid"
    _, inv2 = _open_invoice(client)
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.invoices.pay(inv2.id)
    assert "default payment method" in (e.value.user_message or "")
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.invoices.pay(inv2.id, {"payment_method": "pm_nope"})
    assert e.value.code == "resource_missing" and e.value.param == "payment_method"
    server.register_payment_method("pm_custom_declines", "lost_card")
    with pytest.raises(stripe.CardError) as ce:
        client.v1.invoices.pay(inv2.id, {"payment_method": "pm_custom_declines"})
    assert ce.value.error is not None and ce.value.error.decline_code == "lost_card"


def test_paid_out_of_band_and_void_cancels_open_payment(client: stripe.StripeClient) -> None:
    _, inv = _open_invoice(client, amount=1234)
    oob = client.v1.invoices.pay(inv.id, {"paid_out_of_band": True})
    assert (oob.status, oob.amount_paid, oob.amount_remaining) == ("paid", 1234, 0)
    assert oob.amount_paid_off_stripe == 1234
    _, inv2 = _open_invoice(client)
    with pytest.raises(stripe.CardError):
        client.v1.invoices.pay(inv2.id, {"payment_method": "pm_card_chargeDeclined"})
    client.v1.invoices.void_invoice(inv2.id)
    pays = client.v1.invoice_payments.list({"invoice": inv2.id}).data
    assert pays[0].status == "canceled"
    assert isinstance(pays[0].payment.payment_intent, str)
    assert client.v1.payment_intents.retrieve(pays[0].payment.payment_intent).status == "canceled"


def test_uncollectible_invoice_can_still_be_paid(client: stripe.StripeClient) -> None:
    _, inv = _open_invoice(client)
    client.v1.invoices.mark_uncollectible(inv.id)
    assert client.v1.invoices.pay(inv.id, {"payment_method": "pm_card_visa"}).status == "paid"
