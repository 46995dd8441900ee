"""The Collections dialogs driven through the real invoices view, against the local server.

An overdue invoice is charged a late fee by the jobs; then, from the invoices
view (shortcuts and menus), a person records a partial bank transfer, splits the
rest into a plan and waives the fee. Bad input gets its message at the field and
the form keeps what was typed. Screenshots go to /tmp/ui-shots.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.late_fees import FeeKind, LateFeePolicy, late_fee_unit_id
from desktop_invoicer.jobs.runner import JobRunner
from desktop_invoicer.storage.database import Database
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.connect import connect_demo, gateway_for
from desktop_invoicer.sync.engine import SyncEngine
from desktop_invoicer.ui import collections_menu
from desktop_invoicer.ui.invoices_view import InvoicesView
from desktop_invoicer.ui.late_fee_settings import LateFeeCard
from desktop_invoicer.ui.main_window import MainWindow
from desktop_invoicer.ui.payment_plan_dialog import PaymentPlanDialog
from desktop_invoicer.ui.record_payment_dialog import RecordPaymentDialog
from desktop_invoicer.ui.waive_fee_dialog import WaiveFeeDialog
from tests.jobs.clocks import LinkedClock
from tests.ui.conftest import OFFSCREEN_NOISE, SHOTS, Answers, open_window

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

FEE = LateFeePolicy(
    id="fee",
    name="EUR 25",
    kind=FeeKind.FIXED,
    fixed_minor=2500,
    currency=currency("EUR"),
    is_default=True,
)


def shot(widget: Any, name: str) -> None:
    QApplication.processEvents()  # the layout after the last change, as a person sees it
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def sync(db: Database, clock: LinkedClock) -> None:
    gateway = gateway_for(db, "test")
    assert gateway is not None
    try:
        report = SyncEngine(db, gateway, clock.timestamp).settle()
        assert report.error is None, report.error
    finally:
        gateway.close()


@pytest.fixture
def answers(tmp_path: Any) -> Answers:
    return Answers(tmp_path / "invoice.pdf")


@pytest.fixture
def db(isolated_home: Any) -> Iterator[Database]:
    database = Database.open_workspace("test")
    yield database
    database.close()


@pytest.fixture
def overdue(db: Database, server: StripeServer, clock: LinkedClock) -> dict[str, Any]:
    """An open EUR 300.00 invoice, due 2026-01-06, charged a EUR 25 late fee on 2026-01-20."""
    connect_demo(db, server.url)
    cus = server.dashboard_create("customer", name="Acme GmbH", email="acme@example.com")
    inv = server.dashboard_create(
        "invoice",
        customer=cus["id"],
        currency="eur",
        collection_method="send_invoice",
        days_until_due=1,
    )
    server.dashboard_create(
        "invoiceitem", customer=cus["id"], invoice=inv["id"], amount=30_000, currency="eur"
    )
    invoice = server.dashboard_action("invoice", inv["id"], "finalize")
    sync(db, clock)
    db.late_fee_policies.save(FEE)
    clock.to_day(date(2026, 1, 20))
    gateway = gateway_for(db, "test")
    assert gateway is not None
    try:
        engine = SyncEngine(db, gateway, clock.timestamp)
        assert JobRunner(db, clock, engine.sender).run_due().summary == "Charged 1 late fee."
    finally:
        gateway.close()
    return invoice


def invoices_view(qtbot: QtBot, window: MainWindow) -> InvoicesView:
    view = window.show_view("invoices")
    assert isinstance(view, InvoicesView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    view.select_row(0)
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.table.setFocus()
    return view


def test_record_a_partial_payment_from_the_invoices_view(
    qtbot: QtBot, db: Database, overdue: dict[str, Any], answers: Answers
) -> None:
    window = open_window(qtbot, db, answers)
    view = invoices_view(qtbot, window)
    qtbot.keyClick(
        view.table,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = view.dialog
    assert isinstance(dialog, RecordPaymentDialog)
    assert dialog.amount.text() == "300.00"  # the amount remaining, ready to accept
    dialog.amount.setText("12O.00")  # a typo: letter O
    dialog.reference.setText("SEPA 4471")
    assert not dialog.try_save()
    assert dialog.errors.message("amount") == "'12O.00' is not an amount."
    assert dialog.amount.text() == "12O.00" and dialog.reference.text() == "SEPA 4471"
    shot(dialog, "payments-record-error.png")
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "120.00")  # typing clears the field's message
    assert dialog.errors.message("amount") == ""
    assert "Leaves EUR 180.00 to pay" in dialog.effect.text()
    shot(dialog, "payments-record.png")
    assert dialog.try_save()
    (payment,) = db.offline_payments.for_invoice(dialog.invoice.id)
    assert payment.applied.minor == 12_000 and payment.reference == "SEPA 4471"
    assert db.offline_payments.amount_remaining(dialog.invoice.id) == 18_000
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Payment recorded.")
    qtbot.waitUntil(lambda: view.dialog is None)
    view = invoices_view(qtbot, window)  # reselect: the list was read again
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # the editor shows what remains
    editor = view.dialog
    assert editor is not None
    line = editor.payment_status.text()  # type: ignore[attr-defined]
    assert line.startswith("EUR 180.00 remaining · EUR 120.00 by bank transfer on ")
    assert line.endswith(", SEPA 4471 · late fee EUR 25.00")
    shot(editor, "payments-editor-line.png")
    editor.reject()
    window.close()


def test_a_plan_that_does_not_add_up_is_refused_then_saved(
    qtbot: QtBot, db: Database, overdue: dict[str, Any], answers: Answers, clock: LinkedClock
) -> None:
    window = open_window(qtbot, db, answers)
    view = invoices_view(qtbot, window)
    menu_labels = []
    view.actions_menu.aboutToShow.emit()
    for action in view.actions_menu.actions():
        menu_labels.append((action.text(), action.isEnabled(), action.shortcut().toString()))
    assert ("Payment plan…", True, "Ctrl+Shift+L") in menu_labels
    assert ("Waive late fee…", True, "Ctrl+Shift+W") in menu_labels
    view.actions_menu.adjustSize()
    shot(view.actions_menu, "payments-actions-menu.png")
    dialog = collections_menu.open_command(view, "payment_plan")
    assert isinstance(dialog, PaymentPlanDialog)
    dialog.first_due.setDate(QDate(2026, 2, 1))
    assert [dialog.table.item(r, 1).text() for r in range(3)] == ["100.00", "100.00", "100.00"]
    dialog.table.item(2, 1).setText("90.00")
    assert dialog.added.text() == "Instalments add up to EUR 290.00, balance is EUR 300.00."
    assert not dialog.try_save()
    assert dialog.errors.message("amounts") == (
        "Instalments add up to EUR 290.00, balance is EUR 300.00."
    )
    assert dialog.table.item(2, 1).text() == "90.00"  # kept as typed
    assert dialog.added.isHidden()  # the message is not said twice
    shot(dialog, "payments-plan-error.png")
    dialog.count.setValue(4)  # re-split: 75.00 each
    dialog.table.item(3, 0).setText("2026-05-15")
    shot(dialog, "payments-plan.png")
    assert dialog.try_save()
    plan = db.payment_plans.active_for_invoice(dialog.invoice.id)
    assert plan is not None and [i.amount.minor for i in plan.instalments] == [7500] * 4
    assert plan.instalments[-1].due_on == date(2026, 5, 15)
    assert collections_menu.refusals(view)["payment_plan"] == (
        "This invoice already has a payment plan."
    )
    assert collections_menu.refusals(view)["record_payment"].startswith(
        "This invoice is on a payment plan"
    )
    window.close()


def test_waive_a_fee_with_a_reason(
    qtbot: QtBot, db: Database, overdue: dict[str, Any], answers: Answers
) -> None:
    window = open_window(qtbot, db, answers)
    view = invoices_view(qtbot, window)
    qtbot.keyClick(
        view.table,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = view.dialog
    assert isinstance(dialog, WaiveFeeDialog)
    assert dialog.fee.currentText() == "EUR 25.00, first period, from 2026-01-07 (in Stripe)"
    assert not dialog.try_save()
    assert dialog.errors.message("reason") == "Say why the fee is waived (kept in the history)."
    shot(dialog, "payments-waive-error.png")
    dialog.reason.setPlainText("Long-standing client; bank delay")
    shot(dialog, "payments-waive.png")
    assert dialog.try_save()
    unit_id = late_fee_unit_id(overdue["id"], 1)
    (entry,) = db.audit.entries("late_fee", unit_id)
    assert entry.after["reason"] == "Long-standing client; bank delay"
    assert collections_menu.refusals(view)["waive_late_fee"] == (
        "This invoice has no late fee to waive."
    )
    window.close()


def test_the_late_fee_card_checks_each_field(qtbot: QtBot, db: Database, answers: Answers) -> None:
    window = open_window(qtbot, db, answers)
    view = window.show_view("settings")
    card = view.late_fees  # type: ignore[attr-defined]
    assert isinstance(card, LateFeeCard)
    card.enabled.setChecked(True)
    card.kind.setCurrentIndex(card.kind.findData("fixed"))
    card.currency.setCurrentText("EUR")
    card.amount.setText("-5")
    assert not card.save()
    assert card.errors.message("amount") == "A late fee cannot be negative."
    card.amount.setText("25")
    card.cap.setText("10")
    assert not card.save()
    assert card.errors.message("cap") == (
        "The cap (EUR 10.00) is below the fee (EUR 25.00): raise it or lower the fee."
    )
    assert card.amount.text() == "25" and card.cap.text() == "10"
    card.kind.setCurrentIndex(card.kind.findData("percent"))
    card.percent.setText("150")
    assert not card.save()
    assert card.errors.message("percent") == "The percentage must be between 0.01 % and 100 %."
    shot(card, "payments-late-fee-card-error.png")
    card.percent.setText("1.5")
    card.cap.setText("40")
    card.grace.setValue(7)
    card.cadence.setCurrentIndex(card.cadence.findData("monthly"))
    assert card.save()
    saved = db.late_fee_policies.default()
    assert saved is not None and (saved.basis_points, saved.cap_minor) == (150, 4000)
    assert card.summary.text() == (
        "Saved: 1.5 % of the overdue balance, every month after 7 days' grace, "
        "at most EUR 40.00 per invoice."
    )
    shot(card, "payments-late-fee-card.png")
    window.close()
