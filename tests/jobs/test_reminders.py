"""Payment reminders against the local server: each step once, never for a paid invoice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from desktop_invoicer.domain.reminders import ReminderPolicy, ReminderStep, Tone, default_policy
from desktop_invoicer.domain.units import UnitStatus, reminder_unit_id
from desktop_invoicer.jobs.runner import JobRunner
from desktop_invoicer.stripe_server import StripeServer

from .conftest import Desktop, LinkedClock, local_customer_id, monthly_schedule, stripe_customer

ISSUED = date(2026, 1, 10)  # due 30 days later: 2026-02-09


def billed(desktop: Desktop, server: StripeServer, clock: LinkedClock) -> dict[str, Any]:
    """An open invoice, created and sent by a schedule on ISSUED; reminders switched on."""
    cus = stripe_customer(server)
    desktop.sync()
    desktop.db.schedules.save(
        monthly_schedule(local_customer_id(desktop.db, cus), ISSUED, count=1, id="one")
    )
    clock.to_day(ISSUED)
    assert desktop.run().ok
    desktop.db.reminder_policies.save(replace(default_policy(), enabled=True))
    (invoice,) = [i for i in server.objects("invoice") if i["customer"] == cus]
    return invoice


def emails(server: StripeServer, invoice: dict[str, Any]) -> int:
    return sum(1 for s in server.sent_invoices if s["invoice"] == invoice["id"])


def test_each_step_is_sent_once_across_restarts_and_stops_when_paid(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    invoice = billed(desktop, server, clock)
    assert emails(server, invoice) == 1  # the invoice itself
    clock.to_day(date(2026, 2, 5))
    assert desktop.run().summary == "Nothing was due."
    clock.to_day(date(2026, 2, 6))  # 3 days before the due date
    assert desktop.run().summary == "Sent 1 reminder."
    assert emails(server, invoice) == 2
    (sent,) = desktop.db.reminder_sends.for_invoice(invoice["id"])
    assert (sent.step, sent.tone, sent.channel) == ("d-3", Tone.FRIENDLY, "stripe_email")
    assert sent.subject == f"Invoice {invoice['number']} is due on 2026-02-09"
    assert "EUR 229.00" in sent.body and "/i/" in sent.body  # amount and payment link

    clock.advance(hours=6)
    assert desktop.run().summary == "Nothing was due."
    desktop.runner = JobRunner(desktop.db, clock, desktop.engine.sender)  # a restart
    assert desktop.run().summary == "Nothing was due."
    assert emails(server, invoice) == 2

    clock.to_day(date(2026, 2, 10))
    assert desktop.run().summary == "Sent 1 reminder."
    server.dashboard_action("invoice", invoice["id"], "pay", paid_out_of_band=True)
    for day in (date(2026, 2, 16), date(2026, 2, 23)):
        clock.to_day(day)
        assert desktop.run().summary == "Nothing was due."
    assert emails(server, invoice) == 3
    assert [s.step for s in desktop.db.reminder_sends.for_invoice(invoice["id"])] == ["d-3", "d+1"]


def test_an_invoice_paid_after_its_reminder_was_queued_gets_none(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    invoice = billed(desktop, server, clock)
    clock.to_day(date(2026, 2, 6))
    offline = JobRunner(desktop.db, clock, sender=None)  # queues, sends nothing
    assert "1 job waits to be sent to Stripe" in offline.run_due().summary
    server.dashboard_action("invoice", invoice["id"], "pay", paid_out_of_band=True)
    report = desktop.run(sync=False)  # the cache still says open; Stripe says paid
    assert report.summary == "Did not send 1 reminder: invoice paid."
    assert emails(server, invoice) == 1
    unit = desktop.db.job_units.get(reminder_unit_id(invoice["id"], "d-3"))
    assert unit.status is UnitStatus.SKIPPED and unit.result["reason"] == "paid"


def test_after_downtime_only_the_latest_step_is_sent(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    invoice = billed(desktop, server, clock)
    clock.to_day(date(2026, 2, 17))
    report = desktop.run()
    assert report.summary == (
        "Sent 1 reminder. Skipped 2 older reminder steps (only the latest is sent)."
    )
    assert [s.step for s in desktop.db.reminder_sends.for_invoice(invoice["id"])] == ["d+7"]
    assert emails(server, invoice) == 2


def test_a_second_desktop_sees_the_step_sent(
    desktop: Desktop,
    make_desktop: Callable[[str], Desktop],
    server: StripeServer,
    clock: LinkedClock,
) -> None:
    invoice = billed(desktop, server, clock)
    other = make_desktop("b")
    other.sync()
    other.db.reminder_policies.save(replace(default_policy(), enabled=True))
    clock.to_day(date(2026, 2, 6))
    assert desktop.run().summary == "Sent 1 reminder."
    clock.to_day(date(2026, 2, 8))  # Stripe has forgotten the key; the metadata marker has not
    assert other.run().summary == "Did not send 1 reminder: sent by another desktop."
    assert emails(server, invoice) == 2


def test_policies_per_customer(desktop: Desktop, server: StripeServer, clock: LinkedClock) -> None:
    invoice = billed(desktop, server, clock)
    customer = desktop.db.invoices.get_by_stripe_id(invoice["id"])
    assert customer is not None
    policies = desktop.db.reminder_policies
    policies.assign(customer.customer_id, None)  # no reminders for this customer
    clock.to_day(date(2026, 2, 6))
    assert desktop.run().summary == "Nothing was due."
    gentle = policies.save(
        ReminderPolicy("", "Gentle", steps=(ReminderStep(5, Tone.FRIENDLY),), enabled=True)
    )
    policies.assign(customer.customer_id, gentle.id)
    clock.to_day(date(2026, 2, 14))
    assert desktop.run().summary == "Sent 1 reminder."
    assert [s.step for s in desktop.db.reminder_sends.for_invoice(invoice["id"])] == ["d+5"]
    assert policies.policy_for(customer.customer_id) == gentle
