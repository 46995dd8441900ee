"""The outbox: local changes bound for Stripe, sent write-ahead and exactly once.

A change is first a row in ``outbox`` with its idempotency key, committed with
the local change (see :mod:`.changes`); only then is it sent. After a crash the
same row is sent again with the same key, and Stripe replays its first answer.
Stripe forgets keys after about 24 hours, so a create older than that first
looks for its own local id in the metadata of Stripe's objects (design rule 3).
The reply is applied to the cache in the transaction that marks the row sent.

Rows go out in order per object: when one cannot go yet (Stripe unreachable, or
it refers to an object whose create has not gone out), later rows of the same
object wait. An update whose object changed in Stripe since the user began
editing stops as a conflict for the user to decide; nothing is overwritten.
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..storage import Database
from ..storage.repositories.sync_state import OutboxItem
from .backfill import apply_with_references
from .cache import StripeCache
from .errors import (
    NetworkError,
    Rejection,
    StripeRejectedError,
    SyncError,
)
from .gateway import JSON, Resource, StripeGateway
from .job_writes import HANDLERS as _JOB_HANDLERS
from .job_writes import METADATA_READY, METADATA_SENT
from .mapping import METADATA_LOCAL_ID
from .params import LOCAL_REF, METADATA_LINE, tax_percentage

log = logging.getLogger(__name__)

KEY_MEMORY_SECONDS = 23 * 3600  # Stripe keeps idempotency keys at least 24 h; stay inside

# Fields the app edits, per object: a change to any of them in Stripe while the user
# edits the same object is a conflict.
_FINGERPRINT_FIELDS = {
    "customer": ("name", "email", "phone", "address", "preferred_locales", "tax_exempt"),
    "product": ("name", "description", "active"),
    "invoice": (
        "status",
        "description",
        "footer",
        "custom_fields",
        "collection_method",
        "days_until_due",
        "due_date",
        "total",
        "currency",
    ),
}


def fingerprint(kind: str, obj: Mapping[str, Any] | None) -> str | None:
    """A short digest of the fields of ``obj`` the app lets a person edit."""
    if obj is None:
        return None
    fields = _FINGERPRINT_FIELDS.get(kind)
    if fields is None:
        return None
    picked = {f: obj.get(f) for f in fields}
    return hashlib.sha256(json.dumps(picked, sort_keys=True, default=str).encode()).hexdigest()[:16]


def new_key(object_type: str, local_id: str, operation: str) -> str:
    return f"di-{object_type}-{local_id}-{operation}-{uuid.uuid4().hex[:12]}"


def encode(params: Mapping[str, Any]) -> Any:
    """Typed params as JSON: Decimals become ``{"$decimal": "12"}`` so they come back exact."""

    def walk(value: Any) -> Any:
        if isinstance(value, Decimal):
            return {"$decimal": str(value)}
        if isinstance(value, Mapping):
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [walk(v) for v in value]
        return value

    return walk(params)


class PendingReference(Exception):
    """The row refers to a local object that is not in Stripe yet: it waits."""


@dataclass(slots=True)
class DeliveryReport:
    sent: int = 0
    failed: int = 0
    conflicts: int = 0
    waiting: int = 0
    offline: bool = False
    errors: list[str] = field(default_factory=list)


class OutboxSender:
    def __init__(
        self, gateway: StripeGateway, db: Database, cache: StripeCache, clock: Callable[[], float]
    ) -> None:
        self.gateway = gateway
        self.db = db
        self.cache = cache
        self.clock = clock

    # -- references ---------------------------------------------------------
    def _stripe_id(self, kind: str, local_id: str) -> str | None:
        repo: Any = {
            "customer": self.db.customers,
            "product": self.db.products,
            "price": self.db.prices,
            "tax_rate": self.db.tax_rates,
            "coupon": self.db.discounts,
        }.get(kind)
        if repo is not None:
            found = repo.find(local_id)
            return None if found is None else found.stripe_id
        if kind == "invoice":
            inv = self.db.invoices.find(local_id)
            return None if inv is None else inv.stripe_id
        return None

    def resolve(self, value: Any) -> Any:
        """Replace local references and encoded Decimals with what Stripe expects."""
        if isinstance(value, str) and value.startswith(LOCAL_REF):
            kind, _, local_id = value[len(LOCAL_REF) :].partition(":")
            stripe_id = self._stripe_id(kind, local_id)
            if stripe_id is None:
                raise PendingReference(f"{kind} {local_id} is not in Stripe yet")
            return stripe_id
        if isinstance(value, Mapping):
            if set(value) == {"$decimal"}:
                return Decimal(str(value["$decimal"]))
            return {k: self.resolve(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.resolve(v) for v in value]
        return value

    # -- delivery -------------------------------------------------------------
    def deliver(
        self, limit: int = 200, cancelled: Callable[[], bool] = lambda: False
    ) -> DeliveryReport:
        report = DeliveryReport()
        blocked: set[tuple[str, str]] = set()
        for item in self.db.outbox.pending(limit):
            if cancelled():
                break
            target = (item.object_type, item.local_id)
            if target in blocked:
                report.waiting += 1
                continue
            try:
                self._deliver(item)
                report.sent += 1
            except PendingReference:
                blocked.add(target)
                report.waiting += 1
            except _Conflict as conflict:
                self.db.outbox.mark_conflict(item.id, conflict.message, conflict.remote)
                blocked.add(target)
                report.conflicts += 1
            except StripeRejectedError as exc:
                self.db.outbox.mark_failed(item.id, str(exc))
                blocked.add(target)
                report.failed += 1
                report.errors.append(str(exc))
            except SyncError as exc:
                self.db.outbox.record_attempt(item.id, str(exc))
                blocked.add(target)
                report.waiting += 1
                report.errors.append(str(exc))
                if isinstance(exc, NetworkError):
                    report.offline = True
                    break
        return report

    def _deliver(self, item: OutboxItem) -> None:
        handler = _HANDLERS.get((item.object_type, item.operation))
        if handler is None:
            raise StripeRejectedError(
                f"The app does not know how to send '{item.operation}' for a {item.object_type}.",
                _no_rejection(),
                None,
            )
        result = handler(self, item)
        with self.db.transaction():
            if result is not None:
                apply_with_references(self.gateway, self.cache, result)
            elif item.operation == "delete":
                self.cache.apply_deleted(
                    item.object_type, self._stripe_id(item.object_type, item.local_id) or ""
                )
            self.db.outbox.mark_sent(item.id)

    def _old(self, item: OutboxItem) -> bool:
        """Whether the row's key alone no longer proves what happened (expired, or retried)."""
        return item.attempts > 0 or self.clock() - item.created_at > KEY_MEMORY_SECONDS

    def _find_created(self, item: OutboxItem, resource: Resource, **filters: Any) -> JSON | None:
        """After Stripe forgot the key: the object this row created, if it exists already."""
        if not self._old(item):
            return None
        return self.gateway.find_by_metadata(resource, METADATA_LOCAL_ID, item.local_id, **filters)

    def _require(self, kind: str, local_id: str) -> str:
        stripe_id = self._stripe_id(kind, local_id)
        if stripe_id is None:
            raise PendingReference(f"{kind} {local_id} is not in Stripe yet")
        return stripe_id

    def _key(self, item: OutboxItem) -> str:
        """The idempotency key of this attempt.

        The first attempt uses the row's key; a replay after a crash or a dropped
        connection reuses it, so Stripe answers with what it did. Stripe also caches
        a 500 under the key, so after a failed attempt the row retries with a new
        key, having first checked whether its effect already happened (a create
        looks for its metadata, an action for the invoice's status).
        """
        if item.attempts == 0:
            return item.idempotency_key
        return f"{item.idempotency_key}:retry{item.attempts}"

    def _check_conflict(self, item: OutboxItem, resource: Resource, stripe_id: str) -> JSON:
        remote = self.gateway.retrieve(resource, stripe_id)
        if remote is None:
            raise StripeRejectedError(
                f"The {item.object_type} was deleted in Stripe.", _no_rejection(), 404
            )
        base = item.base_version
        if isinstance(base, str) and fingerprint(item.object_type, remote) != base:
            raise _Conflict(
                f"This {item.object_type} was changed in Stripe (by someone else or another desktop) "
                "after you began editing it. Choose which version to keep.",
                remote,
            )
        return remote

    # -- handlers -------------------------------------------------------------
    def _customer_create(self, item: OutboxItem) -> JSON:
        found = self._find_created(item, "customers")
        if found is not None:
            return found
        return self.gateway.create_customer(self.resolve(item.payload["params"]), self._key(item))

    def _customer_update(self, item: OutboxItem) -> JSON:
        sid = self._require("customer", item.local_id)
        self._check_conflict(item, "customers", sid)
        return self.gateway.update_customer(
            sid, self.resolve(item.payload["params"]), self._key(item)
        )

    def _customer_delete(self, item: OutboxItem) -> None:
        sid = self._stripe_id("customer", item.local_id)
        if sid is not None:
            self.gateway.delete_customer(sid, self._key(item))

    def _product_create(self, item: OutboxItem) -> JSON:
        found = self._find_created(item, "products")
        if found is not None:
            return found
        return self.gateway.create_product(self.resolve(item.payload["params"]), self._key(item))

    def _product_update(self, item: OutboxItem) -> JSON:
        sid = self._require("product", item.local_id)
        self._check_conflict(item, "products", sid)
        return self.gateway.update_product(
            sid, self.resolve(item.payload["params"]), self._key(item)
        )

    def _price_create(self, item: OutboxItem) -> JSON:
        found = self._find_created(item, "prices")
        if found is not None:
            return found
        return self.gateway.create_price(self.resolve(item.payload["params"]), self._key(item))

    def _price_update(self, item: OutboxItem) -> JSON:
        """Archive (or reactivate) a price: Stripe's prices never change their amount."""
        sid = self._require("price", item.local_id)
        return self.gateway.update_price(sid, self.resolve(item.payload["params"]), self._key(item))

    def _tax_rate_create(self, item: OutboxItem) -> JSON:
        found = self._find_created(item, "tax_rates")
        if found is not None:
            return found
        params = self.resolve(item.payload["params"])
        params["percentage"] = tax_percentage(Decimal(str(params["percentage"])))
        return self.gateway.create_tax_rate(params, self._key(item))

    def _invoice_items(self, item: OutboxItem, invoice_id: str) -> None:
        existing: dict[str, JSON] = {}
        if self._old(item):
            page = self.gateway.list_page("invoice_items", invoice=invoice_id)
            existing = {str((o.get("metadata") or {}).get(METADATA_LINE)): o for o in page.data}
        for index, raw in enumerate(item.payload["items"]):
            if str(index) in existing:
                continue
            params = self.resolve({**raw, "invoice": invoice_id})  # the new invoice's id, known now
            self.gateway.create_invoice_item(params, f"{self._key(item)}:item:{index}")

    def _invoice_create_draft(self, item: OutboxItem) -> JSON | None:
        customer = self.resolve(item.payload["invoice"]["customer"])
        invoice = self._find_created(item, "invoices", customer=customer)
        if invoice is None:
            invoice = self.gateway.create_invoice(
                self.resolve(item.payload["invoice"]), self._key(item)
            )
        self._invoice_items(item, str(invoice["id"]))
        return self.gateway.retrieve("invoices", str(invoice["id"]))

    def _invoice_update_draft(self, item: OutboxItem) -> JSON | None:
        sid = self._require("invoice", item.local_id)
        remote = self._check_conflict(item, "invoices", sid)
        if remote.get("status") != "draft":
            raise StripeRejectedError(
                f"Invoice {remote.get('number') or sid} is no longer a draft in Stripe; it cannot be edited.",
                _no_rejection(),
                400,
            )
        fields = self.resolve(item.payload["invoice"])
        fields.pop("customer", None)
        fields.pop("currency", None)
        fields.pop("pending_invoice_items_behavior", None)
        self.gateway.update_invoice(sid, fields, f"{self._key(item)}:fields")
        lines = (remote.get("lines") or {}).get("data") or []
        for line in lines:
            parent = (line.get("parent") or {}).get("invoice_item_details") or {}
            item_id = parent.get("invoice_item")
            if item_id:
                self.gateway.delete_invoice_item(str(item_id), f"{self._key(item)}:del:{item_id}")
        self._invoice_items(item, sid)
        return self.gateway.retrieve("invoices", sid)

    def _invoice_action(self, item: OutboxItem) -> JSON | None:
        sid = self._require("invoice", item.local_id)
        key = self._key(item)
        op = item.operation
        if item.attempts > 0 and op in _REACHED:
            current = self.gateway.retrieve("invoices", sid)
            if current is None and op == "delete":
                return None
            if current is not None and current.get("status") in _REACHED[op]:
                return current  # an earlier attempt did it; its answer was lost
        if op == "finalize":
            self._own_number(item.local_id, sid)
            return self.gateway.finalize_invoice(sid, key)
        if op == "send":
            return self.gateway.send_invoice(sid, key)
        if op == "pay":
            return self.gateway.pay_invoice(
                sid, self.resolve(item.payload.get("params") or {}), key
            )
        if op == "void":
            return self.gateway.void_invoice(sid, key)
        if op == "mark_uncollectible":
            return self.gateway.mark_uncollectible(sid, key)
        if op == "delete":
            self.gateway.delete_invoice(sid, key)
            return None
        if op == "credit_note":
            params = {**self.resolve(item.payload.get("params") or {}), "invoice": sid}
            self.gateway.create_credit_note(params, key)  # type: ignore[arg-type]
            return self.gateway.retrieve("invoices", sid)
        raise StripeRejectedError(f"Unknown invoice action '{op}'.", _no_rejection(), None)

    def _invoice_set_metadata(self, item: OutboxItem) -> JSON | None:
        """Review decisions recorded on the Stripe invoice (another desktop sees them)."""
        sid = self._require("invoice", item.local_id)
        metadata = {str(k): str(v) for k, v in item.payload["metadata"].items()}
        return self.gateway.update_invoice(sid, {"metadata": metadata}, self._key(item))

    # -- background jobs: one unit of work per row, its id the idempotency key -------------
    # Each records what Stripe answered in ``outbox_replies`` for the job that queued it.

    def _reply(self, item: OutboxItem, reply: dict[str, Any]) -> None:
        self.db.outbox_replies.record(item.idempotency_key, reply)

    def _own_number(self, local_id: str, sid: str) -> None:
        """The workspace's own number format (Settings > Numbering), when turned on: the
        draft gets its number just before finalizing (sync/numbering.py has the why)."""
        numbering = self.db.numbering
        if not numbering.enabled():
            return
        from .numbering import assign_number

        numbering.observe_cached_invoices()
        from datetime import UTC, datetime

        today = datetime.fromtimestamp(self.db.clock(), UTC).date()
        assign_number(self.gateway, numbering, local_id, sid, today)


