"""Render an invoice to PDF with reportlab platypus.

Every styling decision comes from an :class:`InvoiceTemplate`; the content comes
from the domain values (amounts formatted only by ``Money``). The body is a flow
of platypus flowables; only the running header, the footer with "Page X of N",
the DRAFT watermark and the PAID/VOID stamp are drawn on the canvas.

Importing this module imports reportlab (about 60 ms); the rest of the app
imports it only when it renders.
"""

from __future__ import annotations

import io
import logging
import math
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.business import BusinessProfile
from ..domain.catalog import Customer
from ..domain.invoice import Invoice, InvoiceTotals
from ..domain.money import Money
from ..domain.status import InvoiceStatus
from .fonts import FontSet, fonts_for
from .formatting import (
    amount_text,
    discount_label,
    format_date,
    money_text,
    tax_rate_short,
    tax_total_label,
)
from .template import InvoiceTemplate, load_template

log = logging.getLogger(__name__)

__all__ = ["invoice_pdf_bytes", "render_invoice_pdf"]

_PAGE_SIZES = {"A4": A4, "LETTER": LETTER}
_PAD = 4.0  # table cell padding, points
_STAMPS = {
    InvoiceStatus.PAID: ("PAID", "#1E7B34"),
    InvoiceStatus.VOID: ("VOID", "#B42318"),
}


def render_invoice_pdf(
    invoice: Invoice,
    customer: Customer,
    business: BusinessProfile,
    out: Path | str | BinaryIO,
    template: InvoiceTemplate | None = None,
) -> None:
    """Write ``invoice`` as a PDF to a path (replaced atomically) or a binary stream."""
    data = invoice_pdf_bytes(invoice, customer, business, template)
    if isinstance(out, str | os.PathLike):
        _write_atomically(Path(out), data)
    else:
        out.write(data)


def invoice_pdf_bytes(
    invoice: Invoice,
    customer: Customer,
    business: BusinessProfile,
    template: InvoiceTemplate | None = None,
) -> bytes:
    """The PDF of ``invoice`` as bytes (for a preview, an email attachment or a file)."""
    tpl = template if template is not None else load_template()
    renderer = _InvoiceRenderer(invoice, customer, business, tpl)
    return renderer.render()


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True, slots=True)
class _Styles:
    body: ParagraphStyle
    body_right: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle
    label: ParagraphStyle
    label_right: ParagraphStyle
    strong: ParagraphStyle
    business: ParagraphStyle
    title: ParagraphStyle
    big_amount: ParagraphStyle
    heading: ParagraphStyle
    footer: ParagraphStyle
    accent: Any
    text: Any
    muted: Any
    rule: Any
    stripe: Any


@lru_cache(maxsize=8)
def _styles(tpl: InvoiceTemplate) -> _Styles:
    fonts = fonts_for(tpl)
    size = tpl.font_size
    text = colors.HexColor(tpl.text_color)
    muted = colors.HexColor(tpl.muted_color)
    accent = colors.HexColor(tpl.accent_color)

    def style(
        name: str,
        *,
        bold: bool = False,
        scale: float = 1.0,
        color: Any = text,
        align: int = TA_LEFT,
        leading: float = 1.3,
        space_after: float = 0.0,
    ) -> ParagraphStyle:
        font_size = round(size * scale, 2)
        return ParagraphStyle(
            name,
            fontName=fonts.bold if bold else fonts.regular,
            fontSize=font_size,
            leading=round(font_size * leading, 2),
            textColor=color,
            alignment=align,
            spaceAfter=space_after,
        )

    title_align = TA_RIGHT if tpl.header_layout == "split" else TA_LEFT
    return _Styles(
        body=style("body"),
        body_right=style("body_right", align=TA_RIGHT),
        small=style("small", scale=0.9, color=muted),
        small_right=style("small_right", scale=0.9, color=muted, align=TA_RIGHT),
        label=style("label", bold=True, scale=0.8, color=muted, space_after=2),
        label_right=style("label_right", bold=True, scale=0.8, color=muted, align=TA_RIGHT),
        strong=style("strong", bold=True, scale=1.1),
        business=style("business", bold=True, scale=1.55, leading=1.2, space_after=2),
        title=style("title", bold=True, scale=2.4, color=accent, align=title_align, leading=1.1),
        big_amount=style("big_amount", bold=True, scale=1.9, color=accent, align=TA_RIGHT),
        heading=style("heading", bold=True, scale=1.0, color=accent, space_after=2),
        footer=style("footer", scale=0.85, color=muted, align=TA_CENTER),
        accent=accent,
        text=text,
        muted=muted,
        rule=colors.HexColor(tpl.rule_color),
        stripe=colors.HexColor(tpl.stripe_color),
    )


