"""The Jobs view: what the background jobs will do, what they did, and what needs a person.

Tabs: *Upcoming* (next periods of each schedule, next reminder steps, next
payment retries), *Schedules* (create, edit, pause, resume), *Runs* (each run's
summary and error), *Work* (units of work; failed ones can be retried, planned
ones skipped) and *Reminder policies* (edit with a preview, assign per customer).
"Run due jobs now" runs on a worker through the window's :class:`JobsScheduler`,
so it never starts beside a background run and never blocks the window.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.reminders import ReminderPolicy
from ..domain.schedule import Cadence, Schedule
from ..domain.units import JobUnit, UnitStatus
from ..storage.repositories.customers import CustomerFilter
from .context import AppContext
from .i18n import tr
from .jobs_runner import JobsOutcome, JobsScheduler
from .reminder_dialog import AssignPolicyDialog, ReminderPolicyDialog
from .schedule_dialog import CustomerChoice, ScheduleDialog
from .view_base import NEW, View
from .workers import Task

if TYPE_CHECKING:
    from ..jobs.upcoming import UpcomingWork
    from ..storage.database import Database

log = logging.getLogger(__name__)

TABLES = frozenset(
    {
        "schedules",
        "job_units",
        "job_runs",
        "reminder_policies",
        "reminder_assignments",
        "invoices",
        "customers",
        "settings",
    }
)
MAX_CUSTOMERS = 2000  # in the editors' customer lists


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple[object, list[str]]]) -> None:
    """Rows of (key, texts); the key is kept in the first cell's user role."""
    current = table.currentItem()
    keep = None if current is None else table.item(current.row(), 0)
    keep_key = None if keep is None else keep.data(Qt.ItemDataRole.UserRole)
    table.setRowCount(len(rows))
    select = -1
    for r, (key, texts) in enumerate(rows):
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(r, c, item)
        if key == keep_key:
            select = r
    if select >= 0:
        table.selectRow(select)


def _key(table: QTableWidget) -> object:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return None if item is None else item.data(Qt.ItemDataRole.UserRole)


def _upcoming(db: Database, now: datetime) -> list[UpcomingWork]:
    """Upcoming work (on a worker thread, with its own database connection)."""
    from ..jobs.settings import load
    from ..jobs.upcoming import upcoming_work

    try:
        return upcoming_work(db, now, load(db))
    finally:
        db.close_thread_connection()


