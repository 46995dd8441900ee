"""Two desktops of one business, each a real window with its own database, on one Stripe account.

Desktop B's database lives outside A's data folder, as on another machine (the
app refuses to connect two workspaces of one folder to one account). An approval
made in A's review queue leaves B's queue after B polls; a draft edited in both
at once reaches Stripe from the first and shows the second as a conflict in B's
Sync view, with both versions, instead of overwriting A's edit.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_invoicer.storage.database import Database
from desktop_invoicer.storage.repositories.sync_state import OutboxStatus
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync import connect
from desktop_invoicer.ui.invoice_editor import InvoiceEditor
from desktop_invoicer.ui.invoices_view import InvoicesView
from desktop_invoicer.ui.main_window import MainWindow
from desktop_invoicer.ui.session import build_main_window
from desktop_invoicer.ui.sync_view import SyncView
from desktop_invoicer.ui.ui_settings import open_settings
from tests.keyrings import MemoryKeyring

from .conftest import Answers
from .test_review import drafts, review_view, settle
from .test_stripe_connection import KEY, connected_window, controller_of, shot, wait_synced


@pytest.fixture
def server() -> Iterator[StripeServer]:
    srv = StripeServer(api_keys=[KEY])
    srv.start()
    yield srv
    srv.stop()


def desktop_b(
    qtbot: QtBot, tmp_path: Path, server: StripeServer, answers: Answers
) -> tuple[MainWindow, Database]:
    db = Database.open(tmp_path / "desktop-b" / "b.db")
    connect.connect(db, "desk-b", KEY, server.url)
    window = build_main_window(db, open_settings(), "desk-b")
    ctx = window.ctx
    ctx.confirm = lambda _parent, _title, _text: True
    ctx.show_error = lambda _parent, title, text: answers.errors.append((title, text))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, db


def sync_until(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    """One full sync of ``window``'s workspace (send what is queued, then poll)."""
    scheduler = controller_of(window).scheduler
    assert scheduler is not None
    runs = scheduler.runs
    controller_of(window).sync_now()
    wait_synced(qtbot, window, runs=runs + 1)


def open_editor(qtbot: QtBot, window: MainWindow, invoice_id: str) -> InvoiceEditor:
    view = window.show_view("invoices")
    assert isinstance(view, InvoicesView)
    qtbot.waitUntil(lambda: view.model.find_row(lambda r: r.id == invoice_id) >= 0)
    view.select_row(view.model.find_row(lambda r: r.id == invoice_id))
    view.edit_current()  # Stripe's version is noted as the editor opens
    editor = view.dialog
    assert isinstance(editor, InvoiceEditor) and not editor.read_only
    return editor


def test_two_desktops_see_each_others_approvals_and_conflict_on_a_shared_draft(
    qtbot: QtBot,
    tmp_path: Path,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    b_window, b_db = desktop_b(qtbot, tmp_path, server, answers)
    a_window = connected_window(qtbot, db, answers, server)
    try:
        big, small = drafts(db, 2500_00, 1800_00)
        settle(qtbot, a_window, db)
        b_db.approvals.save_rules(db.approvals.rules())
        sync_until(qtbot, b_window, b_db)
        sid_big = str(db.invoices.get(big.id).stripe_id)
        sid_small = str(db.invoices.get(small.id).stripe_id)
        b_big = b_db.invoices.get_by_stripe_id(sid_big)
        b_small = b_db.invoices.get_by_stripe_id(sid_small)
        assert b_big is not None and b_small is not None
        b_review = review_view(b_window)
        qtbot.waitUntil(lambda: b_review.table.rowCount() == 2)

        # An approval in A's queue (the A key) is seen in B's after B polls.
        a_review = review_view(a_window)
        qtbot.waitUntil(lambda: a_review.table.rowCount() == 2)
        assert a_review.current_item() is not None
        assert a_review.current_item().invoice_id == big.id  # type: ignore[union-attr]
        server.clock.advance(5)
        qtbot.keyClick(a_review.table, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: a_review.table.rowCount() == 1)
        settle(qtbot, a_window, db)
        sync_until(qtbot, b_window, b_db)
        qtbot.waitUntil(lambda: [i.invoice_id for i in b_review.items] == [b_small.id])
        state = b_db.approvals.state(b_big.id)
        assert state.approved and state.decided_by == "local user"

        # The other draft is opened in both editors; A saves first, then B.
        a_editor = open_editor(qtbot, a_window, small.id)
        b_editor = open_editor(qtbot, b_window, b_small.id)
        a_editor.memo.setPlainText("PO 4471 agreed")
        assert a_editor.try_save()
        settle(qtbot, a_window, db)
        assert server.get("invoice", sid_small)["description"] == "PO 4471 agreed"
        b_editor.memo.setPlainText("Net 15 as agreed by phone")
        b_editor.terms.setCurrentIndex(b_editor.terms.findData(15))
        assert b_editor.try_save()
        sync_until(qtbot, b_window, b_db)
        qtbot.waitUntil(lambda: b_db.outbox.count(OutboxStatus.CONFLICT) == 1, timeout=10_000)
        assert server.get("invoice", sid_small)["description"] == "PO 4471 agreed"  # kept

        # B's Sync view shows both versions, field by field.
        sync = b_window.show_view("sync")
        assert isinstance(sync, SyncView)
        qtbot.waitUntil(lambda: len(sync.conflict_cards) == 1)
        card = sync.conflict_cards[0]
        assert ("Memo", "Net 15 as agreed by phone", "PO 4471 agreed", True) in card.rows
        assert ("Days until due", "15", "30", True) in card.rows  # Stripe's from metadata
        b_window.resize(1180, 760)
        qtbot.wait(50)
        shot(b_window, "two-desktops-conflict.png")
        qtbot.mouseClick(card.keep_button, Qt.MouseButton.LeftButton)
        sync_until(qtbot, b_window, b_db)
        qtbot.waitUntil(lambda: b_db.outbox.count(OutboxStatus.PENDING) == 0, timeout=10_000)
        assert server.get("invoice", sid_small)["description"] == "Net 15 as agreed by phone"
        settle(qtbot, a_window, db)
        sync_until(qtbot, a_window, db)
        qtbot.waitUntil(lambda: db.invoices.get(small.id).memo == "Net 15 as agreed by phone")
        assert db.invoices.get(small.id).days_until_due == 15
    finally:
        a_window.close()
        b_window.close()
        b_db.close()
