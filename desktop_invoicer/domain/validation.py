"""Field-level validation shared by editors, imports and the sync layer.

Each check returns a :class:`FieldError` naming the field, so a form can show the
message beside the field the person has to fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Stripe's own limits where it documents them; ours where it does not.
MAX_NAME = 256
MAX_EMAIL = 512
MAX_DESCRIPTION = 500
MAX_MEMO = 5000
MAX_QUANTITY = 1_000_000
MAX_CUSTOM_FIELDS = 4
MAX_CUSTOM_FIELD_NAME = 40
MAX_CUSTOM_FIELD_VALUE = 140

# Deliberately permissive (any Unicode local part and domain), but one @, a dot in
# the domain and no spaces: what a person mistypes, not what RFC 5322 allows.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    message: str


class ValidationError(ValueError):
    """Raised with every field error of a value at once."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))

    def for_field(self, field: str) -> str | None:
        return next((e.message for e in self.errors if e.field == field), None)


def check_email(field: str, email: str, required: bool = False) -> FieldError | None:
    email = email.strip()
    if not email:
        return FieldError(field, "Enter an email address.") if required else None
    if len(email) > MAX_EMAIL:
        return FieldError(field, f"An email address has at most {MAX_EMAIL} characters.")
    if not _EMAIL.match(email):
        return FieldError(field, f"'{email}' is not an email address (like name@example.com).")
    return None


def check_text(
    field: str, text: str, limit: int, required: bool = False, label: str = ""
) -> FieldError | None:
    label = label or field.replace("_", " ").capitalize()
    if required and not text.strip():
        return FieldError(field, f"{label} is required.")
    if len(text) > limit:
        return FieldError(field, f"{label} is {len(text)} characters long; the limit is {limit}.")
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in text):
        return FieldError(field, f"{label} contains control characters.")
    return None


def check_quantity(field: str, quantity: int) -> FieldError | None:
    if quantity <= 0:
        return FieldError(field, "Quantity must be at least 1.")
    if quantity > MAX_QUANTITY:
        return FieldError(field, f"Quantity must be at most {MAX_QUANTITY:,}.")
    return None


def raise_if_any(errors: list[FieldError | None]) -> None:
    found = [e for e in errors if e is not None]
    if found:
        raise ValidationError(found)