# Statuses that show an invoice action already happened.
_REACHED: dict[str, tuple[str, ...]] = {
    "finalize": ("open", "paid"),
    "pay": ("paid",),
    "void": ("void",),
    "mark_uncollectible": ("uncollectible",),
    "delete": (),
}


class _Conflict(Exception):
    def __init__(self, message: str, remote: JSON) -> None:
        super().__init__(message)
        self.message = message
        self.remote = remote


def _no_rejection() -> Rejection:
    return Rejection(code=None, param=None)


Handler = Callable[[OutboxSender, OutboxItem], "JSON | None"]
_HANDLERS: dict[tuple[str, str], Handler] = {
    ("customer", "create"): OutboxSender._customer_create,
    ("customer", "update"): OutboxSender._customer_update,
    ("customer", "delete"): OutboxSender._customer_delete,
    ("product", "create"): OutboxSender._product_create,
    ("product", "update"): OutboxSender._product_update,
    ("price", "create"): OutboxSender._price_create,
    ("price", "update"): OutboxSender._price_update,
    ("tax_rate", "create"): OutboxSender._tax_rate_create,
    ("invoice", "create_draft"): OutboxSender._invoice_create_draft,
    ("invoice", "update_draft"): OutboxSender._invoice_update_draft,
    ("invoice", "set_metadata"): OutboxSender._invoice_set_metadata,
    **{
        ("invoice", op): OutboxSender._invoice_action
        for op in (
            "finalize",
            "send",
            "pay",
            "void",
            "mark_uncollectible",
            "delete",
            "credit_note",
        )
    },
}

from .billing_writes import create_usage_item  # noqa: E402 (it needs OutboxSender defined)

_HANDLERS[("invoice_item", "create_usage")] = create_usage_item

from .payments_writes import HANDLERS as _PAYMENT_HANDLERS  # noqa: E402 (late fees, plans)

_HANDLERS.update(_JOB_HANDLERS)

_HANDLERS.update(_PAYMENT_HANDLERS)

__all__ = [
    "METADATA_READY",
    "METADATA_SENT",
    "DeliveryReport",
    "OutboxSender",
    "encode",
    "fingerprint",
    "new_key",
]
