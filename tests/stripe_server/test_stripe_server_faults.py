"""Fault switches: 429, 500, dropped connections, delays, filters and the rate limiter."""

from __future__ import annotations

import time
from typing import Any

import pytest
import stripe

from desktop_invoicer.stripe_server import StripeServer


def test_429_rate_limit(client: stripe.StripeClient, server: StripeServer) -> None:
    server.faults.fail_next(2, 429)
    for _ in range(2):
        with pytest.raises(stripe.RateLimitError) as e:
            client.v1.customers.list()
        assert e.value.http_status == 429
        assert e.value.code is None  # stripe-python: read e.error.code
        assert e.value.error is not None and e.value.error.code == "rate_limit"
        assert e.value.headers is not None
        assert "Stripe-Should-Retry" not in e.value.headers
    assert client.v1.customers.list().data == []


def test_lock_timeout_asks_for_a_retry(make_client: Any, server: StripeServer) -> None:
    server.faults.fail_next(1, 429, code="lock_timeout")
    retrying = make_client(max_network_retries=1)
    assert retrying.v1.customers.list().data == []
    assert [r["status"] for r in server.request_log] == [429, 200]


def test_500_with_should_retry(
    client: stripe.StripeClient, make_client: Any, server: StripeServer
) -> None:
    server.faults.fail_next(1, 500)
    with pytest.raises(stripe.APIError) as e:
        client.v1.customers.create({"name": "A"})
    assert e.value.http_status == 500
    assert e.value.error is not None and e.value.error.type == "api_error"
    assert e.value.headers is not None and e.value.headers["Stripe-Should-Retry"] == "true"
    assert server.objects("customer") == []
    # a client with retries gets through (a GET: no idempotency key to replay the 500)
    server.faults.fail_next(1, 500, method="GET")
    assert make_client(max_network_retries=1).v1.customers.list().data == []


def test_500_after_execution_keeps_the_side_effect(
    client: stripe.StripeClient, server: StripeServer
) -> None:
    server.faults.fail_next(1, 500, path="/v1/customers", after=True)
    with pytest.raises(stripe.APIError):
        client.v1.customers.create({"name": "A"})
    assert [c["name"] for c in server.objects("customer")] == ["A"]


def test_dropped_connection(client: stripe.StripeClient, server: StripeServer) -> None:
    server.faults.drop_next(1)
    with pytest.raises(stripe.APIConnectionError):
        client.v1.customers.list()
    assert client.v1.customers.list().data == []
    assert server.request_log[0]["fault"] == "drop"
    assert server.request_log[0]["status"] is None


def test_delay(client: stripe.StripeClient, server: StripeServer) -> None:
    server.faults.delay_next(1, 0.3)
    t = time.monotonic()
    client.v1.customers.list()
    assert time.monotonic() - t >= 0.3
    t = time.monotonic()
    client.v1.customers.list()
    assert time.monotonic() - t < 0.3


def test_filters_by_method_and_path(client: stripe.StripeClient, server: StripeServer) -> None:
    server.faults.fail_next(None, 500, method="POST", path="/v1/invoices")
    cus = client.v1.customers.create({"name": "A"})
    assert client.v1.invoices.list().data == []
    for _ in range(3):
        with pytest.raises(stripe.APIError):
            client.v1.invoices.create({"customer": cus.id})
    assert len(server.faults.pending()) == 1
    server.faults.clear()
    assert client.v1.invoices.create({"customer": cus.id}).id


def test_rate_limiter(client: stripe.StripeClient, server: StripeServer) -> None:
    server.faults.set_rate_limits(per_account=100, per_endpoint=3)
    for _ in range(3):
        client.v1.customers.list()
    with pytest.raises(stripe.RateLimitError) as e:
        client.v1.customers.list()
    assert e.value.headers is not None
    assert e.value.headers["Stripe-Rate-Limited-Reason"] == "endpoint-rate"
    client.v1.products.list()  # another endpoint has its own allowance
    server.faults.set_rate_limits(per_account=2, per_endpoint=25)
    time.sleep(1.05)
    client.v1.products.list()
    client.v1.prices.list()
    with pytest.raises(stripe.RateLimitError) as e:
        client.v1.tax_rates.list()
    assert e.value.headers is not None
    assert e.value.headers["Stripe-Rate-Limited-Reason"] == "global-rate"
    server.faults.set_rate_limits(None)
    for _ in range(10):
        client.v1.customers.list()


def test_stop_with_a_delayed_request_in_flight(make_client: Any) -> None:
    srv = StripeServer()
    srv.start()
    import threading

    import requests

    errors: list[BaseException] = []

    def slow() -> None:
        with requests.Session() as s:
            try:
                s.get(
                    srv.url + "/v1/customers",
                    headers={"Authorization": "Bearer sk_test_x"},
                    timeout=10,
                )
            except requests.RequestException as e:
                errors.append(e)

    srv.faults.delay_next(1, 30)
    t = threading.Thread(target=slow)
    t.start()
    time.sleep(0.2)
    started = time.monotonic()
    srv.stop()
    t.join(5)
    assert time.monotonic() - started < 5
    assert errors  # the client saw the connection go away
