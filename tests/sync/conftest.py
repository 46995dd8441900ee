"""Sync tests: the real stripe client, through our gateway, against the local Stripe-compatible server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_invoicer.storage import Database
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.engine import SyncEngine
from desktop_invoicer.sync.gateway import GatewayConfig, StripeGateway

KEY = "sk_test_sync0000000000000000000000"


class TestClock:
    """The app's clock for sync (the server has its own; tests move both)."""

    __test__ = False

    def __init__(self, server: StripeServer) -> None:
        self.server = server

    def __call__(self) -> float:
        return float(self.server.clock.now())


@pytest.fixture
def server() -> Iterator[StripeServer]:
    srv = StripeServer(fault_seed=3)
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def clock(server: StripeServer) -> TestClock:
    return TestClock(server)


@pytest.fixture
def make_db(tmp_path: Path, clock: TestClock) -> Iterator[Callable[[str], Database]]:
    opened: list[Database] = []

    def make(name: str = "w") -> Database:
        db = Database.open(tmp_path / f"{name}.db", clock=clock)
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()


@pytest.fixture
def db(make_db: Callable[[str], Database]) -> Database:
    return make_db("w")


@pytest.fixture
def make_gateway(server: StripeServer) -> Iterator[Callable[..., StripeGateway]]:
    made: list[StripeGateway] = []

    def make(key: str = KEY, **config: object) -> StripeGateway:
        options: dict[str, object] = {
            "api_base": server.url,
            "requests_per_second": 500.0,
            "timeout": 10.0,
        }
        options.update(config)
        gw = StripeGateway(GatewayConfig(key, **options))  # type: ignore[arg-type]
        made.append(gw)
        return gw

    yield make
    for gw in made:
        gw.close()


@pytest.fixture
def gateway(make_gateway: Callable[..., StripeGateway]) -> StripeGateway:
    return make_gateway()


@pytest.fixture
def engine(db: Database, gateway: StripeGateway, clock: TestClock) -> SyncEngine:
    return SyncEngine(db, gateway, clock)
