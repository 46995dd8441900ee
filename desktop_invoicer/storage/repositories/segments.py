"""Customer segments, customer tags, and the per-customer metrics segments are matched on.

Metrics come from the local cache by SQL, one grouped query: amounts are summed
per customer *and currency* (never across currencies). Days late: a paid
invoice counts the days between its due date and the day it was paid (0 when
on time); an open invoice past due counts the days until today; other invoices
do not count. Membership is computed on demand, never stored, so a segment is
always current.
"""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from ...domain.segments import (
    CustomerMetrics,
    Segment,
    conditions_from_json,
    conditions_to_json,
)
from ...domain.segments import Match as SegmentMatch
from ...domain.validation import FieldError, ValidationError
from ..codec import dumps, loads, parse_date, to_jsonable
from .base import LOCAL_USER, new_id
from .lookup import LookupRepository

_LATE_SQL = """
SELECT customer_id, currency,
       sum(CASE WHEN status IN ('open', 'paid', 'uncollectible') THEN total ELSE 0 END),
       sum(CASE WHEN status = 'open' THEN amount_remaining ELSE 0 END),
       sum(late), count(late),
       min(issue_date)
FROM (
    SELECT customer_id, currency, status, total, amount_remaining, issue_date,
           CASE
             WHEN effective_due_date IS NULL THEN NULL
             WHEN status = 'paid' AND paid_at IS NOT NULL THEN max(0, CAST(
                 julianday(date(paid_at, 'unixepoch')) - julianday(effective_due_date)
                 AS INTEGER))
             WHEN status = 'open' AND effective_due_date < :today THEN CAST(
                 julianday(:today) - julianday(effective_due_date) AS INTEGER)
             ELSE NULL
           END AS late
    FROM (
        SELECT customer_id, currency, status, total, amount_remaining, issue_date,
               effective_due_date,
               CASE WHEN status = 'paid' AND effective_due_date IS NOT NULL
                    THEN json_extract(raw, '$.status_transitions.paid_at') END AS paid_at
        FROM invoices WHERE status NOT IN ('draft', 'void') {where}
    )
)
GROUP BY customer_id, currency
"""

_CUSTOMERS_SQL = (
    "SELECT id, name, currency, coalesce(json_extract(address, '$.country'), '') AS country "
    "FROM customers WHERE deleted = 0"
)


def _segment_from_row(row: sqlite3.Row) -> Segment:
    return Segment(
        id=row["id"],
        name=row["name"],
        match=SegmentMatch(row["match"]),
        conditions=conditions_from_json(loads(row["conditions"])),
    )


def _clean_tags(tags: Iterable[str]) -> list[str]:
    return sorted({t.strip().lower() for t in tags if t.strip()})


