"""What happened to a unit of work in one run: the runner's summary is built from these."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..domain.invoice import Invoice
from ..domain.units import JobUnit, UnitStatus
from ..storage import Database
from ..storage.repositories.sync_state import OutboxItem, OutboxStatus


class Event(StrEnum):
    CREATED = "created"  # a recurring invoice was created in Stripe
    ADOPTED = "adopted"  # ... had been created already (another desktop, a restored backup)
    MISSED = "missed"  # a missed period not billed (catch-up: latest only), or paused
    SENT = "sent"  # a reminder went out
    PAID = "paid"  # a payment retry succeeded
    DECLINED = "declined"  # a payment retry was declined; another one is planned
    STOPPED = "stopped"  # a payment retry was declined; only the customer can fix it
    SKIPPED = "skipped"  # nothing to do any more (invoice paid, voided, sent elsewhere, ...)
    FAILED = "failed"  # Stripe refused the request: needs a person
    WAITING = "waiting"  # queued; not sent yet (offline, or waiting for another object)


@dataclass(frozen=True, slots=True)
class Outcome:
    unit: JobUnit
    event: Event
    detail: str = ""


def request_key(unit: JobUnit) -> str:
    """The idempotency key of the unit's request: its id, or for a retried unit ``id:rN``.

    A unit the user retries after Stripe refused it needs a new key: Stripe replays a
    key's first answer, refusal included. The invoice's metadata still names the unit.
    """
    retried = int(unit.result.get("retried") or 0)
    return unit.id if retried == 0 else f"{unit.id}:r{retried}"


def failed(db: Database, unit: JobUnit, message: str, run_id: int | None) -> Outcome:
    db.job_units.finish(unit.id, UnitStatus.FAILED, error=message, run_id=run_id)
    return Outcome(db.job_units.get(unit.id), Event.FAILED, message)


def finish(
    db: Database,
    unit: JobUnit,
    status: UnitStatus,
    event: Event,
    *,
    result: dict[str, Any] | None = None,
    detail: str = "",
    stripe_ids: dict[str, str] | None = None,
    invoice_ref: str | None = None,
    run_id: int | None = None,
) -> Outcome:
    db.job_units.finish(
        unit.id,
        status,
        result={**unit.result, **(result or {})},
        stripe_ids=stripe_ids,
        invoice_ref=invoice_ref,
        run_id=run_id,
    )
    return Outcome(db.job_units.get(unit.id), event, detail)


def skipped(
    db: Database, unit: JobUnit, reason: str, run_id: int | None, detail: str | None = None
) -> Outcome:
    """End the unit as skipped for ``reason`` (its detail: ``invoice <reason>`` unless given)."""
    return finish(
        db,
        unit,
        UnitStatus.SKIPPED,
        Event.SKIPPED,
        result={"reason": reason},
        detail=f"invoice {reason}" if detail is None else detail,
        run_id=run_id,
    )


def unsent(db: Database, unit: JobUnit, item: OutboxItem, run_id: int | None) -> Outcome | None:
    """The outcome of a unit whose request did not go through, or None if it went out."""
    if item.status is OutboxStatus.SENT:
        return None
    if item.status is OutboxStatus.PENDING:
        return Outcome(unit, Event.WAITING, item.last_error or "")
    return failed(db, unit, item.last_error or f"The request ended as {item.status.value}.", run_id)


def open_invoice_of(
    db: Database, unit: JobUnit, run_id: int | None
) -> tuple[Invoice | None, Outcome | None]:
    """The open invoice a reminder or retry unit acts on, or the outcome that ends the unit.

    An invoice that is no longer open (paid, voided, uncollectible, deleted) needs no
    reminder and no charge: the unit is skipped with the reason.
    """
    sid = unit.invoice_ref or ""
    status = db.job_units.invoice_status(sid)
    if status != "open":
        reason = status or "deleted"
        return None, skipped(db, unit, reason, run_id)
    invoice = db.invoices.get_by_stripe_id(sid)
    if invoice is None:  # pragma: no cover - the status above came from the same row
        return None, failed(db, unit, "The invoice is no longer in the local copy.", run_id)
    return invoice, None
