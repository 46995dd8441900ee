"""Payment retries: one unit of work per (invoice, attempt) on the workspace's retry schedule.

For an automatically collected invoice whose payment failed, attempt *n* is due
``retry_days[n-1]`` days after the invoice was finalized (when Stripe, or the
recurring job, made the first attempt). Each attempt pays the invoice
off-session under its own idempotency key. A decline is sorted: retry later,
or needs the customer, which stops the retries for that invoice and records the
message for the user and the customer. Only the latest due attempt runs after
downtime: a card is never charged several times in one morning.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from ..domain.retries import DeclineAdvice, DeclineGroup, classify_decline
from ..domain.units import JobUnit, UnitKind, UnitStatus, retry_unit_id
from ..storage import Database
from ..storage.repositories.sync_state import OutboxItem
from ..sync.changes import StripeChanges
from .outcome import Event, Outcome, finish, open_invoice_of, request_key, skipped, unsent
from .settings import JobSettings

KIND = UnitKind.RETRY


def advice_for(reply: Mapping[str, Any]) -> DeclineAdvice:
    """The decline sorted, from a pay request's recorded answer."""
    if reply.get("outcome") == "refused":  # not a card decline: no card, a wrong state, ...
        code = str(reply.get("code") or "no_payment_method")
        message = str(reply.get("message") or "Stripe refused the payment.")
        advice = classify_decline(None, None, code)
        return DeclineAdvice(
            DeclineGroup.NEEDS_CUSTOMER, code, message, advice.for_customer or message
        )
    return classify_decline(
        _text(reply.get("decline_code")), _text(reply.get("advice_code")), _text(reply.get("code"))
    )


def _text(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def stopped(units: list[JobUnit], first: Mapping[str, Any] | None) -> bool:
    """True when an earlier answer (the first charge, or a retry) needs the customer."""
    if first and first.get("outcome") in ("declined", "refused") and not advice_for(first).retry:
        return True
    for unit in units:
        if (
            unit.status is UnitStatus.FAILED
            or unit.result.get("group") == DeclineGroup.NEEDS_CUSTOMER
        ):
            return True
    return False


def first_failure_day(raw: Mapping[str, Any], zone: ZoneInfo) -> date | None:
    """The day of the first payment attempt: when the invoice was finalized."""
    finalized = (raw.get("status_transitions") or {}).get("finalized_at")
    if not finalized:
        return None
    return datetime.fromtimestamp(int(finalized), UTC).astimezone(zone).date()


def plan(db: Database, now: datetime, settings: JobSettings) -> list[JobUnit]:
    if not settings.retries or not settings.retry_days:
        return []
    schedule = settings.retry_schedule
    zone = ZoneInfo(settings.time_zone)
    today = settings.today(now)
    by_invoice = db.job_units.attempts_by_invoice()
    units: list[JobUnit] = []
    for invoice in db.job_units.open_invoices("charge_automatically"):
        raw = invoice.raw
        if not raw.get("attempted"):
            continue  # never charged: nothing failed yet
        first = first_failure_day(raw, zone)
        if first is None:
            continue
        earlier = by_invoice.get(invoice.stripe_id, [])
        recurring = db.job_units.recurring_for_invoice(invoice.stripe_id)
        initial = recurring.result.get("payment") if recurring is not None else None
        if stopped(earlier, initial if isinstance(initial, Mapping) else None):
            continue
        attempts = schedule.plan(first, today, {u.attempt for u in earlier if u.attempt})
        if attempts.attempt is not None:
            day = schedule.attempt_day(attempts.attempt, first)
            units.append(
                _unit(invoice.stripe_id, attempts.attempt, first, day, UnitStatus.PLANNED, {})
            )
        for n in attempts.skip:
            units.append(
                _unit(
                    invoice.stripe_id,
                    n,
                    first,
                    schedule.attempt_day(n, first),
                    UnitStatus.SKIPPED,
                    {"reason": "superseded"},
                )
            )
    return units


def _unit(
    invoice_ref: str,
    attempt: int,
    first: date,
    day: date,
    status: UnitStatus,
    extra: dict[str, str],
) -> JobUnit:
    return JobUnit(
        id=retry_unit_id(invoice_ref, attempt),
        kind=KIND,
        due_on=day,
        status=status,
        invoice_ref=invoice_ref,
        attempt=attempt,
        result={"first_failure": first.isoformat(), **extra},
    )


def queue(
    db: Database, changes: StripeChanges, unit: JobUnit, run_id: int | None
) -> Outcome | None:
    invoice, ended = open_invoice_of(db, unit, run_id)
    if invoice is None:
        return ended
    sid = invoice.stripe_id or ""
    with db.transaction():
        item = changes.queue_payment_retry(invoice.id, sid, unit.id, key=request_key(unit))
        db.job_units.mark_running(unit.id, item.id, run_id)
    return None


def settle(
    db: Database, unit: JobUnit, item: OutboxItem, run_id: int | None, settings: JobSettings
) -> Outcome | None:
    not_sent = unsent(db, unit, item, run_id)
    if not_sent is not None:
        return not_sent
    reply = db.outbox_replies.get(item.idempotency_key) or {}
    sid = unit.invoice_ref or ""
    outcome = reply.get("outcome")
    if outcome == "paid":
        return finish(
            db,
            unit,
            UnitStatus.DONE,
            Event.PAID,
            result={"outcome": "paid", "payment_method": reply.get("payment_method")},
            detail=_other_method(reply),
            stripe_ids={"invoice": sid},
            run_id=run_id,
        )
    if outcome not in ("declined", "refused"):
        reason = str(reply.get("reason") or "nothing to pay")
        return skipped(db, unit, reason, run_id)
    advice = advice_for(reply)
    next_day = None
    first = unit.result.get("first_failure")
    if advice.retry and first and unit.attempt:
        next_day = settings.retry_schedule.next_attempt_day(
            date.fromisoformat(str(first)), unit.attempt
        )
    for_customer = advice.for_customer.replace(
        "{next_attempt}", next_day.isoformat() if next_day else "a later date"
    )
    result = {
        "outcome": outcome,
        "group": advice.group.value,
        "code": advice.code,
        "decline_code": reply.get("decline_code"),
        "advice_code": reply.get("advice_code"),
        "stripe_message": reply.get("message"),
        "for_user": advice.for_user,
        "for_customer": for_customer,
        "next_attempt": None if next_day is None else next_day.isoformat(),
    }
    event, detail = Event.DECLINED, advice.for_user
    if next_day is None:
        event = Event.STOPPED
        if advice.retry:
            detail = f"{advice.for_user} No retries are left."
    return finish(
        db,
        unit,
        UnitStatus.DONE,
        event,
        result=result,
        detail=detail,
        stripe_ids={"invoice": sid},
        run_id=run_id,
    )


def _other_method(reply: Mapping[str, Any]) -> str:
    """Said when another saved payment method paid after the usual one was declined."""
    method = reply.get("payment_method")
    return f"paid with another saved payment method ({method})" if method else ""
