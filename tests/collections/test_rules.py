"""Collection rules: a visible order, the first match per field wins, origins recorded."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_invoicer.domain.approval import ApprovalRules, DraftFacts, HoldRule, hold_reasons
from desktop_invoicer.domain.collection_rules import (
    CollectionRule,
    RuleField,
    Scope,
    apply_terms,
    early_discount_note,
    ordered,
    resolve,
)
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import CollectionMethod, Invoice
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.segments import Condition, Match, Metric, Op, Segment
from desktop_invoicer.domain.validation import ValidationError
from desktop_invoicer.storage import Database

from .helpers import add_customer, add_invoice


def _rule(
    name: str, scope: Scope, target: str, priority: int = 100, **fields: object
) -> CollectionRule:
    return CollectionRule("", name, scope, target, priority, **fields)  # type: ignore[arg-type]


def test_customer_rules_come_first_then_priority_and_first_match_per_field_wins() -> None:
    rules = [
        CollectionRule(
            "r1",
            "Segment fees",
            Scope.SEGMENT,
            "s1",
            2,
            days_until_due=10,
            late_fee_policy_id="lf1",
        ),
        CollectionRule("r2", "Segment terms", Scope.SEGMENT, "s1", 1, days_until_due=45),
        CollectionRule(
            "r3", "Acme only", Scope.CUSTOMER, "c1", 50, collection_method="charge_automatically"
        ),
    ]
    assert [r.id for r in ordered(rules)] == ["r3", "r2", "r1"]
    terms = resolve(rules, "c1", {"s1"})
    assert terms.days_until_due == 45
    assert terms.collection_method == "charge_automatically"
    assert terms.late_fee_policy_id == "lf1"
    assert terms.sources[RuleField.TERMS].rule_name == "Segment terms"
    assert terms.label() == "Terms from rules: Acme only, Segment terms, Segment fees"
    other = resolve(rules, "c2", set())
    assert not other.any and other.label() == "Terms from workspace defaults"


def test_a_disabled_rule_is_skipped_and_terms_apply_to_an_invoice() -> None:
    rules = [
        CollectionRule("r1", "Off", Scope.CUSTOMER, "c1", 1, enabled=False, days_until_due=7),
        CollectionRule(
            "r2",
            "On",
            Scope.CUSTOMER,
            "c1",
            2,
            days_until_due=45,
            discount_percent=Decimal("2"),
            discount_days=10,
        ),
    ]
    terms = resolve(rules, "c1", ())
    assert terms.days_until_due == 45
    invoice = apply_terms(Invoice("", "c1", currency("USD"), due_date=date(2026, 2, 1)), terms)
    assert (invoice.days_until_due, invoice.due_date) == (45, None)
    assert invoice.collection_method is CollectionMethod.SEND_INVOICE
    assert early_discount_note(terms) == "Early payment: 2% off if paid within 10 days."


def test_rule_validation_speaks_at_the_field() -> None:
    bad = CollectionRule(
        "",
        " ",
        Scope.SEGMENT,
        "",
        days_until_due=400,
        discount_percent=Decimal("120"),
        discount_days=None,
    )
    with pytest.raises(ValidationError) as info:
        bad.validate()
    assert {e.field for e in info.value.errors} == {"name", "target", "days_until_due", "discount"}
    with pytest.raises(ValidationError, match="at least one default"):
        CollectionRule("", "Empty", Scope.CUSTOMER, "c1").validate()


def test_repository_resolves_through_segments_and_records_the_origin(db: Database) -> None:
    old = add_customer(db, "Old Friend Ltd")
    new = add_customer(db, "Newcomer Inc")
    add_invoice(db, old, status="paid", total=9_000_00, issued=date(2022, 3, 1))
    seg = db.segments.save(
        Segment(
            "",
            "Long-standing clients",
            Match.ALL,
            (Condition(Metric.FIRST_INVOICE, Op.BEFORE, "2024-01-01"),),
        )
    )
    rule = db.collection_rules.save(
        _rule(
            "Long-standing clients",
            Scope.SEGMENT,
            seg.id,
            10,
            days_until_due=45,
            late_fee_policy_id="gentle",
            approval_threshold=Money.of(5_000_00, "USD"),
        )
    )
    terms = db.collection_rules.effective_terms(old)
    assert terms.days_until_due == 45
    assert db.collection_rules.late_fee_policy_id(old) == "gentle"
    assert db.collection_rules.late_fee_policy_id(new) is None
    assert db.collection_rules.list() == [rule]
    # A segment a rule uses cannot be deleted.
    with pytest.raises(ValidationError, match="Rules use this segment"):
        db.segments.delete(seg.id)

    draft_id = add_invoice(db, old, status="draft", total=100_00, due=None)
    assert db.collection_rules.drafts_for(rule) == [draft_id]
    db.collection_rules.record_terms(draft_id, terms)
    origin = db.collection_rules.terms_of(draft_id)
    assert origin is not None and origin.label() == "Terms from rule: Long-standing clients"


def test_a_rule_threshold_holds_a_draft_for_approval() -> None:
    facts = DraftFacts(
        total=Money.of(6_000_00, "USD"),
        customer_age_days=400,
        prior_invoices=3,
        usual_currency="USD",
        rule_threshold=Money.of(5_000_00, "USD"),
        rule_name="Big accounts",
    )
    (reason,) = hold_reasons(ApprovalRules(), facts)
    assert reason.rule is HoldRule.AMOUNT and "(rule: Big accounts)" in reason.text
    eur = DraftFacts(Money.of(6_000_00, "EUR"), 400, 3, "EUR", rule_threshold=Money.of(1, "USD"))
    assert hold_reasons(ApprovalRules(), eur) == []
