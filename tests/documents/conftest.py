"""Fixtures for the documents tests."""

from __future__ import annotations

import pytest

from desktop_invoicer.documents.pdf import invoice_pdf_bytes
from desktop_invoicer.documents.template import InvoiceTemplate
from desktop_invoicer.domain.business import BusinessProfile
from desktop_invoicer.domain.catalog import Customer
from desktop_invoicer.domain.invoice import Invoice

from .helpers import Render, RenderedPdf, read_pdf


@pytest.fixture
def render() -> Render:
    """Render an invoice in memory and return its pages' text."""

    def _render(
        invoice: Invoice,
        customer: Customer,
        business: BusinessProfile,
        template: InvoiceTemplate | None = None,
    ) -> RenderedPdf:
        return read_pdf(invoice_pdf_bytes(invoice, customer, business, template))

    return _render
