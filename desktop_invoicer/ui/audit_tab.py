"""An invoice's audit trail (who, when, what, before and after), shown as a tab of the
editor and exportable to CSV. The log itself is append-only (``storage/audit.py``)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .i18n import N_, tr

if TYPE_CHECKING:
    from ..storage.database import Database
    from ..storage.repositories.audit import AuditEntry

AskCsvPath = Callable[[QWidget, str], "Path | None"]
CSV_HEADER = ("at_utc", "actor", "action", "changes", "before", "after")


def changes_text(before: Any, after: Any, limit: int = 4) -> str:
    """``status: draft → open; total: 100 → 120``: the top-level fields that changed."""
    if isinstance(before, dict) and isinstance(after, dict):
        keys = [k for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k)]
        parts = [f"{k}: {_short(before.get(k))} → {_short(after.get(k))}" for k in keys[:limit]]
        if len(keys) > limit:
            parts.append(tr("+{0} more").format(len(keys) - limit))
        return "; ".join(parts)
    if before is None and isinstance(after, dict):
        return "; ".join(f"{k}: {_short(v)}" for k, v in list(after.items())[:limit])
    if after is None and before is not None:
        return tr("removed")
    return ""


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return text if len(text) <= 40 else text[:39] + "…"


def audit_csv(entries: Sequence[AuditEntry]) -> str:
    """The entries oldest first, one row each, before and after as JSON."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for e in sorted(entries, key=lambda e: e.id):
        writer.writerow(
            (
                e.at.isoformat(timespec="seconds"),
                e.actor,
                e.action,
                changes_text(e.before, e.after, limit=100),
                "" if e.before is None else json.dumps(e.before, sort_keys=True, default=str),
                "" if e.after is None else json.dumps(e.after, sort_keys=True, default=str),
            )
        )
    return out.getvalue()


def ask_csv_path(parent: QWidget, suggested: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, tr("Export the audit trail"), suggested, tr("CSV files (*.csv)")
    )
    if not path:
        return None
    return Path(path if path.lower().endswith(".csv") else f"{path}.csv")


class AuditTab(QWidget):
    COLUMNS = (N_("When (UTC)"), N_("Who"), N_("Action"), N_("What changed"))

    def __init__(self, db: Database, invoice_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.invoice_id = invoice_id
        self.ask_path: AskCsvPath = ask_csv_path
        self.entries: list[AuditEntry] = []
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 125), (1, 90), (2, 115)):
            self.table.setColumnWidth(column, width)
        self.export_button = QPushButton(tr("Export CSV…"))
        self.export_button.clicked.connect(self.export_csv)
        self.message = QLabel()
        self.message.setObjectName("muted")
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.load()

    def load(self) -> None:
        self.entries = self.db.audit.entries("invoice", self.invoice_id, limit=1000)
        self.table.setRowCount(len(self.entries))
        for r, e in enumerate(self.entries):
            change = changes_text(e.before, e.after)
            cells = (e.at.strftime("%Y-%m-%d %H:%M"), e.actor, e.action, change)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setToolTip(changes_text(e.before, e.after, limit=100))
                self.table.setItem(r, c, item)

    def export_csv(self) -> Path | None:
        path = self.ask_path(self, f"audit-{self.invoice_id[:8]}.csv")
        if path is None:
            return None
        try:
            path.write_text(audit_csv(self.entries), encoding="utf-8")
        except OSError as exc:
            self.message.setText(tr("Not saved: {0}").format(exc.strerror or exc))
            return None
        self.message.setText(tr("Saved {0} entries to {1}.").format(len(self.entries), path.name))
        return path


def add_history_tab(tabs: Any, db: Database, invoice_id: str) -> AuditTab:
    """Add the History tab to an editor's tab widget (``InvoiceEditor.tabs``)."""
    tab = AuditTab(db, invoice_id)
    tabs.addTab(tab, tr("History"))
    return tab
