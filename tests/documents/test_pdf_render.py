"""Render invoices to PDF and check what a reader of the PDF would find in it."""

from __future__ import annotations

import io
import logging
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PIL import Image

from desktop_invoicer.documents.pdf import invoice_pdf_bytes, render_invoice_pdf
from desktop_invoicer.documents.samples import (
    VAT_INCLUDED,
    sample_business,
    sample_customer,
    sample_invoice,
)
from desktop_invoicer.documents.template import load_template
from desktop_invoicer.domain.catalog import Discount, TaxRate
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import Invoice, InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.status import InvoiceStatus

from .helpers import Render, money, read_pdf


def _assert_totals(text: str, invoice: Invoice) -> None:
    totals = invoice.totals()
    assert f"Subtotal {totals.subtotal.amount_text()}" in text
    if totals.discount.minor:
        assert f"-{totals.discount.amount_text()}" in text
    for tax in totals.tax_by_rate:
        assert tax.amount.amount_text() in text
        assert f"{tax.tax_rate.display_name}" in text
    assert f"Total {money(totals.total)}" in text


def test_usd_with_exclusive_tax_and_discount(render: Render) -> None:
    invoice = sample_invoice("USD")
    customer = sample_customer("USD")
    pdf = render(invoice, customer, sample_business())
    text = pdf.text

    assert len(pdf.pages) == 1
    assert "INVOICE" in text
    assert "NW-2025-0042" in text
    assert customer.name in text
    assert "Northwind Studio LLC" in text
    assert "billing@northwind.example" in text
    assert "EIN 12-3456789" in text
    assert "Issue date March 1, 2025" in text
    assert "Due date March 31, 2025" in text
    assert "PO number PO-77812" in text
    _assert_totals(text, invoice)
    # Each exclusive rate with its name, percentage and taxable base.
    totals = invoice.totals()
    ny = next(t for t in totals.tax_by_rate if t.tax_rate.id == "txr_ny")
    assert f"Sales tax – NY (8.875% on {ny.taxable_amount.amount_text()})" in text
    assert "Discount (Spring sale, 10% off)" in text
    assert f"Amount due {money(totals.total)}" in text
    assert "Work delivered as agreed" in text  # memo
    assert "Pay by bank transfer" in text  # payment instructions
    assert "Thank you for your business." in text  # footer
    assert "Page 1 of 1" in text
    for line in invoice.lines:
        assert line.unit_amount.amount_text() in text


def test_jpy_has_no_decimals(render: Render) -> None:
    invoice = sample_invoice("JPY", line_count=3)
    pdf = render(invoice, sample_customer("JPY"), sample_business())
    total = invoice.totals().total
    assert "." not in total.amount_text()
    assert f"Total {money(total)}" in pdf.text
    assert f"{total.amount_text()}.00" not in pdf.text
    _assert_totals(pdf.text, invoice)


def test_kwd_has_three_decimals(render: Render) -> None:
    invoice = sample_invoice("KWD", line_count=3)
    pdf = render(invoice, sample_customer("KWD"), sample_business())
    total = invoice.totals().total
    assert len(total.amount_text().split(".")[1]) == 3
    assert f"Total {money(total)}" in pdf.text
    _assert_totals(pdf.text, invoice)


def test_inclusive_tax_is_shown_as_included(render: Render) -> None:
    invoice = sample_invoice("GBP", line_count=2)
    pdf = render(invoice, sample_customer("GBP"), sample_business())
    vat = invoice.totals().tax_by_rate[0]
    assert vat.tax_rate is VAT_INCLUDED
    assert (
        f"Includes VAT (20% on {vat.taxable_amount.amount_text()}) {vat.amount.amount_text()}"
        in pdf.text
    )
    assert "VAT 20% incl." in pdf.text  # the line's tax column
    # Inclusive tax is part of the total, not added to it.
    totals = invoice.totals()
    assert totals.total == totals.subtotal - totals.discount
    assert f"Total {money(totals.total)}" in pdf.text


def test_long_invoice_flows_over_pages_with_repeated_header(render: Render) -> None:
    invoice = sample_invoice("USD", line_count=120)
    pdf = render(invoice, sample_customer(), sample_business())
    count = len(pdf.pages)
    assert count >= 3
    assert f"Page 2 of {count}" in pdf.pages[1]
    for number, page in enumerate(pdf.pages, start=1):
        assert f"Page {number} of {count}" in page
        assert "Description Qty Unit price Tax Amount" in page  # header row on every page
        if number > 1:
            assert "Invoice NW-2025-0042" in page  # running header
    # Totals come once, after the last line.
    assert pdf.text.count("Subtotal") == 1
    assert "Subtotal" in pdf.pages[-1]
    _assert_totals(pdf.text, invoice)
    assert "NW-2025-0042" in pdf.pages[0]
    assert "March 31, 2025" in pdf.pages[0]


