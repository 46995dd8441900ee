"""Editors show domain errors at the field and never lose what was typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_invoicer.domain.catalog import Customer
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import Invoice, InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.status import InvoiceStatus
from desktop_invoicer.ui.customer_dialog import CustomerDialog
from desktop_invoicer.ui.invoice_editor import InvoiceEditor
from desktop_invoicer.ui.product_dialog import ProductDialog, ProductWithPrices

from .fakes import SALES, VAT, MemoryCatalog


class Saver:
    def __init__(self) -> None:
        self.saved: list[object] = []

    def __call__(self, value: object) -> None:
        self.saved.append(value)


def test_customer_dialog_shows_errors_at_fields_and_keeps_the_form(qtbot: QtBot) -> None:
    saver = Saver()
    dialog = CustomerDialog(None, saver)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Ørsted & Søn ")  # QTest types Latin-1 only,
    dialog.name.insert("— 東京支店")  # so paste the rest: non-Latin text is fine
    qtbot.keyClicks(dialog.email, "billing at orsted")
    qtbot.keyClicks(dialog.country, "D1")
    dialog.currency.setCurrentText("ABC")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert saver.saved == []
    assert dialog.isVisible()
    assert "is not an email address" in dialog.errors.message("email")
    assert "two-letter country code" in dialog.errors.message("country")
    assert "Unknown currency 'ABC'" in dialog.errors.message("currency")
    assert dialog.errors.message("name") == ""
    assert dialog.name.text() == "Ørsted & Søn — 東京支店"
    assert dialog.email.text() == "billing at orsted"

    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "billing@orsted.example")
    assert dialog.errors.message("email") == ""  # editing a field clears its message
    dialog.country.clear()
    qtbot.keyClicks(dialog.country, "dk")
    dialog.currency.setCurrentText("dkk")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(saver.saved) == 1
    customer = saver.saved[0]
    assert isinstance(customer, Customer)
    assert (customer.currency.code, customer.address.country) == ("DKK", "DK")


def test_customer_dialog_rejects_too_long_text(qtbot: QtBot) -> None:
    saver = Saver()
    dialog = CustomerDialog(None, saver)
    qtbot.addWidget(dialog)
    dialog.name.setText("x" * 300)
    assert not dialog.try_save()
    assert "the limit is 256" in dialog.errors.message("name")
    assert len(dialog.name.text()) == 300


def test_a_failing_save_keeps_the_form_and_says_why(qtbot: QtBot) -> None:
    def refuse(_customer: Customer) -> Customer:
        raise RuntimeError("The workspace is busy; try again.")

    dialog = CustomerDialog(None, refuse)
    qtbot.addWidget(dialog)
    dialog.name.setText("Acme")
    assert not dialog.try_save()
    assert "The workspace is busy" in dialog.errors.general.text()
    assert dialog.name.text() == "Acme"


def test_product_dialog_checks_decimals_per_currency(qtbot: QtBot) -> None:
    saver = Saver()
    dialog = ProductDialog(None, saver, "USD")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Consulting")
    usd = dialog.price_rows[0]
    qtbot.keyClicks(usd.amount, "12.345")
    jpy = dialog.add_price(None, "JPY")
    qtbot.keyClicks(jpy.amount, "1500.5")
    kwd = dialog.add_price(None, "KWD")
    qtbot.keyClicks(kwd.amount, "1.250")
    twice = dialog.add_price(None, "usd")
    qtbot.keyClicks(twice.amount, "3")
    assert not dialog.try_save()
    assert dialog.errors.message("prices[0].unit_amount") == "USD allows at most 2 decimals."
    assert "JPY has no decimals" in dialog.errors.message("prices[1].unit_amount")
    assert dialog.errors.message("prices[2].unit_amount") == ""
    assert "already a USD price" in dialog.errors.message("prices[3].currency")
    assert saver.saved == []

    usd.amount.setText("12.34")
    jpy.amount.setText("1,500")
    twice.remove.click()
    assert dialog.try_save()
    value = saver.saved[0]
    assert isinstance(value, ProductWithPrices)
    assert [p.unit_amount for p in value.prices] == [
        Money.of(1234, "USD"),
        Money.of(1500, "JPY"),
        Money.of(1250, "KWD"),
    ]


def editor(qtbot: QtBot, invoice: Invoice | None = None) -> tuple[InvoiceEditor, Saver]:
    saver = Saver()
    dialog = InvoiceEditor(invoice, MemoryCatalog(), saver)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, saver


def test_invoice_editor_picks_a_customer_and_shows_live_totals(qtbot: QtBot) -> None:
    dialog, saver = editor(qtbot)
    qtbot.keyClicks(dialog.customer_edit, "acme")
    popup = dialog.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.customer is not None and dialog.customer.name == "Acme Corporation"
    assert dialog.currency.currentText() == "USD"

    first = dialog.lines.rows[0]
    qtbot.keyClicks(first.description, "Design work")
    first.quantity.clear()
    qtbot.keyClicks(first.quantity, "3")
    qtbot.keyClicks(first.unit_price, "100")
    second = dialog.lines.add_line()
    qtbot.keyClicks(second.description, "Hosting")
    qtbot.keyClicks(second.unit_price, "49.99")
    assert dialog.total_text() == "349.99 USD"
    dialog.lines.set_taxes(first, [VAT.id])
    dialog.lines.set_taxes(second, [VAT.id])
    assert dialog.total_text("subtotal") == "349.99 USD"
    assert dialog.total_text(f"tax:{VAT.id}") == "70.00 USD"
    assert dialog.total_text() == "419.99 USD"
    dialog.discount.setCurrentIndex(1)  # Loyalty, 10 % off
    assert dialog.total_text("discount") == "-35.00 USD"
    assert dialog.total_text() == "377.99 USD"

    dialog.terms.setCurrentIndex(1)  # Net 7
    dialog.custom_names[0].setText("PO number")
    dialog.custom_values[0].setText("PO-4711")
    assert dialog.try_save()
    invoice = saver.saved[0]
    assert isinstance(invoice, Invoice)
    assert invoice.customer_id == "cus_1"
    assert invoice.days_until_due == 7
    assert invoice.custom_fields == (("PO number", "PO-4711"),)
    assert invoice.totals().total == Money.of(37799, "USD")


def test_invoice_editor_shows_line_errors_and_keeps_lines(qtbot: QtBot) -> None:
    dialog, saver = editor(qtbot)
    catalog = MemoryCatalog()
    dialog.pick_customer(catalog.customers[1])  # EUR
    rows = [dialog.lines.rows[0], dialog.lines.add_line(), dialog.lines.add_line()]
    for row, (description, quantity, price) in zip(
        rows,
        [("Negative", "-2", "10"), ("Absurd", "5000000", "1"), ("Decimals", "1", "9.999")],
        strict=True,
    ):
        row.description.setText(description)
        row.quantity.setText(quantity)
        row.unit_price.setText(price)
    dialog.memo.setPlainText("m" * 5001)
    assert not dialog.try_save()
    assert saver.saved == []
    assert dialog.errors.message("lines[0].quantity") == "Quantity must be at least 1."
    assert "at most 1,000,000" in dialog.errors.message("lines[1].quantity")
    assert dialog.errors.message("lines[2].unit_amount") == "EUR allows at most 2 decimals."
    assert "limit is 5000" in dialog.errors.message("memo")
    assert [r.quantity.text() for r in dialog.lines.rows] == ["-2", "5000000", "1"]
    assert dialog.lines.rows[2].unit_price.text() == "9.999"


def test_invoice_editor_needs_a_customer_from_the_list(qtbot: QtBot) -> None:
    dialog, saver = editor(qtbot)
    qtbot.keyClicks(dialog.customer_edit, "Nobody In Particular")
    row = dialog.lines.rows[0]
    row.description.setText("Work")
    row.unit_price.setText("10")
    assert not dialog.try_save()
    assert "Choose a customer" in dialog.errors.message("customer")
    assert dialog.customer_edit.text() == "Nobody In Particular"
    assert saver.saved == []


def test_catalog_lines_use_the_price_of_the_invoice_currency(qtbot: QtBot) -> None:
    dialog, _saver = editor(qtbot)
    catalog = MemoryCatalog()
    dialog.pick_customer(catalog.customers[1])  # EUR: only the EUR price is offered
    assert dialog.catalog_combo.count() == 2
    dialog.catalog_combo.activated.emit(1)
    assert len(dialog.lines.rows) == 1
    assert dialog.lines.rows[0].unit_price.text() == "140.00"
    assert dialog.lines.rows[0].price_id == "price_3"
    assert dialog.total_text() == "140.00 EUR"


def test_only_drafts_are_editable(qtbot: QtBot) -> None:
    invoice = Invoice(
        "inv_1",
        "cus_3",
        currency("JPY"),
        status=InvoiceStatus.OPEN,
        number="INV-0042",
        lines=(InvoiceLine("Tea ceremony", 2, Money.of(15000, "JPY"), (SALES,)),),
        issue_date=date(2025, 3, 1),
    )
    dialog, saver = editor(qtbot, invoice)
    assert dialog.read_only
    assert "Only drafts can be edited" in dialog.banner.text()
    assert not dialog.save_button.isVisible()
    assert dialog.lines.rows[0].description.isReadOnly()
    assert dialog.total_text() == "32,663 JPY"  # 30,000 + 8.875 % tax, no decimals
    assert not dialog.try_save()
    assert saver.saved == []
