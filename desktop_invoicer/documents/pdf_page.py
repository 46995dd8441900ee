"""What is drawn on the canvas of each page of an invoice PDF, outside the flow.

The DRAFT watermark under the content (:func:`draw_background`), and, once the
page count is known (:class:`DeferredCanvas`), the running header from page 2 on
and the footer with "Page X of N" (:func:`decorate`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from .pdf_context import RenderContext


class DeferredCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type stubs
    """Keeps each finished page until the end, so its footer can say "Page 2 of 5".

    ``decorate(canvas, page_number, page_count)`` draws the header and footer.
    """

    def __init__(
        self, *args: Any, decorate: Callable[[Canvas, int, int], None], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        count = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, count)
            super().showPage()
        super().save()


def draw_background(ctx: RenderContext, canvas: Canvas) -> None:
    """Drawn under each page's content: the DRAFT watermark."""
    if ctx.is_draft:
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(ctx.tpl.muted_color))
        canvas.setFillAlpha(0.10)
        canvas.translate(ctx.page_width / 2, ctx.page_height / 2)
        canvas.rotate(35)
        text = ctx.label("draft")
        size = min(110.0, ctx.width * 0.95 / max(ctx.fonts.width(text, ctx.fonts.bold, 1), 1))
        _draw(
            ctx,
            canvas,
            ctx.fonts.width(text, ctx.fonts.bold, size) / 2,
            -35,
            text,
            ctx.fonts.bold,
            size,
            "right",
        )
        canvas.restoreState()


def decorate(ctx: RenderContext, canvas: Canvas, page: int, pages: int) -> None:
    """Drawn once the page count is known: running header (page 2 on) and footer."""
    st, fonts = ctx.st, ctx.fonts
    size = round(ctx.tpl.font_size * 0.85, 2)
    left, right = ctx.left, ctx.page_width - ctx.right
    canvas.saveState()
    canvas.setStrokeColor(st.rule)
    canvas.setLineWidth(0.5)
    canvas.setFillColor(st.muted)
    page_text = ctx.label("page", page=ctx.loc.number(page), pages=ctx.loc.number(pages))
    # The start side (left, or right in a right-to-left document) and the end side.
    start, end = (right, left) if ctx.rtl else (left, right)
    start_align, end_align = ("right", "left") if ctx.rtl else ("left", "right")
    y = ctx.bottom * 0.45
    canvas.line(left, y + size + 4, right, y + size + 4)
    _draw(ctx, canvas, end, y, page_text, fonts.regular, size, end_align)
    room = ctx.width - fonts.width(page_text, fonts.regular, size) - 12
    footer = _fit(ctx, _footer_left(ctx), fonts.regular, size, room)
    _draw(ctx, canvas, start, y, footer, fonts.regular, size, start_align)
    if page > 1:
        y = ctx.page_height - ctx.top * 0.55
        canvas.line(left, y - 5, right, y - 5)
        invoice_text = ctx.label("invoice_ref", number=ctx.number_text)
        _draw(ctx, canvas, end, y, invoice_text, fonts.regular, size, end_align)
        room = ctx.width - fonts.width(invoice_text, fonts.regular, size) - 12
        name = _fit(ctx, ctx.business.name, fonts.bold, size, room)
        _draw(ctx, canvas, start, y, name, fonts.bold, size, start_align)
    canvas.restoreState()


def _footer_left(ctx: RenderContext) -> str:
    return f"{ctx.label('invoice_ref', number=ctx.number_text)} · {ctx.customer.name}"


def _fit(ctx: RenderContext, text: str, font: str, size: float, room: float) -> str:
    if ctx.fonts.width(text, font, size) <= room:
        return text
    while text and ctx.fonts.width(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw(
    ctx: RenderContext,
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    align: str = "left",
) -> None:
    """Draw one line of text at a fixed place, switching to fallback fonts for CJK runs."""
    if align == "right":
        x -= ctx.fonts.width(text, font, size)
    for name, run in ctx.fonts.runs(text, font):
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += canvas.stringWidth(run, name, size)
