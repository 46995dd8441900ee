"""Invoices: round trips, exact money, the status machine and the audit log."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_invoicer.domain.catalog import Discount, Price, Product, TaxRate
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import CollectionMethod, Invoice, InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.status import InvalidTransitionError, InvoiceAction, InvoiceStatus
from desktop_invoicer.domain.validation import ValidationError
from desktop_invoicer.storage import Database, NotFoundError, StripeMeta

from .helpers import customer, draft, vat

A = InvoiceAction


def stored_amounts(db: Database, invoice_id: str) -> dict[str, int]:
    row = (
        db.connection()
        .execute(
            "SELECT subtotal, discount, tax, total, amount_paid, amount_remaining "
            "FROM invoices WHERE id = ?",
            (invoice_id,),
        )
        .fetchone()
    )
    return dict(zip(row.keys(), row, strict=True))


def test_a_full_invoice_round_trips(db: Database) -> None:
    acme = db.customers.add(customer(code="EUR"))
    standard = vat(db, "19", inclusive=True, name="MwSt. 19 %")
    reduced = vat(db, "7", inclusive=False, name="MwSt. 7 %")
    loyalty = db.discounts.add(Discount("", "Loyalty", percent_off=Decimal("10")))
    fixed = db.discounts.add(Discount("", "EUR 20 off", amount_off=Money.of(2000, "EUR")))
    product = db.products.add(Product("", "Website maintenance"))
    price = db.prices.add(Price("", product.id, Money.of(41400, "EUR")))
    invoice = Invoice(
        id="",
        customer_id=acme.id,
        currency=currency("EUR"),
        lines=(
            InvoiceLine("Website maintenance", 3, Money.of(41400, "EUR"), (standard,), price.id),
            InvoiceLine("Bücher — Fachliteratur", 2, Money.of(1999, "EUR"), (reduced, standard)),
        ),
        discounts=(loyalty, fixed),
        memo="Vielen Dank für Ihren Auftrag.\nZweite Zeile",
        footer="Müller & Söhne GmbH · HRB 12345",
        custom_fields=(("PO number", "PO-77"), ("Projekt", "Relaunch")),
        collection_method=CollectionMethod.SEND_INVOICE,
        days_until_due=14,
        due_date=date(2026, 2, 1),
        issue_date=date(2026, 1, 2),
    )
    stored = db.invoices.save_draft(invoice)
    assert stored == replace(invoice, id=stored.id)
    loaded = db.invoices.get(stored.id)
    assert loaded == stored
    totals = loaded.totals()
    assert stored_amounts(db, stored.id) == {
        "subtotal": totals.subtotal.minor,
        "discount": totals.discount.minor,
        "tax": totals.tax.minor,
        "total": totals.total.minor,
        "amount_paid": 0,
        "amount_remaining": totals.total.minor,
    }
    row = db.invoices.page()[0]
    assert (row.due_date, row.issue_date, row.total_money) == (
        date(2026, 2, 1),
        date(2026, 1, 2),
        totals.total,
    )


line_strategy = st.tuples(
    st.text(
        st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), min_size=1, max_size=30
    ).filter(str.strip),
    st.integers(1, 1000),
    st.integers(0, 10_000_000),
    st.sampled_from([(), ("excl",), ("incl",), ("excl", "incl")]),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    code=st.sampled_from(["USD", "JPY", "KWD", "EUR", "BHD"]),
    lines=st.lists(line_strategy, min_size=1, max_size=5),
    percent=st.one_of(st.none(), st.decimals("0.01", "100", places=2)),
    paid=st.booleans(),
)
def test_money_survives_storage_exactly(
    db: Database,
    code: str,
    lines: list[tuple[str, int, int, tuple[str, ...]]],
    percent: Decimal | None,
    paid: bool,
) -> None:
    acme = db.customers.add(customer(code=code))
    rates = {
        "excl": vat(db, "8.875", inclusive=False, name="Sales tax"),
        "incl": vat(db, "19", inclusive=True, name="VAT incl."),
    }
    discounts = (
        () if percent is None else (db.discounts.add(Discount("", "Promo", percent_off=percent)),)
    )
    invoice = Invoice(
        id="",
        customer_id=acme.id,
        currency=currency(code),
        lines=tuple(
            InvoiceLine(text, qty, Money.of(unit, code), tuple(rates[k] for k in kinds))
            for text, qty, unit, kinds in lines
        ),
        discounts=discounts,
    )
    stored = db.invoices.save_draft(invoice)
    loaded = db.invoices.get(stored.id)
    assert loaded == stored
    assert loaded.totals() == invoice.totals()
    if paid:
        db.invoices.set_status(stored.id, A.FINALIZE)
        db.invoices.set_status(stored.id, A.PAY)
    amounts = stored_amounts(db, stored.id)
    total = invoice.totals().total.minor
    assert amounts["total"] == total
    assert amounts["amount_remaining"] == (0 if paid else total)
    assert amounts["amount_paid"] == (total if paid else 0)
    types = (
        db.connection()
        .execute(
            "SELECT DISTINCT typeof(total), typeof(tax), typeof(amount_remaining) FROM invoices"
        )
        .fetchall()
    )
    assert [tuple(t) for t in types] == [("integer", "integer", "integer")]


def test_save_draft_validates_and_checks_references(db: Database) -> None:
    acme = db.customers.add(customer())
    with pytest.raises(ValidationError):
        db.invoices.save_draft(draft(acme.id))  # no lines
    with pytest.raises(NotFoundError):
        db.invoices.save_draft(draft("nobody", ("Work", 1, 100)))
    unsaved_rate = TaxRate("ghost", "Ghost", Decimal("5"), False)
    with pytest.raises(NotFoundError, match="ghost"):
        db.invoices.save_draft(draft(acme.id, ("Work", 1, 100), rates=(unsaved_rate,)))
    assert db.invoices.count() == 0


def test_only_drafts_can_be_edited(db: Database) -> None:
    acme = db.customers.add(customer())
    stored = db.invoices.save_draft(draft(acme.id, ("Work", 1, 100)))
    edited = db.invoices.save_draft(replace(stored, memo="edited"))
    assert db.invoices.get(stored.id).memo == "edited"
    db.invoices.set_status(stored.id, A.FINALIZE, on=date(2025, 5, 1), number="INV-1")
    with pytest.raises(InvalidTransitionError, match="Cannot edit"):
        db.invoices.save_draft(replace(edited, memo="too late"))
    with pytest.raises(InvalidTransitionError):
        db.invoices.save_draft(replace(edited, status=InvoiceStatus.PAID, id=""))
    assert db.invoices.get(stored.id).memo == "edited"


def test_status_machine(db: Database) -> None:
    acme = db.customers.add(customer())
    invoice = db.invoices.save_draft(replace(draft(acme.id, ("Work", 2, 5000)), days_until_due=30))
    with pytest.raises(InvalidTransitionError):
        db.invoices.set_status(invoice.id, A.PAY)
    opened = db.invoices.set_status(invoice.id, A.FINALIZE, number="ACME-0001")
    assert opened.status is InvoiceStatus.OPEN
    assert opened.issue_date == date(2026, 1, 1)  # today, by the database's clock
    row = db.invoices.page()[0]
    assert (row.number, row.status, row.due_date) == (
        "ACME-0001",
        InvoiceStatus.OPEN,
        date(2026, 1, 31),
    )
    db.invoices.set_status(invoice.id, A.SEND)
    db.invoices.set_status(invoice.id, A.MARK_UNCOLLECTIBLE)
    paid = db.invoices.set_status(invoice.id, A.PAY)
    assert paid.status is InvoiceStatus.PAID and paid.amount_paid == 10000
    assert db.invoices.get(invoice.id) == paid
    for action in (A.VOID, A.FINALIZE, A.MARK_UNCOLLECTIBLE):
        with pytest.raises(InvalidTransitionError):
            db.invoices.set_status(invoice.id, action)
    with pytest.raises(ValueError, match="delete_draft"):
        db.invoices.set_status(invoice.id, A.DELETE)
    with pytest.raises(NotFoundError):
        db.invoices.set_status("missing", A.PAY)


def test_voided_invoices_have_nothing_left_to_collect(db: Database) -> None:
    acme = db.customers.add(customer())
    invoice = db.invoices.save_draft(draft(acme.id, ("Work", 1, 999)))
    db.invoices.set_status(invoice.id, A.FINALIZE)
    db.invoices.set_status(invoice.id, A.VOID)
    assert stored_amounts(db, invoice.id)["amount_remaining"] == 0


def test_delete_draft(db: Database) -> None:
    acme = db.customers.add(customer())
    gone = db.invoices.save_draft(draft(acme.id, ("Work", 1, 100)))
    kept = db.invoices.save_draft(draft(acme.id, ("Work", 1, 100)))
    db.invoices.delete_draft(gone.id)
    with pytest.raises(NotFoundError):
        db.invoices.get(gone.id)
    lines = db.connection().execute("SELECT count(*) FROM invoice_lines").fetchone()[0]
    assert lines == 1  # the deleted draft's lines went with it
    search = db.connection().execute("SELECT count(*) FROM invoices_fts").fetchone()[0]
    assert search == 1
    db.invoices.set_status(kept.id, A.FINALIZE)
    with pytest.raises(InvalidTransitionError, match="delete"):
        db.invoices.delete_draft(kept.id)


def test_every_invoice_change_is_audited(db: Database) -> None:
    acme = db.customers.add(customer())
    invoice = db.invoices.save_draft(draft(acme.id, ("Work", 1, 100)), actor="alice")
    db.invoices.save_draft(replace(invoice, memo="second"), actor="alice")
    db.invoices.set_status(invoice.id, A.FINALIZE, actor="bob")
    db.invoices.set_status(invoice.id, A.PAY)
    other = db.invoices.save_draft(draft(acme.id, ("Other", 1, 1)))
    db.invoices.delete_draft(other.id)
    entries = db.audit.entries("invoice", invoice.id)
    assert [(e.action, e.actor) for e in reversed(entries)] == [
        ("create", "alice"),
        ("update", "alice"),
        ("finalize", "bob"),
        ("pay", "local user"),
    ]
    created, updated = entries[-1], entries[-2]
    assert created.before is None and created.after["memo"] == ""
    assert updated.before["memo"] == "" and updated.after["memo"] == "second"
    assert entries[0].after["totals"]["total"] == 100
    assert entries[0].after["status"] == "paid"
    deleted = db.audit.entries("invoice", other.id)[0]
    assert (deleted.action, deleted.after) == ("delete", None)


def test_the_audit_log_is_append_only(db: Database) -> None:
    db.customers.add(customer())
    conn = db.connection()
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_log SET actor = 'mallory'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_log")
    assert db.audit.entries()[0].actor == "local user"
    db.audit.record("job", "reminder-1", "run", after={"ok": True}, actor="scheduler")
    assert db.audit.entries("job")[0].after == {"ok": True}


def test_upsert_synced_stores_any_status_with_stripe_columns(db: Database) -> None:
    acme = db.customers.add(customer())
    paid = replace(
        draft(acme.id, ("Hosting", 12, 2900)),
        status=InvoiceStatus.PAID,
        number="ACME-0009",
        issue_date=date(2025, 6, 1),
        amount_paid=34800,
        stripe_id="in_123",
    )
    meta = StripeMeta(
        livemode=True, created=1748736000, metadata={"job": "r-1"}, raw={"id": "in_123"}
    )
    stored = db.invoices.upsert_synced(paid, meta)
    assert db.invoices.get_by_stripe_id("in_123") == stored
    assert db.invoices.stripe_meta(stored.id) == meta
    again = db.invoices.upsert_synced(replace(paid, memo="from Stripe"), meta)
    assert again.id == stored.id
    assert db.invoices.get(stored.id).memo == "from Stripe"
    assert stored_amounts(db, stored.id)["amount_remaining"] == 0
    assert [e.action for e in db.audit.entries("invoice")] == ["sync", "sync"]
