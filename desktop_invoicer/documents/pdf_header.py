"""The opening blocks of an invoice PDF: the business, the title and the invoice's
details (number, dates, custom fields), then who is billed and the amount due,
with a PAID or VOID stamp.
"""

from __future__ import annotations

import logging
import math
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table, TableStyle

from ..domain.status import InvoiceStatus
from .formatting import money_text
from .pdf_context import RenderContext
from .pdf_styles import PAD, plain_layout
from .pdf_totals import amount_due

# Logged under the public module's name, where the app's log and its tests look.
log = logging.getLogger("desktop_invoicer.documents.pdf")

STAMPS = {
    InvoiceStatus.PAID: ("PAID", "#1E7B34"),
    InvoiceStatus.VOID: ("VOID", "#B42318"),
}


def header(ctx: RenderContext) -> Flowable:
    title = ctx.p(ctx.tpl.title, ctx.st.title)
    if ctx.tpl.header_layout == "stacked":
        left = ctx.width * 0.5
        row = [business_block(ctx), [meta_table(ctx, ctx.width - left)]]
        body = Table([row], colWidths=[left, ctx.width - left])
        body.setStyle(plain_layout(ctx.fonts.regular))
        return KeepTogether([title, Spacer(1, 5 * mm), body])
    left = ctx.width * 0.55
    right = ctx.width - left
    row = [business_block(ctx), [title, Spacer(1, 3 * mm), meta_table(ctx, right)]]
    table = Table([row], colWidths=[left, right])
    table.setStyle(plain_layout(ctx.fonts.regular))
    return table


def business_block(ctx: RenderContext) -> list[Flowable]:
    b = ctx.business
    block: list[Flowable] = []
    image = logo(ctx)
    if image is not None:
        block += [image, Spacer(1, 3 * mm)]
    block.append(ctx.p(b.name, ctx.st.business))
    details = [*b.address.lines(), b.email, b.phone, b.website, *b.tax_ids]
    details = [d for d in details if d.strip()]
    if details:
        block.append(ctx.p("\n".join(details), ctx.st.small))
    return block


def logo(ctx: RenderContext) -> Image | None:
    path = ctx.business.logo_path
    if not (ctx.tpl.show_logo and path and Path(path).is_file()):
        return None
    try:
        width, height = ImageReader(path).getSize()
    except Exception as exc:  # a corrupt or unsupported image must not stop the invoice
        log.warning("Logo %s cannot be read (%s); the invoice is rendered without it.", path, exc)
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(ctx.tpl.logo_max_width_mm * mm / width, ctx.tpl.logo_max_height_mm * mm / height)
    image = Image(path, width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def meta_rows(ctx: RenderContext) -> list[tuple[str, str]]:
    inv = ctx.invoice
    rows = [("Invoice number", ctx.number_text)]
    if inv.issue_date is not None:
        rows.append(("Issue date", ctx.date(inv.issue_date)))
    due = inv.effective_due_date()
    if due is not None:
        rows.append(("Due date", ctx.date(due)))
    rows += [(name, value) for name, value in inv.custom_fields]
    if inv.status in STAMPS:
        rows.append(("Status", inv.status.label))
    return rows


def meta_table(ctx: RenderContext, width: float) -> Table:
    """Invoice number, dates, custom fields: label and value, aligned to the right edge."""
    label_style, value_style = ctx.st.small_right, ctx.st.body_right
    label_width = min(width * 0.5, 32 * mm)
    rows = [
        [
            ctx.cell(label, label_style, label_width),
            ctx.cell(value, value_style, width - label_width),
        ]
        for label, value in meta_rows(ctx)
    ]
    table = Table(rows, colWidths=[label_width, width - label_width], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (0, -1), ctx.fonts.regular, label_style.fontSize),
                ("TEXTCOLOR", (0, 0), (0, -1), ctx.st.muted),
                ("FONT", (1, 0), (1, -1), ctx.fonts.bold, value_style.fontSize),
                ("TEXTCOLOR", (1, 0), (1, -1), ctx.st.text),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 2 * PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def parties(ctx: RenderContext) -> Flowable:
    c = ctx.customer
    bill_to: list[Flowable] = [
        ctx.p("BILL TO", ctx.st.label),
        ctx.p(c.name, ctx.st.strong),
    ]
    details = [d for d in (*c.address.lines(), c.email, c.phone) if d.strip()]
    if details:
        bill_to.append(ctx.p("\n".join(details), ctx.st.body))

    left = ctx.width * 0.55
    right = ctx.width - left
    amount = money_text(amount_due(ctx))
    big = ctx.st.big_amount
    needed = ctx.fonts.width(amount, big.fontName, big.fontSize)
    if needed > right:  # a very large amount: shrink to stay on one line
        size = big.fontSize * right / needed * 0.98
        big = ParagraphStyle("big_amount_fit", parent=big, fontSize=size, leading=size * 1.3)
    due_box: list[Flowable] = [
        ctx.p("AMOUNT DUE", ctx.st.label_right),
        ctx.p(amount, big),
    ]
    due = ctx.invoice.effective_due_date()
    if ctx.invoice.status is InvoiceStatus.PAID:
        due_box.append(ctx.p("Paid in full", ctx.st.small_right))
    elif due is not None and ctx.invoice.status is not InvoiceStatus.VOID:
        due_box.append(ctx.p(f"Due {ctx.date(due)}", ctx.st.small_right))
    stamp = STAMPS.get(ctx.invoice.status)
    if stamp is not None:
        due_box += [Spacer(1, 3 * mm), Stamp(stamp[0], stamp[1], ctx.fonts.bold)]
    table = Table([[bill_to, due_box]], colWidths=[left, right])
    table.setStyle(plain_layout(ctx.fonts.regular))
    table.setStyle(TableStyle([("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    return table


class Stamp(Flowable):  # type: ignore[misc]  # reportlab has no type stubs
    """A rubber-stamp mark ("PAID", "VOID"): bordered text, slightly rotated, right-aligned."""

    _ANGLE = 8.0

    def __init__(self, text: str, colour: str, font: str, size: float = 20.0) -> None:
        super().__init__()
        self.text, self.colour, self.font, self.size = text, colour, font, size
        self.box_width = pdfmetrics.stringWidth(text, font, size) + size
        self.box_height = size * 1.5
        self.hAlign = "RIGHT"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # The bounding box of the rotated rectangle.
        a = math.radians(self._ANGLE)
        w, h = self.box_width, self.box_height
        self.width = w * math.cos(a) + h * math.sin(a)
        self.height = w * math.sin(a) + h * math.cos(a)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        colour = colors.HexColor(self.colour)
        c.saveState()
        c.translate(self.width / 2, self.height / 2)
        c.rotate(self._ANGLE)
        c.setStrokeColor(colour)
        c.setFillColor(colour)
        c.setLineWidth(2)
        w, h = self.box_width, self.box_height
        c.roundRect(-w / 2, -h / 2, w, h, 4, stroke=1, fill=0)
        c.setFont(self.font, self.size)
        c.drawCentredString(0, -self.size * 0.36, self.text)
        c.restoreState()
