"""Payment reminder policies as values: steps relative to an invoice's due date.

A policy is a list of steps such as 3 days before the due date, then 1, 7 and 14
days after, each with a tone and a message template. Which step is due for an
invoice on a given day is pure arithmetic here; sending and recording it is the
jobs room's work. After downtime only the latest due step is sent: a customer
never gets three reminders in one morning.
"""

from __future__ import annotations

import string
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from .units import reminder_unit_id
from .validation import MAX_MEMO, FieldError, check_text, raise_if_any

MAX_STEPS = 12
MAX_OFFSET_DAYS = 365


class Tone(StrEnum):
    FRIENDLY = "friendly"
    FIRM = "firm"
    FINAL = "final"

    @property
    def label(self) -> str:
        return self.value.capitalize()


PLACEHOLDERS = {
    "customer": "the customer's name",
    "number": "the invoice number",
    "amount": "the amount still due, with its currency",
    "due_date": "the due date",
    "days": "days until (negative: since) the due date",
    "days_overdue": "days since the due date (0 before it)",
    "link": "the invoice's payment page",
    "business": "your business name",
}


@dataclass(frozen=True, slots=True)
class ReminderStep:
    offset_days: int  # relative to the due date: -3 is three days before, 7 a week after
    tone: Tone = Tone.FRIENDLY
    subject: str = "Invoice {number} is due on {due_date}"
    message: str = "Hello {customer},\n\nthis is a reminder that invoice {number} for {amount} is due on {due_date}.\n\n{link}"
    channel: str = "stripe_email"  # or "smtp": the app's own mail server (Settings)

    @property
    def key(self) -> str:
        """Stable name of the step ("d-3", "d+7"): part of the unit id, so it never changes."""
        return f"d{self.offset_days:+d}"

    @property
    def label(self) -> str:
        n = abs(self.offset_days)
        if self.offset_days == 0:
            return "On the due date"
        unit = "day" if n == 1 else "days"
        return f"{n} {unit} {'before' if self.offset_days < 0 else 'after'} the due date"

    def day_for(self, due_date: date) -> date:
        return due_date + timedelta(days=self.offset_days)


@dataclass(frozen=True, slots=True)
class RenderedReminder:
    subject: str
    body: str
    tone: Tone


@dataclass(frozen=True, slots=True)
class ReminderPolicy:
    id: str
    name: str
    steps: tuple[ReminderStep, ...] = field(default_factory=tuple)
    enabled: bool = False  # switched on after a preview
    is_default: bool = False  # applies to customers without a policy of their own

    def validate(self) -> None:
        errors: list[FieldError | None] = [
            check_text("name", self.name, 120, required=True, label="Name")
        ]
        if not self.steps:
            errors.append(FieldError("steps", "Add at least one step."))
        if len(self.steps) > MAX_STEPS:
            errors.append(FieldError("steps", f"A policy has at most {MAX_STEPS} steps."))
        offsets = [s.offset_days for s in self.steps]
        if len(set(offsets)) != len(offsets):
            errors.append(FieldError("steps", "Two steps fall on the same day."))
        for i, step in enumerate(self.steps):
            if abs(step.offset_days) > MAX_OFFSET_DAYS:
                errors.append(
                    FieldError(f"steps[{i}].offset_days", "A step is at most a year away.")
                )
            errors.append(check_text(f"steps[{i}].subject", step.subject, 200, required=True))
            errors.append(check_text(f"steps[{i}].message", step.message, MAX_MEMO, required=True))
            for name, text in (("subject", step.subject), ("message", step.message)):
                unknown = template_fields(text) - PLACEHOLDERS.keys()
                if unknown:
                    errors.append(
                        FieldError(
                            f"steps[{i}].{name}",
                            "Unknown placeholder "
                            + ", ".join("{" + u + "}" for u in sorted(unknown))
                            + ". Use "
                            + ", ".join("{" + p + "}" for p in PLACEHOLDERS)
                            + ".",
                        )
                    )
        raise_if_any(errors)

    def ordered(self) -> tuple[ReminderStep, ...]:
        return tuple(sorted(self.steps, key=lambda s: s.offset_days))

    def plan(self, due_date: date, today: date, known: Collection[str]) -> StepPlan:
        """The step to send today for an invoice due on ``due_date``, and the steps to skip.

        ``known`` holds the keys of steps already handled (sent or skipped). Only
        the latest due step is sent; earlier unhandled ones, and any step older
        than one already handled, are skipped.
        """
        due = [s for s in self.ordered() if s.day_for(due_date) <= today]
        new = [s for s in due if s.key not in known]
        if not new:
            return StepPlan()
        # any handled step counts, due or not: after a clock moved back, a step older
        # than one already sent is still never sent
        latest_known = max(
            (s.offset_days for s in self.steps if s.key in known), default=-(MAX_OFFSET_DAYS + 1)
        )
        send = [s for s in new if s.offset_days > latest_known][-1:]
        return StepPlan(send=send[0] if send else None, skip=tuple(s for s in new if s not in send))


