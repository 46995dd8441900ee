"""Invoice > Export e-invoice…: Factur-X (EN 16931) as a PDF with the XML inside, or the XML.

The checks that need no library run at once (a draft has no number yet: say so
before asking for a file name); the XML is built, validated against the official
schema and written on a worker.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMenu, QWidget

from ..domain.business import BusinessProfile
from ..domain.catalog import Customer
from ..domain.invoice import Invoice
from .context import AppContext
from .i18n import N_, tr
from .workers import ProgressCallback, Task

ACTION_NAME = "einvoice"
ACTION_LABEL = N_("Export e-invoice (Factur-X)…")
FILTER_PDF = N_("Factur-X PDF with embedded XML (*.pdf)")
FILTER_XML = N_("Factur-X XML, EN 16931 (*.xml)")

AskPath = Callable[[QWidget, str], Path | None]


def ask_einvoice_path(parent: QWidget, suggested: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    filters = f"{tr(FILTER_PDF)};;{tr(FILTER_XML)}"
    path, chosen = QFileDialog.getSaveFileName(parent, tr("Export e-invoice"), suggested, filters)
    if not path:
        return None
    if not path.lower().endswith((".pdf", ".xml")):
        path += ".xml" if "*.xml" in chosen else ".pdf"
    return Path(path)


def suggested_name(invoice: Invoice, customer: Customer) -> str:
    who = re.sub(r"[^\w-]+", "-", customer.name, flags=re.UNICODE).strip("-")[:40]
    return f"Invoice-{invoice.number or 'draft'}-{who}-facturx.pdf"


def write_einvoice(
    invoice: Invoice,
    customer: Customer,
    business: BusinessProfile,
    path: Path,
    progress: ProgressCallback,
) -> Path:
    """Build, validate and write the e-invoice (atomically); runs on a worker."""
    progress(0, 2, tr("Building the e-invoice…"))
    from ..documents.einvoice import facturx_pdf, facturx_xml
    from ..documents.files import write_atomically

    if path.suffix.lower() == ".xml":
        data = facturx_xml(invoice, customer, business)
    else:
        data = facturx_pdf(invoice, customer, business)
    progress(1, 2, tr("Writing {0}…").format(path.name))
    write_atomically(path, data)
    return path


def export_einvoice(
    ctx: AppContext,
    parent: QWidget,
    invoice: Invoice,
    customer: Customer,
    report: Callable[[str], None],
    ask: AskPath = ask_einvoice_path,
) -> Task | None:
    """Check, ask where, then write on a worker; None when refused or cancelled."""
    from ..documents.einvoice import EInvoiceError, check

    business = ctx.db.settings.business_profile()
    try:
        check(invoice, business)
    except EInvoiceError as exc:
        ctx.show_error(parent, tr("No e-invoice for this invoice"), str(exc))
        return None
    path = ask(parent, str(ctx.export_folder / suggested_name(invoice, customer)))
    if path is None:
        return None
    ctx.export_folder = path.parent
    task = Task(tr("Exporting e-invoice"), write_einvoice, invoice, customer, business, path)
    task.signals.finished.connect(
        lambda result: report(tr("Saved the e-invoice to {0}").format(result))
    )
    task.signals.failed.connect(
        lambda message: ctx.show_error(parent, tr("The e-invoice was not saved"), message)
    )
    return ctx.tasks.start(task)


def add_action(menu: QMenu, trigger: Callable[[], None], enabled: bool = True) -> None:
    """The "Export e-invoice…" item at the end of an invoice menu."""
    menu.addSeparator()
    action = menu.addAction(tr(ACTION_LABEL))
    action.setObjectName(ACTION_NAME)
    action.setEnabled(enabled)
    action.triggered.connect(lambda _checked=False: trigger())
