"""Render an invoice and read its text back with pypdf."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

import pypdf


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
