"""Sync: how the workspace stands with Stripe, and the changes that need a person.

Shows the last successful sync, what waits in the outbox, the last error in
plain words with its advice, the read budget and poll interval, and the first
copy's progress (with Cancel: it resumes next time). Conflicts show both
versions field by field with *Keep mine* / *Take Stripe's*; changes Stripe
refused can be retried or discarded. The sync room loads only when a button
needs it, so this view can be the first one shown at start.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..storage.repositories.sync_state import OutboxItem, OutboxStatus
from .connection import ConnectionInfo, badge_style
from .context import AppContext
from .form_dialog import section_title
from .forms import form_layout
from .view_base import View

if TYPE_CHECKING:
    from ..sync.engine import SyncStatus

# The fields a person edits, per object, in the order the comparison shows them.
FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "customer": (
        ("name", "Name"),
        ("email", "Email"),
        ("phone", "Phone"),
        ("address", "Address"),
        ("tax_exempt", "Tax"),
        ("preferred_locales", "Language"),
    ),
    "product": (("name", "Name"), ("description", "Description"), ("active", "Active")),
    "invoice": (
        ("description", "Memo"),
        ("footer", "Footer"),
        ("custom_fields", "Custom fields"),
        ("collection_method", "Collection"),
        ("days_until_due", "Days until due"),
        ("due_date", "Due date"),
    ),
}

NOUNS = {"customer": "Customer", "product": "Product", "price": "Price", "invoice": "Invoice"}
NOUNS["tax_rate"] = "Tax rate"


def relative_time(then: float, now: float) -> str:
    seconds = max(0.0, now - then)
    if seconds < 45:
        return "just now"
    if seconds < 90:
        return "a minute ago"
    if seconds < 3600:
        return f"{round(seconds / 60)} minutes ago"
    if seconds < 5400:
        return "an hour ago"
    if seconds < 86_400:
        return f"{round(seconds / 3600)} hours ago"
    if seconds < 2 * 86_400:
        return "yesterday"
    if seconds < 30 * 86_400:
        return f"{int(seconds // 86_400)} days ago"
    return datetime.fromtimestamp(then, tz=UTC).strftime("on %Y-%m-%d")


def interval_text(seconds: float) -> str:
    if seconds < 90:
        count = max(1, round(seconds))
        return "1 second" if count == 1 else f"{count} seconds"
    if seconds < 5400:
        minutes = round(seconds / 60)
        return "1 minute" if minutes == 1 else f"{minutes} minutes"
    hours = round(seconds / 3600)
    return "1 hour" if hours == 1 else f"{hours} hours"


def value_text(key: str, value: Any) -> str:
    """A Stripe field's value as a person reads it."""
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if key == "address" and isinstance(value, Mapping):
        city = " ".join(str(value.get(k) or "") for k in ("postal_code", "city")).strip()
        parts = [
            value.get("line1"),
            value.get("line2"),
            city,
            value.get("state"),
            value.get("country"),
        ]
        return ", ".join(str(p) for p in parts if p) or "—"
    if key == "due_date" and isinstance(value, int):
        return datetime.fromtimestamp(value, tz=UTC).date().isoformat()
    if key == "tax_exempt":
        return {"none": "Taxable", "exempt": "Exempt", "reverse": "Reverse charge"}.get(
            str(value), str(value)
        )
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {value_text(str(k), v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        if all(isinstance(v, Mapping) and "name" in v for v in value):
            return "; ".join(f"{v['name']}: {v.get('value', '')}" for v in value)
        return ", ".join(value_text(key, v) for v in value)
    return str(value)


def local_params(item: OutboxItem) -> Mapping[str, Any]:
    payload = item.payload if isinstance(item.payload, Mapping) else {}
    params = payload.get("invoice") if item.object_type == "invoice" else payload.get("params")
    return params if isinstance(params, Mapping) else {}


def remote_version(item: OutboxItem) -> Mapping[str, Any] | None:
    version = item.base_version
    if isinstance(version, Mapping) and isinstance(version.get("remote"), Mapping):
        remote: Mapping[str, Any] = version["remote"]
        return remote
    return None


def compare(item: OutboxItem) -> list[tuple[str, str, str, bool]]:
    """(label, yours, Stripe's, differs) for each field this change sets."""
    mine = local_params(item)
    theirs = remote_version(item) or {}
    rows = []
    for key, label in FIELDS.get(item.object_type, ()):
        if key not in mine:
            continue
        a, b = value_text(key, mine.get(key)), value_text(key, theirs.get(key))
        rows.append((label, a, b, a != b))
    return rows


def describe_item(item: OutboxItem) -> str:
    """``Customer “Acme”`` for a title."""
    noun = NOUNS.get(item.object_type, item.object_type.replace("_", " ").capitalize())
    mine, theirs = local_params(item), remote_version(item) or {}
    name = mine.get("name") or theirs.get("name") or theirs.get("number")
    return f"{noun} “{name}”" if name else noun


class ConflictCard(QFrame):
    """One conflict: both versions side by side, and the two ways out."""

    def __init__(
        self,
        item: OutboxItem,
        keep_mine: Callable[[OutboxItem], None],
        take_theirs: Callable[[OutboxItem], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        title = QLabel(f"{describe_item(item)} was changed in Stripe and here")
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        if item.last_error:
            note = QLabel(item.last_error)
            note.setObjectName("muted")
            note.setWordWrap(True)
            layout.addWidget(note)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        for column, text in enumerate(("", "Yours (not sent)", "In Stripe now")):
            header = QLabel(text)
            header.setObjectName("muted")
            grid.addWidget(header, 0, column)
        self.rows = compare(item)
        self.cells: list[tuple[QLabel, QLabel]] = []
        for row, (label, mine, theirs, differs) in enumerate(self.rows, start=1):
            name = QLabel(label)
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, row, 0)
            cells = (QLabel(mine), QLabel(theirs))
            for column, cell in enumerate(cells, start=1):
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if differs:
                    cell.setStyleSheet(
                        "QLabel { background: #fff4d6; border-radius: 3px; padding: 1px 4px;"
                        " font-weight: 600; }"
                    )
                else:
                    cell.setStyleSheet("QLabel { padding: 1px 4px; color: #4b5563; }")
                grid.addWidget(cell, row, column)
            self.cells.append(cells)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.take_button = QPushButton("Take Stripe's")
        self.take_button.setToolTip("Drop your change and keep the version in Stripe")
        self.take_button.clicked.connect(lambda: take_theirs(item))
        self.keep_button = QPushButton("Keep mine")
        self.keep_button.setObjectName("primary")
        self.keep_button.setToolTip("Send your version to Stripe, replacing theirs")
        self.keep_button.clicked.connect(lambda: keep_mine(item))
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.keep_button)
        layout.addLayout(buttons)


class FailedRow(QFrame):
    """A change Stripe refused: what and why, Retry or Discard."""

    def __init__(
        self,
        item: OutboxItem,
        retry: Callable[[OutboxItem], None],
        discard: Callable[[OutboxItem], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("card")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        text = QLabel(
            f"<b>{describe_item(item)}</b> ({item.operation.replace('_', ' ')}): "
            f"{item.last_error or 'Stripe refused this change.'}"
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(text, 1)
        self.retry_button = QPushButton("Retry")
        self.retry_button.clicked.connect(lambda: retry(item))
        self.discard_button = QPushButton("Discard")
        self.discard_button.setToolTip("Drop this change; it is not sent to Stripe")
        self.discard_button.clicked.connect(lambda: discard(item))
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.discard_button, 0, Qt.AlignmentFlag.AlignTop)


class SyncView(View):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.clock: Callable[[], float] = time.time
        self.conflict_cards: list[ConflictCard] = []
        self.failed_rows: list[FailedRow] = []
        self._shown_items: tuple[tuple[int, str], ...] | None = None

        title = QLabel("Sync with Stripe")
        title.setObjectName("viewTitle")
        self.account = QLabel()
        self.account.setObjectName("muted")
        self.badge = QLabel()
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(10)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        self.sync_button = QPushButton("Sync now")
        self.sync_button.setObjectName("primary")
        self.sync_button.setToolTip("Send waiting changes and fetch Stripe's (Ctrl+R)")
        self.sync_button.clicked.connect(self.sync_now)
        self.connect_button = QPushButton("Connect Stripe account…")
        self.connect_button.setObjectName("primary")
        self.connect_button.clicked.connect(self._open_connect)
        top.addWidget(self.connect_button)
        top.addWidget(self.sync_button)

        # The status card.
        self.card = QFrame()
        self.card.setObjectName("card")
        form = form_layout()
        self.last_sync = QLabel()
        self.state = QLabel()
        self.outbox = QLabel()
        self.budget = QLabel()
        form.addRow("Last successful sync", self.last_sync)
        form.addRow("Now", self.state)
        form.addRow("Changes to send", self.outbox)
        form.addRow("Stripe read allowance", self.budget)
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(16, 12, 16, 12)
        card_layout.addLayout(form)

        self.backfill_box = QWidget()
        backfill = QVBoxLayout(self.backfill_box)
        backfill.setContentsMargins(0, 4, 0, 0)
        backfill.setSpacing(4)
        self.backfill_label = QLabel()
        self.backfill_label.setWordWrap(True)
        bar_row = QHBoxLayout()
        self.backfill_bar = QProgressBar()
        self.backfill_bar.setFormat("Step %v of %m")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop copying now; the next sync resumes where it stopped")
        self.cancel_button.clicked.connect(self.cancel)
        bar_row.addWidget(self.backfill_bar, 1)
        bar_row.addWidget(self.cancel_button)
        backfill_title = QLabel("First copy of the account")
        backfill_title.setObjectName("sectionTitle")
        backfill.addWidget(backfill_title)
        backfill.addWidget(self.backfill_label)
        backfill.addLayout(bar_row)
        card_layout.addWidget(self.backfill_box)
        self.backfill_box.hide()

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
            "This workspace is not connected to Stripe: everything stays on this computer. "
            "Connect a Stripe account to copy its customers, products and invoices here "
            "and to send your changes there."
        )
        self.not_connected.setWordWrap(True)
        self.not_connected.setObjectName("banner")

        self.conflicts_title = section_title("Conflicts")
        self.conflicts_hint = QLabel(
            "These were changed in Stripe (in the Dashboard or on another computer) while "
            "you edited them here. Choose which version to keep; nothing is overwritten "
            "until you do."
        )
        self.conflicts_hint.setObjectName("muted")
        self.conflicts_hint.setWordWrap(True)
        self.conflicts_box = QVBoxLayout()
        self.conflicts_box.setSpacing(8)
        self.failed_title = section_title("Changes Stripe refused")
        self.failed_box = QVBoxLayout()
        self.failed_box.setSpacing(6)

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
        body.addWidget(self.conflicts_title)
        body.addWidget(self.conflicts_hint)
        body.addLayout(self.conflicts_box)
        body.addWidget(self.failed_title)
        body.addLayout(self.failed_box)
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
            self.account.setText("Not connected to a Stripe account.")
            self.badge.hide()
            self.error.hide()
            self.notes.hide()
        else:
            self.account.setText(f"{conn.display_name} · {conn.account_id}")
            self.badge.setText(conn.mode)
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
        if status is None or status.last_success is None:
            self.last_sync.setText(
                "Not yet" if status is not None else "Waiting for the first sync…"
            )
        else:
            self.last_sync.setText(relative_time(status.last_success, now))

        error, advice = self._last_error(status)
        if scheduler is None:
            waiting = controller is not None and controller.demo_task is not None
            state = "Starting the demo server…" if waiting else "Not syncing"
        elif running:
            state = "Syncing…"
        elif scheduler.next_run_at is None:
            state = "Paused"
        else:
            wait = interval_text(scheduler.next_run_at - now)
            if scheduler.offline:
                state = f"Offline: Stripe cannot be reached; trying again in {wait}"
            elif scheduler.last_outcome is None:
                state = f"First sync in {wait}"
            elif error:
                state = f"The last sync failed; trying again in {wait}"
            else:
                state = f"Up to date; next check in {wait}"
        self.state.setText(state)

        outbox = self.ctx.db.outbox  # counted here: shown before the first sync too
        parts = [f"{outbox.count(OutboxStatus.PENDING):,} waiting"]
        failed, conflicts = outbox.count(OutboxStatus.FAILED), outbox.count(OutboxStatus.CONFLICT)
        if failed:
            parts.append(f"{failed:,} refused")
        if conflicts:
            parts.append(f"{conflicts:,} in conflict")
        self.outbox.setText(" · ".join(parts))
        if status is None:
            self.budget.setText("—")
        else:
            budget = status.budget.describe() if status.budget is not None else ""
            pace = scheduler.poll_interval if scheduler is not None else None
            if pace is None and status.budget is not None:
                pace = status.budget.interval
            if pace is not None:
                budget += f" · checking every {interval_text(pace)}"
            self.budget.setText(budget or "—")

        if error:
            self.error.setText(f"{error}\n{advice}".strip())
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
        self.backfill_box.show()
        self.backfill_label.setText(progress.describe())
        self.backfill_bar.setRange(0, progress.steps)
        self.backfill_bar.setValue(
            min(progress.steps, progress.step + (1 if progress.finished else 0))
        )
        scheduler = self.ctx.stripe.scheduler if self.ctx.stripe is not None else None
        self.cancel_button.setVisible(
            not progress.finished and scheduler is not None and scheduler.running
        )

    # -- the outbox rows that need a person ------------------------------------------------

    def _show_items(self) -> None:
        if self.connection is None and self.ctx.db.outbox.count(OutboxStatus.CONFLICT) == 0:
            conflicts: list[OutboxItem] = []
            failed: list[OutboxItem] = []
        else:
            conflicts = self.ctx.db.outbox.by_status(OutboxStatus.CONFLICT)
            failed = self.ctx.db.outbox.by_status(OutboxStatus.FAILED)
        shown = tuple((i.id, i.status.value) for i in (*conflicts, *failed))
        if shown == self._shown_items:
            return
        self._shown_items = shown
        _clear(self.conflicts_box, self.conflict_cards)
        _clear(self.failed_box, self.failed_rows)
        self.conflict_cards = [
            ConflictCard(item, self.keep_mine, self.take_theirs) for item in conflicts
        ]
        for card in self.conflict_cards:
            self.conflicts_box.addWidget(card)
        self.failed_rows = [FailedRow(item, self.retry, self.discard) for item in failed]
        for row in self.failed_rows:
            self.failed_box.addWidget(row)
        for widget in (self.conflicts_title, self.conflicts_hint):
            widget.setVisible(bool(conflicts))
        self.failed_title.setVisible(bool(failed))

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
            self.status_message.emit("Stopping the copy; the next sync resumes it.")

    def _open_connect(self) -> None:
        if self.ctx.stripe is not None:
            self.ctx.stripe.open_connect_dialog(self.window())

    def keep_mine(self, item: OutboxItem) -> None:
        """Send ours again, against Stripe's version as it is now."""
        from ..sync.outbox import fingerprint

        remote = remote_version(item)
        new_base = fingerprint(item.object_type, remote)
        self.ctx.db.outbox.resolve_conflict(item.id, keep_local=True, new_base=new_base)
        self.status_message.emit(f"Your version of {describe_item(item)} will be sent to Stripe.")
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
        self.status_message.emit(f"Kept Stripe's version of {describe_item(item)}.")
        self.refresh()

    def retry(self, item: OutboxItem) -> None:
        self.ctx.db.outbox.retry(item.id)
        self.sync_now()

    def discard(self, item: OutboxItem) -> None:
        text = (
            f"Discard this change to {describe_item(item)}? It is not sent to Stripe; "
            "the copy here keeps it until the next full sync."
        )
        if not self.ctx.confirm(self, "Discard change", text):
            return
        self.ctx.db.outbox.resolve_conflict(item.id, keep_local=False)
        self.refresh()


def _clear(layout: QVBoxLayout, widgets: Sequence[QWidget]) -> None:
    for widget in widgets:
        layout.removeWidget(widget)
        widget.hide()
        widget.deleteLater()
