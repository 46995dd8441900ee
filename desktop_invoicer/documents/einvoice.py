"""Structured e-invoices: Factur-X / ZUGFeRD (UN/CEFACT CII), profile EN 16931.

Built with ``drafthorse`` (maintained by pretix; ships the official Factur-X 1.0.07
XSDs and validates every document it writes against them). :func:`facturx_xml` gives
the XML; :func:`facturx_pdf` embeds it in our invoice PDF as ``factur-x.xml`` (the
Factur-X way: one file a person can read and a machine can book). Our reportlab PDF
is not certified PDF/A-3, so a strict validator may still flag the PDF container;
the XML itself is valid against the EN 16931 schema (``tests/documents/test_einvoice.py``).

Mapping from our invoice (amounts from integer minor units through ``Decimal``):
line net amount (BT-131) = quantity × unit price − the line's share of the invoice
discounts (a line allowance, BG-27) − any inclusive tax in it; one VAT rate per line
(EN 16931 allows no more), category S for a rate above 0, Z for 0 %, E for untaxed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from ..domain.business import BusinessProfile
from ..domain.catalog import Address, Customer, TaxRate
from ..domain.invoice import Invoice, LineTotals
from ..domain.money import Money
from ..domain.status import InvoiceStatus

PROFILE = "FACTUR-X_EN16931"
GUIDELINE = "urn:cen.eu:en16931:2017"
_VAT_ID = re.compile(r"^[A-Z]{2}[0-9A-Z+*.]{2,13}$")


class EInvoiceError(ValueError):
    """The invoice cannot be an EN 16931 e-invoice; the message says why and what to do."""


def _d(money: Money) -> Decimal:
    return money.to_decimal()


def _category(rates: tuple[TaxRate, ...]) -> tuple[str, Decimal]:
    if not rates:
        return "E", Decimal("0")
    rate = rates[0].percentage
    return ("S" if rate > 0 else "Z"), rate


def check(invoice: Invoice, business: BusinessProfile) -> None:
    problems = []
    if not invoice.number:
        problems.append("finalize it first (an e-invoice needs its invoice number)")
    if invoice.issue_date is None:
        problems.append("it needs an issue date")
    if invoice.status is InvoiceStatus.VOID:
        problems.append("it is void")
    if any(len(line.tax_rates) > 1 for line in invoice.lines):
        problems.append("EN 16931 allows one VAT rate per line, and a line has several")
    if not invoice.lines:
        problems.append("it has no lines")
    if not business.address.country:
        problems.append("set your business's country in Settings")
    if problems:
        raise EInvoiceError(
            "This invoice cannot be exported as an e-invoice: " + "; ".join(problems) + "."
        )


def _address(target: object, address: Address) -> None:
    a = target  # drafthorse PostalTradeAddress
    if address.postal_code:
        a.postcode = address.postal_code  # type: ignore[attr-defined]
    if address.line1:
        a.line_one = address.line1  # type: ignore[attr-defined]
    if address.line2:
        a.line_two = address.line2  # type: ignore[attr-defined]
    if address.city:
        a.city_name = address.city  # type: ignore[attr-defined]
    a.country_id = (address.country or "").upper()  # type: ignore[attr-defined]
    if address.state:
        a.country_subdivision = address.state  # type: ignore[attr-defined]


def _tax_ids(party: object, tax_ids: Iterable[str]) -> None:
    from drafthorse.models.party import TaxRegistration

    for raw in tax_ids:
        value = raw.replace(" ", "").upper()
        scheme = "VA" if _VAT_ID.match(value) else "FC"
        party.tax_registrations.add(TaxRegistration(id=(scheme, raw.strip())))  # type: ignore[attr-defined]


def facturx_xml(invoice: Invoice, customer: Customer, business: BusinessProfile) -> bytes:
    """The invoice as Factur-X EN 16931 XML, validated against the official XSD."""
    from drafthorse.models.accounting import ApplicableTradeTax
    from drafthorse.models.document import Document
    from drafthorse.models.note import IncludedNote
    from drafthorse.models.payment import PaymentMeans, PaymentTerms
    from drafthorse.models.tradelines import LineItem

    check(invoice, business)
    assert invoice.number is not None and invoice.issue_date is not None
    totals = invoice.totals()
    code = invoice.currency.code

    doc = Document()
    doc.context.guideline_parameter.id = GUIDELINE
    doc.header.id = invoice.number
    doc.header.type_code = "380"  # commercial invoice
    doc.header.issue_date_time = invoice.issue_date
    for text in (invoice.memo, business.branding.terms):
        if text.strip():
            note = IncludedNote()
            note.content = text.strip()
            doc.header.notes.add(note)

    seller = doc.trade.agreement.seller
    seller.name = business.name
    _address(seller.address, business.address)
    if business.email:
        seller.electronic_address.uri_ID = ("EM", business.email)
    _tax_ids(seller, business.tax_ids)
    buyer = doc.trade.agreement.buyer
    buyer.name = customer.name
    _address(buyer.address, customer.address)
    if customer.email:
        buyer.electronic_address.uri_ID = ("EM", customer.email)

    settlement = doc.trade.settlement
    settlement.currency_code = code
    means = PaymentMeans()
    means.type_code = "30"  # credit transfer
    if business.payment_instructions.strip():
        means.information.add(business.payment_instructions.strip()[:1000])
    settlement.payment_means.add(means)
    due = invoice.effective_due_date()
    terms = PaymentTerms()
    if due is not None:
        terms.due = due
    terms.description = f"Due {due.isoformat()}" if due else "Due on receipt"
    settlement.terms.add(terms)

    breakdown: dict[tuple[str, Decimal], list[Decimal]] = {}
    line_total = _d(Money.zero(invoice.currency))
    for index, (line, lt) in enumerate(zip(invoice.lines, totals.lines, strict=True), start=1):
        net = _line_net(lt)
        category, rate = _category(line.tax_rates)
        tax = _d(sum((t.amount for t in lt.taxes), Money.zero(invoice.currency)))
        li = LineItem()
        li.document.line_id = str(index)
        li.product.name = line.description[:500] or "Item"
        li.agreement.net.amount = _d(line.unit_amount)
        li.delivery.billed_quantity = (Decimal(line.quantity), "C62")  # C62: one (unit)
        li.settlement.trade_tax.type_code = "VAT"
        li.settlement.trade_tax.category_code = category
        li.settlement.trade_tax.rate_applicable_percent = rate
        li.settlement.monetary_summation.total_amount = net
        adjust = _d(lt.amount) - net  # discount share plus any inclusive tax
        if adjust:
            from drafthorse.models.accounting import TradeAllowanceCharge

            allowance = TradeAllowanceCharge()
            allowance.indicator = False
            allowance.actual_amount = adjust
            allowance.reason = "Discount" if lt.discount.minor else "Tax included in price"
            li.settlement.allowance_charge.add(allowance)
        doc.trade.items.add(li)
        basis_tax = breakdown.setdefault((category, rate), [Decimal(0), Decimal(0)])
        basis_tax[0] += net
        basis_tax[1] += tax
        line_total += net

    tax_total = _d(Money.zero(invoice.currency))
    for (category, rate), (basis, tax) in breakdown.items():
        trade_tax = ApplicableTradeTax()
        trade_tax.type_code = "VAT"
        trade_tax.category_code = category
        trade_tax.rate_applicable_percent = rate
        trade_tax.basis_amount = basis
        trade_tax.calculated_amount = tax
        if category == "E":
            trade_tax.exemption_reason = "Not subject to VAT"
        settlement.trade_tax.add(trade_tax)
        tax_total += tax

    paid = Money(invoice.amount_paid, invoice.currency)
    s = settlement.monetary_summation
    s.line_total = line_total
    s.charge_total = _d(Money.zero(invoice.currency))
    s.allowance_total = _d(Money.zero(invoice.currency))
    s.tax_basis_total = line_total
    s.tax_total = (tax_total, code)
    s.grand_total = _d(totals.total)
    s.prepaid_total = _d(paid)
    s.due_amount = _d(totals.total - paid)
    xml: bytes = doc.serialize(schema=PROFILE)
    return xml


def _line_net(lt: LineTotals) -> Decimal:
    return _d(lt.amount - lt.discount - lt.inclusive_tax)


def facturx_pdf(
    invoice: Invoice, customer: Customer, business: BusinessProfile, locale: str | None = None
) -> bytes:
    """Our invoice PDF with the Factur-X XML embedded (``factur-x.xml``)."""
    from drafthorse.pdf import attach_xml

    from .pdf import invoice_pdf_bytes

    xml = facturx_xml(invoice, customer, business)
    pdf = invoice_pdf_bytes(invoice, customer, business, locale=locale)
    data: bytes = attach_xml(pdf, xml, level="EN 16931", lang=locale or customer.locale or "en")
    return data


def issue_date_or_today(invoice: Invoice, today: date) -> Invoice:
    """For exporting an invoice that has no issue date yet (a synced open invoice)."""
    from dataclasses import replace

    return invoice if invoice.issue_date else replace(invoice, issue_date=today)
