"""``upsert_synced_page``: a page of synced objects leaves the rows ``upsert_synced`` would, one by one."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop_invoicer.domain.catalog import Discount, Price, Product
from desktop_invoicer.domain.invoice import Invoice
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.status import InvoiceStatus
from desktop_invoicer.storage import Database, StripeMeta, new_id

from .conftest import fixed_clock
from .helpers import customer, draft, vat

Page = list[tuple[Invoice, StripeMeta]]


def raw(stripe_id: str, **figures: Any) -> dict[str, Any]:
    return {"id": stripe_id, "object": "invoice", **figures}


def scenario(db: Database) -> Page:
    """A catalog already synced, a finalized invoice synced before, a local draft claimed by
    its metadata, and a page of invoices in every status that refers to all of it."""
    acme = db.customers.upsert_synced(replace(customer(), stripe_id="cus_A"), StripeMeta())
    globex = db.customers.upsert_synced(
        replace(customer("Globex", "ap@globex.example", "EUR"), stripe_id="cus_G"), StripeMeta()
    )
    rate = db.tax_rates.upsert_synced(replace(vat(db), stripe_id="txr_1"), StripeMeta())
    off = db.discounts.upsert_synced(
        Discount("", "Ten off", percent_off=Decimal("10"), stripe_id="co_1"), StripeMeta()
    )
    product = db.products.upsert_synced(Product("", "Hosting", stripe_id="prod_1"), StripeMeta())
    price = db.prices.upsert_synced(
        Price("", product.id, Money.of(2900, "USD"), stripe_id="price_1"), StripeMeta()
    )
    issued = replace(
        draft(acme.id, ("Old work", 1, 5000)),
        status=InvoiceStatus.OPEN,
        number="A-0001",
        issue_date=date(2025, 5, 1),
        stripe_id="in_old",
    )
    db.invoices.upsert_synced(issued, StripeMeta(raw=raw("in_old", total=5000)))
    # Renamed since: the finalized invoice keeps the name it was issued to.
    db.customers.upsert_synced(replace(acme, name="Acme Holdings"), StripeMeta())
    claimed = db.invoices.save_draft(draft(globex.id, ("Local draft", 1, 100), code="EUR"))

    hosting = draft(acme.id, ("Hosting", 12, 2900), rates=(rate,), discounts=(off,))
    hosting = replace(
        hosting, lines=(replace(hosting.lines[0], price_id=price.id),), stripe_id="in_1"
    )
    page: Page = [
        (hosting, StripeMeta(livemode=False, created=1767000000, raw=raw("in_1", total=31320))),
        (
            replace(
                draft(acme.id, ("Audit", 1, 150000)),
                status=InvoiceStatus.PAID,
                number="A-0002",
                issue_date=date(2025, 6, 1),
                amount_paid=150000,
                stripe_id="in_2",
            ),
            StripeMeta(
                metadata={"k": "v"},
                raw=raw("in_2", total=150000, subtotal=150000, amount_paid=150000, status="paid"),
            ),
        ),
        (
            replace(
                draft(globex.id, ("Design", 2, 40000), code="EUR"),
                status=InvoiceStatus.OPEN,
                number="G-0001",
                issue_date=date(2025, 7, 1),
                stripe_id="in_3",
            ),
            # No amount_remaining from Stripe: the local computation stands in.
            StripeMeta(created=None, raw=raw("in_3", total=80000, subtotal=80000)),
        ),
        (replace(issued, memo="changed in Stripe"), StripeMeta(raw=raw("in_old", total=5000))),
        (replace(claimed, stripe_id="in_claimed"), StripeMeta(raw=None)),
        (
            replace(draft(acme.id), status=InvoiceStatus.VOID, stripe_id="in_void"),
            StripeMeta(raw=raw("in_void", total=0, amount_remaining=0, status="void")),
        ),
    ]
    return [(replace(v, id=claimed.id if v.stripe_id == "in_claimed" else ""), m) for v, m in page]


def rows(db: Database) -> dict[str, Any]:
    conn = db.connection()
    invoices = {
        r["stripe_id"] or r["id"]: {k: v for k, v in dict(r).items() if k != "updated_at"}
        for r in conn.execute("SELECT * FROM invoices")
    }
    lines = [tuple(r) for r in conn.execute("SELECT * FROM invoice_lines ORDER BY 1, 2")]
    search = sorted(  # by id: a local draft has no stripe_id
        tuple(r)
        for r in conn.execute(
            "SELECT i.id, f.number, f.customer, f.email, f.lines, f.amounts "
            "FROM invoices_fts AS f JOIN invoices AS i ON i.rowid = f.rowid"
        )
    )
    return {"invoices": invoices, "lines": lines, "search": search}


class Ids:
    """Deterministic local ids, so two workspaces built the same way have the same ones."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from desktop_invoicer.storage.repositories import base, invoices

        self.count = 0
        for module in (base, invoices):
            monkeypatch.setattr(module, "new_id", self)

    def __call__(self) -> str:
        self.count += 1
        return f"{self.count:032x}"

    def restart(self) -> None:
        self.count = 0


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "other.db", clock=fixed_clock)
    yield database
    database.close()


