"""Migration 7: state for insight and bookkeeping (issue 9).

Split from ``migrations.py`` so each room owns its tables; the rules there hold here
too: append, never edit a released migration.
"""

from __future__ import annotations

from typing import Any


def migration_7(db: Any) -> None:
    """Tables for exports already done (so the next continues where the last stopped), account mappings,
    privacy requests and backups.

    **The audit log's one sanctioned exception.** Migration 1 made ``audit_log``
    append-only with triggers that abort every UPDATE and DELETE. A privacy erasure
    (GDPR art. 17, CCPA) must remove a person's data from it, and an overlay that only
    hides the text would leave it in the file. So this migration replaces the UPDATE
    trigger with one that still aborts, *unless* a pending row in ``audit_redactions``
    names the entry, and even then only ``before``/``after`` (the JSON payload) may
    change: id, time, actor, object and action stay as written. The redaction row is
    itself permanent (its own triggers refuse DELETE and any UPDATE but closing it),
    so every rewrite of history is recorded with the privacy request that ordered it.
    DELETE stays forbidden for everyone. The only code that writes ``audit_redactions``
    is ``storage/repositories/privacy.py``.
    """
    for statement in _MIGRATION_7_SQL:
        db.execute(statement)


_MIGRATION_7_SQL: list[str] = [
    # -- accounting: mappings and what each export covered ------------------------------
    """
    CREATE TABLE account_mappings (
        kind TEXT NOT NULL CHECK (kind IN ('product', 'tax_rate', 'default')),
        ref TEXT NOT NULL,  -- product id, tax rate id, or a default's name ('receivable', ...)
        code TEXT NOT NULL,  -- the accounting system's account code or tax code
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (kind, ref)
    ) STRICT, WITHOUT ROWID
    """,
    """
    CREATE TABLE accounting_exports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        format TEXT NOT NULL CHECK (format IN ('quickbooks', 'xero', 'journal')),
        period_start TEXT NOT NULL,  -- ISO date, inclusive
        period_end TEXT NOT NULL,  -- ISO date, inclusive
        destination TEXT NOT NULL,
        reexport INTEGER NOT NULL DEFAULT 0,
        counts TEXT NOT NULL DEFAULT '{}',  -- JSON: {"invoice": 3, ...}
        actor TEXT NOT NULL,
        created_at INTEGER NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE accounting_export_items (
        export_id INTEGER NOT NULL REFERENCES accounting_exports (id) ON DELETE CASCADE,
        format TEXT NOT NULL,
        doc_type TEXT NOT NULL CHECK (doc_type IN ('invoice', 'credit_note', 'payment')),
        doc_id TEXT NOT NULL,  -- Stripe id (or local id for an invoice never synced)
        PRIMARY KEY (format, doc_type, doc_id, export_id)
    ) STRICT, WITHOUT ROWID
    """,
    # -- privacy requests ------------------------------------------------------------------
    """
    CREATE TABLE privacy_requests (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('access', 'erasure')),
        customer_id TEXT NOT NULL,  -- local id (kept: it is a random id, not personal data)
        stripe_id TEXT,
        actor TEXT NOT NULL,  -- who carried it out
        requested_at INTEGER NOT NULL,
        completed_at INTEGER,
        summary TEXT NOT NULL DEFAULT '{}'  -- JSON: what was exported, erased, kept and why
    ) STRICT
    """,
    "CREATE INDEX idx_privacy_requests_customer ON privacy_requests (customer_id, id)",
    """
    CREATE TABLE audit_redactions (
        audit_id INTEGER PRIMARY KEY REFERENCES audit_log (id),
        request_id INTEGER NOT NULL REFERENCES privacy_requests (id),
        pending INTEGER NOT NULL DEFAULT 1 CHECK (pending IN (0, 1)),
        redacted_at INTEGER NOT NULL
    ) STRICT
    """,
    """CREATE TRIGGER audit_redactions_no_delete BEFORE DELETE ON audit_redactions
       BEGIN SELECT RAISE(ABORT, 'audit_redactions is permanent'); END""",
    """CREATE TRIGGER audit_redactions_close_only BEFORE UPDATE ON audit_redactions
       WHEN NOT (old.pending = 1 AND new.pending = 0 AND new.audit_id = old.audit_id
                 AND new.request_id = old.request_id AND new.redacted_at = old.redacted_at)
       BEGIN SELECT RAISE(ABORT, 'audit_redactions is permanent'); END""",
    "DROP TRIGGER audit_log_no_update",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       WHEN NOT EXISTS (
               SELECT 1 FROM audit_redactions r WHERE r.audit_id = old.id AND r.pending = 1)
            OR new.id IS NOT old.id OR new.at IS NOT old.at OR new.actor IS NOT old.actor
            OR new.object_type IS NOT old.object_type OR new.object_id IS NOT old.object_id
            OR new.action IS NOT old.action
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    # -- backups ---------------------------------------------------------------------------
    """
    CREATE TABLE backups (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        path TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        size_bytes INTEGER NOT NULL,
        trigger TEXT NOT NULL CHECK (trigger IN ('manual', 'scheduled', 'cli')),
        integrity TEXT NOT NULL,  -- 'ok' or the first problem PRAGMA integrity_check found
        pruned_at INTEGER  -- removed by the retention policy
    ) STRICT
    """,
]
