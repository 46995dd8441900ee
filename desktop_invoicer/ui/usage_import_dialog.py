"""Import usage from a CSV file: choose the file, see each row's fate, then confirm.

The file is read and checked on a worker (a big file never freezes the window);
the table shows every row as accepted, already imported or rejected with the
reason. Nothing is written until "Import" is pressed, and then only the accepted
rows, in one transaction (checked again at that moment, so a row imported
meanwhile by someone else is not counted twice).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
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

from ..domain.usage import ImportReport, RowStatus
from ..storage.database import Database
from .context import AppContext
from .i18n import N_, tr
from .workers import Task

COLUMNS = [
    N_("Line"),
    N_("Status"),
    N_("Customer"),
    N_("Product"),
    N_("Quantity"),
    N_("Period"),
    N_("Reason"),
]
MAX_BYTES = 50 * 1024 * 1024
_STATUS_COLOURS = {
    RowStatus.ACCEPTED: "#1b7f3b",
    RowStatus.ALREADY: "#6b6f76",
    RowStatus.REJECTED: "#b3261e",
}


def _read(path: Path) -> str:
    if path.stat().st_size > MAX_BYTES:
        raise ValueError(
            tr("{0} is larger than {1} MB.").format(path.name, MAX_BYTES // (1024 * 1024))
        )
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(
            tr("{0} is not UTF-8 text; save it as CSV (UTF-8).").format(path.name)
        ) from None


def _check(db: Database, path: Path) -> tuple[str, ImportReport]:
    from ..jobs.usage import check_csv

    try:
        text = _read(path)
        return text, check_csv(db, text)
    finally:
        db.close_thread_connection()


def _import(db: Database, text: str, name: str) -> ImportReport:
    from ..jobs.usage import import_csv

    try:
        return import_csv(db, text, name)
    finally:
        db.close_thread_connection()


def choose_csv(parent: QWidget) -> Path | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        tr("Import usage"),
        str(Path.home()),
        tr("CSV files (*.csv *.txt);;All files (*)"),
    )
    return Path(path) if path else None


class UsageImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choose_file: Callable[[QWidget], Path | None] = choose_csv  # tests answer here
        self.path: Path | None = None
        self.text = ""
        self.report: ImportReport | None = None
        self.imported: ImportReport | None = None
        self.task: Task | None = None
        self.setWindowTitle(tr("Import usage"))
        self.setModal(True)
        self.resize(860, 520)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        heading = QLabel(tr("Import usage"))
        heading.setObjectName("viewTitle")
        layout.addWidget(heading)
        hint = QLabel(
            tr(
                "A CSV file with a header row: customer (name, e-mail or id), product (name or "
                "id), quantity (whole units) and period (2026-03, or 2026-03-01..2026-03-15). "
                "Usage is billed on the customer's next invoice once its period is over."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.file_button = QPushButton(tr("Choose file…"))
        self.file_button.clicked.connect(self.pick)
        row.addWidget(self.file_button)
        self.file_label = QLabel(tr("No file chosen"))
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("banner")
        self.summary.setWordWrap(True)
        self.summary.hide()
        layout.addWidget(self.summary)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # a long reason is in full in its tooltip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        self.buttons = QDialogButtonBox()
        self.import_button: QPushButton = self.buttons.addButton(
            tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.close_button: QPushButton = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- choosing and checking --------------------------------------------------------------

    def pick(self) -> None:
        path = self.choose_file(self)
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> Task:
        """Read and check ``path`` on a worker; the table fills when it is done."""
        self.path = path
        self.file_label.setText(str(path))
        self.import_button.setEnabled(False)
        self._say(tr("Checking {0}…").format(path.name))
        task = Task(tr("Check usage file"), _check, self.ctx.db, path)
        task.signals.finished.connect(self._checked)
        task.signals.failed.connect(self._failed)
        self.ctx.tasks.start(task)  # connected first: a quick task reports at once
        self.task = task
        return task

    def _checked(self, result: object) -> None:
        assert isinstance(result, tuple)
        text, report = result
        assert isinstance(report, ImportReport)
        self.text, self.report = str(text), report
        self.show_report(report)
        accepted = report.count(RowStatus.ACCEPTED)
        self.import_button.setEnabled(report.error is None and accepted > 0)
        self.import_button.setText(
            (tr("Import {0} row") if accepted == 1 else tr("Import {0} rows")).format(accepted)
        )
        self.import_button.setMinimumWidth(self.import_button.sizeHint().width())
        if report.error:
            self._say(report.error)
        elif accepted == 0:
            self._say(tr("{0}. Nothing to import.").format(report.summary))
        else:
            self._say(tr("{0}. Only the accepted rows will be imported.").format(report.summary))

    def _failed(self, message: str) -> None:
        self._say(tr("Could not read the file: {0}").format(message))

    def _say(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.show()

    def show_report(self, report: ImportReport) -> None:
        self.table.setRowCount(len(report.rows))
        for r, row in enumerate(report.rows):
            values = row.values
            texts = [
                str(row.line),
                tr(row.status.label),
                values.get("customer", ""),
                values.get("product", ""),
                values.get("quantity", ""),
                values.get("period", "")
                or f"{values.get('period_start', '')}..{values.get('period_end', '')}",
                row.reason,
            ]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 1:
                    item.setForeground(QBrush(QColor(_STATUS_COLOURS[row.status])))
                if c == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)

    # -- importing --------------------------------------------------------------------------

    def confirm(self) -> Task | None:
        if self.report is None or self.path is None or not self.import_button.isEnabled():
            return None
        self.import_button.setEnabled(False)
        self._say(tr("Importing…"))
        task = Task(tr("Import usage"), _import, self.ctx.db, self.text, self.path.name)
        task.signals.finished.connect(self._imported)
        task.signals.failed.connect(self._import_failed)
        self.ctx.tasks.start(task)  # connected first: a quick task reports at once
        self.task = task
        return task

    def _imported(self, report: object) -> None:
        assert isinstance(report, ImportReport)
        self.imported = report
        self.show_report(report)
        self._say(tr("Imported: {0}.").format(report.summary))
        self.close_button.setText(tr("Close"))
        self.accept()

    def _import_failed(self, message: str) -> None:
        self.import_button.setEnabled(True)
        self._say(tr("Nothing was imported: {0}").format(message))
