"""Payment plans (instalments of an open invoice) and payments received outside Stripe.

``amount_remaining`` is the one answer to "what is still owed on this invoice":
Stripe's ``amount_remaining`` from the cache, less what was recorded here but has
not reached Stripe yet (its request still waits in the outbox). Once Stripe has
it, the cached amount already reflects it, so nothing is counted twice.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ...domain.currency import currency
from ...domain.money import Money
from ...domain.payment_plans import Collection, Instalment
from ..errors import NotFoundError
from .base import LOCAL_USER, Repository, new_id

METHODS = {"bank_transfer": "Bank transfer", "cheque": "Cheque", "cash": "Cash", "other": "Other"}


@dataclass(frozen=True, slots=True)
class PaymentPlan:
    id: str
    invoice_id: str
    invoice_ref: str | None
    balance: Money
    collection: Collection
    instalments: tuple[Instalment, ...]
    stripe_invoices: tuple[str | None, ...]
    status: str
    outbox_id: int | None
    created_at: int


@dataclass(frozen=True, slots=True)
class OfflinePayment:
    id: str
    invoice_id: str
    invoice_ref: str | None
    customer_id: str
    amount: Money
    applied: Money  # against the invoice
    overpaid: Money  # to the customer's credit balance
    received_on: date
    method: str
    reference: str
    mechanism: str
    actor: str
    outbox_id: int | None
    created_at: int


class PaymentPlanRepository(Repository):
    object_type = "payment_plan"

    def _load(self, row: sqlite3.Row) -> PaymentPlan:
        cur = currency(row["currency"])
        parts = self._read().execute(
            "SELECT * FROM payment_plan_instalments WHERE plan_id = ? ORDER BY number",
            (row["id"],),
        )
        rows = list(parts)
        return PaymentPlan(
            id=row["id"],
            invoice_id=row["invoice_id"],
            invoice_ref=row["invoice_ref"],
            balance=Money(row["balance_minor"], cur),
            collection=Collection(row["collection"]),
            instalments=tuple(
                Instalment(
                    r["number"], date.fromisoformat(r["due_on"]), Money(r["amount_minor"], cur)
                )
                for r in rows
            ),
            stripe_invoices=tuple(r["stripe_invoice"] for r in rows),
            status=row["status"],
            outbox_id=row["outbox_id"],
            created_at=row["created_at"],
        )

    def get(self, id: str) -> PaymentPlan:
        row = self._read().execute("SELECT * FROM payment_plans WHERE id = ?", (id,)).fetchone()
        if row is None:
            raise NotFoundError("payment plan", id)
        return self._load(row)

    def active_for_invoice(self, invoice_id: str) -> PaymentPlan | None:
        row = (
            self._read()
            .execute(
                "SELECT * FROM payment_plans WHERE invoice_id = ? AND status = 'active'",
                (invoice_id,),
            )
            .fetchone()
        )
        return None if row is None else self._load(row)

    def add(
        self,
        invoice_id: str,
        invoice_ref: str | None,
        balance: Money,
        collection: Collection,
        instalments: Sequence[Instalment],
        *,
        actor: str = LOCAL_USER,
    ) -> PaymentPlan:
        """Store a plan (already checked by the domain); an invoice has one active plan."""
        if sum(i.amount.minor for i in instalments) != balance.minor:
            raise ValueError("The instalments do not add up to the balance.")
        with self._db.transaction() as tx:
            if self.active_for_invoice(invoice_id) is not None:
                raise ValueError("This invoice already has a payment plan.")
            plan_id = new_id()
            now = self._now()
            tx.execute(
                "INSERT INTO payment_plans (id, invoice_id, invoice_ref, currency, balance_minor, "
                "collection, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    plan_id,
                    invoice_id,
                    invoice_ref,
                    balance.currency.code,
                    balance.minor,
                    collection.value,
                    now,
                    now,
                ),
            )
            for part in instalments:
                tx.execute(
                    "INSERT INTO payment_plan_instalments (plan_id, number, due_on, amount_minor) "
                    "VALUES (?, ?, ?, ?)",
                    (plan_id, part.number, part.due_on.isoformat(), part.amount.minor),
                )
            self._audit(
                tx,
                "invoice",
                invoice_id,
                "payment_plan",
                None,
                {
                    "plan": plan_id,
                    "collection": collection.value,
                    "instalments": [
                        {"due_on": i.due_on.isoformat(), "amount": i.amount.minor}
                        for i in instalments
                    ],
                    "currency": balance.currency.code,
                },
                actor,
            )
            tx.changed("payment_plans")
        return self.get(plan_id)

    def set_outbox(self, plan_id: str, outbox_id: int) -> None:
        with self._db.transaction() as tx:
            tx.execute("UPDATE payment_plans SET outbox_id = ? WHERE id = ?", (outbox_id, plan_id))
            tx.changed("payment_plans")

    def due_instalments(self, through: date) -> list[DueInstalment]:
        """Instalments to charge automatically on or before ``through`` (in Stripe already)."""
        rows = self._read().execute(
            "SELECT p.id, p.invoice_id, p.currency, i.number, i.due_on, i.amount_minor, "
            "i.stripe_invoice, (SELECT count(*) FROM payment_plan_instalments c "
            "WHERE c.plan_id = p.id) AS count FROM payment_plans p "
            "JOIN payment_plan_instalments i ON i.plan_id = p.id "
            "WHERE p.status = 'active' AND p.collection = 'charge_automatically' "
            "AND i.stripe_invoice IS NOT NULL AND i.due_on <= ? ORDER BY i.due_on, p.id",
            (through.isoformat(),),
        )
        return [
            DueInstalment(
                plan_id=r["id"],
                invoice_id=r["invoice_id"],
                number=r["number"],
                count=r["count"],
                due_on=date.fromisoformat(r["due_on"]),
                amount=Money(r["amount_minor"], currency(r["currency"])),
                stripe_invoice=r["stripe_invoice"],
            )
            for r in rows
        ]

    def set_instalment_invoice(self, plan_id: str, number: int, stripe_invoice: str) -> None:
        with self._db.transaction() as tx:
            tx.execute(
                "UPDATE payment_plan_instalments SET stripe_invoice = ? "
                "WHERE plan_id = ? AND number = ?",
                (stripe_invoice, plan_id, number),
            )
            tx.changed("payment_plans")


@dataclass(frozen=True, slots=True)
class DueInstalment:
    """An instalment of an active, automatically charged plan whose day has come."""

    plan_id: str
    invoice_id: str  # the original invoice (local id)
    number: int
    count: int
    due_on: date
    amount: Money
    stripe_invoice: str


class OfflinePaymentRepository(Repository):
    def _load(self, row: sqlite3.Row) -> OfflinePayment:
        cur = currency(row["currency"])
        return OfflinePayment(
            id=row["id"],
            invoice_id=row["invoice_id"],
            invoice_ref=row["invoice_ref"],
            customer_id=row["customer_id"],
            amount=Money(row["amount_minor"], cur),
            applied=Money(row["applied_minor"], cur),
            overpaid=Money(row["overpaid_minor"], cur),
            received_on=date.fromisoformat(row["received_on"]),
            method=row["method"],
            reference=row["reference"],
            mechanism=row["mechanism"],
            actor=row["actor"],
            outbox_id=row["outbox_id"],
            created_at=row["created_at"],
        )

    def add(self, payment: OfflinePayment) -> OfflinePayment:
        if payment.method not in METHODS:
            raise ValueError(f"Unknown payment method '{payment.method}'.")
        payment_id = payment.id or new_id()
        with self._db.transaction() as tx:
            now = self._now()
            tx.execute(
                "INSERT INTO offline_payments (id, invoice_id, invoice_ref, customer_id, currency, "
                "amount_minor, applied_minor, overpaid_minor, received_on, method, reference, "
                "mechanism, actor, outbox_id, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    payment_id,
                    payment.invoice_id,
                    payment.invoice_ref,
                    payment.customer_id,
                    payment.amount.currency.code,
                    payment.amount.minor,
                    payment.applied.minor,
                    payment.overpaid.minor,
                    payment.received_on.isoformat(),
                    payment.method,
                    payment.reference,
                    payment.mechanism,
                    payment.actor,
                    payment.outbox_id,
                    now,
                ),
            )
            self._audit(
                tx,
                "invoice",
                payment.invoice_id,
                "record_payment",
                None,
                {
                    "payment": payment_id,
                    "amount": payment.amount.minor,
                    "applied": payment.applied.minor,
                    "overpaid": payment.overpaid.minor,
                    "currency": payment.amount.currency.code,
                    "method": payment.method,
                    "reference": payment.reference,
                    "received_on": payment.received_on.isoformat(),
                    "mechanism": payment.mechanism,
                },
                payment.actor,
            )
            tx.changed("offline_payments")
        return self.get(payment_id)

    def get(self, id: str) -> OfflinePayment:
        row = self._read().execute("SELECT * FROM offline_payments WHERE id = ?", (id,)).fetchone()
        if row is None:
            raise NotFoundError("payment", id)
        return self._load(row)

    def set_outbox(self, id: str, outbox_id: int) -> None:
        with self._db.transaction() as tx:
            tx.execute("UPDATE offline_payments SET outbox_id = ? WHERE id = ?", (outbox_id, id))
            tx.changed("offline_payments")

    def for_invoice(self, invoice_id: str) -> list[OfflinePayment]:
        rows = self._read().execute(
            "SELECT * FROM offline_payments WHERE invoice_id = ? ORDER BY received_on, created_at",
            (invoice_id,),
        )
        return [self._load(r) for r in rows]

    def not_in_stripe_yet(self, invoice_id: str) -> int:
        """Minor units applied to the invoice by payments Stripe has not been told of yet."""
        row = (
            self._read()
            .execute(
                "SELECT COALESCE(SUM(p.applied_minor), 0) FROM offline_payments p "
                "LEFT JOIN outbox o ON o.id = p.outbox_id "
                "WHERE p.invoice_id = ? AND (p.outbox_id IS NULL OR o.status = 'pending')",
                (invoice_id,),
            )
            .fetchone()
        )
        return int(row[0])

    def amount_remaining(self, invoice_id: str) -> int:
        """What is still owed: Stripe's amount remaining less payments not in Stripe yet."""
        row = (
            self._read()
            .execute(
                "SELECT status, amount_remaining, stripe_id FROM invoices WHERE id = ?",
                (invoice_id,),
            )
            .fetchone()
        )
        if row is None:
            raise NotFoundError("invoice", invoice_id)
        return max(0, int(row["amount_remaining"] or 0) - self.not_in_stripe_yet(invoice_id))
