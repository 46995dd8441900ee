"""Customers, products, prices, tax rates and discounts as plain values."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from .currency import Currency
from .money import Money
from .validation import (
    MAX_DESCRIPTION,
    MAX_NAME,
    FieldError,
    ValidationError,
    check_email,
    check_text,
    raise_if_any,
)


@dataclass(frozen=True, slots=True)
class Address:
    line1: str = ""
    line2: str = ""
    city: str = ""
    postal_code: str = ""
    state: str = ""
    country: str = ""  # ISO 3166-1 alpha-2

    def lines(self) -> list[str]:
        city_line = " ".join(p for p in (self.postal_code, self.city) if p)
        if self.state:
            city_line = f"{city_line}, {self.state}" if city_line else self.state
        return [p for p in (self.line1, self.line2, city_line, self.country) if p]


@dataclass(frozen=True, slots=True)
class Customer:
    id: str
    name: str
    email: str
    currency: Currency
    address: Address = field(default_factory=Address)
    phone: str = ""
    locale: str = "en"
    stripe_id: str | None = None
    tax_exempt: bool = False

    def validate(self) -> None:
        errors = [
            check_text("name", self.name, MAX_NAME, required=True),
            check_email("email", self.email),
            check_text("phone", self.phone, 20, label="Phone"),
        ]
        if self.address.country and (
            len(self.address.country) != 2 or not self.address.country.isalpha()
        ):
            errors.append(FieldError("country", "Use a two-letter country code such as US or DE."))
        raise_if_any(errors)


@dataclass(frozen=True, slots=True)
class Product:
    id: str
    name: str
    description: str = ""
    active: bool = True
    stripe_id: str | None = None

    def validate(self) -> None:
        raise_if_any(
            [
                check_text("name", self.name, MAX_NAME, required=True),
                check_text("description", self.description, MAX_DESCRIPTION),
            ]
        )


@dataclass(frozen=True, slots=True)
class Price:
    """A one-off unit price for a product in one currency."""

    id: str
    product_id: str
    unit_amount: Money
    active: bool = True
    stripe_id: str | None = None

    def validate(self) -> None:
        if self.unit_amount.minor < 0:
            raise ValidationError([FieldError("unit_amount", "A price cannot be negative.")])


@dataclass(frozen=True, slots=True)
class TaxRate:
    """A tax rate: a percentage with up to four decimals, inclusive or exclusive."""

    id: str
    display_name: str
    percentage: Decimal
    inclusive: bool
    jurisdiction: str = ""
    active: bool = True
    stripe_id: str | None = None

    def validate(self) -> None:
        errors: list[FieldError | None] = [
            check_text("display_name", self.display_name, 50, required=True, label="Name")
        ]
        if not (Decimal(0) <= self.percentage <= Decimal(100)):
            errors.append(FieldError("percentage", "A tax rate is between 0 and 100 percent."))
        elif -_exponent(self.percentage) > 4:
            errors.append(FieldError("percentage", "Use at most four decimals."))
        raise_if_any(errors)


class DiscountKind(StrEnum):
    PERCENT = "percent"
    AMOUNT = "amount"


@dataclass(frozen=True, slots=True)
class Discount:
    """A coupon: either a percentage off (``percent_off``) or a fixed amount off."""

    id: str
    name: str
    percent_off: Decimal | None = None
    amount_off: Money | None = None
    stripe_id: str | None = None

    def __post_init__(self) -> None:
        if (self.percent_off is None) == (self.amount_off is None):
            raise ValidationError(
                [FieldError("discount", "A discount is either a percentage or an amount.")]
            )
        if self.percent_off is not None and not (Decimal(0) < self.percent_off <= Decimal(100)):
            raise ValidationError(
                [FieldError("percent_off", "A percentage discount is above 0 and at most 100.")]
            )
        if self.amount_off is not None and self.amount_off.minor <= 0:
            raise ValidationError(
                [FieldError("amount_off", "An amount discount must be positive.")]
            )

    @property
    def kind(self) -> DiscountKind:
        return DiscountKind.PERCENT if self.percent_off is not None else DiscountKind.AMOUNT


def parse_percentage(text: str) -> Decimal:
    """Parse a percentage typed by a person ("8.875", "20 %")."""
    cleaned = text.strip().rstrip("%").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(
            [FieldError("percentage", f"'{text}' is not a percentage.")]
        ) from None
    if not value.is_finite():
        raise ValidationError([FieldError("percentage", f"'{text}' is not a percentage.")])
    return value


def _exponent(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0
