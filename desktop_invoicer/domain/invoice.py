"""Invoices and their lines as values, with the totals Stripe would compute."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from .catalog import Discount, TaxRate
from .currency import Currency
from .money import Money
from .status import InvoiceAction, InvoiceStatus, apply
from .validation import (
    MAX_CUSTOM_FIELD_NAME,
    MAX_CUSTOM_FIELD_VALUE,
    MAX_CUSTOM_FIELDS,
    MAX_DESCRIPTION,
    MAX_MEMO,
    FieldError,
    check_quantity,
    check_text,
    raise_if_any,
)


class CollectionMethod(StrEnum):
    SEND_INVOICE = "send_invoice"
    CHARGE_AUTOMATICALLY = "charge_automatically"


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    description: str
    quantity: int
    unit_amount: Money
    tax_rates: tuple[TaxRate, ...] = ()
    price_id: str | None = None

    @property
    def amount(self) -> Money:
        return self.unit_amount.times(self.quantity)

    def errors(self, index: int) -> list[FieldError | None]:
        prefix = f"lines[{index}]"
        errors = [
            check_text(
                f"{prefix}.description",
                self.description,
                MAX_DESCRIPTION,
                required=True,
                label="Description",
            ),
            check_quantity(f"{prefix}.quantity", self.quantity),
        ]
        if self.unit_amount.minor < 0:
            errors.append(FieldError(f"{prefix}.unit_amount", "A unit price cannot be negative."))
        return errors


@dataclass(frozen=True, slots=True)
class Invoice:
    id: str
    customer_id: str
    currency: Currency
    status: InvoiceStatus = InvoiceStatus.DRAFT
    lines: tuple[InvoiceLine, ...] = ()
    discounts: tuple[Discount, ...] = ()
    number: str | None = None
    memo: str = ""
    footer: str = ""
    custom_fields: tuple[tuple[str, str], ...] = ()
    collection_method: CollectionMethod = CollectionMethod.SEND_INVOICE
    days_until_due: int | None = 30
    due_date: date | None = None
    issue_date: date | None = None
    amount_paid: int = 0
    stripe_id: str | None = None

    def validate(self) -> None:
        errors: list[FieldError | None] = []
        if not self.lines:
            errors.append(FieldError("lines", "Add at least one line."))
        for i, line in enumerate(self.lines):
            errors.extend(line.errors(i))
            if line.unit_amount.currency != self.currency:
                errors.append(
                    FieldError(
                        f"lines[{i}].unit_amount",
                        f"This invoice is in {self.currency.code}; the line is in {line.unit_amount.currency.code}.",
                    )
                )
        for d in self.discounts:
            if d.amount_off is not None and d.amount_off.currency != self.currency:
                errors.append(
                    FieldError(
                        "discounts",
                        f"Discount '{d.name}' is in {d.amount_off.currency.code}, not {self.currency.code}.",
                    )
                )
        errors.append(check_text("memo", self.memo, MAX_MEMO, label="Memo"))
        errors.append(check_text("footer", self.footer, MAX_MEMO, label="Footer"))
        if len(self.custom_fields) > MAX_CUSTOM_FIELDS:
            errors.append(
                FieldError("custom_fields", f"At most {MAX_CUSTOM_FIELDS} custom fields.")
            )
        for name, value in self.custom_fields:
            errors.append(
                check_text(
                    "custom_fields",
                    name,
                    MAX_CUSTOM_FIELD_NAME,
                    required=True,
                    label="Custom field name",
                )
            )
            errors.append(
                check_text(
                    "custom_fields",
                    value,
                    MAX_CUSTOM_FIELD_VALUE,
                    required=True,
                    label="Custom field value",
                )
            )
        terms = self.days_until_due
        if (
            self.collection_method is CollectionMethod.SEND_INVOICE
            and terms is not None
            and not (0 <= terms <= 365)
        ):
            errors.append(FieldError("days_until_due", "Payment terms are 0 to 365 days."))
        raise_if_any(errors)

    def totals(self) -> InvoiceTotals:
        from .totals import compute_totals

        return compute_totals(self.currency, self.lines, self.discounts)

    def transition(self, action: InvoiceAction) -> Invoice:
        """The invoice after ``action``; raise InvalidTransitionError where not allowed."""
        return replace(self, status=apply(action, self.status))

    def effective_due_date(self) -> date | None:
        if self.due_date is not None:
            return self.due_date
        if self.issue_date is not None and self.days_until_due is not None:
            return self.issue_date + timedelta(days=self.days_until_due)
        return None


@dataclass(frozen=True, slots=True)
class TaxAmount:
    tax_rate: TaxRate
    amount: Money
    taxable_amount: Money


@dataclass(frozen=True, slots=True)
class LineTotals:
    amount: Money  # quantity x unit amount, as Stripe's line ``amount``
    discount: Money
    taxes: tuple[TaxAmount, ...]

    @property
    def exclusive_tax(self) -> Money:
        return _sum_taxes(self.amount.currency, (t for t in self.taxes if not t.tax_rate.inclusive))

    @property
    def inclusive_tax(self) -> Money:
        return _sum_taxes(self.amount.currency, (t for t in self.taxes if t.tax_rate.inclusive))


@dataclass(frozen=True, slots=True)
class InvoiceTotals:
    subtotal: Money
    discount: Money
    tax: Money  # all taxes, inclusive and exclusive
    exclusive_tax: Money
    total: Money
    lines: tuple[LineTotals, ...] = field(default=())
    tax_by_rate: tuple[TaxAmount, ...] = field(default=())

    @property
    def total_excluding_tax(self) -> Money:
        return self.total - self.tax


def _sum_taxes(cur: Currency, taxes: Iterable[TaxAmount]) -> Money:
    result = Money.zero(cur)
    for t in taxes:
        result = result + t.amount
    return result
