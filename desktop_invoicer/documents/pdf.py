"""Render an invoice to PDF with reportlab platypus.

Every styling decision comes from an :class:`InvoiceTemplate`; the content comes
from the domain values (amounts formatted only by ``Money``). The body is a flow
of platypus flowables; only the running header, the footer with "Page X of N",
the DRAFT watermark and the PAID/VOID stamp are drawn on the canvas.

This module is the entry point and lays out the story; its parts are
:mod:`.pdf_styles` (styles from the template), :mod:`.pdf_context` (what every
part reads), :mod:`.pdf_header` (business, details, bill-to, amount due),
:mod:`.pdf_lines` (the line-items table), :mod:`.pdf_totals` (the totals block)
and :mod:`.pdf_page` (watermark, running header and footer).

Importing this module imports reportlab (about 60 ms); the rest of the app
imports it only when it renders.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
)

from ..domain.branding import stripe_footer
from ..domain.business import BusinessProfile
from ..domain.catalog import Customer
from ..domain.invoice import Invoice
from .files import write_atomically
from .pdf_context import RenderContext
from .pdf_header import header, parties
from .pdf_lines import lines_table
from .pdf_page import DeferredCanvas, decorate, draw_background
from .pdf_styles import plain_commands
from .pdf_totals import totals_table
from .template import InvoiceTemplate, branded, template_for

__all__ = ["invoice_pdf_bytes", "render_invoice_pdf"]


def render_invoice_pdf(
    invoice: Invoice,
    customer: Customer,
    business: BusinessProfile,
    out: Path | str | BinaryIO,
    template: InvoiceTemplate | None = None,
    locale: str | None = None,
) -> None:
    """Write ``invoice`` as a PDF to a path (replaced atomically) or a binary stream."""
    data = invoice_pdf_bytes(invoice, customer, business, template, locale)
    if isinstance(out, str | os.PathLike):
        write_atomically(Path(out), data)
    else:
        out.write(data)


def invoice_pdf_bytes(
    invoice: Invoice,
    customer: Customer,
    business: BusinessProfile,
    template: InvoiceTemplate | None = None,
    locale: str | None = None,
) -> bytes:
    """The PDF of ``invoice`` as bytes (for a preview, an email attachment or a file).

    Without ``template``, the business's chosen one (``business.branding``); the brand's
    accent colour and font apply either way. The words, dates and money follow
    ``locale``, else the customer's locale.
    """
    tpl = (
        template_for(business.branding)
        if template is None
        else branded(template, business.branding)
    )
    return _render(RenderContext(invoice, customer, business, tpl, locale))


def _render(ctx: RenderContext) -> bytes:
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(ctx.page_width, ctx.page_height),
        leftMargin=ctx.left,
        rightMargin=ctx.right,
        topMargin=ctx.top,
        bottomMargin=ctx.bottom,
        title=ctx.label("invoice_ref", number=ctx.number_text),
        author=ctx.business.name,
        subject=f"{ctx.label('invoice_ref', number=ctx.number_text)} · {ctx.customer.name}",
        creator="Desktop Invoicer",
        initialFontName=ctx.fonts.regular,
        initialFontSize=ctx.tpl.font_size,
        lang=ctx.loc.tag,
    )
    frame = Frame(
        ctx.left,
        ctx.bottom,
        ctx.width,
        ctx.page_height - ctx.top - ctx.bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    def background(canvas: Canvas, doc: Any) -> None:
        draw_background(ctx, canvas)

    def decorate_page(canvas: Canvas, page: int, pages: int) -> None:
        decorate(ctx, canvas, page, pages)

    def canvasmaker(*args: Any, **kwargs: Any) -> DeferredCanvas:
        return DeferredCanvas(*args, decorate=decorate_page, **kwargs)

    doc.addPageTemplates([PageTemplate(id="invoice", frames=[frame], onPage=background)])
    doc.build(_story(ctx), canvasmaker=canvasmaker)
    return buffer.getvalue()


def _story(ctx: RenderContext) -> list[Flowable]:
    gap = ctx.tpl.section_gap_mm * mm
    story: list[Flowable] = [header(ctx), Spacer(1, gap + 1 * mm), parties(ctx)]
    story += [Spacer(1, gap), lines_table(ctx), Spacer(1, gap / 2)]
    story.append(KeepTogether([totals_table(ctx)]))
    notes = [
        (ctx.label(key), text.strip())
        for key, text in (
            ("notes", "" if ctx.tpl.parties_layout == "columns" else ctx.invoice.memo),
            ("payment_instructions", ctx.business.payment_instructions),
            ("terms", ctx.business.branding.terms),
        )
        if text.strip()
    ]
    blocks = [[ctx.p(heading, ctx.st.heading), ctx.p(text, ctx.st.body)] for heading, text in notes]
    if ctx.tpl.notes_layout == "columns" and len(blocks) > 1:
        width = ctx.width / len(blocks)
        commands = [*plain_commands(ctx.fonts.regular), ("RIGHTPADDING", (0, 0), (-2, 0), 12)]
        story += [Spacer(1, gap * 0.75), ctx.table([blocks], [width] * len(blocks), commands)]
    else:
        for block in blocks:
            story += [Spacer(1, gap * 0.75), KeepTogether(block)]
    footer = ctx.invoice.footer.strip()
    b = ctx.business
    if not footer or footer == stripe_footer(b.footer, b.branding.terms):
        footer = b.footer.strip()  # the default Stripe was given: its terms are printed above
    if footer:
        story += [Spacer(1, gap), ctx.p(footer, ctx.st.footer)]
    return story
