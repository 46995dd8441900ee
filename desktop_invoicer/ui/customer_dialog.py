"""Create or edit a customer: name, email, currency and postal address."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from ..domain.catalog import Customer
from ..domain.currency import currency
from ..domain.locales import STRIPE_LOCALES, normalize_locale
from ..domain.validation import FieldError, ValidationError
from .address_form import address_edits
from .form_dialog import FormDialog, section_title
from .forms import currency_combo, form_layout, parse_currency
from .i18n import tr


class CustomerDialog(FormDialog[Customer]):
    """``customer`` None creates one (with an empty id: the saver assigns it)."""

    def __init__(
        self,
        customer: Customer | None,
        save: Callable[[Customer], Customer | None],
        default_currency: str = "USD",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Edit customer") if customer else tr("New customer"), save, parent)
        self.original = customer
        c = customer or Customer(id="", name="", email="", currency=currency(default_currency))
        self.name = QLineEdit(c.name)
        self.name.setPlaceholderText(tr("Company or person"))
        self.email = QLineEdit(c.email)
        self.email.setPlaceholderText(tr("billing@example.com"))
        self.phone = QLineEdit(c.phone)
        self.currency = currency_combo(c.currency.code)
        self.language = locale_combo(c.locale)
        self.tax_exempt = QCheckBox(tr("Exempt from tax"))
        self.tax_exempt.setChecked(c.tax_exempt)

        form = form_layout()
        self.errors.add_row(form, tr("Name"), "name", self.name)
        self.errors.add_row(form, tr("Email"), "email", self.email)
        self.errors.add_row(form, tr("Phone"), "phone", self.phone)
        self.errors.add_row(form, tr("Currency"), "currency", self.currency)
        # Invoices, PDFs and Stripe's emails in this language and locale (preferred_locales).
        self.errors.add_row(form, tr("Language"), "locale", self.language)
        form.addRow("", self.tax_exempt)

        self.address_edits = address_edits(c.address)
        self.line1, self.line2, self.postal_code, self.city, self.state, self.country = (
            self.address_edits
        )
        self.line2.setPlaceholderText(tr("Suite, floor (optional)"))
        form.addRow(section_title(tr("Billing address")))
        address = form
        address.addRow(tr("Address"), self.line1)
        address.addRow("", self.line2)
        address.addRow(tr("City"), self.address_edits.city_row())
        address.addRow(tr("State / region"), self.state)
        self.errors.add_row(address, tr("Country"), "country", self.country)
        self.body.addLayout(form)
        self.setMinimumWidth(520)
        self.name.setFocus()

    def collect(self) -> Customer:
        cur, currency_error = parse_currency("currency", self.currency.currentText())
        customer = Customer(
            id=self.original.id if self.original else "",
            name=self.name.text().strip(),
            email=self.email.text().strip(),
            currency=cur or currency("USD"),
            address=self.address_edits.address(),
            phone=self.phone.text().strip(),
            locale=str(self.language.currentData() or "en"),
            stripe_id=self.original.stripe_id if self.original else None,
            tax_exempt=self.tax_exempt.isChecked(),
        )
        errors: list[FieldError] = []
        try:
            customer.validate()
        except ValidationError as exc:
            errors.extend(exc.errors)
        if currency_error is not None:
            errors.append(currency_error)
        if errors:
            raise ValidationError(errors)
        return customer


def locale_combo(current: str) -> QComboBox:
    """The languages Stripe's invoices speak; the customer's current one selected."""
    combo = QComboBox()
    for code, name in STRIPE_LOCALES:
        combo.addItem(f"{name} ({code})", code)
    combo.setCurrentIndex(max(combo.findData(normalize_locale(current)), 0))
    return combo
