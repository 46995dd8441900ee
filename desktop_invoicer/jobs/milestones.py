"""Milestone billing: completing a milestone creates its invoice exactly once.

:func:`complete` writes the milestone's deterministic unit id (open -> planned),
then queues its invoice through the outbox with that id as idempotency key and
as the invoice's ``desktop_invoicer_unit`` metadata: the recurring job's sender,
which looks for the unit's invoice in Stripe before creating one, so a second
desktop or a restored backup adopts the invoice instead of billing twice. The
project says whether the invoice waits as a draft or is finalized and sent.
The job runner settles running milestones after the outbox is delivered.
"""

from __future__ import annotations

from ..domain.milestones import (
    METADATA_MILESTONE,
    METADATA_PROJECT,
    Milestone,
    MilestoneStatus,
    ProjectMode,
    invoice_for,
)
from ..storage import Database
from ..storage.repositories.sync_state import OutboxStatus
from ..sync.changes import StripeChanges


def complete(db: Database, changes: StripeChanges, milestone_id: str) -> Milestone:
    """Mark complete and queue its invoice; pressing it again changes nothing."""
    db.milestones.complete(milestone_id)
    queue_planned(db, changes)
    return db.milestones.milestone(milestone_id)


def queue_planned(db: Database, changes: StripeChanges) -> int:
    """Queue the invoice of every completed milestone not queued yet; returns how many."""
    queued = 0
    for milestone in db.milestones.with_status(MilestoneStatus.PLANNED):
        project = db.milestones.project(milestone.project_id)
        unit = milestone.unit_id or ""
        if db.customers.find(project.customer_id) is None:
            db.milestones.set_status(
                milestone.id, MilestoneStatus.FAILED, error="The project's customer is gone."
            )
            continue
        send = project.mode is ProjectMode.SEND
        with db.transaction():
            item = changes.queue_recurring_invoice(
                invoice_for(project, milestone, unit),
                unit,
                metadata={METADATA_PROJECT: project.id, METADATA_MILESTONE: milestone.id},
                finalize=send,
                send=send,
            )
            db.milestones.set_status(milestone.id, MilestoneStatus.RUNNING, outbox_id=item.id)
        queued += 1
    return queued


def waiting(db: Database) -> bool:
    for milestone in db.milestones.with_status(MilestoneStatus.RUNNING):
        outbox_id = db.milestones.outbox_id(milestone.id)
        if outbox_id is not None and db.outbox.get(outbox_id).status is OutboxStatus.PENDING:
            return True
    return False


def settle(db: Database) -> tuple[int, int]:
    """(invoiced, failed) among the milestones whose invoice request has an answer."""
    invoiced = failed = 0
    for milestone in db.milestones.with_status(MilestoneStatus.RUNNING):
        outbox_id = db.milestones.outbox_id(milestone.id)
        if outbox_id is None:
            continue
        item = db.outbox.get(outbox_id)
        if item.status is OutboxStatus.PENDING:
            continue
        reply = db.outbox_replies.get(item.idempotency_key) or {}
        if item.status is OutboxStatus.SENT and reply.get("invoice"):
            db.milestones.set_status(
                milestone.id, MilestoneStatus.DONE, invoice_ref=str(reply["invoice"])
            )
            invoiced += 1
        else:
            message = item.last_error or "Stripe's answer did not name the invoice."
            db.milestones.set_status(milestone.id, MilestoneStatus.FAILED, error=message)
            failed += 1
    return invoiced, failed