def test_draft_without_number_is_marked_draft(render: Render) -> None:
    invoice = sample_invoice("USD", number=None, status=InvoiceStatus.DRAFT, issue_date=None)
    pdf = render(invoice, sample_customer(), sample_business())
    assert "Invoice number DRAFT" in pdf.text
    assert "NW-2025-0042" not in pdf.text
    assert "Issue date" not in pdf.text
    assert pdf.reader.metadata is not None
    assert pdf.reader.metadata.title == "Invoice DRAFT"
    _assert_totals(pdf.text, invoice)


def test_paid_invoice_is_stamped_and_owes_nothing(render: Render) -> None:
    total = sample_invoice("USD").totals().total
    invoice = sample_invoice("USD", status=InvoiceStatus.PAID, amount_paid=total.minor)
    pdf = render(invoice, sample_customer(), sample_business())
    assert "PAID" in pdf.text
    assert "Status Paid" in pdf.text
    assert f"Amount paid {total.amount_text()}" in pdf.text
    assert "Amount due $0.00" in pdf.text
    assert "Paid in full" in pdf.text


def test_void_invoice_is_stamped_and_owes_nothing(render: Render) -> None:
    pdf = render(
        sample_invoice("USD", status=InvoiceStatus.VOID), sample_customer(), sample_business()
    )
    assert "VOID" in pdf.text
    assert "Amount due $0.00" in pdf.text


def test_partly_paid_invoice_shows_the_remaining_amount(render: Render) -> None:
    invoice = sample_invoice("USD", amount_paid=10_000)
    remaining = invoice.totals().total - Money(10_000, invoice.currency)
    pdf = render(invoice, sample_customer(), sample_business())
    assert "Amount paid 100.00" in pdf.text
    assert f"Amount due {money(remaining)}" in pdf.text


def test_accented_and_long_names(render: Render) -> None:
    business = sample_business(
        name="Ateliers Bérénice Œuvre-Müller S.à r.l. — Design & Engineering Collective "
        "Internationale de Genève et de Montréal"
    )
    customer = sample_customer(
        name="Señora Zoë Ångström-Łukasiewicz, Ødegård & Çelik Ünal Ticaret Anonim Şirketi"
    )
    invoice = sample_invoice(
        "EUR",
        lines=(
            InvoiceLine(
                "Crème brûlée <deluxe> & co. — " + "très longue description " * 12,
                2,
                Money(1999, currency("EUR")),
            ),
        ),
    )
    pdf = render(invoice, customer, business)
    assert business.name in pdf.text
    assert customer.name in pdf.text
    assert "Crème brûlée <deluxe> & co." in pdf.text  # markup characters are escaped
    assert "Total €35.98" in pdf.text  # 2 x 19.99 less 10%, no tax
    assert "Description Qty Unit price Amount" in pdf.text  # no empty tax column


def test_cjk_text_uses_a_fallback_font(render: Render) -> None:
    customer = sample_customer("JPY", name="株式会社サンプル 東京支店")
    invoice = sample_invoice("JPY", line_count=1, memo="お支払いは月末までにお願いします。")
    pdf = render(invoice, customer, sample_business())
    assert customer.name in pdf.text
    assert "お支払いは月末までにお願いします。" in pdf.text
    assert any("IPAGothic" in n for n in _font_names(pdf.reader))  # embedded, see below
    cjk = [f for f in _fonts(pdf.reader) if "IPAGothic" in str(f.get("/BaseFont"))]
    for font in cjk:
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:
            for descendant in font.get("/DescendantFonts", []):
                descriptor = descendant.get_object().get("/FontDescriptor")
        assert descriptor is not None and "/FontFile2" in descriptor.get_object()


def test_fonts_are_embedded_and_helvetica_is_not_used(render: Render) -> None:
    pdf = render(sample_invoice(), sample_customer(), sample_business())
    names = _font_names(pdf.reader)
    assert any("DejaVuSans-Bold" in n for n in names)
    assert any(n.endswith("DejaVuSans") for n in names)
    assert not any("Helvetica" in n for n in names)
    for font in _fonts(pdf.reader):
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:  # Type0 wrappers point to a descendant font
            for descendant in font.get("/DescendantFonts", []):
                descriptor = descendant.get_object().get("/FontDescriptor")
        assert descriptor is not None
        assert "/FontFile2" in descriptor.get_object()


def test_logo_is_drawn_when_the_file_exists(tmp_path: Path, render: Render) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (31, 78, 121)).save(logo)
    pdf = render(sample_invoice(), sample_customer(), sample_business(logo_path=str(logo)))
    assert _image_count(pdf.reader) == 1
    hidden = replace(load_template(), show_logo=False)
    pdf = render(sample_invoice(), sample_customer(), sample_business(logo_path=str(logo)), hidden)
    assert _image_count(pdf.reader) == 0


