"""Segments in the Customers view: a segment filter, a *Segments* column and customer tags.

Membership is computed from every customer's metrics (one grouped query over the
invoices), which is too slow for the UI thread on a large workspace: it runs on
a worker, and again (debounced) whenever customers, invoices, tags or segments
change. Until it arrives the column is blank and the filter shows everyone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QInputDialog, QPushButton, QWidget

from ..domain.segments import Segment
from .i18n import tr

if TYPE_CHECKING:
    from ..storage.database import Database
    from .context import AppContext

AskText = Callable[[QWidget, str, str, str], "str | None"]

WATCHED = ("customers", "invoices", "customer_tags", "segments")


def ask_text(parent: QWidget, title: str, label: str, text: str) -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def _membership(db: Database) -> tuple[list[Segment], dict[str, list[str]]]:
    """Runs on a worker: the saved segments and each customer's segment names."""
    try:
        return db.segments.list(), db.segments.membership()
    finally:
        db.close_thread_connection()


class SegmentFilter(QObject):
    """The filter combo, the column's text and the tags button of the Customers view."""

    updated = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ask_text: AskText = ask_text  # tests answer instead
        self.segments: list[Segment] = []
        self.members: dict[str, list[str]] = {}
        self.loaded = False
        self.combo = QComboBox()
        self.combo.setToolTip(tr("Show the customers of one segment"))
        self.combo.setMinimumWidth(180)
        self.combo.addItem(tr("All segments"), None)
        self.tags_button = QPushButton(tr("Tags…"))
        self.tags_button.setToolTip(tr("Tag the selected customer (segments can match tags)"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        ctx.bridge.changed.connect(self._changed)
        self.reload()

    def _changed(self, table: str) -> None:
        if table in WATCHED:
            self._timer.start()

    def reload(self) -> None:
        from .workers import Task

        if self.ctx.db.closed:  # the workspace was switched or closed meanwhile
            return
        task = Task("Segments", _membership, self.ctx.db)
        task.signals.finished.connect(self._arrived)  # before start: a quick task reports at once
        self.ctx.tasks.start(task, announce=False)

    def _arrived(self, result: Any) -> None:
        if self.ctx.db.closed:  # the workspace was switched or closed meanwhile
            return
        segments, members = result
        self.segments, self.members, self.loaded = segments, members, True
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(tr("All segments"), None)
        for s in segments:
            self.combo.addItem(s.name, s.name)
        index = self.combo.findData(current)
        self.combo.setCurrentIndex(max(0, index))
        self.combo.blockSignals(False)
        self.updated.emit()

    def selected(self) -> str | None:
        value = self.combo.currentData()
        return value if isinstance(value, str) else None

    def customer_ids(self) -> frozenset[str] | None:
        name = self.selected()
        if name is None:
            return None
        return frozenset(cid for cid, names in self.members.items() if name in names)

    def names(self, customer_id: str) -> str:
        return ", ".join(self.members.get(customer_id, ()))

    def edit_tags(self, parent: QWidget, customer_id: str, customer_name: str) -> str | None:
        """Ask for the customer's tags (comma separated) and store them; a message, or None."""
        db = self.ctx.db
        current = ", ".join(db.segments.tags(customer_id))
        text = self.ask_text(
            parent,
            tr("Customer tags"),
            tr("Tags of {0} (comma separated):").format(customer_name),
            current,
        )
        if text is None:
            return None
        db.segments.set_tags(customer_id, text.split(","))
        tags = db.segments.tags(customer_id)
        return tr("Tags of {0}: {1}.").format(customer_name, ", ".join(tags) or tr("none"))