@dataclass(frozen=True, slots=True)
class StepPlan:
    send: ReminderStep | None = None
    skip: tuple[ReminderStep, ...] = ()


def unit_id_for(invoice_stripe_id: str, step: ReminderStep) -> str:
    return reminder_unit_id(invoice_stripe_id, step.key)


def template_fields(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:
        return {"?"}


class _Values(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(step: ReminderStep, values: Mapping[str, Any]) -> RenderedReminder:
    """The step's subject and message with the placeholders filled in (unknown ones kept)."""
    filled = _Values(values)
    return RenderedReminder(
        subject=_format(step.subject, filled), body=_format(step.message, filled), tone=step.tone
    )


def _format(text: str, values: _Values) -> str:
    try:
        return string.Formatter().vformat(text, (), values)
    except (ValueError, IndexError, AttributeError, KeyError):
        return text


def reminder_values(
    *,
    customer: str,
    number: str,
    amount: str,
    due_date: date,
    today: date,
    link: str = "",
    business: str = "",
) -> dict[str, Any]:
    days = (due_date - today).days
    return {
        "customer": customer,
        "number": number,
        "amount": amount,
        "due_date": due_date.isoformat(),
        "days": days,
        "days_overdue": max(0, -days),
        "link": link,
        "business": business,
    }


def default_policy(policy_id: str = "default") -> ReminderPolicy:
    """3 days before, then 1, 7 and 14 days after the due date."""
    return ReminderPolicy(
        id=policy_id,
        name="Standard reminders",
        is_default=True,
        steps=(
            ReminderStep(
                -3,
                Tone.FRIENDLY,
                "Invoice {number} is due on {due_date}",
                "Hello {customer},\n\na friendly reminder that invoice {number} for {amount} "
                "is due on {due_date}.\n\nYou can pay it here: {link}\n\n{business}",
            ),
            ReminderStep(
                1,
                Tone.FRIENDLY,
                "Invoice {number} was due yesterday",
                "Hello {customer},\n\ninvoice {number} for {amount} was due on {due_date}. "
                "If you have already paid, thank you and please ignore this message.\n\n"
                "{link}\n\n{business}",
            ),
            ReminderStep(
                7,
                Tone.FIRM,
                "Invoice {number} is {days_overdue} days overdue",
                "Hello {customer},\n\ninvoice {number} for {amount} is now {days_overdue} days "
                "overdue. Please pay it at your earliest convenience: {link}\n\n{business}",
            ),
            ReminderStep(
                14,
                Tone.FINAL,
                "Final reminder: invoice {number}",
                "Hello {customer},\n\ninvoice {number} for {amount} is {days_overdue} days "
                "overdue. Please pay it within the next few days: {link}\n\n{business}",
            ),
        ),
    )
