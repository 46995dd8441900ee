"""Late fees: one unit of work per (invoice, fee period), charged once, ever.

Open, overdue invoices are matched with their customer's late-fee policy (the one
a conditional rule names, else the workspace default). The period due today
becomes a unit whose id is computed from (invoice, period) alone; the fee's
amount is computed when the unit is written (before any request), so a restart
sends exactly the same request. The request goes through the outbox under the
unit's id as idempotency key, and the unit id is in the Stripe object's metadata,
where the sender looks first; the overdue invoice's metadata also names each
period's fee (or "waived"), so a second desktop or a restored backup finds the
fee there instead of charging it again, even after it was removed.

Invoices with an open dispute are never charged; nor are late-fee invoices
themselves (no fee on a fee), nor invoices in another currency than a policy with
an amount or cap. A fee can be waived with a reason (:func:`waive`): before it is
sent it is simply not sent; after, its invoice item is deleted or credited.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from ..domain.currency import currency
from ..domain.late_fees import (
    METADATA_LATE_FEE,
    LateFeePolicy,
    late_fee_unit_id,
    period_key,
    period_of,
)
from ..domain.money import Money
from ..domain.units import JobUnit, UnitKind, UnitStatus
from ..storage import Database
from ..storage.repositories.base import LOCAL_USER
from ..storage.repositories.disputes import disputed_invoice_ids
from ..storage.repositories.late_fees import Waiver
from ..storage.repositories.sync_state import OutboxItem
from ..sync.changes import StripeChanges
from .outcome import Event, Outcome, finish, open_invoice_of, request_key, skipped, unsent
from .settings import JobSettings

KIND = UnitKind.LATE_FEE
FEE_INVOICE_DAYS = 14  # a separate fee invoice is due this many days after it is sent


class Policies:
    """The enabled late-fee policy of each customer, read once per run."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._by_id = {p.id: p for p in db.late_fee_policies.list()}
        self._default = next((p for p in self._by_id.values() if p.is_default), None)
        self._cache: dict[str, LateFeePolicy | None] = {}

    @property
    def any_enabled(self) -> bool:
        return any(p.enabled for p in self._by_id.values())

    def for_customer(self, customer_id: str) -> LateFeePolicy | None:
        if customer_id not in self._cache:
            named = self._db.collection_rules.late_fee_policy_id(customer_id)
            policy = self._by_id.get(named) if named else self._default
            self._cache[customer_id] = policy if policy is not None and policy.enabled else None
        return self._cache[customer_id]


def plan(db: Database, now: datetime, settings: JobSettings) -> list[JobUnit]:
    """The fee period due today of each overdue invoice; older uncharged periods are skipped."""
    policies = Policies(db)
    if not policies.any_enabled:
        return []
    today = settings.today(now)
    known = db.late_fees.periods_by_invoice()
    charged = db.late_fees.charged_by_invoice()
    disputed = disputed_invoice_ids(db)
    units: list[JobUnit] = []
    for method in ("send_invoice", "charge_automatically"):
        for invoice in db.job_units.open_invoices(method, due_through=today - timedelta(days=1)):
            sid = invoice.stripe_id
            metadata = invoice.raw.get("metadata") or {}
            if sid in disputed or invoice.due_date is None or metadata.get(METADATA_LATE_FEE):
                continue
            if db.payment_plans.active_for_invoice(invoice.id) is not None:
                continue  # its balance moved to the plan's instalments (each has its fees)
            policy = policies.for_customer(invoice.customer_id)
            cur = currency(invoice.currency)
            if policy is None or not policy.applies_to(cur):
                continue
            done = {period_of(k) for k in known.get(sid, set())}
            done |= marked_periods(metadata)  # charged or waived by another desktop
            fee_plan = policy.plan(invoice.due_date, today, done)
            base: dict[str, Any] = {
                "policy": policy.id,
                "application": policy.application.value,
                "currency": cur.code,
                "due_date": invoice.due_date.isoformat(),
                "number": invoice.number or "",
            }
            if fee_plan.charge is not None:
                overdue = Money(
                    max(
                        0,
                        invoice.amount_remaining
                        - db.offline_payments.not_in_stripe_yet(invoice.id),
                    ),
                    cur,
                )
                fee = policy.fee(overdue, charged.get(sid, 0))
                status = UnitStatus.PLANNED if fee.minor > 0 else UnitStatus.SKIPPED
                extra = {} if fee.minor > 0 else {"reason": "cap_reached"}
                units.append(
                    _unit(
                        sid,
                        policy,
                        fee_plan.charge,
                        invoice.due_date,
                        status,
                        {**base, "amount": fee.minor, "overdue": overdue.minor, **extra},
                    )
                )
            for period in fee_plan.missed:
                units.append(
                    _unit(
                        sid,
                        policy,
                        period,
                        invoice.due_date,
                        UnitStatus.SKIPPED,
                        {**base, "amount": 0, "reason": "superseded"},
                    )
                )
    return units


def marked_periods(metadata: Mapping[str, Any]) -> set[int]:
    """Fee periods the overdue invoice's metadata says were charged or waived (any desktop)."""
    prefix = f"{METADATA_LATE_FEE}_p"
    return {
        int(k[len(prefix) :])
        for k in metadata
        if k.startswith(prefix) and k[len(prefix) :].isdigit()
    }


