"""A PDF preview any view can place beside its list: the real rendered pages, via QtPdf.

:class:`PdfPreview` renders an invoice with our reportlab renderer
(``documents.pdf.invoice_pdf_bytes``) on a :class:`~.workers.Task` (never on the
UI thread: reportlab's import and layout take tens of milliseconds), then shows
the bytes with ``QPdfDocument`` + ``QPdfView`` from PySide6-Addons. While a
render is in flight a placeholder says so; when the selection moves on, the
newest request wins (older results are dropped by a generation number, and the
older task is cancelled where it still can be).

Keyboard: the page view takes focus (Tab, or the owning view's shortcut); arrows
and Page Up/Down scroll, Home/End jump to the first/last page, Ctrl++ / Ctrl+-
zoom, Ctrl+0 fits the width again, and Escape hands focus back to the list
(:attr:`PdfPreview.escape`).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.business import BusinessProfile
from ..domain.catalog import Customer
from ..domain.invoice import Invoice
from .i18n import N_, tr
from .workers import ProgressCallback, Task, TaskRunner

ZOOM_STEP = 1.25
RENDERING = N_("Rendering the PDF…")


def render_invoice_pdf_bytes(
    invoice: Invoice, customer: Customer, business: BusinessProfile, progress: ProgressCallback
) -> bytes:
    """The invoice's PDF as bytes (run on a worker: reportlab is imported there)."""
    progress(0, 1, tr(RENDERING))
    from ..documents.pdf import invoice_pdf_bytes

    return invoice_pdf_bytes(invoice, customer, business)


class PageView(QPdfView):
    """QPdfView with the keys a reader expects; Escape gives focus back to the list."""

    escape = Signal()

    def __init__(self) -> None:
        super().__init__()  # no parent: the layout that holds it gives it one
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setAccessibleName(tr("PDF preview"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        document = self.document()
        pages = document.pageCount() if document is not None else 0
        if key == Qt.Key.Key_Escape:
            self.escape.emit()
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif ctrl and key == Qt.Key.Key_0:
            self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif key == Qt.Key.Key_Home and pages:
            self.pageNavigator().jump(0, QPointF(), 0)
        elif key == Qt.Key.Key_End and pages:
            self.pageNavigator().jump(pages - 1, QPointF(), 0)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def zoom_by(self, factor: float) -> None:
        self.setZoomMode(QPdfView.ZoomMode.Custom)
        self.setZoomFactor(max(0.25, min(4.0, self.zoomFactor() * factor)))


class PdfPreview(QWidget):
    """The pages of one invoice's PDF, rendered on a worker; a placeholder meanwhile.

    ``tasks`` runs the render. Call :meth:`show_invoice` when the selection moves,
    :meth:`clear` when nothing is selected. ``ready`` fires with the page count
    once a PDF is on screen.
    """

    ready = Signal(int)
    escape = Signal()

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.task: Task | None = None
        self.generation = 0
        self.key: str | None = None  # what is shown or being rendered
        self.pdf_bytes: bytes | None = None
        self._buffer: QBuffer | None = None  # QPdfDocument reads from it: keep it alive

        self.document = QPdfDocument(self)
        self.view = PageView()
        self.view.setDocument(self.document)
        self.view.escape.connect(self.escape)
        self.placeholder = QLabel()
        self.placeholder.setObjectName("muted")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.view)

        self.page_label = QLabel()
        self.page_label.setObjectName("muted")
        self.open_button = QPushButton(tr("Open PDF"))
        self.open_button.setToolTip(tr("Open this PDF in the system's PDF viewer"))
        self.open_button.clicked.connect(self.open_external)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.page_label, 1)
        row.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)
        self.setFocusProxy(self.view)
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_label())
        self.clear(tr("Nothing to preview."))

    # -- state ---------------------------------------------------------------------------

    @property
    def rendering(self) -> bool:
        return self.task is not None

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.pdf_bytes is not None else 0

    def clear(self, message: str) -> None:
        """Show ``message`` instead of a PDF (nothing selected, or nothing to render)."""
        self._cancel()
        self.key = None
        self._show_message(message)

    def _show_message(self, message: str) -> None:
        self.pdf_bytes = None
        self.document.close()
        self._buffer = None
        self.placeholder.setText(message)
        self.stack.setCurrentWidget(self.placeholder)
        self.open_button.setEnabled(False)
        self.page_label.setText("")

    def _cancel(self) -> None:
        self.generation += 1
        if self.task is not None:
            self.task.cancel()
            self.task = None

    # -- rendering -----------------------------------------------------------------------

    def show_invoice(
        self,
        key: str,
        invoice: Invoice,
        customer: Customer,
        business: BusinessProfile,
        *,
        force: bool = False,
    ) -> None:
        """Render and show ``invoice``; ``key`` names it (the same key, unforced: kept)."""
        self.show_render(key, render_invoice_pdf_bytes, invoice, customer, business, force=force)

    def show_render(
        self, key: str, fn: Callable[..., bytes], *args: Any, force: bool = False
    ) -> None:
        """Run ``fn(*args)`` on a worker and show the PDF bytes it returns."""
        if not force and key == self.key and (self.pdf_bytes is not None or self.rendering):
            return
        self._cancel()
        self.key = key
        self._show_message(tr(RENDERING))
        generation = self.generation
        task = Task("PDF preview", fn, *args)
        task.signals.finished.connect(lambda data: self._arrived(generation, data))
        task.signals.failed.connect(lambda message: self._failed(generation, message))
        self.task = self.tasks.start(task, announce=False)

    def _arrived(self, generation: int, data: object) -> None:
        if generation != self.generation or not isinstance(data, bytes):
            return
        self.task = None
        self.load_bytes(data)

    def _failed(self, generation: int, message: str) -> None:
        if generation != self.generation:
            return
        self.task = None
        self._show_message(tr("No PDF: {0}").format(message))

    def load_bytes(self, data: bytes) -> None:
        """Show PDF ``data`` (QtPdf parses it here: a one-page invoice takes a few ms)."""
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.close()
        self.document.load(buffer)
        self._buffer = buffer
        if self.document.status() is not QPdfDocument.Status.Ready:
            error = self.document.error().name
            self._show_message(tr("No PDF: it could not be read ({0}).").format(error))
            return
        self.pdf_bytes = data
        self.stack.setCurrentWidget(self.view)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().jump(0, QPointF(), 0)
        self.open_button.setEnabled(True)
        self._update_label()
        self.ready.emit(self.document.pageCount())

    def _update_label(self) -> None:
        if self.pdf_bytes is None:
            return
        pages = self.document.pageCount()
        current = self.view.pageNavigator().currentPage() + 1
        size = len(self.pdf_bytes) // 1024 + 1
        self.page_label.setText(tr("Page {0} of {1} · {2} KB").format(current, pages, size))

    def open_external(self) -> None:
        if self.pdf_bytes is None or self.key is None:
            return
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in self.key)[:60]
        path = Path(tempfile.gettempdir()) / f"desktop-invoicer-preview-{safe}.pdf"
        path.write_bytes(self.pdf_bytes)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
