"""The command line: choosing a workspace, the demo, and a database that cannot open."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_invoicer import cli
from desktop_invoicer.storage.database import Database
from desktop_invoicer.storage.paths import workspace_database
from desktop_invoicer.ui.invoices_view import InvoicesView
from desktop_invoicer.ui.main_window import MainWindow
from desktop_invoicer.ui.products_view import ProductsView
from desktop_invoicer.ui.stripe_controller import StripeController
from desktop_invoicer.ui.ui_settings import open_settings, remember_workspace

from .conftest import SHOTS

HEAVY = ("reportlab", "stripe", "keyring", "sqlite_utils")


def open_window(qtbot: QtBot, argv: list[str]) -> MainWindow:
    window = cli.open_main_window(cli.build_parser().parse_args(argv))
    assert window is not None
    qtbot.addWidget(window)
    return window


def close(window: MainWindow) -> None:
    window.close()
    window.ctx.db.close()


def demo_synced(qtbot: QtBot, window: MainWindow, runs: int = 1) -> StripeController:
    """Until the demo's local Stripe server is up and ``runs`` syncs have finished."""
    controller = window.ctx.stripe
    assert controller is not None
    qtbot.waitUntil(
        lambda: (
            controller.scheduler is not None
            and controller.scheduler.runs >= runs
            and not controller.scheduler.running
        ),
        timeout=30_000,
    )
    return controller


def test_no_arguments_on_a_fresh_install_opens_the_demo_on_the_local_stripe_server(
    qtbot: QtBot,
) -> None:
    window = open_window(qtbot, [])
    window.show()
    assert window.ctx.workspace == "demo"
    view = window.current_view
    assert isinstance(view, InvoicesView)  # the window is up before the data exists
    controller = demo_synced(qtbot, window)
    assert controller.badge.text() == "DEMO"
    assert controller.demo_server is not None and controller.demo_server.running
    scheduler = controller.scheduler
    assert scheduler is not None and scheduler.last_progress is not None
    assert scheduler.last_progress.finished  # the first sync copied the server's demo account
    copied = scheduler.last_progress.counts
    db = window.ctx.db
    assert db.invoices.count() == copied["invoices"] >= 500
    assert db.customers.count() == copied["customers"] >= 50
    currencies, statuses = (
        db.connection()
        .execute("SELECT count(DISTINCT currency), count(DISTINCT status) FROM invoices")
        .fetchone()
    )
    assert currencies >= 5 and statuses >= 4  # alive: JPY, KWD, ...; drafts to uncollectible
    qtbot.waitUntil(lambda: view.model.rowCount() == copied["invoices"])
    assert view.count_label.text() == f"{copied['invoices']:,} invoices"
    qtbot.waitUntil(lambda: window.ctx.tasks.active == 0)
    assert not window.progress.isVisible()

    # What a person sees: each view with the demo data, and each editor.
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.resize(1280, 760)
    for key in ("invoices", "customers", "products", "settings"):
        window.show_view(key)
        qtbot.wait(50)  # let pending layouts run before the picture
        window.grab().save(str(SHOTS / f"main_{key}.png"))
    window.show_view("invoices")
    view.table.setFocus()
    view.select_row(2)
    view.edit_current()
    assert view.dialog is not None
    qtbot.waitExposed(view.dialog)
    qtbot.wait(50)  # let pending layouts run before the picture
    view.dialog.grab().save(str(SHOTS / "demo_invoice_editor.png"))
    view.dialog.reject()
    window.show_view("customers").new_item()
    customers = window.current_view
    assert customers is not None and customers.dialog is not None
    qtbot.waitExposed(customers.dialog)
    qtbot.wait(50)  # let pending layouts run before the picture
    customers.dialog.grab().save(str(SHOTS / "demo_customer_dialog.png"))
    customers.dialog.reject()
    products = window.show_view("products")
    assert isinstance(products, ProductsView)
    products.model.sort(0, Qt.SortOrder.AscendingOrder)
    products.select_row(0)
    products.edit_current()
    assert products.dialog is not None
    qtbot.waitExposed(products.dialog)
    qtbot.wait(50)  # let pending layouts run before the picture
    products.dialog.grab().save(str(SHOTS / "demo_product_dialog.png"))
    products.dialog.reject()
    server = controller.demo_server
    close(window)
    assert not server.running  # the server ends with the window

    # The next start opens the last workspace, already filled, on a new server.
    again = open_window(qtbot, [])
    assert again.ctx.workspace == "demo" and again.ctx.tasks.active == 0
    assert again.ctx.db.invoices.count() == copied["invoices"]
    controller = demo_synced(qtbot, again)
    assert controller.scheduler is not None and controller.scheduler.last_progress is None
    assert controller.demo_server is not None and controller.demo_server is not server
    close(again)


