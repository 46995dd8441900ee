"""Migration 11 widens ``job_units``' kinds in place: existing units and indexes are kept."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from desktop_invoicer.storage.migrations_app_state import _MIGRATION_5_SQL
from desktop_invoicer.storage.migrations_payments import _allow_late_fee_units


def test_units_and_indexes_survive_and_new_kinds_are_allowed() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE invoices (id TEXT, metadata TEXT)")
    for statement in _MIGRATION_5_SQL:
        conn.execute(statement)
    conn.execute(
        "INSERT INTO job_units (id, kind, due_on, created_at, updated_at, invoice_ref) "
        "VALUES ('u1', 'reminder', '2026-01-01', 1, 1, 'in_1')"
    )
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    _allow_late_fee_units(sqlite_utils.Database(conn))
    _allow_late_fee_units(sqlite_utils.Database(conn))  # a second run changes nothing
    assert conn.execute("SELECT id, kind, invoice_ref FROM job_units").fetchall() == [
        ("u1", "reminder", "in_1")
    ]
    assert {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")} == (
        indexes
    )
    for kind in ("late_fee", "instalment"):
        conn.execute(
            "INSERT INTO job_units (id, kind, due_on, created_at, updated_at) "
            f"VALUES ('{kind}', '{kind}', '2026-01-01', 1, 1)"
        )
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        conn.execute(
            "INSERT INTO job_units (id, kind, due_on, created_at, updated_at) "
            "VALUES ('x', 'bogus', '2026-01-01', 1, 1)"
        )
