"""The Billing view: usage imported from CSV and its charges, and projects with milestones.

*Usage*: "Import usage…" opens the import dialog (file, row-by-row report,
confirm); the table shows each (customer, product, period) charge and whether it
is on its way to the customer's next invoice. *Projects*: create a project for a
customer, add milestones, and complete one, which queues its invoice exactly once
(a draft for review, or sent, per project). The background jobs send and settle.
Reads are small indexed queries; the import's file work runs on a worker.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.milestones import Milestone, MilestoneStatus, Project
from ..domain.usage import ImportReport
from ..domain.validation import FieldError, ValidationError
from ..storage.repositories.customers import CustomerFilter
from .billing_dialogs import MODES, MilestoneDialog, ProjectDialog
from .context import AppContext
from .i18n import N_, tr
from .jobs_view import _fill, _key, _table
from .schedule_dialog import CustomerChoice
from .usage_import_dialog import UsageImportDialog
from .usage_pricing_dialog import UsagePlan, UsagePricingDialog
from .view_base import View

TABLES = frozenset(
    {"usage_records", "usage_charges", "usage_plans", "projects", "milestones", "customers"}
)
MAX_CUSTOMERS = 2000
STATUS_LABELS = {
    "planned": N_("Queued"),
    "running": N_("Sending to Stripe"),
    "done": N_("On the next invoice"),
    "failed": N_("Failed"),
}


class BillingView(View):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._dirty = True
        self.last_import: ImportReport | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        title = QLabel(tr("Billing"))
        title.setObjectName("viewTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        # -- usage
        self.import_button = QPushButton(tr("Import usage…"))
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.import_usage)
        self.pricing_button = QPushButton(tr("Usage pricing…"))
        self.pricing_button.setToolTip(tr("Tiered or volume pricing of a product's usage"))
        self.pricing_button.clicked.connect(self.edit_pricing)
        self.usage_note = QLabel()
        self.usage_note.setWordWrap(True)
        self.charges = _table(
            [tr("Period"), tr("Customer"), tr("Product"), tr("Units"), tr("Amount"), tr("Status")],
            2,
        )
        usage_page = QWidget()
        box = QVBoxLayout(usage_page)
        box.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.pricing_button)
        row.addWidget(self.usage_note, 1)
        box.addLayout(row)
        box.addWidget(self.charges, 1)
        self.tabs.addTab(usage_page, tr("Usage"))

        # -- projects
        self.projects = _table(
            [tr("Project"), tr("Customer"), tr("When complete"), tr("Milestones")], 0
        )
        self.projects.itemSelectionChanged.connect(self._project_selected)
        self.milestones = _table([tr("Milestone"), tr("Amount"), tr("Status"), tr("Invoice")], 0)
        self.milestones.itemSelectionChanged.connect(self._update_buttons)
        self.new_project_button = QPushButton(tr("New project…"))
        self.new_project_button.clicked.connect(self.new_project)
        self.add_milestone_button = QPushButton(tr("Add milestone…"))
        self.add_milestone_button.clicked.connect(self.add_milestone)
        self.complete_button = QPushButton(tr("Complete milestone"))
        self.complete_button.setToolTip(tr("Mark the milestone complete and create its invoice"))
        self.complete_button.clicked.connect(self.complete_milestone)
        self.project_note = QLabel()
        self.project_note.setWordWrap(True)
        projects_page = QWidget()
        pbox = QVBoxLayout(projects_page)
        pbox.setContentsMargins(0, 8, 0, 0)
        prow = QHBoxLayout()
        for button in (self.new_project_button, self.add_milestone_button, self.complete_button):
            prow.addWidget(button)
        prow.addStretch(1)
        pbox.addLayout(prow)
        pbox.addWidget(self.projects, 2)
        pbox.addWidget(self.project_note)
        pbox.addWidget(self.milestones, 3)
        self.tabs.addTab(projects_page, tr("Projects"))
        self.refresh()

    # -- the window's hooks ----------------------------------------------------------------

    def on_database_changed(self, table: str) -> None:
        if table in TABLES:
            self._dirty = True
            if self.isVisible():
                self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._timer.start()

    # -- reading ---------------------------------------------------------------------------

    def _names(self) -> dict[str, str]:
        rows = self.ctx.db.customers.page(CustomerFilter(), limit=MAX_CUSTOMERS)
        return {r.id: r.name for r in rows}

    def customer_choices(self) -> list[CustomerChoice]:
        rows = self.ctx.db.customers.page(CustomerFilter(), limit=MAX_CUSTOMERS)
        return [CustomerChoice(r.id, r.name, r.currency) for r in rows]

    def refresh(self) -> None:
        from ..jobs.usage import amount_text

        db = self.ctx.db
        if db.closed:  # the window is closing: a late timer has nothing to read
            return
        self._dirty = False
        names = self._names()
        products = {p.id: p.name for p in db.products.all()}
        charges = db.usage.charges(limit=500)
        _fill(
            self.charges,
            [
                (
                    c.id,
                    [
                        c.period_key,
                        names.get(c.customer_id, c.customer_id),
                        products.get(c.product_id, c.product_id),
                        f"{c.quantity:,}",
                        amount_text(c),
                        c.error or tr(STATUS_LABELS.get(c.status, c.status)),
                    ],
                )
                for c in charges
            ],
        )
        total, unbilled = db.usage.counts()
        self.usage_note.setText(
            tr(
                "{0:,} usage rows imported, {1:,} waiting for their period to end. "
                "Each period is billed once, on the customer's next invoice."
            ).format(total, unbilled)
        )
        modes = dict(MODES)
        projects = db.milestones.projects()
        _fill(
            self.projects,
            [
                (
                    p.id,
                    [
                        p.name,
                        names.get(p.customer_id, p.customer_id),
                        tr(modes[p.mode]),
                        str(len(db.milestones.milestones(p.id))),
                    ],
                )
                for p in projects
            ],
        )
        if self.projects.currentRow() < 0 and projects:
            self.projects.selectRow(0)
        self._fill_milestones()

    def current_project(self) -> Project | None:
        key = _key(self.projects)
        return None if key is None else self.ctx.db.milestones.project(str(key))

    def current_milestone(self) -> Milestone | None:
        key = _key(self.milestones)
        return None if key is None else self.ctx.db.milestones.milestone(str(key))

    def _project_selected(self) -> None:
        self._fill_milestones()

    def _fill_milestones(self) -> None:
        project = self.current_project()
        found = [] if project is None else self.ctx.db.milestones.milestones(project.id)
        _fill(
            self.milestones,
            [
                (
                    m.id,
                    [
                        m.name,
                        m.amount.format(),
                        m.error or tr(m.status.label),
                        m.invoice_ref or "",
                    ],
                )
                for m in found
            ],
        )
        self.project_note.setText(
            tr("Select a project to see its milestones.")
            if project is None
            else tr("Milestones of {0}:").format(project.name)
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        project = _key(self.projects) is not None
        milestone = self.current_milestone()
        self.add_milestone_button.setEnabled(project)
        self.complete_button.setEnabled(
            milestone is not None and milestone.status is MilestoneStatus.OPEN
        )

    # -- actions ---------------------------------------------------------------------------

    def import_usage(self) -> UsageImportDialog:
        dialog = UsageImportDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._imported(dialog))
        self.open_dialog(dialog)
        return dialog

    def _imported(self, dialog: UsageImportDialog) -> None:
        self.last_import = dialog.imported  # the dialog deletes itself once closed
        if dialog.imported is not None:
            self.status_message.emit(tr("Usage imported: {0}.").format(dialog.imported.summary))
        self.refresh()

    def edit_pricing(self) -> UsagePricingDialog:
        products = [(p.id, p.name) for p in self.ctx.db.products.all(active_only=True)]

        def save(plan: UsagePlan) -> UsagePlan:
            if not plan.product_id:
                raise ValidationError([FieldError("product_id", tr("Add a product first."))])
            self.ctx.db.usage.set_plan(plan.product_id, plan.currency, plan.pricing)
            return plan

        dialog = UsagePricingDialog(products, save, parent=self, plans=self.ctx.db.usage.plans)
        dialog.accepted.connect(lambda: self.status_message.emit(tr("Usage pricing saved.")))
        self.open_dialog(dialog)
        return dialog

    def new_project(self) -> ProjectDialog:
        choices = self.customer_choices()

        def save(project: Project) -> Project:
            if not choices:
                raise ValidationError([FieldError("customer_id", tr("Add a customer first."))])
            return self.ctx.db.milestones.save_project(project)

        dialog = ProjectDialog(choices, save, self)
        dialog.accepted.connect(self.refresh)
        self.open_dialog(dialog)
        return dialog

    def add_milestone(self) -> MilestoneDialog | None:
        project = self.current_project()
        if project is None:
            return None

        def save(m: Milestone) -> Milestone:
            return self.ctx.db.milestones.add_milestone(project.id, m.name, m.amount)

        dialog = MilestoneDialog(project, save, self)
        dialog.accepted.connect(self.refresh)
        self.open_dialog(dialog)
        return dialog

    def complete_milestone(self) -> None:
        from ..jobs.milestones import complete
        from ..sync.changes import StripeChanges

        milestone = self.current_milestone()
        project = self.current_project()
        if milestone is None or project is None or milestone.status is not MilestoneStatus.OPEN:
            return
        question = (
            tr("Mark '{0}' complete and create a draft invoice for review for {1}?")
            if project.mode.value == "draft"
            else tr("Mark '{0}' complete and create and send its invoice for {1}?")
        )
        if not self.ctx.confirm(
            self,
            tr("Complete milestone"),
            question.format(milestone.name, milestone.amount.format())
            + " "
            + tr("This cannot be undone."),
        ):
            return
        complete(self.ctx.db, StripeChanges(self.ctx.db), milestone.id)
        self.status_message.emit(
            tr("'{0}' is complete; its invoice is on its way.").format(milestone.name)
        )
        self.refresh()
        jobs = getattr(self.ctx.stripe, "jobs", None)
        run_now = getattr(jobs, "run_now", None)
        if callable(run_now):
            run_now()  # send it now rather than at the next scheduled run
