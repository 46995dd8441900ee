"""Crash safety of usage and milestone billing: ``jobs run`` killed (SIGKILL) at random points.

Usage of several customers, products and past months, and completed milestones,
are billed by a process killed again and again mid-way and restarted. At the end
each (customer, product, month) has exactly one Stripe invoice item with its
amount, each milestone exactly one invoice, and the workspace says all is done.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from datetime import UTC, date, datetime

import pytest

from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.milestones import MilestoneStatus, Project, ProjectMode
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.pricing import PricingModel, Tier, UsagePricing, graduated
from desktop_invoicer.jobs import usage
from desktop_invoicer.storage import Database, workspace_dir
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.connect import connect_demo, gateway_for
from desktop_invoicer.sync.engine import SyncEngine
from tests.kill import run_jobs

from .test_kill import slow_server  # noqa: F401 (fixture)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

SLUG = "jobs-kill"
TIERS = (Tier(100, 5), Tier(None, 2))
MONTHS = 3
KILLS = (0.9, 1.2, 1.5)  # default: a few kills mid-billing (about 10 s)
KILLS_SLOW = (0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.8, 2.0)  # RUN_SLOW=1


def past_months(today: date) -> list[str]:
    found = []
    year, month = today.year, today.month
    for _ in range(MONTHS):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        found.append(f"{year}-{month:02d}")
    return found


def test_usage_and_milestones_killed_at_random_points_bill_once(
    slow_server: StripeServer,  # noqa: F811
) -> None:
    folder = workspace_dir(SLUG)
    folder.mkdir(parents=True, exist_ok=True)
    db = Database.open(folder / "workspace.db")
    connect_demo(db, slow_server.url)
    names = ("Acme", "Globex", "Initech")
    for name in names:
        slow_server.dashboard_create("customer", name=name, email=f"{name.lower()}@example.com")
    for product, amount in (("API calls", 3), ("Storage", 40)):
        made = slow_server.dashboard_create("product", name=product)
        slow_server.dashboard_create(
            "price", product=made["id"], currency="usd", unit_amount=amount
        )
    gateway = gateway_for(db, SLUG)
    assert gateway is not None
    SyncEngine(db, gateway, time.time).settle()
    gateway.close()
    api = next(p for p in db.products.all() if p.name == "API calls")
    db.usage.set_plan(api.id, "USD", UsagePricing(PricingModel.GRADUATED, tiers=TIERS))
    months = past_months(datetime.now(UTC).date())
    rows = ["customer,product,quantity,period"]
    for n, name in enumerate(names):
        for month in months:
            rows.append(f"{name},API calls,{150 + n},{month}")
            rows.append(f"{name},Storage,{7 + n},{month}")
    report = usage.import_csv(db, "\n".join(rows) + "\n")
    assert report.summary == f"{len(rows) - 1} accepted, 0 already imported, 0 rejected"
    acme = db.usage.customer("Acme")
    assert acme is not None
    project = db.milestones.save_project(
        Project("", "Relaunch", acme.id, currency("USD"), ProjectMode.SEND)
    )
    for i in range(3):
        m = db.milestones.add_milestone(
            project.id, f"Phase {i + 1}", Money.of(10000 * (i + 1), "USD")
        )
        db.milestones.complete(m.id)  # queued by the next job run
    db.close()

    delays = KILLS_SLOW if os.environ.get("RUN_SLOW") else KILLS
    killed = sum(run_jobs(SLUG, kill_after=delay) is None for delay in delays)
    assert killed >= 2, "the kills should land while the jobs run"
    run_jobs(SLUG, kill_after=None)
    assert run_jobs(SLUG, kill_after=None) == 0

    items = [
        i
        for i in slow_server.objects("invoiceitem")
        if not i.get("deleted") and "desktop_invoicer_usage_period" in (i.get("metadata") or {})
    ]
    per_unit = Counter(i["metadata"]["desktop_invoicer_unit"] for i in items)
    assert len(per_unit) == len(names) * 2 * MONTHS and set(per_unit.values()) == {1}
    api_amounts = sorted(i["amount"] for i in items if i["description"].startswith("API"))
    expected = sorted(graduated(150 + n, TIERS) for n in range(len(names)) for _ in months)
    assert api_amounts == expected
    milestone_invoices = [
        i
        for i in slow_server.objects("invoice")
        if (i.get("metadata") or {}).get("desktop_invoicer_milestone")
    ]
    assert len(milestone_invoices) == 3
    assert sorted(i["total"] for i in milestone_invoices) == [10000, 20000, 30000]
    assert all(i["status"] == "open" for i in milestone_invoices)

    db = Database.open(folder / "workspace.db")
    try:
        assert {c.status for c in db.usage.charges()} == {"done"}
        assert len(db.usage.charges()) == len(names) * 2 * MONTHS
        ms = db.milestones.milestones(project.id)
        assert {m.status for m in ms} == {MilestoneStatus.DONE}
        assert db.check_integrity() == []
    finally:
        db.close()
