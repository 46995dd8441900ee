"""Persistence across restarts (in-process and a killed subprocess), the admin API, seeding."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests
import stripe

from desktop_invoicer.stripe_server import Clock, StripeServer

KEY = "sk_test_process"


@contextmanager
def _client(url: str, **kw: object) -> Iterator[stripe.StripeClient]:
    with requests.Session() as session:
        yield stripe.StripeClient(
            KEY,
            base_addresses={"api": url},
            http_client=stripe.RequestsClient(session=session, timeout=10),
            **kw,  # type: ignore[arg-type]
        )


def test_restart_in_process_keeps_everything(tmp_path: Path) -> None:
    state = tmp_path / "stripe.json"
    with StripeServer(state_path=state, clock=Clock(1_800_000_000, frozen=True)) as a:
        with _client(a.url) as c:
            cus = c.v1.customers.create({"name": "Kept"}, {"idempotency_key": "k"})
            inv = c.v1.invoices.create({"customer": cus.id})
            c.v1.invoice_items.create(
                {"customer": cus.id, "invoice": inv.id, "amount": 10, "currency": "usd"}
            )
            c.v1.invoices.finalize_invoice(inv.id)
            a.clock.advance(3600)
        account = a.state.account.id
    with StripeServer(state_path=state) as b:
        assert b.state.account.id == account
        assert b.clock.now() == 1_800_000_000 + 3600
        assert b.clock.frozen
        with _client(b.url) as c:
            assert c.v1.customers.retrieve(cus.id).name == "Kept"
            again = c.v1.customers.create({"name": "Kept"}, {"idempotency_key": "k"})
            assert again.id == cus.id
            assert c.v1.invoices.retrieve(inv.id).lines.data[0].amount == 10
            assert len(c.v1.events.list({"limit": 100}).data) == len(b.events())
            inv2 = c.v1.invoices.create({"customer": cus.id})
            c.v1.invoice_items.create(
                {"customer": cus.id, "invoice": inv2.id, "amount": 5, "currency": "usd"}
            )
            number = c.v1.invoices.finalize_invoice(inv2.id).number
            assert number is not None and number.endswith("-0002")


def _spawn(state: Path, *extra: str) -> tuple[subprocess.Popen[str], str]:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop_invoicer.stripe_server",
            "--port",
            "0",
            "--state",
            str(state),
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    assert line.startswith("LISTENING http://127.0.0.1:"), line
    return proc, line.split(" ", 1)[1]


def _reap(proc: subprocess.Popen[str]) -> None:
    proc.wait(10)
    for f in (proc.stdout, proc.stderr):
        if f is not None:
            f.close()


def test_killed_process_restarts_with_its_objects(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    proc, url = _spawn(state)
    try:
        with _client(url) as c:
            cus = c.v1.customers.create({"name": "Survivor"})
            inv = c.v1.invoices.create({"customer": cus.id})
            c.v1.invoice_items.create(
                {"customer": cus.id, "invoice": inv.id, "amount": 99, "currency": "usd"}
            )
            c.v1.invoices.finalize_invoice(inv.id)
            c.v1.invoices.pay(inv.id, {"payment_method": "pm_card_visa"})
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        _reap(proc)
    proc, url = _spawn(state)
    try:
        with _client(url) as c:
            again = c.v1.invoices.retrieve(inv.id, {"expand": ["payments"]})
            assert again.status == "paid" and again.amount_paid == 99
            assert again.payments is not None and len(again.payments.data) == 1
            assert c.v1.customers.retrieve(cus.id).name == "Survivor"
            types = {e.type for e in c.v1.events.list({"limit": 100}).data}
            assert {"customer.created", "invoice.finalized", "invoice.paid"} <= types
            health = requests.get(url + "/_admin/health", timeout=5).json()
            assert health["ok"] is True
    finally:
        proc.send_signal(signal.SIGTERM)
        _reap(proc)
    assert proc.returncode == 0


def test_seed_demo_only_when_empty(tmp_path: Path) -> None:
    state = tmp_path / "demo.json"
    proc, url = _spawn(state, "--seed-demo")
    try:
        with _client(url) as c:
            customers = list(c.v1.customers.list({"limit": 100}).auto_paging_iter())
            assert len(customers) == 60
            inv = next(i for i in c.v1.invoices.list({"status": "open"}).data)
            assert inv.hosted_invoice_url is not None
            assert inv.hosted_invoice_url.startswith(url)
            assert requests.get(inv.hosted_invoice_url, timeout=5).status_code == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        _reap(proc)
    proc, url = _spawn(state, "--seed-demo")
    try:
        with _client(url) as c:
            assert len(list(c.v1.customers.list({"limit": 100}).auto_paging_iter())) == 60
            again = c.v1.invoices.retrieve(inv.id)
            assert again.hosted_invoice_url is not None
            assert again.hosted_invoice_url.startswith(url)  # the new port
    finally:
        proc.send_signal(signal.SIGTERM)
        _reap(proc)


def test_admin_http_api(server: StripeServer) -> None:
    base = server.url + "/_admin"
    with requests.Session() as s:
        assert s.get(base + "/health", timeout=5).json()["ok"] is True
        cus = s.post(base + "/dashboard/customer", json={"name": "Dash"}, timeout=5).json()
        assert cus["object"] == "customer"
        upd = s.post(
            base + f"/dashboard/customer/{cus['id']}", json={"email": "d@x.com"}, timeout=5
        )
        assert upd.json()["email"] == "d@x.com"
        bad = s.post(base + "/dashboard/customer", json={"nope": 1}, timeout=5)
        assert bad.status_code == 400 and bad.json()["error"]["param"] == "nope"
        objs = s.get(base + "/objects/customer", timeout=5).json()["data"]
        assert [o["id"] for o in objs] == [cus["id"]]
        assert s.get(base + f"/objects/customer/{cus['id']}", timeout=5).json()["name"] == "Dash"
        now = s.get(base + "/clock", timeout=5).json()["now"]
        moved = s.post(base + "/clock", json={"advance": 3600}, timeout=5).json()["now"]
        assert moved - now >= 3600
        s.post(base + "/faults/fail_next", json={"n": 1, "status": 429}, timeout=5)
        assert server.faults.pending()[0]["status"] == 429
        s.post(base + "/faults/clear", json={}, timeout=5)
        assert server.faults.pending() == []
        events = s.get(base + "/events?type=customer.updated", timeout=5).json()["data"]
        assert len(events) == 1
        counts = s.post(
            base + "/seed", json={"customers": 5, "invoices": 20, "products": 2}, timeout=30
        ).json()
        assert counts["customer"] == 5 and counts["invoice"] == 20
        call = s.post(
            base + "/call",
            json={"method": "GET", "path": "/v1/customers", "params": {"limit": 2}},
            timeout=5,
        ).json()
        assert call["object"] == "list" and len(call["data"]) == 2


def test_seed_is_realistic_and_consistent(
    server: StripeServer, client: stripe.StripeClient
) -> None:
    counts = server.seed(
        customers=50, invoices=300, products=4, events=True, currencies=("usd", "jpy", "kwd")
    )
    assert counts["invoice"] == 300 and counts["customer"] == 50
    invoices = server.objects("invoice")
    statuses = {i["status"] for i in invoices}
    assert statuses == {"draft", "open", "paid", "void", "uncollectible"}
    assert {i["currency"] for i in invoices} == {"usd", "jpy", "kwd"}
    for inv in invoices:
        lines = inv["lines"]["data"]
        assert inv["subtotal"] == sum(ln["amount"] for ln in lines)
        taxes = sum(
            t["amount"] for ln in lines for t in ln["taxes"] if t["tax_behavior"] == "exclusive"
        )
        assert inv["total"] == inv["subtotal"] + taxes
        if inv["status"] == "paid":
            assert inv["amount_remaining"] == 0 and inv["status_transitions"]["paid_at"]
        if inv["status"] != "draft":
            assert inv["number"] and inv["hosted_invoice_url"].startswith(server.url)
    page = client.v1.invoices.list({"limit": 100, "status": "paid"})
    assert page.data and all(i.status == "paid" for i in page.data)
    # the seeded objects take API changes like any other
    open_inv = next(i for i in invoices if i["status"] == "open")
    paid = client.v1.invoices.pay(open_inv["id"], {"paid_out_of_band": True})
    assert paid.status == "paid"
    assert all(e.data.object.to_dict()["object"] for e in client.v1.events.list({"limit": 20}).data)
