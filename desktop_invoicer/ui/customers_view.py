"""Customers: a searchable list; create, edit and delete through the customer dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

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
from .i18n import N_, tr
from .paged_model import Column, PageSource
from .sources import RepositorySource
from .view_base import DELETE, ListView


class CustomersView(ListView[CustomerRow]):
    title = N_("Customers")
    new_label = N_("New customer")
    tables = ("customers",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from .customer_segments import SegmentFilter  # issue 8: segments and tags

        self.segment_filter = SegmentFilter(ctx)
        super().__init__(ctx, parent)
        self.search.setPlaceholderText(tr("Search name, email or phone"))
        self.segment_filter.setParent(self)
        self.segment_filter.combo.currentIndexChanged.connect(self.apply_filter)
        self.segment_filter.updated.connect(self._segments_updated)
        self.segment_filter.tags_button.clicked.connect(self.edit_tags)

    def _segments_updated(self) -> None:
        if self.segment_filter.selected() is None:
            self.refresh()  # the Segments column changed; keep the selection
        else:
            self.apply_filter()  # the members changed

    def build_filters(self, row: QHBoxLayout) -> None:
        row.addWidget(self.segment_filter.combo)

    def build_buttons(self, row: QHBoxLayout) -> None:
        row.addWidget(self.segment_filter.tags_button)
        from PySide6.QtWidgets import QPushButton  # issue 9: privacy requests

        self.privacy_button = QPushButton(tr("Privacy request…"))
        self.privacy_button.setToolTip(tr("Export everything about the customer, or erase them"))
        self.privacy_button.clicked.connect(self.privacy_request)
        row.addWidget(self.privacy_button)

    def privacy_request(self) -> None:
        row = self.current_row()
        if row is None:
            return
        from .privacy_dialog import PrivacyDialog

        dialog = PrivacyDialog(self.ctx, row.id, self)
        dialog.done_message.connect(self.status_message.emit)
        dialog.open()

    def edit_tags(self) -> None:
        row = self.current_row()
        if row is not None:
            message = self.segment_filter.edit_tags(self, row.id, row.name)
            if message:
                self.status_message.emit(message)

    def columns(self) -> list[Column[CustomerRow]]:
        return [
            Column(tr("Name"), lambda r: r.name, key=CustomerColumn.NAME, width=280, stretch=True),
            Column(tr("Email"), lambda r: r.email, key=CustomerColumn.EMAIL, width=260),
            Column(tr("Phone"), lambda r: r.phone, width=140),
            Column(tr("Currency"), lambda r: r.currency, key=CustomerColumn.CURRENCY, width=90),
            Column(tr("Country"), lambda r: r.country, key=CustomerColumn.COUNTRY, width=90),
            Column(tr("Segments"), lambda r: self.segment_filter.names(r.id), width=220),
        ]

    def make_source(self) -> PageSource[CustomerRow]:
        # The model re-applies the header's sort to every new source.
        return RepositorySource(
            self.ctx.db.customers,
            CustomerFilter(
                search=self.search.text().strip(),
                customer_ids=self.segment_filter.customer_ids(),
            ),
            CustomerSort(),
            lambda key, descending: CustomerSort(CustomerColumn(key), descending),
        )

    def noun(self, count: int) -> str:
        return tr("customer") if count == 1 else tr("customers")

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
            done = tr("Saved {0}.") if customer.id else tr("Added {0}.")
            self.status_message.emit(done.format(saved.name))
            return saved
        if customer.id:
            saved = self.ctx.db.customers.update(customer)
            self.status_message.emit(tr("Saved {0}.").format(saved.name))
        else:
            saved = self.ctx.db.customers.add(customer)
            self.status_message.emit(tr("Added {0}.").format(saved.name))
        return saved

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if not self.ctx.confirm(
            self,
            tr("Delete customer"),
            tr("Delete {0}? This cannot be undone.").format(row.name),
        ):
            return
        try:
            if stripe_edits.is_connected(self.ctx.db):
                stripe_edits.delete_customer(self.ctx, row.id)
            else:
                self.ctx.db.customers.delete(row.id)
        except Exception as exc:  # refused (has invoices) or busy: say why
            self.ctx.show_error(self, tr("The customer was not deleted"), str(exc))
            return
        self.status_message.emit(tr("Deleted {0}.").format(row.name))
