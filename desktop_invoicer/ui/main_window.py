"""The main window: navigation on the left, one view at a time on the right.

The window owns the commands (menus and shortcuts) and forwards them to the
current view, which says through ``View.can`` what it supports. It knows no view
by name: they come from :data:`registry.VIEWS` and are built on first use.

Cold start: the window is built in two steps. The shell (navigation, menus,
status bar, remembered geometry) needs Qt alone, so it can be shown at once;
:meth:`MainWindow.attach` then gives it the open workspace and builds the
current view. This module imports no view, model, domain or storage code.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from .i18n import tr
from .registry import DEFAULT_VIEW, DELETE, EDIT, EXPORT_PDF, NEW, SEARCH, VIEWS, ViewSpec

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from .context import AppContext
    from .view_base import View

APP_TITLE = "Desktop Invoicer"


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: QSettings,
        views: Sequence[ViewSpec] = VIEWS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx: AppContext | None = None
        self.settings = settings
        self.specs = list(views)
        self._views: dict[str, View] = {}
        self.setWindowTitle(APP_TITLE)
        self.setMinimumSize(QSize(720, 480))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(190)
        # Qt's ``Qt`` namespace costs ~15 ms to load; the shell does without it.
        self.navigation.addItems([tr(spec.title) for spec in self.specs])
        self.stack = QStackedWidget()
        for _spec in self.specs:
            self.stack.addWidget(QWidget())  # placeholders until first shown
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_status_bar()
        self._build_actions()
        self._restore_geometry()
        self._update_actions()

    @property
    def has_workspace(self) -> bool:
        return self._ctx is not None

    @property
    def ctx(self) -> AppContext:
        if self._ctx is None:
            raise RuntimeError("The window has no workspace yet; call attach() first.")
        return self._ctx

    def attach(self, ctx: AppContext) -> None:
        """Show workspace ``ctx``: connect its signals and build the remembered view."""
        self._ctx = ctx
        self.setWindowTitle(f"{APP_TITLE} — {ctx.workspace}" if ctx.workspace else APP_TITLE)
        self.workspace_label.setText(tr("Workspace: {0}").format(ctx.workspace))
        ctx.bridge.changed.connect(self._database_changed)
        ctx.tasks.task_started.connect(self._task_started)
        ctx.tasks.task_progress.connect(
            lambda _name, done, total, message: self.set_progress(done, total, message)
        )
        ctx.tasks.task_done.connect(self._task_done)
        self.navigation.currentRowChanged.connect(self._show_index)
        self.statusBar().clearMessage()
        self.show_view(self._remembered_view())

    def detach(self) -> AppContext | None:
        """Let go of the workspace (to switch to another): stop its tasks, drop its views.

        The caller closes the returned context's database and attaches the next one.
        """
        ctx = self._ctx
        if ctx is None:
            return None
        self.save_state()
        self._ctx = None
        self.navigation.currentRowChanged.disconnect(self._show_index)
        ctx.tasks.shutdown()
        ctx.bridge.close()
        ctx.bridge.changed.disconnect(self._database_changed)
        for index, spec in enumerate(self.specs):
            view = self._views.pop(spec.key, None)
            if view is None:
                continue
            placeholder = QWidget()
            self.stack.insertWidget(index, placeholder)
            self.stack.removeWidget(view)
            view.deleteLater()
        self.progress.hide()
        self.cancel_button.hide()
        return ctx

    # -- building ---------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(True)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        bar.addPermanentWidget(self.progress)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setToolTip(tr("Stop the work in progress"))
        self.cancel_button.clicked.connect(self.cancel_tasks)
        self.cancel_button.hide()
        bar.addPermanentWidget(self.cancel_button)
        self.workspace_label = QLabel()
        self.workspace_label.setObjectName("muted")
        bar.addPermanentWidget(self.workspace_label)

    def _action(
        self,
        text: str,
        shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str],
        slot: object,
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(tr("&New…"), [QKeySequence.StandardKey.New], self.new_item)
        self.edit_action = self._action(tr("&Edit…"), ["Ctrl+E"], self.edit_current)
        self.delete_action = self._action(
            tr("&Delete…"), [QKeySequence.StandardKey.Delete], self.delete_current
        )
        self.export_action = self._action(tr("Export &PDF…"), ["Ctrl+P"], self.export_pdf)
        self.find_action = self._action(
            tr("&Find"), [QKeySequence.StandardKey.Find], self.focus_search
        )
        self.quit_action = self._action(tr("&Quit"), ["Ctrl+Q"], self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        menu = self.menuBar()
        file_menu = self.file_menu = menu.addMenu(tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(tr("&Edit"))
        edit_menu.addAction(self.edit_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        view_menu = menu.addMenu(tr("&View"))
        self.view_actions: list[QAction] = []
        for i, spec in enumerate(self.specs):
            keys: list[QKeySequence | QKeySequence.StandardKey | str] = (
                [f"Ctrl+{i + 1}"] if i < 9 else []
            )
            if spec.key == "settings":
                keys.append(QKeySequence.StandardKey.Preferences)  # Ctrl+, or Cmd+,
            action = self._action(
                tr(spec.title), keys, lambda _c=False, k=spec.key: self.show_view(k)
            )
            view_menu.addAction(action)
            self.view_actions.append(action)
        help_menu = self.help_menu = menu.addMenu(tr("&Help"))
        self.setup_action = help_menu.addAction(tr("&Set up a workspace…"))
        self.setup_action.triggered.connect(self.open_first_run_wizard)
        help_menu.addSeparator()
        self.about_action = help_menu.addAction(tr("&About Desktop Invoicer"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def show_about(self) -> QWidget:
        from PySide6.QtCore import Qt

        from .about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_first_run_wizard(self) -> QWidget:
        """The first-run wizard again: set up another workspace (or switch to the demo)."""
        from .first_run_wizard import open_wizard_from

        return open_wizard_from(self)

    # -- views ------------------------------------------------------------------------

    def view(self, key: str) -> View:
        """The view named ``key``, built on first use."""
        existing = self._views.get(key)
        if existing is not None:
            return existing
        index = next(i for i, s in enumerate(self.specs) if s.key == key)
        view = self.specs[index].create(self.ctx)
        view.setParent(self.stack)
        view.status_message.connect(self.show_message)
        view.actions_changed.connect(self._update_actions)
        view.restore_state(self.settings)
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, view)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self._views[key] = view
        return view

    @property
    def current_view(self) -> View | None:
        row = self.navigation.currentRow()
        if not 0 <= row < len(self.specs):
            return None
        return self._views.get(self.specs[row].key)

    def show_view(self, key: str) -> View:
        index = next((i for i, s in enumerate(self.specs) if s.key == key), 0)
        self.navigation.setCurrentRow(index)  # builds and shows it, once attached
        view = self.view(self.specs[index].key)
        self.stack.setCurrentWidget(view)
        self._update_actions()
        return view

    def _show_index(self, index: int) -> None:
        if not 0 <= index < len(self.specs):
            return
        view = self.view(self.specs[index].key)
        self.stack.setCurrentWidget(view)
        self._update_actions()

    def _update_actions(self) -> None:
        view = self.current_view
        for action, name in (
            (self.new_action, NEW),
            (self.edit_action, EDIT),
            (self.delete_action, DELETE),
            (self.export_action, EXPORT_PDF),
            (self.find_action, SEARCH),
        ):
            action.setEnabled(view is not None and view.can(name))

    # -- commands, forwarded to the current view --------------------------------------

    def new_item(self) -> None:
        if (view := self.current_view) is not None and view.can(NEW):
            view.new_item()

    def edit_current(self) -> None:
        if (view := self.current_view) is not None and view.can(EDIT):
            view.edit_current()

    def delete_current(self) -> None:
        if (view := self.current_view) is not None and view.can(DELETE):
            view.delete_current()

    def export_pdf(self) -> None:
        if (view := self.current_view) is not None and view.can(EXPORT_PDF):
            view.export_pdf()

    def focus_search(self) -> None:
        if (view := self.current_view) is not None and view.can(SEARCH):
            view.focus_search()

    # -- status -----------------------------------------------------------------------

    def show_message(self, text: str, timeout_ms: int = 6000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def _database_changed(self, table: str) -> None:
        for view in self._views.values():
            view.on_database_changed(table)
        self._update_actions()

    def _task_started(self, name: str) -> None:
        self.progress.setRange(0, 0)  # busy until a task reports real progress
        self.progress.show()
        self.cancel_button.show()
        self.statusBar().showMessage(f"{name}…")

    def _task_done(self, _name: str) -> None:
        if self._ctx is None or self._ctx.tasks.active == 0:
            self.progress.hide()
            self.cancel_button.hide()

    def cancel_tasks(self) -> None:
        """Ask every running task to stop (each stops at its next progress report)."""
        if self._ctx is not None:
            self._ctx.tasks.cancel_all()
            self.statusBar().showMessage(tr("Cancelling…"))

    def set_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.progress.show()
        if message:
            self.statusBar().showMessage(message)

    # -- remembered state -------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("main/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1180, 740)
        state = self.settings.value("main/state")
        if isinstance(state, QByteArray | bytes) and state:
            self.restoreState(QByteArray(state))
        self.statusBar().showMessage(tr("Opening the workspace…"))
        keys = [spec.key for spec in self.specs]
        self.navigation.setCurrentRow(keys.index(self._remembered_view()))

    def _remembered_view(self) -> str:
        key = self.settings.value("main/view")
        keys = [s.key for s in self.specs]
        if isinstance(key, str) and key in keys:
            return key
        return DEFAULT_VIEW if DEFAULT_VIEW in keys else keys[0]

    def save_state(self) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/state", self.saveState())
        row = self.navigation.currentRow()
        if self._ctx is not None and 0 <= row < len(self.specs):
            self.settings.setValue("main/view", self.specs[row].key)
        for view in self._views.values():
            view.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.ctx.tasks.shutdown()
        self.ctx.bridge.close()
        super().closeEvent(event)
