"""Customers to and from CSV and vCard, the import preview, writes through the outbox; BI export."""

from __future__ import annotations

import csv
from pathlib import Path

from desktop_invoicer.documents import vcard
from desktop_invoicer.documents.customer_import import Verdict
from desktop_invoicer.domain.catalog import Address, Customer
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.storage.bi_export import export_tables
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.ui.crm_import_dialog import apply_import, export_customers, preview_file
from tests.bookkeeping.conftest import Sales
from tests.jobs.conftest import Desktop

LONG = "Société Générale des Éditions Numériques et Électroniques du Québec, Ltée; Division B"


def test_vcard_round_trip_in_both_versions() -> None:
    customer = Customer(
        id="loc1",
        name=LONG,
        email="ap@sgen.example",
        currency=currency("CAD"),
        address=Address("1, rue de l'Église", "Bureau 4", "Montréal", "H2X 1Y4", "QC", "CA"),
        phone="+1 514 555 0100",
        locale="fr-CA",
        stripe_id="cus_123",
    )
    for version in ("3.0", "4.0"):
        text = vcard.card(customer, version)
        assert text.startswith(f"BEGIN:VCARD\r\nVERSION:{version}\r\n")
        assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
        assert "\\;" in text and "\\," in text  # escaped separators
        [card] = vcard.read(text)
        assert (card.uid, card.name, card.email, card.phone) == (
            "cus_123",
            LONG,
            "ap@sgen.example",
            "+1 514 555 0100",
        )
        assert (card.line1, card.line2, card.city, card.region, card.postal_code, card.country) == (
            "1, rue de l'Église",
            "Bureau 4",
            "Montréal",
            "QC",
            "H2X 1Y4",
            "CA",
        )
        assert (card.currency, card.locale) == ("CAD", "fr-CA")


def test_import_preview_then_writes_through_the_outbox(
    synced: Desktop, sales: Sales, server: StripeServer, tmp_path: Path
) -> None:
    db = synced.db
    out = tmp_path / "customers.csv"
    assert export_customers(db, out) == 2
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_name = {r["name"]: r for r in rows}
    by_name["Tanaka KK"]["phone"] = "+81 3 1234 5678"  # changed
    rows += [
        {
            "name": "Nouvelle SARL",
            "email": "compta@nouvelle.example",
            "currency": "EUR",
            "country": "FR",
        },  # new
        {"name": "", "email": "nobody@example.com"},  # rejected: no name
        {"name": "Broken Mail Ltd", "email": "not-an-email", "currency": "GBP"},  # rejected
        {"name": "Odd Money", "email": "odd@example.com", "currency": "XYZ"},  # rejected
        {"name": "Nouvelle SARL again", "email": "COMPTA@nouvelle.example", "currency": "EUR"},
    ]
    edited = tmp_path / "edited.csv"
    with edited.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({k: r.get(k, "") for k in rows[0]} for r in rows)
    outbox_before = db.outbox.count()
    plan = preview_file(db, edited)
    assert db.outbox.count() == outbox_before  # a preview writes nothing
    verdicts = {r.name: r.verdict for r in plan.rows}
    assert verdicts["Müller & Söhne GmbH"] is Verdict.UNCHANGED
    assert verdicts["Tanaka KK"] is Verdict.CHANGED
    assert verdicts["Nouvelle SARL"] is Verdict.NEW
    assert verdicts["Nouvelle SARL again"] is Verdict.REJECTED  # same email earlier in the file
    [tanaka] = [r for r in plan.rows if r.name == "Tanaka KK"]
    assert tanaka.changes == (("phone", "", "+81 3 1234 5678"),)
    reasons = {r.name: r.reason for r in plan.of(Verdict.REJECTED)}
    assert "no name" in reasons[""]
    assert "not an email address" in reasons["Broken Mail Ltd"]
    assert "not a currency" in reasons["Odd Money"]
    assert plan.summary() == "1 new, 1 changed, 1 unchanged, 4 rejected"

    assert apply_import(db, plan) == 2
    assert db.outbox.count() == outbox_before + 2
    synced.sync()
    on_stripe = {c["name"]: c for c in server.objects("customer") if not c.get("deleted")}
    assert on_stripe["Tanaka KK"]["phone"] == "+81 3 1234 5678"
    assert on_stripe["Nouvelle SARL"]["email"] == "compta@nouvelle.example"
    assert "Broken Mail Ltd" not in on_stripe

    # vCard export, then import of the same file: nothing to change
    vcf = tmp_path / "customers.vcf"
    assert export_customers(db, vcf, "3.0") == 3
    again = preview_file(db, vcf)
    assert [r.verdict for r in again.rows] == [Verdict.UNCHANGED] * 3


def test_bi_export_writes_every_cached_table(synced: Desktop, sales: Sales, tmp_path: Path) -> None:
    seen: list[str] = []
    files = export_tables(
        synced.db, tmp_path / "bi", progress=lambda done, total, message: seen.append(message)
    )
    names = {f.table for f in files}
    assert {"customers", "invoices", "invoice_lines", "stripe_objects", "audit_log"} <= names
    assert not any("fts" in n for n in names)
    with (tmp_path / "bi" / "invoices.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    count = synced.db.connection().execute("SELECT count(*) FROM invoices").fetchone()[0]
    assert len(rows) == count == 4
    assert {r["stripe_id"] for r in rows} >= {sales.paid_invoice, sales.yen_invoice}
    assert seen[-1] == "Done." and len(seen) == len(files) + 1
