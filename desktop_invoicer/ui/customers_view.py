"""Customers: a searchable list; create, edit and delete through the customer dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..domain.catalog import Customer
from ..storage.repositories.customers import (
    CustomerColumn,
    CustomerFilter,
    CustomerRow,
    CustomerSort,
)
from . import stripe_edits
from .context import AppContext
from .customer_dialog import CustomerDialog
from .paged_model import Column, PageSource
from .sources import RepositorySource
from .view_base import DELETE, ListView


class CustomersView(ListView[CustomerRow]):
    title = "Customers"
    new_label = "New customer"
    tables = ("customers",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search.setPlaceholderText("Search name, email or phone")

    def columns(self) -> list[Column[CustomerRow]]:
        return [
            Column("Name", lambda r: r.name, key=CustomerColumn.NAME, width=280, stretch=True),
            Column("Email", lambda r: r.email, key=CustomerColumn.EMAIL, width=260),
            Column("Phone", lambda r: r.phone, width=140),
            Column("Currency", lambda r: r.currency, key=CustomerColumn.CURRENCY, width=90),
            Column("Country", lambda r: r.country, key=CustomerColumn.COUNTRY, width=90),
        ]

    def make_source(self) -> PageSource[CustomerRow]:
        # The model re-applies the header's sort to every new source.
        return RepositorySource(
            self.ctx.db.customers,
            CustomerFilter(search=self.search.text().strip()),
            CustomerSort(),
            lambda key, descending: CustomerSort(CustomerColumn(key), descending),
        )

    def noun(self, count: int) -> str:
        return "customer" if count == 1 else "customers"

    def can(self, action: str) -> bool:
        if action == DELETE:
            return self.current_row() is not None
        return super().can(action)

    def _default_currency(self) -> str:
        return self.ctx.db.settings.business_profile().default_currency.code

    def new_item(self) -> None:
        self.open_dialog(
            CustomerDialog(None, self._save, self._default_currency(), parent=self.window())
        )

    def edit_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        customer = self.ctx.db.customers.get(row.id)
        base = stripe_edits.base_version(self.ctx.db, "customer", customer.id)
        self.open_dialog(
            CustomerDialog(customer, lambda c: self._save(c, base), parent=self.window())
        )

    def _save(self, customer: Customer, base: str | None = None) -> Customer:
        if stripe_edits.is_connected(self.ctx.db):  # saved here and queued for Stripe
            saved = stripe_edits.save_customer(self.ctx, customer, base)
            self.status_message.emit(f"{'Saved' if customer.id else 'Added'} {saved.name}.")
            return saved
        if customer.id:
            saved = self.ctx.db.customers.update(customer)
            self.status_message.emit(f"Saved {saved.name}.")
        else:
            saved = self.ctx.db.customers.add(customer)
            self.status_message.emit(f"Added {saved.name}.")
        return saved

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if not self.ctx.confirm(
            self, "Delete customer", f"Delete {row.name}? This cannot be undone."
        ):
            return
        try:
            if stripe_edits.is_connected(self.ctx.db):
                stripe_edits.delete_customer(self.ctx, row.id)
            else:
                self.ctx.db.customers.delete(row.id)
        except Exception as exc:  # refused (has invoices) or busy: say why
            self.ctx.show_error(self, "The customer was not deleted", str(exc))
            return
        self.status_message.emit(f"Deleted {row.name}.")
