"""Every bundled template in five locales and four currencies (JPY: 0 decimals, KWD: 3),
with long, accented, Japanese and Arabic names: the number, due date and totals are in
the PDF's text, in the customer's language and CLDR formats."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import arabic_reshaper
import pytest

from desktop_invoicer.documents.fonts import fonts_for
from desktop_invoicer.documents.localization import DocumentLocale
from desktop_invoicer.documents.pdf import invoice_pdf_bytes
from desktop_invoicer.documents.samples import sample_business, sample_customer, sample_invoice
from desktop_invoicer.documents.template import available_templates, load_template
from desktop_invoicer.domain.status import InvoiceStatus

from .helpers import read_pdf

CASES = {
    "en-USD": ("en", "USD", "Zoë Ångström-Łukasiewicz & Søn GmbH"),
    "de-EUR": ("de", "EUR", "Bäckerei Müller-Lüdenscheidt GmbH & Co. KG, Zweigniederlassung Süd"),
    "fr-KWD": ("fr", "KWD", "Société Générale d’Études Économiques du Koweït"),
    "ja-JPY": ("ja", "JPY", "株式会社サンプル 東京支店 経理部"),
    "ar-KWD": ("ar", "KWD", "شركة الخليج للتجارة العامة والمقاولات"),
}


def test_three_templates_ship() -> None:
    assert {"classic", "modern", "compact"} <= set(available_templates())


_BIDI_MARKS = dict.fromkeys([0x200E, 0x200F, 0x061C])


def _missing(text: str, pdf_text: str, locale: str) -> list[str]:
    """The parts of ``text`` not found in the PDF's text.

    Left-to-right text must appear whole (spaces collapsed as read_pdf does). pypdf
    re-orders right-to-left runs its own way, so Arabic text is checked word by word,
    in its shaped (joined) forms.
    """
    if not DocumentLocale(locale).rtl:
        whole = " ".join(text.split())
        return [] if whole in pdf_text else [whole]
    shaped = arabic_reshaper.reshape(text.translate(_BIDI_MARKS))
    words = [w.strip("().") for w in shaped.split()]
    return [w for w in words if w and w not in pdf_text]


@pytest.mark.parametrize("tpl_name", ["classic", "modern", "compact"])
@pytest.mark.parametrize("case", list(CASES))
def test_template_in_locale_and_currency(tpl_name: str, case: str) -> None:
    locale, code, name = CASES[case]
    invoice = sample_invoice(code, line_count=5)
    customer = sample_customer(code, name=name, locale=locale)
    pdf = read_pdf(invoice_pdf_bytes(invoice, customer, sample_business(), load_template(tpl_name)))
    loc = DocumentLocale(locale)
    totals = invoice.totals()
    due = invoice.effective_due_date()
    assert due is not None
    text = pdf.text
    assert "NW-2025-0042" in text
    style = load_template(tpl_name).date_style
    for expected in (
        loc.money(totals.total),
        loc.amount(totals.subtotal),
        loc.date(due, style),
        loc.label("total"),
        loc.label("due_date"),
        name,
    ):
        assert _missing(expected, text, locale) == [], expected
    assert pdf.reader.metadata.title == loc.label("invoice_ref", number="NW-2025-0042")


def test_decimals_follow_the_currency_not_cldr() -> None:
    loc = DocumentLocale("de")
    jpy = sample_invoice("JPY").totals().total
    kwd = sample_invoice("KWD").totals().total
    assert "," not in loc.amount(jpy)  # no decimals (and "." groups in German)
    assert len(loc.amount(kwd).split(",")[1]) == 3


def test_arabic_is_shaped_and_right_to_left() -> None:
    customer = sample_customer("KWD", name="شركة الخليج", locale="ar")
    pdf = read_pdf(invoice_pdf_bytes(sample_invoice("KWD"), customer, sample_business()))
    # Joined presentation forms (ﺷﺮﻛﺔ), not the isolated letters (شركة).
    assert "ﺷﺮﻛﺔ ﺍﻟﺨﻠﻴﺞ" in pdf.text
    assert "شركة" not in pdf.text
    # Drawn right to left: the shaped name's glyph runs are reversed by python-bidi.
    fonts = fonts_for(load_template("classic"), rtl=True)
    assert fonts.visual("شركة الخليج") == "ﺞﻴﻠﺨﻟﺍ ﺔﻛﺮﺷ"


def test_paid_stamp_and_draft_watermark_are_translated() -> None:
    total = sample_invoice("EUR").totals().total
    paid = sample_invoice("EUR", status=InvoiceStatus.PAID, amount_paid=total.minor)
    customer = sample_customer("EUR", locale="de")
    pdf = read_pdf(invoice_pdf_bytes(paid, customer, sample_business()))
    assert "BEZAHLT" in pdf.text and "Vollständig bezahlt" in pdf.text
    draft = replace(sample_invoice("EUR"), status=InvoiceStatus.DRAFT, number=None)
    pdf = read_pdf(invoice_pdf_bytes(draft, customer, sample_business()))
    assert "Rechnungsnummer ENTWURF" in pdf.text


def test_long_arabic_paragraphs_break_in_reading_order() -> None:
    from desktop_invoicer.documents.pdf_bidi import BidiParagraph, wrap_logical
    from desktop_invoicer.documents.pdf_styles import styles

    assert wrap_logical("aa bb cc dd", 5.0, len) == ["aa bb", "cc dd"]
    assert wrap_logical("aaaaaaa b\nc", 3.0, len) == ["aaaaaaa", "b", "c"]
    template = load_template("classic")
    fonts = fonts_for(template, rtl=True)
    text = "البداية " + "يرجى الدفع خلال ثلاثين يوما من تاريخ الفاتورة. " * 4 + "النهاية"
    para = BidiParagraph(text, styles(template, True).body, fonts)
    para.wrap(200, 1000)
    assert para._para is not None
    lines = para._para.text.split("<br/>")
    assert len(lines) > 2
    # Each line is visual on its own: the first holds the first word, the last the last.
    assert fonts.visual("البداية") in lines[0]
    assert fonts.visual("النهاية") in lines[-1]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
@pytest.mark.parametrize("tpl_name", ["classic", "modern", "compact"])
def test_rendered_pages_show_the_brand(tpl_name: str, tmp_path: Path) -> None:
    """Page 1 as a person sees it (pdftoppm -r 50): the accent is on the page, the
    modern band spans the top, and a Japanese invoice has ink where its name is."""
    from PySide6.QtGui import QColor, QImage

    from desktop_invoicer.domain.branding import Branding

    accent = "#C2410C"
    business = sample_business(branding=Branding(accent_color=accent))
    customer = sample_customer("JPY", name="株式会社サンプル", locale="ja")
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(
        invoice_pdf_bytes(sample_invoice("JPY"), customer, business, load_template(tpl_name))
    )
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    image = QImage(str(next(tmp_path.glob("p*.png"))))
    assert not image.isNull()
    target = QColor(accent)

    def near(c: QColor) -> bool:
        return all(
            abs(a - b) < 40 for a, b in zip(c.getRgb()[:3], target.getRgb()[:3], strict=True)
        )

    pixels = [
        image.pixelColor(x, y)
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
    ]
    assert sum(near(c) for c in pixels) > 20  # the accent colour is used
    if tpl_name == "modern":
        top = round(image.height() * 0.06)
        row = [image.pixelColor(x, top) for x in range(image.width() // 8, image.width() * 7 // 8)]
        assert sum(near(c) for c in row) > len(row) * 0.6  # the band spans the page
