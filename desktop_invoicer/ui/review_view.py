"""Review: the drafts waiting for a person, why each waits, and its PDF beside the list.

Keyboard first: arrows move, A approves, R rejects with a comment, H holds by hand,
Enter opens the editor (saving puts the draft back in the queue), Ctrl+Shift+A
approves the selected drafts and queues finalize and send for each, P moves into
the PDF (Escape comes back). In a connected workspace every decision goes through
:class:`sync.changes.StripeChanges` (an approval is also written on the Stripe
invoice's metadata); otherwise decisions are kept locally and sending is refused.

The queue is read on a worker (the rules are evaluated over every draft, which
is a query per draft), and the PDF beside it is rendered on a worker by
:class:`.pdf_preview.PdfPreview` and shown page by page with QtPdf. Buttons an
invoice's state does not allow are disabled, with the status machine's reason as
their tooltip; triggered anyway (a key), they are refused with the same message.
"""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
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
from .i18n import N_, tr
from .pdf_preview import PdfPreview
from .registry import EDIT
from .review_parts import (
    NOT_CONNECTED,
    AskComment,
    ReviewTable,
    ask_comment,
    read_queue,
    render_review_pdf,
    review_refusals,
    summary_html,
)
from .view_base import View
from .workers import Task

if TYPE_CHECKING:
    from ..domain.invoice import Invoice
    from ..sync.changes import StripeChanges
    from .invoice_editor import InvoiceEditor

__all__ = ["NOT_CONNECTED", "ReviewView"]

log = logging.getLogger(__name__)


