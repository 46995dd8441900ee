"""Numbering tests: a workspace database per desktop, one local Stripe server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_invoicer.storage import Database
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.gateway import GatewayConfig, StripeGateway

KEY = "sk_test_numbering00000000000000000"


@pytest.fixture
def make_db(tmp_path: Path) -> Iterator[Callable[[str], Database]]:
    opened: list[Database] = []

    def make(name: str) -> Database:
        db = Database.open(tmp_path / f"{name}.db", clock=lambda: 1767225600.0)
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()


@pytest.fixture
def db(make_db: Callable[[str], Database]) -> Database:
    return make_db("desk")


@pytest.fixture
def server() -> Iterator[StripeServer]:
    srv = StripeServer()
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def make_gateway(server: StripeServer) -> Iterator[Callable[[], StripeGateway]]:
    made: list[StripeGateway] = []

    def make() -> StripeGateway:
        gw = StripeGateway(
            GatewayConfig(KEY, api_base=server.url, requests_per_second=500.0, timeout=10.0)
        )
        made.append(gw)
        return gw

    yield make
    for gw in made:
        gw.close()


def new_draft(gateway: StripeGateway, name: str) -> str:
    """A customer and a draft invoice in the local Stripe; the draft's id."""
    customer = gateway.create_customer({"name": name}, f"cus:{name}")
    invoice = gateway.create_invoice(
        {
            "customer": str(customer["id"]),
            "collection_method": "send_invoice",
            "days_until_due": 30,
        },
        f"inv:{name}",
    )
    return str(invoice["id"])
