"""How the business's documents look: template, accent colour, font, terms.

Part of the :class:`~.business.BusinessProfile`, so every caller that renders a PDF
with the profile gets the brand without passing anything else. Empty strings mean
"the template's own choice". The logo stays ``BusinessProfile.logo_path``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .validation import FieldError, check_text, raise_if_any

HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
TEMPLATE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
# Font families bundled in resources/fonts/ (regular + bold, embedded in every PDF).
FONT_FAMILIES: tuple[str, ...] = ("DejaVuSans", "DejaVuSansCondensed", "DejaVuSerif")


@dataclass(frozen=True, slots=True)
class Branding:
    template: str = ""  # a bundled template name; empty = classic
    accent_color: str = ""  # "#RRGGBB"; empty = the template's accent
    font_family: str = ""  # one of FONT_FAMILIES; empty = the template's font
    terms: str = ""  # terms and conditions printed after the payment instructions

    def validate(self) -> None:
        errors: list[FieldError | None] = [check_text("terms", self.terms, 2000, label="Terms")]
        if self.template and not TEMPLATE_NAME.match(self.template):
            errors.append(FieldError("template", "Choose one of the listed templates."))
        if self.accent_color and not HEX_COLOUR.match(self.accent_color):
            errors.append(FieldError("accent_color", "Use a colour such as #1F4E79."))
        if self.font_family and self.font_family not in FONT_FAMILIES:
            errors.append(FieldError("font_family", "Choose one of the listed fonts."))
        raise_if_any(errors)

    @classmethod
    def from_json(cls, data: Any) -> Branding:
        """From stored JSON; unknown or mistyped keys are ignored (older/newer versions)."""
        if not isinstance(data, dict):
            return cls()
        return cls(
            **{
                key: value
                for key in ("template", "accent_color", "font_family", "terms")
                if isinstance(value := data.get(key), str)
            }
        )


MAX_STRIPE_FOOTER = 5000  # Stripe's limit for an invoice's footer


def stripe_footer(footer: str, terms: str) -> str:
    """The footer the Stripe-hosted invoice gets when the invoice has none of its own:
    the business's footer, then its terms (Stripe has no terms field)."""
    parts = [footer.strip(), terms.strip()]
    return "\n\n".join(p for p in parts if p)[:MAX_STRIPE_FOOTER]
