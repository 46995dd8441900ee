"""The owner's escalation list: overdue invoices the escalation job put there.

An invoice is escalated once (keyed by its Stripe id); when it is no longer open
with a balance (paid, voided) the entry is resolved. While an unresolved entry
says ``pause_reminders``, the reminders job sends that invoice nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ...domain.currency import currency
from ...domain.escalation import SETTINGS_KEY, EscalationPolicy, OverdueInvoice
from ...domain.money import Money
from ..codec import parse_date
from .base import Repository


@dataclass(frozen=True, slots=True)
class EscalationRow:
    invoice_ref: str
    invoice_id: str | None
    number: str
    customer_name: str
    reason: str
    days_overdue: int
    balance: Money
    pause_reminders: bool
    escalated_at: int
    resolved_at: int | None
    dispute: str = ""  # the dispute summary, when the invoice is disputed

    @property
    def id(self) -> str:
        return self.invoice_ref


class EscalationRepository(Repository):
    def policy(self) -> EscalationPolicy:
        return EscalationPolicy.from_json(self._db.settings.get(SETTINGS_KEY))

    def save_policy(self, policy: EscalationPolicy) -> None:
        policy.validate()
        self._db.settings.set(SETTINGS_KEY, policy.to_json())

    def overdue(self, today: date) -> list[OverdueInvoice]:
        """Open invoices with a balance, past their due date, oldest due first."""
        rows = self._read().execute(
            "SELECT stripe_id, number, customer_name, amount_remaining, currency, "
            "effective_due_date FROM invoices WHERE status = 'open' AND stripe_id IS NOT NULL "
            "AND amount_remaining > 0 AND effective_due_date < ? "
            "ORDER BY effective_due_date, id",
            (today.isoformat(),),
        )
        out: list[OverdueInvoice] = []
        for r in rows:
            due = parse_date(r["effective_due_date"])
            if due is None:
                continue
            out.append(
                OverdueInvoice(
                    r["stripe_id"],
                    r["number"] or "",
                    r["customer_name"],
                    Money(int(r["amount_remaining"]), currency(r["currency"])),
                    due,
                )
            )
        return out

    def escalate(self, invoice: OverdueInvoice, reason: str, days: int, pause: bool) -> bool:
        """Put ``invoice`` on the list; False when it already is (unresolved)."""
        now = self._now()
        with self._db.transaction() as tx:
            row = tx.execute(
                "SELECT resolved_at FROM escalations WHERE invoice_ref = ?", (invoice.invoice_ref,)
            ).fetchone()
            if row is not None and row[0] is None:
                tx.execute(
                    "UPDATE escalations SET reason = ?, days_overdue = ?, balance = ? "
                    "WHERE invoice_ref = ?",
                    (reason, days, invoice.balance.minor, invoice.invoice_ref),
                )
                tx.changed("escalations")
                return False
            tx.execute(
                "INSERT INTO escalations (invoice_ref, reason, days_overdue, balance, currency, "
                "pause_reminders, escalated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (invoice_ref) DO UPDATE SET reason = excluded.reason, "
                "days_overdue = excluded.days_overdue, balance = excluded.balance, "
                "pause_reminders = excluded.pause_reminders, "
                "escalated_at = excluded.escalated_at, notified_at = NULL, resolved_at = NULL",
                (
                    invoice.invoice_ref,
                    reason,
                    days,
                    invoice.balance.minor,
                    invoice.balance.currency.code,
                    int(pause),
                    now,
                ),
            )
            tx.changed("escalations")
        return True

    def resolve_missing(self, still_overdue: set[str]) -> int:
        """Resolve the entries whose invoice is no longer overdue with a balance."""
        now = self._now()
        with self._db.transaction() as tx:
            refs = [
                r[0]
                for r in tx.execute("SELECT invoice_ref FROM escalations WHERE resolved_at IS NULL")
                if r[0] not in still_overdue
            ]
            tx.executemany(
                "UPDATE escalations SET resolved_at = ? WHERE invoice_ref = ?",
                [(now, ref) for ref in refs],
            )
            if refs:
                tx.changed("escalations")
        return len(refs)

    def set_pause(self, invoice_ref: str, pause: bool) -> None:
        with self._db.transaction() as tx:
            tx.execute(
                "UPDATE escalations SET pause_reminders = ? WHERE invoice_ref = ?",
                (int(pause), invoice_ref),
            )
            tx.changed("escalations")

    def mark_notified(self, refs: list[str]) -> None:
        now = self._now()
        with self._db.transaction() as tx:
            tx.executemany(
                "UPDATE escalations SET notified_at = ? WHERE invoice_ref = ?",
                [(now, ref) for ref in refs],
            )
            tx.changed("escalations")

    def unnotified(self) -> list[str]:
        rows = self._read().execute(
            "SELECT invoice_ref FROM escalations WHERE resolved_at IS NULL AND notified_at IS NULL "
            "ORDER BY escalated_at, invoice_ref"
        )
        return [r[0] for r in rows]

    def paused_refs(self) -> set[str]:
        """Stripe invoice ids whose automatic reminders an open escalation pauses."""
        rows = self._read().execute(
            "SELECT invoice_ref FROM escalations WHERE resolved_at IS NULL AND pause_reminders = 1"
        )
        return {r[0] for r in rows}

    def list(self, *, include_resolved: bool = False) -> list[EscalationRow]:
        sql = (
            "SELECT e.*, i.id AS invoice_id, coalesce(i.number, '') AS number, "
            "coalesce(i.customer_name, '') AS customer_name FROM escalations e "
            "LEFT JOIN invoices i ON i.stripe_id = e.invoice_ref"
        )
        if not include_resolved:
            sql += " WHERE e.resolved_at IS NULL"
        rows = self._read().execute(sql + " ORDER BY e.days_overdue DESC, e.invoice_ref")
        disputes = {d.invoice_ref: d for d in reversed(self._db.disputes.list()) if d.invoice_ref}
        out: list[EscalationRow] = []
        for r in rows:
            d: Any = disputes.get(r["invoice_ref"])
            out.append(
                EscalationRow(
                    r["invoice_ref"],
                    r["invoice_id"],
                    r["number"],
                    r["customer_name"],
                    r["reason"],
                    r["days_overdue"],
                    Money(int(r["balance"]), currency(r["currency"])),
                    bool(r["pause_reminders"]),
                    r["escalated_at"],
                    r["resolved_at"],
                    d.summary() if d is not None else "",
                )
            )
        return out
