"""The review view's parts that need no view: reading the queue and rendering the PDF on a
worker, the keyboard-driven table, the summary beside the list, and why buttons are refused.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QInputDialog, QTableWidget, QWidget

from ..domain.approval import NotApprovedError
from ..storage.repositories.approvals import ReviewItem
from .formatting import format_money
from .i18n import N_, tr
from .workers import ProgressCallback

if TYPE_CHECKING:
    from ..storage.database import Database

AskComment = Callable[[QWidget, str], "str | None"]
NOT_CONNECTED = N_("Connect a Stripe account to send invoices: this workspace is not connected.")
NO_DRAFT = N_("Select a draft first.")
BUTTONS = ("approve", "reject", "hold", "edit", "send_only", "send")
# The decisions kept in the history (stored in English), as the history shows them.
DECISIONS = {
    "approved": N_("approved"),
    "rejected": N_("rejected"),
    "held": N_("held"),
    "requeued": N_("requeued"),
}


def ask_comment(parent: QWidget, title: str) -> str | None:
    text, ok = QInputDialog.getMultiLineText(parent, title, tr("Why? (the author sees this)"))
    return text if ok else None


def read_queue(db: Database) -> list[ReviewItem]:
    """The review queue (on a worker thread: the rules run over every draft)."""
    try:
        return db.approvals.queue()
    finally:
        db.close_thread_connection()


def render_review_pdf(db: Database, invoice_id: str, progress: ProgressCallback) -> bytes:
    """The draft's PDF, read and rendered on a worker (reportlab loads there)."""
    progress(0, 1, tr("Rendering the PDF preview…"))
    try:
        invoice = db.invoices.get(invoice_id)
        customer = db.customers.find(invoice.customer_id)
        business = db.settings.business_profile()
    finally:
        db.close_thread_connection()
    if customer is None:
        raise ValueError(tr("the customer was deleted."))
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


def summary_html(db: Database, item: ReviewItem) -> str:
    """Why it waits, and its recent review history (the PDF below shows the rest)."""
    e = html.escape
    parts = [f"<b>{e(item.customer_name)} · {e(format_money(item.total))}</b>"]
    parts.append(f"<p style='margin:4px 0'>{e(tr('Waiting because:'))}</p><ul style='margin:0'>")
    parts += [f"<li>{e(r.text)}</li>" for r in item.state.reasons]
    parts.append("</ul>")
    if item.state.rejected:
        rejected = tr("<b>Rejected</b> by {0}: {1}").format(
            e(item.state.decided_by), e(item.state.comment)
        )
        parts.append(f"<p>{rejected}</p>")
    history = db.approvals.history(item.invoice_id)
    if history:
        parts.append(f"<p style='margin:4px 0'>{e(tr('History:'))}</p><ul style='margin:0'>")
        for h in history[-5:]:
            note = f": {e(h.comment)}" if h.comment else ""
            when = h.at.strftime("%Y-%m-%d %H:%M UTC")
            decision = tr(DECISIONS.get(h.decision, h.decision))
            line = tr("{0} by {1}, {2}").format(e(decision), e(h.actor), when)
            parts.append(f"<li>{line}{note}</li>")
        parts.append("</ul>")
    return "".join(parts)


def review_refusals(items: Sequence[ReviewItem], connected: bool) -> dict[str, str]:
    """Why each review command is refused for ``items`` (key -> message); allowed ones absent.

    The queue holds drafts, which every decision applies to; what can be refused is
    sending: without an approval (the approval gate's message) or without Stripe.
    """
    if not items:
        return dict.fromkeys(BUTTONS, tr(NO_DRAFT))
    refused: dict[str, str] = {}
    waiting = [i for i in items if i.state.waiting]
    if waiting:
        refused["send_only"] = str(NotApprovedError(list(waiting[0].state.reasons)))
    if not connected:
        refused["send"] = tr(NOT_CONNECTED)
        refused.setdefault("send_only", tr(NOT_CONNECTED))
    return refused
