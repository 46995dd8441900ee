"""A draft's fields from the editor to Stripe: payment terms, collection method, memo,
footer and custom fields, checked on the local Stripe-compatible server, and back.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop_invoicer.domain.catalog import Customer
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import CollectionMethod
from desktop_invoicer.storage.database import Database
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.changes import StripeChanges
from desktop_invoicer.ui.invoice_editor import InvoiceEditor
from desktop_invoicer.ui.invoices_view import InvoicesView
from desktop_invoicer.ui.main_window import MainWindow
from tests.keyrings import MemoryKeyring

from .conftest import Answers
from .test_review import settle
from .test_stripe_connection import KEY, connected_window, shot

DAY = 86400


@pytest.fixture
def server() -> Iterator[StripeServer]:
    srv = StripeServer(api_keys=[KEY])
    srv.start()
    yield srv
    srv.stop()


def invoices_view(window: MainWindow) -> InvoicesView:
    view = window.show_view("invoices")
    assert isinstance(view, InvoicesView)
    return view


def editor_for(qtbot: QtBot, view: InvoicesView, invoice_id: str | None) -> InvoiceEditor:
    if invoice_id is None:
        view.new_item()
    else:
        qtbot.waitUntil(lambda: view.model.find_row(lambda r: r.id == invoice_id) >= 0)
        view.select_row(view.model.find_row(lambda r: r.id == invoice_id))
        view.edit_current()
    editor = view.dialog
    assert isinstance(editor, InvoiceEditor)
    return editor


def test_terms_collection_memo_footer_and_custom_fields_reach_stripe(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    server: StripeServer,
    memory_keyring: MemoryKeyring,
) -> None:
    window = connected_window(qtbot, db, answers, server)
    try:
        customer = StripeChanges(db).save_customer(
            Customer("", "Initech", "ap@initech.example", currency("USD"))
        )
        settle(qtbot, window, db)
        view = invoices_view(window)
        editor = editor_for(qtbot, view, None)
        editor.pick_customer(customer)
        row = editor.lines.rows[0]
        row.description.setText("Quarterly audit")
        row.unit_price.setText("1200")
        assert [editor.terms.itemText(i) for i in range(editor.terms.count())] == [
            "Due on receipt",
            "Net 7",
            "Net 15",
            "Net 30",
            "Net 60",
            "On a date",
        ]
        editor.terms.setCurrentIndex(editor.terms.findData(15))
        editor.memo.setPlainText("Thank you for the quick sign-off.")
        editor.footer.setPlainText("Initech Ltd · VAT GB123456789")
        # Custom fields: names up to 40 characters, values up to 140, errors at the field.
        editor.custom_names[0].setText("PO number")
        editor.custom_values[0].setText("PO-4471")
        editor.custom_names[1].setText("N" * 41)
        editor.custom_values[1].setText("V" * 141)
        assert not editor.try_save()
        assert "40" in editor.errors.message("custom_fields[1].name")
        assert "140" in editor.errors.message("custom_fields[1].value")
        assert editor.custom_names[1].text() == "N" * 41  # kept as typed
        assert editor.tabs.tabText(editor.tabs.currentIndex()) == "Custom fields"  # shown
        qtbot.wait(50)
        editor.resize(980, 760)
        shot(editor, "invoice-editor-custom-field-errors.png")
        editor.custom_names[1].setText("Cost centre")
        editor.custom_values[1].setText("CC-" + "9" * 137)
        editor.tabs.setCurrentIndex(0)
        qtbot.wait(50)
        shot(editor, "invoice-editor-draft-fields.png")
        assert editor.try_save()
        invoice_id = editor.saved.id  # type: ignore[union-attr]
        settle(qtbot, window, db)
        sid = str(db.invoices.get(invoice_id).stripe_id)
        remote = server.get("invoice", sid)
        assert remote["auto_advance"] is False
        assert remote["collection_method"] == "send_invoice"
        assert remote["due_date"] == remote["created"] + 15 * DAY
        assert remote["description"] == "Thank you for the quick sign-off."
        assert remote["footer"] == "Initech Ltd · VAT GB123456789"
        assert [(f["name"], f["value"]) for f in remote["custom_fields"]] == [
            ("PO number", "PO-4471"),
            ("Cost centre", "CC-" + "9" * 137),
        ]

        # Reopened after the sync: still Net 15 (the terms ride in metadata), not a date.
        editor = editor_for(qtbot, view, invoice_id)
        assert editor.terms.currentData() == 15
        assert editor.collection_method() is CollectionMethod.SEND_INVOICE
        assert editor.custom_values[0].text() == "PO-4471"
        # Charge the saved payment method instead: the terms no longer apply.
        editor.collection.setCurrentIndex(
            editor.collection.findData(CollectionMethod.CHARGE_AUTOMATICALLY.value)
        )
        assert not editor.terms.isEnabled()
        assert "no terms" in editor.terms.toolTip()
        assert editor.try_save()
        settle(qtbot, window, db)
        remote = server.get("invoice", sid)
        assert remote["collection_method"] == "charge_automatically"
        assert remote["due_date"] is None
        local = db.invoices.get(invoice_id)
        assert local.collection_method is CollectionMethod.CHARGE_AUTOMATICALLY
        assert local.days_until_due is None

        # Back to emailing it, due on a chosen date.
        editor = editor_for(qtbot, view, invoice_id)
        assert editor.collection_method() is CollectionMethod.CHARGE_AUTOMATICALLY
        editor.collection.setCurrentIndex(
            editor.collection.findData(CollectionMethod.SEND_INVOICE.value)
        )
        assert editor.terms.isEnabled()
        editor.terms.setCurrentIndex(editor.terms.findText("On a date"))
        due = date.today().replace(day=1).replace(year=date.today().year + 1)
        editor.due_date.setDate(QDate(due.year, due.month, due.day))
        assert editor.try_save()
        settle(qtbot, window, db)
        remote = server.get("invoice", sid)
        assert remote["collection_method"] == "send_invoice"
        assert datetime.fromtimestamp(remote["due_date"], UTC).date() == due
        assert not (remote["metadata"] or {}).get("desktop_invoicer_days_until_due")
        editor = editor_for(qtbot, view, invoice_id)
        assert editor.terms.currentText() == "On a date"
        assert editor.due_date.date() == QDate(due.year, due.month, due.day)
        editor.close()
    finally:
        window.close()


def test_terms_not_in_the_list_are_kept_and_a_date_stays_a_date(qtbot: QtBot) -> None:
    from desktop_invoicer.domain.invoice import Invoice, InvoiceLine
    from desktop_invoicer.domain.money import Money

    from .fakes import MemoryCatalog

    saved: list[Invoice] = []
    draft = Invoice(
        "inv_1",
        "cus_1",
        currency("USD"),
        lines=(InvoiceLine("Work", 1, Money.of(100_00, "USD")),),
        days_until_due=45,
        due_date=date(2030, 1, 15),  # what Stripe computed from the terms
    )
    editor = InvoiceEditor(draft, MemoryCatalog(), lambda inv: saved.append(inv) or inv)
    qtbot.addWidget(editor)
    assert editor.terms.currentText() == "Net 45"  # the terms, not the computed date
    assert editor.try_save()
    assert (saved[-1].days_until_due, saved[-1].due_date) == (45, None)
    dated = InvoiceEditor(
        replace(draft, days_until_due=None), MemoryCatalog(), lambda inv: saved.append(inv) or inv
    )
    qtbot.addWidget(dated)
    assert dated.terms.currentText() == "On a date"
    assert dated.try_save()
    assert (saved[-1].days_until_due, saved[-1].due_date) == (None, date(2030, 1, 15))
