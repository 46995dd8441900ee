"""The line-items table of an invoice PDF: the template's ``columns`` in its order
(description, quantity, unit price, tax, amount; tax only when a line is taxed)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle

from .localization import tax_short
from .pdf_context import RenderContext


def lines_table(ctx: RenderContext) -> Any:
    st, fonts = ctx.st, ctx.fonts
    body, bold, size, pad = st.body, fonts.bold, ctx.tpl.font_size, ctx.pad
    lines = ctx.invoice.lines
    show_tax = any(line.tax_rates for line in lines)
    columns = [c for c in ctx.tpl.columns if c != "tax" or show_tax]
    cells: dict[str, list[str]] = {
        "description": [line.description for line in lines],
        "quantity": [ctx.loc.number(line.quantity) for line in lines],
        "unit_price": [ctx.amount(line.unit_amount) for line in lines],
        "tax": ["\n".join(tax_short(ctx.loc, r) for r in line.tax_rates) for line in lines],
        "amount": [ctx.amount(lt.amount) for lt in ctx.totals.lines],
    }
    headers = {c: ctx.label(c) for c in columns}

    def fit(column: str) -> float:
        widest = max(
            [fonts.width(headers[column], bold, size)]
            + [
                fonts.width(part, body.fontName, size)
                for c in cells[column]
                for part in c.split("\n")
            ]
        )
        return widest + 2 * pad + 1

    # Numbers never wrap: their columns are as wide as the widest number. The tax
    # column (which may wrap) gives way first, then the description.
    widths = {c: fit(c) for c in columns if c in ("quantity", "unit_price", "amount")}
    numbers = sum(widths.values())
    if show_tax:
        room = ctx.width - numbers - ctx.width * 0.34
        widths["tax"] = max(min(fit("tax"), ctx.width * 0.26, room), ctx.width * 0.12)
    widths["description"] = ctx.width - sum(widths.values())

    header_colour = colors.white if ctx.tpl.table_header_fill else st.accent
    head_start = ParagraphStyle("th", parent=body, fontName=bold, textColor=header_colour)
    head_end = ParagraphStyle("th_end", parent=head_start, alignment=st.body_right.alignment)
    rows: list[list[Any]] = [
        [
            ctx.plain(headers[c], head_start if c in ("description", "tax") else head_end)
            for c in columns
        ]
    ]
    fits: dict[str, bool] = {}  # lines often share their tax rates
    for i in range(len(lines)):
        row: list[Any] = []
        for c in columns:
            text = cells[c][i]
            if c in ("description", "tax"):
                key = f"{c}:{text}"
                if key not in fits:
                    fits[key] = isinstance(ctx.cell(text, body, widths[c]), str)
                row.append(ctx.t(text) if fits[key] else ctx.p(text, body))
            else:  # number cells: their columns fit them by construction
                row.append(ctx.t(text))
        rows.append(row)
    return ctx.table(
        rows,
        [widths[c] for c in columns],
        _commands(ctx, columns, len(rows)),
        repeatRows=1,
    )


def _commands(ctx: RenderContext, columns: Sequence[str], row_count: int) -> list[tuple[Any, ...]]:
    st, fonts, size, pad = ctx.st, ctx.fonts, ctx.tpl.font_size, ctx.pad
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.regular, size, st.body.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), st.text),
        ("FONT", (0, 0), (-1, 0), fonts.bold, size, st.body.leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
        ("TOPPADDING", (0, 0), (-1, 0), pad + 1),
    ]
    for i, c in enumerate(columns):
        align = "LEFT" if c in ("description", "tax") else "RIGHT"
        commands.append(("ALIGN", (i, 0), (i, -1), align))
    if ctx.tpl.table_header_fill:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), st.accent),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ]
    else:
        commands += [
            ("TEXTCOLOR", (0, 0), (-1, 0), st.accent),
            ("LINEBELOW", (0, 0), (-1, 0), 1.2, st.accent),
        ]
    if ctx.tpl.table_style == "lines":
        commands.append(("LINEBELOW", (0, 1), (-1, -1), 0.5, st.rule))
    elif ctx.tpl.table_style == "striped":
        commands += [
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, st.stripe]),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, st.rule),
        ]
    else:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, st.rule))
    return commands
