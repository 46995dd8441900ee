"""Background jobs in the app: ``JobRunner.run_due`` on a worker, one run at a time.

:class:`JobsScheduler` belongs to the window's Stripe controller. For a connected
workspace a timer runs the due jobs every few minutes, and a finished sync asks
for a run when the last one is older than that interval (so jobs run on a fresh
cache). The Jobs view's "Run due jobs now" goes through the same object, so a
click never starts a second run beside the timer's. The jobs room is imported on
the worker, on first use; the clock is one object, replaceable by tests.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from .i18n import tr
from .workers import Task, TaskRunner

if TYPE_CHECKING:
    from ..jobs.clock import Clock
    from ..jobs.runner import RunReport
    from ..storage.database import Database

log = logging.getLogger(__name__)

INTERVAL_S = 300  # every five minutes
FIRST_RUN_MS = 5_000  # after opening a workspace, once the window has settled


@dataclass(slots=True)
class JobsOutcome:
    report: RunReport | None = None
    error: str | None = None  # the run could not start (a bug, a closed database)


def run_jobs(db: Database, workspace: str, clock: Clock, trigger: str = "app") -> JobsOutcome:
    """Run every due job once (on a worker thread, with its own database connection).

    A connected workspace sends its requests through the outbox; one that is not
    connected records and queues the units, and a later run sends them.
    """
    from ..jobs.runner import JobRunner
    from ..sync.connect import gateway_for
    from ..sync.engine import SyncEngine

    gateway = None
    try:
        gateway = gateway_for(db, workspace)
        sender = None
        if gateway is not None:
            sender = SyncEngine(db, gateway, lambda: clock.now().timestamp()).sender
        report = JobRunner(db, clock, sender, trigger=trigger).run_due()
        return JobsOutcome(report=report)
    finally:
        if gateway is not None:
            gateway.close()
        db.close_thread_connection()


def _system_clock() -> Clock:
    from ..jobs.clock import SystemClock

    return SystemClock()


class JobsScheduler(QObject):
    started = Signal()
    finished = Signal(object)  # JobsOutcome, on the GUI thread
    state_changed = Signal()

    def __init__(
        self,
        db: Database,
        workspace: str,
        tasks: TaskRunner,
        is_connected: Callable[[], bool] = lambda: True,
        is_busy: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.workspace = workspace
        self.tasks = tasks
        self.is_connected = is_connected
        self.is_busy = is_busy  # a sync is running: the timer waits for its after_sync()
        self.clock: Clock = _system_clock()
        self.interval_s = INTERVAL_S
        self.task: Task | None = None
        self.last_outcome: JobsOutcome | None = None
        self.last_run_at: float | None = None  # the clock's timestamp when the last run ended
        self.runs = 0  # finished runs (tests wait on it)
        self._again = False
        self._stopped = True
        self._dispose = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, first_run_ms: int = FIRST_RUN_MS) -> None:
        """Run in the background: the first run soon, then every ``interval_s``.

        The workspace's job settings may switch background runs off, or change
        the interval (Settings, Background jobs); :meth:`apply_settings` re-reads them.
        """
        self._stopped = False
        if not self._read_settings():
            self._stopped = True
            self.state_changed.emit()
            return
        self._timer.start(self.interval_s * 1000)
        self._first.start(first_run_ms)

    def _read_settings(self) -> bool:
        """Take the interval from the workspace's settings; False when background runs are off."""
        from ..jobs.settings import load

        try:
            settings = load(self.db)
        except Exception:  # a closed or unreadable database: keep what we had
            log.exception("Could not read the job settings")
            return True
        self.interval_s = settings.interval_minutes * 60
        return settings.background

    def apply_settings(self) -> None:
        """The job settings changed: restart the timer with them (or stop it)."""
        self.stop()
        self.start()

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        self._first.stop()
        self.state_changed.emit()

    def dispose(self) -> None:
        """Stop, and delete this object once no worker can report to it."""
        self.stop()
        self._dispose = True
        if self.task is None:
            self.deleteLater()

    def _tick(self) -> None:
        if not self._stopped and self.is_connected() and not self.is_busy():
            self.run_now()

    def after_sync(self) -> None:
        """A sync finished: run the jobs on the fresh cache, if the last run is not recent."""
        if self._stopped or not self.is_connected():
            return
        last = self.last_run_at
        if last is None or self.clock.now().timestamp() - last >= self.interval_s:
            self.run_now()

    def run_now(self, trigger: str = "app", announce: bool = False) -> Task | None:
        """Run the due jobs on a worker; while a run is in progress, once more after it."""
        if self._dispose:
            return None
        if self.task is not None:
            self._again = True
            return None
        task = Task(tr("Running due jobs"), run_jobs, self.db, self.workspace, self.clock, trigger)
        task.signals.finished.connect(lambda outcome: self._done(task, outcome))
        task.signals.failed.connect(lambda message: self._done(task, JobsOutcome(error=message)))
        task.signals.cancelled.connect(
            lambda: self._done(task, JobsOutcome(error=tr("Cancelled.")))
        )
        self.task = task
        self.tasks.start(task, announce=announce)
        self.started.emit()
        self.state_changed.emit()
        return task

    def _done(self, task: Task, outcome: object) -> None:
        if task is not self.task:
            return
        self.task = None
        assert isinstance(outcome, JobsOutcome)
        self.last_outcome = outcome
        self.last_run_at = self.clock.now().timestamp()
        self.runs += 1
        if outcome.error:
            log.warning("The job run did not complete: %s", outcome.error)
        again, self._again = self._again, False
        self.finished.emit(outcome)
        self.state_changed.emit()
        if self._dispose:
            self.deleteLater()
        elif again:
            self.run_now()