def _unit(
    invoice_ref: str,
    policy: LateFeePolicy,
    period: int,
    due_date: Any,
    status: UnitStatus,
    result: dict[str, Any],
) -> JobUnit:
    return JobUnit(
        id=late_fee_unit_id(invoice_ref, period),
        kind=KIND,
        due_on=policy.period_start(due_date, period),
        status=status,
        invoice_ref=invoice_ref,
        period_key=period_key(period),
        attempt=period,  # shown as "in_... #1" in the Jobs view
        result={**result, "period": period},
    )


def describe(unit: JobUnit) -> str:
    number = str(unit.result.get("number") or unit.invoice_ref)
    period = int(unit.result.get("period") or 1)
    suffix = "" if period == 1 else f" (month {period})"
    return f"Late fee on invoice {number}{suffix}"


def queue(
    db: Database, changes: StripeChanges, unit: JobUnit, run_id: int | None
) -> Outcome | None:
    if db.late_fees.waiver(unit.id) is not None:
        return skipped(db, unit, "waived", run_id, "waived")
    if (unit.invoice_ref or "") in disputed_invoice_ids(db):
        return skipped(db, unit, "disputed", run_id)
    invoice, ended = open_invoice_of(db, unit, run_id)
    if invoice is None:
        return ended
    raw = db.invoices.stripe_meta(invoice.id).raw or {}
    payload = {
        "unit": unit.id,
        "invoice": invoice.stripe_id,
        "customer": str(raw.get("customer") or ""),
        "currency": str(unit.result["currency"]).lower(),
        "amount": int(unit.result["amount"]),
        "description": describe(unit),
        "application": unit.result["application"],
        "period": int(unit.result.get("period") or 1),
        "days_until_due": FEE_INVOICE_DAYS,
    }
    with db.transaction():
        item = db.outbox.enqueue("invoice", invoice.id, "late_fee", payload, request_key(unit))
        db.job_units.mark_running(unit.id, item.id, run_id)
    return None


def settle(db: Database, unit: JobUnit, item: OutboxItem, run_id: int | None) -> Outcome | None:
    not_sent = unsent(db, unit, item, run_id)
    if not_sent is not None:
        return not_sent
    reply = db.outbox_replies.get(item.idempotency_key) or {}
    if reply.get("outcome") != "applied":
        reason = str(reply.get("reason") or "nothing to charge")
        return skipped(db, unit, reason, run_id)
    ids = {"invoice": unit.invoice_ref or ""}
    if reply.get("item"):
        ids["invoice_item"] = str(reply["item"])
    if reply.get("fee_invoice"):
        ids["fee_invoice"] = str(reply["fee_invoice"])
    amount = Money(int(unit.result.get("amount") or 0), currency(str(unit.result["currency"])))
    return finish(
        db,
        unit,
        UnitStatus.DONE,
        Event.CREATED,
        result={"charged": amount.minor},
        detail=f"{describe(unit)}: {amount.format()}",
        stripe_ids=ids,
        run_id=run_id,
    )


def waive(
    db: Database, unit_id: str, reason: str, *, connected: bool = True, actor: str = LOCAL_USER
) -> Waiver:
    """Waive a fee: recorded with the reason (audit trail); undone in Stripe if it got there.

    A fee not sent yet is skipped and never sent. A fee in Stripe (or on its way) gets
    a removal request in the outbox, after its own request (the outbox keeps the
    order per invoice): a pending item is deleted, one on a finalized invoice credited.
    """
    unit = db.job_units.get(unit_id)
    if unit.kind is not KIND:
        raise ValueError("Only a late fee can be waived.")
    if not reason.strip():
        raise ValueError("Say why the fee is waived.")
    if unit.status in (UnitStatus.SKIPPED, UnitStatus.FAILED):
        raise ValueError("This fee was not charged; there is nothing to waive.")
    with db.transaction():
        if unit.status is UnitStatus.PLANNED or not connected:
            if unit.status is UnitStatus.PLANNED:
                db.job_units.finish(
                    unit.id, UnitStatus.SKIPPED, result={**unit.result, "reason": "waived"}
                )
            return db.late_fees.record_waiver(unit, reason, "before_sending", None, actor=actor)
        local = db.invoices.get_by_stripe_id(unit.invoice_ref or "")
        if local is None:
            raise ValueError("The fee's invoice is not in the local copy; sync first.")
        raw = db.invoices.stripe_meta(local.id).raw or {}
        payload = {
            "unit": unit.id,
            "invoice": unit.invoice_ref,
            "period": int(unit.result.get("period") or 1),
            "customer": str(raw.get("customer") or ""),
            "application": unit.result.get("application"),
            "amount": int(unit.result.get("amount") or 0),
            "reason": reason.strip(),
        }
        item = db.outbox.enqueue("invoice", local.id, "waive_late_fee", payload, f"waive-{unit.id}")
        return db.late_fees.record_waiver(unit, reason, "queued", item.id, actor=actor)


def settle_waivers(db: Database) -> int:
    """Record what became of queued waivers whose removal went out; returns how many."""
    count = 0
    for waiver in db.late_fees.waivers_queued():
        if waiver.outbox_id is None:
            continue
        item = db.outbox.get(waiver.outbox_id)
        reply = db.outbox_replies.get(item.idempotency_key)
        if reply is None:
            continue
        state = "credited" if reply.get("outcome") == "credited" else "removed"
        db.late_fees.set_waiver_state(waiver.unit_id, state)
        count += 1
    return count
