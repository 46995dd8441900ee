"""Backups with the online backup API while a writer commits, retention, and restore."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop_invoicer.domain.units import recurring_unit_id
from desktop_invoicer.jobs.runner import JobRunner
from desktop_invoicer.storage import Database
from desktop_invoicer.storage.backup import (
    BackupSettings,
    backup_database,
    history,
    integrity,
    needs_reconcile,
    reconcile_started,
    restore,
    to_keep,
)
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.backfill import BackfillCancelled
from desktop_invoicer.sync.engine import SyncEngine
from desktop_invoicer.sync.gateway import GatewayConfig, StripeGateway
from tests.jobs.clocks import LinkedClock
from tests.jobs.conftest import (
    KEY,
    Desktop,
    invoices_of_unit,
    local_customer_id,
    monthly_schedule,
    stripe_customer,
)

BATCH = 50


def _writer(db: Database, stop: threading.Event, written: list[int]) -> None:
    """What a sync does: pages of Stripe objects, one transaction per page."""
    page = 0
    try:
        while not stop.is_set():
            objs = [
                {
                    "id": f"ch_{page:05d}_{i:03d}",
                    "object": "charge",
                    "created": page,
                    "amount": 100 + i,
                    "description": "x" * 200,
                }
                for i in range(BATCH)
            ]
            db.stripe_objects.upsert_many(objs)
            page += 1
            written.append(page * BATCH)
    finally:
        db.close_thread_connection()


def test_backup_while_a_sync_writes_is_consistent(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "w" / "workspace.db")
    try:
        BackupSettings(folder=str(tmp_path / "b"), keep_daily=30).save(db)
        db.stripe_objects.upsert_many(
            [{"id": f"seed_{i}", "object": "charge", "raw": "y" * 500} for i in range(2000)]
        )
        stop, written = threading.Event(), [0]
        thread = threading.Thread(target=_writer, args=(db, stop, written))
        thread.start()
        try:
            infos = []
            for _ in range(3):
                before = written[-1]
                infos.append(backup_database(db))
                assert written[-1] >= before
        finally:
            stop.set()
            thread.join()
        assert written[-1] > 0, "the writer committed while backups ran"
        for info in infos:
            assert info.integrity == "ok" and integrity(info.path) == []
            conn = sqlite3.connect(info.path)
            try:
                count = conn.execute(
                    "SELECT count(*) FROM stripe_objects WHERE stripe_id LIKE 'ch_%'"
                ).fetchone()[0]
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            finally:
                conn.close()
            assert count % BATCH == 0  # whole transactions only, never half a page
        assert [h.path for h in history(db)] == [i.path for i in reversed(infos)]
    finally:
        db.close()


def test_retention_keeps_the_newest_of_each_day_and_week() -> None:
    day = 86_400
    now = datetime(2026, 3, 31, 12, tzinfo=UTC).timestamp()
    created = [int(now - d * day - h * 3600) for d in range(0, 40) for h in (1, 5)]
    keep = to_keep(created, now, keep_daily=7, keep_weekly=4)
    recent = {ts for ts in created if now - ts < day}
    assert recent <= keep and len(recent) == 2  # everything from the last 24 hours
    newest_per_day = {datetime.fromtimestamp(ts, tz=UTC).date(): ts for ts in sorted(created)}
    older = keep - recent
    assert all(newest_per_day[datetime.fromtimestamp(ts, tz=UTC).date()] == ts for ts in older)
    days = sorted({datetime.fromtimestamp(ts, tz=UTC).date() for ts in keep}, reverse=True)
    assert days[:7] == [date(2026, 3, 31 - d) for d in range(7)]
    weeks = {datetime.fromtimestamp(ts, tz=UTC).date().isocalendar()[:2] for ts in keep}
    assert len(weeks) == 4  # the newest of each of the last four ISO weeks
    assert len(keep) == 2 + 6 + 2  # today's two, six older days, two older weeks


def test_restore_refuses_an_existing_target_and_a_damaged_backup(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "w.db")
    try:
        info = backup_database(db, folder=tmp_path / "b")
    finally:
        db.close()
    with pytest.raises(FileExistsError):
        restore(info.path, tmp_path / "w.db")
    broken = tmp_path / "broken.backup.db"
    data = bytearray(info.path.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    broken.write_bytes(bytes(data))
    with pytest.raises(Exception, match=r"damaged|malformed|not a"):
        restore(broken, tmp_path / "new.db")
    assert not (tmp_path / "new.db").exists()


def test_a_restored_old_backup_reconciles_first_and_repeats_no_job(
    desktop: Desktop, server: StripeServer, clock: LinkedClock, tmp_path: Path
) -> None:
    cus = stripe_customer(server)
    desktop.sync()
    sid = desktop.db.schedules.save(
        monthly_schedule(local_customer_id(desktop.db, cus), date(2026, 1, 31))
    ).id
    old = backup_database(desktop.db, folder=tmp_path / "backups")  # before the period is billed
    clock.to_day(date(2026, 1, 31))
    assert desktop.run().summary == "Created 1 invoice for January 2026."
    unit_id = recurring_unit_id(sid, "2026-01")
    assert len(invoices_of_unit(server, unit_id)) == 1
    requests_before = len(server.request_log)

    restored = restore(old.path, tmp_path / "restored" / "workspace.db", clock=clock.timestamp)
    gateway = StripeGateway(
        GatewayConfig(KEY, api_base=server.url, requests_per_second=1000.0, timeout=10.0)
    )
    try:
        assert restored.check_integrity() == []
        assert needs_reconcile(restored) is not None
        assert restored.job_units.find(unit_id) is None  # the backup predates the run
        engine = SyncEngine(restored, gateway, clock.timestamp)
        runner = JobRunner(restored, clock, engine.sender)
        refused = runner.run_due()
        assert refused.error is not None and "Sync with Stripe first" in refused.error
        assert len(server.request_log) == requests_before  # not one request to Stripe
        with pytest.raises(BackfillCancelled):  # the person closed the app mid-way
            engine.run_once(cancelled=lambda: True)
        assert needs_reconcile(restored) is not None and reconcile_started(restored)
        assert runner.run_due().error is not None  # still refused
        report = engine.settle()
        assert report.error is None and needs_reconcile(restored) is None
        creates = sum(1 for r in server.request_log[requests_before:] if r["method"] == "POST")
        assert creates == 0  # the reconcile only read
        after = runner.run_due()
        assert after.ok, after.summary
        assert after.counts == {"recurring.adopted": 1}  # found in Stripe, not created
        assert len(invoices_of_unit(server, unit_id)) == 1
        assert all(
            r["method"] != "POST" or "/v1/invoices" not in r["path"]
            for r in server.request_log[requests_before:]
        )
        assert [s["invoice"] for s in server.sent_invoices] == [
            invoices_of_unit(server, unit_id)[0]["id"]
        ]
    finally:
        gateway.close()
        restored.close()


def test_scheduled_backups_run_after_the_jobs_once_a_day(
    desktop: Desktop, clock: LinkedClock, tmp_path: Path
) -> None:
    db = desktop.db
    desktop.runner.run_due()
    assert history(db) == []  # off by default
    BackupSettings(folder=str(tmp_path / "b"), schedule="daily", keep_daily=2, keep_weekly=0).save(
        db
    )
    for day in range(6, 10):
        clock.to_day(date(2026, 1, day))
        desktop.runner.run_due()
        desktop.runner.run_due()  # the same day again: nothing new
    kept = history(db)
    assert len(kept) == 2  # retention: the newest two days
    assert [datetime.fromtimestamp(b.created_at, tz=UTC).day for b in kept] == [9, 8]
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == sorted(b.path.name for b in kept)
    assert len(history(db, include_pruned=True)) == 4


def test_backups_during_a_real_sync_restore_and_converge(
    desktop: Desktop, server: StripeServer, clock: LinkedClock, tmp_path: Path
) -> None:
    """The sync engine backfills 300 invoices in a thread while backups are taken."""
    server.seed(customers=40, invoices=300, rng_seed=7)
    done = threading.Event()
    errors: list[BaseException] = []

    def sync() -> None:
        try:
            desktop.engine.settle()
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            desktop.db.close_thread_connection()
            done.set()

    thread = threading.Thread(target=sync)
    thread.start()
    infos = []
    while not done.is_set() or not infos:
        infos.append(backup_database(desktop.db, folder=tmp_path / "b"))
    thread.join()
    assert not errors
    counts = []
    for info in infos:
        assert integrity(info.path) == []
        conn = sqlite3.connect(info.path)
        try:
            counts.append(conn.execute("SELECT count(*) FROM invoices").fetchone()[0])
        finally:
            conn.close()
    mid = [info for info, n in zip(infos, counts, strict=True) if 0 < n < 300]
    print(f"{len(infos)} backups during the sync; invoices in them: {counts}")
    restored = restore(
        (mid or infos)[0].path, tmp_path / "r" / "workspace.db", clock=clock.timestamp
    )
    gateway = StripeGateway(
        GatewayConfig(KEY, api_base=server.url, requests_per_second=1000.0, timeout=10.0)
    )
    try:
        assert SyncEngine(restored, gateway, clock.timestamp).settle().error is None
        count = restored.connection().execute("SELECT count(*) FROM invoices").fetchone()[0]
        live = [i for i in server.objects("invoice") if not i.get("deleted")]
        assert count == len(live) >= 300
        assert needs_reconcile(restored) is None
    finally:
        gateway.close()
        restored.close()
