"""The opening blocks of an invoice PDF: the business, the title and the invoice's
details (number, dates, custom fields), then who is billed and the amount due,
with a PAID or VOID stamp. Three header layouts (template ``header_layout``):
``split`` (business left, title and details right), ``stacked`` (title on top) and
``band`` (a coloured band with logo, name, title and number).
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
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table

from ..domain.status import InvoiceStatus
from .pdf_context import RenderContext
from .pdf_styles import plain_commands
from .pdf_totals import amount_due

# Logged under the public module's name, where the app's log and its tests look.
log = logging.getLogger("desktop_invoicer.documents.pdf")

# status: (stamp label key, colour, status label key)
STAMPS = {
    InvoiceStatus.PAID: ("stamp_paid", "#1E7B34", "status_paid"),
    InvoiceStatus.VOID: ("stamp_void", "#B42318", "status_void"),
}


def header(ctx: RenderContext) -> Flowable:
    """The top of page 1, in the template's ``header_layout``: split, stacked or band."""
    plain = plain_commands(ctx.fonts.regular)
    if ctx.tpl.header_layout == "band":
        return band_header(ctx)
    title = ctx.p(ctx.title, ctx.st.title)
    if ctx.tpl.header_layout == "stacked":
        left = ctx.width * 0.5
        row = [business_block(ctx), [meta_table(ctx, ctx.width - left)]]
        body = ctx.table([row], [left, ctx.width - left], plain)
        return KeepTogether([title, Spacer(1, 5 * mm), body])
    left = ctx.width * 0.55
    right = ctx.width - left
    row = [business_block(ctx), [title, Spacer(1, 3 * mm), meta_table(ctx, right)]]
    return ctx.table([row], [left, right], plain)


def band_header(ctx: RenderContext) -> Flowable:
    """A filled band (logo, business name | title, number), then details | meta table."""
    st = ctx.st
    pad = 5 * mm
    left = ctx.width * 0.58
    right = ctx.width - left
    brand: list[Flowable] = []
    image = logo(ctx)
    name = ctx.p(ctx.business.name, st.band_business)
    if image is not None:
        logo_w = image.drawWidth + 4 * mm
        inner = ctx.table(
            [[image, name]],
            [logo_w, left - 2 * pad - logo_w],
            [*plain_commands(ctx.fonts.regular), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
        )
        brand.append(inner)
    else:
        brand.append(name)
    titles: list[Flowable] = [
        ctx.p(ctx.title, st.band_title),
        Spacer(1, 1.5 * mm),
        ctx.p(ctx.number_text, st.band_small),
    ]
    band = ctx.table(
        [[brand, titles]],
        [left, right],
        [
            *plain_commands(ctx.fonts.regular),
            ("BACKGROUND", (0, 0), (-1, -1), st.band),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (0, 0), pad),
            ("RIGHTPADDING", (-1, 0), (-1, 0), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ],
    )
    details = business_details(ctx)
    below = ctx.table(
        [[details or "", [meta_table(ctx, right)]]],
        [left, right],
        [*plain_commands(ctx.fonts.regular), ("LEFTPADDING", (0, 0), (0, 0), pad)],
    )
    return KeepTogether([band, Spacer(1, 4 * mm), below])


def business_details(ctx: RenderContext) -> Flowable | None:
    b = ctx.business
    details = [*b.address.lines(), b.email, b.phone, b.website, *b.tax_ids]
    details = [d for d in details if d.strip()]
    return ctx.p("\n".join(details), ctx.st.small) if details else None


def business_block(ctx: RenderContext) -> list[Flowable]:
    block: list[Flowable] = []
    image = logo(ctx)
    if image is not None:
        block += [image, Spacer(1, 3 * mm)]
    block.append(ctx.p(ctx.business.name, ctx.st.business))
    details = business_details(ctx)
    if details is not None:
        block.append(details)
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
    image.hAlign = "RIGHT" if ctx.rtl else "LEFT"
    return image


def meta_rows(ctx: RenderContext) -> list[tuple[str, str]]:
    inv = ctx.invoice
    rows = [(ctx.label("invoice_number"), ctx.number_text)]
    if inv.issue_date is not None:
        rows.append((ctx.label("issue_date"), ctx.date(inv.issue_date)))
    due = inv.effective_due_date()
    if due is not None:
        rows.append((ctx.label("due_date"), ctx.date(due)))
    rows += [(name, value) for name, value in inv.custom_fields]
    if inv.status in STAMPS:
        rows.append((ctx.label("status"), ctx.label(STAMPS[inv.status][2])))
    return rows


def meta_table(ctx: RenderContext, width: float) -> Table:
    """Invoice number, dates, custom fields: label and value, aligned to the end edge."""
    label_style, value_style = ctx.st.small_right, ctx.st.body_right
    label_width = min(width * 0.5, 32 * mm)
    rows = [
        [
            ctx.cell(label, label_style, label_width),
            ctx.cell(value, value_style, width - label_width),
        ]
        for label, value in meta_rows(ctx)
    ]
    pad = ctx.pad
    return ctx.table(
        rows,
        [label_width, width - label_width],
        [
            ("FONT", (0, 0), (0, -1), ctx.fonts.regular, label_style.fontSize),
            ("TEXTCOLOR", (0, 0), (0, -1), ctx.st.muted),
            ("FONT", (1, 0), (1, -1), ctx.fonts.bold, value_style.fontSize),
            ("TEXTCOLOR", (1, 0), (1, -1), ctx.st.text),
            ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), 2 * pad),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ],
        hAlign="RIGHT",
    )


