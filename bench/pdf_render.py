"""Benchmark: render_invoice_pdf against a bare reportlab script, in the same run.

The baseline is what a developer would write by hand with reportlab for the same
invoice: a SimpleDocTemplate with the same fonts (DejaVu Sans, embedded), the
header and bill-to blocks as Paragraphs, the same line table (Paragraph
descriptions, plain-string numbers, repeated header row), a totals table, notes,
and a "Page N" footer. Both sides compute the invoice totals inside the timing.

    python bench/pdf_render.py [--seconds 2.0]

Prints invoices per second for each side and the ratio (goal: >= 0.8).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop_invoicer.documents.paths import resource_path
from desktop_invoicer.documents.pdf import invoice_pdf_bytes
from desktop_invoicer.documents.samples import (
    sample_business,
    sample_customer,
    sample_invoice,
)
from desktop_invoicer.documents.template import load_template
from desktop_invoicer.domain.business import BusinessProfile
from desktop_invoicer.domain.catalog import Customer
from desktop_invoicer.domain.invoice import Invoice

# ----------------------------------------------------------------------- baseline

_BASE_FONTS = ("BenchSans", "BenchSans-Bold")


def _register_baseline_fonts() -> None:
    pdfmetrics.registerFont(TTFont("BenchSans", str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(
        TTFont("BenchSans-Bold", str(resource_path("fonts", "DejaVuSans-Bold.ttf")))
    )


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def baseline_pdf(invoice: Invoice, customer: Customer, business: BusinessProfile) -> bytes:
    regular, bold = _BASE_FONTS
    body = ParagraphStyle("b", fontName=regular, fontSize=9, leading=11.7)
    right = ParagraphStyle("r", parent=body, alignment=TA_RIGHT)
    big = ParagraphStyle("h", fontName=bold, fontSize=14, leading=17)
    totals = invoice.totals()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        initialFontName=regular,
    )
    width = doc.width
    business_lines = [*business.address.lines(), business.email, business.phone, *business.tax_ids]
    meta = [f"Invoice number: {invoice.number}"]
    if invoice.issue_date:
        meta.append(f"Issue date: {invoice.issue_date.isoformat()}")
    due = invoice.effective_due_date()
    if due:
        meta.append(f"Due date: {due.isoformat()}")
    meta += [f"{k}: {v}" for k, v in invoice.custom_fields]
    header = Table(
        [
            [
                [
                    Paragraph(_esc(business.name), big),
                    Paragraph("<br/>".join(map(_esc, business_lines)), body),
                ],
                [Paragraph("INVOICE", big), Paragraph("<br/>".join(map(_esc, meta)), right)],
            ]
        ],
        colWidths=[width * 0.55, width * 0.45],
    )
    bill_to = [customer.name, *customer.address.lines(), customer.email]
    rows: list[list[object]] = [["Description", "Qty", "Unit price", "Tax", "Amount"]]
    for line, lt in zip(invoice.lines, totals.lines, strict=True):
        rows.append(
            [
                Paragraph(_esc(line.description), body),
                f"{line.quantity:,}",
                line.unit_amount.amount_text(),
                "\n".join(f"{r.display_name} {r.percentage}%" for r in line.tax_rates),
                lt.amount.amount_text(),
            ]
        )
    lines = Table(
        rows,
        colWidths=[width * 0.42, width * 0.08, width * 0.15, width * 0.2, width * 0.15],
        repeatRows=1,
    )
    lines.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), regular, 9),
                ("FONT", (0, 0), (-1, 0), bold, 9),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E79")),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.5, colors.lightgrey),
            ]
        )
    )
    total_rows = [
        ["Subtotal", totals.subtotal.amount_text()],
        ["Discount", totals.discount.amount_text()],
    ]
    total_rows += [
        [f"{t.tax_rate.display_name} ({t.tax_rate.percentage}%)", t.amount.amount_text()]
        for t in totals.tax_by_rate
    ]
    total_rows += [["Total", totals.total.format()], ["Amount due", totals.total.format()]]
    total_table = Table(total_rows, colWidths=[width * 0.35, width * 0.2], hAlign="RIGHT")
    total_table.setStyle(
        TableStyle([("FONT", (0, 0), (-1, -1), regular, 9), ("ALIGN", (1, 0), (1, -1), "RIGHT")])
    )
    story = [
        header,
        Spacer(1, 9 * mm),
        Paragraph("<br/>".join(map(_esc, bill_to)), body),
        Spacer(1, 8 * mm),
        lines,
        Spacer(1, 4 * mm),
        total_table,
        Spacer(1, 6 * mm),
        Paragraph(_esc(invoice.memo), body),
        Paragraph(_esc(business.payment_instructions), body),
        Paragraph(_esc(business.footer), body),
    ]

    def footer(canvas: Any, document: Any) -> None:
        canvas.setFont(regular, 8)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {canvas.getPageNumber()}")

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


# -------------------------------------------------------------------------- timing


def _throughput(fn: Callable[[], bytes], seconds: float) -> float:
    fn()  # warm up (font subsets, caches)
    count, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        fn()
        count += 1
    return count / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.5, help="per side and round")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    _register_baseline_fonts()
    template = load_template()
    business, customer = sample_business(), sample_customer()
    cases = [
        ("4 lines, 1 page", sample_invoice("USD", line_count=4)),
        ("30 lines, 2 pages", sample_invoice("USD", line_count=30)),
        ("120 lines, 7 pages", sample_invoice("USD", line_count=120)),
    ]
    print(f"{'invoice':<22}{'app inv/s':>12}{'bare inv/s':>12}{'ratio':>8}")
    ratios = []
    for name, invoice in cases:
        app_runs, bare_runs = [], []
        for _ in range(args.rounds):  # interleaved, so drift hits both sides alike
            run_app = partial(invoice_pdf_bytes, invoice, customer, business, template)
            app_runs.append(_throughput(run_app, args.seconds))
            run_bare = partial(baseline_pdf, invoice, customer, business)
            bare_runs.append(_throughput(run_bare, args.seconds))
        app, bare = statistics.median(app_runs), statistics.median(bare_runs)
        ratios.append(app / bare)
        print(f"{name:<22}{app:>12.1f}{bare:>12.1f}{app / bare:>8.2f}")
    print(f"{'geometric mean ratio':<46}{statistics.geometric_mean(ratios):>8.2f}  (goal >= 0.80)")


if __name__ == "__main__":
    main()
