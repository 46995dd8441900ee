"""The Jobs view against the local Stripe-compatible server, on a controllable clock.

The window's jobs scheduler is given a ManualClock (linked to the server's
clock) and its background timer is stopped, so each run here is one the test
asks for; every run still goes through the worker, never the UI thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_invoicer.domain.schedule import Schedule
from desktop_invoicer.domain.units import UnitStatus, recurring_unit_id
from desktop_invoicer.jobs.clock import ManualClock
from desktop_invoicer.storage.database import Database
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.stripe_server.clock import Clock as ServerClock
from desktop_invoicer.sync.connect import connect_demo, gateway_for
from desktop_invoicer.sync.engine import SyncEngine
from desktop_invoicer.ui.jobs_runner import JobsScheduler
from desktop_invoicer.ui.jobs_view import JobsView
from desktop_invoicer.ui.main_window import MainWindow
from desktop_invoicer.ui.reminder_dialog import ReminderPolicyDialog
from desktop_invoicer.ui.schedule_dialog import ScheduleDialog
from tests.jobs.clocks import START, LinkedClock
from tests.ui.conftest import SHOTS, Answers, open_window


@pytest.fixture
def server() -> Iterator[StripeServer]:
    srv = StripeServer(clock=ServerClock(START.timestamp(), frozen=True))
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def clock(server: StripeServer) -> LinkedClock:
    return LinkedClock(START, server)


def shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def sync(db: Database) -> None:
    gateway = gateway_for(db, "test")
    assert gateway is not None
    try:
        report = SyncEngine(db, gateway, lambda: 0.0 + START.timestamp()).settle()
        assert report.error is None, report.error
    finally:
        gateway.close()


def stripe_customer(server: StripeServer, name: str) -> str:
    email = f"{name.split()[0].lower()}@example.com"
    return str(server.dashboard_create("customer", name=name, email=email)["id"])


def recurring_invoices(server: StripeServer, unit_id: str) -> list[dict[str, Any]]:
    return [
        i
        for i in server.objects("invoice")
        if not i.get("deleted")
        and (i.get("metadata") or {}).get("desktop_invoicer_unit") == unit_id
    ]


@pytest.fixture
def connected(
    db: Database, server: StripeServer, clock: LinkedClock
) -> tuple[Database, StripeServer, LinkedClock]:
    connect_demo(db, server.url)
    stripe_customer(server, "Acme GmbH")
    sync(db)
    return db, server, clock


def jobs_view(qtbot: QtBot, window: MainWindow, clock: ManualClock) -> JobsView:
    jobs = window.ctx.stripe.jobs if window.ctx.stripe is not None else None
    assert isinstance(jobs, JobsScheduler)
    jobs.stop()  # no background runs: the test asks for each one
    jobs.clock = clock
    view = window.show_view("jobs")
    assert isinstance(view, JobsView)
    view.refresh()
    wait_read(qtbot, view)
    return view


def wait_read(qtbot: QtBot, view: JobsView) -> None:
    """Until the upcoming work, read on a worker, is in the table."""
    qtbot.waitUntil(lambda: view.reading_upcoming is None, timeout=10_000)


def run_from_view(qtbot: QtBot, view: JobsView) -> str:
    runs = view.jobs.runs
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.jobs.runs > runs and not view.jobs.running, timeout=20_000)
    wait_read(qtbot, view)
    return view.summary.text()


def fill_schedule(dialog: ScheduleDialog, anchor: date, name: str = "Hosting") -> None:
    dialog.name.setText(name)
    dialog.customer.setCurrentIndex(0)
    dialog.lines.item(0, 0).setText("Hosting")
    dialog.lines.item(0, 1).setText("1")
    dialog.lines.item(0, 2).setText("49.00")
    dialog.mode.setCurrentIndex(dialog.mode.findData("draft"))
    dialog.anchor.setDate(anchor)


def select_key(table: Any, key: object) -> None:
    for row in range(table.rowCount()):
        found = table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        if found == key or (isinstance(found, tuple | list) and list(found) == key):
            table.selectRow(row)
            return
    raise AssertionError(f"{key!r} is not in the table")


def test_the_schedule_editor_previews_month_ends_and_checks_fields_as_you_type(
    qtbot: QtBot, connected: tuple[Database, StripeServer, LinkedClock], answers: Answers
) -> None:
    db, _server, clock = connected
    window = open_window(qtbot, db, answers)
    view = jobs_view(qtbot, window, clock)
    dialog = view.new_schedule()
    qtbot.waitExposed(dialog)
    fill_schedule(dialog, date(2027, 1, 31))
    dates = [text.split("  ·  ")[0] for text in dialog.preview_dates()]
    assert dates == [
        "Sun 31 Jan 2027",
        "Sun 28 Feb 2027",
        "Wed 31 Mar 2027",
        "Fri 30 Apr 2027",
        "Mon 31 May 2027",
        "Wed 30 Jun 2027",
    ]
    # the next business day in Germany: 31 Jan 2027 is a Sunday
    dialog.business_days.setCurrentIndex(dialog.business_days.findData("next"))
    dialog.holiday_country.setText("DE")
    assert dialog.preview_dates()[0].startswith("Mon 01 Feb 2027")
    assert "moved from" in dialog.preview_dates()[0]
    # inline messages as the person types
    dialog.time_zone.setCurrentText("Mars/Olympus")
    assert "Unknown time zone" in dialog.errors.message("time_zone")
    assert dialog.preview_dates() == []
    dialog.time_zone.setCurrentText("Europe/Berlin")
    assert dialog.errors.message("time_zone") == ""
    dialog.holiday_country.setText("ZZ")
    assert dialog.errors.message("holiday_country")
    dialog.holiday_country.setText("DE")
    shot(dialog, "jobs-schedule-editor.png")
    dialog.name.setText("")
    assert not dialog.try_save()
    assert dialog.errors.message("name") == "Name is required."
    dialog.name.setText("Hosting")
    assert dialog.try_save()
    (saved,) = db.schedules.list()
    assert saved.anchor == date(2027, 1, 31) and saved.holiday_country == "DE"
    view.refresh()
    assert view.schedules.rowCount() == 1
    assert view.schedules.item(0, 3).text() == "2027-02-01"
    window.close()


def save_schedule(db: Database, anchor: date, **changes: Any) -> Schedule:
    from desktop_invoicer.domain.currency import currency
    from desktop_invoicer.domain.invoice import InvoiceLine
    from desktop_invoicer.domain.money import Money
    from desktop_invoicer.domain.schedule import Cadence, ScheduleMode

    (customer,) = db.customers.page(limit=1)
    values: dict[str, Any] = {
        "id": "sched-hosting",
        "name": "Hosting",
        "customer_id": customer.id,
        "currency": currency(customer.currency),
        "lines": (InvoiceLine("Hosting", 1, Money.of(4900, customer.currency)),),
        "anchor": anchor,
        "cadence": Cadence.MONTHLY,
        "mode": ScheduleMode.DRAFT,
        "memo": "Hosting, {period}",
    }
    values.update(changes)
    return db.schedules.save(Schedule(**values))


def test_run_due_jobs_from_the_view_bills_once_catches_up_and_pause_stops_it(
    qtbot: QtBot, connected: tuple[Database, StripeServer, LinkedClock], answers: Answers
) -> None:
    db, server, clock = connected
    from desktop_invoicer.domain.currency import currency

    (row,) = db.customers.page(limit=1)
    schedule = save_schedule(db, date(2026, 1, 5), currency=currency(row.currency))
    window = open_window(qtbot, db, answers)
    view = jobs_view(qtbot, window, clock)
    assert view.upcoming.rowCount() >= 1
    summary = run_from_view(qtbot, view)
    assert summary == "Created 1 invoice for January 2026."
    january = recurring_invoices(server, recurring_unit_id(schedule.id, "2026-01"))
    assert len(january) == 1 and january[0]["status"] == "draft"
    assert run_from_view(qtbot, view) == "Nothing was due."
    assert len(recurring_invoices(server, recurring_unit_id(schedule.id, "2026-01"))) == 1

    # the laptop was closed until March: both missed months are billed, and said so
    clock.to_day(date(2026, 3, 10))
    summary = run_from_view(qtbot, view)
    assert summary.startswith("Created 2 invoices for February and March 2026 (caught up after")
    assert window.statusBar().currentMessage() == summary
    assert view.runs.item(0, 3).text() == summary
    shot(window, "jobs-view-caught-up.png")

    # skip one coming period ahead: April is never billed
    view.tabs.setCurrentIndex(0)
    wait_read(qtbot, view)
    select_key(view.upcoming, [schedule.id, "2026-04"])
    assert view.skip_period_button.isEnabled()
    qtbot.mouseClick(view.skip_period_button, Qt.MouseButton.LeftButton)
    april = db.job_units.get(recurring_unit_id(schedule.id, "2026-04"))
    assert april.status is UnitStatus.SKIPPED
    wait_read(qtbot, view)
    assert all(
        "April" not in view.upcoming.item(r, 2).text() for r in range(view.upcoming.rowCount())
    )

    # pause: May is not billed either
    view.tabs.setCurrentIndex(1)
    select_key(view.schedules, schedule.id)
    assert view.pause_button.text() == "Pause"
    qtbot.mouseClick(view.pause_button, Qt.MouseButton.LeftButton)
    assert db.schedules.get(schedule.id).paused
    clock.to_day(date(2026, 5, 10))
    summary = run_from_view(qtbot, view)
    assert "Created" not in summary
    assert recurring_invoices(server, recurring_unit_id(schedule.id, "2026-04")) == []
    assert recurring_invoices(server, recurring_unit_id(schedule.id, "2026-05")) == []
    select_key(view.schedules, schedule.id)
    assert view.pause_button.text() == "Resume"
    qtbot.mouseClick(view.pause_button, Qt.MouseButton.LeftButton)
    assert not db.schedules.get(schedule.id).paused
    clock.to_day(date(2026, 6, 5))
    assert run_from_view(qtbot, view) == "Created 1 invoice for June 2026."
    window.close()


def test_a_failed_unit_shows_and_retry_bills_it_once(
    qtbot: QtBot, connected: tuple[Database, StripeServer, LinkedClock], answers: Answers
) -> None:
    db, server, clock = connected
    schedule = save_schedule(db, date(2026, 1, 5))
    customer = db.customers.get(schedule.customer_id)
    assert customer.stripe_id is not None
    server.dashboard_delete("customer", customer.stripe_id)  # in Stripe, not in the cache
    window = open_window(qtbot, db, answers)
    view = jobs_view(qtbot, window, clock)
    summary = run_from_view(qtbot, view)
    assert "1 job failed" in summary
    unit_id = recurring_unit_id(schedule.id, "2026-01")
    assert db.job_units.get(unit_id).status is UnitStatus.FAILED
    assert view.tabs.tabText(3) == "Work (1 failed)"
    view.tabs.setCurrentIndex(3)
    select_key(view.units, unit_id)
    assert view.retry_button.isEnabled() and not view.skip_button.isEnabled()
    shot(window, "jobs-view-failed-unit.png")

    # the person points the schedule at a customer that exists, then retries
    stripe_customer(server, "Other Ltd")
    sync(db)
    other = next(c for c in db.customers.page(limit=10) if c.name == "Other Ltd")
    db.schedules.save(replace(db.schedules.get(schedule.id), customer_id=other.id))
    runs = view.jobs.runs
    qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.jobs.runs > runs and not view.jobs.running, timeout=20_000)
    assert view.summary.text() == "Created 1 invoice for January 2026."
    assert len(recurring_invoices(server, unit_id)) == 1
    assert db.job_units.get(unit_id).status is UnitStatus.DONE
    assert view.tabs.tabText(3) == "Work"
    window.close()


def test_a_reminder_policy_is_previewed_before_it_can_be_switched_on(
    qtbot: QtBot, connected: tuple[Database, StripeServer, LinkedClock], answers: Answers
) -> None:
    db, _server, clock = connected
    window = open_window(qtbot, db, answers)
    view = jobs_view(qtbot, window, clock)
    view.tabs.setCurrentIndex(4)
    dialog = view.new_policy()
    assert isinstance(dialog, ReminderPolicyDialog)
    qtbot.waitExposed(dialog)
    dialog.name.setText("Gentle")
    text = dialog.preview_text()
    assert text.startswith("Hello Acme Corporation,")
    assert "INV-0042" in text and "€1,250.00" in text and "{" not in text
    assert not dialog.enabled.isEnabled()  # three steps not seen yet
    for row in range(dialog.table.rowCount()):
        dialog.table.setCurrentCell(row, 0)
    assert dialog.enabled.isEnabled()
    # the last step (14 days after): the overdue count is filled in
    dialog.subject.setText("Still unpaid: {number}, {days_overdue} days")
    assert "Still unpaid: INV-0042, 14 days" in dialog.preview_subject.text()
    dialog.message.setPlainText("Dear {customer}, {nonsense}")
    shot(dialog, "jobs-reminder-policy.png")
    dialog.enabled.setChecked(True)
    assert not dialog.try_save()
    assert "Unknown placeholder {nonsense}" in dialog.errors.general.text()
    dialog.message.setPlainText("Dear {customer}, please pay {amount}: {link}")
    assert dialog.try_save()
    (policy,) = db.reminder_policies.list()
    assert policy.enabled and policy.name == "Gentle" and len(policy.steps) == 4
    view.refresh()
    assert view.policies.item(0, 2).text() == "On"

    # assign it to the customer
    assign = view.assign_policy()
    assign.policy.setCurrentIndex(assign.policy.findData(policy.id))
    assign.save()
    (customer,) = db.customers.page(limit=1)
    assert db.reminder_policies.assignments() == {customer.id: policy.id}
    window.close()


def test_the_background_runner_runs_after_a_sync_one_at_a_time(
    qtbot: QtBot, connected: tuple[Database, StripeServer, LinkedClock], answers: Answers
) -> None:
    db, server, clock = connected
    schedule = save_schedule(db, date(2026, 1, 5))
    window = open_window(qtbot, db, answers)
    controller = window.ctx.stripe
    assert controller is not None and controller.jobs is not None
    jobs = controller.jobs
    jobs.clock = clock
    jobs.start(first_run_ms=0)
    assert jobs.run_now() is None or jobs.running  # never a second run beside the first
    qtbot.waitUntil(lambda: jobs.runs >= 1 and not jobs.running, timeout=20_000)
    assert len(recurring_invoices(server, recurring_unit_id(schedule.id, "2026-01"))) == 1
    runs = jobs.runs
    jobs.after_sync()  # the last run is recent: nothing new
    assert not jobs.running and jobs.runs == runs
    clock.set(clock.now() + timedelta(seconds=jobs.interval_s))
    jobs.after_sync()
    assert jobs.running
    qtbot.waitUntil(lambda: not jobs.running, timeout=20_000)
    assert window.statusBar().currentMessage() == "Created 1 invoice for January 2026."
    assert len(recurring_invoices(server, recurring_unit_id(schedule.id, "2026-01"))) == 1
    window.close()
