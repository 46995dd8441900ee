"""Small builders for domain values used across storage tests."""

from __future__ import annotations

from decimal import Decimal

from desktop_invoicer.domain.catalog import Address, Customer, Discount, TaxRate
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import Invoice, InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.storage import Database


def customer(
    name: str = "Acme Corporation", email: str = "billing@acme.example", code: str = "USD"
) -> Customer:
    return Customer(
        id="",
        name=name,
        email=email,
        currency=currency(code),
        address=Address(
            line1="350 Fifth Avenue", city="New York", postal_code="10118", state="NY", country="US"
        ),
        phone="+1 212 555 0100",
        locale="en-US",
    )


def vat(db: Database, pct: str = "20", inclusive: bool = False, name: str = "VAT") -> TaxRate:
    return db.tax_rates.add(TaxRate("", name, Decimal(pct), inclusive, jurisdiction="GB"))


def draft(
    customer_id: str,
    *lines: tuple[str, int, int],
    code: str = "USD",
    rates: tuple[TaxRate, ...] = (),
    discounts: tuple[Discount, ...] = (),
) -> Invoice:
    return Invoice(
        id="",
        customer_id=customer_id,
        currency=currency(code),
        lines=tuple(
            InvoiceLine(description, quantity, Money.of(unit, code), rates)
            for description, quantity, unit in lines
        ),
        discounts=discounts,
    )