class ReviewView(View):
    tables = ("invoices", "invoice_lines", "customers", "approvals", "settings")
    COLUMNS = (N_("Customer"), N_("Number"), N_("Total"), N_("Waiting because"), N_("State"))

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ask_comment: AskComment = ask_comment
        self.items: list[ReviewItem] = []
        self.loading: Task | None = None  # the queue being read on a worker
        self._reload_again = False  # a change arrived while reading: read once more
        self._pdf_stale = False  # an invoice changed: render the current one again

        title = QLabel(tr("Review"))
        title.setObjectName("viewTitle")
        self.count_label = QLabel(tr("Reading the queue…"))
        self.count_label.setObjectName("countLabel")
        hint = QLabel(
            tr(
                "A approve · R reject · H hold · Enter edit · P preview · "
                "Ctrl+Shift+A approve and send selected"
            )
        )
        hint.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(hint)

        self.table = ReviewTable(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 125), (1, 74), (2, 104), (4, 72)):
            # at least the header's width: translated headers may be longer
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.table.currentCellChanged.connect(lambda *_: self._current_changed())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())

        self.summary = QTextBrowser()
        self.summary.setOpenLinks(False)
        self.summary.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes list -> PDF
        self.preview = PdfPreview(ctx.tasks)
        self.preview.escape.connect(self.table.setFocus)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.summary)
        side.addWidget(self.preview)
        side.setStretchFactor(0, 1)
        side.setStretchFactor(1, 4)
        side.setSizes([120, 520])

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 500])  # scaled to the window when first laid out

        self.approve_button = QPushButton(tr("Approve (A)"))
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button = QPushButton(tr("Reject… (R)"))
        self.reject_button.clicked.connect(self.reject_current)
        self.hold_button = QPushButton(tr("Hold (H)"))
        self.hold_button.clicked.connect(self.hold_current)
        self.edit_button = QPushButton(tr("Edit (Enter)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.send_only_button = QPushButton(tr("Send without approval"))
        self.send_only_button.clicked.connect(self.send_current)
        self.send_button = QPushButton(tr("Approve and send (Ctrl+Shift+A)"))
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(self.approve_and_send_selected)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.reject_button, self.hold_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_only_button)
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
            (Qt.Key.Key_P, no_mod): self.preview.setFocus,
            (Qt.Key.Key_Return, no_mod): self.edit_current,
            (Qt.Key.Key_Enter, no_mod): self.edit_current,
            (Qt.Key.Key_A, ctrl_shift): self.approve_and_send_selected,
        }
        self.setFocusProxy(self.table)
        self._update_buttons()
        self.reload()

    # -- the list ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read the queue again on a worker; one read at a time, the last change wins."""
        if self.loading is not None:
            self._reload_again = True
            return
        self._reload_again = False
        task = Task("Reading the review queue", read_queue, self.ctx.db)
        task.signals.finished.connect(self._queue_arrived)
        task.signals.failed.connect(self._queue_failed)
        self.loading = self.ctx.tasks.start(task, announce=False)

    def _queue_failed(self, message: str) -> None:
        self.loading = None
        if self.ctx.db.closed:
            return
        self.count_label.setText(tr("The queue could not be read"))
        self.status_message.emit(tr("The review queue could not be read: {0}").format(message))
        if self._reload_again:
            self.reload()

    def _queue_arrived(self, items: object) -> None:
        self.loading = None
        if self.ctx.db.closed:  # the workspace closed while the queue was read
            return
        if self._reload_again:  # already stale: read again before showing
            self.reload()
            return
        assert isinstance(items, list)
        self.show_items(items)

    def show_items(self, items: list[ReviewItem]) -> None:
        """Fill the table, keeping the current draft and the selection where they still are."""
        current = self.current_item()
        selected = {i.invoice_id for i in self.selected_items()}
        self.items = items
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            state = tr("Rejected") if item.state.rejected else tr("Waiting")
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
        self.count_label.setText(
            tr("1 draft waiting") if count == 1 else tr("{0} drafts waiting").format(count)
        )
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

    def refusals(self) -> dict[QPushButton, str]:
        """Why each button is refused for the selected drafts now; allowed ones are absent."""
        named = review_refusals(self.selected_items(), stripe_edits.is_connected(self.ctx.db))
        buttons = {
            "approve": self.approve_button,
            "reject": self.reject_button,
            "hold": self.hold_button,
            "edit": self.edit_button,
            "send_only": self.send_only_button,
            "send": self.send_button,
        }
        return {buttons[key]: reason for key, reason in named.items()}

    def _update_buttons(self) -> None:
        refused = self.refusals()
        tips = {
            self.approve_button: tr("Approve the selected drafts (A)"),
            self.reject_button: tr("Reject the current draft, saying why (R)"),
            self.hold_button: tr("Hold the current draft until someone approves it (H)"),
            self.edit_button: tr(
                "Edit the current draft; saving puts it back in the queue (Enter)"
            ),
            self.send_only_button: tr("Finalize and send without an approval"),
            self.send_button: tr("Approve, finalize and send the selected drafts (Ctrl+Shift+A)"),
        }
        for button, tip in tips.items():
            reason = refused.get(button)
            button.setEnabled(reason is None)
            button.setToolTip(reason or tip)
        self.actions_changed.emit()

    def _current_changed(self) -> None:
        self._update_buttons()
        item = self.current_item()
        if item is None:
            nothing = tr("Nothing waits for review.")
            self.summary.setHtml(f"<p>{html.escape(nothing)}</p>")
            self.preview.clear(nothing)
            return
        self.summary.setHtml(summary_html(self.ctx.db, item))
        force, self._pdf_stale = self._pdf_stale, False
        self.preview.show_render(
            item.invoice_id, render_review_pdf, self.ctx.db, item.invoice_id, force=force
        )

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
            self._refuse(tr("Not approved"), exc)
            return
        stripe_edits.request_sync(self.ctx)
        self.status_message.emit(tr("Approved {0} draft(s).").format(len(items)))

    def reject_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        comment = self.ask_comment(self, tr("Reject the draft for {0}").format(item.customer_name))
        if comment is None:
            return
        if not comment.strip():
            self._refuse(tr("Not rejected"), ValueError(tr("Say why the draft is rejected.")))
            return
        changes = self._changes()
        try:
            if changes is not None:
                changes.reject(item.invoice_id, comment.strip())
            else:
                self.ctx.db.approvals.record(item.invoice_id, Decision.REJECTED, comment.strip())
        except (InvalidTransitionError, ValueError) as exc:
            self._refuse(tr("Not rejected"), exc)
            return
        self.status_message.emit(tr("Draft rejected; its author sees why."))

    def hold_current(self) -> None:
        item = self.current_item()
        if item is not None:
            self.ctx.db.approvals.record(item.invoice_id, "held", "held from the review queue")
            self.status_message.emit(tr("Draft held until someone approves it."))

    def approve_and_send_selected(self) -> None:
        items = self.selected_items()
        if not items:
            return
        changes = self._changes()
        if changes is None:
            self._refuse(tr("Not sent"), ValueError(tr(NOT_CONNECTED)))
            return
        try:
            with self.ctx.db.transaction():  # all or none are queued
                for item in items:
                    changes.approve_and_send(item.invoice_id)
        except (InvalidTransitionError, NotApprovedError, ValueError) as exc:
            self._refuse(tr("Nothing was sent"), exc)
            return
        stripe_edits.request_sync(self.ctx)
        self.status_message.emit(
            tr("Approved {0} draft(s); finalizing and sending…").format(len(items))
        )

    def send_current(self) -> None:
        """Send without approving: refused, with the reasons, while the draft waits."""
        item = self.current_item()
        if item is None:
            return
        changes = self._changes()
        if changes is None:
            self._refuse(tr("Not sent"), ValueError(tr(NOT_CONNECTED)))
            return
        try:
            with self.ctx.db.transaction():
                changes.invoice_action(item.invoice_id, InvoiceAction.FINALIZE)
                changes.invoice_action(item.invoice_id, InvoiceAction.SEND)
        except (InvalidTransitionError, NotApprovedError) as exc:
            self._refuse(tr("Not sent"), exc)
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
        self.status_message.emit(tr("Draft saved; it is back in the review queue."))
        return saved

    def on_database_changed(self, table: str) -> None:
        if table in self.tables:
            if table != "approvals":
                self._pdf_stale = True  # the invoice may have changed: render again
            self.reload()
