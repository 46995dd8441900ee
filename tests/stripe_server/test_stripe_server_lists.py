"""Lists: order, pagination both ways, limits, created and resource filters, expand."""

from __future__ import annotations

from typing import Any

import pytest
import stripe

from desktop_invoicer.stripe_server import StripeServer


@pytest.fixture
def customers(client: stripe.StripeClient, server: StripeServer) -> list[str]:
    ids = []
    for i in range(7):
        server.clock.advance(10)
        ids.append(client.v1.customers.create({"name": f"C{i}", "email": f"c{i}@x.com"}).id)
    return ids  # oldest first


def test_list_shape_and_newest_first(
    client: stripe.StripeClient, customers: list[str], raw: Any
) -> None:
    body = raw("GET", "/v1/customers?limit=3").json()
    assert body["object"] == "list"
    assert body["url"] == "/v1/customers"
    assert body["has_more"] is True
    assert [c["id"] for c in body["data"]] == customers[::-1][:3]


def test_paging_forward_and_backward(client: stripe.StripeClient, customers: list[str]) -> None:
    newest_first = customers[::-1]
    p1 = client.v1.customers.list({"limit": 3})
    p2 = client.v1.customers.list({"limit": 3, "starting_after": p1.data[-1].id})
    p3 = client.v1.customers.list({"limit": 3, "starting_after": p2.data[-1].id})
    assert [c.id for c in p1.data + p2.data + p3.data] == newest_first
    assert (p1.has_more, p2.has_more, p3.has_more) == (True, True, False)
    # ending_before walks back towards the newest; each page is still newest first
    b1 = client.v1.customers.list({"limit": 3, "ending_before": customers[0]})
    assert [c.id for c in b1.data] == newest_first[3:6]
    assert b1.has_more is True
    b2 = client.v1.customers.list({"limit": 3, "ending_before": b1.data[0].id})
    assert [c.id for c in b2.data] == newest_first[:3]
    assert b2.has_more is False
    # the client's auto pager follows has_more
    assert [c.id for c in client.v1.customers.list({"limit": 2}).auto_paging_iter()] == newest_first


def test_cursor_errors_and_limits(client: stripe.StripeClient, customers: list[str]) -> None:
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.customers.list({"starting_after": "cus_gone"})
    assert e.value.http_status == 400
    assert e.value.code == "resource_missing"
    assert e.value.param == "starting_after"
    for bad in (0, 101):
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.customers.list({"limit": bad})
        assert e.value.param == "limit"
    assert len(client.v1.customers.list({"limit": 100}).data) == 7
    assert len(client.v1.customers.list().data) == 7


def test_created_filters(client: stripe.StripeClient, server: StripeServer) -> None:
    t0 = server.clock.set(1_800_000_000)
    a = client.v1.customers.create({"name": "a"})
    server.clock.advance(100)
    b = client.v1.customers.create({"name": "b"})
    server.clock.advance(100)
    c = client.v1.customers.create({"name": "c"})
    ids = lambda p: [x.id for x in client.v1.customers.list(p).data]  # noqa: E731
    assert ids({"created": {"gt": t0}}) == [c.id, b.id]
    assert ids({"created": {"gte": t0, "lt": t0 + 200}}) == [b.id, a.id]
    assert ids({"created": {"lte": t0 + 100}}) == [b.id, a.id]
    assert ids({"created": t0 + 100}) == [b.id]


def test_resource_filters_and_expand(client: stripe.StripeClient) -> None:
    prod = client.v1.products.create({"name": "Widget"})
    other = client.v1.products.create({"name": "Gadget"})
    p1 = client.v1.prices.create({"product": prod.id, "currency": "usd", "unit_amount": 100})
    client.v1.prices.create({"product": other.id, "currency": "usd", "unit_amount": 200})
    client.v1.prices.update(p1.id, {"active": False})
    assert [p.id for p in client.v1.prices.list({"product": prod.id}).data] == [p1.id]
    assert client.v1.prices.list({"product": prod.id, "active": True}).data == []
    assert len(client.v1.prices.list({"active": True}).data) == 1

    a = client.v1.customers.create({"name": "A", "email": "a@x.com"})
    b = client.v1.customers.create({"name": "B"})
    assert [c.id for c in client.v1.customers.list({"email": "a@x.com"}).data] == [a.id]
    ia = client.v1.invoices.create({"customer": a.id})
    ib = client.v1.invoices.create({"customer": b.id})
    client.v1.invoice_items.create(
        {"customer": b.id, "invoice": ib.id, "amount": 50, "currency": "usd"}
    )
    client.v1.invoices.finalize_invoice(ib.id)
    assert [i.id for i in client.v1.invoices.list({"customer": a.id}).data] == [ia.id]
    assert [i.id for i in client.v1.invoices.list({"status": "open"}).data] == [ib.id]
    assert [i.id for i in client.v1.invoices.list({"status": "draft"}).data] == [ia.id]
    listed = client.v1.invoices.list({"expand": ["data.customer"]}).data
    assert {inv.customer.name for inv in listed} == {"A", "B"}  # type: ignore[union-attr]
    items = client.v1.invoice_items.list({"invoice": ib.id}).data
    assert len(items) == 1 and items[0].invoice == ib.id


def test_deleted_objects_leave_lists_but_answer_retrieve(client: stripe.StripeClient) -> None:
    cus = client.v1.customers.create({"name": "Gone"})
    deleted = client.v1.customers.delete(cus.id)
    assert deleted.deleted is True
    again = client.v1.customers.retrieve(cus.id)
    assert again.to_dict()["deleted"] is True
    assert client.v1.customers.list().data == []
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.customers.update(cus.id, {"name": "x"})
