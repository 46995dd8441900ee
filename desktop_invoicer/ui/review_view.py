"""Review: the drafts waiting for a person, why each waits, and its PDF beside the list.

Keyboard first: arrows move, A approves, R rejects with a comment, H holds by hand,
Enter opens the editor (saving puts the draft back in the queue), Ctrl+Shift+A
approves the selected drafts and queues finalize and send for each. In a
connected workspace every decision goes through :class:`sync.changes.StripeChanges`
(an approval is also written on the Stripe invoice's metadata); otherwise
decisions are kept locally and sending is refused.

PySide6-Essentials ships no QtPdf, so the preview is the invoice's summary with
the PDF rendered on a worker (``documents.pdf.invoice_pdf_bytes``) and opened by
the system viewer on request ("Open PDF").
"""

from __future__ import annotations

import html
import logging
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.approval import Decision, NotApprovedError
from ..domain.status import InvalidTransitionError, InvoiceAction
from ..storage.repositories.approvals import ReviewItem
from . import stripe_edits
from .context import AppContext
from .formatting import format_money
from .registry import EDIT
from .view_base import View
from .workers import ProgressCallback, Task

if TYPE_CHECKING:
    from ..domain.business import BusinessProfile
    from ..domain.catalog import Customer
    from ..domain.invoice import Invoice
    from ..sync.changes import StripeChanges
    from .invoice_editor import InvoiceEditor

log = logging.getLogger(__name__)

AskComment = Callable[[QWidget, str], "str | None"]
NOT_CONNECTED = "Connect a Stripe account to send invoices: this workspace is not connected."


def ask_comment(parent: QWidget, title: str) -> str | None:
    text, ok = QInputDialog.getMultiLineText(parent, title, "Why? (the author sees this)")
    return text if ok else None


def render_preview_pdf(
    invoice: Invoice, customer: Customer, business: BusinessProfile, progress: ProgressCallback
) -> bytes:
    """The invoice's PDF (run on a worker: reportlab loads there)."""
    progress(0, 1, "Rendering the PDF preview…")
    from ..documents.pdf import invoice_pdf_bytes

    return invoice_pdf_bytes(invoice, customer, business)


class ReviewTable(QTableWidget):
    """The queue's table: its letter keys are commands (the list has no type-ahead)."""

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__(rows, columns)
        self.keys: dict[tuple[Qt.Key, Qt.KeyboardModifier], Callable[[], None]] = {}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        command = self.keys.get((Qt.Key(event.key()), modifiers))
        if command is None:
            super().keyPressEvent(event)
            return
        event.accept()
        command()


