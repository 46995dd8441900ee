"""Schema versions: upgrades with a backup, and files the app must refuse."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
import sqlite_utils

from desktop_invoicer.storage import (
    SCHEMA_VERSION,
    CustomerFilter,
    Database,
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseOpenError,
    DatabaseTooNewError,
    InvoiceFilter,
    MigrationError,
    NotAWorkspaceError,
    migrations,
)

DRAFT_MADE = int(datetime(2026, 1, 10, 12).timestamp())


def make_v1(path: Path) -> None:
    """A version-1 workspace as an older app left it, with a customer and an invoice."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        migrations.migration_1(
            sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
        )
        conn.execute(f"PRAGMA application_id={migrations.APPLICATION_ID}")
        conn.execute("PRAGMA user_version=1")
        conn.execute(
            "INSERT INTO customers (id, name, email, phone, currency, address, updated_at) "
            "VALUES ('c1', 'Acme Corporation', 'billing@acme.example', '', 'USD', '{}', 0)"
        )
        conn.execute(
            "INSERT INTO invoices (id, customer_id, currency, status, number, collection_method, "
            "issue_date, subtotal, discount, tax, total, amount_paid, amount_remaining, "
            "customer_name, customer_email, updated_at) VALUES ('i1', 'c1', 'USD', 'open', "
            "'ACME-0001', 'send_invoice', '2025-03-01', 123450, 0, 0, 123450, 0, 123450, "
            "'Acme Corporation', 'billing@acme.example', 0)"
        )
        conn.execute(
            "INSERT INTO invoice_lines (invoice_id, position, description, quantity, "
            "unit_amount, amount) VALUES ('i1', 0, 'Website maintenance', 1, 123450, 123450)"
        )
        conn.execute(  # a draft made on 2026-01-10 (local time), after the open invoice
            "INSERT INTO invoices (id, customer_id, currency, status, collection_method, "
            "subtotal, discount, tax, total, amount_paid, amount_remaining, customer_name, "
            "customer_email, created, updated_at) VALUES ('d1', 'c1', 'USD', 'draft', "
            f"'send_invoice', 0, 0, 0, 0, 0, 0, '', '', {DRAFT_MADE}, 0)"
        )
    finally:
        conn.close()


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_a_new_file_gets_the_whole_schema_and_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "workspace.db"
    with Database.open(path) as db:
        assert db.schema_version == SCHEMA_VERSION
        app_id = db.connection().execute("PRAGMA application_id").fetchone()[0]
        assert app_id == migrations.APPLICATION_ID
    assert list(tmp_path.glob("*.bak-*")) == []


def test_upgrading_v1_keeps_the_data_and_backs_up_first(tmp_path: Path) -> None:
    path = tmp_path / "workspace.db"
    make_v1(path)
    with Database.open(path) as db:
        assert db.schema_version == SCHEMA_VERSION
        invoice = db.invoices.get("i1")
        assert invoice.number == "ACME-0001"
        assert invoice.lines[0].unit_amount.minor == 123450
        assert db.customers.get("c1").name == "Acme Corporation"
        # Data written before search existed is searchable after the upgrade.
        for text in ("acme", "1,234.50", "1234.50", "website", "ACME-0001"):
            assert db.invoices.count(InvoiceFilter(search=text)) == 1, text
        assert db.customers.count(CustomerFilter(search="acm")) == 1
        # The draft lists by the day it was made: first, newest first.
        assert [r.id for r in db.invoices.page()] == ["d1", "i1"]
        listed = db.connection().execute("SELECT sort_date FROM invoices WHERE id = 'd1'")
        assert listed.fetchone()[0] == "2026-01-10"
    backup = tmp_path / "workspace.db.bak-v1"
    assert backup.is_file()
    assert user_version(backup) == 1
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("SELECT name FROM customers").fetchall() == [("Acme Corporation",)]
    finally:
        copy.close()
    # Opening again is the fast path: nothing to migrate, no new backup.
    backup.unlink()
    Database.open(path).close()
    assert not backup.exists()


def test_a_failed_upgrade_leaves_the_file_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "workspace.db"
    make_v1(path)

    def broken(db: object) -> None:
        raise sqlite3.OperationalError("no such column: oops")

    def buggy(db: object) -> None:
        raise KeyError("a bug in Python code")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.migration_1, buggy])
    with pytest.raises(MigrationError):
        Database.open(path)

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.migration_1, broken])
    with pytest.raises(MigrationError) as caught:
        Database.open(path)
    assert "version" in str(caught.value)
    assert caught.value.advice
    assert user_version(path) == 1
    monkeypatch.undo()
    with Database.open(path) as db:
        assert db.invoices.get("i1").number == "ACME-0001"


def test_a_newer_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "workspace.db"
    Database.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 3}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as caught:
        Database.open(path)
    error = caught.value
    assert (error.found, error.supported) == (SCHEMA_VERSION + 3, SCHEMA_VERSION)
    assert str(SCHEMA_VERSION + 3) in str(error) and str(SCHEMA_VERSION) in str(error)
    assert "update" in str(error).lower()
    assert "update" in error.advice.lower()
    assert user_version(path) == SCHEMA_VERSION + 3
    assert list(tmp_path.glob("*.bak-*")) == []
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "workspace.db"
    path.write_bytes(b"These are my notes, not a database. " * 200)
    with pytest.raises(DatabaseCorruptError) as caught:
        Database.open(path)
    assert caught.value.advice
    assert isinstance(caught.value, DatabaseOpenError)


def test_a_damaged_schema_page_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "workspace.db"
    Database.open(path).close()
    data = bytearray(path.read_bytes())
    data[120:4096] = b"\x5a" * (4096 - 120)  # the schema table lives on page 1
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorruptError):
        Database.open(path)


def test_an_exclusive_lock_held_elsewhere_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "workspace.db"
    Database.open(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode=EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseLockedError) as caught:
            Database.open(path, busy_timeout_ms=50)
        assert "another program" in caught.value.advice.lower()
        other.execute("COMMIT")
    finally:
        other.close()
    Database.open(path).close()


def test_a_locked_old_workspace_is_reported_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "workspace.db"
    make_v1(path)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseLockedError):
            Database.open(path, busy_timeout_ms=50)
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert user_version(path) == 1


def test_another_programs_database_is_not_a_workspace(tmp_path: Path) -> None:
    path = tmp_path / "photos.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotAWorkspaceError) as caught:
        Database.open(path)
    assert caught.value.advice
    assert path.read_bytes() == before  # not even switched to WAL


def test_an_unopenable_path_is_an_open_error(tmp_path: Path) -> None:
    folder = tmp_path / "workspace.db"
    folder.mkdir()  # a folder where the file should be
    with pytest.raises(DatabaseOpenError) as caught:
        Database.open(folder)
    assert caught.value.advice


def test_migrations_are_listed_once_per_version() -> None:
    assert len(migrations.MIGRATIONS) == SCHEMA_VERSION