def parties(ctx: RenderContext) -> Flowable:
    """Who is billed, beside the amount due (``split``) or the invoice's notes (``columns``)."""
    c = ctx.customer
    bill_to: list[Flowable] = [
        ctx.p(ctx.caps("bill_to"), ctx.st.label),
        ctx.p(c.name, ctx.st.strong),
    ]
    details = [d for d in (*c.address.lines(), c.email, c.phone) if d.strip()]
    if details:
        bill_to.append(ctx.p("\n".join(details), ctx.st.body))

    left = ctx.width * 0.55
    right = ctx.width - left
    other: list[Flowable] = []
    if ctx.tpl.parties_layout == "columns":
        if ctx.invoice.memo.strip():
            other = [ctx.p(ctx.caps("notes"), ctx.st.label), ctx.p(ctx.invoice.memo, ctx.st.body)]
    elif ctx.tpl.show_amount_due_box:
        other = due_box(ctx, right)
    table = ctx.table(
        [[bill_to, other]],
        [left, right],
        [*plain_commands(ctx.fonts.regular), ("ALIGN", (1, 0), (1, 0), "RIGHT")],
    )
    return table


def due_box(ctx: RenderContext, width: float) -> list[Flowable]:
    amount = ctx.money(amount_due(ctx))
    big = ctx.st.big_amount
    needed = ctx.fonts.width(amount, big.fontName, big.fontSize)
    if needed > width:  # a very large amount: shrink to stay on one line
        size = big.fontSize * width / needed * 0.98
        big = ParagraphStyle("big_amount_fit", parent=big, fontSize=size, leading=size * 1.3)
    box: list[Flowable] = [
        ctx.p(ctx.caps("amount_due_box"), ctx.st.label_right),
        ctx.p(amount, big),
    ]
    due = ctx.invoice.effective_due_date()
    if ctx.invoice.status is InvoiceStatus.PAID:
        box.append(ctx.p(ctx.label("paid_in_full"), ctx.st.small_right))
    elif due is not None and ctx.invoice.status is not InvoiceStatus.VOID:
        box.append(ctx.p(ctx.label("due_on", date=ctx.date(due)), ctx.st.small_right))
    stamp = STAMPS.get(ctx.invoice.status)
    if stamp is not None:
        box += [Spacer(1, 3 * mm), Stamp(ctx.label(stamp[0]), stamp[1], ctx)]
    return box


class Stamp(Flowable):  # type: ignore[misc]  # reportlab has no type stubs
    """A rubber-stamp mark ("PAID", "VOID"): bordered text, slightly rotated, right-aligned."""

    _ANGLE = 8.0

    def __init__(self, text: str, colour: str, ctx: RenderContext, size: float = 20.0) -> None:
        super().__init__()
        self.text, self.colour, self.size = text, colour, size
        self.runs = ctx.fonts.runs(text, ctx.fonts.bold)
        self.text_width = sum(pdfmetrics.stringWidth(r, f, size) for f, r in self.runs)
        self.box_width = self.text_width + size
        self.box_height = size * 1.5
        self.hAlign = "LEFT" if ctx.rtl else "RIGHT"

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
        x = -self.text_width / 2
        for font, run in self.runs:
            c.setFont(font, self.size)
            c.drawString(x, -self.size * 0.36, run)
            x += pdfmetrics.stringWidth(run, font, self.size)
        c.restoreState()
