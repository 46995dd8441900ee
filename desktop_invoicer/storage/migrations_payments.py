"""Migration 11: state for late fees, payment plans and partial payments (issue 8).

Split from ``migrations.py`` so each room owns its tables; the rules there hold here
too: append, never edit a released migration.
"""

from __future__ import annotations

import re
from typing import Any


def migration_11(db: Any) -> None:
    """Tables for late-fee policies, fees and waivers, payment plans and payments outside Stripe.

    A late fee is a unit of work like a reminder (``job_units``, kind ``late_fee``,
    ``period_key`` ``p1``, ``p2`` ...), and so is the automatic charge of a payment
    plan's instalment (kind ``instalment``), so the runner, the Jobs view and the
    exactly-once rules apply to them unchanged. ``job_units`` was created with a CHECK
    on its kinds; SQLite cannot alter a CHECK, so the table is rebuilt with
    ``late_fee`` added to the list (whatever else an earlier migration added is
    kept: the new kind is inserted into the table's own SQL).
    """
    _allow_late_fee_units(db)
    for statement in _MIGRATION_11_SQL:
        db.execute(statement)


def _allow_late_fee_units(db: Any) -> None:
    row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'job_units'")
    sql = str(row.fetchone()[0])
    if "'late_fee'" in sql:
        return
    new_sql, count = re.subn(r"(kind\s+IN\s*\()", r"\1'late_fee', 'instalment', ", sql, count=1)
    if count != 1:
        raise RuntimeError("job_units has no CHECK on its kinds to extend")
    indexes = [
        str(r[0])
        for r in db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'job_units' "
            "AND sql IS NOT NULL"
        ).fetchall()
    ]
    new_sql = new_sql.replace("CREATE TABLE job_units", "CREATE TABLE job_units_rebuilt", 1)
    db.execute(new_sql)
    db.execute("INSERT INTO job_units_rebuilt SELECT * FROM job_units")
    db.execute("DROP TABLE job_units")
    db.execute("ALTER TABLE job_units_rebuilt RENAME TO job_units")
    for index in indexes:
        db.execute(index)


_MIGRATION_11_SQL: list[str] = [
    """
    CREATE TABLE late_fee_policies (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('fixed', 'percent')),
        fixed_minor INTEGER NOT NULL DEFAULT 0 CHECK (fixed_minor >= 0),
        basis_points INTEGER NOT NULL DEFAULT 0 CHECK (basis_points BETWEEN 0 AND 10000),
        currency TEXT,
        cap_minor INTEGER CHECK (cap_minor IS NULL OR cap_minor > 0),
        grace_days INTEGER NOT NULL DEFAULT 0 CHECK (grace_days >= 0),
        cadence TEXT NOT NULL CHECK (cadence IN ('once', 'monthly')),
        application TEXT NOT NULL CHECK (application IN ('next_invoice', 'separate_invoice')),
        enabled INTEGER NOT NULL DEFAULT 1,
        is_default INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    ) STRICT
    """,
    "CREATE UNIQUE INDEX idx_late_fee_policies_default ON late_fee_policies (is_default) "
    "WHERE is_default = 1",
    """
    CREATE TABLE late_fee_waivers (
        unit_id TEXT PRIMARY KEY,  -- the fee's unit of work
        invoice_ref TEXT NOT NULL,  -- the overdue Stripe invoice
        reason TEXT NOT NULL,
        actor TEXT NOT NULL,
        at INTEGER NOT NULL,
        -- before: never sent (nothing to undo); queued: its removal is in the outbox
        state TEXT NOT NULL CHECK (state IN ('before_sending', 'queued', 'removed', 'credited')),
        outbox_id INTEGER
    ) STRICT
    """,
    "CREATE INDEX idx_late_fee_waivers_invoice ON late_fee_waivers (invoice_ref)",
    """
    CREATE TABLE payment_plans (
        id TEXT PRIMARY KEY,
        invoice_id TEXT NOT NULL,  -- local invoice id
        invoice_ref TEXT,  -- its Stripe id
        currency TEXT NOT NULL,
        balance_minor INTEGER NOT NULL CHECK (balance_minor > 0),
        collection TEXT NOT NULL CHECK (collection IN ('send_invoice', 'charge_automatically')),
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
        outbox_id INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    ) STRICT
    """,
    "CREATE INDEX idx_payment_plans_invoice ON payment_plans (invoice_id, status)",
    """
    CREATE TABLE payment_plan_instalments (
        plan_id TEXT NOT NULL REFERENCES payment_plans (id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        due_on TEXT NOT NULL,  -- ISO date
        amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
        stripe_invoice TEXT,  -- the instalment's own Stripe invoice, once created
        PRIMARY KEY (plan_id, number)
    ) STRICT, WITHOUT ROWID
    """,
    """
    CREATE TABLE offline_payments (
        id TEXT PRIMARY KEY,
        invoice_id TEXT NOT NULL,  -- local invoice id
        invoice_ref TEXT,  -- its Stripe id
        customer_id TEXT NOT NULL,
        currency TEXT NOT NULL,
        amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
        applied_minor INTEGER NOT NULL CHECK (applied_minor >= 0),  -- against the invoice
        overpaid_minor INTEGER NOT NULL CHECK (overpaid_minor >= 0),  -- to credit balance
        received_on TEXT NOT NULL,  -- ISO date
        method TEXT NOT NULL CHECK (method IN ('bank_transfer', 'cheque', 'cash', 'other')),
        reference TEXT NOT NULL DEFAULT '',
        mechanism TEXT NOT NULL,  -- 'credit_note' | 'paid_out_of_band' (how Stripe learns it)
        actor TEXT NOT NULL,
        outbox_id INTEGER,  -- the Stripe request that records it; NULL when not connected
        created_at INTEGER NOT NULL,
        CHECK (applied_minor + overpaid_minor = amount_minor)
    ) STRICT
    """,
    "CREATE INDEX idx_offline_payments_invoice ON offline_payments (invoice_id, received_on)",
]
