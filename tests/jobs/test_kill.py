"""Crash safety: ``desktop-invoicer jobs run`` is killed (SIGKILL) at random points.

The process bills 12 overdue weekly periods of two schedules (catch-up: all),
each invoice created, filled, finalized and emailed, then sends a reminder for
each. It is killed again and again mid-way and restarted; at the end every
period exists exactly once in Stripe, with all its lines, and every invoice was
emailed exactly twice: once when it was sent, once as a reminder.
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.reminders import ReminderPolicy, ReminderStep
from desktop_invoicer.domain.schedule import Cadence, CatchUp, Schedule, ScheduleMode
from desktop_invoicer.domain.units import UnitStatus
from desktop_invoicer.storage import Database, workspace_dir
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.connect import connect_demo, gateway_for
from desktop_invoicer.sync.engine import SyncEngine
from tests.kill import run_jobs

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

SLUG = "jobs-kill"
WEEKS = 6


@pytest.fixture
def slow_server() -> Iterator[StripeServer]:
    srv = StripeServer()
    srv.start()
    srv.faults.delay_next(None, seconds=0.02)  # room to be killed between any two requests
    yield srv
    srv.stop()


def test_jobs_killed_at_random_points_bill_each_period_once(slow_server: StripeServer) -> None:
    folder = workspace_dir(SLUG)
    folder.mkdir(parents=True, exist_ok=True)
    db = Database.open(folder / "workspace.db")
    connect_demo(db, slow_server.url)
    customers = [
        slow_server.dashboard_create("customer", name=name, email=f"{name.lower()}@example.com")
        for name in ("Acme", "Globex")
    ]
    gateway = gateway_for(db, SLUG)
    assert gateway is not None
    SyncEngine(db, gateway, time.time).settle()
    gateway.close()
    today = datetime.now(UTC).date()
    for cus in customers:
        local = db.customers.get_by_stripe_id(cus["id"])
        assert local is not None
        db.schedules.save(
            Schedule(
                id=f"weekly-{cus['name'].lower()}",
                name=f"{cus['name']} retainer",
                customer_id=local.id,
                currency=currency("USD"),
                lines=(
                    InvoiceLine("Retainer", 1, Money.of(50000, "USD")),
                    InvoiceLine("Hosting", 3, Money.of(1500, "USD")),
                ),
                anchor=today - timedelta(weeks=WEEKS - 1),
                cadence=Cadence.WEEKLY,
                catch_up=CatchUp.ALL,
                mode=ScheduleMode.SEND,
                days_until_due=1,
            )
        )
    db.reminder_policies.save(
        ReminderPolicy(
            "soon", "Day before", steps=(ReminderStep(-1),), enabled=True, is_default=True
        )
    )
    db.close()

    rng = random.Random(6)
    # early kills land while invoices are created; later ones (a restart first syncs the
    # events of all that) while reminders go out
    delays = [rng.uniform(0.6, 1.8) for _ in range(4)] + [rng.uniform(1.0, 1.6) for _ in range(3)]
    killed = sum(run_jobs(SLUG, kill_after=delay) is None for delay in delays)
    assert killed >= 4, "the kills should land while the jobs run"
    run_jobs(SLUG, kill_after=None)  # the last invoices; their reminders go out on the next run
    assert run_jobs(SLUG, kill_after=None) == 0

    invoices = [i for i in slow_server.objects("invoice") if not i.get("deleted")]
    per_unit = Counter((i.get("metadata") or {}).get("desktop_invoicer_unit") for i in invoices)
    assert len(per_unit) == 2 * WEEKS and set(per_unit.values()) == {1}
    for invoice in invoices:
        assert invoice["status"] == "open" and invoice["total"] == 50000 + 3 * 1500
        assert len(invoice["lines"]["data"]) == 2
    emails = Counter(s["invoice"] for s in slow_server.sent_invoices)
    assert set(emails) == {i["id"] for i in invoices} and set(emails.values()) == {2}

    db = Database.open(folder / "workspace.db")
    try:
        units = db.job_units.recent(1000)
        assert len(units) == 4 * WEEKS and {u.status for u in units} == {UnitStatus.DONE}
        assert db.reminder_sends.count() == 2 * WEEKS
        assert db.check_integrity() == []
    finally:
        db.close()
