"""``desktop-invoicer jobs run``: headless, prints what it did, exit code 0 or 1."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from desktop_invoicer import cli
from desktop_invoicer.storage import Database, workspace_dir
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.connect import connect_demo

from .conftest import monthly_schedule, stripe_customer


def workspace(slug: str) -> Database:
    folder = workspace_dir(slug)
    folder.mkdir(parents=True, exist_ok=True)
    return Database.open(folder / "workspace.db")


@pytest.fixture
def live_server() -> Iterator[StripeServer]:
    """On the computer's clock, as the command is."""
    srv = StripeServer()
    srv.start()
    yield srv
    srv.stop()


def test_a_workspace_not_connected_to_stripe_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    workspace("offline").close()
    assert cli.main(["jobs", "run", "--workspace", "offline"]) == 1
    assert "not connected to Stripe" in capsys.readouterr().err


def test_jobs_run_syncs_runs_what_is_due_and_prints_it(
    live_server: StripeServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server = live_server
    db = workspace("shop")
    connect_demo(db, server.url)
    db.close()
    assert cli.main(["jobs", "run", "--workspace", "shop"]) == 0
    assert capsys.readouterr().out.strip() == "Nothing was due."

    stripe_id = stripe_customer(server)
    assert cli.main(["jobs", "run", "--workspace", "shop"]) == 0  # the sync brings the customer
    db = workspace("shop")
    local = db.customers.get_by_stripe_id(stripe_id)
    assert local is not None
    today = datetime.now(UTC).date()
    db.schedules.save(monthly_schedule(local.id, today))
    db.close()
    capsys.readouterr()
    assert cli.main(["jobs", "run", "--workspace", "shop"]) == 0
    month = today.strftime("%B %Y")
    assert capsys.readouterr().out.strip() == f"Created 1 invoice for {month}."
    db = workspace("shop")
    (run, *_) = db.job_runs.recent()
    assert (run.trigger, run.status, run.summary) == (
        "cli",
        "ok",
        f"Created 1 invoice for {month}.",
    )
    db.close()
