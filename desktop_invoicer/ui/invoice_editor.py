"""Create or edit a draft invoice, with live totals; other statuses open read-only."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Protocol

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.catalog import Customer, Discount, Price, Product, TaxRate
from ..domain.currency import Currency, currency
from ..domain.invoice import CollectionMethod, Invoice, InvoiceLine
from ..domain.status import InvoiceStatus
from ..domain.validation import (
    MAX_CUSTOM_FIELD_NAME,
    MAX_CUSTOM_FIELD_VALUE,
    MAX_CUSTOM_FIELDS,
    FieldError,
    ValidationError,
    check_text,
)
from .form_dialog import FormDialog, section_title
from .formatting import customer_label, format_money, status_label
from .forms import currency_combo, form_layout, parse_currency, plain_text
from .i18n import tr
from .invoice_lines import LinesEditor, rate_label
from .invoice_terms import COLLECTION, TERMS


class InvoiceCatalog(Protocol):
    """What the editor looks up: customers by name, the catalog, tax rates, discounts."""

    def search_customers(self, text: str, limit: int) -> Sequence[Customer]: ...

    def customer(self, customer_id: str) -> Customer | None: ...

    def prices(self, cur: Currency) -> Sequence[tuple[Product, Price]]: ...

    def tax_rates(self) -> Sequence[TaxRate]: ...

    def discounts(self) -> Sequence[Discount]: ...


class InvoiceEditor(FormDialog[Invoice]):
    """``invoice`` None starts a new draft (empty id: the saver assigns it)."""

    export_requested = Signal(object, object)  # Invoice, Customer
    customer_picked = Signal(object)  # Customer: collection rules fill in their terms

    def __init__(
        self,
        invoice: Invoice | None,
        catalog: InvoiceCatalog,
        save: Callable[[Invoice], Invoice | None],
        default_currency: str = "USD",
        default_days_until_due: int = 30,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            tr("New invoice")
            if invoice is None
            else tr("Invoice {0}").format(invoice.number or tr("(draft)"))
        )
        super().__init__(title, save, parent)
        self.catalog = catalog
        self.original = invoice
        self.customer: Customer | None = None
        self._found: dict[str, Customer] = {}
        self._prices: list[tuple[Product, Price]] = []
        self._discounts = list(catalog.discounts())
        self._building = True

        self._build_header(default_currency)
        self._build_lines()
        self._build_bottom()
        self.export_button = QPushButton(tr("Export PDF…"))
        self.buttons.addButton(self.export_button, self.buttons.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self._request_export)
        self.export_button.setToolTip(tr("Save this invoice as a PDF (Ctrl+P)"))
        QShortcut(QKeySequence("Ctrl+P"), self, self._request_export)
        self.save_button.setText(tr("Save draft"))

        self.lines.set_tax_rates(catalog.tax_rates())
        self._load(invoice, default_currency, default_days_until_due)
        self._building = False
        self.update_totals()
        self.resize(920, 720)

    # -- layout -----------------------------------------------------------------------

    def _build_header(self, default_currency: str) -> None:
        self.customer_edit = QLineEdit()
        self.customer_edit.setPlaceholderText(tr("Start typing a customer's name or email"))
        self._customer_model = QStringListModel(self)
        self.completer = QCompleter(self._customer_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.customer_edit.setCompleter(self.completer)
        self.customer_edit.textEdited.connect(self._search_customers)
        self.completer.activated.connect(self._customer_chosen)
        self.customer_edit.editingFinished.connect(self._resolve_typed_customer)

        self.currency = currency_combo(default_currency)
        self.currency.setFixedWidth(110)
        self.currency.currentTextChanged.connect(self._currency_changed)
        self.terms = QComboBox()
        for text, days in TERMS:
            self.terms.addItem(tr(text), days)
        self.due_date = QDateEdit()
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat("yyyy-MM-dd")
        self.due_date.setDate(QDate.currentDate().addDays(30))
        self.terms.currentIndexChanged.connect(self._terms_changed)
        self.collection = QComboBox()
        for text, method in COLLECTION:
            self.collection.addItem(tr(text), method.value)  # Qt keeps a StrEnum as a str
        self.collection.setToolTip(
            tr(
                "Charging automatically needs a saved payment method; payment terms then do not apply."
            )
        )
        self.collection.currentIndexChanged.connect(self._terms_changed)
        self.discount = QComboBox()
        self.status = QLabel()
        self.status.setObjectName("muted")

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        left = form_layout()
        self.errors.add_row(left, tr("Customer"), "customer", self.customer_edit)
        self.errors.add_row(left, tr("Currency"), "currency", self.currency)
        right = form_layout()
        terms_row = QHBoxLayout()
        terms_row.addWidget(self.terms, 1)
        terms_row.addWidget(self.due_date)
        terms_box = QWidget()
        terms_box.setLayout(terms_row)
        terms_row.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(right, tr("Collection"), "collection_method", self.collection)
        self.errors.add_row(right, tr("Payment terms"), "days_until_due", terms_box)
        self.errors.add_row(right, tr("Discount"), "discounts", self.discount)
        right.addRow(tr("Status"), self.status)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.body.addLayout(grid)

    def _build_lines(self) -> None:
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(section_title(tr("Lines")))
        self.lines = LinesEditor(self.errors)
        self.lines.changed.connect(self.update_totals)
        scroll = QScrollArea()
        scroll.setObjectName("linesScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.viewport().setAutoFillBackground(False)
        holder = QWidget()
        holder.setObjectName("linesHolder")
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.lines)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        self.lines_error = self.errors.attach("lines", scroll)
        layout.addWidget(self.lines_error)
        actions = QHBoxLayout()
        self.add_line_button = QPushButton(tr("Add line"))
        self.add_line_button.clicked.connect(self._add_blank_line)
        self.catalog_combo = QComboBox()
        self.catalog_combo.setMinimumWidth(260)
        self.catalog_combo.activated.connect(self._add_catalog_line)
        actions.addWidget(self.add_line_button)
        actions.addWidget(self.catalog_combo)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.body.addWidget(card, 1)

    def _build_bottom(self) -> None:
        row = QHBoxLayout()
        row.setSpacing(14)
        self.tabs = QTabWidget()
        self.memo = plain_text(height=80)
        self.memo.setPlaceholderText(tr("A note to the customer, shown on the invoice"))
        self.footer = plain_text(height=80)
        for key, edit, text in (
            ("memo", self.memo, tr("Memo")),
            ("footer", self.footer, tr("Footer")),
        ):
            page = self.errors.wrap(key, edit)
            page_layout = page.layout()
            if page_layout is not None:
                page_layout.setContentsMargins(6, 6, 6, 6)
            self.tabs.addTab(page, text)
        fields = QWidget()
        grid = QGridLayout(fields)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setVerticalSpacing(2)
        self.custom_names: list[QLineEdit] = []
        self.custom_values: list[QLineEdit] = []
        for i in range(MAX_CUSTOM_FIELDS):
            name = QLineEdit()
            name.setPlaceholderText(tr("Name (e.g. PO number)"))
            name.setMaxLength(MAX_CUSTOM_FIELD_NAME + 20)
            value = QLineEdit()
            value.setPlaceholderText(tr("Value"))
            self.custom_names.append(name)
            self.custom_values.append(value)
            grid.addWidget(self.errors.wrap(f"custom_fields[{i}].name", name), i, 0)
            grid.addWidget(self.errors.wrap(f"custom_fields[{i}].value", value), i, 1)
        grid.setColumnStretch(1, 2)
        self.tabs.addTab(fields, tr("Custom fields"))
        for edit in (self.memo, self.footer):
            edit.textChanged.connect(self._mark_dirty)
        row.addWidget(self.tabs, 3)

        card = QFrame()
        card.setObjectName("totalsCard")
        card.setMinimumWidth(300)
        self.totals_grid = QGridLayout(card)
        self.totals_grid.setContentsMargins(14, 10, 14, 10)
        self.totals_grid.setVerticalSpacing(4)
        self.total_labels: dict[str, QLabel] = {}
        row.addWidget(card, 2)
        self.body.addLayout(row)

    # -- loading ----------------------------------------------------------------------

    def _load(self, invoice: Invoice | None, default_currency: str, default_days: int) -> None:
        if invoice is None:
            self.status.setText(tr("New draft"))
            self._select_terms(default_days, None)
            self._set_currency(currency(default_currency))
            self._fill_discounts(None)
            self.lines.add_line()
            self.customer_edit.setFocus()
            return
        self.status.setText(status_label(invoice.status))
        customer = self.catalog.customer(invoice.customer_id)
        if customer is not None:
            self.customer = customer
            self._found[customer_label(customer)] = customer
            self.customer_edit.setText(customer_label(customer))
        else:
            self.customer_edit.setText(invoice.customer_id)
        self._set_currency(invoice.currency)
        self.collection.setCurrentIndex(self.collection.findData(invoice.collection_method.value))
        self._select_terms(invoice.days_until_due, invoice.due_date)
        self._fill_discounts(invoice.discounts[0] if invoice.discounts else None)
        for line in invoice.lines:
            self.lines.add_line(line)
        self.memo.setPlainText(invoice.memo)
        self.footer.setPlainText(invoice.footer)
        for i, (name, value) in enumerate(invoice.custom_fields[:MAX_CUSTOM_FIELDS]):
            self.custom_names[i].setText(name)
            self.custom_values[i].setText(value)
        if invoice.status is not InvoiceStatus.DRAFT:
            self._make_read_only(invoice.status)

    def _make_read_only(self, status: InvoiceStatus) -> None:
        self.set_read_only(
            tr(
                "This invoice is {0}. Only drafts can be edited; you can still export it as a PDF."
            ).format(status_label(status).lower())
        )
        for edit in (self.customer_edit, *self.custom_names, *self.custom_values):
            edit.setReadOnly(True)
        self.memo.setReadOnly(True)
        self.footer.setReadOnly(True)
        for widget in (
            self.currency,
            self.collection,
            self.terms,
            self.due_date,
            self.discount,
            self.add_line_button,
            self.catalog_combo,
        ):
            widget.setEnabled(False)
        self.lines.set_read_only(True)

    def _select_terms(self, days: int | None, due: date | None) -> None:
        """Net N when the invoice has terms (its due date then follows from them), else the date.

        Terms not in the list (Net 45 from the business profile, say) are added, so an
        edit never changes them silently.
        """
        if days is not None and days >= 0 and self.terms.findData(days) < 0:
            label = tr("Due on receipt") if days == 0 else tr("Net {0}").format(days)
            self.terms.insertItem(self.terms.count() - 1, label, days)
        if due is not None:
            self.due_date.setDate(QDate(due.year, due.month, due.day))
        if days is None and due is not None:
            self.terms.setCurrentIndex(self.terms.count() - 1)
        else:
            index = self.terms.findData(days)
            self.terms.setCurrentIndex(index if index >= 0 else self.terms.findData(30))
        self._terms_changed()

    def _fill_discounts(self, selected: Discount | None) -> None:
        self.discount.clear()
        self.discount.addItem(tr("No discount"), None)
        known = list(self._discounts)
        if selected is not None and all(d.id != selected.id for d in known):
            known.append(selected)
        for d in known:
            if d.percent_off is not None:
                text = tr("{0} ({1}% off)").format(d.name, f"{d.percent_off.normalize():f}")
            else:
                assert d.amount_off is not None
                text = tr("{0} ({1} off)").format(d.name, format_money(d.amount_off))
            self.discount.addItem(text, d)
            if selected is not None and d.id == selected.id:
                self.discount.setCurrentIndex(self.discount.count() - 1)
        self.discount.currentIndexChanged.connect(self._mark_dirty)

    # -- reacting ---------------------------------------------------------------------

    def _mark_dirty(self, *_args: object) -> None:
        self.update_totals()

    def _search_customers(self, text: str) -> None:
        self.customer = None
        found = self.catalog.search_customers(text.strip(), 20) if text.strip() else []
        self._found = {customer_label(c): c for c in found}
        self._customer_model.setStringList(list(self._found))

    def _customer_chosen(self, text: str) -> None:
        customer = self._found.get(text)
        if customer is not None:
            self.pick_customer(customer)

    def _resolve_typed_customer(self) -> None:
        if self.customer is not None or self.read_only:
            return
        text = self.customer_edit.text().strip()
        if not text:
            return
        match = self._found.get(text)
        if match is None:
            exact = [c for c in self._found.values() if c.name.lower() == text.lower()]
            if len(exact) == 1:
                match = exact[0]
        if match is not None:
            self.pick_customer(match)

    def pick_customer(self, customer: Customer) -> None:
        """Bill ``customer``: the invoice takes the customer's currency."""
        self.customer = customer
        self._found.setdefault(customer_label(customer), customer)
        self.customer_edit.setText(customer_label(customer))
        self.errors.clear_field("customer")
        self._set_currency(customer.currency)
        self.customer_picked.emit(customer)

    def _set_currency(self, cur: Currency) -> None:
        if self.currency.currentText() != cur.code:
            self.currency.setCurrentText(cur.code)
        self._currency_changed(cur.code)

    def _currency_changed(self, code: str) -> None:
        cur, _error = parse_currency("currency", code)
        if cur is None:
            return
        self.lines.set_currency(cur)
        self._prices = list(self.catalog.prices(cur))
        self.catalog_combo.clear()
        self.catalog_combo.addItem(tr("Add from catalog ({0})…").format(cur.code), None)
        for product, price in self._prices:
            self.catalog_combo.addItem(
                f"{product.name} — {format_money(price.unit_amount)}", price.id
            )
        self.catalog_combo.setEnabled(bool(self._prices) and not self.read_only)
        self.update_totals()

    def collection_method(self) -> CollectionMethod:
        return CollectionMethod(self.collection.currentData() or CollectionMethod.SEND_INVOICE)

    def charges_automatically(self) -> bool:
        return self.collection_method() is CollectionMethod.CHARGE_AUTOMATICALLY

    def _terms_changed(self, *_args: object) -> None:
        self.due_date.setVisible(self.terms.currentData() is None)
        emailed = not self.charges_automatically() and not self.read_only
        for widget in (self.terms, self.due_date):
            widget.setEnabled(emailed)
            widget.setToolTip(
                ""
                if emailed or self.read_only
                else tr("An invoice charged automatically has no terms.")
            )
        self.update_totals()

    def _add_blank_line(self) -> None:
        row = self.lines.add_line()
        row.description.setFocus()

    def _add_catalog_line(self, index: int) -> None:
        if index <= 0:
            return
        product, price = self._prices[index - 1]
        self.add_catalog_line(product, price)
        self.catalog_combo.setCurrentIndex(0)

    def add_catalog_line(self, product: Product, price: Price, quantity: int = 1) -> None:
        line = InvoiceLine(product.name, quantity, price.unit_amount, (), price.id)
        # Fill the first untouched blank line instead of leaving it empty above.
        blank = [
            r
            for r in self.lines.rows
            if not r.description.text().strip() and not r.unit_price.text().strip()
        ]
        if blank:
            self.lines.remove_line(blank[0])
        self.lines.add_line(line)

    # -- totals -----------------------------------------------------------------------

    def _current_currency(self) -> Currency | None:
        return parse_currency("currency", self.currency.currentText())[0]

    def update_totals(self) -> None:
        if self._building:
            return
        cur = self._current_currency()
        self.total_labels = {}
        while self.totals_grid.count():
            item = self.totals_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if cur is None:
            return
        discount = self.discount.currentData()
        discounts: tuple[Discount, ...] = ()
        if isinstance(discount, Discount) and (
            discount.amount_off is None or discount.amount_off.currency == cur
        ):
            discounts = (discount,)
        preview = Invoice("", "", cur, lines=tuple(self.lines.preview_lines()), discounts=discounts)
        totals = preview.totals()
        rows: list[tuple[str, str, str]] = [
            ("subtotal", tr("Subtotal"), format_money(totals.subtotal))
        ]
        if not totals.discount.is_zero:
            rows.append(("discount", tr("Discount"), format_money(-totals.discount)))
        for tax in totals.tax_by_rate:
            rows.append(
                (f"tax:{tax.tax_rate.id}", rate_label(tax.tax_rate), format_money(tax.amount))
            )
        rows.append(("total", tr("Total"), format_money(totals.total)))
        for r, (key, text, value) in enumerate(rows):
            name = QLabel(text)
            amount = QLabel(value)
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key == "total":
                name.setObjectName("grandTotal")
                amount.setObjectName("grandTotal")
            self.totals_grid.addWidget(name, r, 0)
            self.totals_grid.addWidget(amount, r, 1)
            self.total_labels[key] = amount
        for r in range(self.totals_grid.rowCount()):
            self.totals_grid.setRowStretch(r, 0)
        self.totals_grid.setRowStretch(len(rows), 1)

    def total_text(self, key: str = "total") -> str:
        label = self.total_labels.get(key)
        return label.text() if label is not None else ""

    # -- saving -----------------------------------------------------------------------

    def collect(self) -> Invoice:
        errors: list[FieldError] = []
        self._resolve_typed_customer()
        if self.customer is None:
            errors.append(
                FieldError(
                    "customer", tr("Choose a customer from the list (type part of the name).")
                )
            )
        cur, currency_error = parse_currency("currency", self.currency.currentText())
        if currency_error is not None:
            errors.append(currency_error)
        cur = cur or currency("USD")
        if self.customer is not None and self.customer.currency != cur:
            errors.append(
                FieldError(
                    "currency",
                    tr("{0} is billed in {1}.").format(
                        self.customer.name, self.customer.currency.code
                    ),
                )
            )
        lines, line_errors = self.lines.collect(cur)
        errors.extend(line_errors)
        custom: list[tuple[str, str]] = []
        for i, (name_edit, value_edit) in enumerate(
            zip(self.custom_names, self.custom_values, strict=True)
        ):
            name, value = name_edit.text().strip(), value_edit.text().strip()
            if not name and not value:
                continue
            for error in (
                check_text(f"custom_fields[{i}].name", name, MAX_CUSTOM_FIELD_NAME, True, "Name"),
                check_text(
                    f"custom_fields[{i}].value", value, MAX_CUSTOM_FIELD_VALUE, True, "Value"
                ),
            ):
                if error is not None:
                    errors.append(error)
            custom.append((name, value))
        method = self.collection_method()
        days = self.terms.currentData()
        picked = self.due_date.date()
        due = date(picked.year(), picked.month(), picked.day()) if days is None else None
        if method is CollectionMethod.CHARGE_AUTOMATICALLY:
            days, due = None, None  # Stripe takes terms only for emailed invoices
        elif due is not None and due < date.today() - timedelta(days=365):
            errors.append(FieldError("days_until_due", tr("The due date is more than a year ago.")))
        discount = self.discount.currentData()
        base = self.original or Invoice(id="", customer_id="", currency=cur)
        invoice = replace(
            base,
            customer_id=self.customer.id if self.customer else base.customer_id,
            currency=cur,
            lines=tuple(lines),
            discounts=(discount,) if isinstance(discount, Discount) else (),
            memo=self.memo.toPlainText().strip(),
            footer=self.footer.toPlainText().strip(),
            custom_fields=tuple(custom),
            collection_method=method,
            days_until_due=days if isinstance(days, int) else None,
            due_date=due if isinstance(due, date) else None,
        )
        try:
            invoice.validate()
        except ValidationError as exc:
            # Line errors were found above with each row's own index.
            errors.extend(
                e for e in exc.errors if not e.field.startswith("lines[") or not line_errors
            )
        if errors:
            raise ValidationError(list(dict.fromkeys(errors)))  # each message once
        return invoice

    def try_save(self) -> bool:
        """Save; on failure show the memo, footer or custom fields tab holding an error."""
        if super().try_save():
            return True
        custom = [
            f"custom_fields[{i}].{part}"
            for i in range(MAX_CUSTOM_FIELDS)
            for part in ("name", "value")
        ]
        for index, names in ((0, ["memo"]), (1, ["footer"]), (2, custom)):
            if any(self.errors.message(n) for n in names):
                self.tabs.setCurrentIndex(index)
                break
        return False

    def _request_export(self) -> None:
        if self.read_only and self.original is not None:
            self.export_requested.emit(self.original, self.customer)
            return
        self.errors.clear()
        try:
            invoice = self.collect()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        self.export_requested.emit(invoice, self.customer)
