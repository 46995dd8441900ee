"""The Stripe connection in the window: connect dialog, mode badge, sync view, conflicts,
workspaces and the key that must never reach a file.

Stripe is the project's Stripe-compatible server, in-process and fresh per test;
keys go to an in-memory keyring (``keyring.set_keyring``, keyring's extension point).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_invoicer.logging_setup import configure_logging
from desktop_invoicer.storage.database import Database
from desktop_invoicer.storage.paths import log_dir
from desktop_invoicer.storage.repositories.sync_state import OutboxStatus
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync import connect, keys
from desktop_invoicer.ui import connection as ui_connection
from desktop_invoicer.ui.connect_dialog import ConnectDialog
from desktop_invoicer.ui.customer_dialog import CustomerDialog
from desktop_invoicer.ui.customers_view import CustomersView
from desktop_invoicer.ui.invoice_editor import InvoiceEditor
from desktop_invoicer.ui.invoices_view import InvoicesView
from desktop_invoicer.ui.main_window import MainWindow
from desktop_invoicer.ui.product_dialog import ProductDialog
from desktop_invoicer.ui.products_view import ProductsView
from desktop_invoicer.ui.stripe_controller import StripeController
from desktop_invoicer.ui.sync_scheduler import MAX_BACKOFF, SyncOutcome, SyncScheduler
from desktop_invoicer.ui.sync_view import SyncView
from tests.keyrings import MemoryKeyring, PlaintextKeyring

from .conftest import SHOTS, Answers, open_window

KEY = "sk_test_51UiConnectAbcdefghijklmnopqrstuv0123"
OTHER_KEY = "sk_test_51UiRejectedZyxwvutsrqponmlkjihg9876"
NO_INVOICES = "rk_test_51UiRestrictedNoInvoices000000000001"
NO_INVOICE_PERMISSIONS = {
    "rak_account_read",
    "rak_tax_rate_read",
    "rak_coupon_read",
    "rak_product_read",
    "rak_price_read",
    "rak_customer_read",
}


@pytest.fixture
def server() -> Iterator[StripeServer]:
    srv = StripeServer(api_keys=[KEY], restricted_keys={NO_INVOICES: NO_INVOICE_PERMISSIONS})
    srv.start()
    srv.seed(customers=12, products=3, invoices=40, rng_seed=7)
    yield srv
    srv.stop()


def shot(widget: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


def controller_of(window: MainWindow) -> StripeController:
    controller = window.ctx.stripe
    assert controller is not None
    return controller


def connect_dialog(qtbot: QtBot, window: MainWindow, server: StripeServer) -> ConnectDialog:
    controller = controller_of(window)
    controller.api_base = server.url
    controller.connect_action.trigger()  # File > Connect Stripe account…
    dialog = controller.dialog
    assert isinstance(dialog, ConnectDialog)
    qtbot.waitExposed(dialog)
    return dialog


def try_key(qtbot: QtBot, dialog: ConnectDialog, key: str) -> None:
    dialog.key.setText(key)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)


def wait_synced(qtbot: QtBot, window: MainWindow, runs: int = 1) -> SyncScheduler:
    """Until the workspace's scheduler has finished ``runs`` runs and is idle."""
    controller = controller_of(window)
    qtbot.waitUntil(
        lambda: (
            controller.scheduler is not None
            and controller.scheduler.runs >= runs
            and not controller.scheduler.running
        ),
        timeout=20_000,
    )
    assert controller.scheduler is not None
    return controller.scheduler


def connected_window(
    qtbot: QtBot, db: Database, answers: Answers, server: StripeServer
) -> MainWindow:
    connect.connect(db, "test", KEY, server.url)
    window = open_window(qtbot, db, answers)
    scheduler = controller_of(window).scheduler
    assert scheduler is not None
    scheduler.sync_now()  # rather than wait for the first timer
    wait_synced(qtbot, window)
    return window


# -- the connect dialog ----------------------------------------------------------------


