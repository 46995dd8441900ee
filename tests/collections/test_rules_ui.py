"""Re-applying a changed rule to open drafts: asked first, through the normal draft save."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pytestqt.qtbot import QtBot

from desktop_invoicer.domain.collection_rules import CollectionRule, Scope
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import Invoice, InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.storage import Database
from desktop_invoicer.ui.rules_view import RulesView
from tests.ui.conftest import Answers, open_window

from .conftest import SHOTS
from .helpers import add_customer, add_invoice


def test_a_changed_rule_reaches_open_drafts_only_when_reapplied(
    qtbot: QtBot, ui_db: Database
) -> None:
    acme = add_customer(ui_db, "Acme Ltd")
    add_invoice(ui_db, acme, status="paid", total=100_00, issued=date(2025, 5, 1))
    rule = ui_db.collection_rules.save(
        CollectionRule("", "Acme terms", Scope.CUSTOMER, acme, 1, days_until_due=15)
    )
    draft = ui_db.invoices.save_draft(
        Invoice(
            "",
            acme,
            currency("USD"),
            lines=(InvoiceLine("Work", 1, Money.of(100_00, "USD")),),
            days_until_due=15,
        )
    )
    ui_db.collection_rules.record_terms(draft.id, ui_db.collection_rules.effective_terms(acme))
    answers = Answers(SHOTS / "unused.pdf")
    window = open_window(qtbot, ui_db, answers)
    view = window.show_view("rules")
    assert isinstance(view, RulesView)
    view.table.selectRow(0)

    # The rule changes: the draft keeps its terms.
    ui_db.collection_rules.save(replace(rule, days_until_due=60))
    assert ui_db.invoices.get(draft.id).days_until_due == 15

    answers.confirm = False  # asked first; "no" changes nothing
    assert view.reapply_current() == 0
    assert "Re-apply the rules to 1 open draft of Acme terms?" in answers.confirmations[-1]
    assert ui_db.invoices.get(draft.id).days_until_due == 15

    answers.confirm = True
    assert view.reapply_current() == 1
    assert ui_db.invoices.get(draft.id).days_until_due == 60
    actions = [e.action for e in ui_db.audit.entries("invoice", draft.id)]
    assert actions.count("update") == 1  # the normal draft save, audited
    window.close()


def test_rule_collection_method_and_terms_changed_by_hand(qtbot: QtBot, ui_db: Database) -> None:
    from desktop_invoicer.domain.invoice import CollectionMethod
    from desktop_invoicer.ui.invoice_editor import InvoiceEditor

    acme = add_customer(ui_db, "Acme Ltd")
    ui_db.collection_rules.save(
        CollectionRule(
            "", "Card on file", Scope.CUSTOMER, acme, 1, collection_method="charge_automatically"
        )
    )
    window = open_window(qtbot, ui_db, Answers(SHOTS / "unused.pdf"))
    invoices = window.show_view("invoices")
    invoices.new_item()
    editor = invoices.dialog
    assert isinstance(editor, InvoiceEditor)
    editor.pick_customer(ui_db.customers.get(acme))
    assert editor.collection_method() is CollectionMethod.CHARGE_AUTOMATICALLY
    assert editor.rule_terms.label.text() == (  # type: ignore[attr-defined]
        "Terms from rule: Card on file (Charge automatically)"
    )
    editor.collection.setCurrentIndex(editor.collection.findData(CollectionMethod.SEND_INVOICE))
    line = editor.lines.rows[0]
    qtbot.keyClicks(line.description, "Work")
    qtbot.keyClicks(line.unit_price, "10")
    assert editor.try_save()
    assert editor.saved is not None
    origin = ui_db.collection_rules.terms_of(editor.saved.id)
    assert origin is not None and origin.rule_id is None
    assert origin.label() == "Terms set by hand"
    window.close()


def test_a_rule_threshold_puts_a_draft_in_review(ui_db: Database) -> None:
    acme = add_customer(ui_db, "Acme Ltd")
    ui_db.collection_rules.save(
        CollectionRule(
            "", "Big tickets", Scope.CUSTOMER, acme, 1, approval_threshold=Money.of(500_00, "USD")
        )
    )
    small = ui_db.invoices.save_draft(
        Invoice("", acme, currency("USD"), lines=(InvoiceLine("A", 1, Money.of(100_00, "USD")),))
    )
    big = ui_db.invoices.save_draft(
        Invoice("", acme, currency("USD"), lines=(InvoiceLine("B", 1, Money.of(900_00, "USD")),))
    )
    assert ui_db.approvals.state(small.id).reasons == ()
    (reason,) = ui_db.approvals.state(big.id).reasons
    assert reason.text == "Amount USD 900.00 is above USD 500.00 (rule: Big tickets)"
    assert [i.invoice_id for i in ui_db.approvals.queue()] == [big.id]
