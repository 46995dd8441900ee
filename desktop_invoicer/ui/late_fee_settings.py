"""Settings > Late fees: the workspace's default late-fee policy.

Conditional rules (Settings > Collection rules) can give a customer or a segment
another policy; this card edits the one that applies otherwise. Each problem is
shown at its field and nothing typed is lost on a failed save.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..domain.late_fees import (
    MAX_GRACE_DAYS,
    FeeApplication,
    FeeCadence,
    FeeKind,
    LateFeePolicy,
    parse_percent,
    percent_text,
)
from ..domain.money import Money, MoneyError
from ..domain.validation import FieldError, ValidationError
from .form_dialog import section_title
from .forms import FieldErrors, currency_combo, form_layout, parse_currency
from .i18n import tr
from .settings_card import SettingsCard, button_row, muted_label

if TYPE_CHECKING:
    from ..storage.database import Database
    from .context import AppContext

DEFAULT_ID = "default-late-fee"


class LateFeeCard(SettingsCard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database = ctx.db
        self.errors = FieldErrors()
        self.enabled = QCheckBox(tr("Charge late fees on overdue invoices"))
        self.kind = QComboBox()
        for k in FeeKind:
            self.kind.addItem(tr(k.label), k.value)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(tr("e.g. 25.00"))
        self.percent = QLineEdit()
        self.percent.setPlaceholderText(tr("e.g. 1.5"))
        self.currency = currency_combo("USD")
        self.cap = QLineEdit()
        self.cap.setPlaceholderText(tr("empty: no cap"))
        self.grace = QSpinBox()
        self.grace.setRange(0, MAX_GRACE_DAYS)
        self.grace.setSuffix(tr(" days"))
        self.cadence = QComboBox()
        for c in FeeCadence:
            self.cadence.addItem(tr(c.label), c.value)
        self.application = QComboBox()
        for a in FeeApplication:
            self.application.addItem(tr(a.label), a.value)
        self.application.setToolTip(
            tr(
                "On the next invoice: a pending item in Stripe, picked up by the customer's next "
                "invoice that takes pending items (recurring invoices billing usage, invoices made "
                "in Stripe). As a separate invoice: its own invoice, emailed at once."
            )
        )
        self.summary = muted_label(wrap=True)
        self.saved = muted_label()
        self.save_button = QPushButton(tr("Save late fees"))
        self.save_button.clicked.connect(self.save)

        form = form_layout()
        form.addRow(section_title(tr("Late fees")))
        form.addRow("", self.enabled)
        self.errors.add_row(form, tr("&Fee"), "kind", self.kind)
        self.errors.add_row(form, tr("&Amount"), "amount", self.amount)
        self.errors.add_row(form, tr("&Percentage (%)"), "percent", self.percent)
        self.errors.add_row(form, tr("C&urrency"), "currency", self.currency)
        self.errors.add_row(form, tr("Ca&p per invoice"), "cap", self.cap)
        self.errors.add_row(form, tr("&Grace period"), "grace_days", self.grace)
        self.errors.add_row(form, tr("&Charged"), "cadence", self.cadence)
        self.errors.add_row(form, tr("A&dded"), "application", self.application)
        self.card_layout(
            form,
            self.summary,
            self.errors.general,
            button_row(self.saved, self.save_button, grow=self.saved),
        )
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.load()

    def _kind_changed(self) -> None:
        fixed = self.kind.currentData() == FeeKind.FIXED.value
        self.amount.setEnabled(fixed)
        self.percent.setEnabled(not fixed)

    def load(self) -> None:
        policy = self.db.late_fee_policies.default()
        if policy is None:
            policy = LateFeePolicy(DEFAULT_ID, "Default", basis_points=150, enabled=False)
        self.policy_id = policy.id
        self.enabled.setChecked(policy.enabled)
        self.kind.setCurrentIndex(self.kind.findData(policy.kind.value))
        cur = policy.currency
        if cur is not None:
            self.currency.setCurrentText(cur.code)
            if policy.kind is FeeKind.FIXED:
                self.amount.setText(Money(policy.fixed_minor, cur).amount_text(grouping=False))
            if policy.cap_minor is not None:
                self.cap.setText(Money(policy.cap_minor, cur).amount_text(grouping=False))
        if policy.kind is FeeKind.PERCENT:
            self.percent.setText(percent_text(policy.basis_points))
        self.grace.setValue(policy.grace_days)
        self.cadence.setCurrentIndex(self.cadence.findData(policy.cadence.value))
        self.application.setCurrentIndex(self.application.findData(policy.application.value))
        self._kind_changed()
        self.summary.setText(_summary(policy))

    def collect(self) -> LateFeePolicy:
        errors: list[FieldError] = []
        kind = FeeKind(str(self.kind.currentData()))
        cap_text = self.cap.text().strip()
        needs_currency = kind is FeeKind.FIXED or bool(cap_text)
        cur, problem = parse_currency("currency", self.currency.currentText())
        if needs_currency and problem is not None:
            errors.append(problem)
        fixed = bps = 0
        cap: int | None = None
        if kind is FeeKind.FIXED and cur is not None:
            fixed, error = _money("amount", self.amount.text(), cur)
            errors.extend(error)
        if kind is FeeKind.PERCENT:
            try:
                bps = parse_percent(self.percent.text())
            except ValueError as exc:
                errors.append(FieldError("percent", str(exc)))
        if cap_text and cur is not None:
            cap, error = _money("cap", cap_text, cur)
            errors.extend(error)
        if errors:
            raise ValidationError(errors)
        return LateFeePolicy(
            id=self.policy_id,
            name="Default",
            kind=kind,
            fixed_minor=fixed,
            basis_points=bps,
            currency=cur if needs_currency else None,
            cap_minor=cap,
            grace_days=self.grace.value(),
            cadence=FeeCadence(str(self.cadence.currentData())),
            application=FeeApplication(str(self.application.currentData())),
            enabled=self.enabled.isChecked(),
            is_default=True,
        )

    def save(self) -> bool:
        self.errors.clear()
        self.saved.clear()
        try:
            policy = self.collect()
            policy.validate()
            self.db.late_fee_policies.save(policy)
        except ValidationError as exc:  # each field keeps what was typed
            self.errors.show(exc)
            return False
        self.summary.setText(_summary(policy))
        self.saved.setText(tr("Saved."))
        self.status_message.emit(tr("Late fees saved."))
        return True


def _summary(policy: LateFeePolicy) -> str:
    if policy.enabled:
        return tr("Saved: {0}.").format(policy.describe)
    return tr("Saved: late fees are off.")


def _money(field: str, text: str, cur: object) -> tuple[int, list[FieldError]]:
    from ..domain.currency import Currency

    assert isinstance(cur, Currency)
    try:
        return Money.parse(text, cur).minor, []
    except MoneyError as exc:
        return 0, [FieldError(field, str(exc))]
