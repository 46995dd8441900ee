"""Migration 10: state for milestone and usage billing (issue 6).

Split from ``migrations.py`` so each room owns its tables; the rules there hold here
too: append, never edit a released migration.
"""

from __future__ import annotations

from typing import Any


def migration_10(db: Any) -> None:
    """Tables for projects and milestones, imported usage records, customer groups, SMTP settings."""
    for statement in _MIGRATION_10_SQL:
        db.execute(statement)


_MIGRATION_10_SQL: list[str] = [
    # Tiered or volume pricing of a product's usage, per currency (JSON: domain.pricing).
    # Without a row, usage is priced per unit at the product's active price.
    """
    CREATE TABLE usage_plans (
        product_id TEXT NOT NULL,
        currency TEXT NOT NULL,
        pricing TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (product_id, currency)
    ) STRICT, WITHOUT ROWID
    """,
    # One per (customer, product, period): the usage billed as one Stripe invoice item.
    # ``id`` is deterministic (design rule 3): idempotency key and item metadata.
    """
    CREATE TABLE usage_charges (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL,
        product_id TEXT NOT NULL,
        period_key TEXT NOT NULL,
        currency TEXT NOT NULL,
        quantity INTEGER NOT NULL,
        amount INTEGER NOT NULL,  -- minor units
        pricing TEXT NOT NULL,  -- JSON: the pricing applied, kept for the record
        description TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'planned'
            CHECK (status IN ('planned', 'running', 'done', 'failed')),
        outbox_id INTEGER,
        stripe_item TEXT,
        error TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (customer_id, product_id, period_key)
    ) STRICT
    """,
    "CREATE INDEX idx_usage_charges_status ON usage_charges (status)",
    # One per accepted CSV row; ``id`` is the row's deterministic identity.
    """
    CREATE TABLE usage_records (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL,
        product_id TEXT NOT NULL,
        period_key TEXT NOT NULL,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        currency TEXT NOT NULL,
        source_id TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL DEFAULT '',
        line INTEGER NOT NULL DEFAULT 0,
        imported_at INTEGER NOT NULL,
        charge_id TEXT REFERENCES usage_charges (id)  -- NULL: not billed yet
    ) STRICT
    """,
    "CREATE INDEX idx_usage_records_period ON usage_records (customer_id, product_id, period_key)",
    "CREATE INDEX idx_usage_records_unbilled ON usage_records (period_end) WHERE charge_id IS NULL",
    """
    CREATE TABLE projects (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        customer_id TEXT NOT NULL,
        currency TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('draft', 'send')),
        collection_method TEXT NOT NULL,
        days_until_due INTEGER NOT NULL DEFAULT 30,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    ) STRICT
    """,
    # A milestone's ``unit_id`` is deterministic (project, milestone): its invoice's
    # idempotency key and metadata, so completing it twice bills it once.
    """
    CREATE TABLE milestones (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        amount INTEGER NOT NULL,  -- minor units, in the project's currency
        status TEXT NOT NULL DEFAULT 'open'
            CHECK (status IN ('open', 'planned', 'running', 'done', 'failed')),
        unit_id TEXT UNIQUE,
        completed_at INTEGER,
        outbox_id INTEGER,
        invoice_ref TEXT,
        error TEXT,
        updated_at INTEGER NOT NULL
    ) STRICT
    """,
    "CREATE INDEX idx_milestones_project ON milestones (project_id, position)",
    # Customer groups for reminder policies: a customer is in at most one group; a
    # customer's own assignment (reminder_assignments) wins over the group's policy.
    """
    CREATE TABLE customer_groups (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        policy_id TEXT REFERENCES reminder_policies (id) ON DELETE SET NULL,
        created_at INTEGER NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE customer_group_members (
        customer_id TEXT PRIMARY KEY,
        group_id TEXT NOT NULL REFERENCES customer_groups (id) ON DELETE CASCADE
    ) STRICT, WITHOUT ROWID
    """,
    "CREATE INDEX idx_customer_group_members_group ON customer_group_members (group_id)",
]
