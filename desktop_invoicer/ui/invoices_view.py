"""Invoices: search as you type, filter by status, customer and issue date, sort by any column."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QPoint, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from ..domain.status import InvoiceAction, InvoiceStatus, allowed
from ..storage.repositories.invoice_list import (
    InvoiceColumn,
    InvoiceFilter,
    InvoiceRow,
    InvoiceSort,
)
from . import einvoice_export, invoice_actions, stripe_edits
from .context import AppContext
from .formatting import customer_label, date_text, status_colors, status_label
from .i18n import N_, tr
from .paged_model import CENTER, Column, PageSource, money_column
from .sources import RepositorySource
from .view_base import DELETE, EXPORT_PDF, ListView

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDateEdit

    # The first paint needs the list's rows only: the editor, the exporter, the
    # catalog look-ups and the domain's invoice and customer load on first use.
    from ..domain.catalog import Customer
    from ..domain.invoice import Invoice
    from .invoice_catalog import DatabaseCatalog
    from .invoice_editor import InvoiceEditor
    from .workers import Task

#: The issue-date presets (the combo shows them translated, with the English as its data).
DATE_PRESETS = (
    N_("Any date"),
    N_("This month"),
    N_("Last month"),
    N_("Last 30 days"),
    N_("This year"),
    N_("Between…"),
)


def preset_range(preset: str, today: date) -> tuple[date | None, date | None]:
    if preset == "This month":
        return today.replace(day=1), today
    if preset == "Last month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if preset == "Last 30 days":
        return today - timedelta(days=29), today
    if preset == "This year":
        return today.replace(month=1, day=1), today
    return None, None


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class InvoicesView(ListView[InvoiceRow]):
    title = N_("Invoices")
    new_label = N_("New invoice")
    tables = ("invoices", "invoice_lines", "customers", "disputes")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.customer_filter: Customer | None = None
        from .dispute_column import DisputeColumn  # issue 8: disputed invoices show it

        self.dispute_column = DisputeColumn(ctx)
        self.last_export: Task | None = None
        super().__init__(ctx, parent)
        self.search.setPlaceholderText(tr("Search number, customer, email, line or amount"))
        self.ask_credit_note = invoice_actions.ask_credit_note  # tests answer instead
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

    @cached_property
    def catalog(self) -> DatabaseCatalog:
        """The customer, price and tax look-ups of the filter and the editor."""
        from .invoice_catalog import DatabaseCatalog

        return DatabaseCatalog(self.ctx.db)

    # -- filters ----------------------------------------------------------------------

    def build_filters(self, row: QHBoxLayout) -> None:
        self.status = QComboBox()
        self.status.addItem(tr("All statuses"), None)
        for status in InvoiceStatus:
            self.status.addItem(status_label(status), status.value)
        self.status.currentIndexChanged.connect(self.apply_filter)

        self.customer = QLineEdit()
        self.customer.setPlaceholderText(tr("All customers"))
        self.customer.setClearButtonEnabled(True)
        self.customer.setMinimumWidth(200)
        self._customer_model = QStringListModel(self)
        self._found: dict[str, Customer] = {}
        completer = QCompleter(self._customer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.customer.setCompleter(completer)
        self.customer.textEdited.connect(self._customer_typed)
        completer.activated.connect(self._customer_picked)

        self.dates = QComboBox()
        for preset in DATE_PRESETS:
            self.dates.addItem(tr(preset), preset)
        self.dates.currentIndexChanged.connect(self._dates_changed)
        # The "Between…" date edits are made when first chosen: the first QDateEdit
        # costs a few ms of cold start, for widgets hidden until then.
        self.date_from: QDateEdit | None = None
        self.date_to: QDateEdit | None = None
        self.date_to_label: QLabel | None = None

        row.addWidget(self.status)
        row.addWidget(self.customer)
        row.addWidget(self.dates)
        self.actions_button = QToolButton()
        self.actions_button.setText(tr("Actions"))
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.actions_menu = QMenu(self.actions_button)
        self.actions_menu.aboutToShow.connect(
            lambda: invoice_actions.fill_menu(
                self.actions_menu, self.run_action, self.action_refusals()
            )
        )
        self.actions_menu.aboutToShow.connect(
            lambda: einvoice_export.add_action(
                self.actions_menu, self.export_einvoice, self.current_row() is not None
            )
        )
        self.actions_button.setMenu(self.actions_menu)
        row.addWidget(self.actions_button)
        from . import collections_menu  # issue 8: payment plan, record payment, waive fee

        collections_menu.install(self)

    def date_range_edits(self) -> tuple[QDateEdit, QDateEdit]:
        """The "Between…" range's two date edits (this month so far at first)."""
        if self.date_from is None or self.date_to is None:
            from PySide6.QtWidgets import QDateEdit

            today = date.today()
            self.date_from = QDateEdit(_qdate(today.replace(day=1)))
            self.date_to = QDateEdit(_qdate(today))
            self.date_to_label = QLabel(tr("to"))
            at = self.filters.indexOf(self.dates) + 1
            for offset, widget in enumerate((self.date_from, self.date_to_label, self.date_to)):
                widget.hide()
                self.filters.insertWidget(at + offset, widget)
            for edit in (self.date_from, self.date_to):
                edit.setCalendarPopup(True)
                edit.setDisplayFormat("yyyy-MM-dd")
                edit.dateChanged.connect(self.apply_filter)
        return self.date_from, self.date_to

    def _customer_typed(self, text: str) -> None:
        if not text.strip():
            self.set_customer_filter(None)
            return
        found = self.catalog.search_customers(text.strip(), 20)
        self._found = {customer_label(c): c for c in found}
        self._customer_model.setStringList(list(self._found))

    def _customer_picked(self, text: str) -> None:
        self.set_customer_filter(self._found.get(text))

    def set_customer_filter(self, customer: Customer | None) -> None:
        if customer is self.customer_filter:
            return
        self.customer_filter = customer
        if customer is not None:
            self.customer.setText(customer_label(customer))
        self.apply_filter()

    def _dates_changed(self) -> None:
        custom = self.dates.currentData() == DATE_PRESETS[-1]
        if custom:
            self.date_range_edits()
        for widget in (self.date_from, self.date_to_label, self.date_to):
            if widget is not None:
                widget.setVisible(custom)
        self.apply_filter()

    def current_filter(self) -> InvoiceFilter:
        status = self.status.currentData()
        if self.dates.currentData() == DATE_PRESETS[-1]:
            date_from, date_to = self.date_range_edits()
            issued_from: date | None = _pydate(date_from.date())
            issued_to: date | None = _pydate(date_to.date())
        else:
            issued_from, issued_to = preset_range(str(self.dates.currentData()), date.today())
        return InvoiceFilter(
            search=self.search.text().strip(),
            statuses=frozenset([InvoiceStatus(status)]) if status else frozenset(),
            customer_id=self.customer_filter.id if self.customer_filter else None,
            issued_from=issued_from,
            issued_to=issued_to,
        )

    # -- the list ---------------------------------------------------------------------

    def columns(self) -> list[Column[InvoiceRow]]:
        return [
            Column(tr("Number"), lambda r: r.number or "—", key=InvoiceColumn.NUMBER, width=130),
            Column(
                tr("Customer"),
                lambda r: r.customer_name,
                key=InvoiceColumn.CUSTOMER,
                width=260,
                stretch=True,
            ),
            Column(
                tr("Status"),
                lambda r: status_label(r.status),
                key=InvoiceColumn.STATUS,
                width=130,
                badge=lambda r: status_colors(r.status),
            ),
            Column(
                tr("Issued"),
                lambda r: date_text(r.issue_date),
                key=InvoiceColumn.ISSUE_DATE,
                width=110,
                alignment=CENTER,
            ),
            Column(
                tr("Due"),
                lambda r: date_text(r.due_date),
                key=InvoiceColumn.DUE_DATE,
                width=110,
                alignment=CENTER,
            ),
            money_column(
                tr("Total"), lambda r: r.total, lambda r: r.currency, key=InvoiceColumn.TOTAL
            ),
            money_column(
                tr("Amount due"),
                lambda r: r.amount_remaining,
                lambda r: r.currency,
                key=InvoiceColumn.AMOUNT_REMAINING,
            ),
            self.dispute_column.column(),
        ]

    def default_sort(self) -> tuple[int, Qt.SortOrder]:
        return 3, Qt.SortOrder.DescendingOrder  # most recently issued first

    def make_source(self) -> PageSource[InvoiceRow]:
        return RepositorySource(
            self.ctx.db.invoice_list,
            self.current_filter(),
            InvoiceSort(),
            lambda key, descending: InvoiceSort(InvoiceColumn(key), descending),
        )

    def noun(self, count: int) -> str:
        return tr("invoice") if count == 1 else tr("invoices")

    def can(self, action: str) -> bool:
        row = self.current_row()
        if action == DELETE:
            return row is not None and allowed(InvoiceAction.DELETE, row.status)
        if action == EXPORT_PDF:
            return row is not None
        return super().can(action)

    # -- commands ---------------------------------------------------------------------

    def _editor(self, invoice: Invoice | None) -> InvoiceEditor:
        from .invoice_editor import InvoiceEditor

        profile = self.ctx.db.settings.business_profile()
        base = stripe_edits.base_version(self.ctx.db, "invoice", invoice.id) if invoice else None
        editor = InvoiceEditor(
            invoice,
            self.catalog,
            lambda value: self._save(value, base),
            default_currency=profile.default_currency.code,
            default_days_until_due=profile.default_days_until_due,
            parent=self.window(),
        )
        editor.export_requested.connect(lambda inv, customer: self._export(inv, customer, editor))
        from .rule_terms import attach as attach_rule_terms  # terms from collection rules

        attach_rule_terms(editor, self.ctx.db)
        from .payment_status import attach as attach_payment_status  # remaining, plan, fees

        attach_payment_status(editor, self.ctx.db)
        if invoice is not None:
            from .audit_tab import add_history_tab

            add_history_tab(editor.tabs, self.ctx.db, invoice.id)
        return editor

    def new_item(self) -> None:
        editor = self._editor(None)
        if self.customer_filter is not None:
            editor.pick_customer(self.customer_filter)
        self.open_dialog(editor)

    def edit_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_dialog(self._editor(self.ctx.db.invoices.get(row.id)))

    def _save(self, invoice: Invoice, base: str | None = None) -> Invoice:
        if stripe_edits.is_connected(self.ctx.db):  # saved here and queued for Stripe
            saved = stripe_edits.save_draft(self.ctx, invoice, base)
        else:
            saved = self.ctx.db.invoices.save_draft(invoice)
        self.status_message.emit(tr("Draft saved."))
        return saved

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if not allowed(InvoiceAction.DELETE, row.status):
            self.ctx.show_error(
                self,
                tr("The invoice was not deleted"),
                tr("Only drafts can be deleted; this invoice is {0}.").format(
                    status_label(row.status).lower()
                ),
            )
            return
        text = tr("Delete the draft invoice for {0}? This cannot be undone.").format(
            row.customer_name
        )
        if not self.ctx.confirm(self, tr("Delete draft"), text):
            return
        try:
            self.ctx.db.invoices.delete_draft(row.id)
        except Exception as exc:
            self.ctx.show_error(self, tr("The invoice was not deleted"), str(exc))
            return
        self.status_message.emit(tr("Draft deleted."))

    def _context_menu(self, pos: QPoint) -> None:
        if self.current_row() is None:
            return
        menu = QMenu(self)
        invoice_actions.fill_menu(menu, self.run_action, self.action_refusals())
        einvoice_export.add_action(menu, self.export_einvoice)
        from . import collections_menu

        collections_menu.add_actions(menu, self)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def action_refusals(self) -> dict[str, str]:
        """Why each action is refused for the current invoice (greyed out, with this tooltip)."""
        row = self.current_row()
        return invoice_actions.refusals(self.ctx, row.id if row is not None else None)

    def run_action(self, key: str) -> None:
        """Finalize, send, charge, ... the current invoice (see :mod:`.invoice_actions`)."""
        row = self.current_row()
        if row is None:
            return
        message = invoice_actions.run(self.ctx, self, row.id, key, self.ask_credit_note)
        if message is not None:
            self.status_message.emit(message)

    def export_pdf(self) -> None:
        row = self.current_row()
        if row is None:
            return
        invoice = self.ctx.db.invoices.get(row.id)
        self._export(invoice, self.catalog.customer(invoice.customer_id), self)

    def export_einvoice(self) -> None:
        """Export the current invoice as a Factur-X e-invoice (see :mod:`.einvoice_export`)."""
        row = self.current_row()
        if row is None:
            return
        invoice = self.ctx.db.invoices.get(row.id)
        customer = self.catalog.customer(invoice.customer_id)
        if customer is None:
            self.ctx.show_error(self, tr("No e-invoice"), tr("The invoice's customer was deleted."))
            return
        self.last_export = einvoice_export.export_einvoice(
            self.ctx, self, invoice, customer, self.status_message.emit
        )

    def _export(self, invoice: Invoice, customer: Customer | None, parent: QWidget) -> None:
        if customer is None:  # deleted since: the invoice keeps the name it was issued to
            from ..domain.catalog import Customer
            from ..domain.currency import currency

            row = self.current_row()
            name = row.customer_name if row is not None else invoice.customer_id
            customer = Customer(invoice.customer_id, name, "", currency(invoice.currency.code))
        from .pdf_export import export_invoice_pdf

        self.last_export = export_invoice_pdf(
            self.ctx, parent, invoice, customer, self.status_message.emit
        )
