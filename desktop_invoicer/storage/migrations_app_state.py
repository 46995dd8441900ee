"""Migrations 5 and 6: state only the app has (background jobs, review decisions).

Split from ``migrations.py`` for size only; the rules there hold here too:
append, never edit a released migration.
"""

from __future__ import annotations

from typing import Any

# -- migration 5: background jobs ----------------------------------------------------------


def migration_5(db: Any) -> None:
    """Schedules, units of work, job runs, reminder policies and sends, outbox replies.

    A unit of work (``job_units``) is keyed by its deterministic id (design rule 3):
    written before any Stripe request, never planned twice. ``outbox_replies``
    keeps what a job's outbox request answered (a decline code, an adopted
    invoice) for the job that queued it, by idempotency key. The index on the
    invoices' ``desktop_invoicer_unit`` metadata finds an invoice another desktop
    already created for a period without scanning every invoice.
    """
    for statement in _MIGRATION_5_SQL:
        db.execute(statement)


_MIGRATION_5_SQL = [
    """
    CREATE TABLE schedules (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        customer_id TEXT NOT NULL,
        currency TEXT NOT NULL,
        lines TEXT NOT NULL,  -- JSON list of template lines
        cadence TEXT NOT NULL
            CHECK (cadence IN ('weekly', 'monthly', 'quarterly', 'yearly', 'rrule')),
        interval INTEGER NOT NULL DEFAULT 1,
        rrule TEXT NOT NULL DEFAULT '',
        anchor TEXT NOT NULL,  -- ISO date
        end_date TEXT,
        count INTEGER,
        time_zone TEXT NOT NULL DEFAULT 'UTC',
        business_days TEXT NOT NULL DEFAULT 'none',
        holiday_country TEXT NOT NULL DEFAULT '',
        holiday_subdivision TEXT NOT NULL DEFAULT '',
        lead_days INTEGER NOT NULL DEFAULT 0,
        mode TEXT NOT NULL CHECK (mode IN ('draft', 'send')),
        catch_up TEXT NOT NULL CHECK (catch_up IN ('all', 'latest')),
        collection_method TEXT NOT NULL,
        days_until_due INTEGER NOT NULL DEFAULT 30,
        memo TEXT NOT NULL DEFAULT '',
        footer TEXT NOT NULL DEFAULT '',
        paused INTEGER NOT NULL DEFAULT 0,
        deleted INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    ) STRICT
    """,
    "CREATE INDEX idx_schedules_customer ON schedules (customer_id)",
    """
    CREATE TABLE job_units (
        id TEXT PRIMARY KEY,  -- deterministic: sha256 of kind and inputs
        kind TEXT NOT NULL CHECK (kind IN ('recurring', 'reminder', 'retry')),
        schedule_id TEXT,  -- recurring
        invoice_ref TEXT,  -- Stripe invoice id: acted on (reminder, retry) or created (recurring)
        period_key TEXT,  -- recurring: "2026-03"
        step TEXT,  -- reminder: "d+7"
        attempt INTEGER,  -- retry: 1, 2, ...
        due_on TEXT NOT NULL,  -- ISO date from which the unit was due
        status TEXT NOT NULL DEFAULT 'planned'
            CHECK (status IN ('planned', 'running', 'done', 'failed', 'skipped')),
        result TEXT,  -- JSON: what happened
        error TEXT,
        stripe_ids TEXT NOT NULL DEFAULT '{}',  -- JSON: {"invoice": "in_...", ...}
        outbox_id INTEGER,
        run_id INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    ) STRICT
    """,
    "CREATE INDEX idx_job_units_schedule ON job_units (schedule_id, period_key)",
    "CREATE INDEX idx_job_units_invoice ON job_units (invoice_ref, kind)",
    "CREATE INDEX idx_job_units_status ON job_units (status, kind)",
    "CREATE INDEX idx_job_units_updated ON job_units (updated_at, id)",
    """
    CREATE TABLE job_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,  -- creation order, whatever the clock said
        started_at INTEGER NOT NULL,
        finished_at INTEGER,
        trigger TEXT NOT NULL DEFAULT 'app',
        status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'ok', 'failed')),
        counts TEXT NOT NULL DEFAULT '{}',
        summary TEXT NOT NULL DEFAULT '',
        error TEXT
    ) STRICT
    """,
    """
    CREATE TABLE reminder_policies (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        steps TEXT NOT NULL,  -- JSON list of steps
        enabled INTEGER NOT NULL DEFAULT 0,
        is_default INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    ) STRICT
    """,
    "CREATE UNIQUE INDEX idx_reminder_policies_default ON reminder_policies (is_default) "
    "WHERE is_default = 1",
    """
    CREATE TABLE reminder_assignments (
        customer_id TEXT PRIMARY KEY,
        policy_id TEXT REFERENCES reminder_policies (id) ON DELETE CASCADE,  -- NULL: none
        updated_at INTEGER NOT NULL
    ) STRICT
    """,
    "CREATE INDEX idx_reminder_assignments_policy ON reminder_assignments (policy_id)",
    """
    CREATE TABLE reminder_sends (
        invoice_ref TEXT NOT NULL,  -- Stripe invoice id
        step TEXT NOT NULL,  -- "d+7"
        unit_id TEXT NOT NULL,
        policy_id TEXT,
        tone TEXT NOT NULL,
        channel TEXT NOT NULL,  -- 'stripe_email'; 'smtp' later
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        sent_at INTEGER NOT NULL,
        PRIMARY KEY (invoice_ref, step)
    ) STRICT, WITHOUT ROWID
    """,
    """
    CREATE TABLE outbox_replies (
        idempotency_key TEXT PRIMARY KEY,
        reply TEXT NOT NULL,  -- JSON
        at INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID
    """,
    "CREATE INDEX idx_invoices_job_unit ON invoices "
    "(json_extract(metadata, '$.desktop_invoicer_unit')) "
    "WHERE json_extract(metadata, '$.desktop_invoicer_unit') IS NOT NULL",
]


# -- migration 6: the review queue's decisions ----------------------------------------------


def migration_6(db: Any) -> None:
    """``approvals``: each review decision on an invoice, oldest first; the newest counts.

    ``decision``: approved or rejected by a person, ``held`` by hand (the manual-hold
    rule), or ``requeued`` when a reviewed draft was edited and must be seen again.
    Approval rules themselves are a workspace setting (``approval_rules``).
    """
    db.execute(
        """
        CREATE TABLE approvals (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            invoice_id TEXT NOT NULL,
            decision TEXT NOT NULL
                CHECK (decision IN ('approved', 'rejected', 'held', 'requeued')),
            comment TEXT NOT NULL DEFAULT '',
            actor TEXT NOT NULL,
            at INTEGER NOT NULL
        ) STRICT
        """
    )
    db.execute("CREATE INDEX idx_approvals_invoice ON approvals (invoice_id, id)")
