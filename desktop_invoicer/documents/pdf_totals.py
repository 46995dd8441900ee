"""The totals block of an invoice PDF: subtotal, discount, taxes, total, paid, due.

Template ``totals_style``: ``rules`` (a rule above the total and the amount due) or
``box`` (the amount due in a filled accent box, ``totals_scale`` times the body size).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table

from ..domain.money import Money
from ..domain.status import InvoiceStatus
from .localization import discount_text, tax_total
from .pdf_context import RenderContext


def amount_due(ctx: RenderContext) -> Money:
    """What the customer still owes: nothing on a void invoice, never below zero."""
    if ctx.invoice.status is InvoiceStatus.VOID:
        return Money.zero(ctx.invoice.currency)
    paid = Money(ctx.invoice.amount_paid, ctx.invoice.currency)
    remaining = ctx.totals.total - paid
    return remaining if remaining.minor > 0 else Money.zero(ctx.invoice.currency)


def total_rows(ctx: RenderContext) -> list[tuple[str, str, str]]:
    """(label, value, kind) rows; kind is row, muted, total or due."""
    t, loc = ctx.totals, ctx.loc
    rows: list[tuple[str, str, str]] = [(ctx.label("subtotal"), ctx.amount(t.subtotal), "row")]
    if t.discount.minor or ctx.invoice.discounts:
        rows.append((discount_text(loc, ctx.invoice.discounts), ctx.amount(-t.discount), "row"))
    for tax in t.tax_by_rate:
        if not tax.tax_rate.inclusive:
            rows.append(
                (tax_total(loc, tax.tax_rate, tax.taxable_amount), ctx.amount(tax.amount), "row")
            )
    rows.append((ctx.label("total"), ctx.money(t.total), "total"))
    for tax in t.tax_by_rate:
        if tax.tax_rate.inclusive:
            rows.append(
                (tax_total(loc, tax.tax_rate, tax.taxable_amount), ctx.amount(tax.amount), "muted")
            )
    if ctx.invoice.amount_paid:
        paid = Money(ctx.invoice.amount_paid, ctx.invoice.currency)
        rows.append((ctx.label("amount_paid"), ctx.amount(paid), "row"))
    rows.append((ctx.label("amount_due"), ctx.money(amount_due(ctx)), "due"))
    return rows


def totals_table(ctx: RenderContext) -> Table:
    st, pad = ctx.st, ctx.pad
    rows = total_rows(ctx)
    fonts, size = ctx.fonts, ctx.tpl.font_size
    due_size = round(size * ctx.tpl.totals_scale, 2)
    value_width = (
        max(
            fonts.width(v, fonts.bold, due_size if kind == "due" else size * 1.15)
            for _, v, kind in rows
        )
        + 2 * pad
        + 2
    )
    label_need = max(fonts.width(label, fonts.bold, size * 1.15) for label, _, _ in rows)
    # As wide as the labels need, between 55% and 75% of the page; longer labels wrap.
    width = min(ctx.width * 0.75, max(ctx.width * 0.55, value_width + label_need + 2 * pad + 2))
    label_width = width - value_width
    label_style = ParagraphStyle("total_label", parent=st.body)
    muted_label = ParagraphStyle("total_muted", parent=st.body, textColor=st.muted)
    due_label = ParagraphStyle(
        "total_due",
        parent=st.body,
        fontName=fonts.bold,
        fontSize=due_size,
        leading=due_size * 1.3,
        textColor=st.band_text if ctx.tpl.totals_style == "box" else st.accent,
    )
    cells: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.regular, size, st.body.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), st.text),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    end = st.body_right.alignment
    values = {
        "row": ParagraphStyle("v", parent=label_style, alignment=end),
        "muted": ParagraphStyle("v_muted", parent=muted_label, alignment=end),
        "total": ParagraphStyle("v_total", parent=label_style, fontName=fonts.bold, alignment=end),
        "due": ParagraphStyle("v_due", parent=due_label, alignment=end),
    }
    for i, (label, value, kind) in enumerate(rows):
        style = {"muted": muted_label, "due": due_label}.get(kind, label_style)
        cells.append([ctx.cell(label, style, label_width), ctx.plain(value, values[kind])])
        if kind == "muted":
            commands.append(("TEXTCOLOR", (0, i), (-1, i), st.muted))
        elif kind == "total":
            commands += [
                ("FONT", (0, i), (-1, i), fonts.bold, size, st.body.leading),
                ("LINEABOVE", (0, i), (-1, i), 0.8, st.text),
            ]
        elif kind == "due" and ctx.tpl.totals_style == "box":
            commands += [
                ("FONT", (0, i), (-1, i), fonts.bold, due_size, due_size * 1.3),
                ("TEXTCOLOR", (0, i), (-1, i), st.band_text),
                ("BACKGROUND", (0, i), (-1, i), st.band),
                ("VALIGN", (0, i), (-1, i), "MIDDLE"),
                ("TOPPADDING", (0, i), (-1, i), 7),
                ("BOTTOMPADDING", (0, i), (-1, i), 8),
            ]
        elif kind == "due":
            commands += [
                ("FONT", (0, i), (-1, i), fonts.bold, due_size, due_size * 1.3),
                ("TEXTCOLOR", (0, i), (-1, i), st.accent),
                ("LINEABOVE", (0, i), (-1, i), 1.2, st.accent),
                ("TOPPADDING", (0, i), (-1, i), 5),
            ]
    return ctx.table(cells, [label_width, value_width], commands, hAlign="RIGHT")
