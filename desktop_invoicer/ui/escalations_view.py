"""Escalations: the owner's list of invoices overdue too long or with too large a balance.

The policy is edited at the top (days overdue, balance per currency, pause
reminders). The escalation job reads the local cache only; it runs on a worker
when the view opens, when invoices change (debounced) and on *Check now*. New
escalations raise a desktop notification when the system has a tray, else a
status-bar message (:func:`~desktop_invoicer.domain.escalation.notice` decides).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSystemTrayIcon,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.escalation import EscalationPolicy, Notice, notice
from ..domain.validation import FieldError, ValidationError
from ..jobs.clock import Clock, SystemClock
from .approval_settings import parse_thresholds
from .context import AppContext
from .escalation_notifier import deliver, run_check
from .formatting import format_money
from .forms import FieldErrors, form_layout
from .i18n import N_, tr
from .row_table import row_table
from .view_base import View

HEADERS = (
    N_("Invoice"),
    N_("Customer"),
    N_("Days overdue"),
    N_("Balance"),
    N_("Why"),
    N_("Reminders"),
    N_("Dispute"),
)


class EscalationsView(View):
    clock: Clock = SystemClock()  # the jobs' clock (tests set a ManualClock)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[Any] = []
        self.last_notice: Notice | None = None
        self.checking = False
        heading = QLabel(tr("Escalations"))
        heading.setObjectName("viewTitle")
        self.errors = FieldErrors()
        card = QFrame()
        card.setObjectName("card")
        form = form_layout()
        self.enabled = QCheckBox(tr("Escalate overdue invoices to me"))
        form.addRow("", self.enabled)
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setSpecialValueText(tr("off"))
        self.days.setSuffix(tr(" days overdue"))
        self.errors.add_row(form, tr("After"), "days_overdue", self.days)
        self.balance = QLineEdit()
        self.balance.setPlaceholderText(tr("e.g. USD 5000, EUR 4000 (empty: off)"))
        self.errors.add_row(form, tr("Or a balance of at least"), "balance", self.balance)
        self.pause = QCheckBox(tr("Pause automatic reminders for escalated invoices"))
        form.addRow("", self.pause)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("Save settings"))
        self.save_button.clicked.connect(self.save_policy)
        self.check_button = QPushButton(tr("Check now"))
        self.check_button.clicked.connect(self.check)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.save_button)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(14, 10, 14, 10)
        card_layout.addLayout(form)
        card_layout.addWidget(self.errors.general)
        card_layout.addLayout(buttons)

        self.table = row_table(
            [tr(h) for h in HEADERS],
            4,
            ((0, 100), (1, 140), (2, 105), (3, 120), (5, 90), (6, 250)),
        )
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.pause_button = QPushButton(tr("Pause reminders"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.empty = QLabel(tr("Nothing is escalated: no invoice is overdue beyond your limits."))
        self.empty.setObjectName("muted")
        row = QHBoxLayout()
        row.addWidget(self.empty)
        row.addStretch(1)
        row.addWidget(self.pause_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(heading)
        layout.addWidget(card)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check)
        self._load_policy(ctx.db.escalations.policy())
        self.reload()
        self.check()

    # -- the policy ---------------------------------------------------------------------

    def _load_policy(self, policy: EscalationPolicy) -> None:
        self.enabled.setChecked(policy.enabled)
        self.days.setValue(policy.days_overdue or 0)
        self.balance.setText(
            ", ".join(
                f"{code} {format_money_plain(code, minor)}"
                for code, minor in sorted(policy.balance_thresholds.items())
            )
        )
        self.pause.setChecked(policy.pause_reminders)

    def save_policy(self) -> bool:
        self.errors.clear()
        try:
            thresholds = parse_thresholds(self.balance.text())
        except ValueError as exc:
            self.errors.show([FieldError("balance", str(exc))])
            return False
        policy = EscalationPolicy(
            enabled=self.enabled.isChecked(),
            days_overdue=self.days.value() or None,
            balance_thresholds=thresholds,
            pause_reminders=self.pause.isChecked(),
        )
        try:
            self.ctx.db.escalations.save_policy(policy)
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        self.status_message.emit(tr("Saved the escalation settings."))
        self.check()
        return True

    # -- the list -----------------------------------------------------------------------

    def reload(self) -> None:
        self.rows = self.ctx.db.escalations.list()
        self.table.setRowCount(len(self.rows))
        for r, e in enumerate(self.rows):
            cells = (
                e.number or e.invoice_ref,
                e.customer_name,
                str(e.days_overdue),
                format_money(e.balance),
                e.reason,
                tr("Paused") if e.pause_reminders else tr("Automatic"),
                e.dispute,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.empty.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))
        self._selection_changed()

    def current(self) -> Any:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selection_changed(self) -> None:
        e = self.current()
        self.pause_button.setEnabled(e is not None)
        self.pause_button.setText(
            tr("Resume reminders") if e is not None and e.pause_reminders else tr("Pause reminders")
        )

    def toggle_pause(self) -> None:
        e = self.current()
        if e is None:
            return
        self.ctx.db.escalations.set_pause(e.invoice_ref, not e.pause_reminders)
        text = (
            tr("Reminders resumed for {0}.")
            if e.pause_reminders
            else tr("Reminders paused for {0}.")
        )
        self.status_message.emit(text.format(e.number or e.invoice_ref))

    def on_database_changed(self, table: str) -> None:
        if table in ("escalations", "disputes"):
            self.reload()
        elif table == "invoices":
            self._timer.start()

    # -- checking and notifying ------------------------------------------------------------

    def check(self) -> None:
        from .workers import Task

        if self.checking:
            return
        self.checking = True
        task = Task("Checking escalations", run_check, self.ctx.db, self.clock)
        task.signals.finished.connect(self._checked)
        task.signals.failed.connect(self._check_failed)
        self.ctx.tasks.start(task, announce=False)

    def _check_failed(self, message: str) -> None:
        self.checking = False
        self.status_message.emit(tr("Checking escalations failed: {0}").format(message))

    def _checked(self, escalated: object) -> None:
        self.checking = False
        if self.ctx.db.closed:  # the workspace was switched or closed meanwhile
            return
        found = list(escalated) if isinstance(escalated, list) else []
        self.reload()
        self.last_notice = notice(found, QSystemTrayIcon.isSystemTrayAvailable())
        if self.last_notice is not None:
            deliver(self.last_notice, self.window(), self.status_message.emit)
            self.ctx.db.escalations.mark_notified([i.invoice_ref for i in found])


def format_money_plain(code: str, minor: int) -> str:
    from ..domain.currency import currency
    from ..domain.money import Money

    return Money(minor, currency(code)).amount_text(grouping=False)
