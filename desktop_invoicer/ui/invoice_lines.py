"""The lines of the invoice editor: description, quantity, unit price, tax rates, amount.

Each line is a row of plain line edits (not a table), so a message can sit right
under the field it is about. Text is parsed on save with the domain's rules
(``Money.parse`` for the invoice's currency, whole quantities), and leniently for
the live totals, which skip a line until it makes sense.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from ..domain.catalog import TaxRate
from ..domain.currency import Currency
from ..domain.invoice import InvoiceLine
from ..domain.money import Money, MoneyError
from ..domain.validation import FieldError
from .formatting import format_money
from .forms import FieldErrors, error_label
from .i18n import N_, tr

HEADERS = (N_("Description"), N_("Qty"), N_("Unit price"), N_("Tax"), N_("Amount"), "")


def rate_label(rate: TaxRate) -> str:
    """``VAT 20%``, ``MwSt 19% incl.``; a name that already says its rate is kept as is."""
    if "%" in rate.display_name:
        text = rate.display_name
    else:
        text = f"{rate.display_name} {rate.percentage.normalize():f}%"
    return tr("{0} incl.").format(text) if rate.inclusive else text


@dataclass
class LineRow:
    description: QLineEdit
    quantity: QLineEdit
    unit_price: QLineEdit
    tax: QToolButton
    amount: QLabel
    remove: QToolButton
    error: QLabel
    price_id: str | None = None
    tax_ids: list[str] = field(default_factory=list)

    def widgets(self) -> tuple[QWidget, ...]:
        return (
            self.description,
            self.quantity,
            self.unit_price,
            self.tax,
            self.amount,
            self.remove,
            self.error,
        )


class LinesEditor(QWidget):
    changed = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors = errors
        self._rows: list[LineRow] = []
        self._rates: dict[str, TaxRate] = {}
        self._currency: Currency | None = None
        self._read_only = False
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(2)
        for column, text in enumerate(HEADERS):
            label = QLabel(tr(text) if text else "")
            label.setObjectName("muted")
            if column in (1, 2, 4):
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(label, 0, column)
        self._grid.setColumnStretch(0, 5)
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(2, 2)
        self._grid.setColumnStretch(3, 2)
        self._grid.setColumnStretch(4, 2)
        self._grid.setColumnMinimumWidth(3, 130)
        self._grid.setColumnMinimumWidth(4, 110)

    # -- configuration ----------------------------------------------------------------

    @property
    def rows(self) -> list[LineRow]:
        return list(self._rows)

    def set_tax_rates(self, rates: Sequence[TaxRate]) -> None:
        self._rates = {r.id: r for r in rates}
        for row in self._rows:
            self._update_tax_button(row)

    def add_rate(self, rate: TaxRate) -> None:
        """Make a rate used by an existing line selectable even if it is archived."""
        self._rates.setdefault(rate.id, rate)

    def set_currency(self, cur: Currency) -> None:
        self._currency = cur
        placeholder = Money.zero(cur).amount_text()
        for row in self._rows:
            row.unit_price.setPlaceholderText(placeholder)
        self.refresh_amounts()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for row in self._rows:
            self._apply_read_only(row)

    def _apply_read_only(self, row: LineRow) -> None:
        for edit in (row.description, row.quantity, row.unit_price):
            edit.setReadOnly(self._read_only)
        row.tax.setEnabled(not self._read_only)
        row.remove.setVisible(not self._read_only)

    # -- rows -------------------------------------------------------------------------

    def add_line(self, line: InvoiceLine | None = None) -> LineRow:
        description = QLineEdit(line.description if line else "")
        description.setPlaceholderText(tr("What you are billing for"))
        quantity = QLineEdit(str(line.quantity) if line else "1")
        quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        quantity.setMaximumWidth(80)
        unit_price = QLineEdit(line.unit_amount.amount_text(grouping=False) if line else "")
        unit_price.setAlignment(Qt.AlignmentFlag.AlignRight)
        if self._currency is not None:
            unit_price.setPlaceholderText(Money.zero(self._currency).amount_text())
        tax = QToolButton()
        tax.setObjectName("taxButton")
        tax.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        tax.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tax.setMinimumWidth(140)
        amount = QLabel()
        amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        remove = QToolButton()
        remove.setText("✕")
        remove.setObjectName("removeLine")
        remove.setToolTip(tr("Remove this line"))
        row = LineRow(
            description,
            quantity,
            unit_price,
            tax,
            amount,
            remove,
            error_label(),
            price_id=line.price_id if line else None,
            tax_ids=[r.id for r in line.tax_rates] if line else [],
        )
        if line:
            for rate in line.tax_rates:
                self.add_rate(rate)
        for edit in (description, quantity, unit_price):
            edit.textChanged.connect(self._edited)
        unit_price.textEdited.connect(lambda _text: self._forget_price(row))
        remove.clicked.connect(lambda: self.remove_line(row))
        self._rows.append(row)
        self._update_tax_button(row)
        self._apply_read_only(row)
        self._relayout()
        self.refresh_amounts()
        self.changed.emit()
        return row

    def remove_line(self, row: LineRow) -> None:
        self._rows.remove(row)
        for widget in row.widgets():
            widget.hide()
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._relayout()
        self.changed.emit()

    def set_taxes(self, row: LineRow, tax_ids: Sequence[str]) -> None:
        row.tax_ids = [i for i in tax_ids if i in self._rates]
        self._update_tax_button(row)
        self.refresh_amounts()
        self.changed.emit()

    def _forget_price(self, row: LineRow) -> None:
        row.price_id = None  # an edited price is an ad hoc amount, no longer the catalog's

    def _edited(self) -> None:
        self.refresh_amounts()
        self.changed.emit()

    def _relayout(self) -> None:
        for i, row in enumerate(self._rows):
            r = 1 + 2 * i
            self._grid.addWidget(row.description, r, 0)
            self._grid.addWidget(row.quantity, r, 1)
            self._grid.addWidget(row.unit_price, r, 2)
            self._grid.addWidget(row.tax, r, 3)
            self._grid.addWidget(row.amount, r, 4)
            self._grid.addWidget(row.remove, r, 5)
            self._grid.addWidget(row.error, r + 1, 0, 1, 6)
            for name, widget in (
                ("description", row.description),
                ("quantity", row.quantity),
                ("unit_amount", row.unit_price),
            ):
                self._errors.attach(f"lines[{i}].{name}", widget, row.error)

    def _update_tax_button(self, row: LineRow) -> None:
        menu = QMenu(row.tax)
        for rate in self._rates.values():
            if not rate.active and rate.id not in row.tax_ids:
                continue
            action = QAction(rate_label(rate), menu)
            action.setCheckable(True)
            action.setChecked(rate.id in row.tax_ids)
            action.toggled.connect(
                lambda checked, rid=rate.id, r=row: self._toggle_tax(r, rid, checked)
            )
            menu.addAction(action)
        if not self._rates:
            empty = menu.addAction(tr("No tax rates yet"))
            empty.setEnabled(False)
        row.tax.setMenu(menu)
        names = [self._rates[i].display_name for i in row.tax_ids if i in self._rates]
        row.tax.setText(", ".join(names) if names else tr("No tax"))
        row.tax.setToolTip(
            "\n".join(rate_label(self._rates[i]) for i in row.tax_ids if i in self._rates)
        )

    def _toggle_tax(self, row: LineRow, rate_id: str, checked: bool) -> None:
        ids = [i for i in row.tax_ids if i != rate_id]
        if checked:
            ids.append(rate_id)
        self.set_taxes(row, ids)

    # -- reading ----------------------------------------------------------------------

    def refresh_amounts(self) -> None:
        for row in self._rows:
            line = self._lenient(row)
            row.amount.setText(format_money(line.amount) if line else "")

    def _lenient(self, row: LineRow) -> InvoiceLine | None:
        if self._currency is None:
            return None
        try:
            quantity = int(row.quantity.text().strip())
            amount = Money.parse(row.unit_price.text(), self._currency)
        except (ValueError, MoneyError):
            return None
        if quantity <= 0 or amount.minor < 0:
            return None
        return self._line(row, quantity, amount)

    def _line(self, row: LineRow, quantity: int, amount: Money) -> InvoiceLine:
        return InvoiceLine(
            description=row.description.text().strip(),
            quantity=quantity,
            unit_amount=amount,
            tax_rates=tuple(self._rates[i] for i in row.tax_ids if i in self._rates),
            price_id=row.price_id,
        )

    def preview_lines(self) -> list[InvoiceLine]:
        """The lines that make sense so far, for live totals."""
        return [line for row in self._rows if (line := self._lenient(row)) is not None]

    def collect(self, cur: Currency) -> tuple[list[InvoiceLine], list[FieldError]]:
        """Every line, strictly parsed; errors name ``lines[i].field`` as the domain does."""
        lines: list[InvoiceLine] = []
        errors: list[FieldError] = []
        for i, row in enumerate(self._rows):
            quantity_text = row.quantity.text().strip().replace(",", "")
            try:
                quantity = int(quantity_text)
            except ValueError:
                errors.append(
                    FieldError(f"lines[{i}].quantity", tr("Enter a whole number, like 1 or 12."))
                )
                quantity = None
            try:
                amount: Money | None = Money.parse(row.unit_price.text(), cur)
            except MoneyError as exc:
                errors.append(FieldError(f"lines[{i}].unit_amount", str(exc)))
                amount = None
            if quantity is None or amount is None:
                continue
            line = self._line(row, quantity, amount)
            errors.extend(e for e in line.errors(i) if e is not None)
            lines.append(line)
        return lines, errors
