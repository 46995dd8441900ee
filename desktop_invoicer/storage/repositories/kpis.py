"""The facts the KPI dashboard computes from, read from the local cache (read-only).

One :class:`~...domain.kpis.InvoiceFact` per invoice and one
:class:`~...domain.kpis.OperationFact` per outbox write or job unit; the formulas
live in ``domain/kpis.py``. Days are UTC calendar days.

Where each fact comes from:

- finalized day: Stripe's ``status_transitions.finalized_at``, else the issue date;
- paid day: Stripe's ``status_transitions.paid_at``, else the local ``pay`` in the
  audit log, else the row's last update;
- attempts: Stripe's ``attempt_count`` (0 for invoices never in Stripe);
- retries: the ``retry`` job units of the invoice, and whether one answered ``paid``;
- automated: a ``desktop_invoicer_unit`` in the invoice's metadata, or a
  ``recurring`` job unit that names the invoice. Instalments of a payment plan
  (``desktop_invoicer_plan``) carry a unit too, but a person asked for them: not
  counted as automatic.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from ...domain.kpi_dashboard import Dashboard, compute_dashboard
from ...domain.kpi_periods import Period, trend_buckets
from ...domain.kpis import InvoiceFact, OperationFact
from .base import Repository, select_in

_FACTS_SQL = """
SELECT
    i.id,
    i.currency,
    i.status,
    i.total,
    i.amount_remaining,
    COALESCE(date(i.created, 'unixepoch'), i.sort_date, i.issue_date) AS created_on,
    CASE WHEN i.status != 'draft' THEN COALESCE(
        date(json_extract(i.raw, '$.status_transitions.finalized_at'), 'unixepoch'),
        i.issue_date
    ) END AS finalized_on,
    CASE WHEN i.status = 'paid' THEN COALESCE(
        date(json_extract(i.raw, '$.status_transitions.paid_at'), 'unixepoch'),
        (SELECT date(max(a.at), 'unixepoch') FROM audit_log a
         WHERE a.object_type = 'invoice' AND a.object_id = i.id AND a.action = 'pay'),
        date(i.updated_at, 'unixepoch')
    ) END AS paid_on,
    COALESCE(json_extract(i.raw, '$.attempt_count'), 0) AS attempts,
    COALESCE(r.units, 0) AS retry_units,
    COALESCE(r.paid, 0) AS retry_paid,
    ((json_extract(i.metadata, '$.desktop_invoicer_unit') IS NOT NULL
        AND json_extract(i.metadata, '$.desktop_invoicer_plan') IS NULL)
        OR rec.invoice_ref IS NOT NULL) AS automated
FROM invoices i
LEFT JOIN (
    SELECT invoice_ref, count(*) AS units,
           max(COALESCE(json_extract(result, '$.outcome'), '') = 'paid') AS paid
    FROM job_units WHERE kind = 'retry' AND invoice_ref IS NOT NULL GROUP BY invoice_ref
) r ON r.invoice_ref = i.stripe_id
LEFT JOIN (
    SELECT DISTINCT invoice_ref FROM job_units
    WHERE kind = 'recurring' AND invoice_ref IS NOT NULL
) rec ON rec.invoice_ref = i.stripe_id
"""

_OUTBOX_SQL = """
SELECT date(o.created_at, 'unixepoch') AS day,
       o.status IN ('failed', 'conflict', 'discarded') AS failed,
       CASE WHEN o.object_type = 'invoice' THEN
           (SELECT id FROM invoices WHERE id = o.local_id) END AS invoice_id
FROM outbox o
WHERE o.created_at >= ? AND o.created_at < ?
"""

_UNITS_SQL = """
SELECT date(u.created_at, 'unixepoch') AS day,
       u.status = 'failed' AS failed,
       i.id AS invoice_id
FROM job_units u
LEFT JOIN invoices i ON i.stripe_id = u.invoice_ref
WHERE u.created_at >= ? AND u.created_at < ? AND u.status != 'skipped'
"""


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _epoch(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())


class KpiRepository(Repository):
    """Reads KPI facts from the workspace database (never writes)."""

    def invoice_facts(self) -> list[InvoiceFact]:
        """One fact per invoice in the cache, in id order."""
        rows = self._read().execute(_FACTS_SQL + " ORDER BY i.id").fetchall()
        facts: list[InvoiceFact] = []
        for row in rows:
            created = _day(row[5])
            if created is None:
                continue  # a row without any date cannot be placed in a period
            facts.append(
                InvoiceFact(
                    id=row[0],
                    currency=row[1],
                    status=row[2],
                    total=row[3],
                    amount_remaining=row[4],
                    created_on=created,
                    finalized_on=_day(row[6]),
                    paid_on=_day(row[7]),
                    attempts=int(row[8]),
                    retry_units=int(row[9]),
                    retry_paid=bool(row[10]),
                    automated=bool(row[11]),
                )
            )
        return facts

    def operation_facts(self, start: date, end: date) -> list[OperationFact]:
        """Outbox writes and job units (not skipped ones) created on ``start``..``end``."""
        conn = self._read()
        low, high = _epoch(start), _epoch(end) + 86400
        ops: list[OperationFact] = []
        for kind, sql in (("stripe_call", _OUTBOX_SQL), ("job", _UNITS_SQL)):
            for row in conn.execute(sql, (low, high)):
                ops.append(OperationFact(kind, date.fromisoformat(row[0]), bool(row[1]), row[2]))
        return ops

    def dashboard(
        self, period: Period, previous: Period, facts: Sequence[InvoiceFact] | None = None
    ) -> Dashboard:
        """Every KPI for ``period``, compared with ``previous``, with its trend.

        ``facts`` from an earlier :meth:`invoice_facts` spare reading them again
        (the dashboard keeps them while only the period changes).
        """
        buckets = trend_buckets(period)
        first = min(previous.start, buckets[0].start)
        if facts is None:
            facts = self.invoice_facts()
        ops = self.operation_facts(first, period.end)
        return compute_dashboard(facts, ops, period, previous, buckets)

    def invoice_rows(self, ids: Sequence[str]) -> list[dict[str, object]]:
        """The drill-down list: number, customer, status, amounts and dates of ``ids``."""
        conn = self._read()
        rows = select_in(
            conn,
            "SELECT id, number, customer_name, status, currency, total, amount_remaining, "
            "issue_date, effective_due_date FROM invoices WHERE id IN ({marks})",
            list(ids),
        )
        keys = (
            "id",
            "number",
            "customer_name",
            "status",
            "currency",
            "total",
            "amount_remaining",
            "issue_date",
            "due_date",
        )
        found = [dict(zip(keys, tuple(row), strict=True)) for row in rows]
        found.sort(key=lambda r: (str(r["issue_date"] or ""), str(r["id"])), reverse=True)
        return found
