"""Property: any valid invoice renders, and its PDF states the totals the domain computes."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_invoicer.documents.formatting import format_percentage
from desktop_invoicer.documents.pdf import invoice_pdf_bytes
from desktop_invoicer.documents.samples import sample_business, sample_customer
from desktop_invoicer.domain.catalog import Discount, TaxRate
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import Invoice, InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.status import InvoiceStatus

from .helpers import money, read_pdf

RATES = [
    TaxRate("r1", "Sales tax", Decimal("8.875"), False),
    TaxRate("r2", "VAT", Decimal("20"), True),
    TaxRate("r3", "GST", Decimal("5"), False),
    TaxRate("r4", "Provincial tax", Decimal("9.975"), False),
]
words = st.text(
    alphabet=st.characters(codec="utf-8", categories=["L", "N", "Zs", "P"]), min_size=1, max_size=60
).filter(lambda s: s.strip())


@st.composite
def invoices(draw: st.DrawFn) -> Invoice:
    cur = currency(draw(st.sampled_from(["USD", "JPY", "KWD", "EUR", "CHF"])))
    lines = tuple(
        InvoiceLine(
            description=draw(words),
            quantity=draw(st.integers(1, 10_000)),
            unit_amount=Money(draw(st.integers(0, 50_000_000)), cur),
            tax_rates=tuple(draw(st.lists(st.sampled_from(RATES), max_size=2, unique=True))),
        )
        for _ in range(draw(st.integers(1, 12)))
    )
    discounts = draw(
        st.lists(
            st.sampled_from(
                [
                    Discount("d1", "Promo", percent_off=Decimal("15")),
                    Discount("d2", "Fixed", amount_off=Money(10 ** (cur.exponent + 1), cur)),
                ]
            ),
            max_size=2,
            unique_by=lambda d: d.id,
        )
    )
    status = draw(st.sampled_from([InvoiceStatus.OPEN, InvoiceStatus.DRAFT, InvoiceStatus.PAID]))
    return Invoice(
        id="in_p",
        customer_id="cus_1",
        currency=cur,
        status=status,
        lines=lines,
        discounts=tuple(discounts),
        number=None if status is InvoiceStatus.DRAFT else "P-0001",
        memo=draw(st.text(max_size=200)),
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(invoices())
def test_any_invoice_renders_with_its_totals(invoice: Invoice) -> None:
    pdf = read_pdf(invoice_pdf_bytes(invoice, sample_customer(), sample_business()))
    totals = invoice.totals()
    assert f"Total {money(totals.total)}" in pdf.text
    assert f"Subtotal {totals.subtotal.amount_text()}" in pdf.text
    for tax in totals.tax_by_rate:
        assert f"{format_percentage(tax.tax_rate.percentage)}% on" in pdf.text
        assert tax.amount.amount_text() in pdf.text
    count = len(pdf.pages)
    assert all(f"Page {n} of {count}" in page for n, page in enumerate(pdf.pages, start=1))
