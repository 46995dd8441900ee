"""The invoice editor's payment line: amount remaining, payments outside Stripe, plan, late fees.

Shown on an existing open or paid invoice, under its header, so the amount
remaining (including payments recorded here that Stripe has not heard of yet)
is in the editor as well as in the invoice list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from ..domain.currency import currency
from ..domain.money import Money
from ..domain.status import InvoiceStatus
from .i18n import N_, tr

if TYPE_CHECKING:
    from ..domain.invoice import Invoice
    from ..storage.database import Database
    from .invoice_editor import InvoiceEditor

# Payment methods (storage.repositories.payment_plans.METHODS) as the line says them.
METHOD_WORDS = {
    "bank_transfer": N_("bank transfer"),
    "cheque": N_("cheque"),
    "cash": N_("cash"),
    "other": N_("other"),
}


def payment_text(db: Database, invoice: Invoice) -> str:
    """One line about what was paid and what remains; "" when there is nothing to say."""
    if invoice.status not in (InvoiceStatus.OPEN, InvoiceStatus.PAID):
        return ""
    parts: list[str] = []
    remaining = Money(db.offline_payments.amount_remaining(invoice.id), invoice.currency)
    if invoice.status is InvoiceStatus.OPEN:
        parts.append(tr("{0} remaining").format(remaining.format()))
    for p in db.offline_payments.for_invoice(invoice.id):
        ref = f", {p.reference}" if p.reference else ""
        method = tr(METHOD_WORDS.get(p.method, p.method))
        paid = tr("{0} by {1} on {2}").format(p.amount.format(), method, p.received_on.isoformat())
        parts.append(paid + ref)
    plan = db.payment_plans.active_for_invoice(invoice.id)
    if plan is not None:
        parts.append(tr("payment plan of {0} instalments").format(len(plan.instalments)))
    waived = {w.unit_id for w in db.late_fees.waivers_for_invoice(invoice.stripe_id or "")}
    for unit in db.late_fees.for_invoice(invoice.stripe_id or ""):
        if unit.result.get("reason") in ("superseded", "cap_reached"):
            continue
        fee = Money(int(unit.result.get("amount") or 0), currency(str(unit.result["currency"])))
        if unit.id in waived:
            parts.append(tr("late fee {0} (waived)").format(fee.format()))
        else:
            parts.append(tr("late fee {0}").format(fee.format()))
    return " · ".join(parts) if len(parts) > 1 or invoice.status is InvoiceStatus.OPEN else ""


def attach(editor: InvoiceEditor, db: Database) -> QLabel | None:
    """Add the line to an existing invoice's editor (a new draft has nothing to show)."""
    if editor.original is None:
        return None
    text = payment_text(db, editor.original)
    if not text:
        return None
    label = QLabel(text)
    label.setObjectName("paymentStatus")
    label.setWordWrap(True)
    editor.body.insertWidget(1, label)
    editor.payment_status = label  # type: ignore[attr-defined]
    return label
