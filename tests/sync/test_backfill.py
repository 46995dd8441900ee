"""Backfill copies the account into the cache, resumes after a stop, and never duplicates."""

from __future__ import annotations

import pytest

from desktop_invoicer.storage import Database
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.backfill import BackfillCancelled, BackfillProgress
from desktop_invoicer.sync.engine import SyncEngine
from desktop_invoicer.sync.gateway import StripeGateway

from .conftest import TestClock
from .helpers import (
    invoice_count,
    local_customers,
    local_invoices,
    server_customers,
    server_invoices,
)


def test_backfill_copies_every_object(
    server: StripeServer, engine: SyncEngine, db: Database
) -> None:
    counts = server.seed(customers=30, products=6, invoices=180, currencies=("usd", "eur", "jpy"))
    seen: list[BackfillProgress] = []
    report = engine.run_once(on_progress=lambda p: seen.append(p))
    assert report.error is None
    assert report.backfill is not None and report.backfill.finished
    assert local_customers(db) == server_customers(server)
    assert local_invoices(db) == server_invoices(server)
    local_prices = db.connection().execute("SELECT count(*) FROM prices").fetchone()[0]
    assert local_prices == counts["price"]
    assert db.stripe_objects.count("payment_intent") == counts["payment_intent"]
    assert db.stripe_objects.count("charge") == counts["charge"]
    # Progress was reported page by page, with counts that only grow.
    totals = [p.total for p in seen]
    assert totals == sorted(totals) and totals[-1] >= 30 + 180
    assert "180 invoices" in seen[-1].describe()


def test_backfilled_lines_and_tax_match_stripe_totals(
    server: StripeServer, engine: SyncEngine, db: Database
) -> None:
    server.seed(customers=5, products=4, invoices=40)
    engine.run_once()
    for raw in server.objects("invoice"):
        local = db.invoices.get_by_stripe_id(raw["id"])
        assert local is not None
        assert len(local.lines) == len(raw["lines"]["data"])
        # The domain's own arithmetic agrees with the server's independent one.
        assert local.totals().total.minor == raw["total"], raw["id"]


def test_backfill_resumes_after_a_stop_without_duplicates(
    server: StripeServer, db: Database, gateway: StripeGateway, clock: TestClock
) -> None:
    server.seed(customers=20, products=3, invoices=350)
    first = SyncEngine(db, gateway, clock)

    def stop_after_two_invoice_pages() -> bool:  # asked after each committed page
        return int(db.sync_state.cursor("backfill:invoices:count") or 0) >= 200

    with pytest.raises(BackfillCancelled):
        first.backfill.run(cancelled=stop_after_two_invoice_pages)
    partial = invoice_count(db)
    assert 0 < partial < 350
    # A new engine (as after a restart) continues from the committed cursor.
    second = SyncEngine(db, gateway, clock)
    reads_before = gateway.stats.by_endpoint.get("GET /v1/invoices", 0)
    second.run_once()
    assert invoice_count(db) == 350
    assert local_invoices(db) == server_invoices(server)
    # It did not start the invoices over: 350 invoices are 4 pages, 2 were done.
    assert gateway.stats.by_endpoint["GET /v1/invoices"] - reads_before <= 2
