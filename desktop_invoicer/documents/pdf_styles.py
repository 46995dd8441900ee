"""The paragraph styles and colours of an invoice PDF, derived from its template.

Shared by the parts of :mod:`.pdf`: :func:`styles` (cached per template and
direction), the table cell padding :data:`PAD`, :func:`plain_layout` for layout-only
tables and :func:`mirrored` which turns a left-to-right table into its right-to-left
mirror image (columns reversed, left and right swapped), for Arabic and Hebrew.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    band_text: Any
    band: Any
    band_title: ParagraphStyle
    band_business: ParagraphStyle
    band_small: ParagraphStyle


@lru_cache(maxsize=16)
def styles(tpl: InvoiceTemplate, rtl: bool = False) -> Styles:
    fonts = fonts_for(tpl, rtl)
    start, end = (TA_RIGHT, TA_LEFT) if rtl else (TA_LEFT, TA_RIGHT)
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
        align: int | None = None,
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
            alignment=start if align is None else align,
            spaceAfter=space_after,
        )

    title_align = end if tpl.header_layout in ("split", "band") else start
    band_text = colors.HexColor(tpl.band_text_color)
    title_scale = tpl.title_scale
    return Styles(
        body=style("body"),
        body_right=style("body_right", align=end),
        small=style("small", scale=0.9, color=muted),
        small_right=style("small_right", scale=0.9, color=muted, align=end),
        label=style("label", bold=True, scale=0.8, color=muted, space_after=2),
        label_right=style("label_right", bold=True, scale=0.8, color=muted, align=end),
        strong=style("strong", bold=True, scale=1.1),
        business=style("business", bold=True, scale=1.55, leading=1.2, space_after=2),
        title=style(
            "title", bold=True, scale=title_scale, color=accent, align=title_align, leading=1.1
        ),
        big_amount=style("big_amount", bold=True, scale=1.9, color=accent, align=end),
        heading=style("heading", bold=True, scale=1.0, color=accent, space_after=2),
        footer=style(
            "footer",
            scale=0.85,
            color=muted,
            align=TA_CENTER if tpl.footer_align == "center" else start,
        ),
        accent=accent,
        text=text,
        muted=muted,
        rule=colors.HexColor(tpl.rule_color),
        stripe=colors.HexColor(tpl.stripe_color),
        band_text=band_text,
        band=colors.HexColor(tpl.band_color or tpl.accent_color),
        band_title=style(
            "band_title", bold=True, scale=title_scale, color=band_text, align=end, leading=1.1
        ),
        band_business=style("band_business", bold=True, scale=1.55, color=band_text, leading=1.2),
        band_small=style("band_small", scale=0.95, color=band_text, align=end),
    )


_SWAP = {
    "LEFT": "RIGHT",
    "RIGHT": "LEFT",
    "LEFTPADDING": "RIGHTPADDING",
    "RIGHTPADDING": "LEFTPADDING",
    "LINEBEFORE": "LINEAFTER",
    "LINEAFTER": "LINEBEFORE",
}


def mirrored(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    commands: Sequence[tuple[Any, ...]],
) -> tuple[list[list[Any]], list[float], list[tuple[Any, ...]]]:
    """The right-to-left mirror of a table: reversed columns, left and right swapped."""
    n = len(widths)

    def col(c: int) -> int:
        return n - 1 - (c if c >= 0 else n + c)

    new_commands: list[tuple[Any, ...]] = []
    for command in commands:
        name, (c0, r0), (c1, r1), *rest = command
        rest = [_SWAP.get(v, v) if isinstance(v, str) else v for v in rest]
        new_commands.append((_SWAP.get(name, name), (col(c1), r0), (col(c0), r1), *rest))
    return [list(reversed(r)) for r in rows], list(reversed(widths)), new_commands


def plain_commands(font: str) -> list[tuple[Any, ...]]:
    """A layout-only table: no padding, no lines, top-aligned cells."""
    return [
        ("FONT", (0, 0), (-1, -1), font),  # not reportlab's default Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]


def plain_layout(font: str) -> TableStyle:
    return TableStyle(plain_commands(font))
