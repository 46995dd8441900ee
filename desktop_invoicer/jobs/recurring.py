"""Recurring invoices: one unit of work per (schedule, period), billed exactly once.

For each due period the unit row is written first; then its invoice goes to
Stripe through the outbox with the unit id as idempotency key and as invoice
metadata (``desktop_invoicer_unit``). The sender looks for an invoice with that
metadata before creating one and adopts it, so a second desktop, or a restored
backup, finds the period billed instead of billing it again; and if the local
cache already holds that invoice, nothing is sent at all.
"""

from __future__ import annotations

from datetime import date, datetime

from ..domain.schedule import Occurrence, Schedule, ScheduleMode
from ..domain.units import JobUnit, UnitKind, UnitStatus
from ..storage import Database
from ..storage.repositories.sync_state import OutboxItem
from ..sync.changes import StripeChanges
from .outcome import Event, Outcome, failed, finish, request_key, skipped, unsent

KIND = UnitKind.RECURRING
METADATA_SCHEDULE = "desktop_invoicer_schedule"
METADATA_PERIOD = "desktop_invoicer_period"


def plan(db: Database, now: datetime) -> list[JobUnit]:
    """Units for every due period not handled yet, over every schedule.

    Each schedule's "today" is the date in its own zone. Missed periods that
    the catch-up policy (or a pause) leaves out are recorded as skipped, so they
    are never billed later by surprise.
    """
    units: list[JobUnit] = []
    for schedule in db.schedules.list():
        today = schedule.today(now)
        due = schedule.plan(today, db.job_units.periods(schedule.id))
        for occurrence in due.create:
            units.append(_unit(schedule, occurrence, UnitStatus.PLANNED, {}))
        for occurrence in due.skip:
            reason = "paused" if schedule.paused else "missed"
            units.append(_unit(schedule, occurrence, UnitStatus.SKIPPED, {"reason": reason}))
    return units


def _unit(
    schedule: Schedule, occurrence: Occurrence, status: UnitStatus, extra: dict[str, str]
) -> JobUnit:
    return JobUnit(
        id=schedule.unit_id(occurrence),
        kind=KIND,
        due_on=occurrence.create_on,
        status=status,
        schedule_id=schedule.id,
        period_key=occurrence.period_key,
        result={
            "period": schedule.period_label(occurrence),
            "cadence": schedule.cadence.value,
            "issue_date": occurrence.issue_date.isoformat(),
            "nominal_date": occurrence.nominal_date.isoformat(),
            **extra,
        },
    )


def queue(
    db: Database, changes: StripeChanges, unit: JobUnit, run_id: int | None
) -> Outcome | None:
    """Queue the period's invoice (unit -> running), or finish the unit when nothing is to send."""
    schedule = db.schedules.find(unit.schedule_id or "")
    if schedule is None:
        return skipped(db, unit, "schedule_deleted", run_id, "the schedule was deleted")
    cached = db.job_units.invoice_for_unit(unit.id)
    if cached is not None:  # synced from Stripe: another desktop billed this period
        return finish(
            db,
            unit,
            UnitStatus.DONE,
            Event.ADOPTED,
            result={"adopted": True},
            stripe_ids={"invoice": cached[1]},
            invoice_ref=cached[1],
            run_id=run_id,
        )
    if db.customers.find(schedule.customer_id) is None:
        return failed(
            db, unit, f"The customer of schedule '{schedule.name}' no longer exists.", run_id
        )
    issue = date.fromisoformat(str(unit.result.get("issue_date") or unit.due_on.isoformat()))
    invoice = schedule.invoice_for_period(unit.period_key or "", issue, unit.id)
    try:
        invoice.validate()
    except ValueError as exc:
        return failed(db, unit, f"The schedule's invoice is not valid: {exc}", run_id)
    send = schedule.mode is ScheduleMode.SEND
    with db.transaction():
        item = changes.queue_recurring_invoice(
            invoice,
            unit.id,
            metadata={METADATA_SCHEDULE: schedule.id, METADATA_PERIOD: unit.period_key or ""},
            finalize=send,
            send=send,
            key=request_key(unit),
            include_pending=True,  # imported usage goes on the customer's next invoice
        )
        db.job_units.mark_running(unit.id, item.id, run_id)
    return None


def settle(db: Database, unit: JobUnit, item: OutboxItem, run_id: int | None) -> Outcome | None:
    """Turn the outbox row's answer into the unit's end; None while it waits."""
    not_sent = unsent(db, unit, item, run_id)
    if not_sent is not None:
        return not_sent
    reply = db.outbox_replies.get(item.idempotency_key) or {}
    sid = reply.get("invoice")
    if not sid:
        return failed(db, unit, "Stripe's answer did not name the invoice.", run_id)
    adopted = bool(reply.get("adopted"))
    payment = reply.get("payment") or None
    result = {
        "adopted": adopted,
        "status": reply.get("status"),
        "number": reply.get("number"),
        "payment": payment,
    }
    detail = ""
    if isinstance(payment, dict) and payment.get("outcome") not in (None, "paid"):
        detail = str(payment.get("message") or "")
    return finish(
        db,
        unit,
        UnitStatus.DONE,
        Event.ADOPTED if adopted else Event.CREATED,
        result=result,
        detail=detail,
        stripe_ids={"invoice": str(sid)},
        invoice_ref=str(sid),
        run_id=run_id,
    )
