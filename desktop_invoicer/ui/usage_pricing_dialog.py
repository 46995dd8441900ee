"""How a product's usage is priced: per unit, tiered (graduated) or volume, with a preview.

Without a plan, usage is priced per unit at the product's active price in that
currency. Tiers are typed in major units ("0.02"); ``Up to`` is inclusive and the
last tier is left blank ("and above"). The preview prices a quantity as the job
will, with the same pure function (:func:`..domain.pricing.price`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.currency import UnknownCurrencyError, currency
from ..domain.money import Money, MoneyError
from ..domain.pricing import PricingError, PricingModel, Tier, UsagePricing, price
from ..domain.validation import FieldError, ValidationError
from .form_dialog import FormDialog
from .forms import form_layout
from .i18n import tr


@dataclass(frozen=True, slots=True)
class UsagePlan:
    product_id: str
    currency: str
    pricing: UsagePricing


class UsagePricingDialog(FormDialog[UsagePlan]):
    def __init__(
        self,
        products: Sequence[tuple[str, str]],  # (id, name)
        save: Callable[[UsagePlan], UsagePlan | None],
        default_currency: str = "EUR",
        parent: QWidget | None = None,
        plans: Callable[[str], Mapping[str, UsagePricing]] | None = None,
    ) -> None:
        super().__init__(tr("Usage pricing"), save, parent)
        self.setMinimumWidth(620)
        form = form_layout()
        self.body.addLayout(form)
        self.product = QComboBox()
        for pid, name in products:
            self.product.addItem(name, pid)
        self.errors.add_row(form, tr("Product"), "product_id", self.product)
        self.currency = QLineEdit(default_currency)
        self.currency.setMaxLength(3)
        self.errors.add_row(form, tr("Currency"), "currency", self.currency)
        self.model = QComboBox()
        for model in PricingModel:
            self.model.addItem(tr(model.label), model.value)
        self.model.currentIndexChanged.connect(self._model_changed)
        self.errors.add_row(form, tr("Pricing"), "model", self.model)
        self.unit_price = QLineEdit()
        self.unit_price.setPlaceholderText(tr("e.g. 0.02"))
        self.errors.add_row(form, tr("Price per unit"), "unit_amount", self.unit_price)

        self.tiers = QTableWidget(0, 3)
        self.tiers.setHorizontalHeaderLabels(
            [tr("Up to (units)"), tr("Price per unit"), tr("Flat fee")]
        )
        self.tiers.verticalHeader().hide()
        self.tiers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tiers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tiers.setMinimumHeight(130)
        self.add_tier_button = QPushButton(tr("Add tier"))
        self.add_tier_button.clicked.connect(lambda: self.add_tier("", "", ""))
        self.remove_tier_button = QPushButton(tr("Remove tier"))
        self.remove_tier_button.clicked.connect(self.remove_tier)
        tiers_box = QWidget()
        box = QVBoxLayout(tiers_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tiers)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_tier_button)
        buttons.addWidget(self.remove_tier_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.errors.add_row(form, tr("Tiers"), "tiers", tiers_box)
        self.tiers_box = tiers_box

        preview = QHBoxLayout()
        self.preview_quantity = QSpinBox()
        self.preview_quantity.setRange(0, 1_000_000_000)
        self.preview_quantity.setValue(1000)
        self.preview_quantity.setSuffix(tr(" units"))
        self.preview_quantity.valueChanged.connect(self.refresh_preview)
        self.preview = QLabel()
        preview.addWidget(QLabel(tr("Preview:")))
        preview.addWidget(self.preview_quantity)
        preview.addWidget(self.preview, 1)
        self.body.addLayout(preview)
        self.tiers.itemChanged.connect(self.refresh_preview)
        self.unit_price.textChanged.connect(self.refresh_preview)
        self.add_tier("1000", "", "")
        self.add_tier("", "", "")
        self._plans = plans
        self.product.currentIndexChanged.connect(self.load_plan)
        self.currency.editingFinished.connect(self.load_plan)
        self._model_changed()
        self.load_plan()

    def load_plan(self, *_args: object) -> None:
        """Show the product's saved plan in this currency, if it has one."""
        if self._plans is None:
            return
        plan = self._plans(str(self.product.currentData() or "")).get(
            self.currency.text().strip().upper()
        )
        if plan is None:
            return
        try:
            cur = currency(self.currency.text().strip().upper())
        except UnknownCurrencyError:
            return
        self.model.setCurrentIndex(max(0, self.model.findData(plan.model.value)))
        self.unit_price.setText(Money.of(plan.unit_amount, cur.code).amount_text(grouping=False))
        self.tiers.setRowCount(0)
        for tier in plan.tiers:
            self.add_tier(
                "" if tier.up_to is None else str(tier.up_to),
                Money.of(tier.unit_amount, cur.code).amount_text(grouping=False),
                Money.of(tier.flat_amount, cur.code).amount_text(grouping=False)
                if tier.flat_amount
                else "",
            )
        self.refresh_preview()

    def add_tier(self, up_to: str, unit: str, flat: str) -> None:
        row = self.tiers.rowCount()
        self.tiers.insertRow(row)
        for column, text in enumerate((up_to, unit, flat)):
            self.tiers.setItem(row, column, QTableWidgetItem(text))

    def remove_tier(self) -> None:
        row = self.tiers.currentRow()
        if row >= 0:
            self.tiers.removeRow(row)
            self.refresh_preview()

    def _model_changed(self, *_args: object) -> None:
        per_unit = self.model.currentData() == PricingModel.PER_UNIT.value
        self.unit_price.setEnabled(per_unit)
        self.tiers_box.setEnabled(not per_unit)
        self.refresh_preview()

    def _cell(self, row: int, column: int) -> str:
        item = self.tiers.item(row, column)
        return "" if item is None else item.text().strip()

    def collect(self) -> UsagePlan:
        errors: list[FieldError] = []
        code = self.currency.text().strip().upper()
        try:
            cur = currency(code)
        except UnknownCurrencyError:
            raise ValidationError(
                [FieldError("currency", tr("'{0}' is not a currency.").format(code))]
            ) from None
        model = PricingModel(str(self.model.currentData()))

        def minor(text: str, field: str) -> int:
            if not text:
                return 0
            try:
                return Money.parse(text, cur).minor
            except MoneyError as exc:
                errors.append(FieldError(field, str(exc)))
                return 0

        tiers: list[Tier] = []
        unit_amount = 0
        if model is PricingModel.PER_UNIT:
            unit_amount = minor(self.unit_price.text().strip(), "unit_amount")
        else:
            for row in range(self.tiers.rowCount()):
                up = self._cell(row, 0).replace(",", "")
                if up and not up.isdigit():
                    message = tr("Tier {0}: 'up to' is a number.").format(row + 1)
                    errors.append(FieldError("tiers", message))
                    continue
                tiers.append(
                    Tier(
                        int(up) if up else None,
                        minor(self._cell(row, 1), "tiers"),
                        minor(self._cell(row, 2), "tiers"),
                    )
                )
        pricing = UsagePricing(model, unit_amount, tuple(tiers))
        if not errors:
            try:
                pricing.validate()
            except PricingError as exc:
                field = "unit_amount" if model is PricingModel.PER_UNIT else "tiers"
                errors.append(FieldError(field, str(exc)))
        if errors:
            raise ValidationError(errors)
        return UsagePlan(str(self.product.currentData() or ""), cur.code, pricing)

    def refresh_preview(self, *_args: object) -> None:
        try:
            plan = self.collect()
        except ValidationError as exc:
            self.preview.setText(exc.errors[0].message if exc.errors else "")
            return
        amount = price(self.preview_quantity.value(), plan.pricing)
        self.preview.setText(Money.of(amount, plan.currency).format())
