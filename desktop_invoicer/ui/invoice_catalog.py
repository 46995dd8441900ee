"""The invoice editor's look-ups, answered by the workspace database."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..domain.catalog import Customer, Discount, Price, Product, TaxRate
from ..domain.currency import Currency
from ..storage.repositories.customers import CustomerColumn, CustomerFilter, CustomerSort

if TYPE_CHECKING:
    from ..storage.database import Database


class DatabaseCatalog:
    """Implements :class:`~.invoice_editor.InvoiceCatalog` (each call is a few ms at most)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def search_customers(self, text: str, limit: int) -> Sequence[Customer]:
        rows = self.db.customers.page(
            CustomerFilter(search=text), CustomerSort(CustomerColumn.RELEVANCE), 0, limit
        )
        found = (self.db.customers.find(row.id) for row in rows)
        return [c for c in found if c is not None]

    def customer(self, customer_id: str) -> Customer | None:
        return self.db.customers.find(customer_id)

    def prices(self, cur: Currency) -> Sequence[tuple[Product, Price]]:
        result: list[tuple[Product, Price]] = []
        for product in self.db.products.all(active_only=True):
            for price in self.db.prices.for_product(
                product.id, active_only=True, currency_code=cur.code
            ):
                result.append((product, price))
        return result

    def tax_rates(self) -> Sequence[TaxRate]:
        return self.db.tax_rates.all(active_only=True)

    def discounts(self) -> Sequence[Discount]:
        return self.db.discounts.all()