def test_the_demo_falls_back_to_local_sample_data_without_its_server(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_invoicer.ui import demo_server

    def refuse(folder: Path, timeout: float = 0) -> demo_server.DemoServer:
        raise demo_server.DemoServerError("The demo server did not start (it exited with code 1).")

    monkeypatch.setattr(demo_server, "start_demo_server", refuse)
    window = open_window(qtbot, ["--demo"])
    window.show()
    view = window.current_view
    assert isinstance(view, InvoicesView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 600, timeout=30_000)
    qtbot.waitUntil(lambda: "could not start" in window.statusBar().currentMessage())
    assert window.ctx.stripe is not None and window.ctx.stripe.badge.text() == "Not connected"
    close(window)


def test_workspace_argument_and_last_workspace(qtbot: QtBot) -> None:
    first = open_window(qtbot, ["--workspace", "acme"])
    assert first.ctx.workspace == "acme"
    assert first.ctx.tasks.active == 0  # only the demo is filled with sample data
    close(first)
    assert workspace_database("acme").exists()
    again = open_window(qtbot, [])
    assert again.ctx.workspace == "acme"
    close(again)


def test_a_database_that_cannot_open_shows_advice_and_exits_non_zero(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = workspace_database("broken")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database, just some bytes " * 200)
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(cli, "show_open_error", lambda *args: shown.append(args))
    assert cli.main(["--workspace", "broken"]) == cli.EXIT_CANNOT_OPEN
    ((title, message, advice),) = shown
    assert "cannot be opened" in title
    assert "Traceback" not in message
    assert "backup" in advice


def test_a_bad_workspace_name_is_refused_politely(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(cli, "show_open_error", lambda *args: shown.append(args))
    assert cli.main(["--workspace", "../etc"]) == cli.EXIT_CANNOT_OPEN
    assert "not a valid workspace name" in shown[0][1]


def test_last_workspace_is_skipped_when_its_folder_is_gone(isolated_home: Path) -> None:
    Database.open_workspace("kept").close()
    settings = open_settings()
    remember_workspace(settings, "gone")
    args = cli.build_parser().parse_args([])
    assert cli.choose_workspace(args, "gone") == "kept"
    assert cli.choose_workspace(cli.build_parser().parse_args(["--demo"]), "kept") == "demo"


def test_cold_start_imports_nothing_heavy(isolated_home: Path) -> None:
    """Opening a workspace and showing the window must not import the slow libraries."""
    Database.open_workspace("w").close()  # created (and migrated) before: a normal start
    code = (
        "import sys\n"
        "from desktop_invoicer import cli\n"
        "from desktop_invoicer.ui.app import create_application\n"
        "app = create_application([])\n"
        "window = cli.open_main_window(cli.build_parser().parse_args(['--workspace', 'w']))\n"
        "window.show(); app.processEvents()\n"
        "assert window.current_view is not None\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))\n"
        "window.close(); window.ctx.db.close()\n"
    )
    env = {"DESKTOP_INVOICER_HOME": str(isolated_home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_ui_settings_live_in_the_storage_data_root(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_invoicer.storage import paths
    from desktop_invoicer.ui import ui_settings

    assert ui_settings.data_root() == paths.data_root()
    monkeypatch.delenv("DESKTOP_INVOICER_HOME")
    assert ui_settings.data_root() == paths.data_root()
