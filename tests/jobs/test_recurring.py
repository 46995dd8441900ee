"""Recurring invoices against the local Stripe-compatible server, with a controllable clock."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from desktop_invoicer.domain.calendar import BusinessDayRule
from desktop_invoicer.domain.schedule import Cadence, CatchUp, ScheduleMode
from desktop_invoicer.domain.units import UnitStatus, recurring_unit_id
from desktop_invoicer.jobs import scheduler
from desktop_invoicer.jobs.runner import JobRunner, retry_unit
from desktop_invoicer.stripe_server import StripeServer

from .conftest import (
    Desktop,
    LinkedClock,
    invoices_by_period,
    invoices_of_unit,
    local_customer_id,
    monthly_schedule,
    stripe_customer,
)


def prepared(
    desktop: Desktop, server: StripeServer, anchor: date = date(2026, 1, 31), **changes: object
) -> str:
    """A customer in Stripe, synced, and a schedule for them; returns the schedule id."""
    cus = stripe_customer(server)
    desktop.sync()
    schedule = monthly_schedule(local_customer_id(desktop.db, cus), anchor, **changes)
    return desktop.db.schedules.save(schedule).id


def test_each_period_is_billed_once_with_its_lines_and_sent(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    sid = prepared(desktop, server)
    clock.to_day(date(2026, 1, 30))
    assert desktop.run().summary == "Nothing was due."
    clock.to_day(date(2026, 1, 31))
    report = desktop.run()
    assert report.ok and report.summary == "Created 1 invoice for January 2026."
    unit_id = recurring_unit_id(sid, "2026-01")
    (invoice,) = invoices_of_unit(server, unit_id)
    assert invoice["status"] == "open" and invoice["total"] == 4900 + 2 * 9000
    assert invoice["description"] == "Hosting and support, January 2026"
    assert invoice["metadata"]["desktop_invoicer_period"] == "2026-01"
    assert [s["invoice"] for s in server.sent_invoices] == [invoice["id"]]
    unit = desktop.db.job_units.get(unit_id)
    assert unit.status is UnitStatus.DONE and unit.stripe_ids == {"invoice": invoice["id"]}
    cached = desktop.db.invoices.get_by_stripe_id(invoice["id"])
    assert cached is not None and cached.status == "open" and len(cached.lines) == 2

    for _ in range(2):  # the same day again, then a restart with a fresh runner
        assert desktop.run().summary == "Nothing was due."
        desktop.runner = JobRunner(desktop.db, clock, desktop.engine.sender)
    clock.to_day(date(2026, 2, 28))
    assert desktop.run().summary == "Created 1 invoice for February 2026."
    clock.to_day(date(2026, 3, 31))
    desktop.run()
    assert invoices_by_period(server) == {"2026-01": 1, "2026-02": 1, "2026-03": 1}
    assert len(server.sent_invoices) == 3
    runs = desktop.db.job_runs.recent()
    assert runs[0].summary == "Created 1 invoice for March 2026." and runs[0].status == "ok"
    assert runs[0].counts == {"recurring.created": 1}


def test_draft_mode_leaves_a_draft_for_review(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    sid = prepared(desktop, server, mode=ScheduleMode.DRAFT, lead_days=5)
    clock.to_day(date(2026, 1, 26))
    assert desktop.run().ok
    (invoice,) = invoices_of_unit(server, recurring_unit_id(sid, "2026-01"))
    assert invoice["status"] == "draft" and invoice["total"] == 22900
    assert server.sent_invoices == []


def test_a_week_offline_catches_up_every_missed_period(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    prepared(desktop, server, anchor=date(2026, 1, 5), cadence=Cadence.WEEKLY)
    clock.to_day(date(2026, 1, 5))
    desktop.run()
    clock.to_day(date(2026, 1, 21))  # the laptop was closed for 16 days
    report = desktop.run()
    assert report.summary == (
        "Created 2 invoices for week 3 of 2026 and week 4 of 2026 (caught up after 16 days offline)."
    )
    assert invoices_by_period(server) == {"2026-W02": 1, "2026-W03": 1, "2026-W04": 1}


def test_catch_up_latest_bills_only_the_newest_missed_period(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    sid = prepared(
        desktop, server, anchor=date(2026, 1, 5), cadence=Cadence.WEEKLY, catch_up=CatchUp.LATEST
    )
    clock.to_day(date(2026, 1, 5))
    desktop.run()
    clock.to_day(date(2026, 1, 21))  # 16 days offline: weeks 3 and 4 are due
    report = desktop.run()
    assert report.summary == (
        "Created 1 invoice for week 4 of 2026 (caught up after 16 days offline). "
        "Skipped 1 missed period (those schedules bill only the latest)."
    )
    assert invoices_by_period(server) == {"2026-W02": 1, "2026-W04": 1}
    assert desktop.db.job_units.get(recurring_unit_id(sid, "2026-W03")).status is UnitStatus.SKIPPED
    clock.to_day(date(2026, 1, 26))
    desktop.run()
    assert invoices_by_period(server) == {"2026-W02": 1, "2026-W04": 1, "2026-W05": 1}


def test_the_clock_moving_backwards_bills_nothing_twice(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    prepared(desktop, server, anchor=date(2026, 1, 15))
    clock.to_day(date(2026, 3, 20))
    desktop.run()
    assert invoices_by_period(server) == {"2026-01": 1, "2026-02": 1, "2026-03": 1}
    clock.to_day(date(2026, 1, 20))  # the system clock jumps two months back
    report = desktop.run()
    assert report.summary == (
        "The computer's clock is earlier than at the last run; nothing was done twice."
    )
    clock.to_day(date(2026, 2, 16))
    assert desktop.run().summary == "Nothing was due."
    clock.to_day(date(2026, 4, 15))
    desktop.run()
    assert invoices_by_period(server) == {"2026-01": 1, "2026-02": 1, "2026-03": 1, "2026-04": 1}


def test_two_desktops_on_two_databases_bill_each_period_once(
    make_desktop: Callable[[str], Desktop], server: StripeServer, clock: LinkedClock
) -> None:
    a, b = make_desktop("a"), make_desktop("b")
    cus = stripe_customer(server)
    for desk in (a, b):
        desk.sync()
        desk.db.schedules.save(
            monthly_schedule(local_customer_id(desk.db, cus), date(2026, 1, 10), id="shared")
        )
    clock.to_day(date(2026, 1, 10))
    assert a.run().summary == "Created 1 invoice for January 2026."
    report = b.run()  # b's cache already holds a's invoice: nothing is sent
    assert report.summary.startswith("Found 1 invoice for January 2026 already in Stripe")
    # b runs first next month; a learns of it from Stripe's metadata, not from its cache
    clock.to_day(date(2026, 2, 10))
    b.run()
    assert a.run(sync=False).summary.startswith("Found 1 invoice for February 2026")
    # both at once, several months due, racing request by request
    clock.to_day(date(2026, 6, 10))
    barrier = threading.Barrier(2)

    def run(desk: Desktop) -> None:
        barrier.wait()
        desk.runner.run_due()

    threads = [threading.Thread(target=run, args=(d,)) for d in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for desk in (a, b):  # whatever one of them left waiting (409 in flight) goes out now
        desk.run()
    assert invoices_by_period(server) == {f"2026-0{m}": 1 for m in range(1, 7)}
    for period in ("2026-03", "2026-06"):
        (invoice,) = invoices_of_unit(server, recurring_unit_id("shared", period))
        assert len(invoice["lines"]["data"]) == 2 and invoice["total"] == 22900
    sent = [s["invoice"] for s in server.sent_invoices]
    assert len(sent) == len(set(sent)) == 6


def test_a_restored_backup_finds_the_invoice_after_stripe_forgot_the_key(
    desktop: Desktop,
    make_desktop: Callable[[str], Desktop],
    server: StripeServer,
    clock: LinkedClock,
) -> None:
    prepared(desktop, server, anchor=date(2026, 1, 10), mode=ScheduleMode.DRAFT)
    clock.to_day(date(2026, 1, 9))
    desktop.run()
    backup = desktop.db.path.with_name("restored.db")  # what make_desktop("restored") opens
    source, copy = sqlite3.connect(desktop.db.path), sqlite3.connect(backup)
    source.backup(copy)
    source.close()
    copy.close()
    clock.to_day(date(2026, 1, 10))
    desktop.run()
    clock.advance(days=3)  # Stripe keeps idempotency keys for 24 hours only
    restored = make_desktop("restored")
    report = restored.run(sync=False)  # its cache predates the invoice: Stripe's metadata tells
    assert report.summary.startswith("Found 1 invoice for January 2026 already in Stripe")
    assert invoices_by_period(server) == {"2026-01": 1}


def test_offline_the_unit_waits_and_goes_out_on_the_next_run(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    sid = prepared(desktop, server, anchor=date(2026, 1, 10))
    clock.to_day(date(2026, 1, 10))
    server.faults.drop_next(None, path="/v1/invoices")
    report = desktop.run()
    assert not report.ok
    assert "1 job waits to be sent to Stripe" in report.summary
    unit = desktop.db.job_units.get(recurring_unit_id(sid, "2026-01"))
    assert unit.status is UnitStatus.RUNNING
    server.faults.clear()
    report = desktop.run()
    assert report.ok and report.summary == "Created 1 invoice for January 2026."
    assert invoices_by_period(server) == {"2026-01": 1}


def test_a_refused_unit_fails_visibly_and_can_be_retried(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    sid = prepared(desktop, server, anchor=date(2026, 1, 10))
    cus = desktop.db.schedules.get(sid).customer_id
    stripe_id = desktop.db.customers.get(cus).stripe_id
    assert stripe_id is not None
    server.dashboard_delete("customer", stripe_id)  # in Stripe, not yet in the cache
    clock.to_day(date(2026, 1, 10))
    report = desktop.run(sync=False)
    assert not report.ok and "1 job failed" in report.summary
    unit = desktop.db.job_units.get(recurring_unit_id(sid, "2026-01"))
    assert unit.status is UnitStatus.FAILED and unit.error
    assert desktop.db.job_runs.recent()[0].status == "failed"
    # the user points the schedule at a customer that exists, and retries
    other = stripe_customer(server, "Other Ltd")
    desktop.sync()
    desktop.db.schedules.save(
        replace(desktop.db.schedules.get(sid), customer_id=local_customer_id(desktop.db, other))
    )
    assert retry_unit(desktop.db, unit.id).status is UnitStatus.PLANNED
    report = desktop.run()
    assert report.ok and report.summary == "Created 1 invoice for January 2026."
    assert invoices_by_period(server) == {"2026-01": 1}
    assert desktop.db.job_units.get(unit.id).status is UnitStatus.DONE


def test_pause_skip_and_upcoming(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    sid = prepared(desktop, server, anchor=date(2026, 1, 10))
    clock.to_day(date(2026, 1, 9))
    (nxt, *_) = scheduler.upcoming(desktop.db, clock.now())
    assert (nxt.schedule.id, nxt.occurrence.period_key) == (sid, "2026-01")
    desktop.db.schedules.set_paused(sid, True)
    clock.to_day(date(2026, 2, 12))
    report = desktop.run()
    assert report.summary == "Skipped 2 periods of paused schedules."
    desktop.db.schedules.set_paused(sid, False)
    clock.to_day(date(2026, 3, 10))
    assert desktop.run().summary == "Created 1 invoice for March 2026."
    assert invoices_by_period(server) == {"2026-03": 1}
    assert [u.period_key for u in desktop.db.job_units.for_schedule(sid)] == [
        "2026-01",
        "2026-02",
        "2026-03",
    ]
    assert scheduler.upcoming(desktop.db, clock.now() + timedelta(days=1))[0].create_on == date(
        2026, 4, 10
    )


def test_a_weekly_schedule_through_the_dst_change_is_due_at_local_midnight(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    prepared(
        desktop,
        server,
        anchor=date(2026, 3, 1),
        cadence=Cadence.WEEKLY,
        time_zone="America/New_York",
    )
    clock.set(datetime(2026, 3, 1, 5, 0, tzinfo=UTC))  # Sunday 00:00 EST
    assert desktop.run().summary == "Created 1 invoice for week 9 of 2026."
    clock.set(datetime(2026, 3, 8, 4, 59, tzinfo=UTC))  # still Saturday in New York
    assert desktop.run().summary == "Nothing was due."
    clock.set(datetime(2026, 3, 8, 5, 0, tzinfo=UTC))  # Sunday: DST begins at 2 am
    assert desktop.run().summary == "Created 1 invoice for week 10 of 2026."
    clock.set(datetime(2026, 3, 15, 3, 59, tzinfo=UTC))  # EDT now: Saturday 23:59
    assert desktop.run().summary == "Nothing was due."
    clock.set(datetime(2026, 3, 15, 4, 0, tzinfo=UTC))
    assert desktop.run().summary == "Created 1 invoice for week 11 of 2026."
    assert invoices_by_period(server) == {"2026-W09": 1, "2026-W10": 1, "2026-W11": 1}


def test_a_holiday_moves_the_day_the_invoice_is_made(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    sid = prepared(
        desktop,
        server,
        anchor=date(2026, 10, 3),  # Tag der Deutschen Einheit, a Saturday in 2026
        holiday_country="DE",
        business_days=BusinessDayRule.PREVIOUS,
        count=1,
    )
    clock.to_day(date(2026, 10, 1))
    assert desktop.run().summary == "Nothing was due."
    clock.to_day(date(2026, 10, 2))  # the Friday before
    assert desktop.run().summary == "Created 1 invoice for October 2026."
    unit = desktop.db.job_units.get(recurring_unit_id(sid, "2026-10"))
    assert unit.result["issue_date"] == "2026-10-02" and unit.result["nominal_date"] == "2026-10-03"
