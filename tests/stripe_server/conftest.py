"""Fixtures: a fresh local Stripe server per test and real ``stripe.StripeClient``s on it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests
import stripe

from desktop_invoicer.stripe_server import StripeServer

KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
MakeClient = Callable[..., stripe.StripeClient]


@pytest.fixture
def server() -> Iterator[StripeServer]:
    srv = StripeServer(
        restricted_keys={
            "rk_test_readonly_invoices_0001": {"rak_invoice_read", "rak_customer_read"},
            "rk_test_writes_invoices_00002": {"rak_invoice_write"},
        },
        fault_seed=1,
    )
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def make_client(server: StripeServer) -> Iterator[MakeClient]:
    """Build clients on the test server; their HTTP sessions are closed afterwards."""
    sessions: list[requests.Session] = []

    def make(key: str = KEY, **kwargs: Any) -> stripe.StripeClient:
        session = requests.Session()
        sessions.append(session)
        return stripe.StripeClient(
            key,
            base_addresses={"api": server.url},
            http_client=stripe.RequestsClient(session=session, timeout=10),
            **kwargs,
        )

    yield make
    for s in sessions:
        s.close()


@pytest.fixture
def client(make_client: MakeClient) -> stripe.StripeClient:
    return make_client()


Raw = Callable[..., requests.Response]


@pytest.fixture
def raw(server: StripeServer) -> Raw:
    """A bare HTTP request, to look at headers and exact bodies: ``raw("GET", "/v1/..")``."""

    def call(
        method: str,
        path: str,
        *,
        key: str | None = KEY,
        data: Any = None,
        headers: dict[str, str] | None = None,
    ) -> requests.Response:
        h = dict(headers or {})
        if key is not None:
            h["Authorization"] = f"Bearer {key}"
        with requests.Session() as s:
            return s.request(method, server.url + path, data=data, headers=h, timeout=10)

    return call
