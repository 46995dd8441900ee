"""The business that sends the invoices: what appears in every document's header."""

from __future__ import annotations

from dataclasses import dataclass, field

from .branding import Branding
from .catalog import Address
from .currency import Currency, currency
from .validation import MAX_NAME, check_email, check_text, raise_if_any


@dataclass(frozen=True, slots=True)
class BusinessProfile:
    name: str = "My Business"
    email: str = ""
    phone: str = ""
    website: str = ""
    address: Address = field(default_factory=Address)
    tax_ids: tuple[str, ...] = ()
    default_currency: Currency = field(default_factory=lambda: currency("USD"))
    default_days_until_due: int = 30
    payment_instructions: str = ""
    footer: str = ""
    logo_path: str = ""
    branding: Branding = field(default_factory=Branding)  # template, colour, font, terms

    def validate(self) -> None:
        self.branding.validate()
        raise_if_any(
            [
                check_text("name", self.name, MAX_NAME, required=True, label="Business name"),
                check_email("email", self.email),
                check_text(
                    "payment_instructions",
                    self.payment_instructions,
                    1000,
                    label="Payment instructions",
                ),
                check_text("footer", self.footer, 1000, label="Footer"),
            ]
        )
