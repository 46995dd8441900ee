"""Accounting exports read back with the csv module and compared with the documented layouts."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from desktop_invoicer.documents import accounting_journal, accounting_quickbooks, accounting_xero
from desktop_invoicer.domain.bookkeeping import ExportFormat, Mappings, amount_text
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.ui.export_dialog import export_accounting
from tests.bookkeeping.conftest import Sales
from tests.jobs.conftest import Desktop

PERIOD = (date(2026, 1, 1), date(2026, 1, 31))

# Written out by hand from the vendors' documentation (see the modules' docstrings),
# not imported from the code under test.
XERO_INVOICE_COLUMNS = [
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
    "*InvoiceNumber",
    "Reference",
    "*InvoiceDate",
    "*DueDate",
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
]
XERO_CREDIT_NOTE_COLUMNS = [
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
    "*CreditNoteNumber",
    "Reference",
    "*CreditNoteDate",
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
]
QBO_COLUMNS = [
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
]
JOURNAL_COLUMNS = [
    "date",
    "entry_id",
    "account",
    "debit",
    "credit",
    "currency",
    "reference",
    "memo",
]


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def map_accounts(desk: Desktop) -> Mappings:
    db = desk.db
    product = db.connection().execute("SELECT id FROM products").fetchone()[0]
    rate = db.connection().execute("SELECT id FROM tax_rates").fetchone()[0]
    mappings = Mappings(
        {product: "4000"},
        {rate: "OUTPUT2"},
        {
            "receivable": "1100",
            "bank": "1200",
            "tax_liability": "2200",
            "no_tax": "NONE",
            "income": "4900",
            "returns": "4100",
        },
    )
    db.exports.save_mappings(mappings)
    return db.exports.mappings()


def test_amounts_use_the_currency_exponent_without_floats() -> None:
    assert amount_text(123456, currency("EUR")) == "1234.56"
    assert amount_text(5, currency("EUR")) == "0.05"
    assert amount_text(-5, currency("EUR")) == "-0.05"
    assert amount_text(5000, currency("JPY")) == "5000"
    assert amount_text(1234, currency("KWD")) == "1.234"


def test_xero_files_match_the_documented_layout(
    synced: Desktop, sales: Sales, tmp_path: Path
) -> None:
    map_accounts(synced)
    out = tmp_path / "xero.csv"
    result = export_accounting(synced.db, ExportFormat.XERO, *PERIOD, out)
    assert result.counts == {"invoice": 4, "credit_note": 1, "payment": 0}
    header, rows = read(out)
    assert header == XERO_INVOICE_COLUMNS
    paid = synced.db.invoices.get_by_stripe_id(sales.paid_invoice)
    assert paid is not None and paid.number
    lines = [r for r in rows if r["*InvoiceNumber"] == paid.number]
    assert [
        (r["*Description"], r["*Quantity"], r["*UnitAmount"], r["*AccountCode"], r["*TaxType"])
        for r in lines
    ] == [
        ("Hosting", "2", "49.00", "4000", "OUTPUT2"),
        ("Setup fee", "1", "12.50", "4900", "NONE"),
    ]
    first = lines[0]
    assert first["*ContactName"] == "Müller & Söhne GmbH"
    assert first["EmailAddress"] == "buchhaltung@mueller.example"
    assert (
        first["POAddressLine1"],
        first["POCity"],
        first["POPostalCode"],
        first["POCountry"],
    ) == ("Hauptstraße 1", "Berlin", "10115", "DE")
    assert first["Currency"] == "EUR"
    day, month, year = first["*InvoiceDate"].split("/")
    assert len(day) == 2 and len(month) == 2 and len(year) == 4
    yen = [r for r in rows if r["Currency"] == "JPY"]
    assert [(r["*UnitAmount"], r["*TaxType"]) for r in yen] == [("5000", "NONE")]
    # every required column is filled on every row
    for row in rows:
        assert all(row[c] for c in XERO_INVOICE_COLUMNS if c.startswith("*")), row
    notes_header, notes = read(tmp_path / "xero-credit-notes.csv")
    assert notes_header == XERO_CREDIT_NOTE_COLUMNS
    assert len(notes) == 1
    credited = synced.db.invoices.get_by_stripe_id(sales.credited_invoice)
    assert credited is not None
    assert notes[0]["Reference"] == credited.number
    assert notes[0]["*UnitAmount"] == "20.00"  # 23.80 incl. 19 % VAT -> 20.00 net
    assert notes[0]["*AccountCode"] == "4100" and notes[0]["*TaxType"] == "OUTPUT2"


def test_quickbooks_file_matches_the_documented_layout(
    synced: Desktop, sales: Sales, tmp_path: Path
) -> None:
    map_accounts(synced)
    out = tmp_path / "qbo.csv"
    result = export_accounting(synced.db, ExportFormat.QUICKBOOKS, *PERIOD, out)
    assert result.counts == {"invoice": 4, "credit_note": 0, "payment": 0}
    header, rows = read(out)
    assert header == QBO_COLUMNS
    open_ = synced.db.invoices.get_by_stripe_id(sales.open_invoice)
    assert open_ is not None
    [row] = [r for r in rows if r["InvoiceNo"] == open_.number]
    assert (
        row["Customer"],
        row["ItemDescription"],
        row["ItemQuantity"],
        row["ItemRate"],
        row["ItemAmount"],
        row["ItemTaxCode"],
        row["ItemTaxAmount"],
        row["Currency"],
    ) == ("Müller & Söhne GmbH", "Support minute", "1", "3.33", "3.33", "OUTPUT2", "0.63", "EUR")
    month, day, year = row["InvoiceDate"].split("/")
    assert (int(month), int(day), len(year)) == (open_.issue_date.month, open_.issue_date.day, 4)  # type: ignore[union-attr]
    for r in rows:
        assert all(r[c] for c in accounting_quickbooks.REQUIRED)


def test_journal_balances_and_the_next_export_continues(
    synced: Desktop, sales: Sales, tmp_path: Path
) -> None:
    map_accounts(synced)
    first = export_accounting(synced.db, ExportFormat.JOURNAL, *PERIOD, tmp_path / "j1.csv")
    assert first.counts == {"invoice": 4, "credit_note": 1, "payment": 1}
    header, rows = read(tmp_path / "j1.csv")
    assert header == JOURNAL_COLUMNS
    entries: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        entries.setdefault(row["entry_id"], []).append(row)
    assert len(entries) == 6
    for entry_id, postings in entries.items():
        cur = currency(postings[0]["currency"])
        scale = cur.minor_per_major
        debit = sum(round_minor(p["debit"], scale) for p in postings)
        credit = sum(round_minor(p["credit"], scale) for p in postings)
        assert debit == credit and debit > 0, entry_id
    paid = synced.db.invoices.get_by_stripe_id(sales.paid_invoice)
    assert paid is not None
    # 2 x 49.00 + 19 % = 116.62, plus 12.50 untaxed = 129.12
    inv = entries[f"INV-{sales.paid_invoice}"]
    assert {(p["account"], p["debit"], p["credit"]) for p in inv} == {
        ("1100", "129.12", ""),
        ("4000", "", "98.00"),
        ("4900", "", "12.50"),
        ("OUTPUT2", "", "18.62"),
    }
    pay = entries[f"PAY-{sales.paid_invoice}"]
    assert {(p["account"], p["debit"], p["credit"]) for p in pay} == {
        ("1200", "129.12", ""),
        ("1100", "", "129.12"),
    }
    # the next export of the same period finds nothing new; the other formats still do
    again = export_accounting(synced.db, ExportFormat.JOURNAL, *PERIOD, tmp_path / "j2.csv")
    assert again.counts == {"invoice": 0, "credit_note": 0, "payment": 0}
    assert synced.db.exports.next_period_start(ExportFormat.JOURNAL) == date(2026, 2, 1)
    assert synced.db.exports.batch(ExportFormat.XERO, *PERIOD).counts["invoice"] == 4
    # an explicit re-export writes everything again and says so
    redo = export_accounting(
        synced.db, ExportFormat.JOURNAL, *PERIOD, tmp_path / "j3.csv", reexport=True
    )
    assert redo.counts == first.counts
    assert [r.reexport for r in synced.db.exports.history(ExportFormat.JOURNAL)] == [
        True,
        False,
    ]  # the empty export wrote a file with headers only and is not recorded
    assert tuple(JOURNAL_COLUMNS) == accounting_journal.HEADER
    assert tuple(XERO_INVOICE_COLUMNS) == accounting_xero.INVOICE_HEADER


def round_minor(text: str, scale: int) -> int:
    if not text:
        return 0
    whole, _, frac = text.partition(".")
    digits = len(str(scale)) - 1
    return int(whole) * scale + (int(frac.ljust(digits, "0")) if digits else 0)


def test_the_preview_count_agrees_with_the_export(
    synced: Desktop, sales: Sales, tmp_path: Path
) -> None:
    exports = synced.db.exports
    for fmt in ExportFormat:
        for period in (PERIOD, (date(2026, 2, 1), date(2026, 2, 28)), (date(2026, 1, 5),) * 2):
            assert exports.counts(fmt, *period) == exports.batch(fmt, *period).counts, (fmt, period)
    export_accounting(synced.db, ExportFormat.JOURNAL, *PERIOD, tmp_path / "j.csv")
    assert exports.counts(ExportFormat.JOURNAL, *PERIOD) == {
        "invoice": 0,
        "credit_note": 0,
        "payment": 0,
    }
    assert exports.counts(ExportFormat.JOURNAL, *PERIOD, reexport=True) == {
        "invoice": 4,
        "credit_note": 1,
        "payment": 1,
    }
