"""Payment retries against the local server: the schedule, decline classification, stopping."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from desktop_invoicer.domain.invoice import CollectionMethod
from desktop_invoicer.domain.units import UnitStatus, retry_unit_id
from desktop_invoicer.stripe_server import StripeServer

from .conftest import Desktop, LinkedClock, local_customer_id, monthly_schedule, stripe_customer

ISSUED = date(2026, 1, 10)  # retries on the 13th, 17th and 24th (3, 7 and 14 days later)
CARD = "pm_card_on_file"


def charged(desktop: Desktop, server: StripeServer, clock: LinkedClock, decline: str | None) -> str:
    """A schedule charging a saved card that declines with ``decline``; its invoice's id."""
    server.register_payment_method(CARD, decline_code=decline)
    cus = stripe_customer(server, invoice_settings={"default_payment_method": CARD})
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
    report = desktop.run()
    assert report.ok, report.summary
    (invoice,) = [i for i in server.objects("invoice") if i["customer"] == cus]
    return str(invoice["id"])


def charges(server: StripeServer, invoice_id: str) -> list[dict[str, Any]]:
    customer = server.get("invoice", invoice_id)
    assert customer is not None
    return [c for c in server.objects("charge") if c["customer"] == customer["customer"]]


def test_a_soft_decline_is_retried_on_schedule_until_paid(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    invoice_id = charged(desktop, server, clock, "insufficient_funds")
    first = desktop.db.job_runs.recent()[0].summary
    assert first == (
        "Created 1 invoice for January 2026. "
        "1 new invoice could not be charged: Your card has insufficient funds."
    )
    clock.to_day(date(2026, 1, 12))
    assert desktop.run().summary == "Nothing was due."
    clock.to_day(date(2026, 1, 13))
    assert desktop.run().summary == "Retried 1 payment: 1 declined and will be retried."
    unit = desktop.db.job_units.get(retry_unit_id(invoice_id, 1))
    assert (
        unit.result["group"] == "retry_later"
        and unit.result["decline_code"] == "insufficient_funds"
    )
    assert unit.result["next_attempt"] == "2026-01-17"
    assert "2026-01-17" in unit.result["for_customer"]
    assert desktop.run().summary == "Nothing was due."  # once per attempt

    server.register_payment_method(CARD, decline_code=None)  # the customer topped up
    clock.to_day(date(2026, 1, 17))
    assert desktop.run().summary == "Retried 1 payment: 1 paid."
    assert server.get("invoice", invoice_id)["status"] == "paid"  # type: ignore[index]
    clock.to_day(date(2026, 1, 24))
    assert desktop.run().summary == "Nothing was due."
    assert [c["status"] for c in charges(server, invoice_id)] == ["succeeded", "failed", "failed"]


@pytest.mark.parametrize("decline", ["stolen_card", "authentication_required"])
def test_a_decline_stripe_never_retries_is_not_retried(
    desktop: Desktop, server: StripeServer, clock: LinkedClock, decline: str
) -> None:
    invoice_id = charged(desktop, server, clock, decline)
    for day in (13, 17, 24):
        clock.to_day(date(2026, 1, day))
        assert desktop.run().summary == "Nothing was due."
    assert len(charges(server, invoice_id)) == 1
    assert (
        desktop.db.job_units.for_invoice(invoice_id, kind=None)[0].result["payment"]["decline_code"]
        == decline
    )


def test_a_retry_that_needs_the_customer_stops_the_schedule(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    invoice_id = charged(desktop, server, clock, "insufficient_funds")
    server.register_payment_method(CARD, decline_code="expired_card")
    clock.to_day(date(2026, 1, 13))
    assert desktop.run().summary == (
        "Retried 1 payment: 1 needs the customer "
        "(The card has expired; the customer must add a new one.)."
    )
    unit = desktop.db.job_units.get(retry_unit_id(invoice_id, 1))
    assert unit.status is UnitStatus.DONE and unit.result["group"] == "needs_customer"
    assert unit.result["for_customer"].startswith("The card on file has expired.")
    for day in (17, 24):
        clock.to_day(date(2026, 1, day))
        assert desktop.run().summary == "Nothing was due."
    assert len(charges(server, invoice_id)) == 2


def test_after_downtime_only_the_latest_due_retry_runs(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    invoice_id = charged(desktop, server, clock, "processing_error")
    clock.to_day(date(2026, 1, 20))
    report = desktop.run()
    assert report.summary == (
        "Retried 1 payment: 1 declined and will be retried. Skipped 1 payment retry."
    )
    assert desktop.db.job_units.get(retry_unit_id(invoice_id, 1)).status is UnitStatus.SKIPPED
    assert desktop.db.job_units.get(retry_unit_id(invoice_id, 2)).status is UnitStatus.DONE
    assert len(charges(server, invoice_id)) == 2


def test_an_invoice_paid_elsewhere_is_not_charged_again(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    invoice_id = charged(desktop, server, clock, "insufficient_funds")
    server.dashboard_action("invoice", invoice_id, "pay", paid_out_of_band=True)
    clock.to_day(date(2026, 1, 13))
    assert desktop.run().summary == "Nothing was due."
    assert len(charges(server, invoice_id)) == 1


def test_a_retry_whose_answer_was_lost_is_not_charged_twice(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    invoice_id = charged(desktop, server, clock, "insufficient_funds")
    server.register_payment_method(CARD, decline_code=None)
    # the charge goes through, the connection drops before the answer: the client
    # retries with the same key and Stripe replays the first answer
    server.faults.drop_next(2, method="POST", path=f"/v1/invoices/{invoice_id}/pay", after=True)
    clock.to_day(date(2026, 1, 13))
    assert desktop.run().summary == "Retried 1 payment: 1 paid."
    assert [c["status"] for c in charges(server, invoice_id)] == ["succeeded", "failed"]
