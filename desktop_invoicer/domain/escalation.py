"""Escalation: when an overdue invoice goes to the owner's list, and how the owner hears of it.

An open invoice is escalated when it is at least ``days_overdue`` days past due,
or when its remaining balance is at least the threshold set for its currency
(thresholds are per ISO code, minor units: balances in different currencies are
never compared with each other). The policy may pause the invoice's automatic
reminders: the reminders job then leaves it to the owner.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .money import Money
from .validation import FieldError, ValidationError

SETTINGS_KEY = "escalation_policy"


@dataclass(frozen=True, slots=True)
class EscalationPolicy:
    enabled: bool = False  # off until the owner turns it on (Escalations view)
    days_overdue: int | None = 30  # None: the days rule is off
    balance_thresholds: Mapping[str, int] = field(default_factory=dict)  # ISO code -> minor
    pause_reminders: bool = True

    def validate(self) -> None:
        errors: list[FieldError] = []
        if self.days_overdue is not None and not 1 <= self.days_overdue <= 3650:
            errors.append(FieldError("days_overdue", "Days overdue are 1 to 3650."))
        for code, minor in self.balance_thresholds.items():
            if minor <= 0:
                errors.append(FieldError("balance", f"The {code} threshold must be above zero."))
        if self.enabled and self.days_overdue is None and not self.balance_thresholds:
            errors.append(FieldError("days_overdue", "Set days overdue or a balance threshold."))
        if errors:
            raise ValidationError(errors)

    def to_json(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "days_overdue": self.days_overdue,
            "balance_thresholds": dict(sorted(self.balance_thresholds.items())),
            "pause_reminders": self.pause_reminders,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> EscalationPolicy:
        if not data:
            return cls()
        days = data.get("days_overdue")
        return cls(
            enabled=bool(data.get("enabled", False)),
            days_overdue=None if days is None else int(days),
            balance_thresholds={
                str(k).upper(): int(v) for k, v in (data.get("balance_thresholds") or {}).items()
            },
            pause_reminders=bool(data.get("pause_reminders", True)),
        )


@dataclass(frozen=True, slots=True)
class OverdueInvoice:
    invoice_ref: str  # Stripe invoice id
    number: str
    customer_name: str
    balance: Money
    due_date: date


def days_overdue(invoice: OverdueInvoice, today: date) -> int:
    return max(0, (today - invoice.due_date).days)


def escalation_reason(policy: EscalationPolicy, invoice: OverdueInvoice, today: date) -> str | None:
    """Why ``invoice`` goes to the escalation list today, or None."""
    if not policy.enabled or invoice.balance.minor <= 0:
        return None
    late = days_overdue(invoice, today)
    if late <= 0:
        return None
    reasons: list[str] = []
    if policy.days_overdue is not None and late >= policy.days_overdue:
        reasons.append(f"{late} days overdue")
    threshold = policy.balance_thresholds.get(invoice.balance.currency.code)
    if threshold is not None and invoice.balance.minor >= threshold:
        limit = Money(threshold, invoice.balance.currency)
        reasons.append(f"balance {invoice.balance.format()} is at least {limit.format()}")
    return "; ".join(reasons) or None


@dataclass(frozen=True, slots=True)
class Notice:
    """What to tell the owner about new escalations, and where."""

    channel: str  # "tray" (a desktop notification) or "status" (the status bar)
    title: str
    text: str


def notice(new: Sequence[OverdueInvoice], tray_available: bool) -> Notice | None:
    """The notification for newly escalated invoices (None when there are none)."""
    if not new:
        return None
    if len(new) == 1:
        inv = new[0]
        text = f"Invoice {inv.number or inv.invoice_ref} for {inv.customer_name} needs you."
    else:
        text = f"{len(new)} overdue invoices need you. Open Escalations to see them."
    return Notice("tray" if tray_available else "status", "Invoices escalated", text)
