"""Background sync with Stripe: a timer, one worker at a time, and backoff when offline.

:class:`SyncScheduler` runs :meth:`sync.engine.SyncEngine.run_once` on a worker
(never on the UI thread), at most one run at a time. The pause between runs
comes from the engine's read budget (:meth:`SyncEngine.next_interval`, shorter
while the window is in front); when Stripe cannot be reached it backs off,
doubling up to 15 minutes, and says "Offline". Coming back to the window after
a long idle syncs soon. Only a connected workspace is synced.

The sync room (and with it stripe) is imported on the worker, on first use.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from .i18n import N_, tr
from .workers import Task, TaskRunner

if TYPE_CHECKING:
    from ..storage.database import Database
    from ..sync.backfill import BackfillProgress
    from ..sync.engine import SyncEngine, SyncReport, SyncStatus

FIRST_BACKOFF = 30.0  # seconds
MAX_BACKOFF = 900.0
LONG_IDLE = 300.0  # back at the window after this long without a sync: sync soon
SOON_MS = 1500

#: Shown translated: a run that misses the key reports ``tr(KEY_MISSING)``.
KEY_MISSING = N_(
    "The Stripe key of this workspace is not in the system keyring any more. "
    "Connect the account again (File > Connect Stripe account…)."
)


@dataclass(slots=True)
class SyncOutcome:
    """What one run did, for the GUI thread."""

    report: SyncReport | None = None
    offline: bool = False
    cancelled: bool = False
    error: str | None = None  # a failure outside the engine's own report (no key, a bug)
    advice: str | None = None


class _EngineHolder:
    """The workspace's engine, built on the first worker run (it imports stripe)."""

    def __init__(self) -> None:
        self.engine: SyncEngine | None = None
        self.lock = threading.Lock()


def _build_engine(db: Database, workspace: str, clock: Callable[[], float]) -> SyncEngine | None:
    from ..sync.connect import gateway_for
    from ..sync.engine import SyncEngine

    gateway = gateway_for(db, workspace)
    return None if gateway is None else SyncEngine(db, gateway, clock)


def run_sync(
    holder: _EngineHolder,
    db: Database,
    workspace: str,
    clock: Callable[[], float],
    on_progress: Callable[[BackfillProgress], None],
    cancel: threading.Event,
) -> SyncOutcome:
    """One sync step (runs on a worker thread with its own database connection)."""
    from ..sync.backfill import BackfillCancelled
    from ..sync.errors import NetworkError

    try:
        with holder.lock:
            if holder.engine is None:
                holder.engine = _build_engine(db, workspace, clock)
            engine = holder.engine
        if engine is None:
            return SyncOutcome(error=tr(KEY_MISSING))
        try:
            report = engine.run_once(on_progress=on_progress, cancelled=cancel.is_set)
        except BackfillCancelled:
            return SyncOutcome(cancelled=True)
        offline = bool(report.delivery and report.delivery.offline) or (
            report.error is not None and report.advice == NetworkError.advice
        )
        return SyncOutcome(report=report, offline=offline)
    finally:
        db.close_thread_connection()


