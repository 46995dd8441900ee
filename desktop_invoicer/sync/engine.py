"""One sync step for a connected workspace: send the outbox, then backfill or poll events.

:class:`SyncEngine` knows nothing of Qt; the UI runs :meth:`SyncEngine.run_once`
in a worker on a timer whose interval comes from :meth:`next_interval`, and the
headless ``desktop-invoicer sync`` command runs it in a loop.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from ..storage import Database
from ..storage.backup import (
    clear_needs_reconcile,
    mark_reconcile_started,
    needs_reconcile,
    reconcile_started,
)
from ..storage.repositories.sync_state import OutboxStatus
from .backfill import EVENTS_SINCE, Backfill, BackfillProgress
from .budget import BudgetStatus, ReadBudget
from .cache import StripeCache
from .errors import NetworkError, SyncError
from .gateway import StripeGateway
from .outbox import DeliveryReport, OutboxSender
from .poller import EventPoller, PollReport

log = logging.getLogger(__name__)

STATUS_KEY = "sync:status"


@dataclass(slots=True)
class SyncReport:
    delivery: DeliveryReport | None = None
    backfill: BackfillProgress | None = None
    poll: PollReport | None = None
    error: str | None = None
    advice: str | None = None
    offline: bool = False  # Stripe could not be reached: try again later, quietly


@dataclass(slots=True)
class SyncStatus:
    """What the sync status panel shows."""

    last_success: float | None = None
    last_attempt: float | None = None
    last_error: str | None = None
    advice: str | None = None
    pending: int = 0
    failed: int = 0
    conflicts: int = 0
    backfill_complete: bool = False
    budget: BudgetStatus | None = None
    notes: list[str] = field(default_factory=list)


class SyncEngine:
    def __init__(self, db: Database, gateway: StripeGateway, clock: Callable[[], float]) -> None:
        self.db = db
        self.gateway = gateway
        self.clock = clock
        self.cache = StripeCache(db)
        self.backfill = Backfill(gateway, db, self.cache, clock)
        self.poller = EventPoller(gateway, db, self.cache, self.backfill, clock)
        self.sender = OutboxSender(gateway, db, self.cache, clock)
        self.budget = ReadBudget(db)

    def run_once(
        self,
        on_progress: Callable[[BackfillProgress], None] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> SyncReport:
        report = SyncReport()
        reads_before = self.gateway.stats.reads
        try:
            # A restored backup copies Stripe again before it sends or runs anything
            # (storage/backup.py): what it knew may be older than what Stripe has.
            if needs_reconcile(self.db) is not None:
                report.backfill = self._reconcile_restored(on_progress, cancelled)
                if not self.backfill.is_complete():
                    return report
                clear_needs_reconcile(self.db)
            report.delivery = self.sender.deliver(cancelled=cancelled)
            if not self.backfill.is_complete():
                report.backfill = self.backfill.run(on_progress, cancelled)
            else:
                report.poll = self.poller.poll_once(on_progress, cancelled)
            if report.delivery.sent:  # what we sent comes back as events too; they dedupe
                pass
            report.offline = report.delivery.offline
        except SyncError as exc:
            report.error, report.advice = str(exc), exc.advice
            report.offline = isinstance(exc, NetworkError)
            log.warning("sync failed: %s", exc)
        finally:
            self.budget.record(self.gateway.stats.reads - reads_before, self.clock())
            self._save_status(report)
        return report

    def _reconcile_restored(
        self, on_progress: Callable[[BackfillProgress], None] | None, cancelled: Callable[[], bool]
    ) -> BackfillProgress:
        """List everything again after a restore; an interrupted reconcile resumes."""
        if not reconcile_started(self.db):
            with self.db.transaction():
                self.db.sync_state.set_cursor(EVENTS_SINCE, None)
                self.backfill.reset()
                mark_reconcile_started(self.db)
        return self.backfill.run(on_progress, cancelled)

    def settle(self, rounds: int = 20) -> SyncReport:
        """Run until the outbox is empty and a poll brings nothing new (for the CLI and tests)."""
        report = SyncReport()
        for _ in range(rounds):
            report = self.run_once()
            if report.error:
                return report
            idle = (
                report.poll is not None and report.poll.applied == 0 and not report.poll.reconciled
            )
            if idle and self.db.outbox.count(OutboxStatus.PENDING) == 0:
                return report
        return report

    def next_interval(self, active: bool) -> float:
        return self.budget.interval(self.clock(), active)

    def _save_status(self, report: SyncReport) -> None:
        now = self.clock()
        previous = self._load()
        status = {
            "last_attempt": now,
            "last_success": previous.get("last_success") if report.error else now,
            "last_error": report.error,
            "advice": report.advice,
            "notes": (report.poll.notes if report.poll else [])
            + (report.delivery.errors if report.delivery else []),
        }
        self.db.sync_state.set_cursor(STATUS_KEY, json.dumps(status))

    def _load(self) -> dict[str, object]:
        raw = self.db.sync_state.cursor(STATUS_KEY)
        loaded = json.loads(raw) if raw else {}
        return loaded if isinstance(loaded, dict) else {}

    def status(self) -> SyncStatus:
        saved = self._load()
        outbox = self.db.outbox
        last_success = saved.get("last_success")
        last_attempt = saved.get("last_attempt")
        return SyncStatus(
            last_success=_seconds(last_success),
            last_attempt=_seconds(last_attempt),
            last_error=str(saved["last_error"]) if saved.get("last_error") else None,
            advice=str(saved["advice"]) if saved.get("advice") else None,
            pending=outbox.count(OutboxStatus.PENDING),
            failed=outbox.count(OutboxStatus.FAILED),
            conflicts=outbox.count(OutboxStatus.CONFLICT),
            backfill_complete=self.backfill.is_complete(),
            budget=self.budget.status(self.clock()),
            notes=[str(n) for n in saved.get("notes") or []],  # type: ignore[attr-defined]
        )


def _seconds(value: object) -> float | None:
    """A stored unix time in seconds, or None."""
    return float(value) if isinstance(value, int | float) else None


__all__ = ["SyncEngine", "SyncReport", "SyncStatus", "asdict"]
