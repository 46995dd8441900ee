"""The real views: a segment, a rule for it, and a new invoice that takes the rule's terms."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from desktop_invoicer.domain.collection_rules import Scope
from desktop_invoicer.domain.invoice import CollectionMethod
from desktop_invoicer.domain.segments import Metric, Op
from desktop_invoicer.storage import Database
from desktop_invoicer.ui.customers_view import CustomersView
from desktop_invoicer.ui.invoice_editor import InvoiceEditor
from desktop_invoicer.ui.rule_dialog import RuleDialog
from desktop_invoicer.ui.rules_view import RulesView
from desktop_invoicer.ui.segments_view import SegmentsView
from tests.ui.conftest import Answers, open_window

from .conftest import SHOTS
from .helpers import add_customer, add_invoice


def _fill_condition(view: SegmentsView, metric: Metric, op: Op, value: str) -> None:
    row = view.editor.rows[-1]
    row.metric_box.setCurrentIndex(row.metric_box.findData(metric))
    row.op_box.setCurrentIndex(row.op_box.findData(op))
    row.value.setText(value)
    row.value.textEdited.emit(value)


def test_segment_rule_and_an_invoice_that_takes_its_terms(
    qtbot: QtBot, ui_db: Database, tmp_path: object
) -> None:
    old = add_customer(ui_db, "Old Friend Ltd")
    new = add_customer(ui_db, "Newcomer Inc", country="DE")
    add_invoice(ui_db, old, status="paid", total=9_000_00, issued=date(2022, 3, 1))
    add_invoice(ui_db, new, status="paid", total=500_00, issued=date(2025, 11, 2))
    answers = Answers(SHOTS / "unused.pdf")
    window = open_window(qtbot, ui_db, answers)

    # A segment, with a live count of who matches.
    segments = window.show_view("segments")
    assert isinstance(segments, SegmentsView)
    segments.editor.name.setText("Long-standing clients")
    _fill_condition(segments, Metric.FIRST_INVOICE, Op.BEFORE, "2024-01-01")
    qtbot.waitUntil(lambda: segments.editor.count_label.text() == "1 customer matches now.")
    assert segments.editor.warning.isHidden()
    SHOTS.mkdir(parents=True, exist_ok=True)
    segments.grab().save(str(SHOTS / "segments_view.png"))
    assert segments.save()
    (segment,) = ui_db.segments.list()
    assert segment.name == "Long-standing clients"
    assert segments.list.currentItem().text() == "Long-standing clients"
    segments.grab().save(str(SHOTS / "segments_saved.png"))

    # A rule for that segment, made in the rule dialog.
    rules = window.show_view("rules")
    assert isinstance(rules, RulesView)
    rules.new_item()
    dialog = rules.dialog
    assert isinstance(dialog, RuleDialog)
    dialog.name.setText("Long-standing clients")
    dialog.target.setCurrentIndex(dialog.target.findData(segment.id))
    assert dialog.matches.text() == "Applies to 1 customer now."
    dialog.terms_on.setChecked(True)
    dialog.terms.setValue(45)
    dialog.collection.setCurrentIndex(dialog.collection.findData("send_invoice"))
    dialog.discount_percent.setText("2")
    dialog.discount_days.setValue(10)
    dialog.grab().save(str(SHOTS / "rule_dialog.png"))
    assert dialog.try_save()
    (rule,) = ui_db.collection_rules.list()
    assert (rule.scope, rule.days_until_due, rule.discount_days) == (Scope.SEGMENT, 45, 10)
    assert rules.table.item(0, 1).text() == "Long-standing clients"
    rules.grab().save(str(SHOTS / "rules_view.png"))

    # A new invoice for a customer in the segment takes the rule's terms and says so.
    invoices = window.show_view("invoices")
    invoices.new_item()
    editor = invoices.dialog
    assert isinstance(editor, InvoiceEditor)
    editor.pick_customer(ui_db.customers.get(old))
    assert editor.terms.currentData() == 45
    label = editor.rule_terms.label.text()  # type: ignore[attr-defined]
    assert label.startswith("Terms from rule: Long-standing clients (")
    assert "Net 45" in label
    assert editor.memo.toPlainText() == "Early payment: 2% off if paid within 10 days."
    line = editor.lines.rows[0]
    qtbot.keyClicks(line.description, "Annual retainer")
    qtbot.keyClicks(line.unit_price, "1200")
    assert editor.total_text() == "1,200.00 USD"
    qtbot.wait(50)  # let the totals card lay out its new labels before the screenshot
    editor.grab().save(str(SHOTS / "invoice_terms_from_rule.png"))
    assert editor.try_save()
    saved = editor.saved
    assert saved is not None and saved.days_until_due == 45
    assert saved.collection_method is CollectionMethod.SEND_INVOICE
    origin = ui_db.collection_rules.terms_of(saved.id)
    assert origin is not None and origin.label() == "Terms from rule: Long-standing clients"

    # Opening it again shows where its terms came from.
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 3)
    found = invoices.model.find_row(lambda r: r.id == saved.id)
    invoices.select_row(found)
    invoices.edit_current()
    again = invoices.dialog
    assert isinstance(again, InvoiceEditor) and again is not editor
    assert again.rule_terms.label.text() == "Terms from rule: Long-standing clients"  # type: ignore[attr-defined]
    again.reject()

    # The newcomer gets the workspace defaults and no rule label.
    invoices.new_item()
    other = invoices.dialog
    assert isinstance(other, InvoiceEditor)
    other.pick_customer(ui_db.customers.get(new))
    assert other.terms.currentData() == 30
    assert other.rule_terms.label.isHidden()  # type: ignore[attr-defined]
    other.reject()

    # The Customers view shows the segment and filters by it.
    customers = window.show_view("customers")
    assert isinstance(customers, CustomersView)
    qtbot.waitUntil(lambda: customers.segment_filter.loaded)
    qtbot.waitUntil(lambda: customers.segment_filter.names(old) == "Long-standing clients")
    customers.segment_filter.combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: customers.model.rowCount() == 1)
    assert customers.model.row(0).id == old
    customers.grab().save(str(SHOTS / "customers_segments.png"))

    # Tags (app-only) from the Customers view; a segment can match them.
    customers.segment_filter.combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: customers.model.rowCount() == 2)
    customers.select_row(customers.model.find_row(lambda r: r.id == new))
    customers.segment_filter.ask_text = lambda _p, _t, _l, _text: "VIP, retail"
    customers.segment_filter.tags_button.click()
    assert ui_db.segments.tags(new) == ["retail", "vip"]
    assert window.statusBar().currentMessage() == "Tags of Newcomer Inc: retail, vip."
    window.close()


def test_a_segment_or_rule_that_matches_nothing_warns_and_keeps_the_form(
    qtbot: QtBot, ui_db: Database
) -> None:
    add_customer(ui_db, "Acme Ltd")
    answers = Answers(SHOTS / "unused.pdf")
    window = open_window(qtbot, ui_db, answers)
    segments = window.show_view("segments")
    assert isinstance(segments, SegmentsView)
    segments.editor.name.setText("Japan")
    _fill_condition(segments, Metric.COUNTRY, Op.IS, "Japan")
    assert not segments.save()  # not a country code: said at the field
    assert segments.editor.rows[0].error.text().startswith("Use two-letter country codes")
    _fill_condition(segments, Metric.COUNTRY, Op.IS, "JP")
    qtbot.waitUntil(lambda: segments.editor.warning.isVisible())
    assert "No customer matches 'Japan' today" in segments.editor.warning.text()
    segments.grab().save(str(SHOTS / "segments_empty_warning.png"))
    answers.confirm = False  # "Save it anyway?" -> no
    assert not segments.save()
    assert ui_db.segments.list() == []
    assert segments.editor.name.text() == "Japan"  # nothing typed is lost
    assert segments.editor.rows[0].value.text() == "JP"
    answers.confirm = True
    assert segments.save()
    (segment,) = ui_db.segments.list()

    rules = window.show_view("rules")
    assert isinstance(rules, RulesView)
    rules.new_item()
    dialog = rules.dialog
    assert isinstance(dialog, RuleDialog)
    dialog.name.setText("Japanese clients")
    dialog.target.setCurrentIndex(dialog.target.findData(segment.id))
    dialog.terms_on.setChecked(True)
    dialog.terms.setValue(15)
    assert dialog.warning.isVisible()
    assert "matches no customer today" in dialog.warning.text()
    answers.confirm = False
    assert not dialog.try_save()
    assert dialog.isVisible() and dialog.name.text() == "Japanese clients"
    assert ui_db.collection_rules.list() == []
    assert any("matches no customer" in c for c in answers.confirmations)
    # A rule that sets nothing is refused at the form.
    dialog.terms_on.setChecked(False)
    answers.confirm = True
    assert not dialog.try_save()
    assert "at least one default" in dialog.errors.message("fields")
    dialog.reject()
    window.close()