class SyncScheduler(QObject):
    """Runs sync steps for one connected workspace; owned by the window's controller."""

    started = Signal()
    progress = Signal(object)  # a BackfillProgress snapshot, on the GUI thread
    finished = Signal(object)  # SyncOutcome
    state_changed = Signal()  # running, offline, next run or engine changed
    _progress_raw = Signal(object)  # from the worker thread

    def __init__(
        self,
        db: Database,
        workspace: str,
        tasks: TaskRunner,
        is_active: Callable[[], bool] = lambda: True,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.workspace = workspace
        self.tasks = tasks
        self.is_active = is_active
        self.clock = clock
        self._holder = _EngineHolder()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._progress_raw.connect(self._progressed)  # queued: the signal crosses threads
        self.task: Task | None = None
        self.offline = False
        self.backoff = 0.0
        self.interval: float | None = None  # seconds to the next run, as last scheduled
        self.poll_interval: float | None = None  # the pause between runs now (budget, backoff)
        self.next_run_at: float | None = None  # self.clock() time
        self.last_run_ended: float | None = None
        self.last_outcome: SyncOutcome | None = None
        self.last_progress: BackfillProgress | None = None
        self.runs = 0  # finished runs (tests and the view wait on it)
        self._again = False
        self._stopped = False
        self._dispose = False

    # -- state ---------------------------------------------------------------------

    @property
    def engine(self) -> SyncEngine | None:
        return self._holder.engine

    @property
    def running(self) -> bool:
        return self.task is not None

    @property
    def stopped(self) -> bool:
        return self._stopped

    def status(self) -> SyncStatus | None:
        """The engine's status (None until the first run has built the engine)."""
        engine = self.engine
        return None if engine is None else engine.status()

    # -- scheduling ------------------------------------------------------------------

    def start(self, delay_ms: int = SOON_MS) -> None:
        """Begin syncing: the first run in ``delay_ms`` (or sooner, if one is due sooner)."""
        self._stopped = False
        self.sync_soon(delay_ms)

    def stop(self) -> None:
        """No more runs; a run in progress is asked to stop."""
        self._stopped = True
        self._timer.stop()
        self.next_run_at = None
        if self.task is not None:
            self.task.cancel()
        self.state_changed.emit()

    def dispose(self) -> None:
        """Stop, and delete this object once no worker can report to it any more."""
        self.stop()
        self._dispose = True
        if self.task is None:
            self.deleteLater()

    def reset_engine(self) -> None:
        """The account, key or address changed: the next run builds a new engine."""
        with self._holder.lock:  # a run in progress keeps the engine it has
            self._holder.engine = None

    def cancel(self) -> None:
        """Stop the run in progress (a backfill resumes from its last page next time)."""
        if self.task is not None:
            self.task.cancel()

    def sync_now(self) -> None:
        if self._stopped:
            return
        if self.task is not None:
            self._again = True  # once this run is done
            return
        self._timer.stop()
        self._run()

    def sync_soon(self, delay_ms: int = SOON_MS) -> None:
        """After a local change: sync in a moment (sooner than the timer would)."""
        if self._stopped:
            return
        if self.task is not None:
            self._again = True
            return
        remaining = self._timer.remainingTime() if self._timer.isActive() else -1
        if remaining < 0 or remaining > delay_ms:
            self._schedule(delay_ms / 1000)

    def window_activated(self) -> None:
        """The window came to the front: after a long idle, sync soon."""
        if self._stopped or self.task is not None or self.offline:
            return
        ended = self.last_run_ended
        if ended is None or self.clock() - ended >= LONG_IDLE:
            self.sync_soon()
            return
        engine = self.engine
        if engine is not None and self.next_run_at is not None:
            active = engine.next_interval(active=True)  # in front: the shorter interval
            if self.next_run_at - self.clock() > active:
                self._schedule(max(1.0, ended + active - self.clock()))

    def _schedule(self, seconds: float) -> None:
        self.interval = seconds
        self.next_run_at = self.clock() + seconds
        self._timer.start(max(0, int(seconds * 1000)))
        self.state_changed.emit()

    def next_interval_after(self, outcome: SyncOutcome) -> float:
        """The pause after a run: the read budget's interval, or the offline backoff."""
        if outcome.offline:
            self.backoff = min(MAX_BACKOFF, self.backoff * 2 if self.backoff else FIRST_BACKOFF)
            self.poll_interval = self.backoff
            return self.backoff
        self.backoff = 0.0
        engine = self.engine
        self.poll_interval = (
            MAX_BACKOFF if engine is None else engine.next_interval(active=self.is_active())
        )
        return self.poll_interval

    # -- one run ---------------------------------------------------------------------

    def _emit_progress(self, progress: BackfillProgress) -> None:
        """Called on the worker: send a copy (the worker keeps changing the original)."""
        self._progress_raw.emit(replace(progress, counts=dict(progress.counts)))

    def _progressed(self, progress: BackfillProgress) -> None:
        self.last_progress = progress
        self.progress.emit(progress)

    def _run(self) -> None:
        self.next_run_at = None
        task = Task(
            tr("Syncing with Stripe"),
            run_sync,
            self._holder,
            self.db,
            self.workspace,
            self.clock,
            self._emit_progress,
        )
        task.signals.finished.connect(lambda outcome: self._done(task, outcome))
        task.signals.cancelled.connect(lambda: self._done(task, SyncOutcome(cancelled=True)))
        task.signals.failed.connect(lambda message: self._done(task, SyncOutcome(error=message)))
        self.task = task
        self.tasks.start(task, announce=False)  # the sync view and the badge show it
        self.started.emit()
        self.state_changed.emit()

    def _done(self, task: Task, outcome: Any) -> None:
        if task is not self.task:
            return
        self.task = None
        self.runs += 1
        self.last_run_ended = self.clock()
        assert isinstance(outcome, SyncOutcome)
        self.last_outcome = outcome
        self.offline = outcome.offline
        if outcome.report is not None and outcome.report.backfill is not None:
            self.last_progress = outcome.report.backfill
        if not self._stopped:
            if outcome.error == tr(KEY_MISSING):
                self.next_run_at = None  # nothing to do until the account is connected again
            elif self._again and not outcome.cancelled:
                self._schedule(0)
            else:
                self._schedule(self.next_interval_after(outcome))
        self._again = False
        self.finished.emit(outcome)
        self.state_changed.emit()
        if self._dispose:
            self.deleteLater()
