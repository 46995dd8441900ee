"""Milestone billing: a project for one customer, milestones with fixed amounts.

Completing a milestone bills it: one invoice with one line, as a draft for review
or finalized and sent, per project. The milestone's unit id is a digest of
(project, milestone), so however often "complete" is pressed, on however many
desktops, the milestone is billed once (design rule 3).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum

from .currency import Currency
from .invoice import CollectionMethod, Invoice, InvoiceLine
from .money import Money
from .validation import FieldError, ValidationError, check_text

METADATA_PROJECT = "desktop_invoicer_project"
METADATA_MILESTONE = "desktop_invoicer_milestone"


class MilestoneStatus(StrEnum):
    OPEN = "open"  # not complete
    PLANNED = "planned"  # completed; its invoice not queued yet
    RUNNING = "running"  # its invoice is on its way to Stripe
    DONE = "done"  # invoiced
    FAILED = "failed"  # Stripe refused the invoice: needs a person

    @property
    def label(self) -> str:
        return {
            MilestoneStatus.OPEN: "Open",
            MilestoneStatus.PLANNED: "Completed, invoice queued",
            MilestoneStatus.RUNNING: "Completed, invoice sending",
            MilestoneStatus.DONE: "Invoiced",
            MilestoneStatus.FAILED: "Invoice failed",
        }[self]


class ProjectMode(StrEnum):
    DRAFT = "draft"  # the milestone's invoice waits as a draft for review
    SEND = "send"  # finalized and sent (or charged) at once


@dataclass(frozen=True, slots=True)
class Project:
    id: str
    name: str
    customer_id: str
    currency: Currency
    mode: ProjectMode = ProjectMode.DRAFT
    collection_method: CollectionMethod = CollectionMethod.SEND_INVOICE
    days_until_due: int = 30

    def validate(self) -> None:
        errors = [check_text("name", self.name, 200, label="Name", required=True)]
        if not self.customer_id:
            errors.append(FieldError("customer_id", "Choose a customer."))
        if not 0 <= self.days_until_due <= 365:
            errors.append(FieldError("days_until_due", "Days until due: 0 to 365."))
        found = [e for e in errors if e is not None]
        if found:
            raise ValidationError(found)


@dataclass(frozen=True, slots=True)
class Milestone:
    id: str
    project_id: str
    name: str
    amount: Money
    position: int = 0
    status: MilestoneStatus = MilestoneStatus.OPEN
    unit_id: str | None = None
    invoice_ref: str | None = None
    error: str | None = None
    completed_at: int | None = None

    def validate(self, project: Project) -> None:
        errors = [check_text("name", self.name, 200, label="Name", required=True)]
        if self.amount.currency != project.currency:
            errors.append(FieldError("amount", f"The project bills in {project.currency.code}."))
        elif self.amount.minor <= 0:
            errors.append(FieldError("amount", "The amount must be more than zero."))
        found = [e for e in errors if e is not None]
        if found:
            raise ValidationError(found)


def milestone_unit_id(project_id: str, milestone_id: str) -> str:
    text = f"milestone|{project_id}|{milestone_id}"
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def invoice_for(project: Project, milestone: Milestone, unit_id: str) -> Invoice:
    """The milestone's invoice: one line, the milestone's amount."""
    terms = (
        project.days_until_due
        if project.collection_method is CollectionMethod.SEND_INVOICE
        else None
    )
    return Invoice(
        id=unit_id,
        customer_id=project.customer_id,
        currency=project.currency,
        lines=(InvoiceLine(f"{project.name}: {milestone.name}", 1, milestone.amount),),
        memo=f"Milestone '{milestone.name}' of {project.name}",
        collection_method=project.collection_method,
        days_until_due=terms,
    )
