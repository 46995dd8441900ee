"""Xero's sales invoice and credit note CSV import layouts.

Source of the column names: Xero Central, "Import and export invoices" and "Import
customer invoices" (Business > Invoices > Import > "Download template"), whose
``SalesInvoiceTemplate.csv`` starts
``*ContactName, EmailAddress, POAddressLine1..4, POCity, PORegion, POPostalCode,
POCountry, *InvoiceNumber, Reference, *InvoiceDate, *DueDate, InventoryItemCode,
*Description, *Quantity, *UnitAmount, Discount, *AccountCode, *TaxType, TrackingName1,
TrackingOption1, TrackingName2, TrackingOption2, Currency, BrandingTheme``
(``*`` marks a required column and is part of the header). The credit note template
(Business > Invoices > Credit notes > Import) is the same with ``*CreditNoteNumber``
and ``*CreditNoteDate`` in place of the invoice number and date, no due date, and
positive amounts (Xero books them as credits itself).

One row per line; rows of one document share its number. Prices are tax exclusive
(choose "Tax exclusive" on import); a line discount is its own row with a negative
unit amount, so the imported totals equal Stripe's. Dates are DD/MM/YYYY as Xero's
template asks. Payments have no place in these files: they go to the journal export.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..domain.bookkeeping import (
    DEFAULT_RETURNS,
    AccountingDoc,
    DocType,
    ExportBatch,
    Mappings,
    amount_text,
)
from .accounting_csv import write_rows

_CONTACT = (
    "*ContactName",
    "EmailAddress",
    "POAddressLine1",
    "POAddressLine2",
    "POAddressLine3",
    "POAddressLine4",
    "POCity",
    "PORegion",
    "POPostalCode",
    "POCountry",
)
_LINE = (
    "InventoryItemCode",
    "*Description",
    "*Quantity",
    "*UnitAmount",
    "Discount",
    "*AccountCode",
    "*TaxType",
    "TrackingName1",
    "TrackingOption1",
    "TrackingName2",
    "TrackingOption2",
    "Currency",
    "BrandingTheme",
)
INVOICE_HEADER: tuple[str, ...] = (
    *_CONTACT,
    "*InvoiceNumber",
    "Reference",
    "*InvoiceDate",
    "*DueDate",
    *_LINE,
)
CREDIT_NOTE_HEADER: tuple[str, ...] = (
    *_CONTACT,
    "*CreditNoteNumber",
    "Reference",
    "*CreditNoteDate",
    *_LINE,
)
DATE_FORMAT = "%d/%m/%Y"


def _rows(doc: AccountingDoc, mappings: Mappings, fmt: str) -> Iterator[dict[str, str]]:
    cur = doc.currency
    party = doc.customer
    common = {
        "*ContactName": party.name,
        "EmailAddress": party.email,
        "POAddressLine1": party.line1,
        "POAddressLine2": party.line2,
        "POCity": party.city,
        "PORegion": party.region,
        "POPostalCode": party.postal_code,
        "POCountry": party.country,
        "Reference": doc.reference or doc.memo[:255],
        "Currency": cur.code,
    }
    if doc.doc_type is DocType.INVOICE:
        due = doc.due_date or doc.issue_date
        common |= {
            "*InvoiceNumber": doc.number,
            "*InvoiceDate": doc.issue_date.strftime(fmt),
            "*DueDate": due.strftime(fmt),
        }
    else:
        common |= {"*CreditNoteNumber": doc.number, "*CreditNoteDate": doc.issue_date.strftime(fmt)}
    for line in doc.lines:
        account = (
            mappings.income_account(line.product_id)
            if doc.doc_type is DocType.INVOICE
            else mappings.default(DEFAULT_RETURNS)
        )
        code = mappings.tax_code(line.tax_rate_ids)
        if line.inclusive_tax:
            quantity, unit = 1, line.amount - line.inclusive_tax
        else:
            quantity, unit = line.quantity, line.unit_amount
        yield {
            **common,
            "*Description": line.description,
            "*Quantity": str(quantity),
            "*UnitAmount": amount_text(unit, cur),
            "*AccountCode": account,
            "*TaxType": code,
        }
        if line.discount:
            yield {
                **common,
                "*Description": f"Discount: {line.description}",
                "*Quantity": "1",
                "*UnitAmount": amount_text(-line.discount, cur),
                "*AccountCode": account,
                "*TaxType": code,
            }


def invoice_rows(
    batch: ExportBatch, mappings: Mappings, fmt: str = DATE_FORMAT
) -> Iterator[dict[str, str]]:
    for doc in batch.invoices:
        yield from _rows(doc, mappings, fmt)


def credit_note_rows(
    batch: ExportBatch, mappings: Mappings, fmt: str = DATE_FORMAT
) -> Iterator[dict[str, str]]:
    for doc in batch.credit_notes:
        yield from _rows(doc, mappings, fmt)


def write(path: Path, batch: ExportBatch, mappings: Mappings) -> list[Path]:
    """``path`` gets the invoices; ``<stem>-credit-notes.csv`` beside it the credit notes."""
    written = [path]
    write_rows(path, INVOICE_HEADER, invoice_rows(batch, mappings))
    if batch.credit_notes:
        notes = path.with_name(f"{path.stem}-credit-notes{path.suffix or '.csv'}")
        write_rows(notes, CREDIT_NOTE_HEADER, credit_note_rows(batch, mappings))
        written.append(notes)
    return written
