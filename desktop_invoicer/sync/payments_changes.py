"""Recording a payment received outside Stripe, and saving a payment plan: locally and, when
the workspace is connected, queued for Stripe in the same transaction (design rule 2).

The Stripe side of each is in :mod:`.payments_writes`. Payment plan instalments are
collected as **one Stripe invoice per instalment** (due on its date, emailed by
Stripe or charged to the saved payment method), and the original invoice's
remaining balance is credited, because it moved to the instalments: each
instalment then follows the normal life of an invoice (reminders, retries, late
fees) and nothing is collected twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from ..domain.money import Money
from ..domain.payment_plans import Collection, Instalment
from ..domain.status import InvoiceStatus
from ..domain.units import UNIT_ID_LENGTH
from ..domain.validation import FieldError, ValidationError
from ..storage import Database
from ..storage.repositories.base import LOCAL_USER, new_id
from ..storage.repositories.payment_plans import METHODS, OfflinePayment, PaymentPlan


@dataclass(frozen=True, slots=True)
class PaymentSplit:
    applied: Money  # against the invoice
    overpaid: Money  # to the customer's credit balance
    partial: bool  # less than the amount remaining

    @property
    def mechanism(self) -> str:
        return "credit_note" if self.partial else "paid_out_of_band"


def split_payment(amount: Money, remaining: Money) -> PaymentSplit:
    """What of a payment settles the invoice and what is left over as customer credit."""
    if amount.minor <= 0:
        raise ValidationError([FieldError("amount", "Enter an amount above zero.")])
    applied = min(amount.minor, remaining.minor)
    return PaymentSplit(
        applied=Money(applied, amount.currency),
        overpaid=Money(amount.minor - applied, amount.currency),
        partial=amount.minor < remaining.minor,
    )


def _label(method: str, received_on: date, reference: str) -> str:
    ref = f", reference {reference}" if reference else ""
    return f"Payment received by {METHODS[method].lower()} on {received_on.isoformat()}{ref}"


def record_payment(
    db: Database,
    invoice_id: str,
    amount: Money,
    received_on: date,
    method: str,
    reference: str = "",
    *,
    connected: bool,
    actor: str = LOCAL_USER,
) -> OfflinePayment:
    """Record money received outside Stripe against an open invoice (see the module doc)."""
    invoice = db.invoices.get(invoice_id)
    errors: list[FieldError] = []
    if invoice.status is not InvoiceStatus.OPEN:
        errors.append(FieldError("amount", "Payments are recorded against open invoices only."))
    if amount.currency != invoice.currency:
        errors.append(FieldError("amount", f"This invoice is in {invoice.currency.code}."))
    if method not in METHODS:
        errors.append(FieldError("method", "Choose how the payment was made."))
    if len(reference) > 100:
        errors.append(FieldError("reference", "A reference has at most 100 characters."))
    if errors:
        raise ValidationError(errors)
    remaining = Money(db.offline_payments.amount_remaining(invoice_id), invoice.currency)
    split = split_payment(amount, remaining)
    customer = db.customers.get(invoice.customer_id)
    with db.transaction():
        payment = db.offline_payments.add(
            OfflinePayment(
                id=new_id(),
                invoice_id=invoice_id,
                invoice_ref=invoice.stripe_id,
                customer_id=invoice.customer_id,
                amount=amount,
                applied=split.applied,
                overpaid=split.overpaid,
                received_on=received_on,
                method=method,
                reference=reference.strip(),
                mechanism=split.mechanism,
                actor=actor,
                outbox_id=None,
                created_at=0,
            )
        )
        if connected and invoice.stripe_id and customer.stripe_id:
            item = db.outbox.enqueue(
                "invoice",
                invoice_id,
                "record_payment",
                {
                    "payment": payment.id,
                    "invoice": invoice.stripe_id,
                    "customer": customer.stripe_id,
                    "currency": amount.currency.stripe_code,
                    "applied": split.applied.minor,
                    "overpaid": split.overpaid.minor,
                    "label": _label(method, received_on, payment.reference),
                },
                f"payment-{payment.id}",
            )
            db.offline_payments.set_outbox(payment.id, item.id)
            payment = db.offline_payments.get(payment.id)
    return payment


def instalment_unit_id(plan_id: str, number: int) -> str:
    """The instalment's Stripe invoice carries this id in its metadata (found after a crash)."""
    text = f"payment_plan|{plan_id}|{number}"
    return hashlib.sha256(text.encode()).hexdigest()[:UNIT_ID_LENGTH]


def save_plan(
    db: Database,
    invoice_id: str,
    collection: Collection,
    instalments: Sequence[Instalment],
    *,
    connected: bool,
    actor: str = LOCAL_USER,
) -> PaymentPlan:
    """Store the plan and, when connected, queue its instalment invoices in one transaction."""
    invoice = db.invoices.get(invoice_id)
    if invoice.status is not InvoiceStatus.OPEN:
        raise ValidationError([FieldError("count", "Only an open invoice can be split.")])
    balance = Money(db.offline_payments.amount_remaining(invoice_id), invoice.currency)
    customer = db.customers.get(invoice.customer_id)
    with db.transaction():
        plan = db.payment_plans.add(
            invoice_id, invoice.stripe_id, balance, collection, instalments, actor=actor
        )
        if connected and invoice.stripe_id and customer.stripe_id:
            parts: list[dict[str, Any]] = [
                {
                    "number": i.number,
                    "unit": instalment_unit_id(plan.id, i.number),
                    "amount": i.amount.minor,
                    "due_at": int(datetime.combine(i.due_on, time(12), UTC).timestamp()),
                }
                for i in instalments
            ]
            item = db.outbox.enqueue(
                "invoice",
                invoice_id,
                "payment_plan",
                {
                    "plan": plan.id,
                    "invoice": invoice.stripe_id,
                    "number": invoice.number or invoice.stripe_id,
                    "customer": customer.stripe_id,
                    "currency": balance.currency.stripe_code,
                    "collection": collection.value,
                    "balance": balance.minor,
                    "instalments": parts,
                },
                f"plan-{plan.id}",
            )
            db.payment_plans.set_outbox(plan.id, item.id)
            plan = db.payment_plans.get(plan.id)
    return plan
