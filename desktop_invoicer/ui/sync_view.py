"""Sync: how the workspace stands with Stripe, and the changes that need a person.

Shows the last successful sync, what waits in the outbox, the last error in
plain words with its advice, the read budget and poll interval, and the first
copy's progress (with Cancel: it resumes next time). Conflicts show both
versions field by field with *Keep mine* / *Take Stripe's*; changes Stripe
refused can be retried or discarded. The sync room loads only when a button
needs it, so this view can be the first one shown at start.

The status card is :mod:`.sync_status`; the conflicts and refused changes are
:mod:`.sync_conflicts`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..storage.repositories.sync_state import OutboxItem, OutboxStatus
from .connection import ConnectionInfo, badge_style
from .context import AppContext
from .i18n import tr
from .sync_conflicts import (
    FIELDS,
    NOUNS,
    ConflictCard,
    ConflictsPanel,
    FailedRow,
    compare,
    describe_item,
    local_params,
    remote_version,
    value_text,
)
from .sync_status import SyncStatusCard, interval_text, relative_time
from .view_base import View

if TYPE_CHECKING:
    from ..sync.engine import SyncStatus

__all__ = [  # the view, and the helpers it has always offered
    "FIELDS",
    "NOUNS",
    "ConflictCard",
    "FailedRow",
    "SyncView",
    "compare",
    "describe_item",
    "interval_text",
    "local_params",
    "relative_time",
    "remote_version",
    "value_text",
]


class SyncView(View):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.clock: Callable[[], float] = time.time

        title = QLabel(tr("Sync with Stripe"))
        title.setObjectName("viewTitle")
        self.account = QLabel()
        self.account.setObjectName("muted")
        self.badge = QLabel()
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(10)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        self.sync_button = QPushButton(tr("Sync now"))
        self.sync_button.setObjectName("primary")
        self.sync_button.setToolTip(tr("Send waiting changes and fetch Stripe's (Ctrl+R)"))
        self.sync_button.clicked.connect(self.sync_now)
        self.connect_button = QPushButton(tr("Connect Stripe account…"))
        self.connect_button.setObjectName("primary")
        self.connect_button.clicked.connect(self._open_connect)
        top.addWidget(self.connect_button)
        top.addWidget(self.sync_button)

        self.card = SyncStatusCard(cancel=self.cancel)
        # The card's parts, under the view's names for them.
        self.last_sync, self.state = self.card.last_sync, self.card.state
        self.outbox, self.budget = self.card.outbox, self.card.budget
        self.backfill_box, self.backfill_label = self.card.backfill_box, self.card.backfill_label
        self.backfill_bar, self.cancel_button = self.card.backfill_bar, self.card.cancel_button

        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.notes = QLabel()
        self.notes.setObjectName("banner")
        self.notes.setWordWrap(True)
        self.notes.hide()
        self.not_connected = QLabel(
            tr(
                "This workspace is not connected to Stripe: everything stays on this computer. "
                "Connect a Stripe account to copy its customers, products and invoices here "
                "and to send your changes there."
            )
        )
        self.not_connected.setWordWrap(True)
        self.not_connected.setObjectName("banner")

        self.conflicts_panel = ConflictsPanel(
            self.keep_mine, self.take_theirs, self.retry, self.discard
        )
        self.conflicts_title = self.conflicts_panel.conflicts_title
        self.conflicts_hint = self.conflicts_panel.conflicts_hint
        self.failed_title = self.conflicts_panel.failed_title

        content = QWidget()
        content.setMinimumWidth(640)
        content.setMaximumWidth(980)
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 8, 0)
        body.setSpacing(10)
        body.addWidget(self.not_connected)
        body.addWidget(self.card)
        body.addWidget(self.error)
        body.addWidget(self.notes)
        self.conflicts_panel.add_to(body)
        body.addStretch(1)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(content)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        scroll.viewport().setAutoFillBackground(False)
        holder.setAutoFillBackground(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.account)
        layout.addSpacing(6)
        layout.addWidget(scroll, 1)

        self._tick = QTimer(self)  # keeps "3 minutes ago" true
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        if ctx.stripe is not None:
            ctx.stripe.changed.connect(self.refresh)
            ctx.stripe.progress.connect(self.show_progress)
        self.refresh()

    @property
    def conflict_cards(self) -> list[ConflictCard]:
        return self.conflicts_panel.conflict_cards

    @property
    def failed_rows(self) -> list[FailedRow]:
        return self.conflicts_panel.failed_rows

    # -- reading the state -------------------------------------------------------------

    @property
    def connection(self) -> ConnectionInfo | None:
        return self.ctx.stripe.connection if self.ctx.stripe is not None else None

    def status(self) -> SyncStatus | None:
        scheduler = self.ctx.stripe.scheduler if self.ctx.stripe is not None else None
        return scheduler.status() if scheduler is not None else None

    def on_database_changed(self, table: str) -> None:
        if table in ("outbox", "sync_cursors", "settings"):
            self.refresh()

    def refresh(self) -> None:
        conn = self.connection
        connected = conn is not None
        self.not_connected.setVisible(not connected)
        self.connect_button.setVisible(not connected)
        self.sync_button.setVisible(connected)
        self.card.setVisible(connected)
        if conn is None:
            self.account.setText(tr("Not connected to a Stripe account."))
            self.badge.hide()
            self.error.hide()
            self.notes.hide()
        else:
            self.account.setText(f"{conn.display_name} · {conn.account_id}")
            self.badge.setText(tr(conn.mode))
            self.badge.setStyleSheet(badge_style(conn.mode))
            self.badge.show()
            self._show_status()
        self._show_items()

    def _show_status(self) -> None:
        controller = self.ctx.stripe
        scheduler = controller.scheduler if controller is not None else None
        status = self.status()
        now = self.clock()
        running = scheduler is not None and scheduler.running
        self.sync_button.setEnabled(not running)
        error, advice = self._last_error(status)
        outbox = self.ctx.db.outbox  # counted here: shown before the first sync too
        counts = (
            outbox.count(OutboxStatus.PENDING),
            outbox.count(OutboxStatus.FAILED),
            outbox.count(OutboxStatus.CONFLICT),
        )
        self.card.show_status(controller, status, error, counts, now)

        if error:
            self.error.setText(f"{tr(error)}\n{tr(advice) if advice else ''}".strip())
            self.error.show()
        else:
            self.error.hide()
        notes = list(status.notes) if status is not None else []
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

        progress = scheduler.last_progress if scheduler is not None else None
        if progress is not None and (running or progress.finished):
            self.show_progress(progress)
        else:
            self.backfill_box.hide()

    def _last_error(self, status: SyncStatus | None) -> tuple[str, str]:
        controller = self.ctx.stripe
        scheduler = controller.scheduler if controller is not None else None
        outcome = scheduler.last_outcome if scheduler is not None else None
        if outcome is not None and outcome.error:
            return outcome.error, outcome.advice or ""
        if status is not None and status.last_error:
            return status.last_error, status.advice or ""
        return "", ""

    def show_progress(self, progress: object) -> None:
        """The first copy: which resource, how many of each so far, step of steps."""
        from ..sync.backfill import BackfillProgress

        if not isinstance(progress, BackfillProgress):
            return
        scheduler = self.ctx.stripe.scheduler if self.ctx.stripe is not None else None
        cancellable = not progress.finished and scheduler is not None and scheduler.running
        self.card.show_progress(progress, cancellable)

    # -- the outbox rows that need a person ------------------------------------------------

    def _show_items(self) -> None:
        if self.connection is None and self.ctx.db.outbox.count(OutboxStatus.CONFLICT) == 0:
            conflicts: list[OutboxItem] = []
            failed: list[OutboxItem] = []
        else:
            conflicts = self.ctx.db.outbox.by_status(OutboxStatus.CONFLICT)
            failed = self.ctx.db.outbox.by_status(OutboxStatus.FAILED)
        self.conflicts_panel.show_items(conflicts, failed)

    # -- commands ----------------------------------------------------------------------

    def sync_now(self) -> None:
        if self.ctx.stripe is not None:
            self.ctx.stripe.sync_now()
        self.refresh()

    def cancel(self) -> None:
        scheduler = self.ctx.stripe.scheduler if self.ctx.stripe is not None else None
        if scheduler is not None:
            scheduler.cancel()
            self.cancel_button.setEnabled(False)
            self.status_message.emit(tr("Stopping the copy; the next sync resumes it."))

    def _open_connect(self) -> None:
        if self.ctx.stripe is not None:
            self.ctx.stripe.open_connect_dialog(self.window())

    def keep_mine(self, item: OutboxItem) -> None:
        """Send ours again, against Stripe's version as it is now."""
        from ..sync.outbox import fingerprint

        remote = remote_version(item)
        new_base = fingerprint(item.object_type, remote)
        self.ctx.db.outbox.resolve_conflict(item.id, keep_local=True, new_base=new_base)
        self.status_message.emit(
            tr("Your version of {0} will be sent to Stripe.").format(describe_item(item))
        )
        self.sync_now()

    def take_theirs(self, item: OutboxItem) -> None:
        """Drop our change and show Stripe's version here."""
        from ..sync.cache import StripeCache
        from ..sync.mapping import MissingReference

        remote = remote_version(item)
        self.ctx.db.outbox.resolve_conflict(item.id, keep_local=False)
        if remote is not None:
            try:
                StripeCache(self.ctx.db).apply(remote)
            except MissingReference:
                self.sync_now()  # it refers to something not copied yet: the sync brings both
        self.status_message.emit(tr("Kept Stripe's version of {0}.").format(describe_item(item)))
        self.refresh()

    def retry(self, item: OutboxItem) -> None:
        self.ctx.db.outbox.retry(item.id)
        self.sync_now()

    def discard(self, item: OutboxItem) -> None:
        text = tr(
            "Discard this change to {0}? It is not sent to Stripe; "
            "the copy here keeps it until the next full sync."
        ).format(describe_item(item))
        if not self.ctx.confirm(self, tr("Discard change"), text):
            return
        self.ctx.db.outbox.resolve_conflict(item.id, keep_local=False)
        self.refresh()
