"""Render an invoice and read its text back with pypdf."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

import pypdf

from desktop_invoicer.documents.localization import DocumentLocale
from desktop_invoicer.domain.money import Money


@dataclass
class RenderedPdf:
    data: bytes
    reader: pypdf.PdfReader
    pages: list[str]  # extracted text per page, whitespace collapsed

    @property
    def text(self) -> str:
        return "\n".join(self.pages)


def read_pdf(data: bytes) -> RenderedPdf:
    reader = pypdf.PdfReader(io.BytesIO(data))
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    return RenderedPdf(data, reader, pages)


Render = Callable[..., RenderedPdf]


def money(value: Money, locale: str = "en") -> str:
    """An amount as the PDF prints it in ``locale`` (babel, CLDR), spaces as read_pdf has them."""
    return " ".join(DocumentLocale(locale).money(value).split())
