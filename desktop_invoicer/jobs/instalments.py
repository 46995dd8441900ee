"""Payment-plan instalments collected by automatic charge: one unit per (plan, instalment).

An instalment collected by email is an invoice Stripe emails with its due date,
and needs no job. One collected automatically is a draft invoice until its day:
then this job finalizes it and charges the saved payment method off-session,
once (the unit id is the idempotency key; the handler looks at the invoice's
state before acting). A declined charge is recorded; the payment-retry job then
retries the open invoice on the workspace's retry schedule, as for any invoice.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from ..domain.money import Money
from ..domain.units import UNIT_ID_LENGTH, JobUnit, UnitKind, UnitStatus
from ..storage import Database
from ..storage.repositories.sync_state import OutboxItem
from .outcome import Event, Outcome, finish, request_key, skipped, unsent
from .settings import JobSettings

KIND = UnitKind.INSTALMENT


def instalment_charge_id(plan_id: str, number: int) -> str:
    text = f"{KIND.value}|{plan_id}|{number}"
    return hashlib.sha256(text.encode()).hexdigest()[:UNIT_ID_LENGTH]


def plan(db: Database, now: datetime, settings: JobSettings) -> list[JobUnit]:
    """A unit for every automatic instalment whose day has come and that has none yet."""
    units: list[JobUnit] = []
    for due in db.payment_plans.due_instalments(settings.today(now)):
        uid = instalment_charge_id(due.plan_id, due.number)
        if db.job_units.find(uid) is not None:
            continue
        units.append(
            JobUnit(
                id=uid,
                kind=KIND,
                due_on=due.due_on,
                invoice_ref=due.stripe_invoice,
                step=f"{due.number}/{due.count}",
                attempt=due.number,
                result={
                    "plan": due.plan_id,
                    "invoice_id": due.invoice_id,
                    "amount": due.amount.minor,
                    "currency": due.amount.currency.code,
                },
            )
        )
    return units


def queue(db: Database, unit: JobUnit, run_id: int | None) -> Outcome | None:
    with db.transaction():
        item = db.outbox.enqueue(
            "invoice",
            str(unit.result["invoice_id"]),
            "charge_instalment",
            {"invoice": unit.invoice_ref, "unit": unit.id},
            request_key(unit),
        )
        db.job_units.mark_running(unit.id, item.id, run_id)
    return None


def settle(db: Database, unit: JobUnit, item: OutboxItem, run_id: int | None) -> Outcome | None:
    not_sent = unsent(db, unit, item, run_id)
    if not_sent is not None:
        return not_sent
    reply = db.outbox_replies.get(item.idempotency_key) or {}
    outcome = reply.get("outcome")
    amount = Money.of(int(unit.result.get("amount") or 0), str(unit.result.get("currency")))
    label = f"instalment {unit.step} ({amount.format()})"
    ids = {"invoice": unit.invoice_ref or ""}
    if outcome == "paid":
        return finish(
            db,
            unit,
            UnitStatus.DONE,
            Event.PAID,
            result={"outcome": "paid"},
            detail=f"Charged {label}",
            stripe_ids=ids,
            run_id=run_id,
        )
    if outcome in ("declined", "refused"):
        message = str(reply.get("message") or reply.get("decline_code") or "declined")
        return finish(
            db,
            unit,
            UnitStatus.DONE,
            Event.DECLINED,
            result={"outcome": outcome, "decline_code": reply.get("decline_code")},
            detail=f"The charge of {label} was declined: {message}",
            stripe_ids=ids,
            run_id=run_id,
        )
    reason = str(reply.get("reason") or "nothing to charge")
    return skipped(db, unit, reason, run_id, f"{label}: {reason}")
