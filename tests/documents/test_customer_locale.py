"""A customer's language and locale: chosen in the customer dialog, sent to Stripe as
``preferred_locales`` (Stripe's invoice and emails), and used by the PDF."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_invoicer.documents.pdf import invoice_pdf_bytes
from desktop_invoicer.documents.samples import sample_business, sample_customer, sample_invoice
from desktop_invoicer.domain.catalog import Customer
from desktop_invoicer.sync.params import customer_params
from desktop_invoicer.ui.customer_dialog import CustomerDialog

from .helpers import read_pdf


def test_dialog_keeps_and_changes_the_locale(qtbot: QtBot) -> None:
    saved: list[Customer] = []
    dialog = CustomerDialog(sample_customer("EUR", locale="de"), lambda c: saved.append(c) or c)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "de"
    dialog.language.setCurrentIndex(dialog.language.findData("fr-CA"))
    customer = dialog.collect()
    assert customer.locale == "fr-CA"
    assert customer_params(customer)["preferred_locales"] == ["fr-CA"]
    unknown = CustomerDialog(sample_customer("EUR", locale="de_AT"), lambda c: c)
    qtbot.addWidget(unknown)
    assert unknown.language.currentData() == "de"  # Stripe's nearest locale


def test_the_pdf_speaks_the_customers_language() -> None:
    invoice = sample_invoice("EUR")
    german = read_pdf(
        invoice_pdf_bytes(invoice, sample_customer("EUR", locale="de"), sample_business())
    )
    assert "RECHNUNG" in german.text and "Fälliger Betrag" in german.text
    assert "31. März 2025" in german.text
    french = read_pdf(
        invoice_pdf_bytes(invoice, sample_customer("EUR", locale="fr"), sample_business())
    )
    assert "FACTURE" in french.text and "31 mars 2025" in french.text
