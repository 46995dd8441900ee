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
from .i18n import tr

if TYPE_CHECKING:
    from ..sync.backfill import BackfillProgress
    from ..sync.engine import SyncStatus
    from .stripe_controller import StripeController
    from .sync_scheduler import SyncScheduler


def relative_time(then: float, now: float) -> str:
    seconds = max(0.0, now - then)
    if seconds < 45:
        return tr("just now")
    if seconds < 90:
        return tr("a minute ago")
    if seconds < 3600:
        return tr("{0} minutes ago").format(round(seconds / 60))
    if seconds < 5400:
        return tr("an hour ago")
    if seconds < 86_400:
        return tr("{0} hours ago").format(round(seconds / 3600))
    if seconds < 2 * 86_400:
        return tr("yesterday")
    if seconds < 30 * 86_400:
        return tr("{0} days ago").format(int(seconds // 86_400))
    return tr("on {0}").format(datetime.fromtimestamp(then, tz=UTC).date().isoformat())


def interval_text(seconds: float) -> str:
    if seconds < 90:
        count = max(1, round(seconds))
        return tr("1 second") if count == 1 else tr("{0} seconds").format(count)
    if seconds < 5400:
        minutes = round(seconds / 60)
        return tr("1 minute") if minutes == 1 else tr("{0} minutes").format(minutes)
    hours = round(seconds / 3600)
    return tr("1 hour") if hours == 1 else tr("{0} hours").format(hours)


def last_sync_text(status: SyncStatus | None, now: float) -> str:
    if status is None or status.last_success is None:
        return tr("Not yet") if status is not None else tr("Waiting for the first sync…")
    return relative_time(status.last_success, now)


def state_text(controller: StripeController | None, error: str, now: float) -> str:
    """What sync is doing now, or when it runs next (``error``: the last run's)."""
    scheduler = controller.scheduler if controller is not None else None
    if scheduler is None:
        waiting = controller is not None and controller.demo_task is not None
        return tr("Starting the demo server…") if waiting else tr("Not syncing")
    if scheduler.running:
        return tr("Syncing…")
    if scheduler.next_run_at is None:
        return tr("Paused")
    wait = interval_text(scheduler.next_run_at - now)
    if scheduler.offline:
        return tr("Offline: Stripe cannot be reached; trying again in {0}").format(wait)
    if scheduler.last_outcome is None:
        return tr("First sync in {0}").format(wait)
    if error:
        return tr("The last sync failed; trying again in {0}").format(wait)
    return tr("Up to date; next check in {0}").format(wait)


def outbox_text(pending: int, failed: int, conflicts: int) -> str:
    parts = [tr("{0:,} waiting").format(pending)]
    if failed:
        parts.append(tr("{0:,} refused").format(failed))
    if conflicts:
        parts.append(tr("{0:,} in conflict").format(conflicts))
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
        budget += " · " + tr("checking every {0}").format(interval_text(pace))
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
        form.addRow(tr("Last successful sync"), self.last_sync)
        form.addRow(tr("Now"), self.state)
        form.addRow(tr("Changes to send"), self.outbox)
        form.addRow(tr("Stripe read allowance"), self.budget)
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
        self.backfill_bar.setFormat(tr("Step %v of %m"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setToolTip(
            tr("Stop copying now; the next sync resumes where it stopped")
        )
        self.cancel_button.clicked.connect(cancel)
        bar_row.addWidget(self.backfill_bar, 1)
        bar_row.addWidget(self.cancel_button)
        backfill_title = QLabel(tr("First copy of the account"))
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
