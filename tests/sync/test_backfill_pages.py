"""The backfill writes a page at a time: the same rows as object by object, a few queries a page.

The reference is the object-by-object path (``apply_with_references``, as events
and outbox replies are applied) run on the same server data into another
workspace; rows are compared by Stripe id, since local ids differ.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from desktop_invoicer.storage import Database
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.backfill import (
    LIST_PARAMS,
    ORDER,
    Backfill,
    BackfillCancelled,
    Fetched,
    apply_with_references,
)
from desktop_invoicer.sync.cache import StripeCache
from desktop_invoicer.sync.gateway import Page, StripeGateway
from desktop_invoicer.sync.mapping import MissingReference

from .conftest import TestClock
from .helpers import local_customers, local_invoices, server_customers, server_invoices


def add_discounted_invoice_with_many_lines(server: StripeServer) -> str:
    """A finalized invoice with a coupon, a tax rate and more lines than Stripe embeds (10)."""
    customer = server.dashboard_create("customer", name="Many Lines Ltd", email="m@example.com")
    coupon = server.call("POST", "/v1/coupons", {"percent_off": 15, "duration": "once"})
    rate = server.call(
        "POST",
        "/v1/tax_rates",
        {"display_name": "VAT", "percentage": 20, "inclusive": False, "jurisdiction": "GB"},
    )
    invoice = server.dashboard_create(
        "invoice",
        customer=customer["id"],
        collection_method="send_invoice",
        days_until_due=30,
        currency="gbp",
        discounts=[{"coupon": coupon["id"]}],
    )
    for i in range(13):
        server.dashboard_create(
            "invoiceitem",
            customer=customer["id"],
            invoice=invoice["id"],
            amount=1000 + i,
            currency="gbp",
            description=f"Item {i}",
            tax_rates=[rate["id"]],
        )
    server.dashboard_action("invoice", invoice["id"], "finalize")
    return str(invoice["id"])


def copy_object_by_object(gateway: StripeGateway, db: Database) -> None:
    """Every list, every object applied on its own: the path events and outbox replies take."""
    cache = StripeCache(db)
    for resource in ORDER:
        after = None
        while True:
            page = gateway.list_page(
                resource, starting_after=after, **LIST_PARAMS.get(resource, {})
            )
            with db.transaction():
                for obj in page.data:
                    apply_with_references(gateway, cache, obj)
            if not page.has_more:
                break
            after = page.last_id


def snapshot(db: Database) -> dict[str, Any]:
    """Every cached row, keyed and cross-referenced by Stripe id (local ids differ)."""
    conn = db.connection()
    stripe_of: dict[str, str | None] = {}
    for table in ("customers", "products", "prices", "tax_rates", "discounts", "invoices"):
        stripe_of.update(dict(conn.execute(f"SELECT id, stripe_id FROM {table}").fetchall()))

    def rows(table: str, key: str, refs: dict[str, str]) -> dict[Any, dict[str, Any]]:
        found = {}
        for row in conn.execute(f"SELECT * FROM {table}"):
            data = {k: v for k, v in dict(row).items() if k not in ("id", "updated_at")}
            for column, kind in refs.items():
                value = data[column]
                if kind == "one":
                    data[column] = stripe_of.get(value, value)
                else:  # a JSON list of ids
                    data[column] = [stripe_of.get(v, v) for v in json.loads(value)]
            if "raw" in data and data["raw"] is not None:
                data["raw"] = json.loads(data["raw"])
            found[data[key] if key in data else tuple(data[k] for k in key.split(","))] = data
        return found

    lines = {}
    for row in conn.execute(
        "SELECT i.stripe_id, l.position, l.description, l.quantity, l.unit_amount, l.amount, "
        "l.price_id, l.tax_rate_ids FROM invoice_lines AS l JOIN invoices AS i ON i.id = l.invoice_id"
    ):
        lines[(row[0], row[1])] = (
            *tuple(row)[2:6],
            stripe_of.get(row[6], row[6]),
            [stripe_of.get(v, v) for v in json.loads(row[7])],
        )
    documents = {
        row[0]: tuple(row)[1:]
        for row in conn.execute(
            "SELECT i.stripe_id, f.number, f.customer, f.email, f.lines, f.amounts "
            "FROM invoices_fts AS f JOIN invoices AS i ON i.rowid = f.rowid"
        )
    }
    return {
        "customers": rows("customers", "stripe_id", {}),
        "products": rows("products", "stripe_id", {}),
        "prices": rows("prices", "stripe_id", {"product_id": "one"}),
        "tax_rates": rows("tax_rates", "stripe_id", {}),
        "discounts": rows("discounts", "stripe_id", {}),
        "invoices": rows("invoices", "stripe_id", {"customer_id": "one", "discounts": "many"}),
        "invoice_lines": lines,
        "stripe_objects": rows("stripe_objects", "stripe_id", {}),
        "search": documents,
        "customer_search": sorted(
            tuple(r) for r in conn.execute("SELECT name, email FROM customers_fts")
        ),
    }


def test_page_path_writes_the_same_rows_as_object_by_object(
    server: StripeServer,
    make_db: Callable[[str], Database],
    gateway: StripeGateway,
    clock: TestClock,
) -> None:
    server.seed(
        customers=25, products=5, invoices=260, currencies=("usd", "eur", "jpy", "kwd", "gbp")
    )
    many = add_discounted_invoice_with_many_lines(server)
    paged, single = make_db("paged"), make_db("single")

    progress = Backfill(gateway, paged, StripeCache(paged), clock).run()
    copy_object_by_object(gateway, single)

    assert progress.total == sum(progress.counts.values()) > 260
    expected = snapshot(single)
    assert expected["invoice_lines"][(many, 12)][1] == 1  # the lines past Stripe's first 10
    assert expected["invoices"][many]["discounts"] != []
    assert snapshot(paged) == expected
    assert local_invoices(paged) == server_invoices(server)
    # The page path audits a page once; the other path each object.
    pages = paged.audit.entries("invoice", "")
    assert [e.action for e in pages] == ["backfill"] * 3  # 261 invoices: 3 pages
    assert sum(e.after["count"] for e in pages) == 261
    assert pages[-1].after["message"] == "synced 100 invoices"
    assert len(single.audit.entries("invoice", limit=1000)) == 261


def test_a_page_is_read_with_a_handful_of_queries(
    server: StripeServer, db: Database, gateway: StripeGateway
) -> None:
    server.seed(customers=30, products=4, invoices=100)
    cache = StripeCache(db)
    for resource in ("tax_rates", "products", "prices", "customers"):
        with db.transaction():
            cache.apply_page(gateway.list_page(resource).data)
    page = gateway.list_page("invoices", **LIST_PARAMS["invoices"])
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        with db.transaction():
            assert cache.apply_page(page.data) == 100
    finally:
        db.connection().set_trace_callback(None)
    # The trace shows each row of an executemany; the reads are what must not grow per invoice.
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(reads) <= 12, reads
    assert sum(s.startswith("INSERT INTO audit_log") for s in statements) == 1
    assert db.invoices.count() == 100


def test_a_page_that_refers_to_an_uncached_object_is_applied_object_by_object(
    server: StripeServer, db: Database, gateway: StripeGateway, clock: TestClock
) -> None:
    server.seed(customers=10, products=3, invoices=120)
    hidden = server_invoices_customer(server)
    real_list_page = gateway.list_page

    def list_page_without_one_customer(resource: Any, *args: Any, **kwargs: Any) -> Page:
        page = real_list_page(resource, *args, **kwargs)
        if resource == "customers":  # as if it was created after the customers were listed
            return Page([c for c in page.data if c["id"] != hidden], page.has_more)
        return page

    gateway.list_page = list_page_without_one_customer  # type: ignore[method-assign]
    cache = StripeCache(db)
    invoices = real_list_page("invoices", **LIST_PARAMS["invoices"])
    with pytest.raises(MissingReference), db.transaction():
        cache.apply_page(invoices.data)  # nothing cached yet: refused, nothing written
    assert db.invoices.count() == 0

    Backfill(gateway, db, cache, clock).run()
    assert gateway.stats.by_endpoint["GET /v1/customers/:id"] >= 1  # fetched when missed
    assert local_customers(db) == server_customers(server)
    assert local_invoices(db) == server_invoices(server)
    # The page with the missing customer was audited object by object, the others once.
    actions = {e.action for e in db.audit.entries("invoice", limit=1000)}
    assert actions == {"backfill", "sync"}


def server_invoices_customer(server: StripeServer) -> str:
    """The customer of the newest invoice (on the first page of invoices)."""
    return str(server.objects("invoice")[0]["customer"])


def test_a_page_written_by_the_backfill_applies_its_fetched_lines(
    server: StripeServer, db: Database, gateway: StripeGateway, clock: TestClock
) -> None:
    many = add_discounted_invoice_with_many_lines(server)
    backfill = Backfill(gateway, db, StripeCache(db), clock)
    fetched = backfill._fetch("invoices", None)
    assert len(fetched.lines[many]) == 13  # read by the lane, not by the writer
    assert isinstance(fetched, Fetched)
    backfill.run()
    invoice = db.invoices.get_by_stripe_id(many)
    assert invoice is not None and len(invoice.lines) == 13


def test_a_stopped_backfill_commits_whole_pages_with_their_cursors(
    server: StripeServer, db: Database, gateway: StripeGateway, clock: TestClock
) -> None:
    server.seed(customers=150, products=3, invoices=420)
    backfill = Backfill(gateway, db, StripeCache(db), clock)
    calls = 0

    def after_some_pages() -> bool:
        nonlocal calls
        calls += 1
        return calls >= 6

    with pytest.raises(BackfillCancelled):
        backfill.run(cancelled=after_some_pages)
    state = db.sync_state
    conn = db.connection()
    stored = {
        "customers": conn.execute("SELECT count(*) FROM customers").fetchone()[0],
        "invoices": conn.execute("SELECT count(*) FROM invoices").fetchone()[0],
        "payment_intents": db.stripe_objects.count("payment_intent"),
        "charges": db.stripe_objects.count("charge"),
    }
    for resource, count in stored.items():
        assert int(state.cursor(f"backfill:{resource}:count") or 0) == count, resource
        assert count % 100 == 0 or state.cursor(f"backfill:{resource}:done") == "1"
    assert state.cursor("backfill:complete") is None
    # Invoices are written only once everything they refer to is.
    if stored["invoices"]:
        assert state.cursor("backfill:customers:done") == "1"

    Backfill(gateway, db, StripeCache(db), clock).run()
    assert local_customers(db) == server_customers(server)
    assert local_invoices(db) == server_invoices(server)
    for resource in ORDER:
        assert db.sync_state.cursor(f"backfill:{resource}:done") == "1"