def test_a_page_of_invoices_is_stored_like_one_by_one(
    db: Database, other: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = Ids(monkeypatch)
    page = scenario(db)
    ids.restart()
    reference = scenario(other)
    assert rows(db) == rows(other)  # the same starting point, ids included

    ids.restart()
    stored = db.invoices.upsert_synced_page([v for v, _ in page], [m for _, m in page])
    ids.restart()
    one_by_one = [other.invoices.upsert_synced(v, m) for v, m in reference]
    assert stored == one_by_one
    assert rows(db) == rows(other)
    for invoice in stored:
        assert db.invoices.get(invoice.id) == invoice
    frozen = db.invoices.get_by_stripe_id("in_old")
    assert frozen is not None and frozen.memo == "changed in Stripe"
    after = rows(db)["invoices"]
    assert after["in_old"]["customer_name"] == "Acme Corporation"  # issued to, not renamed
    assert after["in_claimed"]["id"] == page[4][0].id  # the local draft linked, not copied
    # One audit entry for the page, against one per changed invoice.
    entry = db.audit.entries("invoice", "")[0]
    assert entry.action == "backfill" and entry.actor == "stripe sync"
    assert entry.after["count"] == 6 and entry.after["created"] == 4
    assert entry.after["stripe_ids"][0] == "in_1"
    assert other.audit.entries("invoice", "") == []
    assert len(other.audit.entries("invoice", limit=100)) > len(db.audit.entries("invoice"))


def test_a_page_of_customers_renames_their_drafts_like_one_by_one(db: Database) -> None:
    acme = db.customers.upsert_synced(replace(customer(), stripe_id="cus_A"), StripeMeta())
    kept = db.invoices.save_draft(draft(acme.id, ("Work", 1, 100)))
    renamed = replace(acme, id="", name="Acme Holdings")
    fresh = replace(customer("Initech"), stripe_id="cus_I")
    stored = db.customers.upsert_synced_page(
        [renamed, fresh], [StripeMeta(raw={"id": "cus_A"}), StripeMeta(created=1700000000)]
    )
    assert stored[0].id == acme.id and stored[1].id
    assert db.customers.get(acme.id).name == "Acme Holdings"
    row = (
        db.connection()
        .execute("SELECT customer_name FROM invoices WHERE id = ?", (kept.id,))
        .fetchone()
    )
    assert row[0] == "Acme Holdings"
    assert db.customers.stripe_meta(stored[1].id).created == 1700000000
    assert db.customers.ids_by_stripe_id(["cus_A", "cus_I", "cus_X"]) == {
        "cus_A": acme.id,
        "cus_I": stored[1].id,
    }
    entry = db.audit.entries("customer", "")[0]
    assert entry.after["message"] == "synced 2 customers" and entry.after["created"] == 1


def test_a_page_refuses_what_upsert_synced_refuses(db: Database) -> None:
    acme = db.customers.add(customer())
    with pytest.raises(ValueError, match="stripe_id"):
        db.customers.upsert_synced_page([customer()], [StripeMeta()])
    twice = replace(customer(), stripe_id="cus_1")
    with pytest.raises(ValueError, match="once"):
        db.customers.upsert_synced_page([twice, twice], [StripeMeta(), StripeMeta()])
    unknown_rate = replace(
        draft(acme.id, ("x", 1, 1), rates=(replace(vat(db), id="gone"),)), stripe_id="in_x"
    )
    from desktop_invoicer.storage import NotFoundError

    with pytest.raises(NotFoundError):
        db.invoices.upsert_synced_page([unknown_rate], [StripeMeta()])
    assert db.invoices.count() == 0  # nothing of the page was written
    assert db.invoices.upsert_synced_page([], []) == []


def test_new_ids_are_time_ordered_uuids() -> None:
    first = new_id()
    parsed = uuid.UUID(first)
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    later = [new_id() for _ in range(1000)]
    assert len(set(later)) == 1000
    assert all(len(i) == 32 and i[:12] >= first[:12] for i in later)


def test_bulk_writes_tunes_the_connection_and_restores_it(db: Database) -> None:
    conn = db.connection()
    before = [
        conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("cache_size", "wal_autocheckpoint")
    ]
    with db.bulk_writes(cache_mib=32, checkpoint_mib=16):
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == -32 * 1024
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 16 * 1024 * 1024 // 4096
        db.customers.add(customer())
    after = [
        conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("cache_size", "wal_autocheckpoint")
    ]
    assert after == before
