"""The PDF beside the review list, the queue read on a worker, and refused actions greyed out.

The preview is the real rendered page (reportlab bytes shown by QtPdf), rendered
on a worker thread; the queue is read on a worker too. Buttons and menu items an
invoice's state does not allow are disabled with the status machine's reason as
their tooltip, and still refuse with that message when triggered anyway.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop_invoicer.documents.samples import sample_business, sample_customer, sample_invoice
from desktop_invoicer.domain.approval import ApprovalRules
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import Invoice, InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.status import InvoiceAction
from desktop_invoicer.storage.database import Database
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.ui import invoice_actions
from desktop_invoicer.ui.invoice_editor import InvoiceEditor
from desktop_invoicer.ui.invoices_view import InvoicesView
from desktop_invoicer.ui.main_window import MainWindow
from desktop_invoicer.ui.pdf_preview import PdfPreview, render_invoice_pdf_bytes
from desktop_invoicer.ui.review_view import ReviewView
from desktop_invoicer.ui.workers import TaskRunner
from tests.keyrings import MemoryKeyring

from .conftest import Answers
from .test_review import drafts, review_view
from .test_stripe_connection import KEY, connected_window, shot


@pytest.fixture
def server() -> Iterator[StripeServer]:
    srv = StripeServer(api_keys=[KEY])
    srv.start()
    yield srv
    srv.stop()


def local_draft(db: Database, amount: int, description: str = "Audit") -> Invoice:
    (customer_id,) = [
        r[0] for r in db.connection().execute("SELECT id FROM customers WHERE currency = 'USD'")
    ]
    return db.invoices.save_draft(
        Invoice(
            "",
            customer_id,
            currency("USD"),
            lines=(InvoiceLine(description, 1, Money.of(amount, "USD")),),
        )
    )


# -- the preview widget -------------------------------------------------------------------


def test_the_preview_renders_on_a_worker_and_shows_the_real_pages(qtbot: QtBot) -> None:
    runner = TaskRunner()
    preview = PdfPreview(runner)
    qtbot.addWidget(preview)
    preview.resize(520, 720)
    preview.show()
    threads: list[threading.Thread] = []

    def render(invoice: Invoice) -> bytes:
        threads.append(threading.current_thread())
        return render_invoice_pdf_bytes(
            invoice, sample_customer(), sample_business(), lambda *_a: None
        )

    long_invoice = sample_invoice(line_count=60)
    preview.show_render("long", render, long_invoice)
    assert preview.rendering and preview.placeholder.text() == "Rendering the PDF…"
    assert preview.stack.currentWidget() is preview.placeholder
    with qtbot.waitSignal(preview.ready, timeout=15_000) as ready:
        pass
    assert threads and threads[0] is not threading.main_thread()
    assert ready.args is not None and ready.args[0] == preview.page_count >= 2
    assert preview.stack.currentWidget() is preview.view
    assert preview.page_label.text().startswith(f"Page 1 of {preview.page_count}")
    assert preview.open_button.isEnabled()
    # Keyboard: End goes to the last page, Home back, Ctrl++ zooms, Ctrl+0 fits the width.
    preview.view.setFocus()
    qtbot.keyClick(preview.view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: preview.view.pageNavigator().currentPage() == preview.page_count - 1)
    qtbot.keyClick(preview.view, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: preview.view.pageNavigator().currentPage() == 0)
    qtbot.keyClick(preview.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomMode() is preview.view.ZoomMode.Custom
    qtbot.keyClick(preview.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomMode() is preview.view.ZoomMode.FitToWidth
    qtbot.wait(200)  # QtPdf paints its pages from a render thread
    shot(preview, "pdf-preview-widget.png")
    # The same key again keeps what is shown; a newer request wins over an older one.
    preview.show_render("long", render, long_invoice)
    assert not preview.rendering and len(threads) == 1
    preview.show_render("a", render, sample_invoice(line_count=2))
    preview.show_render("b", render, sample_invoice(line_count=3))
    qtbot.waitUntil(lambda: not preview.rendering and preview.page_count > 0, timeout=15_000)
    assert preview.key == "b"
    # A failed render says why instead of showing a stale page.
    preview.show_render("broken", lambda: (_ for _ in ()).throw(ValueError("no fonts")))
    qtbot.waitUntil(lambda: not preview.rendering)
    assert preview.placeholder.text() == "No PDF: no fonts" and not preview.open_button.isEnabled()
    assert runner.shutdown()


# -- the review view: worker reads, preview beside the list, keyboard ---------------------


def test_the_queue_is_read_on_a_worker_and_the_pdf_follows_the_selection(
    qtbot: QtBot, window: MainWindow, catalog_db: Database, answers: Answers
) -> None:
    db = catalog_db
    db.approvals.save_rules(ApprovalRules(amount_thresholds={"USD": 1000_00}))
    first = local_draft(db, 2500_00, "Migration phase 1")
    second = local_draft(db, 1800_00, "Migration phase 2")
    window.resize(1280, 760)
    view = window.show_view("review")
    assert isinstance(view, ReviewView)
    assert view.loading is not None and view.table.rowCount() == 0  # read on a worker
    assert view.count_label.text() == "Reading the queue…"
    qtbot.waitUntil(lambda: view.table.rowCount() == 2)
    view.table.setFocus()
    qtbot.waitUntil(lambda: view.preview.page_count == 1, timeout=15_000)
    assert view.preview.key == first.id
    # Arrow down: the preview shows a placeholder, then the other draft's page.
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.preview.key == second.id
    assert view.preview.rendering and "Rendering" in view.preview.placeholder.text()
    qtbot.waitUntil(lambda: view.preview.page_count == 1, timeout=15_000)
    # P moves into the PDF, Escape back to the list.
    qtbot.keyClick(view.table, Qt.Key.Key_P)
    assert QApplication.focusWidget() is view.preview.view
    qtbot.keyClick(view.preview.view, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is view.table
    # Not connected: sending is greyed out, saying why; triggered anyway, refused the same way.
    assert not view.send_button.isEnabled()
    assert "Connect a Stripe account" in view.send_button.toolTip()
    assert not view.send_only_button.isEnabled()
    assert "not approved" in view.send_only_button.toolTip()
    assert view.approve_button.isEnabled() and view.edit_button.isEnabled()
    qtbot.keyClick(
        view.table,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "Connect a Stripe account" in answers.errors[-1][1]
    # An edit elsewhere re-reads the queue (on a worker) and renders the PDF again.
    db.invoices.save_draft(
        Invoice(
            second.id,
            second.customer_id,
            currency("USD"),
            lines=(InvoiceLine("Migration phase 2, revised", 1, Money.of(3100_00, "USD")),),
        )
    )
    qtbot.waitUntil(lambda: "3,100.00" in view.table.item(1, 2).text(), timeout=10_000)
    qtbot.waitUntil(lambda: view.preview.page_count == 1, timeout=15_000)
    qtbot.wait(300)
    shot(window, "review-pdf-preview.png")


def test_sending_a_draft_that_is_not_approved_is_greyed_out_and_refused(
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
        qtbot.waitUntil(lambda: view.table.rowCount() == 1)
        assert view.send_button.isEnabled()  # approve and send: allowed
        assert not view.send_only_button.isEnabled()
        tip = view.send_only_button.toolTip()
        assert "Cannot finalize or send a draft that is not approved" in tip
        assert "Amount USD 2,500.00 is above USD 1,000.00" in tip
        view.send_current()  # triggered anyway
        assert answers.errors[-1] == ("Not sent", tip)
        assert db.invoices.get(big.id).status.value == "draft"
        # The invoices view greys out the same commands, with the same reasons.
        invoices = window.show_view("invoices")
        assert isinstance(invoices, InvoicesView)
        qtbot.waitUntil(lambda: invoices.model.find_row(lambda r: r.id == big.id) >= 0)
        invoices.select_row(invoices.model.find_row(lambda r: r.id == big.id))
        refused = invoices.action_refusals()
        assert refused["send"] == tip and refused["finalize"] == tip
        assert refused["void"].startswith("Cannot void a draft invoice")
        assert "duplicate" not in refused
    finally:
        window.close()


def menu_state(view: InvoicesView) -> dict[str, tuple[bool, str]]:
    menu = QMenu()
    invoice_actions.fill_menu(menu, view.run_action, view.action_refusals())
    return {a.objectName(): (a.isEnabled(), a.toolTip()) for a in menu.actions() if a.objectName()}


def test_the_invoices_view_greys_out_what_the_status_does_not_allow(
    qtbot: QtBot, window: MainWindow, catalog_db: Database, answers: Answers
) -> None:
    db = catalog_db
    invoice = local_draft(db, 300_00)
    view = window.show_view("invoices")
    assert isinstance(view, InvoicesView)

    def select() -> None:
        qtbot.waitUntil(lambda: view.model.find_row(lambda r: r.id == invoice.id) >= 0)
        view.select_row(view.model.find_row(lambda r: r.id == invoice.id))

    select()
    state = menu_state(view)
    assert state["finalize"] == (True, "Finalize")
    assert state["duplicate"] == (True, "Duplicate as a new draft")
    assert state["void"] == (
        False,
        "Cannot void a draft invoice: only open or uncollectible invoices allow it.",
    )
    assert state["send"][0] is False and "Cannot send a draft invoice" in state["send"][1]
    view.run_action("finalize")
    select()
    state = menu_state(view)
    assert state["finalize"][0] is False
    assert "Cannot finalize an open invoice" in state["finalize"][1]
    assert state["void"][0] and state["paid_out_of_band"][0]
    assert state["send"] == (
        False,
        "Connect a Stripe account to send invoices: this workspace is not connected.",
    )
    view.run_action("paid_out_of_band")
    select()
    state = menu_state(view)
    void_reason = "Cannot void a paid invoice: only open or uncollectible invoices allow it."
    assert state["void"] == (False, void_reason)
    assert state["paid_out_of_band"][0] is False
    # The Actions button's own menu shows the same, with tooltips visible.
    view.actions_menu.aboutToShow.emit()
    actions = {a.objectName(): a for a in view.actions_menu.actions() if a.objectName()}
    assert not actions["void"].isEnabled() and actions["void"].toolTip() == void_reason
    assert view.actions_menu.toolTipsVisible()
    # Triggered anyway (a shortcut, a stale menu): refused with the same message.
    answers.confirm = True
    view.run_action("void")
    assert answers.errors[-1] == ("Void was refused", void_reason)
    assert db.invoices.get(invoice.id).status.value == "paid"
    # No invoice selected: every command says so.
    assert set(invoice_actions.refusals(window.ctx, None).values()) == {
        invoice_actions.NO_SELECTION
    }


def test_editing_an_invoice_finalized_meanwhile_is_refused_at_save(
    qtbot: QtBot, window: MainWindow, catalog_db: Database, answers: Answers
) -> None:
    db = catalog_db
    invoice = local_draft(db, 300_00)
    view = window.show_view("invoices")
    assert isinstance(view, InvoicesView)
    qtbot.waitUntil(lambda: view.model.find_row(lambda r: r.id == invoice.id) >= 0)
    view.select_row(view.model.find_row(lambda r: r.id == invoice.id))
    view.edit_current()
    editor = view.dialog
    assert isinstance(editor, InvoiceEditor) and not editor.read_only
    db.invoices.set_status(invoice.id, InvoiceAction.FINALIZE)  # elsewhere
    editor.memo.setPlainText("A note typed meanwhile")
    assert not editor.try_save()
    assert "Cannot edit an open invoice" in editor.errors.general.text()
    assert editor.memo.toPlainText() == "A note typed meanwhile"  # nothing typed is lost
    editor.close()
