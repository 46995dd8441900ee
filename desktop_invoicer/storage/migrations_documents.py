"""Migration 9: state for branded documents (issue 10).

Split from ``migrations.py`` so each room owns its tables; the rules there hold here
too: append, never edit a released migration.
"""

from __future__ import annotations

from typing import Any


def migration_9(db: Any) -> None:
    """Tables for number sequences, branding and template choice, customer language and locale."""
    for statement in _MIGRATION_9_SQL:
        db.execute(statement)


_MIGRATION_9_SQL: list[str] = []
