"""Dialogs of the Billing view: a project for a customer, and a milestone of a project."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from ..domain.currency import currency
from ..domain.invoice import CollectionMethod
from ..domain.milestones import Milestone, Project, ProjectMode
from ..domain.money import Money, MoneyError
from ..domain.validation import FieldError, ValidationError
from .form_dialog import FormDialog
from .forms import form_layout
from .i18n import N_, tr
from .schedule_dialog import CustomerChoice

MODES = (
    (ProjectMode.DRAFT, N_("Create a draft for review")),
    (ProjectMode.SEND, N_("Finalize and send at once")),
)


class ProjectDialog(FormDialog[Project]):
    def __init__(
        self,
        customers: Sequence[CustomerChoice],
        save: Callable[[Project], Project | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("New project"), save, parent)
        self.setMinimumWidth(520)
        self.customers = list(customers)
        form = form_layout()
        self.body.addLayout(form)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. Website relaunch"))
        self.errors.add_row(form, tr("Name"), "name", self.name)
        self.customer = QComboBox()
        for choice in self.customers:
            self.customer.addItem(f"{choice.name} ({choice.currency})", choice.id)
        self.errors.add_row(form, tr("Customer"), "customer_id", self.customer)
        self.mode = QComboBox()
        for mode, label in MODES:
            self.mode.addItem(tr(label), mode.value)
        self.errors.add_row(form, tr("When a milestone is complete"), "mode", self.mode)
        self.collection = QComboBox()
        self.collection.addItem(tr("Email the invoice"), CollectionMethod.SEND_INVOICE.value)
        self.collection.addItem(
            tr("Charge the saved payment method"), CollectionMethod.CHARGE_AUTOMATICALLY.value
        )
        self.errors.add_row(form, tr("Payment"), "collection_method", self.collection)
        self.days_until_due = QSpinBox()
        self.days_until_due.setRange(0, 365)
        self.days_until_due.setValue(30)
        self.days_until_due.setSuffix(tr(" days"))
        self.errors.add_row(form, tr("Payment terms"), "days_until_due", self.days_until_due)

    def collect(self) -> Project:
        index = self.customer.currentIndex()
        choice = self.customers[index] if 0 <= index < len(self.customers) else None
        project = Project(
            id="",
            name=self.name.text().strip(),
            customer_id=choice.id if choice else "",
            currency=currency(choice.currency if choice else "USD"),
            mode=ProjectMode(str(self.mode.currentData())),
            collection_method=CollectionMethod(str(self.collection.currentData())),
            days_until_due=self.days_until_due.value(),
        )
        project.validate()
        return project


class MilestoneDialog(FormDialog[Milestone]):
    """Name and amount (in the project's currency, typed as 1,250.00)."""

    def __init__(
        self,
        project: Project,
        save: Callable[[Milestone], Milestone | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("New milestone of {0}").format(project.name), save, parent)
        self.setMinimumWidth(480)
        self.project = project
        form = form_layout()
        self.body.addLayout(form)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. Design approved"))
        self.errors.add_row(form, tr("Milestone"), "name", self.name)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(tr("Amount in {0}").format(project.currency.code))
        self.errors.add_row(
            form, tr("Amount ({0})").format(project.currency.code), "amount", self.amount
        )

    def collect(self) -> Milestone:
        errors: list[FieldError] = []
        try:
            amount = Money.parse(self.amount.text(), self.project.currency)
        except (MoneyError, ValueError) as exc:
            errors.append(FieldError("amount", str(exc) or tr("Type an amount, e.g. 1250.00.")))
            amount = Money.zero(self.project.currency)
        milestone = Milestone("", self.project.id, self.name.text().strip(), amount)
        try:
            milestone.validate(self.project)
        except ValidationError as exc:
            errors.extend(e for e in exc.errors if not (e.field == "amount" and errors))
        if errors:
            raise ValidationError(errors)
        return milestone
