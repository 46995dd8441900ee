"""Create or edit a product and its unit price in each currency (one per currency)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from ..domain.catalog import Price, Product
from ..domain.money import Money, MoneyError
from ..domain.validation import FieldError, ValidationError
from .form_dialog import FormDialog, section_title
from .forms import currency_combo, error_label, form_layout, parse_currency, plain_text
from .i18n import tr


@dataclass(frozen=True)
class ProductWithPrices:
    product: Product
    prices: tuple[Price, ...]


@dataclass
class _PriceRow:
    price: Price | None
    currency: QComboBox
    amount: QLineEdit
    remove: QToolButton
    error: QLabel


class ProductDialog(FormDialog[ProductWithPrices]):
    """``value`` None creates a product; new products and prices get empty ids."""

    def __init__(
        self,
        value: ProductWithPrices | None,
        save: Callable[[ProductWithPrices], ProductWithPrices | None],
        default_currency: str = "USD",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Edit product") if value else tr("New product"), save, parent)
        self.original = value
        product = value.product if value else Product(id="", name="")
        self.name = QLineEdit(product.name)
        self.name.setPlaceholderText(tr("What you sell, as it appears on invoices"))
        self.description = plain_text(product.description, 70)
        self.active = QCheckBox(tr("Available for new invoices"))
        self.active.setChecked(product.active)
        form = form_layout()
        self.errors.add_row(form, tr("Name"), "name", self.name)
        self.errors.add_row(form, tr("Description"), "description", self.description)
        form.addRow("", self.active)
        self.body.addLayout(form)

        self.body.addWidget(section_title(tr("Prices")))
        hint = QLabel(tr("One unit price per currency. Invoices in a currency use its price."))
        hint.setObjectName("muted")
        self.body.addWidget(hint)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)
        self.body.addLayout(self._grid)
        self._rows: list[_PriceRow] = []
        add_row = QHBoxLayout()
        self.add_price_button = QPushButton(tr("Add price"))
        self.add_price_button.clicked.connect(lambda: self.add_price(None, default_currency))
        add_row.addWidget(self.add_price_button)
        add_row.addStretch(1)
        self.body.addLayout(add_row)
        self.errors.attach("prices", self.add_price_button, self.errors.general)
        for price in value.prices if value else ():
            self.add_price(price, price.unit_amount.currency.code)
        if not self._rows:
            self.add_price(None, default_currency)
        self.body.addStretch(1)
        self.setMinimumWidth(520)
        self.name.setFocus()

    @property
    def price_rows(self) -> Sequence[_PriceRow]:
        return list(self._rows)

    def add_price(self, price: Price | None, code: str) -> _PriceRow:
        combo = currency_combo(code)
        combo.setFixedWidth(96)
        amount = QLineEdit(price.unit_amount.amount_text(grouping=False) if price else "")
        amount.setPlaceholderText("0.00")
        amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        remove = QToolButton()
        remove.setText("✕")
        remove.setObjectName("removeLine")
        remove.setToolTip(tr("Remove this price"))
        error = error_label()
        row = _PriceRow(price, combo, amount, remove, error)
        remove.clicked.connect(lambda: self._remove(row))
        self._rows.append(row)
        self._relayout()
        return row

    def _remove(self, row: _PriceRow) -> None:
        self._rows.remove(row)
        for widget in (row.currency, row.amount, row.remove, row.error):
            widget.hide()
            widget.deleteLater()
        self._relayout()

    def _relayout(self) -> None:
        for i, row in enumerate(self._rows):
            self._grid.addWidget(row.currency, 2 * i, 0)
            self._grid.addWidget(row.amount, 2 * i, 1)
            self._grid.addWidget(row.remove, 2 * i, 2)
            self._grid.addWidget(row.error, 2 * i + 1, 0, 1, 3)
            self.errors.attach(f"prices[{i}].currency", row.currency, row.error)
            self.errors.attach(f"prices[{i}].unit_amount", row.amount, row.error)

    def collect(self) -> ProductWithPrices:
        original = self.original.product if self.original else None
        product = Product(
            id=original.id if original else "",
            name=self.name.text().strip(),
            description=self.description.toPlainText().strip(),
            active=self.active.isChecked(),
            stripe_id=original.stripe_id if original else None,
        )
        errors: list[FieldError] = []
        try:
            product.validate()
        except ValidationError as exc:
            errors.extend(exc.errors)
        prices: list[Price] = []
        seen: set[str] = set()
        for i, row in enumerate(self._rows):
            cur, error = parse_currency(f"prices[{i}].currency", row.currency.currentText())
            if error is not None or cur is None:
                errors.append(
                    error or FieldError(f"prices[{i}].currency", tr("Choose a currency."))
                )
                continue
            if cur.code in seen:
                errors.append(
                    FieldError(
                        f"prices[{i}].currency",
                        tr("There is already a {0} price.").format(cur.code),
                    )
                )
                continue
            seen.add(cur.code)
            try:
                amount = Money.parse(row.amount.text(), cur)
            except MoneyError as exc:
                errors.append(FieldError(f"prices[{i}].unit_amount", str(exc)))
                continue
            price = Price(
                id=row.price.id if row.price else "",
                product_id=product.id,
                unit_amount=amount,
                active=True,
                stripe_id=row.price.stripe_id if row.price else None,
            )
            try:
                price.validate()
            except ValidationError as exc:
                errors.extend(FieldError(f"prices[{i}].unit_amount", e.message) for e in exc.errors)
                continue
            prices.append(price)
        if not self._rows:
            errors.append(FieldError("prices", tr("Add at least one price.")))
        if errors:
            raise ValidationError(errors)
        return ProductWithPrices(product, tuple(prices))
