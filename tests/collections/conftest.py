"""Fixtures for the collections tests (segments, rules, escalation, disputes)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import stripe

from desktop_invoicer.storage import Database
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.engine import SyncEngine
from desktop_invoicer.sync.gateway import GatewayConfig, StripeGateway

# 2026-01-01T00:00:00Z: every test sees the same "now".
NOW = 1767225600.0


@pytest.fixture
def db(isolated_home: Path) -> Iterator[Database]:
    database = Database.open(
        isolated_home / "workspaces" / "test" / "workspace.db", clock=lambda: NOW
    )
    yield database
    database.close()


# -- the local Stripe server and a synced workspace (disputes) ------------------------------

KEY = "sk_test_collections000000000000000"


@pytest.fixture
def server() -> Iterator[StripeServer]:
    srv = StripeServer(fault_seed=8)
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def synced_db(tmp_path: Path, server: StripeServer) -> Iterator[Database]:
    database = Database.open(tmp_path / "synced.db", clock=lambda: float(server.clock.now()))
    yield database
    database.close()


@pytest.fixture
def gateway(server: StripeServer) -> Iterator[StripeGateway]:
    gw = StripeGateway(
        GatewayConfig(KEY, api_base=server.url, requests_per_second=500.0, timeout=10.0)
    )
    yield gw
    gw.close()


@pytest.fixture
def engine(synced_db: Database, gateway: StripeGateway, server: StripeServer) -> SyncEngine:
    return SyncEngine(synced_db, gateway, lambda: float(server.clock.now()))


@pytest.fixture
def client(server: StripeServer) -> Iterator[stripe.StripeClient]:
    session = requests.Session()
    yield stripe.StripeClient(
        KEY,
        base_addresses={"api": server.url},
        http_client=stripe.RequestsClient(session=session, timeout=10),
    )
    session.close()


# -- Qt: the offscreen platform's own warnings are not the app's (as in tests/ui) ------------

OFFSCREEN_NOISE = (
    r"^This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)$"
)
SHOTS = Path("/tmp/ui-shots")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/collections/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def ui_db(isolated_home: Path) -> Iterator[Database]:
    """A workspace opened as the app opens it (its clock: 2026-01-01)."""
    database = Database.open_workspace("test", clock=lambda: NOW)
    yield database
    database.close()
