"""Events: one per change, previous_attributes, filters, retention and the list quirks."""

from __future__ import annotations

import pytest
import stripe

from desktop_invoicer.stripe_server import StripeServer

DAY = 86400


def test_every_change_emits_an_event(client: stripe.StripeClient, server: StripeServer) -> None:
    cus = client.v1.customers.create(
        {"name": "A", "metadata": {"x": "1"}}, {"idempotency_key": "ik"}
    )
    client.v1.customers.update(cus.id, {"name": "B", "metadata": {"x": "", "y": "2"}})
    prod = client.v1.products.create({"name": "P"})
    client.v1.products.update(prod.id, {"name": "P2"})
    price = client.v1.prices.create({"product": prod.id, "currency": "usd", "unit_amount": 5})
    client.v1.prices.update(price.id, {"nickname": "n"})
    rate = client.v1.tax_rates.create({"display_name": "T", "percentage": 5, "inclusive": False})
    client.v1.tax_rates.update(rate.id, {"active": False})
    coupon = client.v1.coupons.create({"percent_off": 5})
    client.v1.coupons.update(coupon.id, {"name": "five"})
    client.v1.coupons.delete(coupon.id)
    item = client.v1.invoice_items.create({"customer": cus.id, "amount": 5, "currency": "usd"})
    client.v1.invoice_items.update(item.id, {"description": "d"})
    client.v1.invoice_items.delete(item.id)
    inv = client.v1.invoices.create({"customer": cus.id})
    client.v1.invoices.update(inv.id, {"footer": "f"})
    client.v1.invoices.delete(inv.id)
    client.v1.products.delete(client.v1.products.create({"name": "tmp"}).id)
    client.v1.customers.delete(cus.id)
    types = [e.type for e in client.v1.events.list({"limit": 100}).auto_paging_iter()][::-1]
    assert types == [
        "customer.created",
        "customer.updated",
        "product.created",
        "product.updated",
        "price.created",
        "price.updated",
        "tax_rate.created",
        "tax_rate.updated",
        "coupon.created",
        "coupon.updated",
        "coupon.deleted",
        "invoiceitem.created",
        "invoiceitem.updated",
        "invoiceitem.deleted",
        "invoice.created",
        "invoice.updated",
        "invoice.deleted",
        "product.created",
        "product.deleted",
        "customer.deleted",
    ]
    created = server.events("customer.created")[0]
    assert created["object"] == "event"
    assert created["api_version"] == "2026-10-28.endive"
    assert created["livemode"] is False
    assert created["pending_webhooks"] == 0
    assert created["request"]["idempotency_key"] == "ik"
    assert created["request"]["id"].startswith("req_")
    assert created["data"]["object"]["name"] == "A"
    updated = server.events("customer.updated")[0]
    assert updated["data"]["object"]["name"] == "B"
    assert updated["data"]["previous_attributes"] == {
        "name": "A",
        "metadata": {"x": "1", "y": None},
    }
    evt = client.v1.events.retrieve(updated["id"])
    assert evt.data.previous_attributes is not None
    assert evt.data.previous_attributes["name"] == "A"
    assert "previous_attributes" not in created["data"]


def test_dashboard_changes_emit_events(server: StripeServer, client: stripe.StripeClient) -> None:
    cus = server.dashboard_create("customer", name="From dashboard", email="d@x.com")
    server.dashboard_update("customer", cus["id"], phone="123")
    evts = client.v1.events.list({"type": "customer.*"}).data
    assert [e.type for e in evts] == ["customer.updated", "customer.created"]
    assert client.v1.customers.retrieve(cus["id"]).phone == "123"
    inv = server.dashboard_create("invoice", customer=cus["id"])
    server.dashboard_create(
        "invoiceitem", customer=cus["id"], invoice=inv["id"], amount=700, currency="usd"
    )
    server.dashboard_action("invoice", inv["id"], "finalize")
    server.dashboard_action("invoice", inv["id"], "pay", paid_out_of_band=True)
    assert server.get("invoice", inv["id"])["status"] == "paid"  # type: ignore[index]


def test_type_filters_with_wildcards(client: stripe.StripeClient) -> None:
    cus = client.v1.customers.create({"name": "A"})
    client.v1.invoices.create({"customer": cus.id})
    client.v1.products.create({"name": "P"})
    assert [e.type for e in client.v1.events.list({"type": "invoice.*"}).data] == [
        "invoice.created"
    ]
    got = client.v1.events.list({"types": ["customer.created", "product.*"]}).data
    assert [e.type for e in got] == ["product.created", "customer.created"]
    assert client.v1.events.list({"type": "charge.succeeded"}).data == []


def test_retention_30_days_and_cursor_loss(
    client: stripe.StripeClient, server: StripeServer
) -> None:
    client.v1.customers.create({"name": "old"})
    old_evt = client.v1.events.list().data[0]
    server.clock.advance(29 * DAY)
    client.v1.customers.create({"name": "new"})
    assert len(client.v1.events.list().data) == 2
    server.clock.advance(2 * DAY)
    events = client.v1.events.list().data
    assert [e.data.object["name"] for e in events] == ["new"]
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.events.list({"ending_before": old_evt.id})
    assert e.value.code == "resource_missing" and e.value.param == "ending_before"
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.events.retrieve(old_evt.id)


def test_expire_events_before(client: stripe.StripeClient, server: StripeServer) -> None:
    client.v1.customers.create({"name": "a"})
    server.clock.advance(100)
    client.v1.customers.create({"name": "b"})
    assert server.faults.expire_events_before(server.clock.now()) == 1
    assert len(client.v1.events.list().data) == 1


def test_late_events_keep_their_created(client: stripe.StripeClient, server: StripeServer) -> None:
    server.clock.freeze()
    server.faults.set_event_quirks(late_seconds=5)
    t0 = server.clock.now()
    client.v1.customers.create({"name": "late"})
    assert client.v1.events.list().data == []
    server.clock.advance(5)
    events = client.v1.events.list().data
    assert len(events) == 1 and events[0].created == t0


def test_duplicate_and_shuffled_pages(client: stripe.StripeClient, server: StripeServer) -> None:
    for i in range(12):
        client.v1.customers.create({"name": f"c{i}"})
        server.clock.advance(1)
    clean = [e.id for e in client.v1.events.list({"limit": 10}).data]
    server.faults.set_event_quirks(duplicate=1.0)
    doubled = [e.id for e in client.v1.events.list({"limit": 10}).data]
    assert doubled == [x for x in clean for _ in range(2)]
    server.faults.set_event_quirks(duplicate=0.0, shuffle=True)
    shuffled = [e.id for e in client.v1.events.list({"limit": 10}).data]
    assert sorted(shuffled) == sorted(clean) and shuffled != clean
    assert (shuffled[0], shuffled[-1]) == (clean[0], clean[-1])  # cursors still work
    # paging with the quirks still reaches every event exactly once (after dedupe)
    server.faults.set_event_quirks(duplicate=0.5)
    seen = {e.id for e in client.v1.events.list({"limit": 5}).auto_paging_iter()}
    assert len(seen) == 12