def test_a_broken_or_missing_logo_does_not_stop_the_invoice(
    tmp_path: Path, render: Render, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"not an image")
    with caplog.at_level(logging.WARNING, logger="desktop_invoicer.documents.pdf"):
        pdf = render(sample_invoice(), sample_customer(), sample_business(logo_path=str(broken)))
    assert _image_count(pdf.reader) == 0
    assert "cannot be read" in caplog.text
    missing = sample_business(logo_path=str(tmp_path / "nope.png"))
    assert "NW-2025-0042" in render(sample_invoice(), sample_customer(), missing).text


def test_huge_amounts_and_quantities_never_wrap(render: Render) -> None:
    usd = currency("USD")
    rates = (
        TaxRate("t1", "Very long regional tax name for testing", Decimal("7.25"), False),
        TaxRate("t2", "GST", Decimal("5"), True),
    )
    line = InvoiceLine("Big", 999_999, Money(99_999_999, usd), rates)
    invoice = sample_invoice("USD", lines=(line,), discounts=())
    pdf = render(invoice, sample_customer(), sample_business())
    assert "999,999 999,999.99" in pdf.text
    assert line.amount.amount_text() in pdf.text
    assert f"Amount due {money(invoice.totals().total)}" in pdf.text


def test_amount_discount_and_no_lines(render: Render) -> None:
    off = Discount("co_5", "Loyalty", amount_off=Money(500, currency("USD")))
    pdf = render(sample_invoice("USD", discounts=(off,)), sample_customer(), sample_business())
    assert "Discount (Loyalty, $5.00 off)" in pdf.text
    empty = render(sample_invoice("USD", lines=()), sample_customer(), sample_business())
    assert "Total $0.00" in empty.text


def test_minimal_business_and_customer(render: Render) -> None:
    business = sample_business(
        email="", phone="", website="", tax_ids=(), payment_instructions="", footer=""
    )
    business = replace(business, address=replace(business.address, line1="", line2=""))
    customer = sample_customer(email="")
    invoice = sample_invoice("USD", memo="", custom_fields=(), issue_date=None, due_date=None)
    pdf = render(invoice, customer, business)
    assert "Notes" not in pdf.text
    assert "Payment instructions" not in pdf.text
    assert "Due date" not in pdf.text
    assert "Page 1 of 1" in pdf.text


def test_invoice_footer_overrides_the_business_footer(render: Render) -> None:
    pdf = render(
        sample_invoice(footer="Reverse charge: VAT to be accounted for by the recipient."),
        sample_customer(),
        sample_business(),
    )
    assert "Reverse charge" in pdf.text
    assert "Thank you for your business." not in pdf.text


def test_explicit_due_date_and_iso_dates(render: Render) -> None:
    iso = replace(load_template(), date_style="iso")
    pdf = render(
        sample_invoice(due_date=date(2025, 4, 15)), sample_customer(), sample_business(), iso
    )
    assert "Due date 2025-04-15" in pdf.text
    assert "Issue date 2025-03-01" in pdf.text


def test_render_to_a_path_is_atomic_and_to_a_stream(tmp_path: Path) -> None:
    target = tmp_path / "out" / "invoice.pdf"
    render_invoice_pdf(sample_invoice(), sample_customer(), sample_business(), target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in target.parent.iterdir()] == ["invoice.pdf"]  # no temp file left
    render_invoice_pdf(sample_invoice(), sample_customer(), sample_business(), str(target))
    assert "NW-2025-0042" in read_pdf(target.read_bytes()).text

    stream = io.BytesIO()
    render_invoice_pdf(sample_invoice(), sample_customer(), sample_business(), stream)
    assert "NW-2025-0042" in read_pdf(stream.getvalue()).text


def test_pdf_metadata() -> None:
    data = invoice_pdf_bytes(sample_invoice(), sample_customer(), sample_business())
    meta = pypdf.PdfReader(io.BytesIO(data)).metadata
    assert meta is not None
    assert meta.title == "Invoice NW-2025-0042"
    assert meta.author == "Northwind Studio LLC"


# ------------------------------------------------------------------------ helpers


def _fonts(reader: pypdf.PdfReader) -> list[Any]:
    found: dict[int, Any] = {}
    for page in reader.pages:
        resources = page.get("/Resources")
        stack = [resources.get_object()] if resources is not None else []
        while stack:
            res = stack.pop()
            for font in res.get("/Font", {}).values():
                font = font.get_object()
                found[id(font)] = font
            for xobject in res.get("/XObject", {}).values():
                inner = xobject.get_object().get("/Resources")
                if inner is not None:
                    stack.append(inner.get_object())
    return list(found.values())


def _font_names(reader: pypdf.PdfReader) -> set[str]:
    return {str(font.get("/BaseFont", "")).lstrip("/") for font in _fonts(reader)}


def _image_count(reader: pypdf.PdfReader) -> int:
    return sum(len(page.images) for page in reader.pages)
