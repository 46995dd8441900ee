"""The invoice list's default order: newest first, and a draft just made on top."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop_invoicer.domain.invoice import Invoice, InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.status import InvoiceAction
from desktop_invoicer.storage.database import Database
from desktop_invoicer.ui.invoices_view import InvoicesView
from desktop_invoicer.ui.main_window import MainWindow


def _invoice(db: Database, memo: str) -> Invoice:
    customer = db.customers.page(limit=1)[0]
    return Invoice(
        id="",
        customer_id=customer.id,
        currency=Money.of(0, "USD").currency,
        lines=(InvoiceLine(memo, 1, Money.of(1000, "USD")),),
        memo=memo,
    )


def test_a_new_draft_shows_first_in_the_invoice_list(
    qtbot: QtBot, window: MainWindow, catalog_db: Database
) -> None:
    today = date.today()
    for days_ago in (30, 2, 0):  # issued before the draft is made, the last one today
        issued = catalog_db.invoices.save_draft(_invoice(catalog_db, f"issued {days_ago}"))
        catalog_db.invoices.set_status(
            issued.id,
            InvoiceAction.FINALIZE,
            on=today - timedelta(days=days_ago),
            number=f"INV-{days_ago:04d}",
        )
    view = window.show_view("invoices")
    assert isinstance(view, InvoicesView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert view.model.index(0, 0).data() == "INV-0000"  # newest issued first

    qtbot.wait(1100)  # the draft is made a second after today's invoice (created order)
    draft = catalog_db.invoices.save_draft(_invoice(catalog_db, "the new draft"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    first = view.model.row(0)
    assert first is not None and first.id == draft.id
    assert view.model.index(0, 2).data() == "Draft"
    assert [view.model.index(r, 0).data() for r in (1, 2, 3)] == [
        "INV-0000",
        "INV-0002",
        "INV-0030",
    ]


def test_the_between_dates_filter_makes_its_date_edits_when_chosen(
    qtbot: QtBot, window: MainWindow, catalog_db: Database
) -> None:
    for issued in (date(2025, 3, 10), date(2025, 5, 20)):
        invoice = catalog_db.invoices.save_draft(_invoice(catalog_db, str(issued)))
        catalog_db.invoices.set_status(invoice.id, InvoiceAction.FINALIZE, on=issued)
    view = window.show_view("invoices")
    assert isinstance(view, InvoicesView)
    assert view.date_from is None  # nothing to show until "Between…" is chosen
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)

    view.dates.setCurrentIndex(view.dates.count() - 1)  # Between…
    date_from, date_to = view.date_range_edits()
    assert date_from.isVisible() and date_to.isVisible()
    date_from.setDate(QDate(2025, 3, 1))
    date_to.setDate(QDate(2025, 3, 31))
    assert view.model.rowCount() == 1
    view.dates.setCurrentIndex(0)  # Any date
    assert not date_from.isVisible()
    assert view.model.rowCount() == 2
