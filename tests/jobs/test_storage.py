"""Migration 5 and the job repositories (no network)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import sqlite_utils

from desktop_invoicer.domain.calendar import BusinessDayRule
from desktop_invoicer.domain.catalog import Customer, TaxRate
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.reminders import ReminderPolicy, ReminderStep, default_policy
from desktop_invoicer.domain.schedule import Cadence, CatchUp, ScheduleMode
from desktop_invoicer.domain.units import JobUnit, UnitKind, UnitStatus, recurring_unit_id
from desktop_invoicer.domain.validation import ValidationError
from desktop_invoicer.jobs import scheduler
from desktop_invoicer.jobs import settings as job_settings
from desktop_invoicer.storage import Database, NotFoundError, migrations

from .conftest import monthly_schedule

JOB_TABLES = {
    "schedules",
    "job_units",
    "job_runs",
    "reminder_policies",
    "reminder_assignments",
    "reminder_sends",
    "outbox_replies",
}


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "w.db", clock=lambda: 1_767_600_000.0)
    yield database
    database.close()


def customer(db: Database) -> str:
    return db.customers.add(Customer("", "Acme GmbH", "billing@acme.example", currency("EUR"))).id


def test_upgrading_a_version_4_workspace_adds_the_job_tables(tmp_path: Path) -> None:
    path = tmp_path / "workspace.db"
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    for migration in migrations.MIGRATIONS[:4]:
        migration(db)
    conn.execute(f"PRAGMA application_id={migrations.APPLICATION_ID}")
    conn.execute("PRAGMA user_version=4")
    conn.execute(
        "INSERT INTO customers (id, name, email, phone, currency, address, updated_at) "
        "VALUES ('c1', 'Acme', '', '', 'EUR', '{}', 0)"
    )
    conn.execute(
        "INSERT INTO invoices (id, customer_id, currency, status, collection_method, subtotal, "
        "discount, tax, total, amount_paid, amount_remaining, customer_name, customer_email, "
        "stripe_id, metadata, updated_at) VALUES ('i1', 'c1', 'EUR', 'open', 'send_invoice', "
        "100, 0, 0, 100, 0, 100, 'Acme', '', 'in_1', "
        '\'{"desktop_invoicer_unit": "u1"}\', 0)'
    )
    conn.close()
    with Database.open(path) as upgraded:
        assert upgraded.schema_version == migrations.SCHEMA_VERSION >= 5
        names = {r[0] for r in upgraded.connection().execute("SELECT name FROM sqlite_master")}
        assert names >= JOB_TABLES
        assert upgraded.job_units.invoice_for_unit("u1") == ("i1", "in_1")
        assert upgraded.job_units.invoice_for_unit("u2") is None
    assert (tmp_path / "workspace.db.bak-v4").is_file()


def test_schedules_round_trip_with_tax_rates_and_are_audited(db: Database) -> None:
    vat = db.tax_rates.add(TaxRate("", "VAT", Decimal("19"), False, jurisdiction="DE"))
    schedule = replace(
        monthly_schedule(customer(db), date(2026, 1, 31)),
        id="",
        lines=(InvoiceLine("Hosting", 3, Money.of(4900, "EUR"), tax_rates=(vat,)),),
        cadence=Cadence.RRULE,
        rrule="FREQ=MONTHLY;BYMONTHDAY=-1",
        end_date=date(2026, 12, 31),
        time_zone="Europe/Berlin",
        business_days=BusinessDayRule.PREVIOUS,
        holiday_country="de",
        holiday_subdivision="by",
        lead_days=3,
        mode=ScheduleMode.DRAFT,
        catch_up=CatchUp.LATEST,
    )
    saved = db.schedules.save(schedule)
    assert saved.id
    loaded = db.schedules.get(saved.id)
    assert loaded == replace(saved, holiday_country="DE", holiday_subdivision="BY")
    db.schedules.set_paused(saved.id, True)
    assert db.schedules.get(saved.id).paused
    assert [s.id for s in db.schedules.list(customer_id=saved.customer_id)] == [saved.id]
    db.schedules.delete(saved.id)
    assert db.schedules.find(saved.id) is None and db.schedules.list() == []
    actions = [e.action for e in db.audit.entries("schedule", saved.id)]
    assert actions == ["delete", "update", "create"]  # newest first


def test_a_schedule_is_validated_and_needs_its_customer(db: Database) -> None:
    with pytest.raises(ValidationError):
        db.schedules.save(replace(monthly_schedule(customer(db), date(2026, 1, 1)), lead_days=-2))
    with pytest.raises(NotFoundError):
        db.schedules.save(monthly_schedule("nobody", date(2026, 1, 1)))


def test_units_are_planned_once_whatever_their_later_state(db: Database) -> None:
    unit = JobUnit(
        id=recurring_unit_id("s", "2026-01"),
        kind=UnitKind.RECURRING,
        due_on=date(2026, 1, 1),
        schedule_id="s",
        period_key="2026-01",
        result={"period": "January 2026"},
    )
    run = db.job_runs.start(100, "cli")
    assert db.job_units.plan([unit, unit], run_id=run.id) == [
        replace(unit, run_id=run.id, created_at=1_767_600_000, updated_at=1_767_600_000)
    ]
    db.job_units.finish(unit.id, UnitStatus.DONE, result={"adopted": False}, invoice_ref="in_1")
    assert db.job_units.plan([unit]) == []  # done: never planned again
    stored = db.job_units.get(unit.id)
    assert stored.status is UnitStatus.DONE and stored.invoice_ref == "in_1"
    assert db.job_units.periods("s") == {"2026-01"}
    assert db.job_units.recurring_for_invoice("in_1") == stored
    assert db.job_units.counts() == {"done": 1}
    finished = db.job_runs.finish(
        run.id, 160, ok=True, counts={"recurring.created": 1}, summary="x"
    )
    assert (finished.status, finished.finished_at, finished.counts) == (
        "ok",
        160,
        {"recurring.created": 1},
    )
    assert db.job_runs.previous(db.job_runs.start(50).id) == finished  # by order, not clock


def test_reminder_policies_default_and_assignments(db: Database) -> None:
    policies = db.reminder_policies
    standard = policies.save(replace(default_policy(""), enabled=True))
    strict = policies.save(
        ReminderPolicy("", "Strict", steps=(ReminderStep(1), ReminderStep(3)), is_default=True)
    )
    assert policies.default() == strict and not policies.get(standard.id).is_default
    cid = customer(db)
    assert policies.policy_for(cid) is None  # the default is not enabled
    policies.assign(cid, standard.id)
    assert policies.policy_for(cid) == policies.get(standard.id)
    policies.assign(cid, None)
    assert policies.policy_for(cid) is None and policies.assignments() == {cid: None}
    policies.unassign(cid)
    policies.save(replace(strict, enabled=True))
    assert policies.policy_for(cid) == replace(strict, enabled=True)
    policies.delete(strict.id)
    assert policies.default() is None


def test_job_settings_and_skipping(db: Database) -> None:
    assert job_settings.load(db) == job_settings.JobSettings()
    job_settings.save(db, job_settings.JobSettings(time_zone="Europe/Berlin", retry_days=(2, 5)))
    assert job_settings.load(db).retry_schedule.days == (2, 5)
    with pytest.raises(ValidationError):
        job_settings.save(db, job_settings.JobSettings(time_zone="Nowhere/City"))
    unit = JobUnit("u", UnitKind.REMINDER, date(2026, 1, 1), invoice_ref="in_1", step="d+1")
    db.job_units.plan([unit])
    assert scheduler.skip_unit(db, "u").status is UnitStatus.SKIPPED
    with pytest.raises(ValueError):
        scheduler.skip_unit(db, "u")
