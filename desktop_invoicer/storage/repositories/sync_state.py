"""App-only state for the sync room: the outbox, sync cursors and applied events.

The outbox is the write-ahead log of changes bound for Stripe (design rule 2):
enqueue in the same transaction as the local change (wrap both in
``db.transaction()``), send, then mark sent in the transaction that applies the
reply. ``enqueue`` is idempotent on the idempotency key, so re-running a unit of
work with the same deterministic key never queues it twice.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..codec import dumps, loads
from ..errors import NotFoundError
from .base import Repository


class OutboxStatus(StrEnum):
    PENDING = "pending"  # to send (again, after a retryable failure)
    SENT = "sent"
    FAILED = "failed"  # gave up; needs a person
    CONFLICT = "conflict"  # Stripe's copy changed since base_version; needs a person
    DISCARDED = "discarded"  # the person took Stripe's version over the local change


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    object_type: str
    local_id: str
    operation: str
    payload: Any
    idempotency_key: str
    status: OutboxStatus
    attempts: int
    last_error: str | None
    created_at: int
    sent_at: int | None
    base_version: Any


def _item(row: sqlite3.Row) -> OutboxItem:
    return OutboxItem(
        id=row["id"],
        object_type=row["object_type"],
        local_id=row["local_id"],
        operation=row["operation"],
        payload=loads(row["payload"]),
        idempotency_key=row["idempotency_key"],
        status=OutboxStatus(row["status"]),
        attempts=row["attempts"],
        last_error=row["last_error"],
        created_at=row["created_at"],
        sent_at=row["sent_at"],
        base_version=loads(row["base_version"]),
    )


class OutboxRepository(Repository):
    def enqueue(
        self,
        object_type: str,
        local_id: str,
        operation: str,
        payload: Any,
        idempotency_key: str,
        *,
        base_version: Any = None,
    ) -> OutboxItem:
        """Queue a write; with a key already queued, return the existing item unchanged."""
        with self._db.transaction() as tx:
            tx.execute(
                "INSERT INTO outbox (object_type, local_id, operation, payload, idempotency_key, "
                "created_at, base_version) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (idempotency_key) DO NOTHING",
                (
                    object_type,
                    local_id,
                    operation,
                    dumps(payload),
                    idempotency_key,
                    self._now(),
                    None if base_version is None else dumps(base_version),
                ),
            )
            row = tx.execute(
                "SELECT * FROM outbox WHERE idempotency_key = ?", (idempotency_key,)
            ).fetchone()
            tx.changed("outbox")
        return _item(row)

    def get(self, id: int) -> OutboxItem:
        row = self._read().execute("SELECT * FROM outbox WHERE id = ?", (id,)).fetchone()
        if row is None:
            raise NotFoundError("outbox item", str(id))
        return _item(row)

    def pending(self, limit: int = 100) -> list[OutboxItem]:
        """Items to send, oldest first."""
        rows = self._read().execute(
            "SELECT * FROM outbox WHERE status = 'pending' ORDER BY id LIMIT ?", (limit,)
        )
        return [_item(r) for r in rows]

    def by_status(self, status: OutboxStatus, limit: int = 100) -> list[OutboxItem]:
        rows = self._read().execute(
            "SELECT * FROM outbox WHERE status = ? ORDER BY id LIMIT ?", (status.value, limit)
        )
        return [_item(r) for r in rows]

    def count(self, status: OutboxStatus = OutboxStatus.PENDING) -> int:
        row = self._read().execute("SELECT count(*) FROM outbox WHERE status = ?", (status.value,))
        return int(row.fetchone()[0])

    def record_attempt(self, id: int, error: str) -> None:
        """A retryable failure: count it, keep the item pending."""
        self._set(id, "attempts = attempts + 1, last_error = ?", (error,))

    def mark_sent(self, id: int) -> None:
        self._set(id, "status = 'sent', attempts = attempts + 1, sent_at = ?", (self._now(),))

    def mark_failed(self, id: int, error: str) -> None:
        self._set(id, "status = 'failed', attempts = attempts + 1, last_error = ?", (error,))

    def mark_conflict(self, id: int, error: str, remote: Any = None) -> None:
        """Stop at a conflict; ``remote`` (Stripe's version) is kept beside the base for the user."""
        item = self.get(id)
        version = {"base": item.base_version, "remote": remote}
        self._set(
            id, "status = 'conflict', last_error = ?, base_version = ?", (error, dumps(version))
        )

    def resolve_conflict(self, id: int, *, keep_local: bool, new_base: Any = None) -> None:
        """Keep mine: send again against ``new_base``. Take theirs: drop the local change."""
        if keep_local:
            self._set(
                id,
                "status = 'pending', last_error = NULL, base_version = ?",
                (None if new_base is None else dumps(new_base),),
            )
        else:
            self._set(id, "status = 'discarded', last_error = NULL", ())

    def retry(self, id: int) -> None:
        """Put a failed or conflicting item back in the queue."""
        self._set(id, "status = 'pending'", ())

    def _set(self, id: int, assignments: str, params: tuple[Any, ...]) -> None:
        with self._db.transaction() as tx:
            cursor = tx.execute(f"UPDATE outbox SET {assignments} WHERE id = ?", (*params, id))
            if cursor.rowcount == 0:
                raise NotFoundError("outbox item", str(id))
            tx.changed("outbox")


class SyncStateRepository(Repository):
    """Cursors (named positions in Stripe lists) and the ids of applied events."""

    def cursor(self, name: str) -> str | None:
        row = (
            self._read()
            .execute("SELECT value FROM sync_cursors WHERE name = ?", (name,))
            .fetchone()
        )
        return None if row is None else row[0]

    def set_cursor(self, name: str, value: str | None) -> None:
        with self._db.transaction() as tx:
            tx.execute(
                "INSERT INTO sync_cursors (name, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at",
                (name, value, self._now()),
            )
            tx.changed("sync_cursors")

    def is_applied(self, event_id: str) -> bool:
        row = (
            self._read()
            .execute("SELECT 1 FROM applied_events WHERE event_id = ?", (event_id,))
            .fetchone()
        )
        return row is not None

    def mark_applied(self, event_id: str, type: str, created: int) -> bool:
        """Record an applied event; False if it was already recorded (a duplicate)."""
        with self._db.transaction() as tx:
            cursor = tx.execute(
                "INSERT INTO applied_events (event_id, type, created, applied_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING",
                (event_id, type, created, self._now()),
            )
            tx.changed("applied_events")
            return cursor.rowcount == 1

    def prune_applied(self, created_before: int) -> int:
        """Forget events created before ``created_before`` (Stripe keeps events 30 days)."""
        with self._db.transaction() as tx:
            cursor = tx.execute("DELETE FROM applied_events WHERE created < ?", (created_before,))
            tx.changed("applied_events")
            return cursor.rowcount
