"""Which units of work are due: recurring periods, reminder steps and payment retries.

Due-ness is computed from the data, never from the time of the last run: every
schedule's periods are walked from its anchor, every open invoice's steps and
attempts from its due or finalization date, and whatever already has a unit is
left alone. So a run after a week offline catches up (per each schedule's
catch-up policy), and a clock moved backwards finds nothing new to do and
nothing to redo: a unit is keyed by its period, step or attempt, not by when
it ran, and a unit once recorded is never planned again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..domain.schedule import Occurrence, Schedule
from ..domain.units import JobUnit, UnitStatus
from ..storage import Database
from . import instalments, late_fees, recurring, reminders, retries
from .settings import JobSettings


def due_units(db: Database, now: datetime, settings: JobSettings) -> list[JobUnit]:
    """Every unit due at ``now`` that has no row yet: planned ones, and skipped missed ones."""
    return [
        *recurring.plan(db, now),
        *reminders.plan(db, now, settings),
        *retries.plan(db, now, settings),
        *late_fees.plan(db, now, settings),
        *instalments.plan(db, now, settings),
    ]


def record_due(
    db: Database, now: datetime, settings: JobSettings, run_id: int | None = None
) -> list[JobUnit]:
    """Write the due units (one transaction) before anything is sent; returns the new ones."""
    return db.job_units.plan(due_units(db, now, settings), run_id=run_id)


@dataclass(frozen=True, slots=True)
class Upcoming:
    """A period of a schedule that is not due yet (for the Jobs view)."""

    schedule: Schedule
    occurrence: Occurrence

    @property
    def create_on(self) -> date:
        return self.occurrence.create_on


def upcoming(db: Database, now: datetime, per_schedule: int = 3, limit: int = 50) -> list[Upcoming]:
    """The next periods of every active schedule, soonest first."""
    found: list[Upcoming] = []
    for schedule in db.schedules.list():
        if schedule.paused:
            continue
        today = schedule.today(now)
        found.extend(Upcoming(schedule, o) for o in schedule.upcoming(today, per_schedule))
    found.sort(key=lambda u: (u.create_on, u.schedule.name))
    return found[:limit]


def skip_missed(db: Database, schedule_id: str, now: datetime) -> list[JobUnit]:
    """Record every due, unbilled period of a schedule as skipped (e.g. before resuming it)."""
    schedule = db.schedules.get(schedule_id)
    today = schedule.today(now)
    known = db.job_units.periods(schedule.id)
    units = [
        JobUnit(
            id=schedule.unit_id(o),
            kind=recurring.KIND,
            due_on=o.create_on,
            status=UnitStatus.SKIPPED,
            schedule_id=schedule.id,
            period_key=o.period_key,
            result={"period": schedule.period_label(o), "reason": "skipped_by_user"},
        )
        for o in schedule.due(today)
        if o.period_key not in known
    ]
    return db.job_units.plan(units)


def skip_unit(db: Database, unit_id: str) -> JobUnit:
    """Skip a planned unit (the user chose not to do it); a unit already sent cannot be."""
    unit = db.job_units.get(unit_id)
    if unit.status is not UnitStatus.PLANNED:
        raise ValueError(
            f"Only a planned unit can be skipped; this one is {unit.status.label.lower()}."
        )
    db.job_units.finish(
        unit.id, UnitStatus.SKIPPED, result={**unit.result, "reason": "skipped_by_user"}
    )
    return db.job_units.get(unit.id)
