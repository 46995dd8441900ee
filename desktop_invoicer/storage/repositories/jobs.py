"""Background jobs: schedules, units of work, job runs and the replies of job requests.

A unit of work is written here, keyed by its deterministic id, before any
Stripe request is made for it (design rule 3); ``plan`` inserts only units that
do not exist yet, so a unit, once planned, is never planned again, whatever the
clock says. Schedules are app-only state (Stripe has no such object): they are
audited like the Stripe-mirrored values.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ...domain.calendar import BusinessDayRule
from ...domain.currency import currency
from ...domain.invoice import CollectionMethod, InvoiceLine
from ...domain.money import Money
from ...domain.schedule import Cadence, CatchUp, Schedule, ScheduleMode
from ...domain.units import METADATA_UNIT, JobUnit, UnitKind, UnitStatus
from ..codec import dumps, loads, parse_date, tax_rate_from_row, to_jsonable
from ..errors import NotFoundError
from .base import LOCAL_USER, Repository, new_id
from .lookup import LookupRepository

__all__ = [
    "METADATA_UNIT",
    "InvoiceForJobs",
    "JobRun",
    "JobRunRepository",
    "JobUnitRepository",
    "OutboxReplyRepository",
    "ScheduleRepository",
]

# -- schedules ------------------------------------------------------------------------------


def _lines_json(lines: Iterable[InvoiceLine]) -> str:
    return dumps(
        [
            {
                "description": line.description,
                "quantity": line.quantity,
                "unit_amount": line.unit_amount.minor,
                "price_id": line.price_id,
                "tax_rate_ids": [r.id for r in line.tax_rates],
            }
            for line in lines
        ]
    )


class ScheduleRepository(Repository):
    object_type = "schedule"

    def _columns(self, s: Schedule) -> dict[str, Any]:
        return {
            "name": s.name,
            "customer_id": s.customer_id,
            "currency": s.currency.code,
            "lines": _lines_json(s.lines),
            "cadence": s.cadence.value,
            "interval": s.interval,
            "rrule": s.rrule,
            "anchor": s.anchor.isoformat(),
            "end_date": None if s.end_date is None else s.end_date.isoformat(),
            "count": s.count,
            "time_zone": s.time_zone,
            "business_days": s.business_days.value,
            "holiday_country": s.holiday_country.upper(),
            "holiday_subdivision": s.holiday_subdivision.upper(),
            "lead_days": s.lead_days,
            "mode": s.mode.value,
            "catch_up": s.catch_up.value,
            "collection_method": s.collection_method.value,
            "days_until_due": s.days_until_due,
            "memo": s.memo,
            "footer": s.footer,
            "paused": int(s.paused),
        }

    def _from_row(self, conn: sqlite3.Connection, row: sqlite3.Row) -> Schedule:
        cur = currency(row["currency"])
        raw_lines: list[dict[str, Any]] = loads(row["lines"])
        rate_ids = sorted({i for line in raw_lines for i in line.get("tax_rate_ids") or []})
        rates = {}
        if rate_ids:
            marks = ",".join("?" * len(rate_ids))
            rows = conn.execute(f"SELECT * FROM tax_rates WHERE id IN ({marks})", rate_ids)
            rates = {r["id"]: tax_rate_from_row(r) for r in rows}
        lines = tuple(
            InvoiceLine(
                description=str(line["description"]),
                quantity=int(line["quantity"]),
                unit_amount=Money(int(line["unit_amount"]), cur),
                tax_rates=tuple(rates[i] for i in line.get("tax_rate_ids") or [] if i in rates),
                price_id=line.get("price_id"),
            )
            for line in raw_lines
        )
        return Schedule(
            id=row["id"],
            name=row["name"],
            customer_id=row["customer_id"],
            currency=cur,
            lines=lines,
            anchor=date.fromisoformat(row["anchor"]),
            cadence=Cadence(row["cadence"]),
            interval=row["interval"],
            rrule=row["rrule"],
            end_date=parse_date(row["end_date"]),
            count=row["count"],
            time_zone=row["time_zone"],
            business_days=BusinessDayRule(row["business_days"]),
            holiday_country=row["holiday_country"],
            holiday_subdivision=row["holiday_subdivision"],
            lead_days=row["lead_days"],
            mode=ScheduleMode(row["mode"]),
            catch_up=CatchUp(row["catch_up"]),
            collection_method=CollectionMethod(row["collection_method"]),
            days_until_due=row["days_until_due"],
            memo=row["memo"],
            footer=row["footer"],
            paused=bool(row["paused"]),
        )

    def find(self, id: str) -> Schedule | None:
        conn = self._read()
        row = conn.execute("SELECT * FROM schedules WHERE id = ? AND deleted = 0", (id,)).fetchone()
        return None if row is None else self._from_row(conn, row)

    def get(self, id: str) -> Schedule:
        found = self.find(id)
        if found is None:
            raise NotFoundError(self.object_type, id)
        return found

    def list(self, *, customer_id: str | None = None) -> list[Schedule]:
        """Every schedule (not deleted), by name."""
        conn = self._read()
        sql = "SELECT * FROM schedules WHERE deleted = 0"
        params: list[Any] = []
        if customer_id is not None:
            sql += " AND customer_id = ?"
            params.append(customer_id)
        rows = conn.execute(sql + " ORDER BY name COLLATE NOCASE, id", params).fetchall()
        return [self._from_row(conn, r) for r in rows]

    def save(self, schedule: Schedule, *, actor: str = LOCAL_USER) -> Schedule:
        """Validate and store a new schedule (empty id: a new one) or replace a stored one."""
        schedule.validate()
        if not schedule.id:
            schedule = replace(schedule, id=new_id())
        with self._db.transaction() as tx:
            if (
                tx.execute(
                    "SELECT 1 FROM customers WHERE id = ?", (schedule.customer_id,)
                ).fetchone()
                is None
            ):
                raise NotFoundError("customer", schedule.customer_id)
            row = tx.execute("SELECT * FROM schedules WHERE id = ?", (schedule.id,)).fetchone()
            before = None if row is None else self._from_row(tx.conn, row)
            now = self._now()
            columns = {**self._columns(schedule), "deleted": 0, "updated_at": now}
            if row is None:
                columns = {"id": schedule.id, **columns, "created_at": now}
                names = ", ".join(columns)
                marks = ", ".join("?" * len(columns))
                tx.execute(
                    f"INSERT INTO schedules ({names}) VALUES ({marks})", list(columns.values())
                )
            else:
                assignments = ", ".join(f"{name} = ?" for name in columns)
                tx.execute(
                    f"UPDATE schedules SET {assignments} WHERE id = ?",
                    [*columns.values(), schedule.id],
                )
            self._audit(
                tx,
                self.object_type,
                schedule.id,
                "create" if before is None else "update",
                None if before is None else to_jsonable(before),
                to_jsonable(schedule),
                actor,
            )
            tx.changed("schedules")
        return schedule

    def set_paused(self, id: str, paused: bool, *, actor: str = LOCAL_USER) -> Schedule:
        return self.save(replace(self.get(id), paused=paused), actor=actor)

    def delete(self, id: str, *, actor: str = LOCAL_USER) -> None:
        """Remove the schedule (kept, marked deleted, so its units still name it)."""
        with self._db.transaction() as tx:
            before = self.get(id)
            tx.execute(
                "UPDATE schedules SET deleted = 1, updated_at = ? WHERE id = ?", (self._now(), id)
            )
            self._audit(tx, self.object_type, id, "delete", to_jsonable(before), None, actor)
            tx.changed("schedules")


# -- units of work ------------------------------------------------------------------------


def _unit(row: sqlite3.Row) -> JobUnit:
    return JobUnit(
        id=row["id"],
        kind=UnitKind(row["kind"]),
        due_on=date.fromisoformat(row["due_on"]),
        status=UnitStatus(row["status"]),
        schedule_id=row["schedule_id"],
        invoice_ref=row["invoice_ref"],
        period_key=row["period_key"],
        step=row["step"],
        attempt=row["attempt"],
        result=loads(row["result"]) or {},
        error=row["error"],
        stripe_ids=loads(row["stripe_ids"]) or {},
        outbox_id=row["outbox_id"],
        run_id=row["run_id"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


@dataclass(frozen=True, slots=True)
class InvoiceForJobs:
    """What the reminder and retry jobs need of a cached invoice."""

    id: str
    stripe_id: str
    customer_id: str
    customer_name: str
    number: str | None
    currency: str
    collection_method: str
    due_date: date | None
    amount_remaining: int
    raw: Mapping[str, Any]


class JobUnitRepository(LookupRepository[JobUnit]):
    table = "job_units"
    noun = "unit of work"

    def _from_row(self, row: sqlite3.Row) -> JobUnit:
        return _unit(row)

    def plan(self, units: Sequence[JobUnit], *, run_id: int | None = None) -> list[JobUnit]:
        """Record units that do not exist yet (one transaction); returns those recorded now."""
        inserted: list[JobUnit] = []
        with self._db.transaction() as tx:
            now = self._now()
            for u in units:
                cursor = tx.execute(
                    "INSERT INTO job_units (id, kind, schedule_id, invoice_ref, period_key, step, "
                    "attempt, due_on, status, result, error, stripe_ids, run_id, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (id) DO NOTHING",
                    (
                        u.id,
                        u.kind.value,
                        u.schedule_id,
                        u.invoice_ref,
                        u.period_key,
                        u.step,
                        u.attempt,
                        u.due_on.isoformat(),
                        u.status.value,
                        dumps(dict(u.result)) if u.result else None,
                        u.error,
                        dumps(dict(u.stripe_ids)),
                        run_id,
                        now,
                        now,
                    ),
                )
                if cursor.rowcount == 1:
                    inserted.append(replace(u, run_id=run_id, created_at=now, updated_at=now))
            tx.changed("job_units")
        return inserted

    def mark_running(self, id: str, outbox_id: int, run_id: int | None) -> None:
        self._update(
            id,
            "status = 'running', outbox_id = ?, run_id = COALESCE(?, run_id)",
            (outbox_id, run_id),
        )

    def finish(
        self,
        id: str,
        status: UnitStatus,
        *,
        result: Mapping[str, Any] | None = None,
        error: str | None = None,
        stripe_ids: Mapping[str, str] | None = None,
        invoice_ref: str | None = None,
        run_id: int | None = None,
    ) -> None:
        """Record the end of a unit: done, failed or skipped, with what happened."""
        self._update(
            id,
            "status = ?, result = COALESCE(?, result), error = ?, "
            "stripe_ids = COALESCE(?, stripe_ids), invoice_ref = COALESCE(?, invoice_ref), "
            "run_id = COALESCE(?, run_id)",
            (
                status.value,
                None if result is None else dumps(dict(result)),
                error,
                None if stripe_ids is None else dumps(dict(stripe_ids)),
                invoice_ref,
                run_id,
            ),
        )

    def reopen(self, id: str) -> JobUnit:
        """A failed unit back to planned (the user asked to retry it)."""
        unit = self.get(id)
        if unit.status is not UnitStatus.FAILED:
            raise ValueError(f"Only a failed unit can be retried; this one is {unit.status}.")
        self._update(id, "status = 'planned', error = NULL", ())
        return self.get(id)

    def _update(self, id: str, assignments: str, params: tuple[Any, ...]) -> None:
        with self._db.transaction() as tx:
            cursor = tx.execute(
                f"UPDATE job_units SET {assignments}, updated_at = ? WHERE id = ?",
                (*params, self._now(), id),
            )
            if cursor.rowcount == 0:
                raise NotFoundError("unit of work", id)
            tx.changed("job_units")

    # -- queries ----------------------------------------------------------------------

    def with_status(self, *statuses: UnitStatus, kind: UnitKind | None = None) -> list[JobUnit]:
        marks = ",".join("?" * len(statuses))
        sql = f"SELECT * FROM job_units WHERE status IN ({marks})"
        params: list[Any] = [s.value for s in statuses]
        if kind is not None:
            sql += " AND kind = ?"
            params.append(kind.value)
        rows = self._read().execute(sql + " ORDER BY due_on, created_at, id", params)
        return [_unit(r) for r in rows]

    def recent(self, limit: int = 200, *, kind: UnitKind | None = None) -> list[JobUnit]:
        """The most recently changed units, newest first (for the Jobs view)."""
        sql = "SELECT * FROM job_units"
        params: list[Any] = []
        if kind is not None:
            sql += " WHERE kind = ?"
            params.append(kind.value)
        rows = self._read().execute(sql + " ORDER BY updated_at DESC, id LIMIT ?", [*params, limit])
        return [_unit(r) for r in rows]

    def for_run(self, run_id: int) -> list[JobUnit]:
        rows = self._read().execute(
            "SELECT * FROM job_units WHERE run_id = ? ORDER BY due_on, id", (run_id,)
        )
        return [_unit(r) for r in rows]

    def for_schedule(self, schedule_id: str) -> list[JobUnit]:
        rows = self._read().execute(
            "SELECT * FROM job_units WHERE schedule_id = ? ORDER BY period_key", (schedule_id,)
        )
        return [_unit(r) for r in rows]

    def for_invoice(self, invoice_ref: str, kind: UnitKind | None = None) -> list[JobUnit]:
        sql = "SELECT * FROM job_units WHERE invoice_ref = ?"
        params: list[Any] = [invoice_ref]
        if kind is not None:
            sql += " AND kind = ?"
            params.append(kind.value)
        rows = self._read().execute(sql + " ORDER BY due_on, id", params)
        return [_unit(r) for r in rows]

    def periods(self, schedule_id: str) -> set[str]:
        """Period keys of every unit of the schedule, whatever its state."""
        rows = self._read().execute(
            "SELECT period_key FROM job_units WHERE schedule_id = ? AND kind = 'recurring'",
            (schedule_id,),
        )
        return {str(r[0]) for r in rows}

    def steps_by_invoice(self) -> dict[str, set[str]]:
        """Reminder step keys handled so far, per Stripe invoice id."""
        found: dict[str, set[str]] = {}
        for ref, step in self._read().execute(
            "SELECT invoice_ref, step FROM job_units WHERE kind = 'reminder'"
        ):
            found.setdefault(str(ref), set()).add(str(step))
        return found

    def attempts_by_invoice(self) -> dict[str, list[JobUnit]]:
        """Retry units so far, per Stripe invoice id."""
        found: dict[str, list[JobUnit]] = {}
        for row in self._read().execute(
            "SELECT * FROM job_units WHERE kind = 'retry' ORDER BY attempt"
        ):
            found.setdefault(str(row["invoice_ref"]), []).append(_unit(row))
        return found

    def recurring_for_invoice(self, invoice_ref: str) -> JobUnit | None:
        row = (
            self._read()
            .execute(
                "SELECT * FROM job_units WHERE invoice_ref = ? AND kind = 'recurring'",
                (invoice_ref,),
            )
            .fetchone()
        )
        return None if row is None else _unit(row)

    def counts(self) -> dict[str, int]:
        """Units per status (for a status line)."""
        rows = self._read().execute("SELECT status, count(*) FROM job_units GROUP BY status")
        return {str(s): int(n) for s, n in rows}

    # -- the invoices the jobs act on (read-only views of the cache) --------------------

    def invoice_for_unit(self, unit_id: str) -> tuple[str, str] | None:
        """(local id, Stripe id) of a cached invoice whose metadata names ``unit_id``."""
        row = (
            self._read()
            .execute(
                "SELECT id, stripe_id FROM invoices WHERE "
                f"json_extract(metadata, '$.{METADATA_UNIT}') = ?",
                (unit_id,),
            )
            .fetchone()
        )
        if row is None or row["stripe_id"] is None:
            return None
        return str(row["id"]), str(row["stripe_id"])

    def open_invoices(
        self, collection_method: str, due_through: date | None = None
    ) -> list[InvoiceForJobs]:
        """Open, synced invoices collected by ``collection_method``, oldest due date first."""
        sql = (
            "SELECT id, stripe_id, customer_id, customer_name, number, currency, "
            "collection_method, effective_due_date, amount_remaining, raw FROM invoices "
            "WHERE status = 'open' AND stripe_id IS NOT NULL AND collection_method = ? "
            "AND amount_remaining > 0"
        )
        params: list[Any] = [collection_method]
        if due_through is not None:
            sql += " AND effective_due_date IS NOT NULL AND effective_due_date <= ?"
            params.append(due_through.isoformat())
        rows = self._read().execute(sql + " ORDER BY effective_due_date, id", params)
        return [
            InvoiceForJobs(
                id=r["id"],
                stripe_id=r["stripe_id"],
                customer_id=r["customer_id"],
                customer_name=r["customer_name"],
                number=r["number"],
                currency=r["currency"],
                collection_method=r["collection_method"],
                due_date=parse_date(r["effective_due_date"]),
                amount_remaining=r["amount_remaining"],
                raw=loads(r["raw"]) or {},
            )
            for r in rows
        ]

    def invoice_status(self, stripe_id: str) -> str | None:
        row = (
            self._read()
            .execute("SELECT status FROM invoices WHERE stripe_id = ?", (stripe_id,))
            .fetchone()
        )
        return None if row is None else str(row[0])


# -- job runs ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class JobRun:
    id: int
    started_at: int
    finished_at: int | None
    trigger: str
    status: str  # running / ok / failed
    counts: Mapping[str, int]
    summary: str
    error: str | None


def _run(row: sqlite3.Row) -> JobRun:
    return JobRun(
        id=row["id"],
        started_at=row["started_at"],
        finished_at=row["finished_at"],
        trigger=row["trigger"],
        status=row["status"],
        counts=loads(row["counts"]) or {},
        summary=row["summary"],
        error=row["error"],
    )


class JobRunRepository(Repository):
    def start(self, started_at: int, trigger: str = "app") -> JobRun:
        with self._db.transaction() as tx:
            cursor = tx.execute(
                "INSERT INTO job_runs (started_at, trigger) VALUES (?, ?)", (started_at, trigger)
            )
            tx.changed("job_runs")
            run_id = int(cursor.lastrowid or 0)
        return self.get(run_id)

    def finish(
        self,
        run_id: int,
        finished_at: int,
        *,
        ok: bool,
        counts: Mapping[str, int],
        summary: str,
        error: str | None = None,
    ) -> JobRun:
        with self._db.transaction() as tx:
            tx.execute(
                "UPDATE job_runs SET finished_at = ?, status = ?, counts = ?, summary = ?, "
                "error = ? WHERE id = ?",
                (
                    finished_at,
                    "ok" if ok else "failed",
                    dumps(dict(counts)),
                    summary,
                    error,
                    run_id,
                ),
            )
            tx.changed("job_runs")
        return self.get(run_id)

    def get(self, run_id: int) -> JobRun:
        row = self._read().execute("SELECT * FROM job_runs WHERE id = ?", (run_id,)).fetchone()
        if row is None:
            raise NotFoundError("job run", str(run_id))
        return _run(row)

    def recent(self, limit: int = 50) -> list[JobRun]:
        """The latest runs, newest first (by the order they ran, not by the clock)."""
        rows = self._read().execute("SELECT * FROM job_runs ORDER BY id DESC LIMIT ?", (limit,))
        return [_run(r) for r in rows]

    def previous(self, run_id: int) -> JobRun | None:
        """The run before ``run_id``."""
        row = (
            self._read()
            .execute("SELECT * FROM job_runs WHERE id < ? ORDER BY id DESC LIMIT 1", (run_id,))
            .fetchone()
        )
        return None if row is None else _run(row)


# -- replies of job requests ----------------------------------------------------------------


class OutboxReplyRepository(Repository):
    """What a queued request answered, by idempotency key, for the job that queued it."""

    def record(self, idempotency_key: str, reply: Mapping[str, Any]) -> None:
        with self._db.transaction() as tx:
            tx.execute(
                "INSERT INTO outbox_replies (idempotency_key, reply, at) VALUES (?, ?, ?) "
                "ON CONFLICT (idempotency_key) DO UPDATE SET reply = excluded.reply, at = excluded.at",
                (idempotency_key, dumps(dict(reply)), self._now()),
            )
            tx.changed("outbox_replies")

    def get(self, idempotency_key: str) -> dict[str, Any] | None:
        row = (
            self._read()
            .execute(
                "SELECT reply FROM outbox_replies WHERE idempotency_key = ?", (idempotency_key,)
            )
            .fetchone()
        )
        return None if row is None else dict(loads(row[0]))
