"""Import customers from CSV or vCard: a preview of every change first, then writes through the outbox.

Nothing reaches Stripe before the person has seen the preview (new, changed with
old and new values, unchanged, rejected with the reason) and pressed Import. The
writes are :class:`~desktop_invoicer.sync.changes.StripeChanges` saves, the same
path as the customer editor: a local row plus an outbox row each, sent by sync.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..documents.customer_import import Preview, Verdict, preview, read_csv
from ..documents.vcard import read as read_vcard
from .i18n import N_, tr

if TYPE_CHECKING:
    from ..domain.catalog import Customer
    from ..storage.database import Database
    from .context import AppContext
    from .workers import Task

_COLOURS = {
    Verdict.NEW: "#1a7f37",
    Verdict.CHANGED: "#9a6700",
    Verdict.UNCHANGED: "#6e7781",
    Verdict.REJECTED: "#cf222e",
}
_VERDICT_TEXTS = {
    Verdict.NEW: N_("new"),
    Verdict.CHANGED: N_("changed"),
    Verdict.UNCHANGED: N_("unchanged"),
    Verdict.REJECTED: N_("rejected"),
}


def all_customers(db: Database) -> list[Customer]:
    ids = [
        r[0]
        for r in db.connection().execute(
            "SELECT id FROM customers WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id"
        )
    ]
    return [db.customers.get(i) for i in ids]


def preview_file(db: Database, path: Path, default_currency: str = "USD") -> Preview:
    text = path.read_text(encoding="utf-8-sig")
    is_vcard = path.suffix.lower() in (".vcf", ".vcard") or text.lstrip().upper().startswith(
        "BEGIN:VCARD"
    )
    cards = read_vcard(text) if is_vcard else read_csv(text)
    return preview(cards, all_customers(db), default_currency)


def apply_import(
    db: Database, plan: Preview, progress: Callable[[int, int, str], None] | None = None
) -> int:
    """Save the new and changed customers (local row + outbox row each); returns how many."""
    from ..sync.changes import StripeChanges

    changes = StripeChanges(db)
    rows = plan.to_write
    for i, row in enumerate(rows):
        if progress is not None:
            progress(i, len(rows), tr("Saving {0}…").format(row.name))
        assert row.customer is not None
        base = changes.base_version("customer", row.customer.id) if row.existing else None
        changes.save_customer(row.customer, base)
    if progress is not None:
        progress(len(rows), len(rows), tr("Done."))
    return len(rows)


def export_customers(db: Database, path: Path, version: str = "4.0") -> int:
    from ..documents.customer_import import write_csv
    from ..documents.vcard import write

    customers = all_customers(db)
    text = write(customers, version) if path.suffix.lower() == ".vcf" else write_csv(customers)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")
    return len(customers)


class CrmImportDialog(QDialog):
    imported = Signal(int)

    def __init__(
        self, ctx: AppContext, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db: Database = ctx.db
        self.plan: Preview | None = None
        self.task: Task | None = None
        self.setWindowTitle(tr("Import customers"))
        self.resize(820, 460)
        self.path = QLineEdit()
        self.path.setPlaceholderText(tr("A .csv or .vcf file"))
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        load = QPushButton(tr("&Preview"))
        load.clicked.connect(self.load)
        top = QHBoxLayout()
        label = QLabel(tr("&File"))
        label.setBuddy(self.path)
        top.addWidget(label)
        top.addWidget(self.path, 1)
        top.addWidget(browse)
        top.addWidget(load)
        self.summary = QLabel(tr("Choose a file to see what would change. Nothing is written yet."))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [tr("Line"), tr("Result"), tr("Customer"), tr("What changes")]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(tr("Import"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        if path is not None:
            self.path.setText(str(path))
            self.load()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Import customers"),
            str(self.ctx.export_folder),
            tr("Customers (*.csv *.vcf);;All files (*)"),
        )
        if name:
            self.path.setText(name)
            self.load()

    def load(self) -> None:
        path = Path(self.path.text().strip())
        try:
            self.plan = preview_file(self.db, path)
        except (OSError, UnicodeDecodeError) as exc:
            self.summary.setText(tr("The file cannot be read: {0}").format(exc))
            self.import_button.setEnabled(False)
            return
        self.table.setRowCount(0)
        for row in self.plan.rows:
            n = self.table.rowCount()
            self.table.insertRow(n)
            if row.verdict is Verdict.CHANGED:
                detail = "; ".join(
                    f"{f}: {old or '—'} → {new or '—'}" for f, old, new in row.changes
                )
            elif row.verdict is Verdict.REJECTED:
                detail = row.reason
            elif row.verdict is Verdict.NEW:
                detail = row.customer.email if row.customer else ""
            else:
                detail = tr("already up to date")
            cells = [str(row.line), tr(_VERDICT_TEXTS[row.verdict]), row.name, detail]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setForeground(QColor(_COLOURS[row.verdict]))
                if col == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(n, col, item)
        self.table.resizeColumnsToContents()
        writes = len(self.plan.to_write)
        counts = [len(self.plan.of(v)) for v in _VERDICT_TEXTS]
        self.summary.setText(
            tr(
                "{0} new, {1} changed, {2} unchanged, {3} rejected. Import saves {4} customers "
                "and sends them to Stripe at the next sync; rejected rows are left out."
            ).format(*counts, writes)
        )
        self.import_button.setEnabled(writes > 0)

    def start_import(self) -> None:
        if self.plan is None:
            return
        self.import_button.setEnabled(False)
        self.task = self.ctx.tasks.submit(tr("Import customers"), apply_import, self.db, self.plan)
        self.task.signals.progress.connect(lambda d, t, m: self.summary.setText(m))
        self.task.signals.finished.connect(self._done)
        self.task.signals.failed.connect(
            lambda message: self.summary.setText(tr("The import stopped: {0}").format(message))
        )

    def _done(self, count: int) -> None:
        self.summary.setText(tr("Imported {0} customers.").format(count))
        if self.ctx.stripe is not None:
            self.ctx.stripe.request_sync()
        self.imported.emit(count)
        self.accept()
