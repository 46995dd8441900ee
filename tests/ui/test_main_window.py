"""The main window driven like a person would: keys, clicks, dialogs, the list."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.status import InvoiceStatus
from desktop_invoicer.storage.database import Database
from desktop_invoicer.ui.customer_dialog import CustomerDialog
from desktop_invoicer.ui.customers_view import CustomersView
from desktop_invoicer.ui.invoice_editor import InvoiceEditor
from desktop_invoicer.ui.invoices_view import InvoicesView
from desktop_invoicer.ui.main_window import MainWindow
from desktop_invoicer.ui.settings_view import SettingsView
from desktop_invoicer.ui.ui_settings import open_settings

from .conftest import SHOTS, Answers, open_window

CTRL = Qt.KeyboardModifier.ControlModifier


def activate(qtbot: QtBot, window: MainWindow) -> None:
    if QApplication.activeWindow() is not window:  # a closed dialog leaves none active offscreen
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def shortcut(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    activate(qtbot, window)
    qtbot.keyClick(window, key, CTRL)


def test_shortcuts_switch_views(qtbot: QtBot, window: MainWindow) -> None:
    for key, name in [
        (Qt.Key.Key_3, "customers"),
        (Qt.Key.Key_4, "products"),
        (Qt.Key.Key_1, "invoices"),
        (Qt.Key.Key_2, "review"),
    ]:
        shortcut(qtbot, window, key)
        view = window.current_view
        assert view is not None and view.key == name
        assert window.stack.currentWidget() is view
    window.show_view("settings")
    assert isinstance(window.current_view, SettingsView)
    assert not window.new_action.isEnabled()  # nothing to create in Settings


def test_create_a_customer_through_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    shortcut(qtbot, window, Qt.Key.Key_3)
    view = window.current_view
    assert isinstance(view, CustomersView)
    assert view.model.rowCount() == 2
    shortcut(qtbot, window, Qt.Key.Key_N)
    dialog = view.dialog
    assert isinstance(dialog, CustomerDialog)
    qtbot.keyClicks(dialog.name, "Zeta Ventures")
    qtbot.keyClicks(dialog.email, "zeta@ventures")  # no top-level domain
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "not an email address" in dialog.errors.message("email")
    assert dialog.isVisible() and dialog.name.text() == "Zeta Ventures"
    qtbot.keyClicks(dialog.email, ".example")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    names = [view.model.index(r, 0).data() for r in range(3)]
    assert names == ["Acme Corporation", "Müller GmbH", "Zeta Ventures"]
    shortcut(qtbot, window, Qt.Key.Key_F)
    assert window.focusWidget() is view.search
    qtbot.keyClicks(view.search, "zeta")
    assert view.model.rowCount() == 1
    assert view.model.index(0, 1).data() == "zeta@ventures.example"


def make_draft(qtbot: QtBot, window: MainWindow) -> InvoicesView:
    shortcut(qtbot, window, Qt.Key.Key_1)
    view = window.current_view
    assert isinstance(view, InvoicesView)
    shortcut(qtbot, window, Qt.Key.Key_N)
    editor = view.dialog
    assert isinstance(editor, InvoiceEditor)
    qtbot.keyClicks(editor.customer_edit, "Acme")
    popup = editor.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.customer is not None and editor.currency.currentText() == "USD"

    editor.catalog_combo.activated.emit(1)  # Consulting hour, 150.00 USD
    first = editor.lines.rows[0]
    first.quantity.clear()
    qtbot.keyClicks(first.quantity, "2")
    qtbot.mouseClick(editor.add_line_button, Qt.MouseButton.LeftButton)
    second = editor.lines.rows[1]
    qtbot.keyClicks(second.description, "Travel expenses")
    qtbot.keyClicks(second.unit_price, "86.40")
    vat = next(iter(editor.lines._rates))
    editor.lines.set_taxes(first, [vat])
    editor.lines.set_taxes(second, [vat])
    assert editor.total_text("subtotal") == "386.40 USD"
    assert editor.total_text(f"tax:{vat}") == "77.28 USD"
    assert editor.total_text() == "463.68 USD"
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)  # let pending layouts run before the picture
    editor.grab().save(str(SHOTS / "invoice_editor_live_totals.png"))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    return view


def test_draft_invoice_with_live_totals_is_found_by_name_and_amount(
    qtbot: QtBot, window: MainWindow, catalog_db: Database
) -> None:
    view = make_draft(qtbot, window)
    assert view.model.index(0, 1).data() == "Acme Corporation"
    assert view.model.index(0, 2).data() == "Draft"
    assert view.model.index(0, 5).data() == "463.68 USD"
    stored = catalog_db.invoices.get(view.model.row(0).id)  # type: ignore[union-attr]
    assert stored.totals().total == Money.of(46368, "USD")
    assert [line.quantity for line in stored.lines] == [2, 1]

    for text, expected in [("acme", 1), ("Acme Corp", 1), ("463.68", 1), ("Müller", 0)]:
        view.search.clear()
        qtbot.keyClicks(view.search, text) if text.isascii() else view.search.setText(text)
        assert view.model.rowCount() == expected, text

    # Large match sets read their first page on a worker; the newest keystroke wins.
    view.background_above = 0
    view.search.clear()
    qtbot.waitUntil(lambda: view.searching is None)
    qtbot.keyClicks(view.search, "zzz")
    view.search.clear()
    qtbot.keyClicks(view.search, "travel")
    qtbot.waitUntil(lambda: view.searching is None and view.model.rowCount() == 1)
    assert view.model.index(0, 1).data() == "Acme Corporation"
    view.background_above = 10_000

    view.search.clear()
    view.status.setCurrentIndex(view.status.findData(InvoiceStatus.PAID.value))
    assert view.model.rowCount() == 0
    view.status.setCurrentIndex(view.status.findData(InvoiceStatus.DRAFT.value))
    assert view.model.rowCount() == 1


def test_export_pdf_renders_on_a_worker(qtbot: QtBot, window: MainWindow, answers: Answers) -> None:
    view = make_draft(qtbot, window)
    view.select_row(0)
    assert window.export_action.isEnabled()
    with qtbot.waitSignal(window.ctx.tasks.task_done, timeout=20_000):
        shortcut(qtbot, window, Qt.Key.Key_P)
    assert answers.errors == []
    assert answers.pdf_path is not None and answers.pdf_path.exists()
    text = "\n".join(page.extract_text() for page in PdfReader(answers.pdf_path).pages)
    assert "DRAFT" in text.upper()
    assert "Acme Corporation" in text
    assert "463.68" in text
    qtbot.waitUntil(lambda: "Saved the PDF" in window.statusBar().currentMessage())


def test_enter_opens_the_editor_which_exports_too(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    view = make_draft(qtbot, window)
    view.select_row(0)
    activate(qtbot, window)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = view.dialog
    assert isinstance(editor, InvoiceEditor) and not editor.read_only
    assert editor.total_text() == "463.68 USD"
    answers.pdf_path = answers.pdf_path.with_name("from-editor.pdf") if answers.pdf_path else None
    with qtbot.waitSignal(window.ctx.tasks.task_done, timeout=20_000):
        qtbot.mouseClick(editor.export_button, Qt.MouseButton.LeftButton)
    assert answers.pdf_path is not None and answers.pdf_path.exists()
    assert editor.isVisible()  # exporting does not close the editor
    editor.reject()


def test_delete_asks_first_and_only_deletes_drafts(
    qtbot: QtBot, window: MainWindow, answers: Answers, catalog_db: Database
) -> None:
    view = make_draft(qtbot, window)
    view.select_row(0)
    answers.confirm = False
    activate(qtbot, window)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(answers.confirmations) == 1
    assert view.model.rowCount() == 1

    from desktop_invoicer.domain.status import InvoiceAction

    row = view.model.row(0)
    assert row is not None
    catalog_db.invoices.set_status(row.id, InvoiceAction.FINALIZE, number="INV-0001")
    qtbot.waitUntil(lambda: view.model.index(0, 0).data() == "INV-0001")
    view.select_row(0)
    assert not window.delete_action.isEnabled()  # open invoices cannot be deleted
    shortcut(qtbot, window, Qt.Key.Key_E)
    editor = view.dialog
    assert isinstance(editor, InvoiceEditor) and editor.read_only
    assert "Only drafts can be edited" in editor.banner.text()
    editor.reject()

    draft = make_draft(qtbot, window)
    qtbot.waitUntil(lambda: draft.model.rowCount() == 2)
    draft.status.setCurrentIndex(draft.status.findData(InvoiceStatus.DRAFT.value))
    draft.select_row(0)
    answers.confirm = True
    activate(qtbot, window)
    qtbot.keyClick(draft.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: draft.model.rowCount() == 0)
    assert catalog_db.invoices.count() == 1


def test_settings_save_validates_inline_and_persists(
    qtbot: QtBot, window: MainWindow, catalog_db: Database
) -> None:
    window.show_view("settings")
    view = window.current_view
    assert isinstance(view, SettingsView)
    view.name.clear()
    qtbot.keyClicks(view.name, "Northwind Studio")
    qtbot.keyClicks(view.email, "hello@northwind")
    view.currency.setCurrentText("EUR")
    view.payment_instructions.setPlainText("IBAN DE89 3704 0044 0532 0130 00")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert "not an email address" in view.errors.message("email")
    assert catalog_db.settings.business_profile().name == "My Business"
    assert view.name.text() == "Northwind Studio"
    qtbot.keyClicks(view.email, ".example")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    profile = catalog_db.settings.business_profile()
    assert (profile.name, profile.email, profile.default_currency.code) == (
        "Northwind Studio",
        "hello@northwind.example",
        "EUR",
    )
    assert profile.payment_instructions.startswith("IBAN")


def test_window_state_is_restored_by_a_second_window(
    qtbot: QtBot, catalog_db: Database, answers: Answers, isolated_home: Path
) -> None:
    first = open_window(qtbot, catalog_db, answers)
    first.resize(777, 555)  # within the offscreen screen (800 x 600)
    first.show_view("customers")
    view = first.current_view
    assert isinstance(view, CustomersView)
    view.table.setColumnWidth(1, 333)
    first.close()
    assert (isolated_home / "ui-settings.ini").exists()

    second = open_window(qtbot, catalog_db, answers)
    assert (second.size().width(), second.size().height()) == (777, 555)
    restored = second.current_view
    assert isinstance(restored, CustomersView)
    assert restored.table.columnWidth(1) == 333
    second.close()
    assert open_settings().value("main/view") == "customers"
    QApplication.processEvents()
