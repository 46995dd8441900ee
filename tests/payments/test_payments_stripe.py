"""Payments outside Stripe, overpayments and payment plans, sent to the local server."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import stripe

from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.payment_plans import Collection, Frequency, even_split
from desktop_invoicer.domain.status import InvoiceStatus
from desktop_invoicer.domain.validation import ValidationError
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync import payments_changes
from tests.jobs.clocks import LinkedClock
from tests.jobs.conftest import KEY, Desktop, local_customer_id, monthly_schedule, stripe_customer

ISSUED = date(2026, 1, 10)
TOTAL = 4900 + 2 * 9000  # EUR 229.00


def billed(desktop: Desktop, server: StripeServer, clock: LinkedClock) -> tuple[str, str]:
    """(local id, Stripe id) of an open EUR 229.00 invoice."""
    cus = stripe_customer(server)
    desktop.sync()
    desktop.db.schedules.save(
        monthly_schedule(local_customer_id(desktop.db, cus), ISSUED, count=1, id="one")
    )
    clock.to_day(ISSUED)
    assert desktop.run().ok
    (invoice,) = [i for i in server.objects("invoice") if i["customer"] == cus]
    local = desktop.db.invoices.get_by_stripe_id(invoice["id"])
    assert local is not None
    return local.id, invoice["id"]


def remote(server: StripeServer, kind: str, oid: str) -> dict[str, Any]:
    return next(o for o in server.objects(kind) if o["id"] == oid)


def pay(desktop: Desktop, invoice_id: str, minor: int, reference: str = "") -> None:
    payments_changes.record_payment(
        desktop.db,
        invoice_id,
        Money.of(minor, "EUR"),
        date(2026, 1, 20),
        "bank_transfer",
        reference,
        connected=True,
    )


def test_a_partial_transfer_is_a_credit_note_and_the_rest_stays_owed(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    local, sid = billed(desktop, server, clock)
    pay(desktop, local, 10_000, "SEPA-778")
    # before the sync, the amount remaining already counts the payment
    assert desktop.db.offline_payments.amount_remaining(local) == TOTAL - 10_000
    desktop.sync()
    (note,) = [n for n in server.objects("credit_note") if n["invoice"] == sid]
    assert note["amount"] == 10_000 and note["out_of_band_amount"] is None
    assert note["memo"] == "Payment received by bank transfer on 2026-01-20, reference SEPA-778"
    assert remote(server, "invoice", sid)["amount_remaining"] == TOTAL - 10_000
    assert desktop.db.offline_payments.amount_remaining(local) == TOTAL - 10_000  # not twice
    (entry,) = [
        e for e in desktop.db.audit.entries("invoice", local) if e.action == "record_payment"
    ]
    assert entry.after["reference"] == "SEPA-778" and entry.after["applied"] == 10_000

    pay(desktop, local, TOTAL - 10_000)  # the rest: the invoice is paid out of band
    desktop.sync()
    assert remote(server, "invoice", sid)["status"] == "paid"
    assert desktop.db.invoices.get(local).status is InvoiceStatus.PAID
    assert desktop.db.offline_payments.amount_remaining(local) == 0


def test_an_overpayment_becomes_customer_credit(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    local, sid = billed(desktop, server, clock)
    pay(desktop, local, TOTAL + 1_234, "CHQ 100045")
    (payment,) = desktop.db.offline_payments.for_invoice(local)
    assert (payment.applied.minor, payment.overpaid.minor) == (TOTAL, 1_234)
    desktop.sync()
    invoice = remote(server, "invoice", sid)
    assert invoice["status"] == "paid"
    customer = remote(server, "customer", invoice["customer"])
    assert customer["balance"] == -1_234  # negative: credit for the next invoice
    txns = [o for o in server.objects("customer_balance_transaction")]
    assert [(t["amount"], t["currency"]) for t in txns] == [(-1_234, "eur")]
    desktop.sync()  # a second delivery changes nothing
    assert len(server.objects("customer_balance_transaction")) == 1


def test_bad_payments_are_refused_at_the_field(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    local, _ = billed(desktop, server, clock)
    with pytest.raises(ValidationError) as info:
        pay(desktop, local, 0)
    assert info.value.for_field("amount") == "Enter an amount above zero."
    with pytest.raises(ValidationError) as info:
        payments_changes.record_payment(
            desktop.db, local, Money.of(100, "USD"), date(2026, 1, 1), "cheque", connected=True
        )
    assert info.value.for_field("amount") == "This invoice is in EUR."
    assert desktop.db.offline_payments.for_invoice(local) == []


def test_a_plan_of_three_instalments_becomes_three_stripe_invoices(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    local, sid = billed(desktop, server, clock)
    assert desktop.db.offline_payments.amount_remaining(local) == TOTAL
    parts = even_split(Money.of(TOTAL, "EUR"), 3, date(2026, 2, 1), Frequency.MONTHLY)
    plan = payments_changes.save_plan(desktop.db, local, Collection.EMAIL, parts, connected=True)
    desktop.sync()
    desktop.sync()  # a second delivery changes nothing
    made = [
        i
        for i in server.objects("invoice")
        if (i.get("metadata") or {}).get("desktop_invoicer_plan") == plan.id
    ]
    assert sorted(i["total"] for i in made) == [7633, 7633, 7634]
    assert sum(i["total"] for i in made) == TOTAL
    assert {i["status"] for i in made} == {"open"}
    assert remote(server, "invoice", sid)["amount_remaining"] == 0  # moved to the plan
    stored = desktop.db.payment_plans.get(plan.id)
    assert set(stored.stripe_invoices) == {i["id"] for i in made}
    with pytest.raises(ValueError, match="already has a payment plan"):
        desktop.db.payment_plans.add(local, sid, Money.of(TOTAL, "EUR"), Collection.EMAIL, parts)


def test_balance_transactions_on_the_local_server(server: StripeServer) -> None:
    client = stripe.StripeClient(KEY, base_addresses={"api": server.url})
    cus = client.v1.customers.create({"name": "Credit Co"})
    txn = client.v1.customers.balance_transactions.create(
        cus.id, {"amount": -500, "currency": "usd", "metadata": {"k": "v"}}
    )
    assert (txn.amount, txn.ending_balance, txn.type) == (-500, -500, "adjustment")
    assert client.v1.customers.retrieve(cus.id).balance == -500
    listed = client.v1.customers.balance_transactions.list(cus.id)
    assert [t.id for t in listed.data] == [txn.id]
    again = client.v1.customers.balance_transactions.retrieve(cus.id, txn.id)
    assert again.metadata is not None and again.metadata["k"] == "v"
    with pytest.raises(stripe.InvalidRequestError, match="not be zero"):
        client.v1.customers.balance_transactions.create(cus.id, {"amount": 0, "currency": "usd"})
    with pytest.raises(stripe.InvalidRequestError, match="balance is in usd"):
        client.v1.customers.balance_transactions.create(cus.id, {"amount": 5, "currency": "eur"})


CARD = "pm_card_on_file"


def test_automatic_instalments_are_charged_once_on_their_day(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    server.register_payment_method(CARD, decline_code=None)
    cus = stripe_customer(server, "Card Co", invoice_settings={"default_payment_method": CARD})
    desktop.sync()
    desktop.db.schedules.save(
        monthly_schedule(local_customer_id(desktop.db, cus), ISSUED, count=1, id="one")
    )
    clock.to_day(ISSUED)
    assert desktop.run().ok
    (invoice,) = [i for i in server.objects("invoice") if i["customer"] == cus]
    local = desktop.db.invoices.get_by_stripe_id(invoice["id"])
    assert local is not None
    parts = even_split(Money.of(TOTAL, "EUR"), 3, date(2026, 1, 20), Frequency.MONTHLY)
    plan = payments_changes.save_plan(
        desktop.db, local.id, Collection.AUTOMATIC, parts, connected=True
    )
    desktop.sync()
    made = {i["id"]: i for i in server.objects("invoice") if i["id"] in plan_ids(desktop, plan.id)}
    assert {i["status"] for i in made.values()} == {"draft"}  # each waits for its day
    assert {i["collection_method"] for i in made.values()} == {"charge_automatically"}

    clock.to_day(date(2026, 1, 19))
    assert desktop.run().summary == "Nothing was due."
    clock.to_day(date(2026, 1, 20))
    assert desktop.run().summary == "Collected 1 plan instalment."
    first, second, third = plan_ids(desktop, plan.id)
    assert remote(server, "invoice", first)["status"] == "paid"
    assert remote(server, "invoice", second)["status"] == "draft"
    assert desktop.run().summary == "Nothing was due."  # once

    server.register_payment_method(CARD, decline_code="insufficient_funds")
    clock.to_day(date(2026, 2, 20))
    summary = desktop.run().summary
    assert summary.startswith("The charge of instalment 2/3 (EUR 76.33) was declined")
    assert remote(server, "invoice", second)["status"] == "open"  # the retries take it on
    assert remote(server, "invoice", third)["status"] == "draft"


def plan_ids(desktop: Desktop, plan_id: str) -> list[str]:
    return [str(s) for s in desktop.db.payment_plans.get(plan_id).stripe_invoices]
