"""Idempotent requests, as Stripe keeps them."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
import stripe

from desktop_invoicer.stripe_server import StripeServer


def test_same_key_replays_the_first_result(raw: Any, server: StripeServer) -> None:
    h = {"Idempotency-Key": "create-cus-1"}
    first = raw("POST", "/v1/customers", data={"name": "A"}, headers=h)
    second = raw("POST", "/v1/customers", data={"name": "A"}, headers=h)
    assert first.status_code == second.status_code == 200
    assert first.json()["id"] == second.json()["id"]
    assert "Idempotent-Replayed" not in first.headers
    assert second.headers["Idempotent-Replayed"] == "true"
    assert second.headers["Original-Request"] == first.headers["Request-Id"]
    assert second.headers["Request-Id"] != first.headers["Request-Id"]
    assert len(server.objects("customer")) == 1
    assert len(server.events("customer.created")) == 1


def test_same_key_through_the_client(client: stripe.StripeClient, server: StripeServer) -> None:
    a = client.v1.customers.create({"name": "A"}, {"idempotency_key": "k1"})
    b = client.v1.customers.create({"name": "A"}, {"idempotency_key": "k1"})
    assert a.id == b.id
    assert b.last_response is not None
    assert b.last_response.headers["Idempotent-Replayed"] == "true"
    with pytest.raises(stripe.IdempotencyError) as e:
        client.v1.customers.create({"name": "B"}, {"idempotency_key": "k1"})
    assert e.value.http_status == 400
    assert "k1" in (e.value.user_message or "")
    assert e.value.error is not None and e.value.error.type == "idempotency_error"
    # a different path with the same key is a different request too
    with pytest.raises(stripe.IdempotencyError):
        client.v1.products.create({"name": "A"}, {"idempotency_key": "k1"})


def test_errors_from_execution_are_kept_validation_failures_are_not(
    client: stripe.StripeClient, server: StripeServer
) -> None:
    cus = client.v1.customers.create({"name": "A"})
    inv = client.v1.invoices.create({"customer": cus.id})
    client.v1.invoices.finalize_invoice(inv.id)
    # a business error (already finalized) is the stored result for its key
    for _ in range(2):
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.invoices.finalize_invoice(inv.id, {}, {"idempotency_key": "fin"})
        assert e.value.code == "invoice_not_editable"
    assert e.value.headers is not None
    assert e.value.headers.get("Idempotent-Replayed") == "true"
    # a validation failure is not stored: the same key can then succeed
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.customers.create({"bogus": 1}, {"idempotency_key": "k2"})  # type: ignore[typeddict-unknown-key]
    ok = client.v1.customers.create({"bogus": 1} and {"name": "ok"}, {"idempotency_key": "k2"})
    assert ok.name == "ok"


def test_500_is_replayed_429_is_not(client: stripe.StripeClient, server: StripeServer) -> None:
    server.faults.fail_next(1, 500, path="/v1/customers")
    with pytest.raises(stripe.APIError) as e:
        client.v1.customers.create({"name": "A"}, {"idempotency_key": "k500"})
    assert e.value.http_status == 500
    with pytest.raises(stripe.APIError) as e:
        client.v1.customers.create({"name": "A"}, {"idempotency_key": "k500"})
    assert e.value.headers is not None
    assert e.value.headers["Idempotent-Replayed"] == "true"
    assert e.value.headers["Stripe-Should-Retry"] == "false"
    assert server.objects("customer") == []

    server.faults.fail_next(1, 429, path="/v1/customers")
    with pytest.raises(stripe.RateLimitError):
        client.v1.customers.create({"name": "A"}, {"idempotency_key": "k429"})
    ok = client.v1.customers.create({"name": "A"}, {"idempotency_key": "k429"})
    assert ok.id


def test_keys_expire_after_24_hours_of_server_clock(
    client: stripe.StripeClient, server: StripeServer
) -> None:
    a = client.v1.customers.create({"name": "A"}, {"idempotency_key": "day"})
    server.clock.advance(23 * 3600)
    assert client.v1.customers.create({"name": "A"}, {"idempotency_key": "day"}).id == a.id
    server.clock.advance(2 * 3600)
    assert client.v1.customers.create({"name": "A"}, {"idempotency_key": "day"}).id != a.id


def test_concurrent_use_is_409(make_client: Any, server: StripeServer) -> None:
    server.faults.delay_next(1, 0.5, path="/v1/customers")
    c1, c2 = make_client(), make_client()
    results: dict[str, Any] = {}

    def slow() -> None:
        results["slow"] = c1.v1.customers.create({"name": "A"}, {"idempotency_key": "same"})

    t = threading.Thread(target=slow)
    t.start()
    deadline = time.monotonic() + 5
    while not server.app.idempotency._in_flight and time.monotonic() < deadline:
        time.sleep(0.01)  # until the slow request holds the key
    with pytest.raises(stripe.APIError) as e:
        c2.v1.customers.create({"name": "A"}, {"idempotency_key": "same"})
    t.join()
    assert e.value.http_status == 409
    assert e.value.error is not None and e.value.error.code == "idempotency_key_in_use"
    assert results["slow"].name == "A"
    assert len(server.objects("customer")) == 1


def test_dropped_after_execution_then_retried_with_the_same_key(
    make_client: Any, server: StripeServer
) -> None:
    """The classic 'did it go through?': the retry replays, nothing is created twice."""
    retrying = make_client(max_network_retries=2)
    server.faults.drop_next(1, path="/v1/invoices", after=True)
    cus = retrying.v1.customers.create({"name": "A"})
    inv = retrying.v1.invoices.create({"customer": cus.id}, {"idempotency_key": "inv-1"})
    assert [i["id"] for i in server.objects("invoice")] == [inv.id]
    log = [r for r in server.request_log if r["path"] == "/v1/invoices"]
    assert [r["fault"] for r in log] == ["drop after", None]
    assert log[1]["replayed"] is True
