"""Stripe disputes as cached from the API, and which invoices they hold.

A dispute names a charge and a payment intent, not an invoice; the sync finds
the invoice through the payment's InvoicePayment and stores it as ``invoice``
(a Stripe invoice id). While a dispute is open (``ACTIVE``) its invoice gets no
automatic reminders and no late fees: both jobs ask :func:`disputed_invoice_ids`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from ...domain.currency import UnknownCurrencyError, currency
from ...domain.money import Money
from ..codec import dumps
from .base import Repository

if TYPE_CHECKING:
    from ..database import Database

#: Dispute statuses in which the outcome is still open (Stripe's names).
ACTIVE = (
    "warning_needs_response",
    "warning_under_review",
    "needs_response",
    "under_review",
)

STATUS_LABELS = {
    "warning_needs_response": "Inquiry: needs response",
    "warning_under_review": "Inquiry: under review",
    "warning_closed": "Inquiry closed",
    "needs_response": "Disputed: needs response",
    "under_review": "Disputed: under review",
    "won": "Dispute won",
    "lost": "Dispute lost",
    "prevented": "Dispute prevented",
}

_UPSERT = (
    "INSERT INTO disputes (stripe_id, charge, payment_intent, invoice, status, reason, amount, "
    "currency, evidence_due_by, livemode, created, raw, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (stripe_id) DO UPDATE SET "
    "charge = excluded.charge, payment_intent = excluded.payment_intent, "
    "invoice = COALESCE(excluded.invoice, disputes.invoice), status = excluded.status, "
    "reason = excluded.reason, amount = excluded.amount, currency = excluded.currency, "
    "evidence_due_by = excluded.evidence_due_by, livemode = excluded.livemode, "
    "created = excluded.created, raw = excluded.raw, updated_at = excluded.updated_at"
)


def _ref(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return str(value.get("id")) if isinstance(value, Mapping) else None


@dataclass(frozen=True, slots=True)
class DisputeRow:
    stripe_id: str
    invoice_ref: str | None  # Stripe invoice id
    invoice_id: str | None  # local invoice id, when the invoice is cached
    status: str
    reason: str
    amount: Money | None
    evidence_due_by: int | None  # unix seconds

    @property
    def active(self) -> bool:
        return self.status in ACTIVE

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status.replace("_", " ").capitalize())

    @property
    def due_date(self) -> date | None:
        if self.evidence_due_by is None:
            return None
        return datetime.fromtimestamp(self.evidence_due_by, UTC).date()

    def summary(self) -> str:
        """E.g. "Disputed: needs response, evidence due 2026-12-01"."""
        due = self.due_date
        if self.active and due is not None:
            return f"{self.status_label}, evidence due {due.isoformat()}"
        return self.status_label


def _row(r: sqlite3.Row) -> DisputeRow:
    try:
        amount: Money | None = Money(int(r["amount"]), currency(str(r["currency"]).upper()))
    except UnknownCurrencyError:
        amount = None
    return DisputeRow(
        r["stripe_id"],
        r["invoice"],
        r["invoice_id"],
        r["status"],
        r["reason"],
        amount,
        r["evidence_due_by"],
    )


_SELECT = (
    "SELECT d.*, i.id AS invoice_id FROM disputes d "
    "LEFT JOIN invoices i ON i.stripe_id = d.invoice AND d.invoice IS NOT NULL"
)


class DisputeRepository(Repository):
    def upsert(self, obj: Mapping[str, Any]) -> None:
        self.upsert_many([obj])

    def upsert_many(self, objs: Sequence[Mapping[str, Any]]) -> None:
        """Store disputes as Stripe sent them; ``invoice`` (added by the sync) when known."""
        if not objs:
            return
        now = self._now()
        rows = []
        for obj in objs:
            evidence = obj.get("evidence_details") or {}
            rows.append(
                (
                    str(obj["id"]),
                    _ref(obj.get("charge")),
                    _ref(obj.get("payment_intent")),
                    _ref(obj.get("invoice")),
                    str(obj.get("status") or "needs_response"),
                    str(obj.get("reason") or ""),
                    int(obj.get("amount") or 0),
                    str(obj.get("currency") or "usd").upper(),
                    evidence.get("due_by"),
                    None if obj.get("livemode") is None else int(bool(obj["livemode"])),
                    obj.get("created"),
                    dumps(dict(obj)),
                    now,
                )
            )
        with self._db.transaction() as tx:
            tx.executemany(_UPSERT, rows)
            tx.changed("disputes")

    def list(self, *, active_only: bool = False) -> list[DisputeRow]:
        sql = _SELECT
        if active_only:
            sql += f" WHERE d.status IN ({', '.join('?' * len(ACTIVE))})"
        rows = self._read().execute(
            sql + " ORDER BY d.created DESC, d.stripe_id", ACTIVE if active_only else ()
        )
        return [_row(r) for r in rows]

    def get(self, stripe_id: str) -> DisputeRow | None:
        row = self._read().execute(_SELECT + " WHERE d.stripe_id = ?", (stripe_id,)).fetchone()
        return None if row is None else _row(row)

    def for_invoice(self, invoice_id: str) -> DisputeRow | None:
        """The newest dispute of an invoice (local or Stripe id), or None."""
        row = (
            self._read()
            .execute(
                _SELECT + " WHERE i.id = ? OR d.invoice = ? ORDER BY d.created DESC LIMIT 1",
                (invoice_id, invoice_id),
            )
            .fetchone()
        )
        return None if row is None else _row(row)

    def by_invoice(self) -> dict[str, DisputeRow]:
        """Local invoice id -> its newest dispute (for the invoice list)."""
        result: dict[str, DisputeRow] = {}
        for d in reversed(self.list()):  # oldest first: the newest wins
            if d.invoice_id is not None:
                result[d.invoice_id] = d
        return result

    def raw(self, stripe_id: str) -> dict[str, Any] | None:
        from ..codec import loads

        row = (
            self._read()
            .execute("SELECT raw FROM disputes WHERE stripe_id = ?", (stripe_id,))
            .fetchone()
        )
        return None if row is None else dict(loads(row[0]))


def disputed_invoice_ids(db: Database) -> set[str]:
    """Invoices with an open dispute: reminders and late fees skip them.

    The set holds both the Stripe id (``in_...``) and the local id of each such
    invoice, so a caller may test whichever id it has.
    """
    marks = ", ".join("?" * len(ACTIVE))
    rows = db.connection().execute(
        "SELECT d.invoice, i.id FROM disputes d "
        "LEFT JOIN invoices i ON i.stripe_id = d.invoice "
        f"WHERE d.invoice IS NOT NULL AND d.status IN ({marks})",
        ACTIVE,
    )
    ids: set[str] = set()
    for stripe_id, local_id in rows:
        ids.add(stripe_id)
        if local_id:
            ids.add(local_id)
    return ids
