"""Named policies with at most one workspace default (late fees, reminders).

Their tables have the same life: find, list by name, the default, an audited save
(making one the default takes that from any other) and an audited delete. A table
supplies its name, its noun for errors, and two small hooks: a row as a policy and
a policy as its own columns (everything but ``id`` and the timestamps).
"""

from __future__ import annotations

from abc import abstractmethod
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from ..codec import to_jsonable
from .base import LOCAL_USER, new_id
from .lookup import LookupRepository

if TYPE_CHECKING:
    from ..database import Transaction


class _Policy(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def is_default(self) -> bool: ...

    def validate(self) -> None: ...


P = TypeVar("P", bound=_Policy)


class PolicyRepository(LookupRepository[P]):
    object_type: ClassVar[str]  # in the audit log

    @abstractmethod
    def _columns(self, policy: P) -> dict[str, Any]:
        """The policy's columns but ``id``, ``created_at`` and ``updated_at``."""

    def list(self) -> list[P]:
        rows = self._read().execute(f"SELECT * FROM {self.table} ORDER BY name COLLATE NOCASE, id")
        return [self._from_row(r) for r in rows]

    def default(self) -> P | None:
        row = self._read().execute(f"SELECT * FROM {self.table} WHERE is_default = 1").fetchone()
        return None if row is None else self._from_row(row)

    def save(self, policy: P, *, actor: str = LOCAL_USER) -> P:
        """Validate and store; making it the default takes that from any other policy."""
        policy.validate()
        if not policy.id:
            policy = replace(policy, id=new_id())  # type: ignore[type-var]
        with self._db.transaction() as tx:
            before = self.find(policy.id)
            now = self._now()
            if policy.is_default:
                tx.execute(
                    f"UPDATE {self.table} SET is_default = 0, updated_at = ? "
                    "WHERE is_default = 1 AND id != ?",
                    (now, policy.id),
                )
            columns = self._columns(policy)
            names = ["id", *columns, "created_at", "updated_at"]
            updates = ", ".join(f"{c} = excluded.{c}" for c in [*columns, "updated_at"])
            tx.execute(
                f"INSERT INTO {self.table} ({', '.join(names)}) "
                f"VALUES ({', '.join('?' for _ in names)}) "
                f"ON CONFLICT (id) DO UPDATE SET {updates}",
                (policy.id, *columns.values(), now, now),
            )
            self._audit(
                tx,
                self.object_type,
                policy.id,
                "create" if before is None else "update",
                None if before is None else to_jsonable(before),
                to_jsonable(policy),
                actor,
            )
            tx.changed(self.table)
        return policy

    def _delete(self, tx: Transaction, id: str, actor: str) -> None:
        """Delete the row with its audit entry, in the caller's transaction."""
        before = self.get(id)
        tx.execute(f"DELETE FROM {self.table} WHERE id = ?", (id,))
        self._audit(tx, self.object_type, id, "delete", to_jsonable(before), None, actor)
        tx.changed(self.table)
