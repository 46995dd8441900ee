"""Jobs tests: a controllable clock, the local Stripe-compatible server, and desktops on it.

One :class:`LinkedClock` drives the jobs, the workspace databases and the
server, so "today" is the same day everywhere and moving it (forwards, or
backwards) moves all three.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import CollectionMethod, InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.schedule import Cadence, CatchUp, Schedule, ScheduleMode
from desktop_invoicer.jobs.runner import JobRunner, RunReport
from desktop_invoicer.storage import Database
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.stripe_server.clock import Clock as ServerClock
from desktop_invoicer.sync.connect import connect_demo
from desktop_invoicer.sync.engine import SyncEngine
from desktop_invoicer.sync.gateway import GatewayConfig, StripeGateway
from tests.jobs.clocks import START, LinkedClock

KEY = "sk_test_jobs0000000000000000000000"


@pytest.fixture
def server() -> Iterator[StripeServer]:
    srv = StripeServer(clock=ServerClock(START.timestamp(), frozen=True))
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def clock(server: StripeServer) -> LinkedClock:
    return LinkedClock(START, server)


@dataclass
class Desktop:
    """One computer running the app: its own database, gateway and job runner."""

    name: str
    db: Database
    gateway: StripeGateway
    engine: SyncEngine
    runner: JobRunner

    def sync(self) -> None:
        report = self.engine.settle()
        assert report.error is None, report.error

    def run(self, *, sync: bool = True) -> RunReport:
        """What ``desktop-invoicer jobs run`` does: sync, then run every due job once."""
        if sync:
            self.sync()
        return self.runner.run_due()


@pytest.fixture
def make_desktop(
    tmp_path: Path, server: StripeServer, clock: LinkedClock
) -> Iterator[Callable[[str], Desktop]]:
    made: list[Desktop] = []

    def make(name: str = "a") -> Desktop:
        db = Database.open(tmp_path / f"{name}.db", clock=clock.timestamp)
        connect_demo(db, server.url)
        gateway = StripeGateway(
            GatewayConfig(KEY, api_base=server.url, requests_per_second=1000.0, timeout=10.0)
        )
        engine = SyncEngine(db, gateway, clock.timestamp)
        desk = Desktop(name, db, gateway, engine, JobRunner(db, clock, engine.sender))
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.gateway.close()
        desk.db.close()


@pytest.fixture
def desktop(make_desktop: Callable[[str], Desktop]) -> Desktop:
    return make_desktop("a")


def stripe_customer(server: StripeServer, name: str = "Acme GmbH", **params: Any) -> str:
    return str(
        server.dashboard_create(
            "customer", name=name, email=f"{name.split()[0].lower()}@example.com", **params
        )["id"]
    )


def local_customer_id(db: Database, stripe_id: str) -> str:
    found = db.customers.get_by_stripe_id(stripe_id)
    assert found is not None, "sync the desktop first"
    return found.id


def monthly_schedule(customer_id: str, anchor: date, **changes: Any) -> Schedule:
    values: dict[str, Any] = {
        "id": "sched-hosting",
        "name": "Hosting",
        "customer_id": customer_id,
        "currency": currency("EUR"),
        "lines": (
            InvoiceLine("Hosting", 1, Money.of(4900, "EUR")),
            InvoiceLine("Support hours", 2, Money.of(9000, "EUR")),
        ),
        "anchor": anchor,
        "cadence": Cadence.MONTHLY,
        "memo": "Hosting and support, {period}",
        "mode": ScheduleMode.SEND,
        "catch_up": CatchUp.ALL,
        "collection_method": CollectionMethod.SEND_INVOICE,
    }
    values.update(changes)
    return Schedule(**values)


def invoices_of_unit(server: StripeServer, unit_id: str) -> list[dict[str, Any]]:
    return [
        i
        for i in server.objects("invoice")
        if not i.get("deleted")
        and (i.get("metadata") or {}).get("desktop_invoicer_unit") == unit_id
    ]


def invoices_by_period(server: StripeServer) -> dict[str, int]:
    """How many invoices Stripe has for each period (from the invoices' metadata)."""
    found: dict[str, int] = {}
    for inv in server.objects("invoice"):
        period = (inv.get("metadata") or {}).get("desktop_invoicer_period")
        if period and not inv.get("deleted"):
            found[period] = found.get(period, 0) + 1
    return found
