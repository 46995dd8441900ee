"""Edit a reminder policy, with each step's message rendered for a sample invoice.

A policy can only be switched on once every one of its steps has been seen in
the preview (the issue's "previewed before a policy is switched on"). The
assignment dialog gives a customer a policy, no reminders, or the default.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.reminders import (
    PLACEHOLDERS,
    ReminderPolicy,
    ReminderStep,
    Tone,
    default_policy,
    reminder_values,
    render,
    template_fields,
)
from .form_dialog import FormDialog, section_title
from .forms import form_layout
from .i18n import tr
from .schedule_dialog import CustomerChoice

SAMPLE_CUSTOMER = "Acme Corporation"
SAMPLE_NUMBER = "INV-0042"
SAMPLE_AMOUNT = "€1,250.00"
SAMPLE_LINK = "https://invoice.stripe.com/i/sample"


def sample_values(step: ReminderStep, today: date, business: str = "") -> dict[str, object]:
    """The placeholders of a sample invoice, on the day ``step`` is sent."""
    due = today + timedelta(days=14)
    return reminder_values(
        customer=SAMPLE_CUSTOMER,
        number=SAMPLE_NUMBER,
        amount=SAMPLE_AMOUNT,
        due_date=due,
        today=step.day_for(due),
        link=SAMPLE_LINK,
        business=business or "Your Business Ltd",
    )


class ReminderPolicyDialog(FormDialog[ReminderPolicy]):
    def __init__(
        self,
        save: Callable[[ReminderPolicy], ReminderPolicy | None],
        today: date,
        policy: ReminderPolicy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = tr("Edit reminder policy") if policy else tr("New reminder policy")
        super().__init__(title, save, parent)
        self.setMinimumWidth(900)
        self.today = today
        start = policy or replace(default_policy(""), name="", is_default=False)
        self.policy_id = policy.id if policy else ""
        self.steps: list[ReminderStep] = list(start.ordered())
        self.previewed: set[int] = set()  # offsets of steps shown in the preview
        self._loading = False

        top = form_layout()
        self.body.addLayout(top)
        self.name = QLineEdit(start.name)
        self.name.setPlaceholderText(tr("e.g. Standard reminders"))
        self.errors.add_row(top, tr("Name"), "name", self.name)
        self.is_default = QCheckBox(tr("Use for customers without a policy of their own"))
        self.is_default.setChecked(start.is_default)
        top.addRow("", self.is_default)

        columns = QHBoxLayout()
        columns.setSpacing(20)
        self.body.addLayout(columns, 1)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        left.addWidget(section_title(tr("Steps")))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("When"), tr("Tone"), tr("Subject")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(150)
        self.table.currentCellChanged.connect(lambda *_a: self._step_selected())
        steps_box = QWidget()
        steps_layout = QVBoxLayout(steps_box)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        steps_layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add step"))
        self.add_button.clicked.connect(self.add_step)
        self.remove_button = QPushButton(tr("Remove step"))
        self.remove_button.clicked.connect(self.remove_step)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        steps_layout.addLayout(buttons)
        left.addWidget(self.errors.wrap("steps", steps_box))

        step_form = QFormLayout()
        left.addLayout(step_form)
        self.offset = QSpinBox()
        self.offset.setRange(-365, 365)
        self.offset.setSuffix(tr(" days from the due date"))
        step_form.addRow(tr("When"), self.offset)
        self.tone = QComboBox()
        for tone in Tone:
            self.tone.addItem(tr(tone.label), tone.value)
        step_form.addRow(tr("Tone"), self.tone)
        self.channel = QComboBox()
        self.channel.addItem(tr("Stripe's invoice email"), "stripe_email")
        self.channel.addItem(tr("E-mail from this app (SMTP, see Settings)"), "smtp")
        step_form.addRow(tr("Sent by"), self.channel)
        self.subject = QLineEdit()
        step_form.addRow(tr("Subject"), self.subject)
        self.message = QPlainTextEdit()
        self.message.setTabChangesFocus(True)
        self.message.setFixedHeight(110)
        step_form.addRow(tr("Message"), self.message)
        hint = QLabel(
            tr("Placeholders: {0}").format(", ".join("{" + p + "}" for p in PLACEHOLDERS))
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        left.addWidget(hint)

        right.addWidget(section_title(tr("Preview for a sample invoice")))
        self.preview_subject = QLabel()
        self.preview_subject.setObjectName("previewSubject")
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.preview_subject)
        self.preview_body = QPlainTextEdit()
        self.preview_body.setReadOnly(True)
        self.preview_body.setObjectName("previewBody")
        right.addWidget(self.preview_body, 1)
        self.enabled = QCheckBox(tr("Send these reminders (switched on)"))
        self.enabled.setChecked(start.enabled)
        right.addWidget(self.enabled)
        self.enable_note = QLabel()
        self.enable_note.setObjectName("muted")
        self.enable_note.setWordWrap(True)
        right.addWidget(self.enable_note)

        self.offset.valueChanged.connect(self._step_edited)
        self.tone.currentIndexChanged.connect(self._step_edited)
        self.channel.currentIndexChanged.connect(self._step_edited)
        self.subject.textChanged.connect(self._step_edited)
        self.message.textChanged.connect(self._step_edited)
        if start.enabled:  # an enabled policy was previewed before
            self.previewed = {s.offset_days for s in self.steps}
        self._fill_table(0)

    # -- steps ---------------------------------------------------------------------------

    def _fill_table(self, select: int) -> None:
        self._loading = True
        self.table.setRowCount(len(self.steps))
        for row, step in enumerate(self.steps):
            for column, text in enumerate((step.label, tr(step.tone.label), step.subject)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._loading = False
        if self.steps:
            self.table.setCurrentCell(min(select, len(self.steps) - 1), 0)
        self._step_selected()

    def current_step(self) -> int:
        row = self.table.currentRow()
        return row if 0 <= row < len(self.steps) else -1

    def _step_selected(self) -> None:
        if self._loading:
            return
        row = self.current_step()
        self._loading = True
        for widget in (self.offset, self.tone, self.channel, self.subject, self.message):
            widget.setEnabled(row >= 0)
        if row >= 0:
            step = self.steps[row]
            self.offset.setValue(step.offset_days)
            self.tone.setCurrentIndex(max(0, self.tone.findData(step.tone.value)))
            self.channel.setCurrentIndex(max(0, self.channel.findData(step.channel)))
            self.subject.setText(step.subject)
            self.message.setPlainText(step.message)
        self._loading = False
        self.refresh_preview()

    def _step_edited(self, *_args: object) -> None:
        row = self.current_step()
        if self._loading or row < 0:
            return
        self.steps[row] = ReminderStep(
            offset_days=self.offset.value(),
            tone=Tone(self.tone.currentData()),
            subject=self.subject.text(),
            message=self.message.toPlainText(),
            channel=str(self.channel.currentData() or "stripe_email"),
        )
        step = self.steps[row]
        for column, text in enumerate((step.label, tr(step.tone.label), step.subject)):
            item = self.table.item(row, column)
            if item is not None:
                item.setText(text)
        self.refresh_preview()

    def add_step(self) -> None:
        last = max((s.offset_days for s in self.steps), default=0)
        self.steps.append(
            ReminderStep(
                min(365, last + 7),
                Tone.FIRM,
                "Invoice {number} is {days_overdue} days overdue",
                "Hello {customer},\n\ninvoice {number} for {amount} is {days_overdue} days "
                "overdue.\n\n{link}",
            )
        )
        self._fill_table(len(self.steps) - 1)

    def remove_step(self) -> None:
        row = self.current_step()
        if row >= 0:
            del self.steps[row]
            self._fill_table(row)

    # -- preview -------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        row = self.current_step()
        if row < 0:
            self.preview_subject.setText("")
            self.preview_body.setPlainText("")
        else:
            step = self.steps[row]
            rendered = render(step, sample_values(step, self.today))
            self.preview_subject.setText(f"<b>{_escape(rendered.subject)}</b>")
            self.preview_body.setPlainText(rendered.body)
            self.previewed.add(step.offset_days)
        missing = [s for s in self.steps if s.offset_days not in self.previewed]
        can_enable = bool(self.steps) and not missing
        self.enabled.setEnabled(can_enable or self.enabled.isChecked())
        notes = (
            []
            if can_enable
            else [
                tr("Preview every step to switch the policy on ({0} not seen yet).").format(
                    len(missing)
                )
            ]
        )
        if row >= 0:
            step = self.steps[row]
            unknown = (template_fields(step.subject) | template_fields(step.message)) - set(
                PLACEHOLDERS
            )
            if unknown:
                names = ", ".join("{" + u + "}" for u in sorted(unknown))
                notes.append(tr("Unknown placeholder {0}: it is sent as typed.").format(names))
        self.enable_note.setText("\n".join(notes))

    def preview_text(self) -> str:
        return self.preview_body.toPlainText()

    def collect(self) -> ReminderPolicy:
        policy = ReminderPolicy(
            id=self.policy_id,
            name=self.name.text().strip(),
            steps=tuple(self.steps),
            enabled=self.enabled.isChecked(),
            is_default=self.is_default.isChecked(),
        )
        policy.validate()
        return policy


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


NO_REMINDERS = "__none__"
DEFAULT = "__default__"


class AssignPolicyDialog(QDialog):
    """Choose the reminder policy of one customer."""

    def __init__(
        self,
        customers: Sequence[CustomerChoice],
        policies: Sequence[ReminderPolicy],
        assignments: dict[str, str | None],
        apply: Callable[[str, str | None, bool], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Reminder policy of a customer"))
        self._apply = apply
        self.assignments = assignments
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.customer = QComboBox()
        for c in customers:
            self.customer.addItem(c.name, c.id)
        form.addRow(tr("Customer"), self.customer)
        self.policy = QComboBox()
        self.policy.addItem(tr("The default policy"), DEFAULT)
        self.policy.addItem(tr("No reminders"), NO_REMINDERS)
        for p in policies:
            self.policy.addItem(p.name if p.enabled else tr("{0} (off)").format(p.name), p.id)
        form.addRow(tr("Policy"), self.policy)
        self.customer.currentIndexChanged.connect(self._show_current)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_current()

    def _show_current(self) -> None:
        customer_id = self.customer.currentData()
        if customer_id in self.assignments:
            policy_id = self.assignments[customer_id]
            key = NO_REMINDERS if policy_id is None else policy_id
        else:
            key = DEFAULT
        self.policy.setCurrentIndex(max(0, self.policy.findData(key)))

    def save(self) -> None:
        customer_id = self.customer.currentData()
        if not customer_id:
            return
        key = self.policy.currentData()
        self._apply(
            str(customer_id), None if key in (NO_REMINDERS, DEFAULT) else str(key), key == DEFAULT
        )
        self.accept()
