"""Stripe objects mirrored as raw JSON: payment intents, charges, credit notes.

The sync room stores them as Stripe sends them; reports and the invoice view read
them. Nothing local edits them, so there is no domain value and no audit entry.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..codec import dumps, loads
from .base import Repository


def _ref(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return str(value.get("id")) if isinstance(value, Mapping) else None


_UPSERT_SQL = (
    "INSERT INTO stripe_objects (stripe_id, type, livemode, created, customer, invoice, "
    "deleted, raw, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?) "
    "ON CONFLICT (stripe_id) DO UPDATE SET type = excluded.type, "
    "livemode = excluded.livemode, created = excluded.created, "
    "customer = excluded.customer, invoice = excluded.invoice, deleted = 0, "
    "raw = excluded.raw, updated_at = excluded.updated_at"
)


def _row(obj: Mapping[str, Any], now: int, text: str | None = None) -> tuple[Any, ...]:
    return (
        str(obj["id"]),
        str(obj.get("object") or "unknown"),
        None if obj.get("livemode") is None else int(bool(obj["livemode"])),
        obj.get("created"),
        _ref(obj.get("customer")),
        _ref(obj.get("invoice")),
        dumps(dict(obj)) if text is None else text,
        now,
    )


class StripeObjectRepository(Repository):
    def upsert(self, obj: Mapping[str, Any]) -> None:
        self.upsert_many([obj])

    def upsert_many(
        self, objs: Sequence[Mapping[str, Any]], raw_json: Sequence[str] | None = None
    ) -> None:
        """Store objects as Stripe sent them (a page of a list: one statement).

        ``raw_json``: each object already serialised with ``codec.dumps``, if the caller has it.
        """
        if not objs:
            return
        texts = raw_json if raw_json is not None else [None] * len(objs)
        if len(texts) != len(objs):
            raise ValueError("One JSON text per object.")
        now = self._now()
        with self._db.transaction() as tx:
            tx.executemany(
                _UPSERT_SQL, [_row(obj, now, text) for obj, text in zip(objs, texts, strict=True)]
            )
            tx.changed("stripe_objects")

    def mark_deleted(self, stripe_id: str) -> None:
        with self._db.transaction() as tx:
            tx.execute("UPDATE stripe_objects SET deleted = 1 WHERE stripe_id = ?", (stripe_id,))
            tx.changed("stripe_objects")

    def get(self, stripe_id: str) -> dict[str, Any] | None:
        row = (
            self._read()
            .execute(
                "SELECT raw FROM stripe_objects WHERE stripe_id = ? AND deleted = 0", (stripe_id,)
            )
            .fetchone()
        )
        return None if row is None else dict(loads(row[0]))

    def of_type(self, type: str, *, invoice: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT raw FROM stripe_objects WHERE type = ? AND deleted = 0"
        params: list[Any] = [type]
        if invoice is not None:
            sql += " AND invoice = ?"
            params.append(invoice)
        rows = self._read().execute(sql + " ORDER BY created, stripe_id", params)
        return [dict(loads(r[0])) for r in rows]

    def count(self, type: str) -> int:
        row = self._read().execute(
            "SELECT count(*) FROM stripe_objects WHERE type = ? AND deleted = 0", (type,)
        )
        return int(row.fetchone()[0])