class SegmentRepository(LookupRepository[Segment]):
    table = "segments"
    noun = "segment"

    # -- segments ---------------------------------------------------------------------

    def _from_row(self, row: sqlite3.Row) -> Segment:
        return _segment_from_row(row)

    def list(self) -> builtins.list[Segment]:
        rows = self._read().execute("SELECT * FROM segments ORDER BY name COLLATE NOCASE, id")
        return [_segment_from_row(r) for r in rows]

    def save(self, segment: Segment, *, actor: str = LOCAL_USER) -> Segment:
        """Validate and store (a new one when ``id`` is empty); audited."""
        segment.validate()
        clash = (
            self._read()
            .execute(
                "SELECT id FROM segments WHERE name = ? COLLATE NOCASE AND id != ?",
                (segment.name.strip(), segment.id),
            )
            .fetchone()
        )
        if clash is not None:
            raise ValidationError([FieldError("name", "Another segment has this name.")])
        if not segment.id:
            segment = Segment(new_id(), segment.name, segment.match, segment.conditions)
        segment = Segment(segment.id, segment.name.strip(), segment.match, segment.conditions)
        now = self._now()
        with self._db.transaction() as tx:
            before = self.find(segment.id)
            tx.execute(
                "INSERT INTO segments (id, name, match, conditions, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                "match = excluded.match, conditions = excluded.conditions, "
                "updated_at = excluded.updated_at",
                (
                    segment.id,
                    segment.name,
                    segment.match.value,
                    dumps(conditions_to_json(segment.conditions)),
                    now,
                    now,
                ),
            )
            self._audit(
                tx,
                "segment",
                segment.id,
                "create" if before is None else "update",
                None if before is None else to_jsonable(before),
                to_jsonable(segment),
                actor,
            )
            tx.changed("segments")
        return segment

    def delete(self, id: str, *, actor: str = LOCAL_USER) -> None:
        """Delete a segment no rule uses (a rule for it must be changed or deleted first)."""
        used = self._read().execute(
            "SELECT name FROM collection_rules WHERE scope = 'segment' AND target_id = ?", (id,)
        )
        names = [r[0] for r in used]
        if names:
            raise ValidationError(
                [FieldError("segment", f"Rules use this segment: {', '.join(names)}.")]
            )
        with self._db.transaction() as tx:
            before = self.get(id)
            tx.execute("DELETE FROM segments WHERE id = ?", (id,))
            self._audit(tx, "segment", id, "delete", to_jsonable(before), None, actor)
            tx.changed("segments")

    # -- tags (app-only: Stripe customers have none) -----------------------------------

    def tags(self, customer_id: str) -> builtins.list[str]:
        rows = self._read().execute(
            "SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag", (customer_id,)
        )
        return [r[0] for r in rows]

    def all_tags(self) -> builtins.list[str]:
        rows = self._read().execute("SELECT DISTINCT tag FROM customer_tags ORDER BY tag")
        return [r[0] for r in rows]

    def set_tags(self, customer_id: str, tags: Iterable[str], *, actor: str = LOCAL_USER) -> None:
        clean = _clean_tags(tags)
        with self._db.transaction() as tx:
            before = self.tags(customer_id)
            if before == clean:
                return
            tx.execute("DELETE FROM customer_tags WHERE customer_id = ?", (customer_id,))
            tx.executemany(
                "INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?)",
                [(customer_id, t) for t in clean],
            )
            self._audit(tx, "customer", customer_id, "tags", before, clean, actor)
            tx.changed("customer_tags")

    # -- metrics and membership ---------------------------------------------------------

    def today(self) -> date:
        return datetime.fromtimestamp(self._now()).date()

    def metrics(
        self, customer_ids: Sequence[str] | None = None, today: date | None = None
    ) -> builtins.list[CustomerMetrics]:
        """Every live customer's metrics (or only ``customer_ids``'), by name."""
        conn = self._read()
        params: dict[str, Any] = {"today": (today or self.today()).isoformat()}
        where = ""
        customer_sql = _CUSTOMERS_SQL
        if customer_ids is not None:
            params["ids"] = dumps(list(customer_ids))
            where = "AND customer_id IN (SELECT value FROM json_each(:ids))"
            customer_sql += " AND id IN (SELECT value FROM json_each(:ids))"
        tags: dict[str, set[str]] = {}
        tag_sql = "SELECT customer_id, tag FROM customer_tags"
        if customer_ids is not None:
            tag_sql += " WHERE customer_id IN (SELECT value FROM json_each(:ids))"
        for cid, tag in conn.execute(tag_sql, params):
            tags.setdefault(cid, set()).add(tag)
        money: dict[str, dict[str, Any]] = {}
        for cid, cur, billed, open_, late_sum, late_count, first in conn.execute(
            _LATE_SQL.format(where=where), params
        ):
            m = money.setdefault(
                cid, {"billed": {}, "open": {}, "late": 0, "count": 0, "first": None}
            )
            m["billed"][cur] = int(billed or 0)
            m["open"][cur] = int(open_ or 0)
            m["late"] += int(late_sum or 0)
            m["count"] += int(late_count or 0)
            first_date = parse_date(first)
            if first_date is not None and (m["first"] is None or first_date < m["first"]):
                m["first"] = first_date
        out: builtins.list[CustomerMetrics] = []
        for row in conn.execute(customer_sql + " ORDER BY name COLLATE NOCASE, id", params):
            m = money.get(row["id"], {})
            out.append(
                CustomerMetrics(
                    customer_id=row["id"],
                    name=row["name"],
                    country=str(row["country"] or "").upper(),
                    currency=row["currency"],
                    tags=frozenset(tags.get(row["id"], ())),
                    billed=m.get("billed", {}),
                    open_balance=m.get("open", {}),
                    days_late_total=m.get("late", 0),
                    days_late_count=m.get("count", 0),
                    first_invoice=m.get("first"),
                )
            )
        return out

    def members(self, segment: Segment, today: date | None = None) -> builtins.list[str]:
        """The ids of the customers in ``segment`` now (the segment need not be saved)."""
        return segment.members(self.metrics(today=today))

    def segment_ids_of(self, customer_id: str, today: date | None = None) -> set[str]:
        """The saved segments ``customer_id`` belongs to now."""
        metrics = self.metrics([customer_id], today)
        if not metrics:
            return set()
        return {s.id for s in self.list() if s.matches(metrics[0])}

    def membership(self, today: date | None = None) -> dict[str, builtins.list[str]]:
        """Customer id -> names of the saved segments they belong to (for the Customers view)."""
        segments = self.list()
        result: dict[str, builtins.list[str]] = {}
        if not segments:
            return result
        for m in self.metrics(today=today):
            names = [s.name for s in segments if s.matches(m)]
            if names:
                result[m.customer_id] = names
        return result
