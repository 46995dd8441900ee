"""Create or edit a collection rule: whom it applies to and which defaults it sets.

A field left at "No default" lets a later rule (or the workspace default) decide.
The dialog counts whom the rule applies to now; a rule that applies to nobody
gets a warning, and saving it asks first (the form stays as typed either way).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ..domain.collection_rules import COLLECTION_LABELS, CollectionRule, Scope
from ..domain.currency import UnknownCurrencyError, currency
from ..domain.money import Money, MoneyError
from ..domain.validation import FieldError, ValidationError
from .form_dialog import FormDialog, section_title
from .forms import form_layout
from .i18n import tr

if TYPE_CHECKING:
    from .context import AppContext


def _spin(low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


class RuleDialog(FormDialog[CollectionRule]):
    def __init__(
        self,
        rule: CollectionRule | None,
        ctx: AppContext,
        save: Callable[[CollectionRule], CollectionRule | None],
        parent: QWidget | None = None,
    ) -> None:
        title = tr("New rule") if rule is None else tr("Rule: {0}").format(rule.name)
        super().__init__(title, save, parent)
        self.ctx = ctx
        self.original = rule
        db = ctx.db
        self.segments = db.segments.list()
        form = form_layout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. Long-standing clients"))
        self.errors.add_row(form, tr("Name"), "name", self.name)
        self.scope = QComboBox()
        self.scope.addItem(tr("Customers in a segment"), Scope.SEGMENT)
        self.scope.addItem(tr("One customer"), Scope.CUSTOMER)
        self.errors.add_row(form, tr("Applies to"), "scope", self.scope)
        self.target = QComboBox()
        self.target.setMinimumWidth(280)
        self.errors.add_row(form, tr("Segment or customer"), "target", self.target)
        self.priority = _spin(0, 100_000, 100)
        self.priority.setToolTip(tr("Lower numbers apply first (after rules for one customer)"))
        self.errors.add_row(form, tr("Priority"), "priority", self.priority)
        self.enabled = QCheckBox(tr("Rule is on"))
        self.enabled.setChecked(True)
        form.addRow("", self.enabled)
        self.body.addLayout(form)
        self.body.addWidget(section_title(tr("Defaults for new invoices")))
        defaults = form_layout()
        self.terms_on = QCheckBox(tr("Net"))
        self.terms = _spin(0, 365, 30)
        terms_row = QHBoxLayout()
        terms_row.addWidget(self.terms_on)
        terms_row.addWidget(self.terms)
        terms_row.addWidget(QLabel(tr("days")))
        terms_row.addStretch(1)
        terms_box = QWidget()
        terms_box.setLayout(terms_row)
        terms_row.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(defaults, tr("Payment terms"), "days_until_due", terms_box)
        self.collection = QComboBox()
        self.collection.addItem(tr("No default"), None)
        for value, label in COLLECTION_LABELS.items():
            self.collection.addItem(tr(label), value)
        self.errors.add_row(defaults, tr("Collection"), "collection_method", self.collection)
        self.discount_percent = QLineEdit()
        self.discount_percent.setPlaceholderText(tr("percent, e.g. 2"))
        self.discount_percent.setMaximumWidth(120)
        self.discount_days = _spin(0, 365, 0)
        self.discount_days.setSpecialValueText("—")
        discount_row = QHBoxLayout()
        discount_row.setContentsMargins(0, 0, 0, 0)
        discount_row.addWidget(self.discount_percent)
        discount_row.addWidget(QLabel(tr("% if paid within")))
        discount_row.addWidget(self.discount_days)
        discount_row.addWidget(QLabel(tr("days")))
        discount_row.addStretch(1)
        discount_box = QWidget()
        discount_box.setLayout(discount_row)
        self.errors.add_row(defaults, tr("Early-payment discount"), "discount", discount_box)
        self.reminders = QComboBox()
        self.reminders.addItem(tr("No default"), None)
        for p in db.reminder_policies.list():
            self.reminders.addItem(p.name, p.id)
        self.errors.add_row(defaults, tr("Reminder policy"), "reminder_policy_id", self.reminders)
        self.late_fees = QComboBox()
        self.late_fees.addItem(tr("No default"), None)
        for fee in _late_fee_policies(ctx):
            self.late_fees.addItem(fee[1], fee[0])
        self.errors.add_row(defaults, tr("Late-fee policy"), "late_fee_policy_id", self.late_fees)
        self.approval = QLineEdit()
        self.approval.setPlaceholderText(tr("e.g. USD 5000 (drafts above it wait for review)"))
        self.errors.add_row(defaults, tr("Approval threshold"), "approval_threshold", self.approval)
        self.body.addLayout(defaults)
        self.body.addWidget(self.errors.attach("fields", self.approval))
        self.matches = QLabel()
        self.matches.setObjectName("countLabel")
        self.warning = QLabel()
        self.warning.setObjectName("banner")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.body.addWidget(self.matches)
        self.body.addWidget(self.warning)
        self.body.addStretch(1)
        self.scope.currentIndexChanged.connect(self._fill_targets)
        self.target.currentIndexChanged.connect(self._recount)
        self._fill_targets()
        if rule is not None:
            self._load(rule)
        self.save_button.setText(tr("Save rule"))
        self.resize(620, 640)

    def _fill_targets(self, *_args: object) -> None:
        self.target.blockSignals(True)
        self.target.clear()
        if self.scope.currentData() == Scope.SEGMENT:
            for s in self.segments:
                self.target.addItem(s.name, s.id)
        else:
            for c in self.ctx.db.customers.page(limit=2000):
                self.target.addItem(c.name, c.id)
        self.target.blockSignals(False)
        self._recount()

    def _load(self, rule: CollectionRule) -> None:
        self.name.setText(rule.name)
        self.scope.setCurrentIndex(self.scope.findData(rule.scope))
        index = self.target.findData(rule.target_id)
        self.target.setCurrentIndex(index)
        self.priority.setValue(rule.priority)
        self.enabled.setChecked(rule.enabled)
        self.terms_on.setChecked(rule.days_until_due is not None)
        if rule.days_until_due is not None:
            self.terms.setValue(rule.days_until_due)
        self.collection.setCurrentIndex(max(0, self.collection.findData(rule.collection_method)))
        if rule.discount_percent is not None:
            self.discount_percent.setText(f"{rule.discount_percent.normalize():f}")
            self.discount_days.setValue(rule.discount_days or 0)
        self.reminders.setCurrentIndex(max(0, self.reminders.findData(rule.reminder_policy_id)))
        self.late_fees.setCurrentIndex(max(0, self.late_fees.findData(rule.late_fee_policy_id)))
        t = rule.approval_threshold
        if t is not None:
            self.approval.setText(f"{t.currency.code} {t.amount_text(grouping=False)}")
        self._recount()

    def match_count(self) -> int:
        """How many customers the rule as typed applies to now."""
        target = self.target.currentData()
        if not isinstance(target, str):
            return 0
        if self.scope.currentData() == Scope.CUSTOMER:
            return 1
        segment = self.ctx.db.segments.find(target)
        return 0 if segment is None else len(self.ctx.db.segments.members(segment))

    def _recount(self, *_args: object) -> None:
        count = self.match_count()
        text = (
            tr("Applies to {0:,} customer now.")
            if count == 1
            else tr("Applies to {0:,} customers now.")
        )
        self.matches.setText(text.format(count))
        self.warning.setText(
            tr(
                "This rule matches no customer today: it will set nobody's terms until a "
                "customer joins its segment."
            )
            if count == 0
            else ""
        )
        self.warning.setVisible(count == 0)

    def collect(self) -> CollectionRule:
        errors: list[FieldError] = []
        percent: Decimal | None = None
        days: int | None = None
        text = self.discount_percent.text().strip().rstrip("%")
        if text:
            try:
                percent = Decimal(text)
            except InvalidOperation:
                errors.append(FieldError("discount", tr("'{0}' is not a percent.").format(text)))
            days = self.discount_days.value() or None
        elif self.discount_days.value():
            days = self.discount_days.value()
        threshold: Money | None = None
        if self.approval.text().strip():
            parts = self.approval.text().split()
            try:
                if len(parts) != 2:
                    raise MoneyError(tr("Write a currency and an amount, e.g. USD 5000."))
                threshold = Money.parse(parts[1], currency(parts[0].upper()))
            except (MoneyError, UnknownCurrencyError) as exc:
                errors.append(FieldError("approval_threshold", str(exc)))
        target = self.target.currentData()
        rule = CollectionRule(
            id=self.original.id if self.original else "",
            name=self.name.text().strip(),
            scope=Scope(self.scope.currentData()),
            target_id=target if isinstance(target, str) else "",
            priority=self.priority.value(),
            enabled=self.enabled.isChecked(),
            days_until_due=self.terms.value() if self.terms_on.isChecked() else None,
            collection_method=self.collection.currentData(),
            discount_percent=percent,
            discount_days=days,
            reminder_policy_id=self.reminders.currentData(),
            late_fee_policy_id=self.late_fees.currentData(),
            approval_threshold=threshold,
        )
        try:
            rule.validate()
        except ValidationError as exc:
            errors.extend(exc.errors)
        if errors:
            raise ValidationError(errors)
        return replace(rule, name=rule.name.strip())

    def try_save(self) -> bool:
        """Save; a rule that applies to nobody today asks first (the form stays either way)."""
        if not self.read_only and self.match_count() == 0:
            try:
                self.collect()
            except ValidationError:
                return super().try_save()  # shows the errors at their fields
            if not self.ctx.confirm(
                self,
                tr("Rule matches nobody"),
                tr("This rule matches no customer today. Save it anyway?"),
            ):
                self.warning.show()
                return False
        return super().try_save()


def _late_fee_policies(ctx: AppContext) -> list[tuple[str, str]]:
    """(id, name) of the late-fee policies (owned by the late-fee feature), if any."""
    repo = getattr(ctx.db, "late_fee_policies", None)
    if repo is None:
        return []
    try:
        return [(p.id, p.name) for p in repo.list()]
    except Exception:  # that feature's table may not exist in an older workspace
        return []
