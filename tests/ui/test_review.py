"""The review queue in the window: drafts held by a rule, approved and sent from the keyboard.

Stripe is the project's Stripe-compatible server, in-process and fresh per test.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_invoicer.domain.approval import METADATA_APPROVED_BY, ApprovalRules
from desktop_invoicer.domain.catalog import Customer
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import Invoice, InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.storage.database import Database
from desktop_invoicer.storage.repositories.sync_state import OutboxStatus
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.changes import StripeChanges
from desktop_invoicer.ui.audit_tab import AuditTab
from desktop_invoicer.ui.main_window import MainWindow
from desktop_invoicer.ui.review_view import ReviewView
from tests.keyrings import MemoryKeyring

from .conftest import Answers
from .test_stripe_connection import KEY, connected_window, controller_of, shot


@pytest.fixture
def server() -> Iterator[StripeServer]:
    srv = StripeServer(api_keys=[KEY])
    srv.start()
    srv.seed(customers=2, products=1, invoices=2, rng_seed=7)
    yield srv
    srv.stop()


def drafts(db: Database, *amounts: int) -> list[Invoice]:
    db.approvals.save_rules(ApprovalRules(amount_thresholds={"USD": 1000_00}))
    changes = StripeChanges(db)
    c = changes.save_customer(Customer("", "Initech", "ap@initech.example", currency("USD")))
    return [
        changes.save_draft(
            Invoice(
                "",
                c.id,
                currency("USD"),
                lines=(InvoiceLine(f"Migration phase {i + 1}", 1, Money.of(amount, "USD")),),
                memo="Per the statement of work",
            )
        )
        for i, amount in enumerate(amounts)
    ]


def settle(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    controller_of(window).sync_now()
    qtbot.waitUntil(lambda: db.outbox.count(OutboxStatus.PENDING) == 0, timeout=10_000)
    scheduler = controller_of(window).scheduler
    assert scheduler is not None
    qtbot.waitUntil(lambda: not scheduler.running, timeout=10_000)


def review_view(window: MainWindow) -> ReviewView:
    view = window.show_view("review")
    assert isinstance(view, ReviewView)
    view.table.setFocus()
    return view


def test_a_draft_above_the_threshold_is_approved_and_sent_from_the_keyboard(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    window = connected_window(qtbot, db, answers, server)
    try:
        *held, small = drafts(db, 2500_00, 1800_00, 40_00)
        settle(qtbot, window, db)
        view = review_view(window)
        qtbot.waitUntil(lambda: view.table.rowCount() == 2)
        window.resize(1280, 720)
        qtbot.waitUntil(lambda: view.preview.page_count > 0, timeout=10_000)
        assert "above USD 1,000.00" in view.table.item(0, 3).text()
        assert "Waiting because" in view.summary.toPlainText()
        shot(window, "review-queue.png")
        # Sending before approval is refused with the rule that holds it.
        view.send_current()
        assert answers.errors and "not approved" in answers.errors[-1][1]
        assert "Amount" in answers.errors[-1][1]
        # A approves the current draft; the other stays.
        first = view.current_item()
        assert first is not None
        qtbot.keyClick(view.table, Qt.Key.Key_A)
        (other,) = (i.id for i in held if i.id != first.invoice_id)
        qtbot.waitUntil(lambda: [i.invoice_id for i in view.items] == [other])
        # Ctrl+Shift+A approves and sends the selection.
        qtbot.keyClick(
            view.table,
            Qt.Key.Key_A,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        qtbot.waitUntil(lambda: view.table.rowCount() == 0)
        shot(window, "review-queue-empty.png")
        settle(qtbot, window, db)
    finally:
        window.close()
    sent = {s["invoice"] for s in server.sent_invoices}
    approved_only = server.get("invoice", str(db.invoices.get(first.invoice_id).stripe_id))
    assert approved_only["status"] == "draft"
    assert approved_only["metadata"][METADATA_APPROVED_BY] == "local user"
    remote = server.get("invoice", str(db.invoices.get(other).stripe_id))
    assert remote["status"] == "open" and remote["id"] in sent
    assert remote["metadata"][METADATA_APPROVED_BY] == "local user"
    assert db.invoices.get(small.id).status.value == "draft"  # never held, never touched


def test_reject_needs_a_comment_and_edit_requeues(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    window = connected_window(qtbot, db, answers, server)
    try:
        (big,) = drafts(db, 2500_00)
        view = review_view(window)
        view.ask_comment = lambda _parent, _title: "Wrong day rate"
        qtbot.waitUntil(lambda: view.table.rowCount() == 1)
        qtbot.keyClick(view.table, Qt.Key.Key_R)
        qtbot.waitUntil(lambda: view.table.item(0, 4).text() == "Rejected")
        assert "Wrong day rate" in view.summary.toPlainText()
        shot(window, "review-rejected.png")
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
        editor = view.dialog
        assert editor is not None
        assert editor.try_save()  # type: ignore[attr-defined]
        editor.close()
        qtbot.waitUntil(lambda: view.table.item(0, 4).text() == "Waiting")
        assert [h.decision for h in db.approvals.history(big.id)] == ["rejected", "requeued"]
    finally:
        window.close()


def test_approval_rules_are_edited_in_settings(
    qtbot: QtBot, window: MainWindow, catalog_db: Database
) -> None:
    from desktop_invoicer.ui.settings_view import SettingsView

    view = window.show_view("settings")
    assert isinstance(view, SettingsView)
    card = view.approval_rules
    card.thresholds.setText("USD abc")
    assert not card.save()
    assert card.error.isVisible() and card.thresholds.text() == "USD abc"
    card.thresholds.setText("usd 1000, EUR 800.50")
    card.new_customer_days.setValue(30)
    card.first_invoice.setChecked(True)
    assert card.save()
    rules = catalog_db.approvals.rules()
    assert rules.amount_thresholds == {"USD": 1000_00, "EUR": 800_50}
    assert rules.new_customer_days == 30 and rules.first_invoice
    assert not rules.unusual_currency
    card.load()
    assert card.thresholds.text() == "EUR 800.50, USD 1000.00"
    card.ensurePolished()
    shot(card, "settings-approval-rules.png")


def test_invoice_actions_go_through_the_outbox_or_are_refused_with_a_message(
    tmp_path: Path,
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    from desktop_invoicer.ui.invoice_editor import InvoiceEditor
    from desktop_invoicer.ui.invoices_view import InvoicesView

    window = connected_window(qtbot, db, answers, server)
    try:
        (invoice,) = drafts(db, 300_00)
        settle(qtbot, window, db)
        view = window.show_view("invoices")
        assert isinstance(view, InvoicesView)
        view.search.setText("Migration phase 1")

        def select() -> None:
            qtbot.waitUntil(lambda: view.model.find_row(lambda r: r.id == invoice.id) >= 0)
            view.select_row(view.model.find_row(lambda r: r.id == invoice.id))

        select()
        view.run_action("void")
        assert "Cannot void a draft invoice" in answers.errors[-1][1]
        view.run_action("send")  # finalize, then send: nothing holds a small draft
        settle(qtbot, window, db)
        sid = str(db.invoices.get(invoice.id).stripe_id)
        assert server.get("invoice", sid)["status"] == "open"
        assert sid in {s["invoice"] for s in server.sent_invoices}
        select()
        view.edit_current()  # a finalized invoice opens read-only: edits are refused
        editor = view.dialog
        assert isinstance(editor, InvoiceEditor) and editor.read_only
        assert "Only drafts can be edited" in editor.banner.text()
        assert not editor.try_save()
        history = editor.tabs.widget(editor.tabs.count() - 1)
        assert isinstance(history, AuditTab)
        editor.tabs.setCurrentWidget(history)
        editor.resize(1000, 760)
        actions = [history.table.item(r, 2).text() for r in range(history.table.rowCount())]
        assert {"queue_finalize", "queue_send"} <= set(actions)
        shot(editor, "invoice-history-tab.png")
        history.ask_path = lambda _parent, _name: tmp_path / "audit.csv"
        saved = history.export_csv()
        assert saved is not None
        rows = list(csv.DictReader(saved.read_text(encoding="utf-8").splitlines()))
        assert rows[0]["action"] == "create" and "status" in rows[-1]["changes"]
        assert {r["action"] for r in rows} >= {"queue_finalize", "queue_send"}
        editor.close()
        view.ask_credit_note = lambda _parent, _code: ("50", "order_change")
        view.run_action("credit_note")
        settle(qtbot, window, db)
        notes = [n for n in server.objects("credit_note") if n["invoice"] == sid]
        assert [(n["amount"], n["reason"]) for n in notes] == [(50_00, "order_change")]
        select()
        view.run_action("paid_out_of_band")
        settle(qtbot, window, db)
        assert server.get("invoice", sid)["status"] == "paid"
        select()
        view.run_action("void")
        assert "Cannot void a paid invoice" in answers.errors[-1][1]
        view.run_action("duplicate")
        qtbot.waitUntil(lambda: view.model.rowCount() == 2)
        audit = [e.action for e in db.audit.entries("invoice", invoice.id)]
        assert {"queue_finalize", "queue_send", "queue_pay"} <= set(audit)
    finally:
        window.close()


def test_without_stripe_actions_are_local_or_refused_with_a_message(
    qtbot: QtBot, window: MainWindow, catalog_db: Database, answers: Answers
) -> None:
    from desktop_invoicer.ui.invoices_view import InvoicesView

    db = catalog_db
    db.approvals.save_rules(ApprovalRules(amount_thresholds={"USD": 1000_00}))
    (customer_id,) = [
        r[0] for r in db.connection().execute("SELECT id FROM customers WHERE currency = 'USD'")
    ]
    invoice = db.invoices.save_draft(
        Invoice(
            "",
            customer_id,
            currency("USD"),
            lines=(InvoiceLine("Audit", 1, Money.of(2000_00, "USD")),),
        )
    )
    view = window.show_view("invoices")
    assert isinstance(view, InvoicesView)
    qtbot.waitUntil(lambda: view.model.find_row(lambda r: r.id == invoice.id) >= 0)
    view.select_row(view.model.find_row(lambda r: r.id == invoice.id))
    view.run_action("finalize")
    assert "not approved" in answers.errors[-1][1]
    db.approvals.record(invoice.id, "approved")
    view.run_action("finalize")
    assert db.invoices.get(invoice.id).status.value == "open"
    view.run_action("send")
    assert "Connect a Stripe account to send" in answers.errors[-1][1]
