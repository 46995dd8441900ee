"""File > Export for accounting…: format, period, destination, a count before, progress during.

:func:`export_accounting` does the work and knows nothing of Qt (the dialog runs it
in a worker); it reads the period's documents, writes the files and then records
what they covered, so the next export continues where this one stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.bookkeeping import ExportFormat
from .forms import form_layout
from .i18n import N_, tr

if TYPE_CHECKING:
    from ..storage.database import Database
    from ..storage.repositories.exports import ExportRecord
    from .context import AppContext
    from .workers import Task

FORMAT_LABELS = {  # ExportFormat.label (domain) in words the catalog holds
    ExportFormat.QUICKBOOKS: N_("QuickBooks Online (invoice CSV)"),
    ExportFormat.XERO: N_("Xero (sales invoice and credit note CSV)"),
    ExportFormat.JOURNAL: N_("Double-entry journal (CSV)"),
}


@dataclass(frozen=True, slots=True)
class ExportResult:
    files: list[Path]
    counts: dict[str, int]
    record: ExportRecord | None


def export_accounting(
    db: Database,
    fmt: ExportFormat,
    start: date,
    end: date,
    destination: Path,
    *,
    reexport: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
) -> ExportResult:
    """Write the period's documents in ``fmt`` to ``destination`` and record the export."""
    from ..documents import accounting_journal, accounting_quickbooks, accounting_xero

    report = progress or (lambda done, total, message: None)
    if end < start:
        raise ValueError(tr("The period ends before it starts."))
    report(0, 3, tr("Reading invoices, credit notes and payments…"))
    batch = db.exports.batch(fmt, start, end, reexport=reexport)
    mappings = db.exports.mappings()
    report(1, 3, tr("Writing {0} documents…").format(sum(batch.counts.values())))
    writer = {
        ExportFormat.QUICKBOOKS: accounting_quickbooks.write,
        ExportFormat.XERO: accounting_xero.write,
        ExportFormat.JOURNAL: accounting_journal.write,
    }[fmt]
    files = writer(destination, batch, mappings)
    report(2, 3, tr("Recording what was exported…"))
    record = None
    if not batch.empty:
        record = db.exports.record(fmt, start, end, str(destination), batch, reexport=reexport)
    report(3, 3, tr("Done."))
    return ExportResult(files, batch.counts, record)


def _count(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (texts marked with ``N_``, a ``{0}`` for the number), translated."""
    return tr(one if n == 1 else many).format(n)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ExportDialog(QDialog):
    """Choose a format and a period, see how many documents it holds, export in a worker."""

    exported = Signal(object)  # ExportResult

    def __init__(self, ctx: AppContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db: Database = ctx.db
        self.today = today
        self.task: Task | None = None
        self.export_result: ExportResult | None = None
        self.setWindowTitle(tr("Export for accounting"))
        self.setMinimumWidth(560)
        self.format = QComboBox()
        for fmt in ExportFormat:
            self.format.addItem(tr(FORMAT_LABELS.get(fmt, fmt.label)), fmt.value)
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.reexport = QCheckBox(tr("Export again documents already exported in this format"))
        self.destination = QLineEdit()
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(browse)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setObjectName("muted")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(tr("Export"))
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        form = form_layout()
        form.addRow(tr("&Format"), self.format)
        form.addRow(tr("&From"), self.start)
        form.addRow(tr("&To"), self.end)
        form.addRow("", self.reexport)
        form.addRow(tr("Save to"), where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        self.format.currentIndexChanged.connect(self._format_changed)
        for signal in (self.start.dateChanged, self.end.dateChanged):
            signal.connect(self.update_preview)
        self.reexport.toggled.connect(self.update_preview)
        self._format_changed()

    @property
    def chosen_format(self) -> ExportFormat:
        return ExportFormat(str(self.format.currentData()))

    def _format_changed(self) -> None:
        fmt = self.chosen_format
        start = self.db.exports.next_period_start(fmt)
        first_of_month = self.today.replace(day=1)
        last_month_start = date.fromordinal(first_of_month.toordinal() - 1).replace(day=1)
        self.start.setDate(_qdate(start or last_month_start))
        self.end.setDate(
            _qdate(
                date.fromordinal(first_of_month.toordinal() - 1)
                if start is None or start < first_of_month
                else self.today
            )
        )
        folder = self.ctx.export_folder
        self.destination.setText(str(folder / f"{fmt.value}-{self.today.isoformat()}.csv"))
        self.note.setText(
            {
                ExportFormat.QUICKBOOKS: tr(
                    "Invoices in QuickBooks Online's import layout. Credit "
                    "notes and payments are not part of it: use the journal for those."
                ),
                ExportFormat.XERO: tr(
                    "Invoices, and credit notes in a second file beside them. "
                    "Payments are not part of Xero's layout: use the journal for those."
                ),
                ExportFormat.JOURNAL: tr(
                    "Invoices, credit notes and payments as balanced "
                    "double-entry postings, one currency per entry."
                ),
            }[fmt]
        )
        self.update_preview()

    def update_preview(self) -> None:
        start, end = _pydate(self.start.date()), _pydate(self.end.date())
        if end < start:
            self.preview.setText(tr("The period ends before it starts."))
            self.export_button.setEnabled(False)
            return
        counts = self.db.exports.counts(
            self.chosen_format, start, end, reexport=self.reexport.isChecked()
        )
        parts = [_count(counts["invoice"], N_("{0} invoice"), N_("{0} invoices"))]
        if self.chosen_format is not ExportFormat.QUICKBOOKS:
            parts.append(
                _count(counts["credit_note"], N_("{0} credit note"), N_("{0} credit notes"))
            )
        if self.chosen_format is ExportFormat.JOURNAL:
            parts.append(_count(counts["payment"], N_("{0} payment"), N_("{0} payments")))
        total = sum(counts.values())
        what = (
            tr("In this period: {0}.")
            if self.reexport.isChecked()
            else tr("Not exported yet: {0}.")
        )
        self.preview.setText(what.format(", ".join(parts)))
        self.export_button.setEnabled(total > 0)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save the export"), self.destination.text(), tr("CSV files (*.csv)")
        )
        if path:
            self.destination.setText(path if path.lower().endswith(".csv") else f"{path}.csv")

    def start_export(self) -> None:
        text = self.destination.text().strip()
        self.error.hide()
        if not text:
            self.error.setText(tr("Choose where to save the export."))
            self.error.show()
            self.destination.setFocus()
            return
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 3)
        self.progress.setValue(0)
        self.progress.show()
        self.task = self.ctx.tasks.submit(
            tr("Export for accounting"),
            export_accounting,
            self.db,
            self.chosen_format,
            _pydate(self.start.date()),
            _pydate(self.end.date()),
            Path(text),
            reexport=self.reexport.isChecked(),
        )
        self.task.signals.progress.connect(self._progress)
        self.task.signals.finished.connect(self._finished)
        self.task.signals.failed.connect(self._failed)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.preview.setText(message)

    def _finished(self, result: ExportResult) -> None:
        self.export_result = result
        self.progress.hide()
        names = ", ".join(p.name for p in result.files)
        self.preview.setText(
            tr("Exported {0} documents to {1}.").format(sum(result.counts.values()), names)
        )
        self.exported.emit(result)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Close"))
        self.update_preview_after_export()

    def update_preview_after_export(self) -> None:
        self.export_button.setEnabled(False)
        self.export_button.setToolTip(tr("Everything in this period is exported."))

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.error.setText(tr("The export failed: {0}").format(message))
        self.error.show()


__all__ = ["ExportDialog", "ExportResult", "Qt", "export_accounting"]
