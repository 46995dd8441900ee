"""What every part of an invoice PDF works from: the invoice, the template, the page.

A :class:`RenderContext` is built once per render; the blocks (:mod:`.pdf_header`,
:mod:`.pdf_lines`, :mod:`.pdf_totals`) and the page decorations (:mod:`.pdf_page`)
read it and share its paragraph helpers.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from ..domain.business import BusinessProfile
from ..domain.catalog import Customer
from ..domain.invoice import Invoice, InvoiceTotals
from ..domain.status import InvoiceStatus
from .fonts import FontSet, fonts_for
from .formatting import format_date
from .pdf_styles import PAD, styles
from .template import InvoiceTemplate

PAGE_SIZES = {"A4": A4, "LETTER": LETTER}


class RenderContext:
    def __init__(
        self,
        invoice: Invoice,
        customer: Customer,
        business: BusinessProfile,
        tpl: InvoiceTemplate,
    ) -> None:
        self.invoice = invoice
        self.customer = customer
        self.business = business
        self.tpl = tpl
        self.fonts: FontSet = fonts_for(tpl)
        self.st = styles(tpl)
        self.totals: InvoiceTotals = invoice.totals()
        self.page_width, self.page_height = PAGE_SIZES[tpl.page_size]
        m = tpl.margins
        self.left, self.right = m.left * mm, m.right * mm
        self.top, self.bottom = m.top * mm, m.bottom * mm
        self.width = self.page_width - self.left - self.right
        self.is_draft = invoice.status is InvoiceStatus.DRAFT
        self.number_text = invoice.number or ("DRAFT" if self.is_draft else "—")

    def p(self, text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(self.fonts.markup(text, style.fontName), style)

    def cell(self, text: str, style: ParagraphStyle, width: float) -> str | Paragraph:
        """A plain string when its lines fit unwrapped in the main font (fast), else a Paragraph."""
        font, size, room = style.fontName, style.fontSize, width - 2 * PAD
        if not self.fonts.needs_fallback(text, font) and all(
            self.fonts.width(part, font, size) <= room for part in text.split("\n")
        ):
            return text
        return self.p(text, style)

    def date(self, value: Any) -> str:
        return format_date(value, self.tpl.date_style)