# ------------------------------------------------------------------------- canvas


class _DeferredCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type stubs
    """Keeps each finished page until the end, so its footer can say "Page 2 of 5".

    ``decorate(canvas, page_number, page_count)`` draws the header and footer.
    """

    def __init__(
        self, *args: Any, decorate: Callable[[Canvas, int, int], None], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        count = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, count)
            super().showPage()
        super().save()


# ----------------------------------------------------------------------- renderer


class _InvoiceRenderer:
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
        self.st = _styles(tpl)
        self.totals: InvoiceTotals = invoice.totals()
        self.page_width, self.page_height = _PAGE_SIZES[tpl.page_size]
        m = tpl.margins
        self.left, self.right = m.left * mm, m.right * mm
        self.top, self.bottom = m.top * mm, m.bottom * mm
        self.width = self.page_width - self.left - self.right
        self.is_draft = invoice.status is InvoiceStatus.DRAFT
        self.number_text = invoice.number or ("DRAFT" if self.is_draft else "—")

    # -- entry point

    def render(self) -> bytes:
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=(self.page_width, self.page_height),
            leftMargin=self.left,
            rightMargin=self.right,
            topMargin=self.top,
            bottomMargin=self.bottom,
            title=f"Invoice {self.number_text}",
            author=self.business.name,
            subject=f"Invoice {self.number_text} for {self.customer.name}",
            creator="Desktop Invoicer",
            initialFontName=self.fonts.regular,
            initialFontSize=self.tpl.font_size,
            lang="en",
        )
        frame = Frame(
            self.left,
            self.bottom,
            self.width,
            self.page_height - self.top - self.bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        doc.addPageTemplates([PageTemplate(id="invoice", frames=[frame], onPage=self._background)])

        def canvasmaker(*args: Any, **kwargs: Any) -> _DeferredCanvas:
            return _DeferredCanvas(*args, decorate=self._decorate, **kwargs)

        doc.build(self._story(), canvasmaker=canvasmaker)
        return buffer.getvalue()

    # -- helpers

    def _p(self, text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(self.fonts.markup(text, style.fontName), style)

    def _cell(self, text: str, style: ParagraphStyle, width: float) -> str | Paragraph:
        """A plain string when its lines fit unwrapped in the main font (fast), else a Paragraph."""
        font, size, room = style.fontName, style.fontSize, width - 2 * _PAD
        if not self.fonts.needs_fallback(text, font) and all(
            self.fonts.width(part, font, size) <= room for part in text.split("\n")
        ):
            return text
        return self._p(text, style)

    def _date(self, value: Any) -> str:
        return format_date(value, self.tpl.date_style)

    # -- story

    def _story(self) -> list[Flowable]:
        story: list[Flowable] = [self._header(), Spacer(1, 9 * mm), self._parties()]
        story += [Spacer(1, 8 * mm), self._lines_table(), Spacer(1, 4 * mm)]
        story.append(KeepTogether([self._totals_table()]))
        for heading, text in (
            ("Notes", self.invoice.memo),
            ("Payment instructions", self.business.payment_instructions),
        ):
            if text.strip():
                story.append(Spacer(1, 6 * mm))
                story.append(
                    KeepTogether([self._p(heading, self.st.heading), self._p(text, self.st.body)])
                )
        footer = self.invoice.footer.strip() or self.business.footer.strip()
        if footer:
            story += [Spacer(1, 8 * mm), self._p(footer, self.st.footer)]
        return story

    def _business_block(self) -> list[Flowable]:
        b = self.business
        block: list[Flowable] = []
        logo = self._logo()
        if logo is not None:
            block += [logo, Spacer(1, 3 * mm)]
        block.append(self._p(b.name, self.st.business))
        details = [*b.address.lines(), b.email, b.phone, b.website, *b.tax_ids]
        details = [d for d in details if d.strip()]
        if details:
            block.append(self._p("\n".join(details), self.st.small))
        return block

    def _logo(self) -> Image | None:
        path = self.business.logo_path
        if not (self.tpl.show_logo and path and Path(path).is_file()):
            return None
        try:
            width, height = ImageReader(path).getSize()
        except Exception as exc:  # a corrupt or unsupported image must not stop the invoice
            log.warning(
                "Logo %s cannot be read (%s); the invoice is rendered without it.", path, exc
            )
            return None
        if width <= 0 or height <= 0:
            return None
        scale = min(
            self.tpl.logo_max_width_mm * mm / width, self.tpl.logo_max_height_mm * mm / height
        )
        logo = Image(path, width=width * scale, height=height * scale)
        logo.hAlign = "LEFT"
        return logo

    def _meta_rows(self) -> list[tuple[str, str]]:
        inv = self.invoice
        rows = [("Invoice number", self.number_text)]
        if inv.issue_date is not None:
            rows.append(("Issue date", self._date(inv.issue_date)))
        due = inv.effective_due_date()
        if due is not None:
            rows.append(("Due date", self._date(due)))
        rows += [(name, value) for name, value in inv.custom_fields]
        if inv.status in _STAMPS:
            rows.append(("Status", inv.status.label))
        return rows

    def _meta_table(self, width: float) -> Table:
        """Invoice number, dates, custom fields: label and value, aligned to the right edge."""
        label_style, value_style = self.st.small_right, self.st.body_right
        label_width = min(width * 0.5, 32 * mm)
        rows = [
            [
                self._cell(label, label_style, label_width),
                self._cell(value, value_style, width - label_width),
            ]
            for label, value in self._meta_rows()
        ]
        table = Table(rows, colWidths=[label_width, width - label_width], hAlign="RIGHT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (0, -1), self.fonts.regular, label_style.fontSize),
                    ("TEXTCOLOR", (0, 0), (0, -1), self.st.muted),
                    ("FONT", (1, 0), (1, -1), self.fonts.bold, value_style.fontSize),
                    ("TEXTCOLOR", (1, 0), (1, -1), self.st.text),
                    ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, -1), 2 * _PAD),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return table

    def _header(self) -> Flowable:
        title = self._p(self.tpl.title, self.st.title)
        if self.tpl.header_layout == "stacked":
            left = self.width * 0.5
            row = [self._business_block(), [self._meta_table(self.width - left)]]
            body = Table([row], colWidths=[left, self.width - left])
            body.setStyle(_plain_layout(self.fonts.regular))
            return KeepTogether([title, Spacer(1, 5 * mm), body])
        left = self.width * 0.55
        right = self.width - left
        row = [self._business_block(), [title, Spacer(1, 3 * mm), self._meta_table(right)]]
        table = Table([row], colWidths=[left, right])
        table.setStyle(_plain_layout(self.fonts.regular))
        return table

    def _parties(self) -> Flowable:
        c = self.customer
        bill_to: list[Flowable] = [
            self._p("BILL TO", self.st.label),
            self._p(c.name, self.st.strong),
        ]
        details = [d for d in (*c.address.lines(), c.email, c.phone) if d.strip()]
        if details:
            bill_to.append(self._p("\n".join(details), self.st.body))

        left = self.width * 0.55
        right = self.width - left
        amount = money_text(self._amount_due())
        big = self.st.big_amount
        needed = self.fonts.width(amount, big.fontName, big.fontSize)
        if needed > right:  # a very large amount: shrink to stay on one line
            size = big.fontSize * right / needed * 0.98
            big = ParagraphStyle("big_amount_fit", parent=big, fontSize=size, leading=size * 1.3)
        due_box: list[Flowable] = [
            self._p("AMOUNT DUE", self.st.label_right),
            self._p(amount, big),
        ]
        due = self.invoice.effective_due_date()
        if self.invoice.status is InvoiceStatus.PAID:
            due_box.append(self._p("Paid in full", self.st.small_right))
        elif due is not None and self.invoice.status is not InvoiceStatus.VOID:
            due_box.append(self._p(f"Due {self._date(due)}", self.st.small_right))
        stamp = _STAMPS.get(self.invoice.status)
        if stamp is not None:
            due_box += [Spacer(1, 3 * mm), _Stamp(stamp[0], stamp[1], self.fonts.bold)]
        table = Table([[bill_to, due_box]], colWidths=[left, right])
        table.setStyle(_plain_layout(self.fonts.regular))
        table.setStyle(TableStyle([("ALIGN", (1, 0), (1, 0), "RIGHT")]))
        return table

    def _amount_due(self) -> Money:
        """What the customer still owes: nothing on a void invoice, never below zero."""
        if self.invoice.status is InvoiceStatus.VOID:
            return Money.zero(self.invoice.currency)
        paid = Money(self.invoice.amount_paid, self.invoice.currency)
        remaining = self.totals.total - paid
        return remaining if remaining.minor > 0 else Money.zero(self.invoice.currency)

    def _lines_table(self) -> Table:
        st, fonts = self.st, self.fonts
        body, bold, size = st.body, fonts.bold, self.tpl.font_size
        lines = self.invoice.lines
        show_tax = any(line.tax_rates for line in lines)
        headers = ["Description", "Qty", "Unit price"] + (["Tax"] if show_tax else []) + ["Amount"]
        qty = [f"{line.quantity:,}" for line in lines]
        unit = [amount_text(line.unit_amount) for line in lines]
        amounts = [amount_text(lt.amount) for lt in self.totals.lines]
        taxes = ["\n".join(tax_rate_short(r) for r in line.tax_rates) for line in lines]

        def fit(header: str, cells: Sequence[str]) -> float:
            widest = max(
                [fonts.width(header, bold, size)]
                + [fonts.width(part, body.fontName, size) for c in cells for part in c.split("\n")]
            )
            return widest + 2 * _PAD + 1

        # Numbers never wrap: their columns are as wide as the widest number. The tax
        # column (which may wrap) gives way first, then the description.
        numbers = [fit(headers[1], qty), fit(headers[2], unit), fit(headers[-1], amounts)]
        tax_width = 0.0
        if show_tax:
            room = self.width - sum(numbers) - self.width * 0.34
            tax_width = max(min(fit("Tax", taxes), self.width * 0.26, room), self.width * 0.12)
        description_width = self.width - sum(numbers) - tax_width
        col_widths = [description_width, numbers[0], numbers[1]]
        col_widths += [tax_width] if show_tax else []
        col_widths.append(numbers[2])

        # Number cells are plain strings: their columns fit them by construction.
        rows: list[list[Any]] = [headers]
        tax_fits: dict[str, bool] = {}  # lines often share their tax rates
        for i, line in enumerate(lines):
            row: list[Any] = [
                self._cell(line.description, body, description_width),
                qty[i],
                unit[i],
            ]
            if show_tax:
                tax = taxes[i]
                if tax not in tax_fits:
                    tax_fits[tax] = isinstance(self._cell(tax, body, tax_width), str)
                row.append(tax if tax_fits[tax] else self._p(tax, body))
            row.append(amounts[i])
            rows.append(row)

        tax_col = 3 if show_tax else None
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), fonts.regular, size, body.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), st.text),
            ("FONT", (0, 0), (-1, 0), bold, size, body.leading),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, 0), 5),
        ]
        if tax_col is not None:
            commands.append(("ALIGN", (tax_col, 0), (tax_col, -1), "LEFT"))
        if self.tpl.table_header_fill:
            commands += [
                ("BACKGROUND", (0, 0), (-1, 0), st.accent),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ]
        else:
            commands += [
                ("TEXTCOLOR", (0, 0), (-1, 0), st.accent),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, st.accent),
            ]
        if self.tpl.table_style == "lines":
            commands.append(("LINEBELOW", (0, 1), (-1, -1), 0.5, st.rule))
        elif self.tpl.table_style == "striped":
            commands += [
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, st.stripe]),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, st.rule),
            ]
        else:
            commands.append(("GRID", (0, 0), (-1, -1), 0.5, st.rule))
        table = Table(rows, colWidths=col_widths, repeatRows=1)
        table.setStyle(TableStyle(commands))
        return table

    def _totals_table(self) -> Table:
        t, st = self.totals, self.st
        rows: list[tuple[str, str, str]] = [("Subtotal", amount_text(t.subtotal), "row")]
        if t.discount.minor or self.invoice.discounts:
            rows.append((discount_label(self.invoice.discounts), amount_text(-t.discount), "row"))
        for tax in t.tax_by_rate:
            if not tax.tax_rate.inclusive:
                rows.append(
                    (
                        tax_total_label(tax.tax_rate, tax.taxable_amount),
                        amount_text(tax.amount),
                        "row",
                    )
                )
        rows.append(("Total", money_text(t.total), "total"))
        for tax in t.tax_by_rate:
            if tax.tax_rate.inclusive:
                rows.append(
                    (
                        tax_total_label(tax.tax_rate, tax.taxable_amount),
                        amount_text(tax.amount),
                        "muted",
                    )
                )
        if self.invoice.amount_paid:
            paid = Money(self.invoice.amount_paid, self.invoice.currency)
            rows.append(("Amount paid", amount_text(paid), "row"))
        rows.append(("Amount due", money_text(self._amount_due()), "due"))

        fonts, size = self.fonts, self.tpl.font_size
        value_width = (
            max(fonts.width(v, fonts.bold, size * 1.15) for _, v, _ in rows) + 2 * _PAD + 2
        )
        label_need = max(fonts.width(label, fonts.bold, size * 1.15) for label, _, _ in rows)
        # As wide as the labels need, between 55% and 75% of the page; longer labels wrap.
        width = min(
            self.width * 0.75, max(self.width * 0.55, value_width + label_need + 2 * _PAD + 2)
        )
        label_width = width - value_width
        label_style = ParagraphStyle("total_label", parent=st.body)
        muted_label = ParagraphStyle("total_muted", parent=st.body, textColor=st.muted)
        cells: list[list[Any]] = []
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), fonts.regular, size, st.body.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), st.text),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for i, (label, value, kind) in enumerate(rows):
            style = muted_label if kind == "muted" else label_style
            cells.append([self._cell(label, style, label_width), value])
            if kind == "muted":
                commands.append(("TEXTCOLOR", (0, i), (-1, i), st.muted))
            elif kind == "total":
                commands += [
                    ("FONT", (0, i), (-1, i), fonts.bold, size, st.body.leading),
                    ("LINEABOVE", (0, i), (-1, i), 0.8, st.text),
                ]
            elif kind == "due":
                big = round(size * 1.15, 2)
                commands += [
                    ("FONT", (0, i), (-1, i), fonts.bold, big, big * 1.3),
                    ("TEXTCOLOR", (0, i), (-1, i), st.accent),
                    ("LINEABOVE", (0, i), (-1, i), 1.2, st.accent),
                    ("TOPPADDING", (0, i), (-1, i), 5),
                ]
        table = Table(cells, colWidths=[label_width, value_width], hAlign="RIGHT")
        table.setStyle(TableStyle(commands))
        return table

    # -- canvas decorations

    def _background(self, canvas: Canvas, doc: Any) -> None:
        """Drawn under each page's content: the DRAFT watermark."""
        if self.is_draft:
            canvas.saveState()
            canvas.setFillColor(colors.HexColor(self.tpl.muted_color))
            canvas.setFillAlpha(0.10)
            canvas.translate(self.page_width / 2, self.page_height / 2)
            canvas.rotate(35)
            canvas.setFont(self.fonts.bold, 110)
            canvas.drawCentredString(0, -35, "DRAFT")
            canvas.restoreState()

    def _decorate(self, canvas: Canvas, page: int, pages: int) -> None:
        """Drawn once the page count is known: running header (page 2 on) and footer."""
        st, fonts = self.st, self.fonts
        size = round(self.tpl.font_size * 0.85, 2)
        left, right = self.left, self.page_width - self.right
        canvas.saveState()
        canvas.setStrokeColor(st.rule)
        canvas.setLineWidth(0.5)
        canvas.setFillColor(st.muted)
        page_text = f"Page {page} of {pages}"
        y = self.bottom * 0.45
        canvas.line(left, y + size + 4, right, y + size + 4)
        self._draw(canvas, right, y, page_text, fonts.regular, size, "right")
        room = self.width - fonts.width(page_text, fonts.regular, size) - 12
        self._draw(
            canvas,
            left,
            y,
            self._fit(self._footer_left(), fonts.regular, size, room),
            fonts.regular,
            size,
        )
        if page > 1:
            y = self.page_height - self.top * 0.55
            canvas.line(left, y - 5, right, y - 5)
            invoice_text = f"Invoice {self.number_text}"
            self._draw(canvas, right, y, invoice_text, fonts.regular, size, "right")
            room = self.width - fonts.width(invoice_text, fonts.regular, size) - 12
            self._draw(
                canvas,
                left,
                y,
                self._fit(self.business.name, fonts.bold, size, room),
                fonts.bold,
                size,
            )
        canvas.restoreState()

    def _footer_left(self) -> str:
        return f"Invoice {self.number_text} · {self.customer.name}"

    def _fit(self, text: str, font: str, size: float, room: float) -> str:
        if self.fonts.width(text, font, size) <= room:
            return text
        while text and self.fonts.width(text + "…", font, size) > room:
            text = text[:-1]
        return text.rstrip() + "…"

    def _draw(
        self,
        canvas: Canvas,
        x: float,
        y: float,
        text: str,
        font: str,
        size: float,
        align: str = "left",
    ) -> None:
        """Draw one line of text at a fixed place, switching to fallback fonts for CJK runs."""
        if align == "right":
            x -= self.fonts.width(text, font, size)
        for name, run in self.fonts.runs(text, font):
            canvas.setFont(name, size)
            canvas.drawString(x, y, run)
            x += canvas.stringWidth(run, name, size)


class _Stamp(Flowable):  # type: ignore[misc]  # reportlab has no type stubs
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


def _plain_layout(font: str) -> TableStyle:
    """A layout-only table: no padding, no lines, top-aligned cells."""
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), font),  # not reportlab's default Helvetica
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
