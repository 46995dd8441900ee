"""The base of every view in the main window, and of the list views.

A view answers the window's commands (new, edit, delete, export PDF, find) when
it can, says so through :meth:`View.can`, reports through ``status_message``
and remembers its column widths. The main window knows nothing else about it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .context import AppContext
from .delegates import BadgeDelegate
from .i18n import N_, tr
from .paged_model import Column, PagedTableModel, PageSource
from .registry import DELETE, EDIT, EXPORT_PDF, NEW, SEARCH

if TYPE_CHECKING:
    from .workers import Task

log = logging.getLogger(__name__)

RowT = TypeVar("RowT")

__all__ = ["DELETE", "EDIT", "EXPORT_PDF", "NEW", "SEARCH", "ListView", "View"]


def _first_page(source: PageSource[Any], limit: int) -> list[Any]:
    """The first page of ``source`` (run on a worker thread, with its own connection)."""
    return list(source.page(0, limit))


class View(QWidget):
    """A page of the main window."""

    key = ""
    status_message = Signal(str)
    actions_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None  # the editor open right now, if any

    def can(self, action: str) -> bool:
        return False

    def new_item(self) -> None: ...

    def edit_current(self) -> None: ...

    def delete_current(self) -> None: ...

    def export_pdf(self) -> None: ...

    def focus_search(self) -> None: ...

    def on_database_changed(self, table: str) -> None: ...

    def save_state(self, settings: QSettings) -> None: ...

    def restore_state(self, settings: QSettings) -> None: ...

    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Show an editor without blocking the event loop (``open()``, not ``exec()``)."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None


class ListView(View, Generic[RowT]):
    """A searchable, sortable, paged table with a title bar and a *New* button."""

    title = ""  # N_("…") in a subclass; shown through tr()
    new_label = N_("New")
    tables: Sequence[str] = ()  # database tables whose changes refresh this view
    background_above = 10_000  # matches above which the first page is read on a worker

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._generation = 0
        self.searching: Task | None = None  # the first-page read in flight, if any
        self._pending: tuple[int, PageSource[RowT], int] | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("Search"))
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self.apply_filter)
        self.new_button = QPushButton(tr(self.new_label))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_item)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        # Filters first: make_source() reads them.
        self.filters = QHBoxLayout()
        self.filters.setSpacing(8)
        self.filters.addWidget(self.search)
        self.build_filters(self.filters)
        self.filters.addStretch(1)
        self.filters.addWidget(self.count_label)

        heading = QLabel(tr(self.title) if self.title else "")
        heading.setObjectName("viewTitle")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        self.build_buttons(top)
        top.addWidget(self.new_button)

        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measure all rows
        vertical.setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicatorShown(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_current)

        # The model starts sorted as the header will say, so that enabling sorting
        # finds the sort done: the list is counted once, not once per sort call.
        self.model: PagedTableModel[RowT] = PagedTableModel(
            self.make_source(), self.columns(), parent=self, sort=self.default_sort()
        )
        self.table.setModel(self.model)
        for i, column in enumerate(self.model.columns):
            self.table.setColumnWidth(i, column.width)
            if column.badge is not None:
                self.table.setItemDelegateForColumn(i, BadgeDelegate(self.table))
            if column.stretch:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self._apply_default_sort()
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update_count)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)
        self._update_count()

    # -- what a subclass provides ------------------------------------------------------

    def columns(self) -> list[Column[RowT]]:
        raise NotImplementedError

    def make_source(self) -> PageSource[RowT]:
        raise NotImplementedError

    def build_filters(self, row: QHBoxLayout) -> None:
        """Add filter widgets after the search box."""

    def build_buttons(self, row: QHBoxLayout) -> None:
        """Add buttons before the *New* button."""

    def default_sort(self) -> tuple[int, Qt.SortOrder]:
        return 0, Qt.SortOrder.AscendingOrder

    def row_id(self, row: RowT) -> Any:
        return getattr(row, "id", None)

    def noun(self, count: int) -> str:
        return tr("row") if count == 1 else tr("rows")

    # -- the list ----------------------------------------------------------------------

    def _apply_default_sort(self) -> None:
        column, order = self.default_sort()
        self.table.horizontalHeader().setSortIndicator(column, order)

    def apply_filter(self, *_args: object) -> None:
        """Re-query with the current search text and filters, as the person types.

        Counting is fast (an FTS count is a few ms even for 100,000 invoices), so it
        runs here. Sorting a large match set for its first page is not (a one-letter
        search matches most rows), so above :attr:`background_above` rows the first
        page is read on a worker and shown when it arrives. One such read runs at a
        time per view: keystrokes typed meanwhile collapse into the newest filter.
        """
        self._generation += 1
        source = self.model.prepare(self.make_source())
        count = source.count()
        if count <= self.background_above:
            self._pending = None  # whatever is in flight is stale now
            self.model.set_source(source, count)
            self._select_first()
            return
        self._pending = (self._generation, source, count)
        if self.searching is None:
            self._start_pending()

    def _start_pending(self) -> None:
        if self._pending is None:
            return
        from .workers import Task

        generation, source, count = self._pending
        self._pending = None
        task = Task("Searching", _first_page, source, self.model.page_size)
        task.signals.finished.connect(lambda page: self._arrived(generation, source, count, page))
        task.signals.failed.connect(lambda message: self._search_failed(message))
        self.searching = task
        self.ctx.tasks.start(task, announce=False)

    def _arrived(self, generation: int, source: PageSource[RowT], count: int, page: object) -> None:
        self.searching = None
        if generation == self._generation:
            self.model.set_source(source, count, page if isinstance(page, list) else None)
            self._select_first()
        self._start_pending()

    def _search_failed(self, message: str) -> None:
        self.searching = None
        self.status_message.emit(tr("The search failed: {0}").format(message))
        self._start_pending()

    def _select_first(self) -> None:
        if self.model.rowCount() > 0:
            self.table.selectRow(0)

    def refresh(self) -> None:
        """Re-read the rows after a write, keeping the selected row where possible."""
        current = self.current_row()
        position = self.table.currentIndex().row()
        scroll = self.table.verticalScrollBar().value()
        self.model.reload()
        self.table.verticalScrollBar().setValue(scroll)
        if current is None:
            return
        wanted = self.row_id(current)
        found = self.model.find_row(lambda r: self.row_id(r) == wanted, near=position)
        if found >= 0:
            self.table.selectRow(found)

    def on_database_changed(self, table: str) -> None:
        if table in self.tables:
            self.refresh()

    def current_row(self) -> RowT | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row(index.row())

    def select_row(self, number: int) -> None:
        self.table.selectRow(number)

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.actions_changed.emit()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(f"{count:,} {self.noun(count)}")
        self.actions_changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def can(self, action: str) -> bool:
        if action in (NEW, SEARCH):
            return True
        if action == EDIT:
            return self.current_row() is not None
        return False

    # -- remembered layout -------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"views/{self.key}/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(f"views/{self.key}/header")
        if isinstance(state, QByteArray | bytes) and state:
            self.table.horizontalHeader().restoreState(QByteArray(state))
