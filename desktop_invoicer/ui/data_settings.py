"""Settings > Customers and data: customers to and from CSV or vCard, and a BI export of every table."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from ..storage.bi_export import parquet_available
from .form_dialog import section_title
from .i18n import tr
from .settings_card import SettingsCard

if TYPE_CHECKING:
    from ..storage.bi_export import TableExport
    from ..storage.database import Database
    from .context import AppContext
    from .workers import Task


class DataCard(SettingsCard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db: Database = ctx.db
        self.task: Task | None = None
        self.export_csv = QPushButton(tr("Export customers (CSV)…"))
        self.export_vcard = QPushButton(tr("Export customers (vCard)…"))
        self.import_button = QPushButton(tr("Import customers…"))
        self.export_csv.clicked.connect(lambda: self.export_customers(".csv"))
        self.export_vcard.clicked.connect(lambda: self.export_customers(".vcf"))
        self.import_button.clicked.connect(self.open_import)
        self.bi_format = QComboBox()
        self.bi_format.addItem(tr("CSV files"), "csv")
        if parquet_available():
            self.bi_format.addItem(tr("Parquet files"), "parquet")
        self.bi_button = QPushButton(tr("Export all data for BI…"))
        self.bi_button.clicked.connect(self.export_bi)
        self.progress = QProgressBar()
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 2 + 4)
        crm = QHBoxLayout()
        crm.addWidget(self.export_csv)
        crm.addWidget(self.export_vcard)
        crm.addWidget(self.import_button)
        crm.addStretch(1)
        bi = QHBoxLayout()
        bi.addWidget(self.bi_format)
        bi.addWidget(self.bi_button)
        bi.addStretch(1)
        layout = self.card_layout()
        layout.addWidget(section_title(tr("Customers and data")))
        layout.addLayout(crm)
        hint = QLabel(
            tr(
                "An import shows what would change before anything is sent to Stripe. "
                "The BI export copies every cached table, read-only, into a folder."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        layout.addWidget(hint)
        layout.addLayout(bi)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)

    def export_customers(self, suffix: str, path: Path | None = None) -> None:
        from .crm_import_dialog import export_customers

        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                tr("Export customers"),
                str(self.ctx.export_folder / f"customers{suffix}"),
                tr("vCard (*.vcf)") if suffix == ".vcf" else tr("CSV (*.csv)"),
            )
            if not name:
                return
            path = Path(name)
        count = export_customers(self.db, path)
        self.message.setText(tr("Exported {0} customers to {1}.").format(count, path))
        self.status_message.emit(tr("Exported {0} customers.").format(count))

    def open_import(self) -> None:
        from .crm_import_dialog import CrmImportDialog

        dialog = CrmImportDialog(self.ctx, parent=self)
        dialog.imported.connect(
            lambda n: self.status_message.emit(tr("Imported {0} customers.").format(n))
        )
        dialog.open()

    def export_bi(self, folder: Path | None = None) -> None:
        from ..storage.bi_export import export_tables

        if folder is None:
            name = QFileDialog.getExistingDirectory(
                self, tr("Export all data to a folder"), str(self.ctx.export_folder)
            )
            if not name:
                return
            folder = Path(name)
        self.bi_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.task = self.ctx.tasks.submit(
            tr("BI export"), export_tables, self.db, folder, fmt=str(self.bi_format.currentData())
        )
        self.task.signals.progress.connect(self._progress)
        self.task.signals.finished.connect(lambda files: self._done(folder, files))
        self.task.signals.failed.connect(self._failed)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.message.setText(message)

    def _done(self, folder: Path | None, files: list[TableExport]) -> None:
        self.progress.hide()
        self.bi_button.setEnabled(True)
        rows = sum(f.rows for f in files)
        self.message.setText(
            tr("Exported {0} tables ({1:,} rows) to {2}.").format(len(files), rows, folder)
        )
        self.status_message.emit(tr("Exported {0} tables for BI.").format(len(files)))

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.bi_button.setEnabled(True)
        self.message.setText(tr("The export failed: {0}").format(message))
