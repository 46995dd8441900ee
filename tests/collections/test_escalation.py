"""Escalation: overdue invoices go to the owner's list; disputes and escalations hold reminders."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from desktop_invoicer.domain.escalation import (
    EscalationPolicy,
    OverdueInvoice,
    escalation_reason,
    notice,
)
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.reminders import default_policy
from desktop_invoicer.jobs import escalation, reminders
from desktop_invoicer.jobs.clock import ManualClock
from desktop_invoicer.jobs.settings import JobSettings
from desktop_invoicer.storage import Database

from .helpers import add_customer, add_invoice

TODAY = date(2026, 1, 1)


def _overdue(days: int, minor: int, code: str = "USD") -> OverdueInvoice:
    from datetime import timedelta

    return OverdueInvoice("in_1", "INV-1", "Acme", Money.of(minor, code), TODAY - timedelta(days))


def test_the_policy_escalates_by_days_or_by_balance_in_its_currency() -> None:
    policy = EscalationPolicy(True, days_overdue=30, balance_thresholds={"USD": 1_000_00})
    assert escalation_reason(policy, _overdue(10, 500_00), TODAY) is None
    assert escalation_reason(policy, _overdue(30, 500_00), TODAY) == "30 days overdue"
    by_balance = escalation_reason(policy, _overdue(1, 1_000_00), TODAY)
    assert by_balance == "balance USD 1,000.00 is at least USD 1,000.00"
    assert escalation_reason(policy, _overdue(1, 5_000_00, "EUR"), TODAY) is None  # no EUR limit
    assert escalation_reason(policy, _overdue(0, 5_000_00), TODAY) is None  # not overdue yet
    assert escalation_reason(replace(policy, enabled=False), _overdue(90, 1), TODAY) is None


def test_the_notice_goes_to_the_tray_when_there_is_one_else_the_status_bar() -> None:
    one = notice([_overdue(40, 100)], tray_available=True)
    assert one is not None and one.channel == "tray" and "INV-1 for Acme" in one.text
    many = notice([_overdue(40, 100), _overdue(50, 100)], tray_available=False)
    assert many is not None and many.channel == "status" and many.text.startswith("2 overdue")
    assert notice([], tray_available=True) is None


def test_the_job_escalates_once_resolves_when_paid_and_pauses_reminders(db: Database) -> None:
    acme = add_customer(db, "Acme Ltd")
    late = add_invoice(
        db,
        acme,
        status="open",
        total=300_00,
        due=date(2025, 11, 1),
        stripe_id="in_late",
        number="INV-7",
    )
    add_invoice(db, acme, status="open", total=300_00, due=date(2025, 12, 25), stripe_id="in_new")
    assert escalation.run(db, ManualClock(datetime(2026, 1, 1, tzinfo=UTC))).escalated == []  # off
    db.escalations.save_policy(EscalationPolicy(True, days_overdue=30, pause_reminders=True))
    clock = ManualClock(datetime(2026, 1, 1, 9, tzinfo=UTC))
    first = escalation.run(db, clock)
    assert [i.invoice_ref for i in first.escalated] == ["in_late"]
    again = escalation.run(db, clock)
    assert again.escalated == [] and again.still_open == 1
    (row,) = db.escalations.list()
    assert (row.number, row.days_overdue, row.pause_reminders) == ("INV-7", 61, True)

    # Reminders: the escalated invoice is paused; the other one still gets its step.
    db.reminder_policies.save(replace(default_policy(), enabled=True))
    planned = reminders.plan(db, clock.now(), JobSettings())
    assert {u.invoice_ref for u in planned} == {"in_new"}
    db.escalations.set_pause("in_late", False)
    assert "in_late" in {u.invoice_ref for u in reminders.plan(db, clock.now(), JobSettings())}

    with db.transaction() as tx:
        tx.execute(
            "UPDATE invoices SET status = 'paid', amount_remaining = 0 WHERE id = ?", (late,)
        )
    assert escalation.run(db, clock).resolved == 1
    assert db.escalations.list() == []


def test_a_disputed_invoice_gets_no_reminders(db: Database) -> None:
    acme = add_customer(db, "Acme Ltd")
    add_invoice(db, acme, status="open", total=300_00, due=date(2025, 12, 20), stripe_id="in_dis")
    db.reminder_policies.save(replace(default_policy(), enabled=True))
    now = datetime(2026, 1, 1, 9, tzinfo=UTC)
    assert {u.invoice_ref for u in reminders.plan(db, now, JobSettings())} == {"in_dis"}
    db.disputes.upsert(
        {
            "id": "dp_1",
            "object": "dispute",
            "invoice": "in_dis",
            "status": "needs_response",
            "amount": 300_00,
            "currency": "usd",
            "evidence_details": {"due_by": 1768000000},
        }
    )
    assert reminders.plan(db, now, JobSettings()) == []
    db.disputes.upsert(
        {"id": "dp_1", "object": "dispute", "status": "won", "amount": 300_00, "currency": "usd"}
    )
    assert db.disputes.get("dp_1").invoice_ref == "in_dis"  # type: ignore[union-attr]
    assert {u.invoice_ref for u in reminders.plan(db, now, JobSettings())} == {"in_dis"}
