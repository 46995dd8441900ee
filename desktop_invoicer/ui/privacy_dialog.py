"""Customers > Privacy request…: export everything about a customer, or erase them.

The two functions at the top do the work without Qt (a worker runs them). Erasure
asks the person to type the customer's name: it cannot be undone, and it sends a
deletion to Stripe.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .forms import form_layout
from .i18n import tr

if TYPE_CHECKING:
    from ..storage.database import Database
    from ..storage.repositories.privacy import PrivacyRequest
    from .context import AppContext
    from .workers import Task

Progress = Callable[[int, int, str], None]


def export_customer_data(
    db: Database,
    customer_id: str,
    path: Path,
    *,
    workspace: str = "",
    include_pdfs: bool = False,
    progress: Progress | None = None,
) -> Path:
    """Write the access archive for ``customer_id`` and record the request."""
    report = progress or (lambda done, total, message: None)
    customer = db.customers.get(customer_id)
    report(0, 3, tr("Collecting what the workspace holds…"))
    tables = db.privacy.collect(customer_id)
    pdfs: dict[str, bytes] = {}
    if include_pdfs:
        from ..documents.pdf import invoice_pdf_bytes

        business = db.settings.business_profile()
        rows = tables.get("invoices", [])
        for i, row in enumerate(rows):
            report(1, 3, tr("Rendering invoice {0} of {1}…").format(i + 1, len(rows)))
            invoice = db.invoices.get(str(row["id"]))
            label = re.sub(r"[^\w-]+", "-", invoice.number or f"draft-{invoice.id[:8]}")
            pdfs[f"{label}.pdf"] = invoice_pdf_bytes(invoice, customer, business)
    report(2, 3, tr("Writing the archive…"))
    from ..documents.privacy_archive import write_archive

    when = datetime.fromtimestamp(db.clock(), tz=UTC).strftime("%Y-%m-%d %H:%M")
    write_archive(path, customer.name, when, workspace, tables, pdfs)
    db.privacy.record_access(
        customer_id,
        {"archive": str(path), "tables": {k: len(v) for k, v in tables.items()}, "pdfs": len(pdfs)},
    )
    report(3, 3, tr("Done."))
    return path


def erase_customer(db: Database, customer_id: str, typed_name: str) -> PrivacyRequest:
    """Erase after checking the typed name (the dialog's confirmation, checked again here)."""
    customer = db.customers.get(customer_id)
    if typed_name.strip() != customer.name.strip():
        raise ValueError(tr("Type the customer's name exactly as shown to confirm the erasure."))
    return db.privacy.erase(customer_id)


class PrivacyDialog(QDialog):
    """Two tabs: export (access request) and erase (erasure request)."""

    done_message = Signal(str)

    def __init__(self, ctx: AppContext, customer_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db: Database = ctx.db
        self.customer = self.db.customers.get(customer_id)
        self.task: Task | None = None
        self.result_value: Any = None
        self.setWindowTitle(tr("Privacy request: {0}").format(self.customer.name))
        self.setMinimumWidth(560)
        self.setMinimumHeight(320)
        invoices = self.db.customers.invoice_count(customer_id)
        tabs = QTabWidget()
        tabs.addTab(self._export_tab(), tr("Export their data"))
        tabs.addTab(self._erase_tab(invoices), tr("Erase"))
        self.tabs = tabs
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(40)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.status)
        layout.addWidget(close)

    def _export_tab(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            tr(
                "Everything this workspace holds about the customer, in one zip archive: their "
                "details, invoices, payments, credit notes, reminders, audit entries and Stripe's "
                "copy of their objects as of the last sync."
            )
        )
        intro.setWordWrap(True)
        safe = re.sub(r"[^\w-]+", "-", self.customer.name).strip("-")[:40] or "customer"
        self.archive_path = QLineEdit(str(self.ctx.export_folder / f"data-{safe}.zip"))
        self.include_pdfs = QCheckBox(tr("Include the invoices as PDF documents"))
        self.export_button = QPushButton(tr("Export archive"))
        self.export_button.clicked.connect(self.start_export)
        form = form_layout()
        form.addRow(tr("&Save to"), self.archive_path)
        form.addRow("", self.include_pdfs)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _erase_tab(self, invoices: int) -> QWidget:
        page = QWidget()
        kept = (
            tr(
                "Their {0} invoices are kept with numbers, dates, amounts and tax, as "
                "accounting law requires, under a pseudonym."
            ).format(invoices)
            if invoices
            else tr("They have no invoices.")
        )
        stripe = (
            tr(
                "The customer is deleted in Stripe at the next sync (Stripe keeps finalized "
                "invoices as its own record)."
            )
            if self.customer.stripe_id
            else tr("The customer is not in Stripe.")
        )
        text = QLabel(
            tr(
                "Erasing removes {0}'s name, email, phone and address from this "
                "workspace, its audit log and pending changes. {1} {2} "
                "This cannot be undone."
            ).format(self.customer.name, kept, stripe)
        )
        text.setWordWrap(True)
        self.confirm_name = QLineEdit()
        self.confirm_name.setPlaceholderText(self.customer.name)
        self.confirm_name.setAccessibleName(tr("Type the customer's name to confirm"))
        self.erase_button = QPushButton(tr("Erase customer"))
        self.erase_button.setObjectName("danger")
        self.erase_button.setEnabled(False)
        self.confirm_name.textChanged.connect(
            lambda value: self.erase_button.setEnabled(value.strip() == self.customer.name.strip())
        )
        self.erase_button.clicked.connect(self.erase)
        form = form_layout()
        escaped = self.customer.name.replace("&", "&&")  # a buddy label reads & as a mnemonic
        label = QLabel(tr("Type “{0}” to confirm").format(escaped))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setBuddy(self.confirm_name)
        form.addRow(label, self.confirm_name)
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.erase_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def start_export(self) -> None:
        path = Path(self.archive_path.text().strip())
        self.export_button.setEnabled(False)
        self.status.setText(tr("Exporting…"))
        self.task = self.ctx.tasks.submit(
            tr("Privacy export"),
            export_customer_data,
            self.db,
            self.customer.id,
            path,
            workspace=self.ctx.workspace,
            include_pdfs=self.include_pdfs.isChecked(),
        )
        self.task.signals.progress.connect(lambda d, t, m: self.status.setText(m))
        self.task.signals.finished.connect(self._exported)
        self.task.signals.failed.connect(self._failed)

    def _exported(self, path: Path) -> None:
        self.result_value = path
        self.export_button.setEnabled(True)
        self.status.setText(tr("Saved the archive to {0}.").format(path))
        self.done_message.emit(tr("Saved {0}'s data to {1}").format(self.customer.name, path))

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(tr("It failed: {0}").format(message))

    def erase(self) -> None:
        """Erase in a worker (a customer with many invoices takes a moment); the name is
        checked again there."""
        self.erase_button.setEnabled(False)
        self.confirm_name.setEnabled(False)
        self.status.setText(tr("Erasing…"))
        self.task = self.ctx.tasks.submit(
            tr("Erase customer"),
            erase_customer,
            self.db,
            self.customer.id,
            self.confirm_name.text(),
        )
        self.task.signals.finished.connect(self._erased)
        self.task.signals.failed.connect(self._erase_failed)

    def _erased(self, request: PrivacyRequest) -> None:
        self.result_value = request
        self.status.setText(tr("Erased. Recorded as privacy request #{0}.").format(request.id))
        if self.ctx.stripe is not None:
            self.ctx.stripe.request_sync()
        self.done_message.emit(tr("Erased customer (request #{0})").format(request.id))

    def _erase_failed(self, message: str) -> None:
        self.confirm_name.setEnabled(True)
        self.erase_button.setEnabled(True)
        self.status.setText(tr("Nothing was erased: {0}").format(message))
