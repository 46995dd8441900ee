"""Deterministic generators of sample customers, catalogs and invoices.

Every value (ids included) is drawn from the ``random.Random`` passed in, from the
vocabulary in :mod:`.demo_vocabulary`; :mod:`.demo` stores what they make.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from ..domain.catalog import Address, Customer, Discount, Price, Product, TaxRate
from ..domain.currency import Currency, currency
from ..domain.invoice import Invoice, InvoiceLine
from ..domain.money import Money
from ..domain.status import InvoiceStatus
from .demo_vocabulary import (
    CONVERSIONS,
    COUNTRIES,
    DISCOUNTS,
    EMAIL_NAMES,
    FIXED_CUSTOMERS,
    INDUSTRIES,
    MEMOS,
    PRODUCTS,
    TAX_RATES,
)


def rid(rng: random.Random) -> str:
    """A uuid4-shaped hex id drawn from ``rng`` (so ids are deterministic too)."""
    return f"{rng.getrandbits(128):032x}"


def ascii_slug(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = "".join(ch if ch.isalnum() else "-" for ch in folded)
    return "-".join(part for part in slug.split("-") if part)


def convert(usd_cents: int, code: str) -> int:
    numerator, denominator, step = CONVERSIONS[code]
    value = usd_cents * numerator // denominator
    return max(step, (value + step // 2) // step * step)


def make_customers(rng: random.Random, count: int) -> list[Customer]:
    by_code = {c.code: c for c in COUNTRIES}
    weights = [c.weight for c in COUNTRIES]
    customers = []
    for index in range(count):
        if index < len(FIXED_CUSTOMERS):
            name, code, slug = FIXED_CUSTOMERS[index]
            country = by_code[code]
        else:
            country = rng.choices(COUNTRIES, weights)[0]
            prefix = rng.choice(country.prefixes)
            suffix = rng.choice(country.suffixes)
            if country.code in ("JP", "KW"):
                name = f"{prefix} {suffix}" if country.code == "KW" else f"{prefix}{suffix}"
                slug = f"{country.code.lower()}-client-{index}"
            else:
                name = f"{prefix} {rng.choice(INDUSTRIES)} {suffix}"
                slug = ascii_slug(f"{prefix} {name.split()[-2]}") or f"client-{index}"
        line1, city, postal, state = rng.choice(country.addresses)
        customers.append(
            Customer(
                id=rid(rng),
                name=name,
                email=f"{rng.choice(EMAIL_NAMES)}@{slug}.example",
                currency=currency(country.currency),
                address=Address(
                    line1=line1, city=city, postal_code=postal, state=state, country=country.code
                ),
                phone=f"+{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                locale=country.locale,
                tax_exempt=rng.random() < 0.03,
            )
        )
    return customers


@dataclass(frozen=True, slots=True)
class Catalog:
    products: list[Product]
    prices: dict[str, list[tuple[Price, str, tuple[int, int]]]]  # by currency: price, name, qty
    tax_rates: dict[str, TaxRate]  # by jurisdiction
    discounts: list[Discount]


def make_catalog(rng: random.Random) -> Catalog:
    products, prices = [], []
    by_currency: dict[str, list[tuple[Price, str, tuple[int, int]]]] = {}
    for name, description, usd_cents, quantities in PRODUCTS:
        product = Product(id=rid(rng), name=name, description=description)
        products.append(product)
        for code in CONVERSIONS:
            price = Price(rid(rng), product.id, Money(convert(usd_cents, code), currency(code)))
            prices.append(price)
            by_currency.setdefault(code, []).append((price, name, quantities))
    tax_rates = {
        jurisdiction: TaxRate(rid(rng), label, Decimal(pct), inclusive, jurisdiction)
        for label, pct, inclusive, jurisdiction in TAX_RATES
    }
    discounts = [
        Discount(
            rid(rng),
            name,
            percent_off=None if pct is None else Decimal(pct),
            amount_off=None if amount is None else Money(amount[0], currency(amount[1])),
        )
        for name, pct, amount in DISCOUNTS
    ]
    return Catalog(products, by_currency, tax_rates, discounts)


def tax_for(customer: Customer, catalog: Catalog) -> tuple[TaxRate, ...]:
    if customer.tax_exempt:
        return ()
    country = customer.address.country
    if country == "US":
        return (catalog.tax_rates["US-NY"],) if customer.address.state == "NY" else ()
    rate = catalog.tax_rates.get(country)
    return (rate,) if rate else ()


def status_for(rng: random.Random, age_days: int) -> InvoiceStatus:
    if age_days < 20:
        return InvoiceStatus.DRAFT if rng.random() < 0.4 else InvoiceStatus.OPEN
    roll = rng.random()
    for status, share in (
        (InvoiceStatus.PAID, 0.70),
        (InvoiceStatus.OPEN, 0.10),
        (InvoiceStatus.UNCOLLECTIBLE, 0.08),
        (InvoiceStatus.VOID, 0.07),
    ):
        if roll < share:
            return status
        roll -= share
    return InvoiceStatus.DRAFT


def make_invoice(
    rng: random.Random,
    customer: Customer,
    catalog: Catalog,
    invoice_id: str,
    lines_between: tuple[int, int],
) -> Invoice:
    cur: Currency = customer.currency
    taxes = tax_for(customer, catalog)
    lines = []
    for price, name, (low, high) in rng.sample(
        catalog.prices[cur.code], rng.randint(*lines_between)
    ):
        lines.append(
            InvoiceLine(
                description=name,
                quantity=rng.randint(low, high),
                unit_amount=price.unit_amount,
                tax_rates=taxes,
                price_id=price.id,
            )
        )
    discounts: tuple[Discount, ...] = ()
    if rng.random() < 0.15:
        usable = [
            d for d in catalog.discounts if d.amount_off is None or d.amount_off.currency == cur
        ]
        discounts = (rng.choice(usable),)
    custom_fields: tuple[tuple[str, str], ...] = ()
    if rng.random() < 0.2:
        custom_fields = (("PO number", f"PO-{rng.randint(10000, 99999)}"),)
    return Invoice(
        id=invoice_id,
        customer_id=customer.id,
        currency=cur,
        lines=tuple(lines),
        discounts=discounts,
        memo=rng.choice(MEMOS),
        custom_fields=custom_fields,
        days_until_due=rng.choice((14, 30, 30, 45, 60)),
    )


def number_prefix(customer: Customer, index: int) -> str:
    letters = "".join(ch for ch in ascii_slug(customer.name).upper() if ch.isalnum())[:4]
    return f"{letters or 'CUST'}{index:04X}"
