"""Migration 9: state for branded documents (issue 10).

Split from ``migrations.py`` so each room owns its tables; the rules there hold here
too: append, never edit a released migration.
"""

from __future__ import annotations

from typing import Any


def migration_9(db: Any) -> None:
    """Invoice number sequences and reservations (``domain/numbering.py`` has the design).

    Branding and the template choice live in the business profile (``settings``), the
    customer's language in ``customers.locale`` (Stripe's ``preferred_locales``): no
    tables needed for them.

    ``number_sequences``: the next sequence number per scope (``INV-2025-{seq}``).
    ``number_reservations``: every number handed out, with the invoice it is for. A
    number is never deleted, so never handed out twice; an invoice has at most one
    live (``reserved`` or ``assigned``) number, so a retry after a crash gets the same
    one; ``taken`` marks a number Stripe said another desktop already used.
    """
    for statement in _MIGRATION_9_SQL:
        db.execute(statement)


_MIGRATION_9_SQL: list[str] = [
    """
    CREATE TABLE number_sequences (
        scope TEXT PRIMARY KEY,
        next_seq INTEGER NOT NULL CHECK (next_seq >= 1),
        updated_at INTEGER NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE number_reservations (
        number TEXT PRIMARY KEY,
        scope TEXT NOT NULL,
        seq INTEGER NOT NULL,
        invoice_id TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('reserved', 'assigned', 'taken')),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    ) STRICT
    """,
    "CREATE UNIQUE INDEX idx_number_reservations_live ON number_reservations (invoice_id) "
    "WHERE state != 'taken'",
    "CREATE INDEX idx_number_reservations_scope ON number_reservations (scope, seq)",
]
