"""Give the main window its workspace: the database bridge, the task runner, the views.

This is the second step of cold start (see :mod:`.app`): it runs once the shell is
on screen, and it is where storage and the views are first imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from .app import create_shell
from .bridge import DatabaseBridge
from .context import AppContext
from .i18n import tr
from .main_window import MainWindow
from .workers import TaskRunner

if TYPE_CHECKING:
    from ..storage.database import Database


def fill_demo(db: Database) -> str:
    """Populate an empty demo workspace (runs on a worker thread with its own connection)."""
    from ..storage.demo import populate_demo

    try:
        populate_demo(db)
    finally:
        db.close_thread_connection()
    return tr("The demo workspace is ready.")


def attach_workspace(
    window: MainWindow, db: Database, workspace: str, demo: bool = False
) -> AppContext:
    """Show workspace ``db`` in ``window`` and hand it to the window's Stripe controller.

    The controller shows the mode badge and syncs a connected workspace; a new demo
    workspace runs on the local Stripe-compatible server (or, if that cannot start,
    fills with local sample data in the background).
    """
    from .stripe_controller import StripeController

    bridge = DatabaseBridge(db.subscribe, parent=window)
    tasks = TaskRunner(parent=window)
    controller = StripeController.of(window)
    ctx = AppContext(db=db, bridge=bridge, tasks=tasks, workspace=workspace, stripe=controller)
    window.attach(ctx)
    controller.attach(ctx, demo=demo)
    from .escalation_notifier import install as install_escalations  # issue 8

    install_escalations(ctx, window)
    return ctx


def build_main_window(
    db: Database, settings: QSettings, workspace: str, demo: bool = False
) -> MainWindow:
    """Both steps at once (for tests and embedding)."""
    window = create_shell(settings)
    attach_workspace(window, db, workspace, demo)
    return window
