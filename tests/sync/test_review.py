"""The review queue: rules hold drafts, approvals travel to Stripe and to another desktop."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop_invoicer.domain.approval import (
    METADATA_APPROVED_AT,
    METADATA_APPROVED_BY,
    ApprovalRules,
    HoldRule,
    NotApprovedError,
)
from desktop_invoicer.domain.catalog import Customer
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import Invoice, InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.status import InvalidTransitionError, InvoiceAction
from desktop_invoicer.storage import Database
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.changes import StripeChanges
from desktop_invoicer.sync.engine import SyncEngine
from desktop_invoicer.sync.gateway import StripeGateway

from .conftest import TestClock

RULES = ApprovalRules(amount_thresholds={"USD": 1000_00})


def draft(customer_id: str, amount: int) -> Invoice:
    return Invoice(
        "", customer_id, currency("USD"), lines=(InvoiceLine("Work", 1, Money.of(amount, "USD")),)
    )


def setup(db: Database) -> tuple[StripeChanges, str]:
    db.approvals.save_rules(RULES)
    changes = StripeChanges(db, actor="bea")
    c = changes.save_customer(Customer("", "Initech", "ap@initech.example", currency("USD")))
    return changes, c.id


def test_a_draft_above_the_threshold_waits_until_approved(
    server: StripeServer, engine: SyncEngine, db: Database
) -> None:
    changes, customer_id = setup(db)
    big = changes.save_draft(draft(customer_id, 2500_00))
    small = changes.save_draft(draft(customer_id, 50_00))
    engine.settle()
    queue = db.approvals.queue()
    assert [item.invoice_id for item in queue] == [big.id]
    assert [r.rule for r in queue[0].state.reasons] == [HoldRule.AMOUNT]
    assert "above USD 1,000.00" in queue[0].state.reasons[0].text
    with pytest.raises(NotApprovedError, match="not approved: Amount"):
        changes.invoice_action(big.id, InvoiceAction.FINALIZE)
    changes.invoice_action(small.id, InvoiceAction.FINALIZE)  # nothing holds it
    changes.approve_and_send(big.id)
    engine.settle()
    assert db.approvals.queue() == []
    sid = db.invoices.get(big.id).stripe_id
    remote = server.get("invoice", sid)
    assert remote["status"] == "open"
    assert remote["metadata"][METADATA_APPROVED_BY] == "bea"
    assert remote["metadata"][METADATA_APPROVED_AT]
    assert sid in [s["invoice"] for s in server.sent_invoices]
    actions = [e.action for e in db.audit.entries("invoice", big.id)]
    assert "review_approved" in actions


def test_an_edit_requeues_and_a_rejection_needs_a_comment(engine: SyncEngine, db: Database) -> None:
    changes, customer_id = setup(db)
    big = changes.save_draft(draft(customer_id, 2500_00))
    engine.settle()
    with pytest.raises(ValueError, match="why"):
        changes.reject(big.id, "  ")
    changes.reject(big.id, "Wrong rate")
    (item,) = db.approvals.queue()
    assert item.state.rejected and item.state.comment == "Wrong rate"
    changes.approve(big.id)
    assert db.approvals.queue() == []
    changes.save_draft(db.invoices.get(big.id))  # an edit, saved
    assert [i.invoice_id for i in db.approvals.queue()] == [big.id]


def test_manual_hold_and_new_customer_rules(db: Database) -> None:
    changes, customer_id = setup(db)
    db.approvals.save_rules(ApprovalRules(new_customer_days=30, first_invoice=True))
    small = changes.save_draft(draft(customer_id, 10_00))
    reasons = {r.rule for r in db.approvals.state(small.id).reasons}
    assert reasons == {HoldRule.NEW_CUSTOMER, HoldRule.FIRST_INVOICE}
    db.approvals.save_rules(ApprovalRules())
    assert db.approvals.queue() == []
    changes.hold(small.id, "check the PO")
    assert [r.rule for r in db.approvals.state(small.id).reasons] == [HoldRule.MANUAL_HOLD]


def test_an_approval_on_one_desktop_is_seen_on_the_other(
    server: StripeServer,
    db: Database,
    make_db: Callable[[str], Database],
    make_gateway: Callable[..., StripeGateway],
    clock: TestClock,
) -> None:
    first = SyncEngine(db, make_gateway(), clock)
    changes, customer_id = setup(db)
    big = changes.save_draft(draft(customer_id, 2500_00))
    first.settle()
    other_db = make_db("other")
    other_db.approvals.save_rules(RULES)
    second = SyncEngine(other_db, make_gateway(), clock)
    second.settle()
    sid = db.invoices.get(big.id).stripe_id
    other = other_db.invoices.get_by_stripe_id(str(sid))
    assert other is not None
    assert [i.invoice_id for i in other_db.approvals.queue()] == [other.id]
    server.clock.advance(5)
    changes.approve(big.id)
    first.settle()
    second.settle()
    assert other_db.approvals.queue() == []
    state = other_db.approvals.state(other.id)
    assert state.approved and state.decided_by == "bea"


def test_invalid_transitions_are_refused(engine: SyncEngine, db: Database) -> None:
    changes, customer_id = setup(db)
    small = changes.save_draft(draft(customer_id, 10_00))
    engine.settle()
    with pytest.raises(InvalidTransitionError, match="Cannot send a draft invoice"):
        changes.invoice_action(small.id, InvoiceAction.SEND)
    changes.invoice_action(small.id, InvoiceAction.FINALIZE)
    engine.settle()
    with pytest.raises(InvalidTransitionError, match="Cannot edit an open invoice"):
        changes.approve(small.id)
    changes.invoice_action(small.id, InvoiceAction.PAY, {"paid_out_of_band": True})
    engine.settle()
    with pytest.raises(InvalidTransitionError, match="Cannot void a paid invoice"):
        changes.invoice_action(small.id, InvoiceAction.VOID)


def test_credit_notes_full_and_partial_only_on_open_or_paid(
    server: StripeServer, engine: SyncEngine, db: Database
) -> None:
    changes, customer_id = setup(db)
    small = changes.save_draft(draft(customer_id, 100_00))
    engine.settle()
    with pytest.raises(InvalidTransitionError, match="Cannot issue a credit note for a draft"):
        changes.credit_note(small.id)
    changes.invoice_action(small.id, InvoiceAction.FINALIZE)
    engine.settle()
    with pytest.raises(ValueError, match="between 0 and"):
        changes.credit_note(small.id, 500_00)
    changes.credit_note(small.id, 30_00, "order_change")
    report = engine.settle()
    assert report.error is None
    sid = db.invoices.get(small.id).stripe_id
    notes = [n for n in server.objects("credit_note") if n["invoice"] == sid]
    assert [(n["amount"], n["reason"]) for n in notes] == [(30_00, "order_change")]
    assert server.get("invoice", str(sid))["amount_remaining"] == 70_00
