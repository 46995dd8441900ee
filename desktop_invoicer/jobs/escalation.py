"""The escalation job: put overdue invoices on the owner's list, resolve the settled ones.

It reads the local cache only (no Stripe request), so it is cheap to run after
every sync and with every ``jobs run``. It returns what is newly escalated; the
app turns that into a desktop notification (see ``domain.escalation.notice``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..domain.escalation import OverdueInvoice, days_overdue, escalation_reason
from ..storage import Database
from .clock import Clock


@dataclass(slots=True)
class EscalationReport:
    escalated: list[OverdueInvoice] = field(default_factory=list)
    still_open: int = 0
    resolved: int = 0


def run(db: Database, clock: Clock) -> EscalationReport:
    """Escalate what the policy says today; returns the newly escalated invoices."""
    now: datetime = clock.now()
    today = now.astimezone().date()
    repo = db.escalations
    policy = repo.policy()
    report = EscalationReport()
    if not policy.enabled:
        return report
    still: set[str] = set()
    for invoice in repo.overdue(today):
        reason = escalation_reason(policy, invoice, today)
        if reason is None:
            continue
        still.add(invoice.invoice_ref)
        if repo.escalate(invoice, reason, days_overdue(invoice, today), policy.pause_reminders):
            report.escalated.append(invoice)
        else:
            report.still_open += 1
    report.resolved = repo.resolve_missing(still)
    return report
