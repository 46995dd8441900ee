"""Paragraphs of right-to-left text that wrap onto several lines.

reportlab breaks a paragraph into lines left to right over the text it is given. If
that text is already in visual order (reversed for Arabic), the *last* words of the
sentence land on the first line. :class:`BidiParagraph` breaks the *logical* text
into lines first, for the width it is given at layout time, then puts each line in
visual order on its own (:meth:`FontSet.visual`), so lines read top to bottom.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from .fonts import FontSet


def wrap_logical(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """``text`` in lines no wider than ``width`` (a longer word gets a line of its own)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and measure(candidate) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


class BidiParagraph(Flowable):  # type: ignore[misc]  # reportlab has no type stubs
    def __init__(self, text: str, style: ParagraphStyle, fonts: FontSet) -> None:
        super().__init__()
        self.text, self.style, self.fonts = text, style, fonts
        self._para: Paragraph | None = None

    def _build(self, width: float) -> Paragraph:
        font, size = self.style.fontName, self.style.fontSize
        lines = wrap_logical(self.text, width, lambda s: self.fonts.width(s, font, size))
        markup = "<br/>".join(self.fonts.markup(line, font) for line in lines)
        return Paragraph(markup, self.style)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._para = self._build(avail_width)
        width, height = self._para.wrap(avail_width, avail_height)
        self.width, self.height = width, height
        return width, height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        para = self._para or self._build(avail_width)
        return list(para.split(avail_width, avail_height))

    def draw(self) -> None:
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)
