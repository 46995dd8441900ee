"""Usage billing: import usage from CSV, then bill each ended period once, as a Stripe invoice item.

Import (:func:`import_csv`): every row is checked (:mod:`..domain.usage`); only the
accepted rows are written, all in one transaction, so a file with bad rows leaves
nothing half written, and a re-import adds nothing (rows keep their identity).

Billing (the job runner calls :func:`queue_charges` then :func:`settle_charges`):
the usage of one (customer, product, period) whose period has ended becomes one
charge, priced per unit, graduated or volume (:mod:`..domain.pricing`). The charge
row (deterministic id) and its outbox request (that id as idempotency key) are
written in one transaction; the request creates a *pending* invoice item with the
id in its metadata, which Stripe puts on the customer's next invoice: the next
recurring invoice, or one made with :func:`invoice_now`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from ..domain.money import Money
from ..domain.pricing import PricingModel, UsagePricing, price
from ..domain.usage import ImportReport, Lookups, check
from ..storage import Database
from ..storage.repositories.billing import UnbilledGroup, UsageCharge
from ..storage.repositories.sync_state import OutboxStatus

OBJECT_TYPE = "invoice_item"
OPERATION = "create_usage"


def lookups(db: Database) -> Lookups:
    return Lookups(
        customer=db.usage.customer,
        products=db.usage.priced_products,
        known_ids=db.usage.known_ids,
        billed=db.usage.billed,
    )


def check_csv(db: Database, text: str) -> ImportReport:
    """The row-by-row report of a file, writing nothing (the import dialog's preview)."""
    return check(text, lookups(db))


def import_csv(db: Database, text: str, file_name: str = "") -> ImportReport:
    """Check the file and store its accepted rows in one transaction."""
    with db.transaction():
        report = check(text, lookups(db))
        if report.error is None and report.records:
            db.usage.add_records(report.records, file_name)
    return report


def charge_id(customer_ref: str, product_ref: str, period_key: str) -> str:
    """The charge's identity from the Stripe ids of customer and product (local ids if none)."""
    text = f"usage-charge|{customer_ref}|{product_ref}|{period_key}"
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def describe(name: str, period_key: str, quantity: int, pricing: UsagePricing) -> str:
    how = "" if pricing.model is PricingModel.PER_UNIT else f", {pricing.model.label.lower()}"
    return f"{name}: {quantity:,} units, {period_key}{how}"


@dataclass(frozen=True, slots=True)
class BillingCounts:
    queued: int = 0
    billed: int = 0
    failed: int = 0
    waiting: int = 0

    def text(self) -> str:
        parts = []
        if self.queued:
            parts.append(f"{self.queued} usage charge(s) queued")
        if self.billed:
            parts.append(f"{self.billed} usage charge(s) added to the next invoice")
        if self.failed:
            parts.append(f"{self.failed} usage charge(s) failed")
        return "; ".join(parts)


def queue_charges(db: Database, today: date) -> int:
    """A charge for each (customer, product, period) over before ``today``; returns how many."""
    queued = 0
    for group in db.usage.unbilled(today):
        if _queue(db, group):
            queued += 1
    return queued


def _pricing(db: Database, group: UnbilledGroup) -> tuple[str, UsagePricing] | None:
    for product in db.usage.priced_products(group.product_id):
        if product.currency == group.currency:
            return product.name, product.pricing
    return None


def _queue(db: Database, group: UnbilledGroup) -> bool:
    # imported here: the import dialog's check and import must not load stripe (slow)
    from ..sync.billing_writes import usage_item_params
    from ..sync.params import ref_for

    customer = db.customers.find(group.customer_id)
    priced = _pricing(db, group)
    if customer is None or priced is None:
        return False  # the customer or the product's price is gone: left unbilled, visible
    name, pricing = priced
    product = db.products.find(group.product_id)
    # Stripe's ids where there are some: every desktop computes the same id (design rule 3)
    product_ref = (product.stripe_id if product else None) or group.product_id
    cid = charge_id(customer.stripe_id or customer.id, product_ref, group.period_key)
    amount = price(group.quantity, pricing)
    charge = UsageCharge(
        id=cid,
        customer_id=group.customer_id,
        product_id=group.product_id,
        period_key=group.period_key,
        currency=group.currency,
        quantity=group.quantity,
        amount=amount,
        pricing=pricing,
        description=describe(name, group.period_key, group.quantity, pricing),
    )
    params = usage_item_params(
        ref_for("customer", customer.id, customer.stripe_id),
        group.currency,
        amount,
        charge.description,
        cid,
        (group.start, group.end),
        product_ref,
        group.period_key,
    )
    with db.transaction():
        db.usage.add_charge(charge, group.record_ids)
        item = db.outbox.enqueue(OBJECT_TYPE, cid, OPERATION, {"unit": cid, "params": params}, cid)
        db.usage.set_status(cid, "running", outbox_id=item.id)
    return True


def waiting(db: Database) -> bool:
    """Whether a usage charge's request is still waiting in the outbox."""
    for charge in db.usage.charges("running"):
        outbox_id = charge.outbox_id
        if outbox_id is not None and db.outbox.get(outbox_id).status is OutboxStatus.PENDING:
            return True
    return False


def settle_charges(db: Database) -> BillingCounts:
    """End each running charge whose request went through (or was refused)."""
    billed = failed = pending = 0
    for charge in db.usage.charges("running"):
        if charge.outbox_id is None:
            continue
        item = db.outbox.get(charge.outbox_id)
        if item.status is OutboxStatus.PENDING:
            pending += 1
        elif item.status is OutboxStatus.SENT:
            reply = db.outbox_replies.get(item.idempotency_key) or {}
            db.usage.set_status(charge.id, "done", stripe_item=str(reply.get("item") or ""))
            billed += 1
        else:
            message = item.last_error or f"The request ended as {item.status.value}."
            db.usage.set_status(charge.id, "failed", error=message)
            failed += 1
    return BillingCounts(billed=billed, failed=failed, waiting=pending)


def amount_text(charge: UsageCharge) -> str:
    return Money.of(charge.amount, charge.currency).format()
