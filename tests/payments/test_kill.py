"""Crash safety of late fees: ``desktop-invoicer jobs run`` is killed (SIGKILL) at each step.

With a separate invoice per fee, a fee is several writes (create the invoice, add
the item, finalize, email, mark it emailed). The default test kills the process
at each of them in turn: the server holds the run's first write, the process is
killed while waiting for the answer, and the held write then executes (Stripe did
it; the app never heard). Each restart resumes at the next write, so every step is
hit. At the end the fee exists exactly once in Stripe, complete and emailed once.
With fees on the customer's next invoice a fee is one write: one pending item.
The slow tests (``RUN_SLOW=1``) kill at random moments instead, with more invoices.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.late_fees import FeeApplication, FeeKind, LateFeePolicy
from desktop_invoicer.domain.units import UnitStatus
from desktop_invoicer.storage import Database, workspace_dir
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.stripe_server.clock import Clock as ServerClock
from desktop_invoicer.sync.connect import connect_demo, gateway_for
from desktop_invoicer.sync.engine import SyncEngine
from tests.kill import run_jobs

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

SLUG = "late-fee-kill"
CUSTOMERS = 6
FEE = 2500
RUN_SLOW = os.environ.get("RUN_SLOW") == "1"


@pytest.fixture
def slow_server() -> Iterator[StripeServer]:
    # the server's clock runs 40 days behind: invoices it issues "now" are long overdue
    srv = StripeServer(clock=ServerClock(time.time() - 40 * 86400))
    srv.start()
    yield srv
    srv.stop()


def overdue_invoices(server: StripeServer, customers: int) -> list[dict[str, Any]]:
    invoices = []
    for n in range(customers):
        cus = server.dashboard_create("customer", name=f"Client {n}", email=f"c{n}@example.com")
        inv = server.dashboard_create(
            "invoice", customer=cus["id"], collection_method="send_invoice", days_until_due=1
        )
        server.dashboard_create(
            "invoiceitem", customer=cus["id"], invoice=inv["id"], amount=10_000 + n, currency="usd"
        )
        invoices.append(server.dashboard_action("invoice", inv["id"], "finalize"))
    return invoices


def prepare(
    server: StripeServer, application: FeeApplication, customers: int = CUSTOMERS
) -> list[dict[str, Any]]:
    folder = workspace_dir(SLUG)
    folder.mkdir(parents=True, exist_ok=True)
    db = Database.open(folder / "workspace.db")
    connect_demo(db, server.url)
    invoices = overdue_invoices(server, customers)
    gateway = gateway_for(db, SLUG)
    assert gateway is not None
    SyncEngine(db, gateway, time.time).settle()
    gateway.close()
    db.late_fee_policies.save(
        LateFeePolicy(
            id="fee",
            name="USD 25",
            kind=FeeKind.FIXED,
            fixed_minor=FEE,
            currency=currency("USD"),
            application=application,
            is_default=True,
        )
    )
    db.close()
    return invoices


def in_flight(server: StripeServer) -> int:
    """Fees in Stripe whose unit is not recorded done: a kill landed in the middle of one."""
    db = Database.open(workspace_dir(SLUG) / "workspace.db")
    try:
        done = sum(1 for u in db.job_units.recent(1000) if u.status is UnitStatus.DONE)
    finally:
        db.close()
    made = {
        (o.get("metadata") or {}).get("desktop_invoicer_unit")
        for kind in ("invoice", "invoiceitem")
        for o in server.objects(kind)
        if (o.get("metadata") or {}).get("desktop_invoicer_late_fee")
    }
    return len(made) - done


def kill_and_restart(
    server: StripeServer, seed: int, kills: int, window: tuple[float, float]
) -> None:
    rng = random.Random(seed)
    killed = mid_fee = 0
    for _ in range(kills):
        if run_jobs(SLUG, kill_after=rng.uniform(*window)) is None:
            killed += 1
            mid_fee += in_flight(server) > 0
    assert killed >= kills // 2, "the kills should land while the jobs run"
    assert mid_fee >= 1, "at least one kill should land between a fee's requests"
    assert run_jobs(SLUG, kill_after=None) == 0
    assert run_jobs(SLUG, kill_after=None) == 0


def check_units(count: int) -> None:
    db = Database.open(workspace_dir(SLUG) / "workspace.db")
    try:
        units = db.job_units.recent(1000)
        assert len(units) == count and {u.status for u in units} == {UnitStatus.DONE}
        assert db.check_integrity() == []
    finally:
        db.close()


def kill_at_first_write(server: StripeServer) -> bool:
    """Run; hold the run's first new write to Stripe and kill the process waiting for it.

    The held write executes after the process died. A write answered from its
    idempotency key (a replay: nothing new happens in Stripe) is let through.
    False: the run ended without a new write.
    """
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_invoicer", "jobs", "run", "--workspace", SLUG],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    seen = len(server.request_log)
    rule = server.faults.delay_next(2, seconds=0.5, method="POST", path="/v1/")
    armed = 2  # a second hold in case the first write is a replay
    while proc.poll() is None:
        remaining = rule.remaining or 0
        if remaining < armed:
            time.sleep(0.05)  # a replay is answered (and logged) at once; a held write is not
            new = [r for r in server.request_log[seen:] if r["method"] == "POST"]
            if not (new and new[-1]["replayed"]) or remaining == 0:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                server.faults.clear()
                time.sleep(0.6)  # the held write goes through meanwhile
                return True
            armed = remaining
        time.sleep(0.002)
    server.faults.clear()
    return False


def fee_invoices(server: StripeServer) -> list[dict[str, Any]]:
    return [
        i
        for i in server.objects("invoice")
        if not i.get("deleted") and (i.get("metadata") or {}).get("desktop_invoicer_late_fee")
    ]


STEPS = [
    "/v1/invoices",  # create the fee invoice
    "/v1/invoiceitems",  # its line
    "/v1/invoices/{fee}/finalize",
    "/v1/invoices/{fee}/send",  # the email
    "/v1/invoices/{fee}",  # the "emailed" marker
    "/v1/invoices/{overdue}",  # the period's marker on the overdue invoice
]


def test_a_fee_invoice_exists_once_after_kills_at_its_first_steps(
    slow_server: StripeServer,
) -> None:
    """The default, shorter version: killed at creating the invoice and adding its line."""
    (invoice,) = prepare(slow_server, FeeApplication.SEPARATE_INVOICE, customers=1)
    assert kill_at_first_write(slow_server) and kill_at_first_write(slow_server)
    assert run_jobs(SLUG, kill_after=None) == 0
    (fee,) = fee_invoices(slow_server)
    writes = [
        r["path"].replace(fee["id"], "{fee}").replace(invoice["id"], "{overdue}")
        for r in slow_server.request_log
        if r["method"] == "POST" and not r["replayed"]
    ]
    assert writes == STEPS
    assert fee["metadata"]["desktop_invoicer_late_fee"] == invoice["id"]
    assert fee["status"] == "open" and fee["total"] == FEE and len(fee["lines"]["data"]) == 1
    assert [s["invoice"] for s in slow_server.sent_invoices] == [fee["id"]]
    check_units(1)


@pytest.mark.slow
@pytest.mark.skipif(not RUN_SLOW, reason="set RUN_SLOW=1 to kill at every step (~20 s)")
def test_a_fee_invoice_exists_once_after_a_kill_at_each_step(slow_server: StripeServer) -> None:
    (invoice,) = prepare(slow_server, FeeApplication.SEPARATE_INVOICE, customers=1)
    steps = 0
    while kill_at_first_write(slow_server):
        steps += 1
        assert steps < 10, "every restart should get one write further"
    held = [
        (r["path"].replace(invoice["id"], "{overdue}"), r["replayed"])
        for r in slow_server.request_log
        if r["method"] == "POST"
    ]
    (fee,) = fee_invoices(slow_server)
    held = [(p.replace(fee["id"], "{fee}"), replayed) for p, replayed in held]
    # each write was cut off once, in order; the email's retry was answered from its
    # idempotency key (no second email)
    assert [p for p, replayed in held if not replayed] == STEPS
    assert [p for p, replayed in held if replayed] == ["/v1/invoices/{fee}/send"]
    assert steps == len(STEPS)
    assert fee["metadata"]["desktop_invoicer_late_fee"] == invoice["id"]
    assert fee["status"] == "open" and fee["total"] == FEE and len(fee["lines"]["data"]) == 1
    assert [s["invoice"] for s in slow_server.sent_invoices] == [fee["id"]]
    assert run_jobs(SLUG, kill_after=None) == 0
    assert len(fee_invoices(slow_server)) == 1
    check_units(1)


def test_a_pending_fee_item_exists_once_after_a_kill(slow_server: StripeServer) -> None:
    prepare(slow_server, FeeApplication.NEXT_INVOICE, customers=2)
    assert kill_at_first_write(slow_server)
    assert run_jobs(SLUG, kill_after=None) == 0
    items = [
        o
        for o in slow_server.objects("invoiceitem")
        if (o.get("metadata") or {}).get("desktop_invoicer_late_fee")
    ]
    assert len(items) == 2 and {o["amount"] for o in items} == {FEE}
    check_units(2)


@pytest.mark.slow
@pytest.mark.skipif(not RUN_SLOW, reason="set RUN_SLOW=1 for kills at random moments")
def test_separate_fee_invoices_exist_once_after_kills_at_random_points(
    slow_server: StripeServer,
) -> None:
    invoices = prepare(slow_server, FeeApplication.SEPARATE_INVOICE)
    slow_server.faults.delay_next(None, seconds=0.02)  # room to be killed between requests
    kill_and_restart(slow_server, 8, 8, (2.6, 4.6))

    overdue = {i["id"] for i in invoices}
    fees = [
        i
        for i in slow_server.objects("invoice")
        if not i.get("deleted") and (i.get("metadata") or {}).get("desktop_invoicer_late_fee")
    ]
    per_invoice = Counter(i["metadata"]["desktop_invoicer_late_fee"] for i in fees)
    assert set(per_invoice) == overdue and set(per_invoice.values()) == {1}
    for fee in fees:
        assert fee["status"] == "open" and fee["total"] == FEE
        assert len(fee["lines"]["data"]) == 1
    emails = Counter(s["invoice"] for s in slow_server.sent_invoices)
    assert {f["id"]: emails[f["id"]] for f in fees} == {f["id"]: 1 for f in fees}
    items = [o for o in slow_server.objects("invoiceitem") if not o.get("deleted")]
    assert sum(1 for o in items if (o.get("metadata") or {}).get("desktop_invoicer_unit")) == len(
        overdue
    )
    check_units(len(overdue))


@pytest.mark.slow
@pytest.mark.skipif(not RUN_SLOW, reason="set RUN_SLOW=1 for kills at random moments")
def test_pending_fee_items_exist_once_after_kills_at_random_points(
    slow_server: StripeServer,
) -> None:
    invoices = prepare(slow_server, FeeApplication.NEXT_INVOICE)
    slow_server.faults.delay_next(None, seconds=0.02)
    kill_and_restart(slow_server, 3, 6, (2.6, 3.6))

    items = [
        o
        for o in slow_server.objects("invoiceitem")
        if not o.get("deleted") and (o.get("metadata") or {}).get("desktop_invoicer_late_fee")
    ]
    per_invoice = Counter(o["metadata"]["desktop_invoicer_late_fee"] for o in items)
    assert set(per_invoice) == {i["id"] for i in invoices} and set(per_invoice.values()) == {1}
    assert {o["amount"] for o in items} == {FEE} and all(o["invoice"] is None for o in items)
    check_units(len(invoices))
