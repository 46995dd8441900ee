"""Approval rules as values: which drafts wait for a person's review, and why.

A draft is held when any enabled rule matches the facts gathered about it
(:class:`DraftFacts`); :func:`hold_reasons` gives one line per rule that holds
it. Pure Python: the storage layer gathers the facts, the UI shows the reasons.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .currency import currency
from .money import Money

# Where an approval is recorded on the Stripe invoice, so another desktop sees it.
METADATA_APPROVED_BY = "desktop_invoicer_approved_by"
METADATA_APPROVED_AT = "desktop_invoicer_approved_at"


class Decision(StrEnum):
    APPROVED = "approved"
    REJECTED = "rejected"


class HoldRule(StrEnum):
    AMOUNT = "amount"
    NEW_CUSTOMER = "new_customer"
    FIRST_INVOICE = "first_invoice"
    UNUSUAL_CURRENCY = "unusual_currency"
    MANUAL_HOLD = "manual_hold"


@dataclass(frozen=True, slots=True)
class ApprovalRules:
    """The workspace's rules. Thresholds are minor units per ISO code (``{"USD": 500000}``)."""

    amount_thresholds: Mapping[str, int] = field(default_factory=dict)
    new_customer_days: int | None = None  # None: the rule is off
    first_invoice: bool = False
    unusual_currency: bool = False

    @property
    def any_enabled(self) -> bool:
        return bool(
            self.amount_thresholds
            or self.new_customer_days is not None
            or self.first_invoice
            or self.unusual_currency
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "amount_thresholds": dict(sorted(self.amount_thresholds.items())),
            "new_customer_days": self.new_customer_days,
            "first_invoice": self.first_invoice,
            "unusual_currency": self.unusual_currency,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> ApprovalRules:
        if not data:
            return cls()
        days = data.get("new_customer_days")
        return cls(
            amount_thresholds={
                str(k).upper(): int(v) for k, v in (data.get("amount_thresholds") or {}).items()
            },
            new_customer_days=None if days is None else int(days),
            first_invoice=bool(data.get("first_invoice", False)),
            unusual_currency=bool(data.get("unusual_currency", False)),
        )


@dataclass(frozen=True, slots=True)
class DraftFacts:
    """What the rules look at, gathered from the workspace for one draft."""

    total: Money
    customer_age_days: int | None  # None: unknown
    prior_invoices: int  # finalized (non-draft) invoices to this customer
    usual_currency: str | None  # the ISO code most of the customer's invoices use
    manual_hold: bool = False
    # A collection rule's threshold for this customer (issue 8), with the rule's name.
    rule_threshold: Money | None = None
    rule_name: str = ""


@dataclass(frozen=True, slots=True)
class HoldReason:
    rule: HoldRule
    text: str


def hold_reasons(rules: ApprovalRules, facts: DraftFacts) -> list[HoldReason]:
    """Why a draft waits for review under ``rules``; empty when nothing holds it."""
    reasons: list[HoldReason] = []
    code = facts.total.currency.code
    threshold = rules.amount_thresholds.get(code)
    if threshold is not None and facts.total.minor > threshold:
        limit = Money(threshold, facts.total.currency)
        reasons.append(
            HoldReason(HoldRule.AMOUNT, f"Amount {facts.total.format()} is above {limit.format()}")
        )
    limit_by_rule = facts.rule_threshold
    if (
        limit_by_rule is not None
        and limit_by_rule.currency == facts.total.currency
        and facts.total.minor > limit_by_rule.minor
        and not any(r.rule is HoldRule.AMOUNT for r in reasons)
    ):
        reasons.append(
            HoldReason(
                HoldRule.AMOUNT,
                f"Amount {facts.total.format()} is above {limit_by_rule.format()} "
                f"(rule: {facts.rule_name})",
            )
        )
    if (
        rules.new_customer_days is not None
        and facts.customer_age_days is not None
        and facts.customer_age_days <= rules.new_customer_days
    ):
        reasons.append(
            HoldReason(
                HoldRule.NEW_CUSTOMER,
                f"New customer (created {facts.customer_age_days} day(s) ago)",
            )
        )
    if rules.first_invoice and facts.prior_invoices == 0:
        reasons.append(HoldReason(HoldRule.FIRST_INVOICE, "First invoice to this customer"))
    if rules.unusual_currency and facts.usual_currency is not None and facts.usual_currency != code:
        reasons.append(
            HoldReason(
                HoldRule.UNUSUAL_CURRENCY,
                f"Currency {code} differs from the customer's usual {facts.usual_currency}",
            )
        )
    if facts.manual_hold:
        reasons.append(HoldReason(HoldRule.MANUAL_HOLD, "Held by hand"))
    return reasons


def threshold_money(code: str, minor: int) -> Money:
    return Money(minor, currency(code))


class NotApprovedError(ValueError):
    """Finalizing or sending a draft that waits for review."""

    def __init__(self, reasons: list[HoldReason]) -> None:
        self.reasons = reasons
        text = "; ".join(r.text for r in reasons) or "it waits for review"
        super().__init__(f"Cannot finalize or send a draft that is not approved: {text}.")
