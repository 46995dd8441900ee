"""The late-fee job against the local server: one fee per invoice per period, ever; waivers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.late_fees import (
    FeeApplication,
    FeeCadence,
    FeeKind,
    LateFeePolicy,
    late_fee_unit_id,
)
from desktop_invoicer.domain.units import UnitStatus
from desktop_invoicer.jobs import late_fees
from desktop_invoicer.jobs.runner import JobRunner
from desktop_invoicer.stripe_server import StripeServer
from tests.jobs.clocks import LinkedClock
from tests.jobs.conftest import Desktop, local_customer_id, monthly_schedule, stripe_customer

ISSUED = date(2026, 1, 10)  # EUR 229.00, due 30 days later: 2026-02-09
TOTAL = 4900 + 2 * 9000

FIXED = LateFeePolicy(
    id="fixed",
    name="EUR 25 once",
    kind=FeeKind.FIXED,
    fixed_minor=2500,
    currency=currency("EUR"),
    grace_days=5,
    is_default=True,
)


def billed(desktop: Desktop, server: StripeServer, clock: LinkedClock) -> dict[str, Any]:
    cus = stripe_customer(server)
    desktop.sync()
    desktop.db.schedules.save(
        monthly_schedule(local_customer_id(desktop.db, cus), ISSUED, count=1, id="one")
    )
    clock.to_day(ISSUED)
    assert desktop.run().ok
    (invoice,) = [i for i in server.objects("invoice") if i["customer"] == cus]
    return invoice


def fee_items(server: StripeServer, invoice: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        o
        for o in server.objects("invoiceitem")
        if not o.get("deleted")
        and (o.get("metadata") or {}).get("desktop_invoicer_late_fee") == invoice["id"]
    ]


def test_a_fee_is_charged_once_across_restarts_and_desktops(
    make_desktop: Callable[[str], Desktop], server: StripeServer, clock: LinkedClock
) -> None:
    a = make_desktop("a")
    invoice = billed(a, server, clock)
    a.db.late_fee_policies.save(FIXED)
    stale = make_desktop("stale")  # like a backup restored from before the fee
    stale.db.late_fee_policies.save(FIXED)
    stale.sync()
    clock.to_day(date(2026, 2, 14))  # within the 5 days' grace
    assert a.run().summary == "Nothing was due."
    clock.to_day(date(2026, 2, 15))
    assert a.run().summary == "Charged 1 late fee."
    (item,) = fee_items(server, invoice)
    unit_id = late_fee_unit_id(invoice["id"], 1)
    assert item["amount"] == 2500 and item["currency"] == "eur" and item["invoice"] is None
    assert item["metadata"]["desktop_invoicer_unit"] == unit_id
    assert item["customer"] == invoice["customer"]
    unit = a.db.job_units.get(unit_id)
    assert unit.status is UnitStatus.DONE and unit.stripe_ids["invoice_item"] == item["id"]

    a.runner = JobRunner(a.db, clock, a.engine.sender)  # a restart
    clock.to_day(date(2026, 3, 20))
    assert a.run().summary == "Nothing was due."  # cadence once
    b = make_desktop("b")  # a second desktop on the same account, with no history
    b.db.late_fee_policies.save(FIXED)
    assert b.run().summary == "Nothing was due."  # the invoice's metadata names the fee
    assert stale.run(sync=False).ok  # its cache predates the fee: it plans it...
    assert stale.db.job_units.get(unit_id).status is UnitStatus.DONE  # ...and finds it
    assert len(fee_items(server, invoice)) == 1


def test_a_monthly_percentage_stops_at_the_cap(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    invoice = billed(desktop, server, clock)
    desktop.db.late_fee_policies.save(
        LateFeePolicy(
            id="monthly",
            name="1.5 % a month",
            basis_points=150,
            cadence=FeeCadence.MONTHLY,
            cap_minor=800,
            currency=currency("EUR"),
            is_default=True,
        )
    )
    amounts = []
    for day in (date(2026, 2, 10), date(2026, 3, 10), date(2026, 4, 10), date(2026, 5, 10)):
        clock.to_day(day)
        desktop.run()
        amounts = sorted(i["amount"] for i in fee_items(server, invoice))
    fee = round(TOTAL * 0.015)  # 344: half away from zero of 343.5
    assert amounts == [800 - 2 * fee, fee, fee]  # the third is what the cap leaves
    units = desktop.db.late_fees.for_invoice(invoice["id"])
    assert [u.status for u in units] == [UnitStatus.DONE] * 3 + [UnitStatus.SKIPPED]
    assert units[-1].result["reason"] == "cap_reached"


def test_a_waived_fee_is_deleted_in_stripe_and_the_reason_audited(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    invoice = billed(desktop, server, clock)
    desktop.db.late_fee_policies.save(FIXED)
    clock.to_day(date(2026, 2, 20))
    desktop.run()
    (_item,) = fee_items(server, invoice)
    unit_id = late_fee_unit_id(invoice["id"], 1)
    with pytest.raises(ValueError, match="Say why"):
        late_fees.waive(desktop.db, unit_id, "  ")
    late_fees.waive(desktop.db, unit_id, "Long-standing client, first delay")
    desktop.sync()  # the outbox sends the removal
    assert fee_items(server, invoice) == []
    desktop.run()
    waiver = desktop.db.late_fees.waiver(unit_id)
    assert waiver is not None and waiver.state == "removed"
    (entry,) = desktop.db.audit.entries("late_fee", unit_id)
    assert entry.action == "waive" and entry.after["reason"] == "Long-standing client, first delay"
    assert entry.before["amount"] == 2500
    with pytest.raises(ValueError, match="waived already"):
        late_fees.waive(desktop.db, unit_id, "again")
    assert desktop.db.late_fees.charged_by_invoice().get(invoice["id"], 0) == 0


def test_a_fee_waived_before_sending_is_never_sent(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    invoice = billed(desktop, server, clock)
    desktop.db.late_fee_policies.save(FIXED)
    clock.to_day(date(2026, 2, 20))
    offline = JobRunner(desktop.db, clock, sender=None)
    offline.run_due()  # the unit is queued in the outbox, not sent
    unit_id = late_fee_unit_id(invoice["id"], 1)
    assert desktop.db.job_units.get(unit_id).status is UnitStatus.RUNNING
    late_fees.waive(desktop.db, unit_id, "Agreed by phone")
    desktop.run()  # the fee goes out, then its removal, in order
    assert fee_items(server, invoice) == []


def test_a_separate_fee_invoice_is_sent_and_voided_when_waived(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    invoice = billed(desktop, server, clock)
    desktop.db.late_fee_policies.save(replace(FIXED, application=FeeApplication.SEPARATE_INVOICE))
    clock.to_day(date(2026, 2, 20))
    assert desktop.run().summary == "Charged 1 late fee."
    unit_id = late_fee_unit_id(invoice["id"], 1)
    fees = [
        i
        for i in server.objects("invoice")
        if (i.get("metadata") or {}).get("desktop_invoicer_unit") == unit_id
    ]
    (fee,) = fees
    assert fee["status"] == "open" and fee["total"] == 2500
    assert any(s["invoice"] == fee["id"] for s in server.sent_invoices)
    assert desktop.run().summary == "Nothing was due."  # no fee on the fee invoice
    late_fees.waive(desktop.db, unit_id, "Bank error on their side")
    desktop.sync()
    assert (
        server.objects("invoice")
        and next(i for i in server.objects("invoice") if i["id"] == fee["id"])["status"] == "void"
    )


def test_paid_and_disputed_invoices_are_not_charged(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    invoice = billed(desktop, server, clock)
    desktop.db.late_fee_policies.save(FIXED)
    server.dashboard_action("invoice", invoice["id"], "pay", paid_out_of_band=True)
    clock.to_day(date(2026, 2, 20))
    assert desktop.run().summary == "Nothing was due."
    assert fee_items(server, invoice) == []


def test_an_invoice_under_dispute_gets_no_fee_until_the_dispute_ends(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    invoice = billed(desktop, server, clock)
    desktop.db.late_fee_policies.save(FIXED)
    dispute = {"id": "dp_1", "invoice": invoice["id"], "status": "needs_response", "amount": 1}
    desktop.db.disputes.upsert(dispute)
    clock.to_day(date(2026, 2, 20))
    assert desktop.run(sync=False).summary == "Nothing was due."
    assert fee_items(server, invoice) == []
    desktop.db.disputes.upsert({**dispute, "status": "won"})
    assert desktop.run(sync=False).summary == "Charged 1 late fee."


def test_a_waived_fee_already_on_a_finalized_invoice_is_credited(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    invoice = billed(desktop, server, clock)
    desktop.db.late_fee_policies.save(FIXED)
    clock.to_day(date(2026, 2, 20))
    desktop.run()
    nxt = server.dashboard_create(  # the customer's next invoice picks the fee up
        "invoice",
        customer=invoice["customer"],
        currency="eur",
        collection_method="send_invoice",
        days_until_due=30,
        pending_invoice_items_behavior="include",
    )
    nxt = server.dashboard_action("invoice", nxt["id"], "finalize")
    assert nxt["total"] == 2500
    desktop.sync()
    unit_id = late_fee_unit_id(invoice["id"], 1)
    late_fees.waive(desktop.db, unit_id, "Goodwill")
    desktop.sync()
    (note,) = [n for n in server.objects("credit_note") if n["invoice"] == nxt["id"]]
    assert note["amount"] == 2500 and note["metadata"]["desktop_invoicer_waiver"] == unit_id
    assert note["memo"] == "Late fee waived: Goodwill"
    desktop.run()
    waiver = desktop.db.late_fees.waiver(unit_id)
    assert waiver is not None and waiver.state == "credited"


def test_a_fee_waived_on_one_desktop_is_not_charged_again_by_another(
    make_desktop: Callable[[str], Desktop], server: StripeServer, clock: LinkedClock
) -> None:
    a = make_desktop("a")
    invoice = billed(a, server, clock)
    a.db.late_fee_policies.save(FIXED)
    clock.to_day(date(2026, 2, 20))
    a.run()
    late_fees.waive(a.db, late_fee_unit_id(invoice["id"], 1), "Agreed with the owner")
    a.sync()
    assert fee_items(server, invoice) == []
    assert (
        server_invoice(server, invoice["id"])["metadata"]["desktop_invoicer_late_fee_p1"]
        == "waived"
    )
    b = make_desktop("b")  # knows nothing of the fee or the waiver
    b.db.late_fee_policies.save(FIXED)
    assert b.run().summary == "Nothing was due."  # the invoice says the period is waived
    assert fee_items(server, invoice) == []


def server_invoice(server: StripeServer, invoice_id: str) -> dict[str, Any]:
    return next(i for i in server.objects("invoice") if i["id"] == invoice_id)