def test_wrong_and_rejected_keys_are_explained_at_the_field(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    window = open_window(qtbot, db, answers)
    assert controller_of(window).badge.text() == "Not connected"
    dialog = connect_dialog(qtbot, window, server)
    assert dialog.key.echoMode() == dialog.key.EchoMode.Password
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert dialog.key.echoMode() == dialog.key.EchoMode.Normal
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert dialog.key.echoMode() == dialog.key.EchoMode.Password

    try_key(qtbot, dialog, "pk_test_51UiPublishableKey0000000000")
    assert "publishable key" in dialog.message()
    assert dialog.isVisible() and dialog.key.text().startswith("pk_test_")

    try_key(qtbot, dialog, OTHER_KEY)
    message = dialog.message()
    assert "did not accept this API key" in message
    assert OTHER_KEY not in message and OTHER_KEY[8:-4] not in message
    shot(dialog, "connect_dialog_rejected_key.png")

    dialog.key.setText("sk_test_")  # editing clears the message
    assert dialog.message() == ""
    assert connect.connection(db) is None and memory_keyring.secrets == {}
    dialog.reject()
    window.close()


def test_a_restricted_key_missing_a_permission_names_it_and_where_to_add_it(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    window = open_window(qtbot, db, answers)
    dialog = connect_dialog(qtbot, window, server)
    try_key(qtbot, dialog, NO_INVOICES)
    message = dialog.message()
    assert "missing the permission rak_invoice_read" in message
    assert "Developers > API keys" in message and "Billing > Invoices" in message
    assert NO_INVOICES[8:-4] not in message
    shot(dialog, "connect_dialog_missing_permission.png")

    keyring.set_keyring(PlaintextKeyring())  # no secure keyring: the key is not stored
    try_key(qtbot, dialog, KEY)
    assert "gnome-keyring" in dialog.message()
    assert connect.connection(db) is None
    dialog.reject()
    window.close()


def test_a_good_key_connects_shows_test_mode_and_the_first_sync_fills_the_lists(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    server.seed(customers=4, products=1, invoices=200, rng_seed=8)  # > 2 pages of invoices
    server.faults.delay_next(None, 0.3, method="GET", path="/v1/invoices")
    window = open_window(qtbot, db, answers)
    window.resize(1180, 740)
    controller = controller_of(window)
    view = window.show_view("sync")
    assert isinstance(view, SyncView)
    assert view.not_connected.isVisible()

    dialog = connect_dialog(qtbot, window, server)
    try_key(qtbot, dialog, KEY)
    assert dialog.message() == ""
    assert "Connected to" in dialog.account_label.text()
    assert dialog.mode_badge.text() == "TEST MODE"
    assert dialog.key.text() == ""  # the key is in the keyring now, not in the window
    shot(dialog, "connect_dialog_connected.png")
    dialog.accept()
    assert memory_keyring.secrets == {(keys.SERVICE, "workspace:test"): KEY}
    assert controller.badge.text() == "TEST MODE"
    assert "#ea7a10" in controller.badge.styleSheet()  # orange

    # The first copy shows its progress; Cancel stops it after the page being written.
    qtbot.waitUntil(
        lambda: view.backfill_box.isVisible() and "invoices" in view.backfill_label.text(),
        timeout=15_000,
    )
    assert view.cancel_button.isVisible()
    assert 0 < view.backfill_bar.value() < view.backfill_bar.maximum()
    shot(window, "sync_view_during_backfill.png")
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    scheduler = wait_synced(qtbot, window)
    assert scheduler.last_outcome is not None and scheduler.last_outcome.cancelled
    copied = db.invoices.count()
    assert 0 < copied < len(server.objects("invoice"))

    # The next sync resumes where it stopped.
    server.faults.clear()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    wait_synced(qtbot, window, runs=2)
    assert db.customers.count() == len(server.objects("customer"))
    assert db.invoices.count() == len(server.objects("invoice"))
    qtbot.waitUntil(lambda: view.last_sync.text() == "just now")
    assert "reads in the last 30 days" in view.budget.text()
    assert "checking every" in view.budget.text()
    assert view.outbox.text() == "0 waiting"
    assert not view.cancel_button.isVisible()
    shot(window, "sync_view_after_backfill.png")

    customers = window.show_view("customers")
    assert isinstance(customers, CustomersView)
    qtbot.waitUntil(lambda: customers.model.rowCount() == len(server.objects("customer")))
    invoices = window.show_view("invoices")
    assert isinstance(invoices, InvoicesView)
    qtbot.waitUntil(lambda: invoices.model.rowCount() == len(server.objects("invoice")))
    bar = window.statusBar()
    shot(bar, "status_bar_test_mode_badge.png")
    window.close()


# -- edits go through the outbox -------------------------------------------------------


def test_a_customer_created_in_a_connected_workspace_reaches_stripe_once(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    window = connected_window(qtbot, db, answers, server)
    view = window.show_view("customers")
    assert isinstance(view, CustomersView)
    view.new_item()
    dialog = view.dialog
    assert isinstance(dialog, CustomerDialog)
    qtbot.keyClicks(dialog.name, "Zephyr Outbox Ltd")
    qtbot.keyClicks(dialog.email, "billing@zephyr.example")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert db.outbox.count(OutboxStatus.PENDING) == 1

    controller_of(window).sync_action.trigger()  # File > Sync now
    wait_synced(qtbot, window, runs=2)
    qtbot.waitUntil(lambda: db.outbox.count(OutboxStatus.PENDING) == 0)
    found = [c for c in server.objects("customer") if c["name"] == "Zephyr Outbox Ltd"]
    assert len(found) == 1
    local_id = found[0]["metadata"]["desktop_invoicer_id"]
    customer = db.customers.get(local_id)
    assert customer.stripe_id == found[0]["id"]
    assert customer.name == "Zephyr Outbox Ltd"
    window.close()


def test_a_product_and_its_prices_go_through_the_outbox(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    window = connected_window(qtbot, db, answers, server)
    products = window.show_view("products")
    assert isinstance(products, ProductsView)
    products.new_item()
    dialog = products.dialog
    assert isinstance(dialog, ProductDialog)
    dialog.name.setText("Outbox workshop")
    dialog.price_rows[0].amount.setText("250.00")
    eur = dialog.add_price(None, "EUR")
    eur.amount.setText("230")
    assert dialog.try_save()
    assert db.outbox.count(OutboxStatus.PENDING) == 3  # the product and two prices

    controller_of(window).sync_now()
    qtbot.waitUntil(lambda: db.outbox.count(OutboxStatus.PENDING) == 0, timeout=15_000)
    (product,) = [p for p in server.objects("product") if p["name"] == "Outbox workshop"]
    local_id = product["metadata"]["desktop_invoicer_id"]
    assert db.products.get(local_id).stripe_id == product["id"]
    assert stripe_prices(server, product["id"]) == [("eur", 23000, True), ("usd", 25000, True)]

    # Stripe's prices cannot change: a new amount is a new price (the old one stays in Stripe).
    qtbot.waitUntil(lambda: products.model.rowCount() > 0)
    products.select_row(products.model.find_row(lambda r: r.id == local_id))
    products.edit_current()
    dialog = products.dialog
    assert isinstance(dialog, ProductDialog)
    usd = next(r for r in dialog.price_rows if r.currency.currentText() == "USD")
    usd.amount.setText("275.00")
    assert dialog.try_save()
    controller_of(window).sync_now()
    qtbot.waitUntil(lambda: db.outbox.count(OutboxStatus.PENDING) == 0, timeout=15_000)
    assert ("usd", 27500, True) in stripe_prices(server, product["id"])
    active = sorted(p.unit_amount.minor for p in db.prices.for_product(local_id, active_only=True))
    assert active == [23000, 27500]
    window.close()


def stripe_prices(server: StripeServer, product_id: str) -> list[tuple[str, int, bool]]:
    return sorted(
        (p["currency"], p["unit_amount"], p["active"])
        for p in server.objects("price")
        if p["product"] == product_id
    )


def test_a_new_invoice_draft_goes_through_the_outbox(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    window = connected_window(qtbot, db, answers, server)
    customer = db.customers.get_by_stripe_id(server.objects("customer")[0]["id"])
    assert customer is not None
    invoices = window.show_view("invoices")
    assert isinstance(invoices, InvoicesView)
    invoices.new_item()
    editor = invoices.dialog
    assert isinstance(editor, InvoiceEditor)
    editor.pick_customer(customer)
    editor.lines.rows[0].description.setText("Onboarding workshop")
    editor.lines.rows[0].unit_price.setText("120")
    assert editor.try_save()
    assert db.outbox.count(OutboxStatus.PENDING) == 1
    controller_of(window).sync_now()
    try:
        qtbot.waitUntil(lambda: db.outbox.count(OutboxStatus.PENDING) == 0, timeout=5_000)
    finally:
        window.close()
    drafts = [
        i
        for i in server.objects("invoice")
        if i["customer"] == customer.stripe_id and i["metadata"].get("desktop_invoicer_id")
    ]
    (draft,) = drafts
    assert draft["status"] == "draft"
    assert [line["description"] for line in draft["lines"]["data"]] == ["Onboarding workshop"]
    assert db.invoices.get(draft["metadata"]["desktop_invoicer_id"]).stripe_id == draft["id"]


def test_a_change_stripe_refuses_can_be_retried_or_discarded(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    window = connected_window(qtbot, db, answers, server)
    view = window.show_view("customers")
    assert isinstance(view, CustomersView)
    for name in ("Refused Once Ltd", "Discarded Ltd"):
        view.new_item()
        dialog = view.dialog
        assert isinstance(dialog, CustomerDialog)
        dialog.name.setText(name)
        assert dialog.try_save()
    server.faults.fail_next(None, 400, method="POST", path="/v1/customers")
    controller_of(window).sync_now()
    qtbot.waitUntil(lambda: db.outbox.count(OutboxStatus.FAILED) == 2, timeout=15_000)
    sync = window.show_view("sync")
    assert isinstance(sync, SyncView)
    qtbot.waitUntil(lambda: len(sync.failed_rows) == 2)
    assert sync.failed_title.isVisible()
    assert "2 refused" in sync.outbox.text()
    first, second = sync.failed_rows
    qtbot.mouseClick(second.discard_button, Qt.MouseButton.LeftButton)
    assert "Discard this change" in answers.confirmations[-1]
    assert db.outbox.count(OutboxStatus.DISCARDED) == 1
    server.faults.clear()
    scheduler = controller_of(window).scheduler
    assert scheduler is not None
    runs = scheduler.runs
    qtbot.mouseClick(first.retry_button, Qt.MouseButton.LeftButton)
    assert db.outbox.get(first.item.id).status in (OutboxStatus.PENDING, OutboxStatus.SENT)
    assert scheduler.running or scheduler.runs > runs  # Retry sends it at once
    qtbot.waitUntil(lambda: scheduler.runs > runs and not scheduler.running, timeout=15_000)
    assert "Discarded Ltd" not in [c["name"] for c in server.objects("customer")]
    window.close()


def test_a_conflict_shows_both_versions_and_keep_mine_sends_ours(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    window = connected_window(qtbot, db, answers, server)
    window.resize(1180, 740)
    view = window.show_view("customers")
    assert isinstance(view, CustomersView)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    view.select_row(0)
    row = view.current_row()
    assert row is not None
    stripe_id = db.customers.get(row.id).stripe_id
    assert stripe_id is not None
    view.edit_current()  # Stripe's version is noted as the editor opens
    dialog = view.dialog
    assert isinstance(dialog, CustomerDialog)
    server.dashboard_update("customer", stripe_id, name="Renamed In Dashboard")
    dialog.name.setText("Renamed On This Desktop")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    controller_of(window).sync_now()
    wait_synced(qtbot, window, runs=2)
    assert db.outbox.count(OutboxStatus.CONFLICT) == 1
    assert server.get("customer", stripe_id)["name"] == "Renamed In Dashboard"  # not overwritten
    sync = window.show_view("sync")
    assert isinstance(sync, SyncView)
    qtbot.waitUntil(lambda: len(sync.conflict_cards) == 1)
    card = sync.conflict_cards[0]
    assert ("Name", "Renamed On This Desktop", "Renamed In Dashboard", True) in card.rows
    assert any(label == "Email" and not differs for label, _a, _b, differs in card.rows)
    assert "1 in conflict" in sync.outbox.text()
    qtbot.wait(50)
    shot(window, "sync_view_conflict.png")

    qtbot.mouseClick(card.keep_button, Qt.MouseButton.LeftButton)
    wait_synced(qtbot, window, runs=3)
    qtbot.waitUntil(lambda: db.outbox.count(OutboxStatus.PENDING) == 0)
    assert server.get("customer", stripe_id)["name"] == "Renamed On This Desktop"
    assert db.customers.get(row.id).name == "Renamed On This Desktop"
    qtbot.waitUntil(lambda: sync.conflict_cards == [])
    window.close()


def test_take_stripes_version_drops_ours(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    window = connected_window(qtbot, db, answers, server)
    customer = next(c for c in server.objects("customer"))
    local = db.customers.get_by_stripe_id(customer["id"])
    assert local is not None
    view = window.show_view("customers")
    assert isinstance(view, CustomersView)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    found = view.model.find_row(lambda r: r.id == local.id)
    view.select_row(found)
    view.edit_current()
    dialog = view.dialog
    assert isinstance(dialog, CustomerDialog)
    server.dashboard_update("customer", customer["id"], email="new@dashboard.example")
    dialog.email.setText("mine@desktop.example")
    assert dialog.try_save()
    controller_of(window).sync_now()
    wait_synced(qtbot, window, runs=2)
    sync = window.show_view("sync")
    assert isinstance(sync, SyncView)
    qtbot.waitUntil(lambda: len(sync.conflict_cards) == 1)
    qtbot.mouseClick(sync.conflict_cards[0].take_button, Qt.MouseButton.LeftButton)
    assert db.outbox.count(OutboxStatus.CONFLICT) == 0
    assert db.outbox.count(OutboxStatus.DISCARDED) == 1
    assert db.customers.get(local.id).email == "new@dashboard.example"
    assert server.get("customer", customer["id"])["email"] == "new@dashboard.example"
    window.close()


# -- disconnecting, workspaces ---------------------------------------------------------


def test_disconnect_asks_then_removes_the_key(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    window = connected_window(qtbot, db, answers, server)
    controller = controller_of(window)
    assert controller.badge.text() == "TEST MODE"
    answers.confirm = False
    controller.disconnect_action.trigger()
    assert keys.load_key("test") == KEY  # "Cancel" keeps it
    answers.confirm = True
    controller.disconnect_action.trigger()
    assert "keyring" in answers.confirmations[-1]
    qtbot.waitUntil(lambda: controller.badge.text() == "Not connected")
    assert keys.load_key("test") is None
    assert connect.connection(db) is None
    assert controller.scheduler is None and not controller.disconnect_action.isEnabled()
    assert db.customers.count() == len(server.objects("customer"))  # the copy stays
    window.close()


def test_switch_and_create_workspaces_one_account_each(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    window = connected_window(qtbot, db, answers, server)
    controller = controller_of(window)
    customers = len(server.objects("customer"))
    controller.ask_text = lambda _parent, _title, _label: "Other Books"
    controller.new_workspace_action.trigger()
    assert window.ctx.workspace == "other-books"
    assert db.closed
    assert controller.badge.text() == "Not connected" and controller.scheduler is None
    view = window.show_view("customers")
    assert isinstance(view, CustomersView) and view.model.rowCount() == 0

    controller.fill_workspaces_menu()
    names = [a.text() for a in controller.workspaces_menu.actions() if a.isCheckable()]
    assert names == ["other-books", "test"]
    checked = [a.text() for a in controller.workspaces_menu.actions() if a.isChecked()]
    assert checked == ["other-books"]
    next(a for a in controller.workspaces_menu.actions() if a.text() == "test").trigger()
    assert window.ctx.workspace == "test"
    assert controller.badge.text() == "TEST MODE"
    assert window.ctx.stripe is controller  # one controller and one set of menu entries
    assert [a.text() for a in window.file_menu.actions()].count("&Sync now") == 1
    view = window.show_view("customers")
    assert isinstance(view, CustomersView)
    qtbot.waitUntil(lambda: view.model.rowCount() == customers)
    window.close()
    window.ctx.db.close()


def test_the_same_account_is_refused_in_a_second_workspace(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    other = Database.open_workspace("other")
    connect.connect(other, "other", KEY, server.url)
    other.close()
    window = open_window(qtbot, db, answers)
    dialog = connect_dialog(qtbot, window, server)
    try_key(qtbot, dialog, KEY)
    message = dialog.message()
    dialog.reject()
    window.close()
    assert "already connected in workspace 'other'" in message
    assert connect.connection(db) is None


def test_ui_reads_the_connection_as_sync_stores_it(
    db: Database, server: StripeServer, memory_keyring: MemoryKeyring
) -> None:
    assert ui_connection.SETTING == connect.SETTING
    assert ui_connection.current_connection(db) is None
    conn = connect.connect(db, "test", KEY, server.url)
    info = ui_connection.current_connection(db)
    assert info is not None
    assert (info.account_id, info.display_name, info.livemode, info.demo) == (
        conn.account_id,
        conn.display_name,
        conn.livemode,
        conn.demo,
    )
    assert info.mode == conn.mode_label == "TEST MODE"


# -- background sync ------------------------------------------------------------------


def test_offline_backs_off_and_coming_back_after_idle_syncs_soon(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    window = connected_window(qtbot, db, answers, server)
    controller = controller_of(window)
    scheduler = controller.scheduler
    assert scheduler is not None and not scheduler.offline
    assert scheduler.poll_interval is not None and scheduler.poll_interval >= 60
    server.faults.drop_next(None)  # Stripe cannot be reached
    scheduler.sync_now()
    first = scheduler.task
    scheduler.sync_now()  # at most one run at a time
    assert scheduler.task is first
    wait_synced(qtbot, window, runs=2)
    qtbot.waitUntil(lambda: not scheduler.running and scheduler.runs >= 3, timeout=20_000)
    assert scheduler.offline and controller.sync_label.text() == "Offline"
    assert scheduler.poll_interval == 30
    assert scheduler.next_interval_after(SyncOutcome(offline=True)) == 60
    for _ in range(6):
        scheduler.next_interval_after(SyncOutcome(offline=True))
    assert scheduler.backoff == MAX_BACKOFF == 900

    server.faults.clear()
    scheduler.offline = False
    scheduler.sync_soon(60_000)
    assert scheduler.last_run_ended is not None
    scheduler.last_run_ended -= 3600  # an hour away from the window
    scheduler.window_activated()
    assert scheduler.next_run_at is not None
    assert scheduler.next_run_at - scheduler.clock() <= 1.5  # soon, not in a minute
    window.close()


def test_the_sync_view_explains_a_reconcile_and_a_missing_key(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    window = connected_window(qtbot, db, answers, server)
    sync = window.show_view("sync")
    assert isinstance(sync, SyncView)
    month_ago = int(time.time()) - 40 * 86_400
    db.sync_state.set_cursor("events:since", str(month_ago))  # the app slept for 40 days
    controller_of(window).sync_now()
    wait_synced(qtbot, window, runs=2)
    qtbot.waitUntil(sync.notes.isVisible)
    assert "more than 30 days ago" in sync.notes.text()
    assert not sync.error.isVisible()

    keys.delete_key("test")  # someone removed it from the keyring
    scheduler = controller_of(window).scheduler
    assert scheduler is not None
    scheduler.reset_engine()
    scheduler.sync_now()
    wait_synced(qtbot, window, runs=3)
    qtbot.waitUntil(sync.error.isVisible)
    assert "not in the system keyring" in sync.error.text()
    assert scheduler.next_run_at is None  # nothing to do until it is connected again
    window.close()


# -- the key never reaches a file --------------------------------------------------------


def test_no_key_in_any_file_after_a_full_session(
    qtbot: QtBot,
    isolated_home: Path,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    configure_logging(log_dir())
    try:
        window = open_window(qtbot, db, answers)
        dialog = connect_dialog(qtbot, window, server)
        try_key(qtbot, dialog, OTHER_KEY)  # refused: its message is logged nowhere with the key
        try_key(qtbot, dialog, KEY)
        assert dialog.result_value is not None and dialog.result_value.connection is not None
        dialog.accept()
        wait_synced(qtbot, window)
        view = window.show_view("customers")
        assert isinstance(view, CustomersView)
        view.new_item()
        new = view.dialog
        assert isinstance(new, CustomerDialog)
        new.name.setText("Keyless Ltd")
        assert new.try_save()
        controller_of(window).sync_now()
        wait_synced(qtbot, window, runs=2)
        logging.getLogger("desktop_invoicer.test").warning("about to close with %s", KEY)
        window.close()
    finally:
        for handler in root.handlers[len(handlers) :]:
            handler.close()
        root.handlers[:] = handlers
        root.setLevel(level)

    files = [p for p in isolated_home.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"workspace.db", "workspace.db-wal", "ui-settings.ini", "desktop-invoicer.log"} <= names
    for path in files:
        data = path.read_bytes()
        for secret in (KEY, OTHER_KEY):
            assert secret.encode() not in data, path
            assert secret[8:-4].encode() not in data, path
    log_text = (log_dir() / "desktop-invoicer.log").read_text()
    assert "sk_test_****0123" in log_text  # the deliberate line, masked


def test_badge_colours_tell_live_from_test_at_a_glance(qtbot: QtBot) -> None:
    badge = ui_connection.ModeBadge()
    qtbot.addWidget(badge)
    live = ui_connection.ConnectionInfo("acct_1", "Shop", livemode=True, demo=False)
    badge.show_connection(live)
    assert badge.text() == "LIVE" and "#c81e1e" in badge.styleSheet()
    badge.show_connection(live._replace(livemode=False))
    assert badge.text() == "TEST MODE" and "#ea7a10" in badge.styleSheet()
    badge.show_connection(live._replace(demo=True))
    assert badge.text() == "DEMO"
    badge.show_connection(None)
    assert badge.text() == "Not connected"
    badge.show_connection(live)
    badge.resize(badge.sizeHint())
    shot(badge, "badge_live.png")
