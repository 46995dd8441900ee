"""Local edits of a connected workspace: saved locally and queued for Stripe in one transaction.

The UI calls these instead of the repositories when the workspace is connected
to Stripe. Each saves the value, then puts the Stripe request in the outbox with
its idempotency key, both in one transaction (design rule 2): either both are
there after a crash, or neither. Params are built now, typed by stripe-python,
with local references for objects whose own create has not gone out yet.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from ..domain.approval import (
    METADATA_APPROVED_AT,
    METADATA_APPROVED_BY,
    Decision,
    NotApprovedError,
)
from ..domain.catalog import Customer, Price, Product, TaxRate
from ..domain.invoice import Invoice
from ..domain.money import Money
from ..domain.status import InvoiceAction, InvoiceStatus, apply
from ..domain.units import METADATA_UNIT
from ..storage import Database
from ..storage.repositories.sync_state import OutboxItem
from .branding import branded_invoice_params
from .outbox import encode, fingerprint, new_key
from .params import (
    customer_params,
    invoice_params,
    item_params,
    product_params,
    ref_for,
    tax_rate_params,
)

ACTOR = "local user"

_ACTIONS = {
    "finalize": InvoiceAction.FINALIZE,
    "send": InvoiceAction.SEND,
    "pay": InvoiceAction.PAY,
    "void": InvoiceAction.VOID,
    "mark_uncollectible": InvoiceAction.MARK_UNCOLLECTIBLE,
}


class StripeChanges:
    def __init__(self, db: Database, actor: str = ACTOR) -> None:
        self.db = db
        self.actor = actor

    def _has_pending_create(self, object_type: str, local_id: str) -> bool:
        return any(
            i.object_type == object_type
            and i.local_id == local_id
            and i.operation in ("create", "create_draft")
            for i in self.db.outbox.pending(10_000)
        )

    def _enqueue(
        self, object_type: str, local_id: str, operation: str, payload: Any, base: str | None = None
    ) -> None:
        self.db.outbox.enqueue(
            object_type,
            local_id,
            operation,
            payload,
            new_key(object_type, local_id, operation),
            base_version=base,
        )

    def base_version(self, object_type: str, local_id: str) -> str | None:
        """What Stripe's copy looked like when the user opened it: pass it back on save."""
        repo: Any = {"customer": self.db.customers, "product": self.db.products}.get(object_type)
        if object_type == "invoice":
            return fingerprint("invoice", self.db.invoices.stripe_meta(local_id).raw)
        if repo is None:
            return None
        return fingerprint(object_type, repo.stripe_meta(local_id).raw)

    # -- customers ------------------------------------------------------------
    def save_customer(self, customer: Customer, base: str | None = None) -> Customer:
        with self.db.transaction():
            existing = self.db.customers.find(customer.id) if customer.id else None
            if existing is None:
                saved = self.db.customers.add(customer, actor=self.actor)
                self._enqueue(
                    "customer", saved.id, "create", {"params": encode(customer_params(saved))}
                )
                return saved
            saved = self.db.customers.update(customer, actor=self.actor)
            params = dict(customer_params(saved))
            params.pop("metadata", None)
            if existing.stripe_id is None and self._has_pending_create("customer", saved.id):
                self._enqueue("customer", saved.id, "update", {"params": encode(params)})
            else:
                self._enqueue("customer", saved.id, "update", {"params": encode(params)}, base)
            return saved

    def delete_customer(self, customer_id: str) -> None:
        with self.db.transaction():
            self.db.customers.delete(customer_id, actor=self.actor)
            self._enqueue("customer", customer_id, "delete", {})

    # -- catalog --------------------------------------------------------------
    def save_product(self, product: Product, prices: Sequence[Price] = ()) -> Product:
        with self.db.transaction():
            existing = self.db.products.find(product.id) if product.id else None
            if existing is None:
                saved = self.db.products.add(product, actor=self.actor)
                self._enqueue(
                    "product", saved.id, "create", {"params": encode(product_params(saved))}
                )
            else:
                saved = self.db.products.update(product, actor=self.actor)
                params = dict(product_params(saved))
                params.pop("metadata", None)
                self._enqueue("product", saved.id, "update", {"params": encode(params)})
            for price in prices:
                stored = self.db.prices.add(price, actor=self.actor)
                params = {
                    "product": ref_for("product", saved.id, saved.stripe_id),
                    "currency": stored.unit_amount.currency.stripe_code,
                    "unit_amount": stored.unit_amount.minor,
                    "metadata": {"desktop_invoicer_id": stored.id},
                }
                self._enqueue("price", stored.id, "create", {"params": params})
            return saved

    def archive_price(self, price: Price) -> Price:
        """Stop offering a price, here and in Stripe (a price's amount never changes)."""
        with self.db.transaction():
            saved = self.db.prices.update(replace(price, active=False), actor=self.actor)
            self._enqueue("price", saved.id, "update", {"params": {"active": False}})
            return saved

    def save_tax_rate(self, rate: TaxRate) -> TaxRate:
        with self.db.transaction():
            saved = self.db.tax_rates.add(rate, actor=self.actor)
            params = dict(tax_rate_params(saved))
            params["percentage"] = str(saved.percentage)  # exact text in the outbox
            self._enqueue("tax_rate", saved.id, "create", {"params": encode(params)})
            return saved

    # -- invoices ---------------------------------------------------------------
    def _invoice_payload(self, invoice: Invoice) -> dict[str, Any]:
        customer = self.db.customers.get(invoice.customer_id)
        customer_ref = ref_for("customer", customer.id, customer.stripe_id)
        invoice_ref = ref_for("invoice", invoice.id, invoice.stripe_id)
        return {
            "invoice": encode(
                branded_invoice_params(
                    invoice_params(invoice, customer_ref), self.db.settings.business_profile()
                )
            ),
            "items": [
                encode(item_params(line, i, invoice, customer_ref, invoice_ref))
                for i, line in enumerate(invoice.lines)
            ],
        }

    def save_draft(self, invoice: Invoice, base: str | None = None) -> Invoice:
        with self.db.transaction():
            existing = self.db.invoices.find(invoice.id) if invoice.id else None
            saved = self.db.invoices.save_draft(invoice, actor=self.actor)
            payload = self._invoice_payload(saved)
            if existing is None or (
                existing.stripe_id is None and self._has_pending_create("invoice", saved.id)
            ):
                if existing is None:
                    self._enqueue("invoice", saved.id, "create_draft", payload)
                else:
                    self._enqueue("invoice", saved.id, "update_draft", payload)
            else:
                self._enqueue("invoice", saved.id, "update_draft", payload, base)
            if existing is not None:
                self._requeue(saved.id)
            return saved

    # -- review -------------------------------------------------------------------
    def _requeue(self, invoice_id: str) -> None:
        """An edited draft that was reviewed goes back to the queue, on Stripe too."""
        state = self.db.approvals.state(invoice_id)
        if state.decision is None:
            return
        self.db.approvals.record(invoice_id, "requeued", "edited", actor=self.actor)
        if state.approved:
            metadata = {METADATA_APPROVED_BY: "", METADATA_APPROVED_AT: ""}  # "" unsets
            self._enqueue("invoice", invoice_id, "set_metadata", {"metadata": metadata})

    def approve(self, invoice_id: str, comment: str = "") -> None:
        """Approve a draft: recorded here and on the Stripe invoice's metadata."""
        status = self.expected_status(invoice_id)
        apply(InvoiceAction.EDIT, status)  # only a draft is reviewed
        with self.db.transaction():
            record = self.db.approvals.record(
                invoice_id, Decision.APPROVED, comment, actor=self.actor
            )
            metadata = {
                METADATA_APPROVED_BY: self.actor,
                METADATA_APPROVED_AT: str(int(record.at.timestamp())),
            }
            self._enqueue("invoice", invoice_id, "set_metadata", {"metadata": metadata})

    def reject(self, invoice_id: str, comment: str) -> None:
        if not comment.strip():
            raise ValueError("Say why the draft is rejected.")
        apply(InvoiceAction.EDIT, self.expected_status(invoice_id))
        self.db.approvals.record(invoice_id, Decision.REJECTED, comment, actor=self.actor)

    def hold(self, invoice_id: str, comment: str = "") -> None:
        """Hold a draft by hand (the manual-hold rule) until someone approves it."""
        apply(InvoiceAction.EDIT, self.expected_status(invoice_id))
        self.db.approvals.record(invoice_id, "held", comment, actor=self.actor)

    def approve_and_send(self, invoice_id: str) -> None:
        """Approve, finalize and send, all queued in one transaction."""
        with self.db.transaction():
            self.approve(invoice_id)
            self.invoice_action(invoice_id, InvoiceAction.FINALIZE)
            self.invoice_action(invoice_id, InvoiceAction.SEND)

    def expected_status(self, invoice_id: str) -> InvoiceStatus:
        """The status once the actions already queued for this invoice have gone out."""
        status = self.db.invoices.get(invoice_id).status
        for item in self.db.outbox.pending(10_000):
            if item.object_type == "invoice" and item.local_id == invoice_id:
                action = _ACTIONS.get(item.operation)
                if action is not None:
                    status = apply(action, status)
        return status

    def invoice_action(
        self, invoice_id: str, action: InvoiceAction, params: dict[str, Any] | None = None
    ) -> None:
        """Queue finalize/send/pay/void/mark_uncollectible/delete; refused here if the status forbids it."""
        status = self.expected_status(invoice_id)
        if action in (InvoiceAction.FINALIZE, InvoiceAction.SEND) and status == InvoiceStatus.DRAFT:
            state = self.db.approvals.state(invoice_id)
            if state.waiting:
                raise NotApprovedError(list(state.reasons))
        apply(action, status)  # raises InvalidTransitionError with a clear message
        operation = {InvoiceAction.PAY: "pay", InvoiceAction.DELETE: "delete"}.get(
            action, action.value
        )
        with self.db.transaction():
            self._enqueue("invoice", invoice_id, operation, {"params": params or {}})
            self.db.audit.record(
                "invoice",
                invoice_id,
                f"queue_{action.value}",
                before={"status": status.value},
                after={"status": apply(action, status).value, "params": params or {}},
                actor=self.actor,
            )

    def credit_note(self, invoice_id: str, amount: int | None = None, reason: str = "") -> None:
        """Queue a credit note: full (``amount`` None) or partial, in minor units.

        On an open invoice it lowers the amount due; on a paid one the amount goes
        to the customer's credit balance. ``reason``: one of Stripe's reasons, or "".
        """
        invoice = self.db.invoices.get(invoice_id)
        status = self.expected_status(invoice_id)
        apply(InvoiceAction.CREDIT_NOTE, status)  # open or paid only
        total = invoice.totals().total.minor
        due = max(total - invoice.amount_paid, 0)
        limit = due if status is InvoiceStatus.OPEN else total
        value = limit if amount is None else amount
        if not 0 < value <= limit:
            cap = Money(limit, invoice.currency).format()
            raise ValueError(f"A credit note on this invoice is between 0 and {cap}.")
        params: dict[str, Any] = {"amount": value}
        if status is InvoiceStatus.PAID:
            params["credit_amount"] = value
        if reason:
            params["reason"] = reason
        self.invoice_action(invoice_id, InvoiceAction.CREDIT_NOTE, params)

    # -- background jobs: the unit of work's id is the idempotency key (design rule 3) ------
    # Callers wrap these in the transaction that records the unit as queued.

    def queue_recurring_invoice(
        self,
        invoice: Invoice,
        unit_id: str,
        *,
        metadata: Mapping[str, str] | None = None,
        finalize: bool = False,
        send: bool = False,
        key: str | None = None,
        include_pending: bool = False,
    ) -> OutboxItem:
        """Queue one period's invoice; ``invoice.id`` and the key are both the unit id.

        ``include_pending``: the invoice takes the customer's pending invoice items
        (usage billed by the usage job) as Stripe's "next invoice".

        The unit id also goes into the invoice's metadata (``desktop_invoicer_unit``),
        where the sender looks first, so the period is billed once across desktops.
        ``key``: another idempotency key, for a unit retried after Stripe refused it
        (Stripe would replay the refusal for the unit id's key).
        """
        payload = self._invoice_payload(invoice)
        payload["invoice"]["metadata"] = {
            **payload["invoice"]["metadata"],
            **(metadata or {}),
            METADATA_UNIT: unit_id,
        }
        if include_pending:
            payload["invoice"]["pending_invoice_items_behavior"] = "include"
        payload.update(unit=unit_id, finalize=finalize, send=send)
        return self.db.outbox.enqueue(
            "invoice", invoice.id, "create_recurring", payload, key or unit_id
        )

    def queue_reminder(
        self,
        invoice_id: str,
        invoice_stripe_id: str,
        unit_id: str,
        marker: str,
        key: str | None = None,
    ) -> OutboxItem:
        """Queue one reminder step (Stripe's invoice email); ``marker`` is its metadata key."""
        payload = {"invoice": invoice_stripe_id, "marker": marker, "value": unit_id}
        return self.db.outbox.enqueue("invoice", invoice_id, "remind", payload, key or unit_id)

    def queue_payment_retry(
        self,
        invoice_id: str,
        invoice_stripe_id: str,
        unit_id: str,
        payment_method: str | None = None,
        key: str | None = None,
    ) -> OutboxItem:
        """Queue one off-session payment attempt of an automatically collected invoice."""
        payload = {"invoice": invoice_stripe_id, "payment_method": payment_method}
        return self.db.outbox.enqueue(
            "invoice", invoice_id, "retry_payment", payload, key or unit_id
        )
