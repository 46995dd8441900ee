"""What the Jobs view lists as upcoming: next periods, next reminder steps, skipped periods."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop_invoicer.domain.units import UnitKind, UnitStatus, recurring_unit_id
from desktop_invoicer.jobs.settings import load
from desktop_invoicer.jobs.upcoming import skip_period, upcoming_work
from desktop_invoicer.stripe_server import StripeServer

from .conftest import Desktop, LinkedClock
from .test_reminders import billed


def test_upcoming_lists_the_next_period_and_reminder_step_and_skips_ahead(
    desktop: Desktop, server: StripeServer, clock: LinkedClock
) -> None:
    invoice = billed(desktop, server, clock)  # "one": a single period, billed on 2026-01-10
    desktop.sync()
    clock.to_day(date(2026, 2, 7))  # after the first reminder's day (02-06), before the due date
    work = upcoming_work(desktop.db, clock.now(), load(desktop.db))
    reminders = [w for w in work if w.kind is UnitKind.REMINDER]
    assert [(w.day, w.title) for w in reminders] == [
        (date(2026, 2, 7), f"Reminder for {invoice['number']}")  # d-3 is due: today
    ]
    assert desktop.run().summary == "Sent 1 reminder."
    work = upcoming_work(desktop.db, clock.now(), load(desktop.db))
    (reminder,) = [w for w in work if w.kind is UnitKind.REMINDER]
    assert reminder.day == date(2026, 2, 10) and "1 day after" in reminder.detail

    # a monthly schedule: the next periods are listed, and one can be skipped ahead
    sched = desktop.db.schedules.get("one")
    desktop.db.schedules.save(replace(sched, id="m", count=None))
    work = upcoming_work(desktop.db, clock.now(), load(desktop.db))
    periods = [(w.schedule_id, w.period_key) for w in work if w.kind is UnitKind.RECURRING]
    assert periods[:3] == [("m", "2026-02"), ("m", "2026-03"), ("m", "2026-04")]
    unit = skip_period(desktop.db, "m", "2026-03", clock.now())
    assert unit.id == recurring_unit_id("m", "2026-03") and unit.status is UnitStatus.SKIPPED
    work = upcoming_work(desktop.db, clock.now(), load(desktop.db))
    assert ("m", "2026-03") not in [(w.schedule_id, w.period_key) for w in work]
    with pytest.raises(ValueError, match="handled already"):
        skip_period(desktop.db, "m", "2026-03", clock.now())
