"""The Sync view's status card: last sync, what happens now, the outbox, the read
allowance, and the first copy's progress with its Cancel button.

The texts are plain functions of the sync state (:func:`state_text` and friends);
:class:`SyncStatusCard` shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .forms import form_layout

if TYPE_CHECKING:
    from ..sync.backfill import BackfillProgress
    from ..sync.engine import SyncStatus
    from .stripe_controller import StripeController
    from .sync_scheduler import SyncScheduler


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


def last_sync_text(status: SyncStatus | None, now: float) -> str:
    if status is None or status.last_success is None:
        return "Not yet" if status is not None else "Waiting for the first sync…"
    return relative_time(status.last_success, now)


def state_text(controller: StripeController | None, error: str, now: float) -> str:
    """What sync is doing now, or when it runs next (``error``: the last run's)."""
    scheduler = controller.scheduler if controller is not None else None
    if scheduler is None:
        waiting = controller is not None and controller.demo_task is not None
        return "Starting the demo server…" if waiting else "Not syncing"
    if scheduler.running:
        return "Syncing…"
    if scheduler.next_run_at is None:
        return "Paused"
    wait = interval_text(scheduler.next_run_at - now)
    if scheduler.offline:
        return f"Offline: Stripe cannot be reached; trying again in {wait}"
    if scheduler.last_outcome is None:
        return f"First sync in {wait}"
    if error:
        return f"The last sync failed; trying again in {wait}"
    return f"Up to date; next check in {wait}"


def outbox_text(pending: int, failed: int, conflicts: int) -> str:
    parts = [f"{pending:,} waiting"]
    if failed:
        parts.append(f"{failed:,} refused")
    if conflicts:
        parts.append(f"{conflicts:,} in conflict")
    return " · ".join(parts)


def budget_text(status: SyncStatus | None, scheduler: SyncScheduler | None) -> str:
    """Stripe's read allowance and how often sync checks."""
    if status is None:
        return "—"
    budget = status.budget.describe() if status.budget is not None else ""
    pace = scheduler.poll_interval if scheduler is not None else None
    if pace is None and status.budget is not None:
        pace = status.budget.interval
    if pace is not None:
        budget += f" · checking every {interval_text(pace)}"
    return budget or "—"


class SyncStatusCard(QFrame):
    """The card at the top of the Sync view; ``cancel`` stops the first copy."""

    def __init__(self, cancel: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        form = form_layout()
        self.last_sync = QLabel()
        self.state = QLabel()
        self.outbox = QLabel()
        self.budget = QLabel()
        form.addRow("Last successful sync", self.last_sync)
        form.addRow("Now", self.state)
        form.addRow("Changes to send", self.outbox)
        form.addRow("Stripe read allowance", self.budget)
        card_layout = QVBoxLayout(self)
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
        self.cancel_button.clicked.connect(cancel)
        bar_row.addWidget(self.backfill_bar, 1)
        bar_row.addWidget(self.cancel_button)
        backfill_title = QLabel("First copy of the account")
        backfill_title.setObjectName("sectionTitle")
        backfill.addWidget(backfill_title)
        backfill.addWidget(self.backfill_label)
        backfill.addLayout(bar_row)
        card_layout.addWidget(self.backfill_box)
        self.backfill_box.hide()

    def show_status(
        self,
        controller: StripeController | None,
        status: SyncStatus | None,
        error: str,
        outbox: tuple[int, int, int],
        now: float,
    ) -> None:
        """``outbox``: the changes waiting, refused and in conflict."""
        scheduler = controller.scheduler if controller is not None else None
        self.last_sync.setText(last_sync_text(status, now))
        self.state.setText(state_text(controller, error, now))
        self.outbox.setText(outbox_text(*outbox))
        self.budget.setText(budget_text(status, scheduler))

    def show_progress(self, progress: BackfillProgress, cancellable: bool) -> None:
        """The first copy: which resource, how many of each so far, step of steps."""
        self.backfill_box.show()
        self.backfill_label.setText(progress.describe())
        self.backfill_bar.setRange(0, progress.steps)
        self.backfill_bar.setValue(
            min(progress.steps, progress.step + (1 if progress.finished else 0))
        )
        self.cancel_button.setVisible(cancellable)
