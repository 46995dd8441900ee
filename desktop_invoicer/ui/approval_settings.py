"""Settings > Review: the approval rules that hold drafts for a person's review."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..domain.approval import ApprovalRules
from ..domain.currency import UnknownCurrencyError, currency
from ..domain.money import Money, MoneyError
from .form_dialog import section_title
from .forms import form_layout
from .i18n import tr
from .settings_card import SettingsCard, button_row, error_label, muted_label

if TYPE_CHECKING:
    from ..storage.database import Database
    from .context import AppContext


def thresholds_text(rules: ApprovalRules) -> str:
    return ", ".join(
        f"{code} {Money(minor, currency(code)).amount_text(grouping=False)}"
        for code, minor in sorted(rules.amount_thresholds.items())
    )


def parse_thresholds(text: str) -> dict[str, int]:
    """``"USD 1000, EUR 800.50"`` as minor units per code; ValueError says what is wrong."""
    out: dict[str, int] = {}
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        pieces = part.split()
        if len(pieces) != 2:
            raise ValueError(
                tr("Write each threshold as a currency and an amount: {0}.").format(repr(part))
            )
        code, amount = pieces[0].upper(), pieces[1]
        try:
            out[code] = Money.parse(amount, currency(code)).minor
        except (UnknownCurrencyError, MoneyError, ValueError) as exc:
            raise ValueError(f"{part!r}: {exc}") from exc
    return out


class ApprovalRulesCard(SettingsCard):
    """A small card: each rule on or off, saved on its own button."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database = ctx.db
        self.thresholds = QLineEdit()
        self.thresholds.setPlaceholderText(tr("e.g. USD 5000, EUR 4000 (empty: no amount rule)"))
        self.new_customer_days = QSpinBox()
        self.new_customer_days.setRange(0, 365)
        self.new_customer_days.setSpecialValueText(tr("Off"))
        self.new_customer_days.setSuffix(tr(" days"))
        self.first_invoice = QCheckBox(tr("Hold the first invoice to a customer"))
        self.unusual_currency = QCheckBox(
            tr("Hold an invoice in a currency the customer does not use")
        )
        self.error = error_label()
        self.saved = muted_label()
        self.save_button = QPushButton(tr("Save rules"))
        self.save_button.clicked.connect(self.save)

        form = form_layout()
        form.addRow(section_title(tr("Review before sending")))
        form.addRow(tr("Amount above"), self.thresholds)
        form.addRow(tr("New customer within"), self.new_customer_days)
        form.addRow("", self.first_invoice)
        form.addRow("", self.unusual_currency)
        self.card_layout(
            form, self.error, button_row(self.saved, self.save_button, grow=self.saved)
        )
        self.load()

    def load(self) -> None:
        rules = self.db.approvals.rules()
        self.thresholds.setText(thresholds_text(rules))
        self.new_customer_days.setValue(rules.new_customer_days or 0)
        self.first_invoice.setChecked(rules.first_invoice)
        self.unusual_currency.setChecked(rules.unusual_currency)

    def collect(self) -> ApprovalRules:
        days = self.new_customer_days.value()
        return ApprovalRules(
            amount_thresholds=parse_thresholds(self.thresholds.text()),
            new_customer_days=days or None,
            first_invoice=self.first_invoice.isChecked(),
            unusual_currency=self.unusual_currency.isChecked(),
        )

    def save(self) -> bool:
        self.error.hide()
        self.saved.clear()
        try:
            rules = self.collect()
        except ValueError as exc:  # the field keeps what was typed
            self.error.setText(str(exc))
            self.error.show()
            return False
        self.db.approvals.save_rules(rules)
        self.saved.setText(tr("Saved."))
        self.status_message.emit(tr("Approval rules saved."))
        return True
