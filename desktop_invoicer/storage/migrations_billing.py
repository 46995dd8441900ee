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


_MIGRATION_10_SQL: list[str] = []
