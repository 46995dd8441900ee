"""Privacy requests: the access archive, and erasure that keeps the accounting records."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.changes import StripeChanges
from desktop_invoicer.ui.privacy_dialog import erase_customer, export_customer_data
from tests.bookkeeping.conftest import Sales
from tests.jobs.conftest import Desktop

NAME = "Müller & Söhne GmbH"
NEEDLES = ("Müller", "buchhaltung@mueller.example", "1234567", "Hauptstraße")


def local_id(desk: Desktop, stripe_id: str) -> str:
    """The customer's local id, after a local edit (an audit entry and a pending outbox row)."""
    found = desk.db.customers.get_by_stripe_id(stripe_id)
    assert found is not None
    StripeChanges(desk.db).save_customer(replace(found, phone="+49 30 1234567 2"))
    return found.id


def text_rows_mentioning(db_path: Path, needle: str) -> list[str]:
    """Every table.column whose text holds ``needle`` (FTS shadow tables aside)."""
    conn = sqlite3.connect(db_path)
    found = []
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' "
                "AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            cols = [c[1] for c in conn.execute(f"PRAGMA table_info({table})")]
            for col in cols:
                hit = conn.execute(
                    f"SELECT count(*) FROM {table} WHERE CAST({col} AS TEXT) LIKE ?",
                    (f"%{needle}%",),
                ).fetchone()[0]
                if hit:
                    found.append(f"{table}.{col}")
    finally:
        conn.close()
    return found


def test_access_archive_holds_everything_about_the_customer(
    synced: Desktop, sales: Sales, tmp_path: Path
) -> None:
    cid = local_id(synced, sales.customer)
    path = export_customer_data(
        synced.db, cid, tmp_path / "data.zip", workspace="w", include_pdfs=True
    )
    zf = zipfile.ZipFile(path)
    with zf:
        names = set(zf.namelist())
        assert "README.txt" in names
        customers = json.loads(zf.read("data/customers.json"))
        invoices = json.loads(zf.read("data/invoices.json"))
        audit = json.loads(zf.read("data/audit_log.json"))
        objects = json.loads(zf.read("data/stripe_objects.json"))
        pdfs = [n for n in names if n.startswith("invoices/") and n.endswith(".pdf")]
        assert zf.read(pdfs[0]).startswith(b"%PDF")
        outbox = json.loads(zf.read("data/outbox.json"))
    assert [c["name"] for c in customers] == [NAME]
    assert customers[0]["raw"]["email"] == "buchhaltung@mueller.example"
    assert {i["stripe_id"] for i in invoices} == {
        sales.paid_invoice,
        sales.open_invoice,
        sales.credited_invoice,
    }
    assert len(pdfs) == 3
    assert any(o["type"] == "credit_note" for o in objects)
    assert any(a["object_id"] == cid and a["action"] == "update" for a in audit)
    assert [o["operation"] for o in outbox] == ["update"]
    [request] = synced.db.privacy.requests(cid)
    assert request.kind == "access" and request.summary["pdfs"] == 3


def test_erasure_anonymises_keeps_accounting_and_deletes_in_stripe(
    synced: Desktop, sales: Sales, server: StripeServer
) -> None:
    db = synced.db
    cid = local_id(synced, sales.customer)
    before = {
        r[0]: tuple(r[1:])
        for r in db.connection().execute(
            "SELECT stripe_id, number, issue_date, currency, subtotal, tax, total, amount_paid "
            "FROM invoices WHERE customer_id = ?",
            (cid,),
        )
    }
    assert any(text_rows_mentioning(db.path, n) for n in NEEDLES)
    db.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"buchhaltung@mueller.example" in db.path.read_bytes()  # the check below means something
    with pytest.raises(ValueError):
        erase_customer(db, cid, "Mueller")
    request = erase_customer(db, cid, NAME)
    assert request.kind == "erasure" and request.completed_at is not None
    for needle in NEEDLES:
        assert text_rows_mentioning(db.path, needle) == [], needle
    # nor in the file's bytes: freed pages, old FTS segments and the WAL included
    raw = db.path.read_bytes() + (
        db.path.with_name(db.path.name + "-wal").read_bytes()
        if db.path.with_name(db.path.name + "-wal").exists()
        else b""
    )
    for needle in (*NEEDLES, "muller", "buchhaltung"):  # FTS tokens fold case and accents
        assert needle.encode() not in raw, needle
        assert needle.lower().encode() not in raw, needle
    # the accounting records are intact, under the pseudonym
    after = {
        r[0]: tuple(r[1:])
        for r in db.connection().execute(
            "SELECT stripe_id, number, issue_date, currency, subtotal, tax, total, amount_paid "
            "FROM invoices WHERE customer_id = ?",
            (cid,),
        )
    }
    assert after == before
    names = {
        r[0]
        for r in db.connection().execute(
            "SELECT customer_name FROM invoices WHERE customer_id = ?", (cid,)
        )
    }
    assert names == {f"Erased customer #{request.id}"}
    assert db.invoices.count() >= 3
    # the audit log was rewritten only through recorded redactions; it stays append-only
    redacted = db.privacy.redactions(request.id)
    assert redacted and request.summary["anonymised"]["audit_log"] == len(redacted)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.connection().execute("UPDATE audit_log SET actor = 'x' WHERE id = ?", (redacted[0],))
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.connection().execute("DELETE FROM audit_log WHERE id = ?", (redacted[0],))
    with pytest.raises(sqlite3.DatabaseError, match="permanent"):
        db.connection().execute("DELETE FROM audit_redactions")
    assert db.audit.entries("customer", cid, limit=1)[0].action == "privacy_erasure"
    # Stripe: the customer is deleted at the next sync, its invoices stay
    synced.sync()
    assert server.get("customer", sales.customer) is None or server.get(
        "customer", sales.customer
    ).get("deleted")
    for sid in before:
        assert server.get("invoice", sid) is not None
    assert db.customers.find(cid) is None  # deleted once Stripe confirmed
    for needle in NEEDLES:
        assert text_rows_mentioning(db.path, needle) == [], needle
