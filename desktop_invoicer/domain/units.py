"""Deterministic identities for units of background work (design rule 3).

A unit of work is one (schedule, period), (invoice, reminder step) or (invoice,
retry attempt). Its id is a digest of exactly those inputs, so every desktop,
and a restored backup, computes the same id for the same work: it is the
idempotency key of the Stripe request and is stored in the Stripe object's
metadata, where a second desktop finds the work already done.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

UNIT_ID_LENGTH = 24  # hex digits: 96 bits

METADATA_UNIT = "desktop_invoicer_unit"
"""Metadata key of a Stripe object made by a unit of work: the unit's id."""


class UnitKind(StrEnum):
    RECURRING = "recurring"  # one invoice of a schedule for one period
    REMINDER = "reminder"  # one reminder step of one invoice
    RETRY = "retry"  # one payment retry attempt of one invoice
    LATE_FEE = "late_fee"  # one late fee of one invoice for one fee period
    INSTALMENT = "instalment"  # one automatic charge of one payment-plan instalment

    @property
    def label(self) -> str:
        return {
            UnitKind.RECURRING: "Recurring invoice",
            UnitKind.REMINDER: "Reminder",
            UnitKind.RETRY: "Payment retry",
            UnitKind.LATE_FEE: "Late fee",
            UnitKind.INSTALMENT: "Plan instalment",
        }[self]


class UnitStatus(StrEnum):
    PLANNED = "planned"  # recorded; nothing sent yet
    RUNNING = "running"  # its Stripe request is queued in the outbox (or on its way)
    DONE = "done"
    FAILED = "failed"  # Stripe refused the request: needs a person
    SKIPPED = "skipped"  # not done on purpose (a missed period, a paid invoice, ...)

    @property
    def label(self) -> str:
        return {
            UnitStatus.PLANNED: "Planned",
            UnitStatus.RUNNING: "Sending",
            UnitStatus.DONE: "Done",
            UnitStatus.FAILED: "Failed",
            UnitStatus.SKIPPED: "Skipped",
        }[self]

    @property
    def finished(self) -> bool:
        return self in (UnitStatus.DONE, UnitStatus.FAILED, UnitStatus.SKIPPED)


@dataclass(frozen=True, slots=True)
class JobUnit:
    """One unit of background work and what became of it."""

    id: str
    kind: UnitKind
    due_on: date
    status: UnitStatus = UnitStatus.PLANNED
    schedule_id: str | None = None
    invoice_ref: str | None = None  # the Stripe invoice acted on (or created)
    period_key: str | None = None
    step: str | None = None
    attempt: int | None = None
    result: Mapping[str, Any] = field(default_factory=dict)
    error: str | None = None
    stripe_ids: Mapping[str, str] = field(default_factory=dict)
    outbox_id: int | None = None
    run_id: int | None = None
    created_at: int = 0
    updated_at: int = 0


def unit_id(kind: UnitKind, *parts: str | int) -> str:
    """``sha256("kind|part|part...")`` in hex, cut to 24 digits."""
    for part in parts:
        if isinstance(part, str) and ("|" in part or not part):
            raise ValueError(f"A unit id part must be non-empty and without '|': {part!r}")
    text = "|".join([kind.value, *(str(p) for p in parts)])
    return hashlib.sha256(text.encode()).hexdigest()[:UNIT_ID_LENGTH]


def recurring_unit_id(schedule_id: str, period_key: str) -> str:
    return unit_id(UnitKind.RECURRING, schedule_id, period_key)


def reminder_unit_id(invoice_stripe_id: str, step_key: str) -> str:
    return unit_id(UnitKind.REMINDER, invoice_stripe_id, step_key)


def retry_unit_id(invoice_stripe_id: str, attempt: int) -> str:
    if attempt < 1:
        raise ValueError("Retry attempts are numbered from 1.")
    return unit_id(UnitKind.RETRY, invoice_stripe_id, attempt)
