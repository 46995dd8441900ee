"""Small in-memory stand-ins for the editors' look-ups (no database needed)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from desktop_invoicer.domain.catalog import Address, Customer, Discount, Price, Product, TaxRate
from desktop_invoicer.domain.currency import Currency, currency
from desktop_invoicer.domain.money import Money

VAT = TaxRate("txr_vat", "VAT", Decimal("20"), inclusive=False)
SALES = TaxRate("txr_sales", "Sales tax", Decimal("8.875"), inclusive=False)


class MemoryCatalog:
    def __init__(self) -> None:
        self.customers = [
            Customer(
                "cus_1",
                "Acme Corporation",
                "billing@acme.example",
                currency("USD"),
                Address("1 Main St", city="Springfield", postal_code="12345", country="US"),
            ),
            Customer("cus_2", "Müller GmbH", "rechnung@mueller.example", currency("EUR")),
            Customer("cus_3", "株式会社サンプル", "info@sample.example", currency("JPY")),
        ]
        self.products = [
            (
                Product("prod_1", "Consulting hour"),
                Price("price_1", "prod_1", Money.of(15000, "USD")),
            ),
            (
                Product("prod_2", "Website audit"),
                Price("price_2", "prod_2", Money.of(90000, "USD")),
            ),
            (
                Product("prod_1", "Consulting hour"),
                Price("price_3", "prod_1", Money.of(14000, "EUR")),
            ),
        ]
        self.rates = [VAT, SALES]
        self.coupons = [
            Discount("disc_10", "Loyalty", percent_off=Decimal("10")),
            Discount("disc_50", "Welcome", amount_off=Money.of(5000, "USD")),
        ]

    def search_customers(self, text: str, limit: int) -> Sequence[Customer]:
        t = text.lower()
        return [c for c in self.customers if t in c.name.lower() or t in c.email.lower()][:limit]

    def customer(self, customer_id: str) -> Customer | None:
        return next((c for c in self.customers if c.id == customer_id), None)

    def prices(self, cur: Currency) -> Sequence[tuple[Product, Price]]:
        return [(p, pr) for p, pr in self.products if pr.unit_amount.currency == cur]

    def tax_rates(self) -> Sequence[TaxRate]:
        return self.rates

    def discounts(self) -> Sequence[Discount]:
        return self.coupons
