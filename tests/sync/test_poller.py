"""Event polling applies changes made elsewhere, oldest first, each exactly once."""

from __future__ import annotations

from desktop_invoicer.storage import Database
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.engine import SyncEngine

from .helpers import local_customers, local_invoices, server_customers, server_invoices


def synced(engine: SyncEngine) -> None:
    report = engine.run_once()
    assert report.error is None, report.error


def test_remote_create_update_delete_arrive_by_polling(
    server: StripeServer, engine: SyncEngine, db: Database
) -> None:
    synced(engine)  # empty account: backfill, cursor noted
    acme = server.dashboard_create("customer", name="Acme Ltd", email="ap@acme.example")
    synced(engine)
    assert local_customers(db) == {acme["id"]: ("Acme Ltd", "ap@acme.example")}
    server.dashboard_update("customer", acme["id"], name="Acme Holdings")
    synced(engine)
    assert local_customers(db)[acme["id"]][0] == "Acme Holdings"
    server.dashboard_delete("customer", acme["id"])
    synced(engine)
    assert local_customers(db) == {}


def test_invoice_lifecycle_made_in_the_dashboard(
    server: StripeServer, engine: SyncEngine, db: Database
) -> None:
    synced(engine)
    customer = server.dashboard_create("customer", name="Globex", email="billing@globex.example")
    invoice = server.dashboard_create(
        "invoice", customer=customer["id"], collection_method="send_invoice", days_until_due=30
    )
    server.dashboard_create(
        "invoiceitem",
        customer=customer["id"],
        invoice=invoice["id"],
        amount=12_345,
        currency="usd",
        description="Consulting",
    )
    synced(engine)
    local = db.invoices.get_by_stripe_id(invoice["id"])
    assert local is not None and local.status.value == "draft"
    assert local.totals().total.minor == 12_345
    server.dashboard_action("invoice", invoice["id"], "finalize")
    server.dashboard_action("invoice", invoice["id"], "pay", paid_out_of_band=True)
    synced(engine)
    assert local_invoices(db) == server_invoices(server)
    paid = db.invoices.get_by_stripe_id(invoice["id"])
    assert paid is not None and paid.status.value == "paid" and paid.number


def test_duplicated_and_shuffled_events_apply_once(
    server: StripeServer, engine: SyncEngine, db: Database
) -> None:
    synced(engine)
    server.faults.set_event_quirks(duplicate=0.5, shuffle=1.0)
    ids = [
        server.dashboard_create("customer", name=f"Client {i}", email=f"c{i}@example.com")["id"]
        for i in range(12)
    ]
    for cid in ids[:6]:
        server.dashboard_update("customer", cid, name="Renamed")
    report = engine.run_once()
    assert report.poll is not None
    assert report.poll.applied == 18  # 12 creates + 6 updates, duplicates dropped
    assert local_customers(db) == server_customers(server)
    # A second poll sees the same events again (overlap window) and applies none.
    again = engine.run_once()
    assert again.poll is not None and again.poll.applied == 0 and again.poll.duplicates >= 18


def test_late_events_are_caught_by_the_overlap_window(
    server: StripeServer, engine: SyncEngine, db: Database
) -> None:
    synced(engine)
    server.faults.set_event_quirks(late_seconds=120, late_probability=1.0)
    late = server.dashboard_create("customer", name="Late Co", email="late@example.com")
    synced(engine)
    assert late["id"] not in local_customers(db)  # not listed yet
    server.clock.advance(180)
    synced(engine)
    assert late["id"] in local_customers(db)


def test_a_cursor_older_than_event_retention_reconciles(
    server: StripeServer, engine: SyncEngine, db: Database
) -> None:
    synced(engine)
    kept = server.dashboard_create("customer", name="Kept", email="kept@example.com")
    synced(engine)
    server.clock.advance(31 * 86_400)
    missed = server.dashboard_create("customer", name="Missed", email="missed@example.com")
    server.faults.expire_events_before(int(server.clock.now()))
    report = engine.run_once()
    assert report.poll is not None and report.poll.reconciled
    assert "more than 30 days" in report.poll.notes[0]
    assert {kept["id"], missed["id"]} <= set(local_customers(db))
    status = engine.status()
    assert status.notes and "30 days" in status.notes[0]


def test_read_budget_is_counted_and_shown(server: StripeServer, engine: SyncEngine) -> None:
    synced(engine)
    synced(engine)
    status = engine.status()
    assert status.budget is not None
    assert status.budget.used >= 2
    assert "reads in the last 30 days" in status.budget.describe()
    assert engine.next_interval(active=True) >= 60
    assert engine.next_interval(active=False) >= 900
