"""The paragraph styles and colours of an invoice PDF, derived from its template.

Shared by the parts of :mod:`.pdf`: :func:`styles` (cached per template), the
table cell padding :data:`PAD` and :func:`plain_layout` for layout-only tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from .fonts import fonts_for
from .template import InvoiceTemplate

PAD = 4.0  # table cell padding, points


@dataclass(frozen=True, slots=True)
class Styles:
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
def styles(tpl: InvoiceTemplate) -> Styles:
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
    return Styles(
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


def plain_layout(font: str) -> TableStyle:
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
