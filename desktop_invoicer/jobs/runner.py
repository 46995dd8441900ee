"""Run every due job once: plan, write the units, queue, send, settle, record the run.

The order is what makes each unit exactly-once:

1. **record**: every due unit is written (one transaction) before any request;
2. **queue**: each planned unit's request goes into the outbox with the unit id as
   idempotency key, in the transaction that marks the unit running;
3. **send**: the outbox is delivered (with everything else waiting in it);
4. **settle**: each running unit reads its outbox row and recorded reply and ends
   done, skipped or failed. A unit still waiting (offline) stays running and is
   settled by a later run; a run killed at any point resumes from the rows.

:meth:`JobRunner.run_due` knows nothing of Qt: the app runs it in a worker, the
``desktop-invoicer jobs run`` command runs it headless.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from ..domain.units import JobUnit, UnitKind, UnitStatus
from ..storage import Database
from ..storage.backup import needs_reconcile
from ..storage.repositories.jobs import JobRun
from ..storage.repositories.sync_state import OutboxStatus
from ..sync.changes import StripeChanges
from ..sync.outbox import OutboxSender
from . import backups, instalments, late_fees, milestones, recurring, reminders, retries, usage
from .clock import Clock
from .mailer import Mailer, workspace_mailer
from .outcome import Event, Outcome, failed
from .scheduler import record_due
from .settings import JobSettings, load
from .summary import summarize

log = logging.getLogger(__name__)

ACTOR = "background jobs"
DELIVERY_ROUNDS = 5
CLOCK_SLACK_SECONDS = 60


@dataclass(slots=True)
class RunReport:
    run: JobRun
    outcomes: list[Outcome] = field(default_factory=list)
    summary: str = ""
    error: str | None = None
    offline: bool = False
    billing: list[str] = field(default_factory=list)  # usage and milestone lines of the summary

    def count(self, event: Event, kind: UnitKind | None = None) -> int:
        return sum(
            1 for o in self.outcomes if o.event is event and (kind is None or o.unit.kind is kind)
        )

    @property
    def failed(self) -> bool:
        """The run stopped on an error, or Stripe refused a job (it needs a person)."""
        return self.error is not None or any(o.event is Event.FAILED for o in self.outcomes)

    @property
    def ok(self) -> bool:
        """Nothing failed and nothing is left waiting (offline)."""
        return not self.failed and not any(o.event is Event.WAITING for o in self.outcomes)

    @property
    def counts(self) -> dict[str, int]:
        found = Counter(f"{o.unit.kind.value}.{o.event.value}" for o in self.outcomes)
        return dict(sorted(found.items()))


class JobRunner:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        sender: OutboxSender | None = None,
        *,
        trigger: str = "app",
        settings: JobSettings | None = None,
        mailer: Callable[[Database], Mailer | None] = workspace_mailer,
    ) -> None:
        self.db = db
        self._mailer = mailer  # reminders by SMTP; tests pass one for a local server
        self.clock = clock
        self.sender = sender  # None: queue only (not connected); a later run sends
        self.trigger = trigger
        self._settings = settings
        self.changes = StripeChanges(db, actor=ACTOR)

    @property
    def settings(self) -> JobSettings:
        return self._settings if self._settings is not None else load(self.db)

    def run_due(
        self, now: datetime | None = None, cancelled: Callable[[], bool] = lambda: False
    ) -> RunReport:
        """Do everything due at ``now`` (default: the clock's now) once, and record the run."""
        now = now if now is not None else self.clock.now()
        settings = self.settings
        run = self.db.job_runs.start(int(now.timestamp()), self.trigger)
        report = RunReport(run)
        try:
            self._run(report, now, settings, cancelled)
        except Exception as exc:  # recorded with the run; the unit rows say where to resume
            log.exception("job run %s failed", run.id)
            report.error = f"{exc}" or type(exc).__name__
        previous = self.db.job_runs.previous(run.id)
        gap = None if previous is None else int(now.timestamp()) - previous.started_at
        report.summary = summarize(
            report.outcomes,
            today=settings.today(now),
            offline_days=None if gap is None else gap // 86400,
            clock_went_back=gap is not None and gap < -CLOCK_SLACK_SECONDS,
            error=report.error,
        )
        if report.billing:
            report.summary = " ".join([report.summary, *report.billing]).strip()
        report.run = self.db.job_runs.finish(
            run.id,
            int(self.clock.now().timestamp()),
            ok=not report.failed,
            counts=report.counts,
            summary=report.summary,
            error=report.error,
        )
        return report

    # -- the steps ------------------------------------------------------------------------

    def _run(
        self, report: RunReport, now: datetime, settings: JobSettings, cancelled: Callable[[], bool]
    ) -> None:
        run_id = report.run.id
        restored = needs_reconcile(self.db)
        if restored is not None:  # a restored backup: sync must copy Stripe first
            raise RuntimeError(
                f"{restored} Sync with Stripe first: no job runs until the workspace has "
                "copied what Stripe did since the backup."
            )
        for unit in record_due(self.db, now, settings, run_id):
            if unit.status is UnitStatus.SKIPPED:
                report.outcomes.append(Outcome(unit, Event.MISSED, str(unit.result.get("reason"))))
        self._queue_billing(report, settings.today(now))
        for unit in self.db.job_units.with_status(UnitStatus.PLANNED):
            if cancelled():
                return
            outcome = self._queue(unit, run_id, now, settings)
            if outcome is not None:
                report.outcomes.append(outcome)
        report.offline = self._deliver(cancelled)
        for unit in self.db.job_units.with_status(UnitStatus.RUNNING):
            outcome = self._settle(unit, run_id, now, settings)
            if outcome is not None:
                report.outcomes.append(outcome)
        late_fees.settle_waivers(self.db)
        self._settle_billing(report)
        backups.backup_if_due(self.db, now)  # scheduled backups (off unless chosen), last

    def _queue_billing(self, report: RunReport, today: date) -> None:
        """Usage of ended periods and completed milestones, queued before the recurring
        invoices so that usage is pending in Stripe when the next invoice takes it."""
        try:
            queued = usage.queue_charges(self.db, today)
            milestones.queue_planned(self.db, self.changes)
        except Exception as exc:  # recorded; the rows say where to resume
            log.exception("queueing usage or milestones failed")
            report.billing.append(f"Usage billing stopped: {exc}.")
            return
        if queued:
            report.billing.append(f"{queued} usage charge(s) queued.")

    def _settle_billing(self, report: RunReport) -> None:
        counts = usage.settle_charges(self.db)
        invoiced, failed_milestones = milestones.settle(self.db)
        if counts.billed:
            report.billing.append(f"{counts.billed} usage charge(s) added to the next invoice.")
        if counts.failed:
            report.billing.append(f"{counts.failed} usage charge(s) failed.")
        if invoiced:
            report.billing.append(f"{invoiced} milestone invoice(s) created.")
        if failed_milestones:
            report.billing.append(f"{failed_milestones} milestone invoice(s) failed.")

    def _queue(
        self, unit: JobUnit, run_id: int, now: datetime, settings: JobSettings
    ) -> Outcome | None:
        try:
            if unit.kind is UnitKind.REMINDER and unit.result.get("channel") == "smtp":
                mailer = self._mailer(self.db)
                return reminders.send_smtp(self.db, unit, run_id, now, settings, mailer)
            if unit.kind is UnitKind.RECURRING:
                return recurring.queue(self.db, self.changes, unit, run_id)
            if unit.kind is UnitKind.REMINDER:
                return reminders.queue(self.db, self.changes, unit, run_id)
            if unit.kind is UnitKind.LATE_FEE:
                return late_fees.queue(self.db, self.changes, unit, run_id)
            if unit.kind is UnitKind.INSTALMENT:
                return instalments.queue(self.db, unit, run_id)
            return retries.queue(self.db, self.changes, unit, run_id)
        except Exception as exc:  # one bad unit must not stop the others
            log.exception("queueing unit %s failed", unit.id)
            return failed(self.db, unit, str(exc) or type(exc).__name__, run_id)

    def _waiting(self) -> bool:
        if usage.waiting(self.db) or milestones.waiting(self.db):
            return True
        for unit in self.db.job_units.with_status(UnitStatus.RUNNING):
            if (
                unit.outbox_id is not None
                and self.db.outbox.get(unit.outbox_id).status is OutboxStatus.PENDING
            ):
                return True
        return False

    def _deliver(self, cancelled: Callable[[], bool]) -> bool:
        """Send the outbox until no job request waits; True if Stripe could not be reached."""
        if self.sender is None:
            return False
        for _ in range(DELIVERY_ROUNDS):
            if cancelled() or not self._waiting():
                return False
            delivery = self.sender.deliver(limit=500, cancelled=cancelled)
            if delivery.offline:
                return True
            if delivery.sent == 0:
                return False
        return False

    def _settle(
        self, unit: JobUnit, run_id: int, now: datetime, settings: JobSettings
    ) -> Outcome | None:
        if unit.kind is UnitKind.REMINDER and unit.result.get("smtp") == "sending":
            return reminders.settle_smtp(self.db, unit, run_id)
        if unit.outbox_id is None:
            return failed(
                self.db, unit, "The unit was marked as sending without a request.", run_id
            )
        item = self.db.outbox.get(unit.outbox_id)
        if unit.kind is UnitKind.RECURRING:
            return recurring.settle(self.db, unit, item, run_id)
        if unit.kind is UnitKind.REMINDER:
            return reminders.settle(self.db, unit, item, run_id, now, settings)
        if unit.kind is UnitKind.LATE_FEE:
            return late_fees.settle(self.db, unit, item, run_id)
        if unit.kind is UnitKind.INSTALMENT:
            return instalments.settle(self.db, unit, item, run_id)
        return retries.settle(self.db, unit, item, run_id, settings)


def retry_unit(db: Database, unit_id: str) -> JobUnit:
    """Put a failed unit back in line (the user fixed the cause); the next run sends it again.

    Its refused request is discarded and the new one gets a new key (see
    :func:`.outcome.request_key`); the sender still looks for the unit's invoice in
    Stripe first, so retrying never bills a period twice.
    """
    unit = db.job_units.get(unit_id)
    if unit.status is not UnitStatus.FAILED:
        raise ValueError(
            f"Only a failed job can be retried; this one is {unit.status.label.lower()}."
        )
    with db.transaction():
        if unit.outbox_id is not None:
            item = db.outbox.get(unit.outbox_id)
            if item.status in (OutboxStatus.FAILED, OutboxStatus.CONFLICT, OutboxStatus.PENDING):
                db.outbox.resolve_conflict(item.id, keep_local=False)  # discarded
        retried = int(unit.result.get("retried") or 0) + 1
        db.job_units.finish(unit.id, UnitStatus.FAILED, result={**unit.result, "retried": retried})
        return db.job_units.reopen(unit.id)
