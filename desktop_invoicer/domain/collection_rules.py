"""Conditional collection rules: per customer or per segment, the defaults of a new invoice.

A rule names a target (one customer, or one segment) and gives any of: payment
terms (days until due), collection method, an early-payment discount (percent
within days), a reminder policy, a late-fee policy and an approval threshold.
A field left empty (None) means "no opinion": a later rule may set it.

**Order** (:func:`ordered`, the order the Rules view lists them in):

1. rules for one customer come before rules for a segment;
2. within each group, by ``priority`` (lower first), then by name and id.

For each field, the first enabled rule in that order that applies to the
customer and sets the field wins (:func:`resolve`). Fields no rule sets keep the
workspace defaults. A rule changed today affects new invoices only: drafts keep
the terms they were given until the person re-applies the rules to them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any

from .invoice import CollectionMethod, Invoice
from .money import Money
from .validation import FieldError, ValidationError


class Scope(StrEnum):
    CUSTOMER = "customer"
    SEGMENT = "segment"


class RuleField(StrEnum):
    """The fields a rule may set; each resolves on its own (first rule that sets it wins)."""

    TERMS = "days_until_due"
    COLLECTION = "collection_method"
    EARLY_DISCOUNT = "early_discount"
    REMINDERS = "reminder_policy_id"
    LATE_FEES = "late_fee_policy_id"
    APPROVAL = "approval_threshold"

    @property
    def label(self) -> str:
        return _FIELD_LABELS[self]


_FIELD_LABELS = {
    RuleField.TERMS: "Payment terms",
    RuleField.COLLECTION: "Collection method",
    RuleField.EARLY_DISCOUNT: "Early-payment discount",
    RuleField.REMINDERS: "Reminder policy",
    RuleField.LATE_FEES: "Late-fee policy",
    RuleField.APPROVAL: "Approval threshold",
}

COLLECTION_METHODS = ("send_invoice", "charge_automatically")
COLLECTION_LABELS = {
    "send_invoice": "Email invoice",
    "charge_automatically": "Charge automatically",
}


@dataclass(frozen=True, slots=True)
class CollectionRule:
    id: str
    name: str
    scope: Scope
    target_id: str
    priority: int = 100
    enabled: bool = True
    days_until_due: int | None = None
    collection_method: str | None = None
    discount_percent: Decimal | None = None
    discount_days: int | None = None
    reminder_policy_id: str | None = None
    late_fee_policy_id: str | None = None
    approval_threshold: Money | None = None

    def validate(self) -> None:
        errors: list[FieldError] = []
        if not self.name.strip():
            errors.append(FieldError("name", "Give the rule a name."))
        elif len(self.name.strip()) > 80:
            errors.append(FieldError("name", "At most 80 characters."))
        if not self.target_id:
            what = "customer" if self.scope is Scope.CUSTOMER else "segment"
            errors.append(FieldError("target", f"Choose the {what} this rule applies to."))
        if not 0 <= self.priority <= 100_000:
            errors.append(FieldError("priority", "Priority is a whole number from 0 to 100000."))
        if self.days_until_due is not None and not 0 <= self.days_until_due <= 365:
            errors.append(FieldError("days_until_due", "Payment terms are 0 to 365 days."))
        if self.collection_method is not None and self.collection_method not in COLLECTION_METHODS:
            errors.append(FieldError("collection_method", "Unknown collection method."))
        if (self.discount_percent is None) != (self.discount_days is None):
            errors.append(
                FieldError("discount", "An early-payment discount needs a percent and days.")
            )
        if self.discount_percent is not None and not Decimal(0) < self.discount_percent < 100:
            errors.append(FieldError("discount", "The discount is more than 0 and below 100%."))
        if self.discount_days is not None:
            limit = self.days_until_due
            if not 0 < self.discount_days <= 365:
                errors.append(FieldError("discount", "Discount days are 1 to 365."))
            elif limit is not None and self.discount_days > limit:
                errors.append(
                    FieldError("discount", "The discount period is longer than the payment terms.")
                )
        if self.approval_threshold is not None and self.approval_threshold.minor < 0:
            errors.append(FieldError("approval_threshold", "Enter an amount of zero or more."))
        if not any(self.sets(f) for f in RuleField):
            errors.append(FieldError("fields", "Set at least one default for this rule."))
        if errors:
            raise ValidationError(errors)

    def sets(self, f: RuleField) -> bool:
        if f is RuleField.EARLY_DISCOUNT:
            return self.discount_percent is not None
        return getattr(self, f.value) is not None

    def applies_to(self, customer_id: str, segment_ids: Collection[str]) -> bool:
        if not self.enabled:
            return False
        if self.scope is Scope.CUSTOMER:
            return self.target_id == customer_id
        return self.target_id in segment_ids

    def summary(self) -> str:
        """What the rule sets, in a line (for the Rules list)."""
        parts: list[str] = []
        if self.days_until_due is not None:
            parts.append(terms_text(self.days_until_due))
        if self.collection_method is not None:
            parts.append(COLLECTION_LABELS.get(self.collection_method, self.collection_method))
        if self.discount_percent is not None and self.discount_days is not None:
            parts.append(early_discount_text(self.discount_percent, self.discount_days))
        if self.reminder_policy_id:
            parts.append("reminder policy")
        if self.late_fee_policy_id:
            parts.append("late-fee policy")
        if self.approval_threshold is not None:
            parts.append(f"approval above {self.approval_threshold.format()}")
        return ", ".join(parts)


def terms_text(days: int) -> str:
    return "Due on receipt" if days == 0 else f"Net {days}"


def early_discount_text(percent: Decimal, days: int) -> str:
    return f"{percent.normalize():f}% off if paid within {days} days"


def ordered(rules: Iterable[CollectionRule]) -> list[CollectionRule]:
    """The order rules apply in: customer rules first, then by priority, name, id."""
    return sorted(
        rules,
        key=lambda r: (0 if r.scope is Scope.CUSTOMER else 1, r.priority, r.name.lower(), r.id),
    )


@dataclass(frozen=True, slots=True)
class RuleSource:
    rule_id: str
    rule_name: str


@dataclass(frozen=True, slots=True)
class EffectiveTerms:
    """A customer's defaults after the rules; ``sources`` says which rule set each field."""

    days_until_due: int | None = None
    collection_method: str | None = None
    discount_percent: Decimal | None = None
    discount_days: int | None = None
    reminder_policy_id: str | None = None
    late_fee_policy_id: str | None = None
    approval_threshold: Money | None = None
    sources: Mapping[RuleField, RuleSource] = field(default_factory=dict)

    @property
    def any(self) -> bool:
        return bool(self.sources)

    def rule_names(self) -> list[str]:
        return list(dict.fromkeys(s.rule_name for s in self.sources.values()))

    def first_rule(self) -> RuleSource | None:
        """The rule that set the payment terms, else the first rule that set anything."""
        if RuleField.TERMS in self.sources:
            return self.sources[RuleField.TERMS]
        return next(iter(self.sources.values()), None)

    def label(self) -> str:
        names = self.rule_names()
        if not names:
            return "Terms from workspace defaults"
        return f"Terms from rule{'s' if len(names) > 1 else ''}: {', '.join(names)}"

    def fields_json(self) -> dict[str, Any]:
        return {f.value: s.rule_name for f, s in self.sources.items()}


