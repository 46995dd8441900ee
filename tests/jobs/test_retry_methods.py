"""Other saved payment methods: tried once each when a decline needs the customer."""

from __future__ import annotations

from datetime import date

from desktop_invoicer.domain.invoice import CollectionMethod
from desktop_invoicer.domain.units import UnitStatus, retry_unit_id
from desktop_invoicer.stripe_server import StripeServer

from .clocks import LinkedClock
from .conftest import Desktop, local_customer_id, monthly_schedule, stripe_customer
from .test_retries import CARD, ISSUED, charges


def customer_with_cards(server: StripeServer, decline: str | None, *others: str) -> str:
    """A customer whose default card declines with ``decline``, and other saved cards."""
    server.register_payment_method(CARD, decline_code=decline)
    cus = stripe_customer(server, invoice_settings={"default_payment_method": CARD})
    for method in (CARD, *others):
        server.call("POST", f"/v1/payment_methods/{method}/attach", {"customer": cus})
    return cus


def schedule(desktop: Desktop, clock: LinkedClock, cus: str, server: StripeServer) -> str:
    desktop.sync()
    desktop.db.schedules.save(
        monthly_schedule(
            local_customer_id(desktop.db, cus),
            ISSUED,
            count=1,
            id="card",
            collection_method=CollectionMethod.CHARGE_AUTOMATICALLY,
        )
    )
    clock.to_day(ISSUED)
    desktop.run()
    (invoice,) = [i for i in server.objects("invoice") if i["customer"] == cus]
    return str(invoice["id"])


def test_the_first_charge_falls_back_to_another_saved_card(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    cus = customer_with_cards(server, "expired_card", "pm_card_mastercard")
    invoice_id = schedule(desktop, clock, cus, server)
    paid = server.get("invoice", invoice_id)
    assert paid is not None and paid["status"] == "paid"
    assert [c["status"] for c in charges(server, invoice_id)] == ["succeeded", "failed"]
    assert [c["payment_method"] for c in charges(server, invoice_id)] == [
        "pm_card_mastercard",
        CARD,
    ]
    for day in (13, 17, 24):  # nothing to retry
        clock.to_day(date(2026, 1, day))
        assert desktop.run().summary == "Nothing was due."


def test_a_retry_tries_each_other_card_once_until_one_pays(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    # newest first: the lost card is tried before the Visa
    cus = customer_with_cards(
        server, "insufficient_funds", "pm_card_visa", "pm_card_chargeDeclinedLostCard"
    )
    invoice_id = schedule(desktop, clock, cus, server)
    assert len(charges(server, invoice_id)) == 1  # a soft decline: no fallback, a retry later
    server.register_payment_method(CARD, decline_code="expired_card")
    clock.to_day(date(2026, 1, 13))
    report = desktop.run()
    assert report.summary == "Retried 1 payment: 1 paid.", report.summary
    unit = desktop.db.job_units.get(retry_unit_id(invoice_id, 1))
    assert unit.status is UnitStatus.DONE and unit.result["payment_method"] == "pm_card_visa"
    tried = [c["payment_method"] for c in reversed(charges(server, invoice_id))]
    assert tried == [CARD, CARD, "pm_card_chargeDeclinedLostCard", "pm_card_visa"]
    clock.to_day(date(2026, 1, 17))
    assert desktop.run().summary == "Nothing was due."
    assert len(charges(server, invoice_id)) == 4


def test_when_no_other_card_pays_the_retries_stop(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    cus = customer_with_cards(server, "expired_card", "pm_card_chargeDeclinedStolenCard")
    invoice_id = schedule(desktop, clock, cus, server)
    assert [c["payment_method"] for c in reversed(charges(server, invoice_id))] == [
        CARD,
        "pm_card_chargeDeclinedStolenCard",
    ]
    for day in (13, 17, 24):
        clock.to_day(date(2026, 1, day))
        assert desktop.run().summary == "Nothing was due."
    assert len(charges(server, invoice_id)) == 2
