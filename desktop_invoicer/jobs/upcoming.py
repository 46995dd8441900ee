"""What the background jobs will do next, for the Jobs view: periods, reminder steps, retries.

Read-only and cheap: the next periods of every active schedule, the next unsent
reminder step of each open invoice, and the next payment retry of each invoice
whose automatic charge failed. Nothing is planned or written here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from ..domain.units import JobUnit, UnitKind, UnitStatus
from ..storage import Database
from .reminders import Policies
from .retries import first_failure_day
from .scheduler import upcoming as upcoming_periods
from .settings import JobSettings


@dataclass(frozen=True, slots=True)
class UpcomingWork:
    day: date  # when the unit becomes due
    kind: UnitKind
    title: str  # "Hosting: March 2026", "Reminder for INV-0001", ...
    detail: str  # "issued Mon 2 Mar 2026 (moved from a holiday)", "7 days after the due date"
    schedule_id: str | None = None  # a recurring period: which one (it can be skipped ahead)
    period_key: str | None = None


def upcoming_work(
    db: Database, now: datetime, settings: JobSettings, per_schedule: int = 3, limit: int = 100
) -> list[UpcomingWork]:
    found: list[UpcomingWork] = []
    handled: dict[str, set[str]] = {}
    for item in upcoming_periods(db, now, per_schedule=per_schedule + 1, limit=limit):
        occurrence = item.occurrence
        known = handled.setdefault(item.schedule.id, db.job_units.periods(item.schedule.id))
        if occurrence.period_key in known:  # skipped ahead (or billed early elsewhere)
            continue
        shown = sum(1 for w in found if w.schedule_id == item.schedule.id)
        if shown >= per_schedule:
            continue
        detail = f"issue date {occurrence.issue_date.isoformat()}"
        if occurrence.moved:
            detail += f" (moved from {occurrence.nominal_date.isoformat()})"
        detail += "; " + item.schedule.mode.label.lower()
        found.append(
            UpcomingWork(
                occurrence.create_on,
                UnitKind.RECURRING,
                f"{item.schedule.name}: {item.schedule.period_label(occurrence)}",
                detail,
                item.schedule.id,
                occurrence.period_key,
            )
        )
    today = settings.today(now)
    if settings.reminders:
        found.extend(_reminders(db, today))
    if settings.retries and settings.retry_days:
        found.extend(_retries(db, today, settings))
    found.sort(key=lambda w: (w.day, w.kind.value, w.title))
    return found[:limit]


def skip_period(db: Database, schedule_id: str, period_key: str, now: datetime) -> JobUnit:
    """Record a coming period of a schedule as skipped: it is never billed.

    The unit is written like any other (keyed by schedule and period), so every
    later run, here or on another desktop sharing the database, finds it handled.
    """
    schedule = db.schedules.get(schedule_id)
    occurrence = next(
        (o for o in schedule.upcoming(schedule.today(now), 60) if o.period_key == period_key),
        None,
    )
    if occurrence is None:
        raise ValueError(f"{period_key} is not a coming period of '{schedule.name}'.")
    unit = JobUnit(
        id=schedule.unit_id(occurrence),
        kind=UnitKind.RECURRING,
        due_on=occurrence.create_on,
        status=UnitStatus.SKIPPED,
        schedule_id=schedule.id,
        period_key=occurrence.period_key,
        result={"period": schedule.period_label(occurrence), "reason": "skipped_by_user"},
    )
    if not db.job_units.plan([unit]):
        raise ValueError(f"{schedule.period_label(occurrence)} is handled already.")
    return db.job_units.get(unit.id)


def _invoice_name(number: str | None, stripe_id: str) -> str:
    return number or stripe_id


def _reminders(db: Database, today: date) -> list[UpcomingWork]:
    policies = Policies(db)
    if not policies.any_enabled:
        return []
    known = db.job_units.steps_by_invoice()
    found: list[UpcomingWork] = []
    for invoice in db.job_units.open_invoices("send_invoice"):
        policy = policies.for_customer(invoice.customer_id)
        if policy is None or invoice.due_date is None:
            continue
        done = known.get(invoice.stripe_id, set())
        latest = max((s.offset_days for s in policy.steps if s.key in done), default=None)
        for step in policy.ordered():
            if step.key in done or (latest is not None and step.offset_days <= latest):
                continue
            day = step.day_for(invoice.due_date)
            found.append(
                UpcomingWork(
                    max(day, today),
                    UnitKind.REMINDER,
                    f"Reminder for {_invoice_name(invoice.number, invoice.stripe_id)}",
                    f"{invoice.customer_name or ''}: {step.label.lower()} "
                    f"({step.tone.label}, {policy.name})".strip(),
                )
            )
            break
    return found


def _retries(db: Database, today: date, settings: JobSettings) -> list[UpcomingWork]:
    schedule = settings.retry_schedule
    zone = ZoneInfo(settings.time_zone)
    by_invoice = db.job_units.attempts_by_invoice()
    found: list[UpcomingWork] = []
    for invoice in db.job_units.open_invoices("charge_automatically"):
        raw: Mapping[str, object] = invoice.raw
        if not raw.get("attempted"):
            continue
        first = first_failure_day(invoice.raw, zone)
        if first is None:
            continue
        earlier = [u.attempt for u in by_invoice.get(invoice.stripe_id, []) if u.attempt]
        after = max(earlier, default=0)
        day = schedule.next_attempt_day(first, after)
        if day is None:
            continue
        found.append(
            UpcomingWork(
                max(day, today),
                UnitKind.RETRY,
                f"Payment retry {after + 1} for {_invoice_name(invoice.number, invoice.stripe_id)}",
                f"{invoice.customer_name or ''}: {schedule.days[after]} days after the first "
                "failed charge".strip(),
            )
        )
    return found
