"""The line-items table of an invoice PDF: description, quantity, unit price, tax, amount."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from .formatting import amount_text, tax_rate_short
from .pdf_context import RenderContext
from .pdf_styles import PAD


def lines_table(ctx: RenderContext) -> Table:
    st, fonts = ctx.st, ctx.fonts
    body, bold, size = st.body, fonts.bold, ctx.tpl.font_size
    lines = ctx.invoice.lines
    show_tax = any(line.tax_rates for line in lines)
    headers = ["Description", "Qty", "Unit price"] + (["Tax"] if show_tax else []) + ["Amount"]
    qty = [f"{line.quantity:,}" for line in lines]
    unit = [amount_text(line.unit_amount) for line in lines]
    amounts = [amount_text(lt.amount) for lt in ctx.totals.lines]
    taxes = ["\n".join(tax_rate_short(r) for r in line.tax_rates) for line in lines]

    def fit(header: str, cells: Sequence[str]) -> float:
        widest = max(
            [fonts.width(header, bold, size)]
            + [fonts.width(part, body.fontName, size) for c in cells for part in c.split("\n")]
        )
        return widest + 2 * PAD + 1

    # Numbers never wrap: their columns are as wide as the widest number. The tax
    # column (which may wrap) gives way first, then the description.
    numbers = [fit(headers[1], qty), fit(headers[2], unit), fit(headers[-1], amounts)]
    tax_width = 0.0
    if show_tax:
        room = ctx.width - sum(numbers) - ctx.width * 0.34
        tax_width = max(min(fit("Tax", taxes), ctx.width * 0.26, room), ctx.width * 0.12)
    description_width = ctx.width - sum(numbers) - tax_width
    col_widths = [description_width, numbers[0], numbers[1]]
    col_widths += [tax_width] if show_tax else []
    col_widths.append(numbers[2])

    # Number cells are plain strings: their columns fit them by construction.
    rows: list[list[Any]] = [headers]
    tax_fits: dict[str, bool] = {}  # lines often share their tax rates
    for i, line in enumerate(lines):
        row: list[Any] = [
            ctx.cell(line.description, body, description_width),
            qty[i],
            unit[i],
        ]
        if show_tax:
            tax = taxes[i]
            if tax not in tax_fits:
                tax_fits[tax] = isinstance(ctx.cell(tax, body, tax_width), str)
            row.append(tax if tax_fits[tax] else ctx.p(tax, body))
        row.append(amounts[i])
        rows.append(row)

    tax_col = 3 if show_tax else None
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.regular, size, body.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), st.text),
        ("FONT", (0, 0), (-1, 0), bold, size, body.leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
    ]
    if tax_col is not None:
        commands.append(("ALIGN", (tax_col, 0), (tax_col, -1), "LEFT"))
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
    table = Table(rows, colWidths=col_widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table
