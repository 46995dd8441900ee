"""QuickBooks Online's invoice import layout (Sales > Invoices > Import invoices, CSV).

Source of the column names: Intuit's help article "Import invoices in batches"
(quickbooks.intuit.com/learn-support/.../import-invoices-in-batches/01/338729) and its
sample file; the QuickBooks community answer "Do we need to map fields every time when
importing invoices?" lists the headers QuickBooks maps automatically: Invoice number*,
Customer*, Invoice date*, Due date*, Terms, Location, Memo, Item (Product/Service),
Item Description, Item Quantity, Item Rate, Item Amount*, Item tax code, Service Date.
The sample file spells them without spaces, as written here:
``InvoiceNo, Customer, InvoiceDate, DueDate, Terms, Location, Memo, Item(Product/Service),
ItemDescription, ItemQuantity, ItemRate, ItemAmount, ItemTaxCode, ItemTaxAmount,
Currency, Service Date``.

One row per invoice line; the invoice's rows share ``InvoiceNo``. Amounts are tax
exclusive (choose "Exclusive of tax" when importing). A line discount is its own row
with a negative ``ItemAmount``, so the imported total equals Stripe's. QuickBooks'
invoice import takes invoices only: credit notes and payments go to the journal export.
Dates are written MM/DD/YYYY by default (QuickBooks asks for the date format on import).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..domain.bookkeeping import AccountingDoc, ExportBatch, Mappings, amount_text
from .accounting_csv import write_rows

HEADER: tuple[str, ...] = (
    "InvoiceNo",
    "Customer",
    "InvoiceDate",
    "DueDate",
    "Terms",
    "Location",
    "Memo",
    "Item(Product/Service)",
    "ItemDescription",
    "ItemQuantity",
    "ItemRate",
    "ItemAmount",
    "ItemTaxCode",
    "ItemTaxAmount",
    "Currency",
    "Service Date",
)
REQUIRED = ("InvoiceNo", "Customer", "InvoiceDate", "DueDate", "ItemAmount")
DATE_FORMAT = "%m/%d/%Y"


def rows(
    batch: ExportBatch, mappings: Mappings, date_format: str = DATE_FORMAT
) -> Iterator[dict[str, str]]:
    for doc in batch.invoices:
        yield from _invoice_rows(doc, mappings, date_format)


def _invoice_rows(doc: AccountingDoc, mappings: Mappings, fmt: str) -> Iterator[dict[str, str]]:
    cur = doc.currency
    due = doc.due_date or doc.issue_date
    common = {
        "InvoiceNo": doc.number,
        "Customer": doc.customer.name,
        "InvoiceDate": doc.issue_date.strftime(fmt),
        "DueDate": due.strftime(fmt),
        "Memo": doc.memo,
        "Currency": cur.code,
    }
    for line in doc.lines:
        code = mappings.tax_code(line.tax_rate_ids)
        item = line.product_name or line.description
        if line.inclusive_tax:  # the whole line, net of its tax, as one unit
            quantity, rate, amount = (
                1,
                line.amount - line.inclusive_tax,
                line.amount - line.inclusive_tax,
            )
        else:
            quantity, rate, amount = line.quantity, line.unit_amount, line.amount
        yield {
            **common,
            "Item(Product/Service)": item,
            "ItemDescription": line.description,
            "ItemQuantity": str(quantity),
            "ItemRate": amount_text(rate, cur),
            "ItemAmount": amount_text(amount, cur),
            "ItemTaxCode": code,
            "ItemTaxAmount": amount_text(line.tax, cur),
        }
        if line.discount:
            yield {
                **common,
                "Item(Product/Service)": item,
                "ItemDescription": f"Discount: {line.description}",
                "ItemQuantity": "1",
                "ItemRate": amount_text(-line.discount, cur),
                "ItemAmount": amount_text(-line.discount, cur),
                "ItemTaxCode": code,
                "ItemTaxAmount": amount_text(0, cur),
            }


def write(path: Path, batch: ExportBatch, mappings: Mappings) -> list[Path]:
    write_rows(path, HEADER, rows(batch, mappings))
    return [path]