def resolve(
    rules: Sequence[CollectionRule], customer_id: str, segment_ids: Collection[str]
) -> EffectiveTerms:
    """The customer's effective defaults: for each field, the first applicable rule wins."""
    values: dict[str, Any] = {}
    sources: dict[RuleField, RuleSource] = {}
    for rule in ordered(rules):
        if not rule.applies_to(customer_id, segment_ids):
            continue
        for f in RuleField:
            if f in sources or not rule.sets(f):
                continue
            sources[f] = RuleSource(rule.id, rule.name)
            if f is RuleField.EARLY_DISCOUNT:
                values["discount_percent"] = rule.discount_percent
                values["discount_days"] = rule.discount_days
            else:
                values[f.value] = getattr(rule, f.value)
    return EffectiveTerms(**values, sources=sources)


def apply_terms(invoice: Invoice, terms: EffectiveTerms) -> Invoice:
    """``invoice`` with the rule-set payment terms and collection method (others untouched).

    Terms set by a rule replace a chosen due date; with automatic charging Stripe
    takes no payment terms, so ``days_until_due`` is left as it was.
    """
    changes: dict[str, Any] = {}
    if terms.collection_method is not None:
        changes["collection_method"] = CollectionMethod(terms.collection_method)
    if terms.days_until_due is not None:
        changes["days_until_due"] = terms.days_until_due
        changes["due_date"] = None
    return replace(invoice, **changes) if changes else invoice


def early_discount_note(terms: EffectiveTerms) -> str:
    """The memo line of an early-payment discount (Stripe has no such field), or ''."""
    if terms.discount_percent is None or terms.discount_days is None:
        return ""
    return f"Early payment: {early_discount_text(terms.discount_percent, terms.discount_days)}."
