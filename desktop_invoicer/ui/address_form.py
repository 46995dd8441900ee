"""The postal address fields the business form (first run, Settings) and the customer
dialog share: the six line edits, the postal code + city row, and reading them back."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtWidgets import QGridLayout, QLineEdit

from ..domain.catalog import Address
from ..domain.validation import FieldError
from .i18n import tr


class AddressEdits(NamedTuple):
    line1: QLineEdit
    line2: QLineEdit
    postal_code: QLineEdit
    city: QLineEdit
    state: QLineEdit
    country: QLineEdit

    def address(self) -> Address:
        return Address(
            line1=self.line1.text().strip(),
            line2=self.line2.text().strip(),
            city=self.city.text().strip(),
            postal_code=self.postal_code.text().strip(),
            state=self.state.text().strip(),
            country=self.country.text().strip().upper(),
        )

    def city_row(self) -> QGridLayout:
        """Postal code and city side by side, the city three times as wide."""
        row = QGridLayout()
        row.setHorizontalSpacing(8)
        row.addWidget(self.postal_code, 0, 0)
        row.addWidget(self.city, 0, 1)
        row.setColumnStretch(0, 1)
        row.setColumnStretch(1, 3)
        return row


def address_edits(address: Address | None = None) -> AddressEdits:
    """The six edits, filled from ``address`` when given, with their placeholders."""
    a = address or Address()
    edits = AddressEdits(*(QLineEdit(text) for text in _texts(a)))
    edits.line1.setPlaceholderText(tr("Street and number"))
    edits.postal_code.setPlaceholderText(tr("Postal code"))
    edits.city.setPlaceholderText(tr("City"))
    edits.country.setMaxLength(2)
    edits.country.setPlaceholderText(tr("US"))
    return edits


def _texts(a: Address) -> tuple[str, str, str, str, str, str]:
    return (a.line1, a.line2, a.postal_code, a.city, a.state, a.country)


def country_error(country: str) -> FieldError | None:
    """A problem with a typed country code (empty is fine: no country)."""
    country = country.strip()
    if country and (len(country) != 2 or not country.isalpha()):
        return FieldError("country", tr("Use a two-letter country code such as US or DE."))
    return None
