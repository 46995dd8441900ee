"""Migration 11: state for late fees, payment plans and partial payments (issue 8).

Split from ``migrations.py`` so each room owns its tables; the rules there hold here
too: append, never edit a released migration.
"""

from __future__ import annotations

from typing import Any


def migration_11(db: Any) -> None:
    """Tables for late-fee policies, fees and waivers, payment plans and payments outside Stripe."""
    for statement in _MIGRATION_11_SQL:
        db.execute(statement)


_MIGRATION_11_SQL: list[str] = []