class ReviewView(View):
    tables = ("invoices", "invoice_lines", "customers", "approvals", "settings")
    COLUMNS = ("Customer", "Number", "Total", "Waiting because", "State")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ask_comment: AskComment = ask_comment
        self.items: list[ReviewItem] = []
        self.preview_task: Task | None = None
        self.pdf_bytes: bytes | None = None
        self.pdf_for: str | None = None

        title = QLabel("Review")
        title.setObjectName("viewTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        hint = QLabel(
            "A approve · R reject · H hold · Enter edit · Ctrl+Shift+A approve and send selected"
        )
        hint.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(hint)

        self.table = ReviewTable(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 170), (1, 90), (2, 120), (4, 90)):
            self.table.setColumnWidth(column, width)
        self.table.currentCellChanged.connect(lambda *_: self._current_changed())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())

        self.summary = QTextBrowser()
        self.summary.setOpenLinks(False)
        self.pdf_label = QLabel()
        self.pdf_label.setObjectName("muted")
        self.open_pdf_button = QPushButton("Open PDF")
        self.open_pdf_button.clicked.connect(self.open_pdf)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.pdf_label, 1)
        pdf_row.addWidget(self.open_pdf_button)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.summary, 1)
        preview_layout.addLayout(pdf_row)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 400])  # scaled to the window when first laid out

        self.approve_button = QPushButton("Approve (A)")
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button = QPushButton("Reject… (R)")
        self.reject_button.clicked.connect(self.reject_current)
        self.hold_button = QPushButton("Hold (H)")
        self.hold_button.clicked.connect(self.hold_current)
        self.edit_button = QPushButton("Edit (Enter)")
        self.edit_button.clicked.connect(self.edit_current)
        self.send_button = QPushButton("Approve and send (Ctrl+Shift+A)")
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(self.approve_and_send_selected)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.reject_button, self.hold_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        no_mod = Qt.KeyboardModifier.NoModifier
        self.table.keys = {
            (Qt.Key.Key_A, no_mod): self.approve_selected,
            (Qt.Key.Key_R, no_mod): self.reject_current,
            (Qt.Key.Key_H, no_mod): self.hold_current,
            (Qt.Key.Key_Return, no_mod): self.edit_current,
            (Qt.Key.Key_Enter, no_mod): self.edit_current,
            (Qt.Key.Key_A, ctrl_shift): self.approve_and_send_selected,
        }
        self.setFocusProxy(self.table)
        self.reload()

    # -- the list ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read the queue again, keeping the current draft and selection where they still are."""
        current = self.current_item()
        selected = {i.invoice_id for i in self.selected_items()}
        self.items = self.ctx.db.approvals.queue()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            state = "Rejected" if item.state.rejected else "Waiting"
            reasons = "; ".join(r.text for r in item.state.reasons)
            cells = (item.customer_name, item.number, format_money(item.total), reasons, state)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 2:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == 3:
                    cell.setToolTip("\n".join(r.text for r in item.state.reasons))
                self.table.setItem(row, column, cell)
        ids = [i.invoice_id for i in self.items]
        target = ids.index(current.invoice_id) if current and current.invoice_id in ids else 0
        if self.items:
            self.table.setCurrentCell(
                min(target, len(ids) - 1), 0, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            model = self.table.selectionModel()
            for row, invoice_id in enumerate(ids):
                if invoice_id in selected:
                    model.select(
                        self.table.model().index(row, 0),
                        QItemSelectionModel.SelectionFlag.Select
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
        self.table.blockSignals(False)
        count = len(self.items)
        self.count_label.setText(f"{count} draft{'s' if count != 1 else ''} waiting")
        self._current_changed()

    def current_item(self) -> ReviewItem | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def selected_items(self) -> list[ReviewItem]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        picked = [self.items[r] for r in rows if r < len(self.items)]
        current = self.current_item()
        return picked or ([current] if current is not None else [])

    def select_rows(self, rows: list[int]) -> None:
        """Select these rows (tests and keyboard users: Shift+arrows does the same)."""
        self.table.clearSelection()
        model = self.table.selectionModel()
        for row in rows:
            model.select(
                self.table.model().index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _update_buttons(self) -> None:
        has = self.current_item() is not None
        for button in (
            self.approve_button,
            self.reject_button,
            self.hold_button,
            self.edit_button,
            self.send_button,
        ):
            button.setEnabled(has)
        self.actions_changed.emit()

    def _current_changed(self) -> None:
        self._update_buttons()
        item = self.current_item()
        if item is None:
            self.summary.setHtml("<p>Nothing waits for review.</p>")
            self.pdf_label.setText("")
            self.open_pdf_button.setEnabled(False)
            return
        self.summary.setHtml(self._summary_html(item))
        self._start_preview(item.invoice_id)

    def _summary_html(self, item: ReviewItem) -> str:
        db = self.ctx.db
        invoice = db.invoices.get(item.invoice_id)
        e = html.escape
        parts = [f"<h3>{e(item.customer_name)} · {e(format_money(item.total))}</h3>"]
        parts.append("<p><b>Waiting because</b></p><ul>")
        parts += [f"<li>{e(r.text)}</li>" for r in item.state.reasons]
        parts.append("</ul>")
        if item.state.rejected:
            parts.append(
                f"<p><b>Rejected</b> by {e(item.state.decided_by)}: {e(item.state.comment)}</p>"
            )
        parts.append("<table cellspacing=6 width=100%><tr><th align=left>Line</th><th>Qty</th>")
        parts.append("<th align=right>Unit</th></tr>")
        for line in invoice.lines:
            parts.append(
                f"<tr><td>{e(line.description)}</td><td align=center>{line.quantity}</td>"
                f"<td align=right>{e(format_money(line.unit_amount))}</td></tr>"
            )
        totals = invoice.totals()
        parts.append("</table>")
        parts.append(
            f"<p>Subtotal {e(format_money(totals.subtotal))} · Tax {e(format_money(totals.tax))}"
            f" · <b>Total {e(format_money(totals.total))}</b></p>"
        )
        if invoice.memo:
            parts.append(f"<p><i>{e(invoice.memo)}</i></p>")
        history = db.approvals.history(item.invoice_id)
        if history:
            parts.append("<p><b>History</b></p><ul>")
            for h in history[-5:]:
                note = f": {e(h.comment)}" if h.comment else ""
                when = h.at.strftime("%Y-%m-%d %H:%M UTC")
                parts.append(f"<li>{e(h.decision)} by {e(h.actor)}, {when}{note}</li>")
            parts.append("</ul>")
        return "".join(parts)

    # -- the PDF ------------------------------------------------------------------------

    def _start_preview(self, invoice_id: str) -> None:
        if self.pdf_for == invoice_id and self.pdf_bytes is not None:
            return
        if self.preview_task is not None:
            self.preview_task.cancel()
        self.pdf_bytes, self.pdf_for = None, invoice_id
        self.open_pdf_button.setEnabled(False)
        self.pdf_label.setText("Rendering the PDF…")
        db = self.ctx.db
        invoice = db.invoices.get(invoice_id)
        customer = db.customers.find(invoice.customer_id)
        if customer is None:
            self.pdf_label.setText("No PDF: the customer was deleted.")
            return
        task = Task(
            "PDF preview", render_preview_pdf, invoice, customer, db.settings.business_profile()
        )
        task.signals.finished.connect(lambda data, i=invoice_id: self._preview_done(i, data))
        task.signals.failed.connect(lambda message: self.pdf_label.setText(f"No PDF: {message}"))
        self.preview_task = self.ctx.tasks.start(task, announce=False)

    def _preview_done(self, invoice_id: str, data: object) -> None:
        if invoice_id != self.pdf_for or not isinstance(data, bytes):
            return
        self.pdf_bytes = data
        self.preview_task = None
        pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
        self.pdf_label.setText(f"PDF ready: {max(pages, 1)} page(s), {len(data) // 1024 + 1} KB")
        self.open_pdf_button.setEnabled(True)

    def open_pdf(self) -> None:
        if self.pdf_bytes is None or self.pdf_for is None:
            return
        path = Path(tempfile.gettempdir()) / f"desktop-invoicer-review-{self.pdf_for}.pdf"
        path.write_bytes(self.pdf_bytes)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # -- decisions ----------------------------------------------------------------------

    def _changes(self) -> StripeChanges | None:
        if not stripe_edits.is_connected(self.ctx.db):
            return None
        from ..sync.changes import StripeChanges

        return StripeChanges(self.ctx.db)

    def _refuse(self, title: str, exc: Exception) -> None:
        self.ctx.show_error(self, title, str(exc))
        self.status_message.emit(str(exc))

    def approve_selected(self) -> None:
        items = self.selected_items()
        if not items:
            return
        changes = self._changes()
        try:
            with self.ctx.db.transaction():
                for item in items:
                    if changes is not None:
                        changes.approve(item.invoice_id)
                    else:
                        self.ctx.db.approvals.record(item.invoice_id, Decision.APPROVED)
        except (InvalidTransitionError, ValueError) as exc:
            self._refuse("Not approved", exc)
            return
        stripe_edits.request_sync(self.ctx)
        self.status_message.emit(f"Approved {len(items)} draft(s).")

    def reject_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        comment = self.ask_comment(self, f"Reject the draft for {item.customer_name}")
        if comment is None:
            return
        if not comment.strip():
            self._refuse("Not rejected", ValueError("Say why the draft is rejected."))
            return
        changes = self._changes()
        try:
            if changes is not None:
                changes.reject(item.invoice_id, comment.strip())
            else:
                self.ctx.db.approvals.record(item.invoice_id, Decision.REJECTED, comment.strip())
        except (InvalidTransitionError, ValueError) as exc:
            self._refuse("Not rejected", exc)
            return
        self.status_message.emit("Draft rejected; its author sees why.")

    def hold_current(self) -> None:
        item = self.current_item()
        if item is not None:
            self.ctx.db.approvals.record(item.invoice_id, "held", "held from the review queue")
            self.status_message.emit("Draft held until someone approves it.")

    def approve_and_send_selected(self) -> None:
        items = self.selected_items()
        if not items:
            return
        changes = self._changes()
        if changes is None:
            self._refuse("Not sent", ValueError(NOT_CONNECTED))
            return
        try:
            with self.ctx.db.transaction():  # all or none are queued
                for item in items:
                    changes.approve_and_send(item.invoice_id)
        except (InvalidTransitionError, NotApprovedError, ValueError) as exc:
            self._refuse("Nothing was sent", exc)
            return
        stripe_edits.request_sync(self.ctx)
        self.status_message.emit(f"Approved {len(items)} draft(s); finalizing and sending…")

    def send_current(self) -> None:
        """Send without approving: refused, with the reasons, while the draft waits."""
        item = self.current_item()
        if item is None:
            return
        changes = self._changes()
        if changes is None:
            self._refuse("Not sent", ValueError(NOT_CONNECTED))
            return
        try:
            with self.ctx.db.transaction():
                changes.invoice_action(item.invoice_id, InvoiceAction.FINALIZE)
                changes.invoice_action(item.invoice_id, InvoiceAction.SEND)
        except (InvalidTransitionError, NotApprovedError) as exc:
            self._refuse("Not sent", exc)
            return
        stripe_edits.request_sync(self.ctx)

    # -- editing ------------------------------------------------------------------------

    def can(self, action: str) -> bool:
        return action == EDIT and self.current_item() is not None

    def edit_current(self) -> None:
        item = self.current_item()
        if item is None or self.dialog is not None:
            return
        self.open_dialog(self._editor(self.ctx.db.invoices.get(item.invoice_id)))

    def _editor(self, invoice: Invoice) -> InvoiceEditor:
        from .audit_tab import add_history_tab
        from .invoice_catalog import DatabaseCatalog
        from .invoice_editor import InvoiceEditor

        profile = self.ctx.db.settings.business_profile()
        base = stripe_edits.base_version(self.ctx.db, "invoice", invoice.id)
        editor = InvoiceEditor(
            invoice,
            DatabaseCatalog(self.ctx.db),
            lambda value: self._save(value, base),
            default_currency=profile.default_currency.code,
            default_days_until_due=profile.default_days_until_due,
            parent=self.window(),
        )
        add_history_tab(editor.tabs, self.ctx.db, invoice.id)
        return editor

    def _save(self, invoice: Invoice, base: str | None) -> Invoice:
        db = self.ctx.db
        if stripe_edits.is_connected(db):  # re-queued for review by StripeChanges
            saved = stripe_edits.save_draft(self.ctx, invoice, base)
        else:
            with db.transaction():
                saved = db.invoices.save_draft(invoice)
                if db.approvals.state(saved.id).decision is not None:
                    db.approvals.record(saved.id, "requeued", "edited")
        self.status_message.emit("Draft saved; it is back in the review queue.")
        return saved

    def on_database_changed(self, table: str) -> None:
        if table in self.tables:
            if table != "approvals":
                self.pdf_for = None  # the invoice may have changed: render again
            self.reload()
