"""Crash safety: the sync process is killed (SIGKILL, a real process kill) at random points.

After each kill the sync runs again; the end result must equal a run that was
never killed, and nothing queued may exist twice in Stripe.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_invoicer.domain.catalog import Customer
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import Invoice, InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.storage import Database, OutboxStatus, workspace_dir
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.changes import StripeChanges
from desktop_invoicer.sync.connect import connect_demo, gateway_for
from desktop_invoicer.sync.engine import SyncEngine
from desktop_invoicer.sync.mapping import METADATA_LOCAL_ID

from .helpers import live, local_customers, local_invoices

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def open_workspace(slug: str) -> Database:
    folder = workspace_dir(slug)
    folder.mkdir(parents=True, exist_ok=True)
    return Database.open(folder / "workspace.db")


def run_sync(slug: str, kill_after: float | None) -> int | None:
    """Run ``desktop-invoicer sync``; kill it after ``kill_after`` seconds. Its exit code, or None if killed."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_invoicer", "sync", "--workspace", slug],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    try:
        if kill_after is not None:
            try:
                proc.wait(timeout=kill_after)
            except subprocess.TimeoutExpired:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                return None
        proc.wait(timeout=120)
        return proc.returncode
    finally:
        if proc.stderr is not None:
            proc.stderr.close()


def timed_run(slug: str) -> float:
    """Seconds an unkilled sync of ``slug`` takes, start-up included."""
    started = time.perf_counter()
    assert run_sync(slug, kill_after=None) == 0
    return time.perf_counter() - started


def kill_repeatedly(slug: str, rng: random.Random, kills: int, duration: float) -> int:
    """Kill ``kills`` runs at random moments of a run that takes ``duration``; then finish."""
    killed = 0
    for _ in range(kills):
        if run_sync(slug, kill_after=rng.uniform(0.4, 0.95) * duration) is None:
            killed += 1
    assert run_sync(slug, kill_after=None) == 0
    return killed


@pytest.fixture
def slow_server() -> StripeServer:
    srv = StripeServer()
    srv.start()
    srv.faults.delay_next(
        None, seconds=0.02
    )  # every request a little slow: room to be killed mid-way
    yield srv  # type: ignore[misc]
    srv.stop()


def test_backfill_killed_at_random_points_ends_like_an_unkilled_run(
    slow_server: StripeServer,
) -> None:
    slow_server.seed(customers=40, products=5, invoices=600)
    for slug in ("reference", "victim"):
        db = open_workspace(slug)
        connect_demo(db, slow_server.url)
        db.close()
    duration = timed_run("reference")

    killed = kill_repeatedly("victim", random.Random(4), kills=4, duration=duration)
    assert killed >= 2, "the kills should land while the backfill runs"

    reference, victim = open_workspace("reference"), open_workspace("victim")
    assert local_customers(victim) == local_customers(reference)
    assert local_invoices(victim) == local_invoices(reference)
    assert victim.check_integrity() == []
    victim.close()
    reference.close()


def test_outbox_killed_at_random_points_creates_each_object_once(
    slow_server: StripeServer, tmp_path: Path
) -> None:
    db = open_workspace("outbox")
    connect_demo(db, slow_server.url)
    gateway = gateway_for(db, "outbox")
    assert gateway is not None
    SyncEngine(db, gateway, time.time).settle()
    gateway.close()
    changes = StripeChanges(db)
    local_ids = [
        changes.save_customer(Customer("", f"Client {i}", f"c{i}@example.com", currency("EUR"))).id
        for i in range(25)
    ]
    draft = changes.save_draft(
        Invoice(
            "",
            local_ids[0],
            currency("EUR"),
            lines=tuple(InvoiceLine(f"Line {i}", 1, Money.of(1000 + i, "EUR")) for i in range(6)),
        )
    )
    db.close()

    # Roughly how long delivering 26 queued changes takes, to aim the kills inside it.
    duration = 1.0 + 0.05 * 4 * 26
    kill_repeatedly("outbox", random.Random(9), kills=4, duration=duration)

    db = open_workspace("outbox")
    assert db.outbox.count(OutboxStatus.PENDING) == 0
    by_local: dict[str, int] = {}
    for c in live(slow_server.objects("customer")):
        local = (c.get("metadata") or {}).get(METADATA_LOCAL_ID)
        if local:
            by_local[local] = by_local.get(local, 0) + 1
    assert by_local == dict.fromkeys(local_ids, 1)
    invoices = [
        i
        for i in live(slow_server.objects("invoice"))
        if (i.get("metadata") or {}).get(METADATA_LOCAL_ID) == draft.id
    ]
    assert len(invoices) == 1
    assert len(invoices[0]["lines"]["data"]) == 6 and invoices[0]["total"] == sum(
        1000 + i for i in range(6)
    )
    db.close()
