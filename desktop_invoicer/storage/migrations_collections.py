"""Migration 8: state for collections (issue 8).

Split from ``migrations.py`` so each room owns its tables; the rules there hold here
too: append, never edit a released migration.

Tables of the first half of issue 8 (segments, rules, escalation, disputes):

* ``customer_tags``: tags on customers. Stripe customers have no tags, so they are
  app-only state kept here (one row per customer and tag).
* ``segments``: a named group of customers, defined by conditions (JSON) combined
  with ``all``/``any``; membership is computed, never stored.
* ``collection_rules``: defaults for new invoices, per customer or per segment, in a
  visible order (``priority``, lowest first). A NULL field means "no opinion".
* ``invoice_terms``: which rule set a draft's terms, shown in the invoice editor.
* ``escalations``: invoices put on the owner's escalation list, and whether that
  pauses their automatic reminders.
* ``disputes``: Stripe's disputes as cached from the API, with the invoice the
  disputed payment paid (found through its invoice payment).
"""

from __future__ import annotations

from typing import Any


def migration_8(db: Any) -> None:
    """Tables for customer segments, conditional rules, escalations and disputes."""
    for statement in _MIGRATION_8_SQL:
        db.execute(statement)


_MIGRATION_8_SQL: list[str] = [
    """
    CREATE TABLE customer_tags (
        customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (customer_id, tag)
    ) STRICT, WITHOUT ROWID
    """,
    "CREATE INDEX idx_customer_tags_tag ON customer_tags (tag, customer_id)",
    """
    CREATE TABLE segments (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        match TEXT NOT NULL CHECK (match IN ('all', 'any')),
        conditions TEXT NOT NULL DEFAULT '[]',  -- JSON list of conditions
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE collection_rules (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        priority INTEGER NOT NULL,
        scope TEXT NOT NULL CHECK (scope IN ('customer', 'segment')),
        target_id TEXT NOT NULL,  -- a customer id or a segment id
        enabled INTEGER NOT NULL DEFAULT 1,
        days_until_due INTEGER,
        collection_method TEXT
            CHECK (collection_method IN ('send_invoice', 'charge_automatically')),
        discount_percent TEXT,  -- exact decimal text, e.g. "2.5"
        discount_days INTEGER,
        reminder_policy_id TEXT,
        late_fee_policy_id TEXT,
        approval_currency TEXT,
        approval_threshold INTEGER,  -- minor units of approval_currency
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    ) STRICT
    """,
    "CREATE INDEX idx_collection_rules_priority ON collection_rules (priority, id)",
    """
    CREATE TABLE invoice_terms (
        invoice_id TEXT PRIMARY KEY REFERENCES invoices (id) ON DELETE CASCADE,
        rule_id TEXT,
        rule_name TEXT NOT NULL,
        fields TEXT NOT NULL DEFAULT '{}',  -- JSON: field -> rule name that set it
        applied_at INTEGER NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE escalations (
        invoice_ref TEXT PRIMARY KEY,  -- the Stripe invoice id
        reason TEXT NOT NULL,
        days_overdue INTEGER NOT NULL,
        balance INTEGER NOT NULL,
        currency TEXT NOT NULL,
        pause_reminders INTEGER NOT NULL DEFAULT 0,
        escalated_at INTEGER NOT NULL,
        notified_at INTEGER,
        resolved_at INTEGER
    ) STRICT
    """,
    """
    CREATE TABLE disputes (
        stripe_id TEXT PRIMARY KEY,
        charge TEXT,
        payment_intent TEXT,
        invoice TEXT,  -- the Stripe invoice id the disputed payment paid, when known
        status TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        amount INTEGER NOT NULL,
        currency TEXT NOT NULL,
        evidence_due_by INTEGER,
        livemode INTEGER,
        created INTEGER,
        raw TEXT NOT NULL,
        updated_at INTEGER NOT NULL
    ) STRICT
    """,
    "CREATE INDEX idx_disputes_invoice ON disputes (invoice, status)",
    "CREATE INDEX idx_disputes_payment_intent ON disputes (payment_intent)",
]
