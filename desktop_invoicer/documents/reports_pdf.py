"""Reports to PDF with the business's branding: logo, name and address, then the table.

Landscape A4 (the aging table has eight columns). Fonts and accent colour are
the business's branded invoice template's (``fonts.py``: embedded TTF, CJK
fallback); every page has the business name and its page number at the foot.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.business import BusinessProfile
from .fonts import FontSet, fonts_for
from .report_tables import ReportTable
from .template import template_for

log = logging.getLogger(__name__)


def _logo(path: str) -> Image | None:
    if not path or not Path(path).is_file():
        return None
    try:
        width, height = ImageReader(path).getSize()
    except Exception as exc:  # a broken logo must not stop the report
        log.warning("Logo %s cannot be read (%s); the report has no logo.", path, exc)
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(45 * mm / width, 16 * mm / height)
    image = Image(path, width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def _header(
    business: BusinessProfile, table: ReportTable, fonts: FontSet, accent: str, today: date
) -> list[Flowable]:
    name = ParagraphStyle("name", fontName=fonts.bold, fontSize=13, leading=16)
    small = ParagraphStyle("small", fontName=fonts.regular, fontSize=8, leading=10)
    title = ParagraphStyle(
        "title", fontName=fonts.bold, fontSize=16, leading=20, textColor=colors.HexColor(accent)
    )
    details = [*business.address.lines(), business.email, business.phone, business.website]
    details = [d for d in details if d.strip()]
    left: list[Flowable] = []
    logo = _logo(business.logo_path)
    if logo is not None:
        left += [logo, Spacer(1, 2 * mm)]
    left.append(Paragraph(fonts.markup(business.name, fonts.bold), name))
    if details:
        text = "<br/>".join(fonts.markup(d, fonts.regular) for d in details)
        left.append(Paragraph(text, small))
    right = [
        Paragraph(fonts.markup(table.title, fonts.bold), title),
        Paragraph(fonts.markup(table.subtitle, fonts.regular), small),
        Paragraph(fonts.markup(f"Printed {today.isoformat()}", fonts.regular), small),
    ]
    width = landscape(A4)[0] - 30 * mm
    head = Table([[left, right]], colWidths=[width * 0.5, width * 0.5])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [head, Spacer(1, 6 * mm)]


def _body(table: ReportTable, fonts: FontSet, accent: str) -> Table:
    cell = ParagraphStyle("cell", fontName=fonts.regular, fontSize=8.5, leading=10.5)
    right = ParagraphStyle("num", parent=cell, alignment=TA_RIGHT)
    bold = ParagraphStyle("bold", parent=cell, fontName=fonts.bold)
    bold_right = ParagraphStyle("boldnum", parent=bold, alignment=TA_RIGHT)
    head = ParagraphStyle("head", parent=bold, textColor=colors.white)
    head_right = ParagraphStyle("headnum", parent=head, alignment=TA_RIGHT)

    def para(text: str, col: int, strong: bool, header: bool = False) -> Paragraph:
        numeric = col in table.numeric
        if header:
            style = head_right if numeric else head
        elif strong:
            style = bold_right if numeric else bold
        else:
            style = right if numeric else cell
        return Paragraph(fonts.markup(text, style.fontName), style)

    data = [[para(h, i, True, header=True) for i, h in enumerate(table.headers)]]
    for row in table.rows:
        data.append([para(c, i, row.total) for i, c in enumerate(row.cells)])
    if not table.rows:
        empty = ["No invoices in this report."] + [""] * (len(table.headers) - 1)
        data.append([para(c, i, False) for i, c in enumerate(empty)])
    width = landscape(A4)[0] - 30 * mm
    first = width * (0.28 if len(table.headers) > 5 else 0.34)
    rest = (width - first) / (len(table.headers) - 1)
    body = Table(data, colWidths=[first] + [rest] * (len(table.headers) - 1), repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(accent)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#D5DAE1")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for index, row in enumerate(table.rows, start=1):
        if row.total:
            style.append(("BACKGROUND", (0, index), (-1, index), colors.HexColor("#F3F5F8")))
            style.append(("LINEABOVE", (0, index), (-1, index), 0.75, colors.HexColor(accent)))
    body.setStyle(TableStyle(style))
    return body


def write_report_pdf(
    table: ReportTable, business: BusinessProfile, path: Path, today: date
) -> Path:
    """Render ``table`` under ``business``'s letterhead to ``path``."""
    template = template_for(business.branding)  # the business's accent colour and font
    fonts = fonts_for(template)
    accent = template.accent_color
    doc = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=f"{table.title} – {business.name}",
        author=business.name,
    )
    note = ParagraphStyle(
        "note", fontName=fonts.regular, fontSize=7.5, leading=9, textColor=colors.grey
    )
    story: list[Flowable] = [
        *_header(business, table, fonts, accent, today),
        _body(table, fonts, accent),
        Spacer(1, 4 * mm),
        Paragraph(fonts.markup(table.note, fonts.regular), note),
    ]
    footer = f"{business.name} · {table.title}"

    def page_footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(15 * mm, 7 * mm, footer)
        canvas.drawRightString(landscape(A4)[0] - 15 * mm, 7 * mm, f"Page {document.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=page_footer, onLaterPages=page_footer)
    return path
