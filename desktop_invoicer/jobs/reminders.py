"""Payment reminders: one unit of work per (invoice, step), sent once by Stripe's invoice email.

Open invoices sent for payment (``send_invoice``) are matched with the policy
of their customer (or the default policy). The step due today becomes a unit;
it is sent with ``POST /v1/invoices/:id/send`` under the unit's id as
idempotency key, and the step is marked in the invoice's metadata so another
desktop sees it sent. A reminder is never sent for an invoice that is paid,
void or uncollectible: the sender reads the invoice from Stripe right before.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ..domain.money import Money
from ..domain.reminders import ReminderPolicy, ReminderStep, Tone, reminder_values, render
from ..domain.units import JobUnit, UnitKind, UnitStatus, reminder_unit_id
from ..storage import Database
from ..storage.repositories.disputes import disputed_invoice_ids
from ..storage.repositories.reminders import ReminderSend
from ..storage.repositories.sync_state import OutboxItem
from ..sync.changes import StripeChanges
from .mailer import Mailer, MailerError
from .mailer import load as mailer_settings
from .mailer import message as mail_message
from .outcome import Event, Outcome, failed, finish, open_invoice_of, request_key, skipped, unsent
from .settings import JobSettings

KIND = UnitKind.REMINDER
CHANNEL = "stripe_email"
SMTP_CHANNEL = "smtp"


def step_marker(step_key: str) -> str:
    """The invoice metadata key that says a step was sent: ``d+7`` -> ``..._reminder_p7``."""
    sign, days = step_key[1], step_key[2:]
    return f"desktop_invoicer_reminder_{'m' if sign == '-' else 'p'}{days}"


class Policies:
    """The enabled policy of each customer, read once per run."""

    def __init__(self, db: Database) -> None:
        self._by_id = {p.id: p for p in db.reminder_policies.list()}
        self._assigned = db.reminder_policies.assignments()
        self._grouped = db.customer_groups.group_policies()
        self._default = next((p for p in self._by_id.values() if p.is_default), None)
        self._rules = db.collection_rules
        self._by_rule: dict[str, str | None] = {}  # customer -> a rule's reminder policy

    def for_customer(self, customer_id: str) -> ReminderPolicy | None:
        """The customer's own assignment, else their group's policy, else the default."""
        if customer_id in self._assigned:
            policy_id = self._assigned[customer_id]
            policy = None if policy_id is None else self._by_id.get(policy_id)
        elif self._grouped.get(customer_id) is not None:
            policy = self._by_id.get(self._grouped[customer_id] or "")
        else:  # a collection rule's reminder policy (issue 8), else the default
            if customer_id not in self._by_rule:
                terms = self._rules.effective_terms(customer_id)
                self._by_rule[customer_id] = terms.reminder_policy_id
            rule_policy = self._by_rule[customer_id]
            policy = self._by_id.get(rule_policy or "") or self._default
        return policy if policy is not None and policy.enabled else None

    @property
    def earliest_offset(self) -> int:
        """The earliest step of any enabled policy, in days from the due date (<= 0)."""
        offsets = [s.offset_days for p in self._by_id.values() if p.enabled for s in p.steps]
        return min([0, *offsets])

    @property
    def any_enabled(self) -> bool:
        return any(p.enabled for p in self._by_id.values())


def plan(db: Database, now: datetime, settings: JobSettings) -> list[JobUnit]:
    """The step due today for each open invoice; older unsent steps are skipped."""
    if not settings.reminders:
        return []
    policies = Policies(db)
    if not policies.any_enabled:
        return []
    today = settings.today(now)
    horizon = today - timedelta(days=policies.earliest_offset)
    known = db.job_units.steps_by_invoice()
    units: list[JobUnit] = []
    # Disputed invoices and those an escalation paused are left to the owner (issue 8).
    held = disputed_invoice_ids(db) | db.escalations.paused_refs()
    for invoice in db.job_units.open_invoices("send_invoice", due_through=horizon):
        if invoice.stripe_id in held:
            continue
        policy = policies.for_customer(invoice.customer_id)
        if policy is None or invoice.due_date is None:
            continue
        steps = policy.plan(invoice.due_date, today, known.get(invoice.stripe_id, set()))
        if steps.send is not None:
            units.append(
                _unit(
                    invoice.stripe_id, policy, steps.send, invoice.due_date, UnitStatus.PLANNED, {}
                )
            )
        for step in steps.skip:
            units.append(
                _unit(
                    invoice.stripe_id,
                    policy,
                    step,
                    invoice.due_date,
                    UnitStatus.SKIPPED,
                    {"reason": "superseded"},
                )
            )
    return units


def _unit(
    invoice_ref: str,
    policy: ReminderPolicy,
    step: ReminderStep,
    due_date: date,
    status: UnitStatus,
    extra: dict[str, str],
) -> JobUnit:
    return JobUnit(
        id=reminder_unit_id(invoice_ref, step.key),
        kind=KIND,
        due_on=step.day_for(due_date),
        status=status,
        invoice_ref=invoice_ref,
        step=step.key,
        result={
            "policy": policy.id,
            "tone": step.tone.value,
            "label": step.label,
            "due_date": due_date.isoformat(),
            "channel": step.channel,
            **extra,
        },
    )


def queue(
    db: Database, changes: StripeChanges, unit: JobUnit, run_id: int | None
) -> Outcome | None:
    invoice, ended = open_invoice_of(db, unit, run_id)
    if invoice is None:
        return ended
    sid = invoice.stripe_id or ""
    with db.transaction():
        item = changes.queue_reminder(
            invoice.id, sid, unit.id, step_marker(unit.step or "d+0"), key=request_key(unit)
        )
        db.job_units.mark_running(unit.id, item.id, run_id)
    return None


def settle(
    db: Database,
    unit: JobUnit,
    item: OutboxItem,
    run_id: int | None,
    now: datetime,
    settings: JobSettings,
) -> Outcome | None:
    not_sent = unsent(db, unit, item, run_id)
    if not_sent is not None:
        return not_sent
    reply = db.outbox_replies.get(item.idempotency_key) or {}
    sid = unit.invoice_ref or ""
    if reply.get("outcome") != "sent":
        reason = str(reply.get("reason") or "nothing to send")
        detail = "sent by another desktop" if reason == "sent_elsewhere" else f"invoice {reason}"
        return skipped(db, unit, reason, run_id, detail)
    subject, body = _rendered(db, unit, now, settings)
    db.reminder_sends.record(
        ReminderSend(
            invoice_ref=sid,
            step=unit.step or "",
            unit_id=unit.id,
            policy_id=str(unit.result.get("policy") or "") or None,
            tone=_tone(unit),
            channel=CHANNEL,
            subject=subject,
            body=body,
            sent_at=int(now.timestamp()),
        )
    )
    return finish(
        db,
        unit,
        UnitStatus.DONE,
        Event.SENT,
        result={"channel": CHANNEL, "subject": subject},
        stripe_ids={"invoice": sid},
        run_id=run_id,
    )


def send_smtp(
    db: Database,
    unit: JobUnit,
    run_id: int | None,
    now: datetime,
    settings: JobSettings,
    mailer: Mailer | None,
) -> Outcome | None:
    """Send one step by the workspace's SMTP server, at most once.

    The unit is marked as sending (committed) before the message goes out; if the
    app stops before the server's answer is recorded, the unit is not sent again
    by itself (:func:`settle_smtp`): a person checks the Sent folder and decides.
    Afterwards the step is marked in the Stripe invoice's metadata (through the
    outbox), so another desktop sees it sent.
    """
    invoice, ended = open_invoice_of(db, unit, run_id)
    if invoice is None:
        return ended
    marker = step_marker(unit.step or "d+0")
    if db.invoices.stripe_meta(invoice.id).metadata.get(marker):
        return skipped(db, unit, "sent_elsewhere", run_id, "sent by another desktop")
    if mailer is None:
        return failed(
            db, unit, "E-mail (SMTP) is not set up: fill in Settings, E-mail server.", run_id
        )
    raw = db.invoices.stripe_meta(invoice.id).raw or {}
    to = str(raw.get("customer_email") or "")
    if not to:
        customer = db.customers.find(invoice.customer_id)
        to = customer.email if customer is not None else ""
    if not to:
        return failed(db, unit, "The customer has no e-mail address.", run_id)
    subject, body = _rendered(db, unit, now, settings)
    smtp = mailer_settings(db)
    db.job_units.finish(
        unit.id, UnitStatus.RUNNING, result={**unit.result, "smtp": "sending", "to": to}
    )
    try:
        mailer.send(mail_message(smtp, to, subject, body, unit.id))
    except MailerError as exc:
        if exc.retry:  # nothing went out: the next run tries again
            db.job_units.finish(unit.id, UnitStatus.PLANNED, result=dict(unit.result))
            return Outcome(db.job_units.get(unit.id), Event.WAITING, str(exc))
        return failed(db, unit, str(exc), run_id)
    with db.transaction():
        db.reminder_sends.record(
            ReminderSend(
                invoice_ref=invoice.stripe_id or "",
                step=unit.step or "",
                unit_id=unit.id,
                policy_id=str(unit.result.get("policy") or "") or None,
                tone=_tone(unit),
                channel=SMTP_CHANNEL,
                subject=subject,
                body=body,
                sent_at=int(now.timestamp()),
            )
        )
        db.outbox.enqueue(
            "invoice",
            invoice.id,
            "set_metadata",
            {"metadata": {marker: unit.id}},
            f"{unit.id}:mark",
        )
        return finish(
            db,
            unit,
            UnitStatus.DONE,
            Event.SENT,
            result={"channel": SMTP_CHANNEL, "smtp": "sent", "to": to, "subject": subject},
            stripe_ids={"invoice": invoice.stripe_id or ""},
            run_id=run_id,
        )


def settle_smtp(db: Database, unit: JobUnit, run_id: int | None) -> Outcome:
    """A step left "sending" by a run that stopped: it may have gone out; ask a person."""
    return failed(
        db,
        unit,
        "The app stopped while this reminder was being e-mailed, so it may have been sent. "
        "Check the Sent folder of the mail account, then Retry or Skip it.",
        run_id,
    )


def _tone(unit: JobUnit) -> Tone:
    try:
        return Tone(str(unit.result.get("tone") or "friendly"))
    except ValueError:
        return Tone.FRIENDLY


def _rendered(db: Database, unit: JobUnit, now: datetime, settings: JobSettings) -> tuple[str, str]:
    """The step's message as it applies to the invoice (kept for the record and for SMTP)."""
    policy = db.reminder_policies.find(str(unit.result.get("policy") or ""))
    step = next((s for s in policy.steps if s.key == unit.step), None) if policy else None
    invoice = db.invoices.get_by_stripe_id(unit.invoice_ref or "")
    if step is None or invoice is None:
        return (str(unit.result.get("label") or "Reminder"), "")
    raw = db.invoices.stripe_meta(invoice.id).raw or {}
    remaining = int(raw.get("amount_remaining") or 0)
    due = invoice.effective_due_date()
    values = reminder_values(
        customer=str(raw.get("customer_name") or ""),
        number=invoice.number or "",
        amount=Money(remaining, invoice.currency).format(),
        due_date=due if due is not None else settings.today(now),
        today=settings.today(now),
        link=str(raw.get("hosted_invoice_url") or ""),
        business=db.settings.business_profile().name,
    )
    rendered = render(step, values)
    return rendered.subject, rendered.body