def _when(ts: int | None) -> str:
    if not ts:
        return ""
    return datetime.fromtimestamp(ts, UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class JobsView(View):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        controller = ctx.stripe
        found = getattr(controller, "jobs", None)
        if isinstance(found, JobsScheduler):
            self.jobs = found
        else:  # no controller (embedded): a runner of our own, started by hand only
            self.jobs = JobsScheduler(ctx.db, ctx.workspace, ctx.tasks, parent=self)
        self.jobs.finished.connect(self._run_finished)
        self.jobs.state_changed.connect(self._update_buttons)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)
        self._dirty = True
        self._upcoming_generation = 0
        self.reading_upcoming: Task | None = None  # the read of upcoming work in flight

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        top = QHBoxLayout()
        title = QLabel(tr("Jobs"))
        title.setObjectName("viewTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.run_button = QPushButton(tr("Run due jobs now"))
        self.run_button.setObjectName("primary")
        self.run_button.clicked.connect(self.run_now)
        self.run_button.setMinimumWidth(self.run_button.sizeHint().width())
        top.addWidget(self.run_button)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("banner")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.hide()
        layout.addWidget(self.summary)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        self.upcoming = _table([tr("Due"), tr("Job"), tr("What"), tr("Details")], 3)
        self.upcoming.itemSelectionChanged.connect(self._update_buttons)
        self.skip_period_button = QPushButton(tr("Skip this period"))
        self.skip_period_button.setToolTip(tr("Never bill this period of the schedule"))
        self.skip_period_button.clicked.connect(self.skip_period)
        self.tabs.addTab(self._page(self.upcoming, [self.skip_period_button]), tr("Upcoming"))

        self.schedules = _table(
            [tr("Name"), tr("Customer"), tr("Repeats"), tr("Next issue"), tr("Mode"), tr("State")],
            0,
        )
        self.schedules.doubleClicked.connect(lambda _i: self.edit_schedule())
        self.schedules.itemSelectionChanged.connect(self._update_buttons)
        self.new_schedule_button = QPushButton(tr("New schedule…"))
        self.new_schedule_button.clicked.connect(self.new_schedule)
        self.edit_schedule_button = QPushButton(tr("Edit…"))
        self.edit_schedule_button.clicked.connect(self.edit_schedule)
        self.pause_button = QPushButton(tr("Pause"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.tabs.addTab(
            self._page(
                self.schedules,
                [self.new_schedule_button, self.edit_schedule_button, self.pause_button],
            ),
            tr("Schedules"),
        )

        self.runs = _table(
            [tr("Started"), tr("Trigger"), tr("Result"), tr("Summary"), tr("Error")], 3
        )
        self.tabs.addTab(self.runs, tr("Runs"))

        self.units = _table(
            [tr("Due"), tr("Job"), tr("What"), tr("Status"), tr("Result or error")], 4
        )
        self.units.itemSelectionChanged.connect(self._update_buttons)
        self.retry_button = QPushButton(tr("Retry"))
        self.retry_button.clicked.connect(self.retry_selected)
        self.skip_button = QPushButton(tr("Skip"))
        self.skip_button.clicked.connect(self.skip_selected)
        self.tabs.addTab(self._page(self.units, [self.retry_button, self.skip_button]), tr("Work"))

        self.policies = _table([tr("Name"), tr("Steps"), tr("State"), tr("Default")], 1)
        self.policies.doubleClicked.connect(lambda _i: self.edit_policy())
        self.policies.itemSelectionChanged.connect(self._update_buttons)
        self.new_policy_button = QPushButton(tr("New policy…"))
        self.new_policy_button.clicked.connect(self.new_policy)
        self.edit_policy_button = QPushButton(tr("Edit…"))
        self.edit_policy_button.clicked.connect(self.edit_policy)
        self.assign_button = QPushButton(tr("Assign to a customer…"))
        self.assign_button.clicked.connect(self.assign_policy)
        self.groups_button = QPushButton(tr("Customer groups…"))
        self.groups_button.clicked.connect(self.customer_groups)
        self.tabs.addTab(
            self._page(
                self.policies,
                [
                    self.new_policy_button,
                    self.edit_policy_button,
                    self.assign_button,
                    self.groups_button,
                ],
            ),
            tr("Reminder policies"),
        )
        self.refresh()
        last = self.jobs.last_outcome
        if last is not None:
            self._show_outcome(last)

    def _page(self, table: QTableWidget, buttons: list[QPushButton]) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(table, 1)
        return page

    # -- the window's commands -------------------------------------------------------------

    def can(self, action: str) -> bool:
        return action == NEW

    def new_item(self) -> None:
        if self.tabs.currentIndex() == 4:
            self.new_policy()
        else:
            self.new_schedule()

    def on_database_changed(self, table: str) -> None:
        if table in TABLES:
            self._dirty = True
            if self.isVisible():
                self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._refresh_timer.start()

    # -- reading ---------------------------------------------------------------------------

    def now(self) -> datetime:
        return self.jobs.clock.now()

    def refresh(self) -> None:
        """Read everything again (small queries); a hidden view waits until it is shown."""
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        db = self.ctx.db
        now = self.now()
        self._read_upcoming(now)
        schedules = db.schedules.list()
        names = self._customer_names({s.customer_id for s in schedules})
        _fill(self.schedules, [(s.id, self._schedule_row(s, names, now)) for s in schedules])
        _fill(
            self.runs,
            [
                (
                    r.id,
                    [
                        _when(r.started_at),
                        r.trigger,
                        {"ok": tr("Done"), "failed": tr("Failed")}.get(r.status, tr("Running")),
                        r.summary,
                        r.error or "",
                    ],
                )
                for r in db.job_runs.recent(100)
            ],
        )
        units = db.job_units.recent(300)
        units.sort(key=lambda u: (u.status is not UnitStatus.FAILED, -u.updated_at))
        _fill(self.units, [(u.id, self._unit_row(u, schedules)) for u in units])
        failed = sum(1 for u in units if u.status is UnitStatus.FAILED)
        self.tabs.setTabText(3, tr("Work ({0} failed)").format(failed) if failed else tr("Work"))
        _fill(self.policies, [(p.id, self._policy_row(p)) for p in db.reminder_policies.list()])
        self._update_buttons()

    def _read_upcoming(self, now: datetime) -> None:
        """Upcoming work walks every open invoice: read it on a worker, newest request wins."""
        self._upcoming_generation += 1
        generation = self._upcoming_generation
        task = Task(tr("Reading upcoming jobs"), _upcoming, self.ctx.db, now)
        task.signals.finished.connect(lambda work: self._upcoming_arrived(generation, work))
        task.signals.failed.connect(
            lambda message: self.status_message.emit(
                tr("Upcoming jobs could not be computed: {0}").format(message)
            )
        )
        self.reading_upcoming = task
        self.ctx.tasks.start(task, announce=False)

    def _upcoming_arrived(self, generation: int, work: object) -> None:
        if generation != self._upcoming_generation:
            return
        self.reading_upcoming = None
        assert isinstance(work, list)
        _fill(
            self.upcoming,
            [
                (
                    (w.schedule_id, w.period_key)
                    if w.schedule_id
                    else (w.day.isoformat(), w.title),
                    [w.day.isoformat(), tr(w.kind.label), w.title, w.detail],
                )
                for w in work
            ],
        )
        self._update_buttons()

    def _customer_names(self, ids: set[str]) -> dict[str, str]:
        found = {i: self.ctx.db.customers.find(i) for i in ids}
        return {i: c.name for i, c in found.items() if c is not None}

    def customer_choices(self) -> list[CustomerChoice]:
        rows = self.ctx.db.customers.page(CustomerFilter(), limit=MAX_CUSTOMERS)
        return [CustomerChoice(r.id, r.name, r.currency) for r in rows]

    def _schedule_row(self, s: Schedule, names: dict[str, str], now: datetime) -> list[str]:
        repeats = tr(s.cadence.label) if s.interval == 1 else f"{tr(s.cadence.label)} ×{s.interval}"
        if s.cadence is Cadence.RRULE:
            repeats = s.rrule
        try:
            upcoming = s.upcoming(s.today(now), 1)
            next_issue = upcoming[0].issue_date.isoformat() if upcoming else tr("ended")
        except Exception:
            next_issue = "?"
        return [
            s.name,
            names.get(s.customer_id, s.customer_id),
            repeats,
            next_issue,
            tr(s.mode.label),
            tr("Paused") if s.paused else tr("Active"),
        ]

    def _unit_row(self, u: JobUnit, schedules: list[Schedule]) -> list[str]:
        what = ""
        if u.schedule_id:
            schedule = next((s for s in schedules if s.id == u.schedule_id), None)
            period = str(u.result.get("period") or u.period_key or "")
            what = f"{schedule.name if schedule else tr('Schedule')}: {period}"
        elif u.invoice_ref:
            what = (
                tr("{0} step {1}").format(u.invoice_ref, u.step)
                if u.step
                else f"{u.invoice_ref} #{u.attempt}"
            )
        detail = u.error or str(u.result.get("reason") or u.result.get("number") or "")
        return [u.due_on.isoformat(), tr(u.kind.label), what, tr(u.status.label), detail]

    def _policy_row(self, p: ReminderPolicy) -> list[str]:
        steps = ", ".join(s.key for s in p.ordered())
        on = tr("On") if p.enabled else tr("Off")
        return [p.name, steps, on, tr("Yes") if p.is_default else ""]

    def _update_buttons(self) -> None:
        self.run_button.setEnabled(not self.jobs.running)
        self.run_button.setText(tr("Running…") if self.jobs.running else tr("Run due jobs now"))
        schedule_id = _key(self.schedules)
        self.edit_schedule_button.setEnabled(schedule_id is not None)
        self.pause_button.setEnabled(schedule_id is not None)
        if isinstance(schedule_id, str):
            found = self.ctx.db.schedules.find(schedule_id)
            paused = found is not None and found.paused
            self.pause_button.setText(tr("Resume") if paused else tr("Pause"))
        self.skip_period_button.setEnabled(self._selected_period() is not None)
        unit = self.selected_unit()
        self.retry_button.setEnabled(unit is not None and unit.status is UnitStatus.FAILED)
        self.skip_button.setEnabled(unit is not None and unit.status is UnitStatus.PLANNED)
        self.edit_policy_button.setEnabled(_key(self.policies) is not None)

    def selected_unit(self) -> JobUnit | None:
        unit_id = _key(self.units)
        return None if not isinstance(unit_id, str) else self.ctx.db.job_units.find(unit_id)

    # -- running ---------------------------------------------------------------------------

    def run_now(self) -> None:
        task = self.jobs.run_now(announce=True)
        if task is None:
            self.status_message.emit(tr("A job run is in progress; another follows when it ends."))
        self._update_buttons()

    def _run_finished(self, outcome: object) -> None:
        assert isinstance(outcome, JobsOutcome)
        self._show_outcome(outcome)
        self.refresh()

    def _show_outcome(self, outcome: JobsOutcome) -> None:
        if outcome.error:
            text = tr("The job run did not complete: {0}").format(outcome.error)
        elif outcome.report is not None:
            text = outcome.report.summary or tr("Nothing was due.")
        else:
            return
        self.summary.setText(text)
        self.summary.show()

    # -- schedules -------------------------------------------------------------------------

    def _save_schedule(self, schedule: Schedule) -> Schedule:
        return self.ctx.db.schedules.save(schedule)

    def new_schedule(self) -> ScheduleDialog:
        from ..jobs.settings import load

        dialog = ScheduleDialog(
            self.customer_choices(), self._save_schedule, self._today(), parent=self
        )
        default = load(self.ctx.db).catch_up  # Settings, Background jobs
        dialog.catch_up.setCurrentIndex(max(0, dialog.catch_up.findData(default)))
        self.open_dialog(dialog)
        return dialog

    def edit_schedule(self) -> ScheduleDialog | None:
        schedule_id = _key(self.schedules)
        if not isinstance(schedule_id, str):
            return None
        schedule = self.ctx.db.schedules.get(schedule_id)
        dialog = ScheduleDialog(
            self.customer_choices(), self._save_schedule, self._today(), schedule, parent=self
        )
        self.open_dialog(dialog)
        return dialog

    def _today(self) -> date:
        return self.now().date()

    def toggle_pause(self) -> None:
        from ..jobs.scheduler import skip_missed

        schedule_id = _key(self.schedules)
        if not isinstance(schedule_id, str):
            return
        schedule = self.ctx.db.schedules.get(schedule_id)
        if schedule.paused:
            # periods that fell due while paused are not billed (as a run while paused does)
            missed = skip_missed(self.ctx.db, schedule.id, self.now())
            self.ctx.db.schedules.set_paused(schedule.id, False)
            self.status_message.emit(
                tr("Resumed '{0}'; {1} missed period(s) skipped.").format(
                    schedule.name, len(missed)
                )
                if missed
                else tr("Resumed '{0}'.").format(schedule.name)
            )
        else:
            self.ctx.db.schedules.set_paused(schedule.id, True)
            self.status_message.emit(
                tr("Paused '{0}': no invoices until resumed.").format(schedule.name)
            )
        self.refresh()

    def _selected_period(self) -> tuple[str, str] | None:
        key = _key(self.upcoming)
        if isinstance(key, list | tuple) and len(key) == 2 and key[1] and key[0]:
            schedule_id, period = key
            if self.ctx.db.schedules.find(str(schedule_id)) is not None:
                return str(schedule_id), str(period)
        return None

    def skip_period(self) -> None:
        from ..jobs.upcoming import skip_period

        selected = self._selected_period()
        if selected is None:
            return
        try:
            unit = skip_period(self.ctx.db, selected[0], selected[1], self.now())
        except ValueError as exc:
            self.ctx.show_error(self, tr("Not skipped"), str(exc))
            return
        self.status_message.emit(
            tr("Skipped {0}: it will not be billed.").format(unit.result.get("period"))
        )
        self.refresh()

    # -- units -----------------------------------------------------------------------------

    def retry_selected(self) -> None:
        from ..jobs.runner import retry_unit

        unit = self.selected_unit()
        if unit is None:
            return
        try:
            retry_unit(self.ctx.db, unit.id)
        except ValueError as exc:
            self.ctx.show_error(self, tr("Not retried"), str(exc))
            return
        self.status_message.emit(tr("The job is queued again; it runs now."))
        self.refresh()
        self.jobs.run_now(announce=True)

    def skip_selected(self) -> None:
        from ..jobs.scheduler import skip_unit

        unit = self.selected_unit()
        if unit is None:
            return
        try:
            skip_unit(self.ctx.db, unit.id)
        except ValueError as exc:
            self.ctx.show_error(self, tr("Not skipped"), str(exc))
            return
        self.status_message.emit(tr("Skipped: that job will not run."))
        self.refresh()

    # -- reminder policies -----------------------------------------------------------------

    def _save_policy(self, policy: ReminderPolicy) -> ReminderPolicy:
        return self.ctx.db.reminder_policies.save(policy)

    def new_policy(self) -> ReminderPolicyDialog:
        dialog = ReminderPolicyDialog(self._save_policy, self._today(), parent=self)
        self.open_dialog(dialog)
        return dialog

    def edit_policy(self) -> ReminderPolicyDialog | None:
        policy_id = _key(self.policies)
        if not isinstance(policy_id, str):
            return None
        policy = self.ctx.db.reminder_policies.get(policy_id)
        dialog = ReminderPolicyDialog(self._save_policy, self._today(), policy, parent=self)
        self.open_dialog(dialog)
        return dialog

    def customer_groups(self) -> QWidget:
        from .customer_groups_dialog import CustomerGroupsDialog

        dialog = CustomerGroupsDialog(
            self.ctx.db, self.customer_choices(), self.ctx.db.reminder_policies.list(), self
        )
        self.open_dialog(dialog)
        return dialog

    def assign_policy(self) -> AssignPolicyDialog:
        db = self.ctx.db

        def apply(customer_id: str, policy_id: str | None, default: bool) -> None:
            if default:
                db.reminder_policies.unassign(customer_id)
            else:
                db.reminder_policies.assign(customer_id, policy_id)

        dialog = AssignPolicyDialog(
            self.customer_choices(),
            db.reminder_policies.list(),
            db.reminder_policies.assignments(),
            apply,
            parent=self,
        )
        self.open_dialog(dialog)
        return dialog
