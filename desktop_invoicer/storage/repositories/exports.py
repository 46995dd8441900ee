"""Accounting exports: account mappings, the documents of a period, and what each export covered.

An export records every document it wrote (``accounting_export_items``, per
format), so the next export of the same format leaves them out: the bookkeeper can
export "since the last time" without importing anything twice. A re-export is an
explicit choice (``reexport=True``) and is recorded as such.

What counts as a document of a period (dates in the invoice's own calendar day):
invoices finalized (open, paid, uncollectible) with their issue date in it; issued
credit notes by their effective date (UTC); payments by the invoice's ``paid_at``
(UTC), one per paid invoice, for its ``amount_paid``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ...domain.bookkeeping import (
    AccountingDoc,
    DocLine,
    DocTax,
    DocType,
    ExportBatch,
    ExportFormat,
    Mappings,
    Payment,
)
from ...domain.currency import currency
from ..codec import dumps, loads, parse_date
from .base import LOCAL_USER, Repository
from .export_documents import credit_notes, customer_rows, party, utc_day

EXPORTED_STATUSES = ("open", "paid", "uncollectible")


@dataclass(frozen=True, slots=True)
class ExportRecord:
    id: int
    format: ExportFormat
    period_start: date
    period_end: date
    destination: str
    reexport: bool
    counts: Mapping[str, int]
    created_at: int


class ExportRepository(Repository):
    # -- mappings --------------------------------------------------------------------

    def mappings(self) -> Mappings:
        found: dict[str, dict[str, str]] = {"product": {}, "tax_rate": {}, "default": {}}
        for row in self._read().execute("SELECT kind, ref, code FROM account_mappings"):
            found[row["kind"]][row["ref"]] = row["code"]
        return Mappings(found["product"], found["tax_rate"], found["default"])

    def save_mappings(self, mappings: Mappings) -> None:
        """Replace every mapping; an empty code removes one."""
        now = self._now()
        rows = [
            (kind, ref, code.strip(), now)
            for kind, values in (
                ("product", mappings.products),
                ("tax_rate", mappings.tax_rates),
                ("default", mappings.defaults),
            )
            for ref, code in values.items()
            if code.strip()
        ]
        with self._db.transaction() as tx:
            tx.execute("DELETE FROM account_mappings")
            tx.executemany(
                "INSERT INTO account_mappings (kind, ref, code, updated_at) VALUES (?, ?, ?, ?)",
                rows,
            )
            self._audit(
                tx, "account_mappings", "", "update", None, [r[:3] for r in rows], LOCAL_USER
            )
            tx.changed("account_mappings")

    # -- what was exported ---------------------------------------------------------------

    def exported_ids(self, fmt: ExportFormat) -> set[tuple[str, str]]:
        rows = self._read().execute(
            "SELECT DISTINCT doc_type, doc_id FROM accounting_export_items WHERE format = ?",
            (fmt.value,),
        )
        return {(r[0], r[1]) for r in rows}

    def history(self, fmt: ExportFormat | None = None, limit: int = 50) -> list[ExportRecord]:
        where, params = ("WHERE format = ?", [fmt.value]) if fmt else ("", [])
        rows = self._read().execute(
            f"SELECT * FROM accounting_exports {where} ORDER BY id DESC LIMIT ?", [*params, limit]
        )
        return [
            ExportRecord(
                id=r["id"],
                format=ExportFormat(r["format"]),
                period_start=date.fromisoformat(r["period_start"]),
                period_end=date.fromisoformat(r["period_end"]),
                destination=r["destination"],
                reexport=bool(r["reexport"]),
                counts=loads(r["counts"]),
                created_at=r["created_at"],
            )
            for r in rows
        ]

    def next_period_start(self, fmt: ExportFormat) -> date | None:
        """The day after the last export of this format ended, where the next one continues."""
        last = self.history(fmt, limit=1)
        if not last:
            return None
        return date.fromordinal(last[0].period_end.toordinal() + 1)

    def record(
        self,
        fmt: ExportFormat,
        start: date,
        end: date,
        destination: str,
        batch: ExportBatch,
        *,
        reexport: bool = False,
        actor: str = LOCAL_USER,
    ) -> ExportRecord:
        """Record what an export wrote (call after the files are written)."""
        now = self._now()
        with self._db.transaction() as tx:
            cur = tx.execute(
                "INSERT INTO accounting_exports (format, period_start, period_end, destination, "
                "reexport, counts, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    fmt.value,
                    start.isoformat(),
                    end.isoformat(),
                    destination,
                    int(reexport),
                    dumps(batch.counts),
                    actor,
                    now,
                ),
            )
            export_id = int(cur.lastrowid or 0)
            tx.executemany(
                "INSERT OR IGNORE INTO accounting_export_items (export_id, format, doc_type, doc_id) "
                "VALUES (?, ?, ?, ?)",
                [(export_id, fmt.value, kind.value, doc_id) for kind, doc_id in batch.ids()],
            )
            self._audit(
                tx,
                "accounting_export",
                str(export_id),
                "export",
                None,
                {
                    "format": fmt.value,
                    "period": [start.isoformat(), end.isoformat()],
                    "counts": batch.counts,
                    "reexport": reexport,
                },
                actor,
            )
            tx.changed("accounting_exports")
        return self.history(fmt, limit=1)[0]

    # -- the documents of a period -----------------------------------------------------

    def batch(
        self, fmt: ExportFormat, start: date, end: date, *, reexport: bool = False
    ) -> ExportBatch:
        """The documents of ``start``..``end`` (inclusive) this format carries, less those
        already exported in this format unless ``reexport``."""
        done = set() if reexport else self.exported_ids(fmt)
        kinds = fmt.documents
        invoices = self._invoices(start, end) if DocType.INVOICE in kinds else []
        notes = credit_notes(self._read(), start, end) if DocType.CREDIT_NOTE in kinds else []
        payments = self._payments(start, end) if DocType.PAYMENT in kinds else []
        return ExportBatch(
            tuple(d for d in invoices if (DocType.INVOICE.value, d.doc_id) not in done),
            tuple(d for d in notes if (DocType.CREDIT_NOTE.value, d.doc_id) not in done),
            tuple(p for p in payments if (DocType.PAYMENT.value, p.doc_id) not in done),
        )

    def counts(
        self, fmt: ExportFormat, start: date, end: date, *, reexport: bool = False
    ) -> dict[str, int]:
        """What :meth:`batch` would hold, counted in SQL alone (for a preview on the UI thread)."""
        kinds = fmt.documents
        params: dict[str, Any] = {
            "fmt": fmt.value,
            "start": start.isoformat(),
            "end": end.isoformat(),
            "all": int(reexport),
        }

        def not_done(kind: str, ref: str) -> str:
            return (
                f"(:all OR {ref} NOT IN (SELECT doc_id FROM accounting_export_items "
                f"WHERE format = :fmt AND doc_type = '{kind}'))"
            )

        queries = {
            DocType.INVOICE: "SELECT count(*) FROM invoices WHERE status IN "
            f"{EXPORTED_STATUSES} AND issue_date BETWEEN :start AND :end AND "
            + not_done("invoice", "coalesce(stripe_id, id)"),
            DocType.CREDIT_NOTE: "SELECT count(*) FROM stripe_objects WHERE type = "
            "'credit_note' AND deleted = 0 AND json_extract(raw, '$.status') = 'issued' AND "
            "date(coalesce(json_extract(raw, '$.effective_at'), created), 'unixepoch') "
            "BETWEEN :start AND :end AND " + not_done("credit_note", "stripe_id"),
            DocType.PAYMENT: "SELECT count(*) FROM invoices WHERE status = 'paid' AND "
            "amount_paid > 0 AND date(json_extract(raw, '$.status_transitions.paid_at'), "
            "'unixepoch') BETWEEN :start AND :end AND "
            + not_done("payment", "'pay:' || coalesce(stripe_id, id)"),
        }
        conn = self._read()
        return {
            kind.value: int(conn.execute(sql, params).fetchone()[0]) if kind in kinds else 0
            for kind, sql in queries.items()
        }

    def _invoices(self, start: date, end: date) -> list[AccountingDoc]:
        conn = self._read()
        rows = conn.execute(
            "SELECT id, stripe_id, number, customer_id, customer_name, customer_email, total, "
            "issue_date, effective_due_date, memo FROM invoices "
            f"WHERE status IN {EXPORTED_STATUSES} AND issue_date BETWEEN ? AND ? "
            "ORDER BY issue_date, number, id",
            (start.isoformat(), end.isoformat()),
        ).fetchall()
        customers = customer_rows(self._read(), [r["customer_id"] for r in rows])
        products = {
            r[0]: (r[1], r[2])
            for r in conn.execute(
                "SELECT pr.id, p.id, p.name FROM prices pr JOIN products p ON p.id = pr.product_id"
            )
        }
        docs = []
        for row in rows:
            invoice = self._db.invoices.get(row["id"])
            totals = invoice.totals()
            lines = []
            for line, lt in zip(invoice.lines, totals.lines, strict=True):
                product_id, product_name = products.get(line.price_id or "", (None, ""))
                lines.append(
                    DocLine(
                        description=line.description,
                        quantity=line.quantity,
                        unit_amount=line.unit_amount.minor,
                        amount=lt.amount.minor,
                        discount=lt.discount.minor,
                        inclusive_tax=lt.inclusive_tax.minor,
                        exclusive_tax=lt.exclusive_tax.minor,
                        product_id=product_id,
                        product_name=product_name,
                        tax_rate_ids=tuple(t.id for t in line.tax_rates),
                    )
                )
            docs.append(
                AccountingDoc(
                    doc_type=DocType.INVOICE,
                    doc_id=row["stripe_id"] or row["id"],
                    number=row["number"] or row["id"],
                    currency=invoice.currency,
                    issue_date=date.fromisoformat(row["issue_date"]),
                    due_date=parse_date(row["effective_due_date"]),
                    customer=party(
                        customers.get(row["customer_id"]),
                        row["customer_name"],
                        row["customer_email"],
                    ),
                    lines=tuple(lines),
                    total=row["total"],
                    taxes=tuple(
                        DocTax(t.tax_rate.id, t.tax_rate.display_name, t.amount.minor)
                        for t in totals.tax_by_rate
                    ),
                    memo=row["memo"],
                )
            )
        return docs

    def _payments(self, start: date, end: date) -> list[Payment]:
        rows = (
            self._read()
            .execute(
                "SELECT stripe_id, id, number, currency, amount_paid, customer_name, "
                "json_extract(raw, '$.status_transitions.paid_at') AS paid_at "
                "FROM invoices WHERE status = 'paid' AND amount_paid > 0 ORDER BY paid_at, id"
            )
            .fetchall()
        )
        found = []
        for row in rows:
            on = utc_day(row["paid_at"])
            if on is None or not start <= on <= end:
                continue
            found.append(
                Payment(
                    doc_id=f"pay:{row['stripe_id'] or row['id']}",
                    invoice_number=row["number"] or row["id"],
                    currency=currency(row["currency"]),
                    paid_on=on,
                    amount=row["amount_paid"],
                    customer=row["customer_name"],
                )
            )
        return found
