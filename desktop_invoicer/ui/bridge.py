"""Re-emit the database's change callbacks as a Qt signal on the GUI thread.

Like Electrum's listener in ``gui/common_qt``: the core calls a plain callback
(from whatever thread wrote), and views connect to :attr:`DatabaseBridge.changed`.
Delivery is always queued, so a view never re-reads the database in the middle of
the write that notified it, and a burst of writes to one table (an import, the
demo data) arrives as one signal per table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

Subscribe = Callable[[Callable[[str], None]], Any]


class DatabaseBridge(QObject):
    changed = Signal(str)  # table name
    _raw = Signal(str)

    def __init__(self, subscribe: Subscribe | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[str, None] = {}
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._emit_pending)
        self._raw.connect(self._collect, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe: Callable[[], Any] | None = None
        if subscribe is not None:
            result = subscribe(self.notify)
            if callable(result):
                self._unsubscribe = result

    def notify(self, table: str) -> None:
        """The callback given to the database; safe from any thread."""
        self._raw.emit(table)

    @Slot(str)
    def _collect(self, table: str) -> None:
        self._pending[table] = None
        self._flush.start()

    @Slot()
    def _emit_pending(self) -> None:
        pending, self._pending = self._pending, {}
        for table in pending:
            self.changed.emit(table)

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
