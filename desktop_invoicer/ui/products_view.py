"""Products: the catalog with each product's price per currency."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from ..storage.errors import InUseError
from ..storage.repositories.catalog import ProductColumn, ProductFilter, ProductRow, ProductSort
from . import stripe_edits
from .context import AppContext
from .formatting import format_money
from .i18n import N_, tr
from .paged_model import Column, PageSource
from .product_dialog import ProductDialog, ProductWithPrices
from .sources import RepositorySource
from .view_base import DELETE, ListView

ACTIVE_COLORS = ("#166534", "#dcf3e4")
ARCHIVED_COLORS = ("#6b7280", "#f1f1f1")


class ProductsView(ListView[ProductRow]):
    title = N_("Products")
    new_label = N_("New product")
    tables = ("products", "prices")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search.setPlaceholderText(tr("Search name or description"))

    def columns(self) -> list[Column[ProductRow]]:
        active, archived = tr("Active"), tr("Archived")
        return [
            Column(tr("Name"), lambda r: r.name, key=ProductColumn.NAME, width=240),
            Column(
                tr("Description"),
                lambda r: r.description.replace("\n", " "),
                key=ProductColumn.DESCRIPTION,
                width=300,
                stretch=True,
            ),
            Column(
                tr("Prices"),
                lambda r: "   ·   ".join(format_money(p) for p in r.prices),
                width=280,
            ),
            Column(
                tr("Status"),
                lambda r: active if r.active else archived,
                width=110,
                badge=lambda r: ACTIVE_COLORS if r.active else ARCHIVED_COLORS,
            ),
        ]

    def make_source(self) -> PageSource[ProductRow]:
        return RepositorySource(
            self.ctx.db.products,
            ProductFilter(search=self.search.text().strip()),
            ProductSort(),
            lambda key, descending: ProductSort(ProductColumn(key), descending),
        )

    def noun(self, count: int) -> str:
        return tr("product") if count == 1 else tr("products")

    def can(self, action: str) -> bool:
        if action == DELETE:
            return self.current_row() is not None
        return super().can(action)

    def new_item(self) -> None:
        default = self.ctx.db.settings.business_profile().default_currency.code
        self.open_dialog(ProductDialog(None, self._save, default, parent=self.window()))

    def edit_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        db = self.ctx.db
        value = ProductWithPrices(
            db.products.get(row.id), tuple(db.prices.for_product(row.id, active_only=True))
        )
        self.open_dialog(ProductDialog(value, self._save, parent=self.window()))

    def _save(self, value: ProductWithPrices) -> ProductWithPrices:
        """The product and its prices in one transaction: all saved, or nothing."""
        db = self.ctx.db
        if stripe_edits.is_connected(db):  # saved here and queued for Stripe
            saved = stripe_edits.save_product(self.ctx, value)
            self.status_message.emit(tr("Saved {0}.").format(saved.product.name))
            return saved
        with db.transaction():
            product = value.product
            product = db.products.update(product) if product.id else db.products.add(product)
            kept = []
            for price in value.prices:
                price = replace(price, product_id=product.id)
                kept.append(db.prices.update(price) if price.id else db.prices.add(price))
            keep_ids = {p.id for p in kept}
            for old in db.prices.for_product(product.id, active_only=True):
                if old.id in keep_ids:
                    continue
                try:
                    db.prices.delete(old.id)
                except InUseError:  # used on invoices: archive instead
                    db.prices.update(replace(old, active=False))
        self.status_message.emit(tr("Saved {0}.").format(product.name))
        return ProductWithPrices(product, tuple(kept))

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        text = tr("Delete {0} and its prices?").format(row.name)
        if not self.ctx.confirm(self, tr("Delete product"), text):
            return
        try:
            self.ctx.db.products.delete(row.id)
        except Exception as exc:
            self.ctx.show_error(self, tr("The product was not deleted"), str(exc))
            return
        self.status_message.emit(tr("Deleted {0}.").format(row.name))
