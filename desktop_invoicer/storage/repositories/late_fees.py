"""Late-fee policies, the fees charged (units of work of kind ``late_fee``) and their waivers.

A fee is a row of ``job_units`` (see :mod:`..migrations_payments`): its id is the
deterministic (invoice, period) id, its ``result`` holds the amount, currency,
policy and how it was applied, its ``stripe_ids`` the invoice item (and separate
invoice) Stripe made. A waiver is its own row, written with an audit entry.

Which policy a customer follows: the one a conditional rule names
(``db.collection_rules.late_fee_policy_id``), else the workspace default.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from ...domain.currency import currency
from ...domain.late_fees import (
    FeeApplication,
    FeeCadence,
    FeeKind,
    LateFeePolicy,
)
from ...domain.units import JobUnit, UnitKind, UnitStatus
from .base import LOCAL_USER, Repository
from .jobs import _unit
from .policies import PolicyRepository


def _policy(row: sqlite3.Row) -> LateFeePolicy:
    return LateFeePolicy(
        id=row["id"],
        name=row["name"],
        kind=FeeKind(row["kind"]),
        fixed_minor=row["fixed_minor"],
        basis_points=row["basis_points"],
        currency=None if row["currency"] is None else currency(row["currency"]),
        cap_minor=row["cap_minor"],
        grace_days=row["grace_days"],
        cadence=FeeCadence(row["cadence"]),
        application=FeeApplication(row["application"]),
        enabled=bool(row["enabled"]),
        is_default=bool(row["is_default"]),
    )


class LateFeePolicyRepository(PolicyRepository[LateFeePolicy]):
    table = "late_fee_policies"
    noun = "late-fee policy"
    object_type = "late_fee_policy"

    def _from_row(self, row: sqlite3.Row) -> LateFeePolicy:
        return _policy(row)

    def _columns(self, policy: LateFeePolicy) -> dict[str, Any]:
        return {
            "name": policy.name,
            "kind": policy.kind.value,
            "fixed_minor": policy.fixed_minor if policy.kind is FeeKind.FIXED else 0,
            "basis_points": policy.basis_points if policy.kind is FeeKind.PERCENT else 0,
            "currency": None if policy.currency is None else policy.currency.code,
            "cap_minor": policy.cap_minor,
            "grace_days": policy.grace_days,
            "cadence": policy.cadence.value,
            "application": policy.application.value,
            "enabled": int(policy.enabled),
            "is_default": int(policy.is_default),
        }

    def delete(self, id: str, *, actor: str = LOCAL_USER) -> None:
        with self._db.transaction() as tx:
            self._delete(tx, id, actor)


@dataclass(frozen=True, slots=True)
class Waiver:
    unit_id: str
    invoice_ref: str
    reason: str
    actor: str
    at: int
    state: str  # before_sending | queued | removed | credited
    outbox_id: int | None


def _waiver(row: sqlite3.Row) -> Waiver:
    return Waiver(
        unit_id=row["unit_id"],
        invoice_ref=row["invoice_ref"],
        reason=row["reason"],
        actor=row["actor"],
        at=row["at"],
        state=row["state"],
        outbox_id=row["outbox_id"],
    )


class LateFeeRepository(Repository):
    """The fees (job units of kind ``late_fee``) and their waivers."""

    def for_invoice(self, invoice_ref: str) -> list[JobUnit]:
        rows = self._read().execute(
            "SELECT * FROM job_units WHERE kind = 'late_fee' AND invoice_ref = ? "
            "ORDER BY due_on, period_key",
            (invoice_ref,),
        )
        return [_unit(r) for r in rows]

    def periods_by_invoice(self) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for ref, period in self._read().execute(
            "SELECT invoice_ref, period_key FROM job_units WHERE kind = 'late_fee'"
        ):
            found.setdefault(str(ref), set()).add(str(period))
        return found

    def charged_by_invoice(self) -> dict[str, int]:
        """Minor units of late fees charged (planned, sending or done) and not waived."""
        rows = self._read().execute(
            "SELECT u.invoice_ref, SUM(CAST(json_extract(u.result, '$.amount') AS INTEGER)) "
            "FROM job_units u LEFT JOIN late_fee_waivers w ON w.unit_id = u.id "
            "WHERE u.kind = 'late_fee' AND u.status IN ('planned', 'running', 'done') "
            "AND w.unit_id IS NULL GROUP BY u.invoice_ref"
        )
        return {str(r): int(n or 0) for r, n in rows}

    def waiver(self, unit_id: str) -> Waiver | None:
        row = (
            self._read()
            .execute("SELECT * FROM late_fee_waivers WHERE unit_id = ?", (unit_id,))
            .fetchone()
        )
        return None if row is None else _waiver(row)

    def waivers_for_invoice(self, invoice_ref: str) -> list[Waiver]:
        rows = self._read().execute(
            "SELECT * FROM late_fee_waivers WHERE invoice_ref = ? ORDER BY at", (invoice_ref,)
        )
        return [_waiver(r) for r in rows]

    def record_waiver(
        self,
        unit: JobUnit,
        reason: str,
        state: str,
        outbox_id: int | None,
        *,
        actor: str = LOCAL_USER,
    ) -> Waiver:
        """The waiver and its audit entry, in one transaction (the caller's, if any)."""
        if unit.kind is not UnitKind.LATE_FEE:
            raise ValueError("Only a late fee can be waived.")
        if not reason.strip():
            raise ValueError("Say why the fee is waived.")
        with self._db.transaction() as tx:
            if self.waiver(unit.id) is not None:
                raise ValueError("This fee was waived already.")
            now = self._now()
            tx.execute(
                "INSERT INTO late_fee_waivers (unit_id, invoice_ref, reason, actor, at, state, "
                "outbox_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (unit.id, unit.invoice_ref or "", reason.strip(), actor, now, state, outbox_id),
            )
            self._audit(
                tx,
                "late_fee",
                unit.id,
                "waive",
                {"status": unit.status.value, **_fee_summary(unit)},
                {"waived": True, "reason": reason.strip(), "state": state},
                actor,
            )
            tx.changed("late_fee_waivers")
        found = self.waiver(unit.id)
        assert found is not None
        return found

    def set_waiver_state(self, unit_id: str, state: str) -> None:
        with self._db.transaction() as tx:
            tx.execute("UPDATE late_fee_waivers SET state = ? WHERE unit_id = ?", (state, unit_id))
            tx.changed("late_fee_waivers")

    def waivers_queued(self) -> list[Waiver]:
        rows = self._read().execute("SELECT * FROM late_fee_waivers WHERE state = 'queued'")
        return [_waiver(r) for r in rows]

    def waivable(self, invoice_ref: str) -> list[JobUnit]:
        """Fees of the invoice that can still be waived (charged or about to be, not waived)."""
        waived = {w.unit_id for w in self.waivers_for_invoice(invoice_ref)}
        return [
            u
            for u in self.for_invoice(invoice_ref)
            if u.id not in waived
            and u.status in (UnitStatus.PLANNED, UnitStatus.RUNNING, UnitStatus.DONE)
        ]


def _fee_summary(unit: JobUnit) -> dict[str, Any]:
    keys = ("amount", "currency", "policy", "application", "period")
    return {k: unit.result.get(k) for k in keys if k in unit.result}
