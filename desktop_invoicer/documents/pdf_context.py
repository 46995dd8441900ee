"""What every part of an invoice PDF works from: the invoice, the template, the page,
and the customer's locale (labels, dates, money, direction).

A :class:`RenderContext` is built once per render; the blocks (:mod:`.pdf_header`,
:mod:`.pdf_lines`, :mod:`.pdf_totals`) and the page decorations (:mod:`.pdf_page`)
read it and share its paragraph and table helpers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from ..domain.business import BusinessProfile
from ..domain.catalog import Customer
from ..domain.invoice import Invoice, InvoiceTotals
from ..domain.money import Money
from ..domain.status import InvoiceStatus
from .fonts import FontSet, fonts_for
from .localization import DocumentLocale
from .pdf_bidi import BidiParagraph
from .pdf_styles import mirrored, styles
from .template import InvoiceTemplate

PAGE_SIZES = {"A4": A4, "LETTER": LETTER}


class RenderContext:
    def __init__(
        self,
        invoice: Invoice,
        customer: Customer,
        business: BusinessProfile,
        tpl: InvoiceTemplate,
        locale: str | None = None,
    ) -> None:
        self.invoice = invoice
        self.customer = customer
        self.business = business
        self.tpl = tpl
        self.loc = DocumentLocale(locale or customer.locale or "en")
        self.rtl = self.loc.rtl
        self.fonts: FontSet = fonts_for(tpl, self.rtl)
        self.st = styles(tpl, self.rtl)
        self.pad = tpl.cell_padding
        self.totals: InvoiceTotals = invoice.totals()
        self.page_width, self.page_height = PAGE_SIZES[tpl.page_size]
        m = tpl.margins
        self.left, self.right = m.left * mm, m.right * mm
        self.top, self.bottom = m.top * mm, m.bottom * mm
        self.width = self.page_width - self.left - self.right
        self.is_draft = invoice.status is InvoiceStatus.DRAFT
        self.number_text = invoice.number or (self.label("draft") if self.is_draft else "—")
        # The English title comes from the template ("INVOICE", "Tax invoice"); others translate.
        self.title = tpl.title if self.loc.language == "en" else self.label("title")

    # --- words, numbers and dates in the customer's locale ---
    def label(self, key: str, **values: Any) -> str:
        return self.loc.label(key, **values)

    def caps(self, key: str) -> str:
        """A small heading label (BILL TO), upper-cased when the template says so."""
        text = self.label(key)
        return text.upper() if self.tpl.uppercase_labels else text

    def money(self, money: Money) -> str:
        return self.loc.money(money)

    def amount(self, money: Money) -> str:
        return self.loc.amount(money)

    def date(self, value: Any) -> str:
        return self.loc.date(value, self.tpl.date_style)

    # --- text for reportlab ---
    def t(self, text: str) -> str:
        """Plain text for a table cell or canvas: shaped and in visual order."""
        return self.fonts.visual(text)

    def plain(self, text: str, style: ParagraphStyle) -> str | Paragraph | BidiParagraph:
        """A one-line cell: a plain string unless it needs a fallback font (a Paragraph in
        ``style`` then, since a table draws plain strings in its cell font only)."""
        if self.fonts.needs_fallback(text, style.fontName):
            return self.p(text, style)
        return self.t(text)

    def p(self, text: str, style: ParagraphStyle) -> Paragraph | BidiParagraph:
        if self.rtl and not text.isascii() and self.fonts.visual(text) != text:
            return BidiParagraph(text, style, self.fonts)  # lines break in reading order
        return Paragraph(self.fonts.markup(text, style.fontName), style)

    def cell(
        self, text: str, style: ParagraphStyle, width: float
    ) -> str | Paragraph | BidiParagraph:
        """A plain string when its lines fit unwrapped in the main font (fast), else a Paragraph."""
        font, size, room = style.fontName, style.fontSize, width - 2 * self.pad
        if not self.fonts.needs_fallback(text, font) and all(
            self.fonts.width(part, font, size) <= room for part in text.split("\n")
        ):
            return self.t(text)
        return self.p(text, style)

    def table(
        self,
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        commands: Sequence[tuple[Any, ...]],
        **kwargs: Any,
    ) -> Table:
        """A table laid out left to right, mirrored for a right-to-left document."""
        if self.rtl:  # cells start at the right: the default alignment mirrors too
            commands = [("ALIGN", (0, 0), (-1, -1), "LEFT"), *commands]
            rows, widths, commands = mirrored(rows, widths, commands)
            if kwargs.get("hAlign") == "RIGHT":
                kwargs["hAlign"] = "LEFT"
        table = Table([list(r) for r in rows], colWidths=list(widths), **kwargs)
        table.setStyle(TableStyle(list(commands)))
        return table
