"""The window's Stripe connection: the mode badge, the File menu's account and
workspace commands, background sync and the demo workspace's local Stripe server.

One :class:`StripeController` lives as long as its window; each workspace shown
in the window is handed to it by :func:`session.attach_workspace`. It imports
the sync room only inside actions and workers, so cold start stays free of
stripe and keyring.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QMenu, QWidget

from .connection import ConnectionInfo, ModeBadge, current_connection
from .i18n import tr
from .jobs_runner import JobsOutcome, JobsScheduler
from .sync_scheduler import SyncOutcome, SyncScheduler
from .workers import Task

if TYPE_CHECKING:
    from ..storage.database import Database
    from .context import AppContext
    from .demo_server import DemoServer
    from .main_window import MainWindow

log = logging.getLogger(__name__)

DEMO_WORKSPACE = "demo"  # cli.DEMO_WORKSPACE
FIRST_SYNC_DELAY_MS = 1200  # after opening a workspace: let the window settle first

AskText = Callable[[QWidget, str, str], str | None]


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok and text.strip() else None


def _start_demo(db: Database, folder: object) -> tuple[DemoServer, str]:
    """Start the demo server and point the demo workspace at it (on a worker)."""
    from pathlib import Path

    from ..sync.connect import connect_demo
    from .demo_server import start_demo_server

    server = start_demo_server(Path(str(folder)))
    try:
        connect_demo(db, server.url)
    except Exception:
        server.stop()
        raise
    finally:
        db.close_thread_connection()
    return server, server.url


def _disconnect(db: Database, workspace: str) -> None:
    from ..sync.connect import disconnect

    try:
        disconnect(db, workspace)
    finally:
        db.close_thread_connection()


class StripeController(QObject):
    """Owned by the main window (its parent); see the module docstring."""

    changed = Signal()  # the connection, or the state of sync, changed
    progress = Signal(object)  # a BackfillProgress during the first sync

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("stripeController")
        self.window = window
        self.ctx: AppContext | None = None
        self.connection: ConnectionInfo | None = None
        self.scheduler: SyncScheduler | None = None
        self.jobs: JobsScheduler | None = None  # background jobs of the attached workspace
        self.demo_server: DemoServer | None = None
        self.demo_task: Task | None = None
        self.api_base: str | None = None  # the Stripe API for the connect dialog (tests)
        self.dialog: QWidget | None = None  # the connect dialog, while open
        self.ask_text: AskText = ask_text
        self.clock: Callable[[], float] = time.time
        self._build_status()
        self._build_menu()
        window.installEventFilter(self)

    @classmethod
    def of(cls, window: MainWindow) -> StripeController:
        found = window.findChild(QObject, "stripeController")
        if isinstance(found, StripeController):
            return found
        return cls(window)

    # -- building ----------------------------------------------------------------------

    def _build_status(self) -> None:
        bar = self.window.statusBar()
        self.sync_label = QLabel()
        self.sync_label.setObjectName("muted")
        bar.addPermanentWidget(self.sync_label)
        self.badge = ModeBadge()
        bar.addPermanentWidget(self.badge)

    def _action(self, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            self.window.addAction(action)  # works with the menu bar hidden too
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menu(self) -> None:
        w = self.window
        self.sync_action = self._action(tr("&Sync now"), self.sync_now, "Ctrl+R")
        self.connect_action = self._action(tr("&Connect Stripe account…"), self.open_connect_dialog)
        self.disconnect_action = self._action(
            tr("&Disconnect Stripe account…"), self.disconnect_account
        )
        self.new_workspace_action = self._action(tr("New &workspace…"), self.new_workspace)
        self.workspaces_menu = QMenu(tr("Switch &workspace"), w)
        self.workspaces_menu.aboutToShow.connect(self.fill_workspaces_menu)
        self.workspace_group = QActionGroup(self)
        before = w.quit_action
        menu = w.file_menu
        menu.insertSeparator(before)
        for action in (self.sync_action, self.connect_action, self.disconnect_action):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        menu.insertMenu(before, self.workspaces_menu)
        menu.insertAction(before, self.new_workspace_action)
        menu.insertSeparator(before)
        self.fill_workspaces_menu()
        self._update_actions()

    def fill_workspaces_menu(self) -> None:
        """Every workspace on this computer; the open one checked. One click switches."""
        from ..storage.paths import list_workspaces

        self.workspaces_menu.clear()
        for action in self.workspace_group.actions():
            self.workspace_group.removeAction(action)
        current = self.ctx.workspace if self.ctx is not None else ""
        for info in list_workspaces():
            action = QAction(info.slug, self.workspaces_menu)
            action.setCheckable(True)
            action.setChecked(info.slug == current)
            action.triggered.connect(lambda _checked=False, s=info.slug: self.switch_to(s))
            self.workspace_group.addAction(action)
            self.workspaces_menu.addAction(action)
        self.workspaces_menu.addSeparator()
        self.workspaces_menu.addAction(self.new_workspace_action)

    def _update_actions(self) -> None:
        attached = self.ctx is not None
        conn = self.connection
        self.connect_action.setEnabled(attached)
        self.disconnect_action.setEnabled(attached and conn is not None)
        self.sync_action.setEnabled(attached and conn is not None)

    # -- a workspace comes and goes -------------------------------------------------------

    def attach(self, ctx: AppContext, demo: bool = False) -> None:
        """Show workspace ``ctx``: its badge, and sync it if it is connected."""
        self.ctx = ctx
        ctx.stripe = self
        ctx.bridge.changed.connect(self._database_changed)
        self.connection = current_connection(ctx.db)
        self._start_jobs(ctx)
        self._show_connection()
        if demo and self._wants_demo_server(ctx.db):
            self.start_demo_server()
        elif self.connection is not None and not self.connection.demo:
            self.start_sync(FIRST_SYNC_DELAY_MS)
        self.fill_workspaces_menu()

    def detach(self) -> None:
        """Stop syncing the workspace (before it is closed)."""
        self.stop_sync()
        self.stop_demo_server()
        self._stop_jobs()
        if self.ctx is not None:
            self.ctx.bridge.changed.disconnect(self._database_changed)
            self.ctx = None
        self.connection = None
        self._update_actions()

    def _wants_demo_server(self, db: Database) -> bool:
        """The demo runs on the local server when it is new, or already on it."""
        if self.connection is not None:
            return self.connection.demo
        return _is_empty(db)

    def _database_changed(self, table: str) -> None:
        """The connection changed in the database (here, or by a worker): follow it."""
        if table != "settings" or self.ctx is None:
            return
        conn = current_connection(self.ctx.db)
        if conn == self.connection:
            return
        self.connection = conn
        self._show_connection()
        if conn is None:
            self.stop_sync()
        elif self.scheduler is not None:
            self.scheduler.reset_engine()  # another account: a new engine at the next run
        elif not conn.demo:
            self.start_sync(FIRST_SYNC_DELAY_MS)

    def _show_connection(self) -> None:
        self.badge.show_connection(self.connection)
        self._update_actions()
        self._show_sync_state()

    # -- background sync -----------------------------------------------------------------

    def start_sync(self, delay_ms: int = FIRST_SYNC_DELAY_MS) -> SyncScheduler | None:
        if self.ctx is None or self.connection is None:
            return None
        if self.scheduler is None:
            scheduler = SyncScheduler(
                self.ctx.db,
                self.ctx.workspace,
                self.ctx.tasks,
                is_active=self.window.isActiveWindow,
                clock=self.clock,
                parent=self,
            )
            scheduler.state_changed.connect(self._show_sync_state)
            scheduler.progress.connect(self._backfill_progress)
            scheduler.finished.connect(self._sync_finished)
            self.scheduler = scheduler
        self.scheduler.start(delay_ms)
        return self.scheduler

    def stop_sync(self) -> None:
        scheduler, self.scheduler = self.scheduler, None
        if scheduler is not None:
            scheduler.state_changed.disconnect(self._show_sync_state)
            scheduler.progress.disconnect(self._backfill_progress)
            scheduler.dispose()  # a run in progress is cancelled and reports to no one
        self._show_sync_state()

    def restart_sync(self) -> None:
        """Sync now with a fresh engine (a new key or server address); one run at a time."""
        if self.scheduler is None:
            self.start_sync(0)
        else:
            self.scheduler.reset_engine()
            self.scheduler.sync_now()

    def sync_now(self) -> None:
        if self.scheduler is not None:
            self.scheduler.sync_now()
        elif self.connection is not None:
            self.start_sync(0)

    def request_sync(self) -> None:
        """After a local change bound for Stripe: sync in a moment."""
        if self.scheduler is not None:
            self.scheduler.sync_soon()

    def _show_sync_state(self) -> None:
        scheduler = self.scheduler
        if self.connection is None:
            text = ""
        elif scheduler is None:
            text = tr("Starting the demo server…") if self.demo_task is not None else ""
        elif scheduler.running:
            text = tr("Syncing…")
        elif scheduler.offline:
            text = tr("Offline")
        elif scheduler.last_outcome is not None and (
            scheduler.last_outcome.error
            or (scheduler.last_outcome.report and scheduler.last_outcome.report.error)
        ):
            text = tr("Sync problem")
        elif scheduler.last_outcome is not None:
            text = tr("Synced")
        else:
            text = ""
        self.sync_label.setText(text)
        self.sync_label.setVisible(bool(text))
        self.changed.emit()

    def _backfill_progress(self, progress: object) -> None:
        from ..sync.backfill import BackfillProgress

        if not isinstance(progress, BackfillProgress):
            return
        self.progress.emit(progress)
        w = self.window
        w.progress.setRange(0, progress.steps)
        w.progress.setValue(min(progress.steps, progress.step + (1 if progress.finished else 0)))
        w.progress.show()
        w.cancel_button.show()
        w.statusBar().showMessage(progress.describe())

    def _sync_finished(self, outcome: object) -> None:
        assert isinstance(outcome, SyncOutcome)
        w = self.window
        if self.jobs is not None and not outcome.cancelled and not outcome.offline:
            self.jobs.after_sync()  # jobs run on the fresh cache
        if self.ctx is not None and self.ctx.tasks.active == 0:
            w.progress.hide()
            w.cancel_button.hide()
        report = outcome.report
        if outcome.cancelled and self.scheduler is not None and not self.scheduler.stopped:
            w.show_message(tr("Sync paused; it resumes where it stopped at the next sync."))
        elif report is not None and report.backfill is not None and report.backfill.finished:
            w.show_message(report.backfill.describe() + ".")
        elif outcome.error:
            w.show_message(outcome.error.splitlines()[0])
        elif report is not None and report.error:
            w.show_message(tr("Sync failed: {0}").format(report.error))

    # -- background jobs -------------------------------------------------------------------

    def _start_jobs(self, ctx: AppContext) -> None:
        self._stop_jobs()
        jobs = JobsScheduler(
            ctx.db,
            ctx.workspace,
            ctx.tasks,
            is_connected=lambda: self.connection is not None,
            is_busy=lambda: self.scheduler is not None and self.scheduler.running,
            parent=self,
        )
        jobs.finished.connect(self._jobs_finished)
        self.jobs = jobs
        jobs.start()  # the timer runs jobs only while the workspace is connected

    def _stop_jobs(self) -> None:
        jobs, self.jobs = self.jobs, None
        if jobs is not None:
            jobs.finished.disconnect(self._jobs_finished)
            jobs.dispose()

    def _jobs_finished(self, outcome: object) -> None:
        """Say in the status bar what a run did (a run with nothing to do says nothing)."""
        assert isinstance(outcome, JobsOutcome)
        report = outcome.report
        if outcome.error:
            self.window.show_message(
                tr("Background jobs: {0}").format(outcome.error.splitlines()[0])
            )
        elif report is not None and (report.outcomes or report.error):
            self.window.show_message(report.summary, 15_000)

    # -- the demo workspace's server -----------------------------------------------------

    def start_demo_server(self) -> None:
        if self.ctx is None or self.demo_task is not None:
            return
        db = self.ctx.db
        task = Task("Starting the demo Stripe server", _start_demo, db, db.path.parent)
        task.signals.finished.connect(lambda result: self._demo_started(task, result))
        task.signals.failed.connect(lambda message: self._demo_failed(task, message))
        self.demo_task = task
        self.ctx.tasks.start(task, announce=False)
        self.window.show_message(tr("Starting the demo Stripe server…"), 0)
        self._show_sync_state()

    def _demo_started(self, task: Task, result: object) -> None:
        if task is not self.demo_task:
            if isinstance(result, tuple):
                result[0].stop()  # the workspace was closed meanwhile
            return
        self.demo_task = None
        assert isinstance(result, tuple)
        self.demo_server = result[0]
        self.window.show_message(
            tr("The demo runs on a local Stripe-compatible server ({0}).").format(result[1])
        )
        if self.ctx is not None:
            self.connection = current_connection(self.ctx.db)
            self._show_connection()
            self.restart_sync()  # the server listens on a new port each time

    def _demo_failed(self, task: Task, message: str) -> None:
        if task is not self.demo_task:
            return
        self.demo_task = None
        log.warning("The demo server did not start: %s", message)
        self._fill_local_demo(message)

    def _fill_local_demo(self, problem: str | None) -> None:
        """The local sample data, when the demo server cannot run."""
        if self.ctx is None:
            return
        from .session import fill_demo

        db = self.ctx.db
        self._show_sync_state()
        if self.connection is not None or not _is_empty(db):
            self.window.show_message(
                tr("The demo Stripe server could not start ({0}); showing the saved data.").format(
                    problem
                ),
                0,
            )
            return
        task = self.ctx.tasks.submit(tr("Creating the demo data"), fill_demo, db)
        if problem is None:
            task.signals.finished.connect(lambda message: self.window.show_message(str(message)))
        else:
            task.signals.finished.connect(
                lambda _m: self.window.show_message(
                    tr(
                        "The demo Stripe server could not start, so the demo shows local sample "
                        "data (not synced)."
                    ),
                    0,
                )
            )
        task.signals.failed.connect(
            lambda message: self.window.show_message(
                tr("The demo data could not be created: {0}").format(message)
            )
        )

    def stop_demo_server(self) -> None:
        self.demo_task = None  # a start in flight stops its server when it arrives
        server, self.demo_server = self.demo_server, None
        if server is not None:
            server.stop()

    # -- commands ------------------------------------------------------------------------

    def open_connect_dialog(self, parent: QWidget | None = None) -> QWidget | None:
        if self.ctx is None:
            return None
        from .connect_dialog import ConnectDialog

        dialog = ConnectDialog(
            self.ctx.db,
            self.ctx.workspace,
            self.ctx.tasks,
            api_base=self.api_base,
            parent=parent or self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.connected.connect(self._connected)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _connected(self, conn: object) -> None:
        if self.ctx is None:
            return
        self.stop_demo_server()  # a real account replaces the demo server
        self.connection = current_connection(self.ctx.db)
        self._show_connection()
        self.restart_sync()  # a new key: a new engine
        name = getattr(conn, "display_name", "")
        self.window.show_message(tr("Connected to {0}. The first sync has started.").format(name))

    def disconnect_account(self) -> bool:
        """Forget the account's key (keyring) after asking; the cached data stays."""
        ctx, conn = self.ctx, self.connection
        if ctx is None or conn is None:
            return False
        text = tr(
            "Disconnect workspace '{0}' from {1}? "
            "The key is removed from this computer's keyring. The copied data stays, "
            "but nothing syncs until you connect again."
        ).format(ctx.workspace, conn.display_name)
        if not ctx.confirm(self.window, tr("Disconnect Stripe account"), text):
            return False
        self.stop_sync()
        self.stop_demo_server()
        task = Task("Disconnecting", _disconnect, ctx.db, ctx.workspace)
        task.signals.finished.connect(
            lambda _r: self.window.show_message(
                tr("Disconnected from {0}.").format(conn.display_name)
            )
        )
        task.signals.failed.connect(
            lambda message: ctx.show_error(self.window, tr("Not disconnected"), message)
        )
        ctx.tasks.start(task, announce=False)
        return True

    def new_workspace(self) -> str | None:
        from ..storage.paths import InvalidWorkspaceSlugError, slugify, workspace_dir

        name = self.ask_text(self.window, tr("New workspace"), tr("Name of the new workspace:"))
        if name is None:
            return None
        slug = slugify(name)
        try:
            workspace_dir(slug)
        except InvalidWorkspaceSlugError as exc:
            if self.ctx is not None:
                self.ctx.show_error(self.window, tr("No new workspace"), str(exc))
            return None
        if self.switch_to(slug):
            self.window.show_message(
                tr(
                    "Workspace '{0}' is ready. Connect it to Stripe: File > Connect Stripe account…"
                ).format(slug)
            )
            return slug
        return None

    def switch_to(self, slug: str) -> bool:
        """Close the open workspace and show ``slug`` (created if new) in the same window."""
        from ..storage.database import Database
        from ..storage.errors import DatabaseOpenError
        from ..storage.paths import InvalidWorkspaceSlugError
        from .session import attach_workspace
        from .ui_settings import remember_workspace

        old = self.ctx
        if old is not None and old.workspace == slug:
            return True
        try:
            db = Database.open_workspace(slug)
        except (DatabaseOpenError, InvalidWorkspaceSlugError) as exc:
            if old is not None:
                advice = getattr(exc, "advice", "")
                old.show_error(
                    self.window,
                    tr("The workspace cannot be opened"),
                    f"{tr(str(exc))}\n{tr(str(advice)) if advice else ''}".strip(),
                )
            self.fill_workspaces_menu()
            return False
        if old is not None:
            self.detach()
            self.window.detach()
            old.db.close()
            old.tasks.deleteLater()
            old.bridge.deleteLater()
        remember_workspace(self.window.settings, slug)
        ctx = attach_workspace(self.window, db, slug, demo=slug == DEMO_WORKSPACE)
        if old is not None:  # the answers given to questions carry over
            ctx.ask_save_path, ctx.confirm, ctx.show_error = (
                old.ask_save_path,
                old.confirm,
                old.show_error,
            )
            ctx.export_folder = old.export_folder
        self.window.show_message(tr("Opened workspace '{0}'.").format(slug))
        return True

    # -- the window ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            kind = event.type()
            if kind == QEvent.Type.WindowActivate and self.scheduler is not None:
                self.scheduler.window_activated()
            elif kind == QEvent.Type.Close:
                self.stop_sync()
                self.stop_demo_server()
                if self.jobs is not None:
                    self.jobs.stop()  # a run in progress finishes; no new one starts
        return False


def _is_empty(db: Database) -> bool:
    return db.customers.count() == 0 and db.invoices.count() == 0
