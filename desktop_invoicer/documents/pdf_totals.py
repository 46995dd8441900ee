"""The totals block of an invoice PDF: subtotal, discount, taxes, total, paid, due."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from ..domain.money import Money
from ..domain.status import InvoiceStatus
from .formatting import amount_text, discount_label, money_text, tax_total_label
from .pdf_context import RenderContext
from .pdf_styles import PAD


def amount_due(ctx: RenderContext) -> Money:
    """What the customer still owes: nothing on a void invoice, never below zero."""
    if ctx.invoice.status is InvoiceStatus.VOID:
        return Money.zero(ctx.invoice.currency)
    paid = Money(ctx.invoice.amount_paid, ctx.invoice.currency)
    remaining = ctx.totals.total - paid
    return remaining if remaining.minor > 0 else Money.zero(ctx.invoice.currency)


def totals_table(ctx: RenderContext) -> Table:
    t, st = ctx.totals, ctx.st
    rows: list[tuple[str, str, str]] = [("Subtotal", amount_text(t.subtotal), "row")]
    if t.discount.minor or ctx.invoice.discounts:
        rows.append((discount_label(ctx.invoice.discounts), amount_text(-t.discount), "row"))
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
    if ctx.invoice.amount_paid:
        paid = Money(ctx.invoice.amount_paid, ctx.invoice.currency)
        rows.append(("Amount paid", amount_text(paid), "row"))
    rows.append(("Amount due", money_text(amount_due(ctx)), "due"))

    fonts, size = ctx.fonts, ctx.tpl.font_size
    value_width = max(fonts.width(v, fonts.bold, size * 1.15) for _, v, _ in rows) + 2 * PAD + 2
    label_need = max(fonts.width(label, fonts.bold, size * 1.15) for label, _, _ in rows)
    # As wide as the labels need, between 55% and 75% of the page; longer labels wrap.
    width = min(ctx.width * 0.75, max(ctx.width * 0.55, value_width + label_need + 2 * PAD + 2))
    label_width = width - value_width
    label_style = ParagraphStyle("total_label", parent=st.body)
    muted_label = ParagraphStyle("total_muted", parent=st.body, textColor=st.muted)
    cells: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.regular, size, st.body.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), st.text),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i, (label, value, kind) in enumerate(rows):
        style = muted_label if kind == "muted" else label_style
        cells.append([ctx.cell(label, style, label_width), value])
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
