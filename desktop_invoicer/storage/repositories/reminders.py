"""Reminder policies, their assignment to customers, and the record of each reminder sent.

A customer follows the policy assigned to them, or the default policy when none
is; an assignment to no policy (``None``) turns reminders off for that customer.
Only enabled policies send. ``reminder_sends`` keeps one row per (invoice, step):
what was sent, when and by which channel.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from ...domain.reminders import ReminderPolicy, ReminderStep, Tone
from ..codec import dumps, loads
from .base import LOCAL_USER, Repository
from .policies import PolicyRepository


def _steps_json(policy: ReminderPolicy) -> str:
    return dumps(
        [
            {
                "offset_days": s.offset_days,
                "tone": s.tone.value,
                "subject": s.subject,
                "message": s.message,
                "channel": s.channel,
            }
            for s in policy.ordered()
        ]
    )


def _policy(row: sqlite3.Row) -> ReminderPolicy:
    return ReminderPolicy(
        id=row["id"],
        name=row["name"],
        steps=tuple(
            ReminderStep(
                offset_days=int(s["offset_days"]),
                tone=Tone(s["tone"]),
                subject=str(s["subject"]),
                message=str(s["message"]),
                channel=str(s.get("channel") or "stripe_email"),
            )
            for s in loads(row["steps"])
        ),
        enabled=bool(row["enabled"]),
        is_default=bool(row["is_default"]),
    )


@dataclass(frozen=True, slots=True)
class ReminderSend:
    invoice_ref: str
    step: str
    unit_id: str
    policy_id: str | None
    tone: Tone
    channel: str
    subject: str
    body: str
    sent_at: int


class ReminderPolicyRepository(PolicyRepository[ReminderPolicy]):
    table = "reminder_policies"
    noun = "reminder policy"
    object_type = "reminder_policy"

    def _from_row(self, row: sqlite3.Row) -> ReminderPolicy:
        return _policy(row)

    def _columns(self, policy: ReminderPolicy) -> dict[str, Any]:
        return {
            "name": policy.name,
            "steps": _steps_json(policy),
            "enabled": int(policy.enabled),
            "is_default": int(policy.is_default),
        }

    def delete(self, id: str, *, actor: str = LOCAL_USER) -> None:
        """Delete the policy; customers assigned to it fall back to the default."""
        with self._db.transaction() as tx:
            tx.execute("DELETE FROM reminder_assignments WHERE policy_id = ?", (id,))
            self._delete(tx, id, actor)
            tx.changed("reminder_assignments")

    # -- assignments ----------------------------------------------------------------------

    def assign(self, customer_id: str, policy_id: str | None, *, actor: str = LOCAL_USER) -> None:
        """Give the customer a policy of their own; ``None`` turns reminders off for them."""
        with self._db.transaction() as tx:
            if policy_id is not None:
                self.get(policy_id)
            tx.execute(
                "INSERT INTO reminder_assignments (customer_id, policy_id, updated_at) "
                "VALUES (?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET "
                "policy_id = excluded.policy_id, updated_at = excluded.updated_at",
                (customer_id, policy_id, self._now()),
            )
            self._audit(
                tx, "customer", customer_id, "reminder_policy", None, {"policy": policy_id}, actor
            )
            tx.changed("reminder_assignments")

    def unassign(self, customer_id: str, *, actor: str = LOCAL_USER) -> None:
        """The customer follows the default policy again."""
        with self._db.transaction() as tx:
            tx.execute("DELETE FROM reminder_assignments WHERE customer_id = ?", (customer_id,))
            self._audit(
                tx, "customer", customer_id, "reminder_policy", None, {"policy": "default"}, actor
            )
            tx.changed("reminder_assignments")

    def assignments(self) -> dict[str, str | None]:
        """customer id -> policy id (None: no reminders) for customers with an assignment."""
        rows = self._read().execute("SELECT customer_id, policy_id FROM reminder_assignments")
        return {str(c): (None if p is None else str(p)) for c, p in rows}

    def policy_for(self, customer_id: str) -> ReminderPolicy | None:
        """The enabled policy that applies to the customer, or None."""
        row = (
            self._read()
            .execute(
                "SELECT policy_id FROM reminder_assignments WHERE customer_id = ?", (customer_id,)
            )
            .fetchone()
        )
        policy = self.default() if row is None else (None if row[0] is None else self.find(row[0]))
        return policy if policy is not None and policy.enabled else None


class ReminderSendRepository(Repository):
    def record(self, send: ReminderSend) -> bool:
        """Record a sent reminder; False if that step of that invoice was recorded already."""
        with self._db.transaction() as tx:
            cursor = tx.execute(
                "INSERT INTO reminder_sends (invoice_ref, step, unit_id, policy_id, tone, channel, "
                "subject, body, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (invoice_ref, step) DO NOTHING",
                (
                    send.invoice_ref,
                    send.step,
                    send.unit_id,
                    send.policy_id,
                    send.tone.value,
                    send.channel,
                    send.subject,
                    send.body,
                    send.sent_at,
                ),
            )
            tx.changed("reminder_sends")
            return cursor.rowcount == 1

    def for_invoice(self, invoice_ref: str) -> list[ReminderSend]:
        rows = self._read().execute(
            "SELECT * FROM reminder_sends WHERE invoice_ref = ? ORDER BY sent_at, step",
            (invoice_ref,),
        )
        return [_send(r) for r in rows]

    def recent(self, limit: int = 200) -> list[ReminderSend]:
        rows = self._read().execute(
            "SELECT * FROM reminder_sends ORDER BY sent_at DESC, invoice_ref LIMIT ?", (limit,)
        )
        return [_send(r) for r in rows]

    def count(self) -> int:
        return int(self._read().execute("SELECT count(*) FROM reminder_sends").fetchone()[0])


def _send(row: sqlite3.Row) -> ReminderSend:
    return ReminderSend(
        invoice_ref=row["invoice_ref"],
        step=row["step"],
        unit_id=row["unit_id"],
        policy_id=row["policy_id"],
        tone=Tone(row["tone"]),
        channel=row["channel"],
        subject=row["subject"],
        body=row["body"],
        sent_at=row["sent_at"],
    )
