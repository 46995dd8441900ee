"""Font registration for reportlab, done once and lazily, plus fallback for CJK text.

The main fonts are TTF files bundled in ``resources/fonts/`` and embedded (subset)
in every PDF. DejaVu Sans covers Latin, Greek, Cyrillic, Hebrew, Arabic letters and
many symbols, but no CJK ideographs, kana or Hangul. Runs of those characters go to
the template's fallback fonts: ``IPAGothic`` (bundled, embedded) for Japanese and
Han; when no TTF of the name is bundled, reportlab's built-in CID fonts
(``HeiseiKakuGo-W5``, ``HYGothic-Medium`` for Korean) are used. CID fonts are *not
embedded*: the PDF viewer supplies the glyphs (Acrobat, macOS Preview and Windows
do; a bare Linux box may show blanks).

Characters that neither the main font nor a CJK fallback has (Arabic letters under
DejaVu Serif, say) go to the template's ``fallback_font`` (DejaVu Sans by default).

Right-to-left text (Arabic, Hebrew) is shaped and reordered here, once, at the last
step before drawing: :meth:`FontSet.visual` joins Arabic letters into their
contextual forms (``arabic-reshaper``) and puts each line in visual order with the
Unicode bidi algorithm (``python-bidi``), with the document's base direction. Every
other method takes *logical* text and calls it, so callers never shape twice.

Importing this module imports reportlab; import it only from documents code.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

from .paths import ResourceNotFoundError, resource_path
from .template import InvoiceTemplate

_lock = threading.Lock()
_registered: set[str] = set()


class FontError(ValueError):
    """Raised when a template names a font that is neither bundled nor built in."""


def register_font(name: str) -> None:
    """Register ``name`` with reportlab once: a bundled TTF, else a built-in CID font."""
    if name in _registered:
        return
    with _lock:
        if name in _registered:
            return
        try:
            path = resource_path("fonts", f"{name}.ttf")
        except ResourceNotFoundError:
            path = None
        if path is not None:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        else:
            try:
                pdfmetrics.registerFont(UnicodeCIDFont(name))
            except (KeyError, ValueError):
                raise FontError(
                    f"Font '{name}' is neither in resources/fonts/ nor a built-in CID font."
                ) from None
        _registered.add(name)


def _coverage(name: str) -> frozenset[int] | None:
    """Code points the font has glyphs for; None when unknown (CID fonts)."""
    face = getattr(pdfmetrics.getFont(name), "face", None)
    char_to_glyph = getattr(face, "charToGlyph", None)
    if isinstance(char_to_glyph, dict):
        return frozenset(char_to_glyph)
    return None


def _is_hangul(cp: int) -> bool:
    return 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F or 0xAC00 <= cp <= 0xD7AF


def _is_cjk(cp: int) -> bool:
    return (
        0x2E80 <= cp <= 0x9FFF  # radicals, CJK punctuation, kana, Han
        or 0xF900 <= cp <= 0xFAFF  # compatibility ideographs
        or 0xFE30 <= cp <= 0xFE4F  # CJK compatibility forms
        or 0xFF00 <= cp <= 0xFFEF  # half- and full-width forms
        or 0x20000 <= cp <= 0x3FFFF  # Han extensions
    )


def _is_rtl_char(cp: int) -> bool:
    return (
        0x0590 <= cp <= 0x08FF  # Hebrew, Arabic, Syriac, Thaana, NKo, Arabic supplements
        or 0xFB1D <= cp <= 0xFDFF  # Hebrew and Arabic presentation forms A
        or 0xFE70 <= cp <= 0xFEFF  # Arabic presentation forms B
    )


_BIDI_CONTROLS = dict.fromkeys(
    [0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


@lru_cache(maxsize=4096)
def _visual(text: str, rtl: bool) -> str:
    lines = []
    for line in text.split("\n"):
        if any(_is_rtl_char(ord(ch)) for ch in line):
            line = get_display(arabic_reshaper.reshape(line), base_dir="R" if rtl else "L")
        lines.append(line.translate(_BIDI_CONTROLS))
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class FontSet:
    """The registered fonts of one template and what the main fonts cover."""

    regular: str
    bold: str
    cjk: str
    hangul: str
    regular_coverage: frozenset[int] | None
    bold_coverage: frozenset[int] | None
    fallback: str = "DejaVuSans"
    fallback_coverage: frozenset[int] | None = None
    rtl: bool = False  # the document's base direction

    def visual(self, text: str) -> str:
        """``text`` shaped and in visual order (unchanged when it has no RTL letters)."""
        if text.isascii():
            return text
        return _visual(text, self.rtl)

    def _fallback(self, cp: int) -> str | None:
        if _is_hangul(cp):
            return self.hangul
        if _is_cjk(cp):
            return self.cjk
        if self.fallback_coverage is not None and cp in self.fallback_coverage:
            return self.fallback
        return None

    def runs(self, text: str, font: str) -> list[tuple[str, str]]:
        """Split ``text`` into (font name, text) runs; characters ``font`` lacks go to a fallback.

        ``text`` is logical; the runs are shaped and in visual order, ready to draw.
        """
        if text.isascii():
            return [(font, text)]
        text = self.visual(text)
        coverage = self.bold_coverage if font == self.bold else self.regular_coverage
        result: list[tuple[str, str]] = []
        current = font
        start = 0
        for i, ch in enumerate(text):
            cp = ord(ch)
            wanted = font
            if coverage is not None and cp not in coverage:
                wanted = self._fallback(cp) or font
            if wanted != current:
                if i > start:
                    result.append((current, text[start:i]))
                current, start = wanted, i
        if start < len(text):
            result.append((current, text[start:]))
        for name, _ in result:
            if name != font:
                register_font(name)
        return result

    def needs_fallback(self, text: str, font: str) -> bool:
        runs = self.runs(text, font)
        return len(runs) > 1 or (bool(runs) and runs[0][0] != font)

    def markup(self, text: str, font: str) -> str:
        """Paragraph markup for plain ``text``: escaped, newlines as breaks, fallback runs."""
        if text.isascii():
            return escape(text).replace("\n", "<br/>")
        parts = []
        for name, run in self.runs(text, font):
            chunk = escape(run).replace("\n", "<br/>")
            parts.append(chunk if name == font else f'<font face="{name}">{chunk}</font>')
        return "".join(parts)

    def width(self, text: str, font: str, size: float) -> float:
        """The width of ``text`` in points, with fallback runs measured in their fonts."""
        return float(
            sum(pdfmetrics.stringWidth(run, name, size) for name, run in self.runs(text, font))
        )


@lru_cache(maxsize=16)
def _font_set(regular: str, bold: str, cjk: str, hangul: str, fallback: str, rtl: bool) -> FontSet:
    register_font(regular)
    register_font(bold)
    register_font(fallback)
    with _lock:
        pdfmetrics.registerFontFamily(
            regular, normal=regular, bold=bold, italic=regular, boldItalic=bold
        )
    return FontSet(
        regular,
        bold,
        cjk,
        hangul,
        _coverage(regular),
        _coverage(bold),
        fallback,
        _coverage(fallback),
        rtl,
    )


def fonts_for(template: InvoiceTemplate, rtl: bool = False) -> FontSet:
    """Register (once) and return the fonts a template uses; fallbacks register on first use."""
    return _font_set(
        template.font,
        template.font_bold,
        template.cjk_font,
        template.hangul_font,
        template.fallback_font,
        rtl,
    )
