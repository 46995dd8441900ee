"""Reading the audit log. Entries are written by the other repositories, in the
same transaction as the change they describe; SQLite triggers refuse any UPDATE
or DELETE of ``audit_log``, so history cannot be rewritten through this app."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..codec import loads
from .base import LOCAL_USER, Repository


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime  # UTC
    actor: str
    object_type: str  # "invoice", "customer", ...
    object_id: str
    action: str  # "create", "update", "delete", "sync", or an invoice action
    before: Any  # JSON data, None for a creation
    after: Any  # JSON data, None for a deletion


class AuditRepository(Repository):
    def entries(
        self,
        object_type: str | None = None,
        object_id: str | None = None,
        *,
        limit: int = 200,
    ) -> list[AuditEntry]:
        """The newest entries first, optionally for one object type or one object."""
        clauses, params = [], []
        if object_type is not None:
            clauses.append("object_type = ?")
            params.append(object_type)
        if object_id is not None:
            clauses.append("object_id = ?")
            params.append(object_id)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        rows = self._read().execute(
            f"SELECT * FROM audit_log{where} ORDER BY id DESC LIMIT ?", [*params, limit]
        )
        return [
            AuditEntry(
                id=r["id"],
                at=datetime.fromtimestamp(r["at"], tz=UTC),
                actor=r["actor"],
                object_type=r["object_type"],
                object_id=r["object_id"],
                action=r["action"],
                before=loads(r["before"]),
                after=loads(r["after"]),
            )
            for r in rows
        ]

    def record(
        self,
        object_type: str,
        object_id: str,
        action: str,
        *,
        before: Any = None,
        after: Any = None,
        actor: str = LOCAL_USER,
    ) -> None:
        """Append an entry for a change made outside the repositories (jobs, sync)."""
        with self._db.transaction() as tx:
            self._audit(tx, object_type, object_id, action, before, after, actor)
