"""Sample invoices for template previews, benchmarks and tests.

A template gallery shows each template with :func:`sample_invoice`; the benchmark
and tests use the variants (long, JPY, KWD, draft, paid).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from ..domain.business import BusinessProfile
from ..domain.catalog import Address, Customer, Discount, TaxRate
from ..domain.currency import currency
from ..domain.invoice import Invoice, InvoiceLine
from ..domain.money import Money
from ..domain.status import InvoiceStatus

SALES_TAX = TaxRate("txr_ny", "Sales tax", Decimal("8.875"), inclusive=False, jurisdiction="NY")
STATE_TAX = TaxRate("txr_state", "State tax", Decimal("4"), inclusive=False)
VAT_INCLUDED = TaxRate("txr_vat", "VAT", Decimal("20"), inclusive=True)
JP_CONSUMPTION = TaxRate("txr_jp", "Consumption tax", Decimal("10"), inclusive=False)
KW_VAT = TaxRate("txr_kw", "VAT", Decimal("5"), inclusive=False)

_DESCRIPTIONS = (
    "Website design and development: responsive layouts for desktop, tablet and phone, "
    "accessibility review and two rounds of revisions",
    "Hosting (monthly)",
    "Consulting hours",
    "Custom illustration set — 12 icons in SVG and PNG",
    "Support retainer, priority response within four business hours",
    "Domain renewal",
)


def sample_business(**changes: Any) -> BusinessProfile:
    business = BusinessProfile(
        name="Northwind Studio LLC",
        email="billing@northwind.example",
        phone="+1 212 555 0142",
        website="northwind.example",
        address=Address("350 Fifth Avenue", "Suite 4100", "New York", "10118", "NY", "US"),
        tax_ids=("EIN 12-3456789",),
        payment_instructions=(
            "Pay by bank transfer to Northwind Studio LLC, account 000123456789, "
            "routing 021000021. Please include the invoice number as the reference."
        ),
        footer="Thank you for your business. Questions? billing@northwind.example",
    )
    return replace(business, **changes)


def sample_customer(code: str = "USD", **changes: Any) -> Customer:
    customer = Customer(
        id="cus_1",
        name="Zoë Ångström-Łukasiewicz & Søn GmbH",
        email="accounts@angstrom.example",
        currency=currency(code),
        address=Address("Königstraße 12", "", "Stuttgart", "70173", "", "DE"),
    )
    return replace(customer, **changes)


def sample_invoice(code: str = "USD", line_count: int = 4, **changes: Any) -> Invoice:
    """An open invoice with mixed taxes and a 10% discount, in ``code``."""
    cur = currency(code)
    rates: dict[str, tuple[tuple[TaxRate, ...], ...]] = {
        "USD": ((SALES_TAX,), (SALES_TAX, STATE_TAX), ()),
        "JPY": ((JP_CONSUMPTION,),),
        "KWD": ((KW_VAT,),),
        "GBP": ((VAT_INCLUDED,),),
    }
    choices = rates.get(code, ((),))
    base_prices = {0: 125_000, 2: 1_250_000, 3: 1_250_000}
    base = base_prices.get(cur.exponent, 125_000)
    lines = tuple(
        InvoiceLine(
            description=_DESCRIPTIONS[i % len(_DESCRIPTIONS)],
            quantity=(i % 5) + 1,
            unit_amount=Money(base // (i % 3 + 1) + i * 10 ** max(cur.exponent - 1, 0), cur),
            tax_rates=choices[i % len(choices)],
        )
        for i in range(line_count)
    )
    invoice = Invoice(
        id="in_1",
        customer_id="cus_1",
        currency=cur,
        status=InvoiceStatus.OPEN,
        lines=lines,
        discounts=(Discount("co_spring", "Spring sale", percent_off=Decimal("10")),),
        number="NW-2025-0042",
        memo="Work delivered as agreed in the statement of work dated 3 February 2025.",
        custom_fields=(("PO number", "PO-77812"),),
        issue_date=date(2025, 3, 1),
        days_until_due=30,
    )
    return replace(invoice, **changes)
