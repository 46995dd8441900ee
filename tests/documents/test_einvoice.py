"""Factur-X (CII, EN 16931 profile) e-invoices validate against the official XSD.

The schema is the Factur-X 1.0.07 EN16931 XSD shipped in drafthorse; the test loads
it with lxml itself, independent of drafthorse's own check.
"""

from __future__ import annotations

import io
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import drafthorse
import pypdf
import pytest
from lxml import etree

from desktop_invoicer.documents.einvoice import EInvoiceError, facturx_pdf, facturx_xml
from desktop_invoicer.documents.samples import sample_business, sample_customer, sample_invoice
from desktop_invoicer.domain.catalog import Address
from desktop_invoicer.domain.status import InvoiceStatus

XSD = Path(drafthorse.__file__).parent / "schema" / "Factur-X_1.0.07_EN16931.xsd"
NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}
BUSINESS = sample_business(
    address=Address("Hauptstraße 1", "", "Berlin", "10115", "", "DE"),
    tax_ids=("DE123456789",),
)


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


def _text(doc: etree._Element, path: str) -> str:
    found = doc.find(path, NS)
    assert found is not None, path
    return str(found.text)


@pytest.mark.parametrize("code", ["EUR", "GBP", "JPY", "KWD", "USD"])
def test_xml_validates_and_carries_the_invoice(schema: etree.XMLSchema, code: str) -> None:
    invoice = sample_invoice(code)
    if code == "USD":  # EN 16931 has one VAT rate per line: keep the single-rate lines
        invoice = replace(invoice, lines=tuple(li for li in invoice.lines if len(li.tax_rates) < 2))
    doc = etree.fromstring(facturx_xml(invoice, sample_customer(code), BUSINESS))
    assert schema.validate(doc), schema.error_log
    totals = invoice.totals()
    summary = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/"
    assert _text(doc, "rsm:ExchangedDocument/ram:ID") == "NW-2025-0042"
    assert _text(doc, summary + "ram:InvoiceCurrencyCode") == code
    money = summary + "ram:SpecifiedTradeSettlementHeaderMonetarySummation/"
    assert Decimal(_text(doc, money + "ram:GrandTotalAmount")) == totals.total.to_decimal()
    assert _text(doc, money + "ram:GrandTotalAmount") == str(totals.total.to_decimal())
    basis = Decimal(_text(doc, money + "ram:TaxBasisTotalAmount"))
    tax = Decimal(_text(doc, money + "ram:TaxTotalAmount"))
    assert basis + tax == totals.total.to_decimal()  # EN 16931 BR-CO-15
    due = summary + "ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString"
    assert _text(doc, due) == "20250331"


def test_inclusive_vat_lines_are_net_in_the_xml(schema: etree.XMLSchema) -> None:
    invoice = sample_invoice("GBP")  # VAT 20% included in the prices
    doc = etree.fromstring(facturx_xml(invoice, sample_customer("GBP"), BUSINESS))
    assert schema.validate(doc), schema.error_log
    rates = doc.findall(".//ram:ApplicableTradeTax/ram:RateApplicablePercent", NS)
    assert {Decimal(str(r.text)) for r in rates} == {Decimal(20)}


def test_drafts_and_stacked_taxes_are_refused_with_a_reason() -> None:
    draft = sample_invoice("EUR", number=None, status=InvoiceStatus.DRAFT)
    with pytest.raises(EInvoiceError, match="finalize it first"):
        facturx_xml(draft, sample_customer("EUR"), BUSINESS)
    with pytest.raises(EInvoiceError, match="one VAT rate per line"):
        facturx_xml(sample_invoice("USD"), sample_customer("USD"), BUSINESS)


def test_pdf_embeds_the_xml() -> None:
    data = facturx_pdf(sample_invoice("EUR"), sample_customer("EUR"), BUSINESS)
    reader = pypdf.PdfReader(io.BytesIO(data))
    attachments = reader.attachments
    assert "factur-x.xml" in attachments
    embedded = attachments["factur-x.xml"][0]
    assert b"NW-2025-0042" in embedded
    assert "NW-2025-0042" in reader.pages[0].extract_text()
