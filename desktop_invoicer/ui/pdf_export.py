"""Export an invoice as a PDF: ask where, then render on a worker thread.

:func:`render_pdf_file` is the plain function the worker runs; it imports
reportlab (through ``documents.pdf``) on the worker thread, so neither cold start
nor the click pays for it on the UI thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ..domain.business import BusinessProfile
from ..domain.catalog import Customer
from ..domain.invoice import Invoice
from .context import AppContext
from .i18n import tr
from .workers import ProgressCallback, Task


def render_pdf_file(
    invoice: Invoice,
    customer: Customer,
    business: BusinessProfile,
    path: Path,
    progress: ProgressCallback,
) -> Path:
    progress(0, 2, tr("Preparing the PDF…"))
    from ..documents.pdf import render_invoice_pdf

    progress(1, 2, tr("Rendering {0}…").format(path.name))  # the last point where Cancel stops it
    render_invoice_pdf(invoice, customer, business, path)
    return path


def suggested_name(invoice: Invoice, customer: Customer) -> str:
    label = invoice.number or (f"draft-{invoice.id[:8]}" if invoice.id else "draft")
    who = re.sub(r"[^\w-]+", "-", customer.name, flags=re.UNICODE).strip("-")[:40]
    return f"Invoice-{label}-{who}.pdf" if who else f"Invoice-{label}.pdf"


def export_invoice_pdf(
    ctx: AppContext,
    parent: QWidget,
    invoice: Invoice,
    customer: Customer,
    report: Callable[[str], None],
) -> Task | None:
    """Ask for a file name and start rendering; None when the person cancels."""
    suggested = str(ctx.export_folder / suggested_name(invoice, customer))
    path = ctx.ask_save_path(parent, tr("Export invoice as PDF"), suggested)
    if path is None:
        return None
    ctx.export_folder = path.parent
    business = ctx.db.settings.business_profile()
    task = Task(tr("Exporting PDF"), render_pdf_file, invoice, customer, business, path)
    task.signals.finished.connect(lambda result: report(tr("Saved the PDF to {0}").format(result)))
    task.signals.failed.connect(
        lambda message: ctx.show_error(parent, tr("The PDF was not saved"), message)
    )
    task.signals.cancelled.connect(lambda: report(tr("The PDF export was cancelled.")))
    return ctx.tasks.start(task)
