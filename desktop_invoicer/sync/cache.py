"""Apply Stripe objects to the local cache: one entry point per object type.

:class:`StripeCache` wraps the repositories for the sync room. ``apply`` maps a
Stripe object (via :mod:`.mapping`) and upserts it by Stripe id inside the
caller's transaction, so an applied event and its ``applied_events`` row, or an
outbox reply and its ``sent`` mark, commit together (design rules 2 and 4).

``apply_page`` does the same for a page of a list (the backfill): the page's
references are resolved with one query per referenced type, and the rows are
written together, with one audit entry for the page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any, Literal, TypeVar

from ..domain.currency import Currency, currency
from ..storage import Database, StripeMeta
from . import mapping
from .mapping import MissingReference, References, Resolver, UnmappableObject

log = logging.getLogger(__name__)

JSON = Mapping[str, Any]
V = TypeVar("V")
ObjectType = Literal[
    "customer",
    "product",
    "price",
    "tax_rate",
    "coupon",
    "invoice",
    "invoiceitem",
    "payment_intent",
    "charge",
    "credit_note",
    "invoice_payment",
    "dispute",
]

# Stripe's ``object`` names mirrored only as raw JSON.
RAW_TYPES = frozenset({"payment_intent", "charge", "credit_note", "invoice_payment"})

# Kinds apply_page writes a page at a time (besides RAW_TYPES).
_PAGE_KINDS = frozenset(
    {"customer", "product", "price", "tax_rate", "coupon", "invoice", "invoiceitem"}
)

# Stripe's ``object`` name -> the list endpoint's resource name (gateway.Resource).
RESOURCE_OF = {
    "customer": "customers",
    "product": "products",
    "price": "prices",
    "tax_rate": "tax_rates",
    "coupon": "coupons",
    "invoice": "invoices",
    "invoiceitem": "invoice_items",
    "payment_intent": "payment_intents",
    "charge": "charges",
    "credit_note": "credit_notes",
    "dispute": "disputes",
}


def meta(obj: JSON, raw_json: str | None = None) -> StripeMeta:
    """The dj-stripe columns of ``obj``; ``raw_json``: ``obj`` already serialised, if at hand."""
    return StripeMeta(
        livemode=bool(obj.get("livemode")),
        created=obj.get("created"),
        metadata=mapping.metadata(obj),
        raw=dict(obj),
        raw_json=raw_json,
    )


class StripeCache:
    def __init__(self, db: Database, default_currency: Currency | None = None) -> None:
        self.db = db
        self.default_currency = default_currency or currency("USD")
        self.skipped: list[str] = []  # objects we could not represent, with the reason
        self.resolver = Resolver(
            customer_id=lambda sid: _local_id(db.customers.get_by_stripe_id(sid)),
            product_id=lambda sid: _local_id(db.products.get_by_stripe_id(sid)),
            price_id=lambda sid: _local_id(db.prices.get_by_stripe_id(sid)),
            tax_rate=db.tax_rates.get_by_stripe_id,
            discount=db.discounts.get_by_stripe_id,
        )

    def apply(self, obj: JSON, lines: Sequence[JSON] | None = None) -> bool:
        """Store ``obj`` as Stripe has it. False when it cannot be represented (counted, skipped).

        Raises MissingReference when it points at an object not cached yet; the caller
        fetches that one and tries again.
        """
        kind = str(obj.get("object"))
        try:
            with self.db.transaction():
                self._apply(kind, obj, lines)
        except UnmappableObject as exc:
            self.skipped.append(f"{kind} {obj.get('id')}: {exc}")
            log.warning("skipped %s %s: %s", kind, obj.get("id"), exc)
            return False
        return True

    def _apply(self, kind: str, obj: JSON, lines: Sequence[JSON] | None) -> None:
        if obj.get("deleted"):
            self.apply_deleted(kind, str(obj["id"]))
            return
        m = meta(obj)
        if kind == "customer":
            self.db.customers.upsert_synced(
                self._keep_id(self.db.customers, mapping.customer(obj, self.default_currency), obj),
                m,
            )
        elif kind == "product":
            self.db.products.upsert_synced(
                self._keep_id(self.db.products, mapping.product(obj), obj), m
            )
        elif kind == "price":
            self.db.prices.upsert_synced(
                self._keep_id(self.db.prices, mapping.price(obj, self.resolver), obj), m
            )
        elif kind == "tax_rate":
            self.db.tax_rates.upsert_synced(
                self._keep_id(self.db.tax_rates, mapping.tax_rate(obj), obj), m
            )
        elif kind == "coupon":
            self.db.discounts.upsert_synced(
                self._keep_id(self.db.discounts, mapping.coupon(obj), obj), m
            )
        elif kind == "invoice":
            all_lines = (
                lines if lines is not None else list((obj.get("lines") or {}).get("data") or [])
            )
            value = mapping.invoice(obj, all_lines, self.resolver)
            local = mapping.metadata(obj).get(mapping.METADATA_LOCAL_ID)
            if (
                local
                and self.db.invoices.find(local) is not None
                and self.db.invoices.get_by_stripe_id(value.stripe_id or "") is None
            ):
                value = _with_id(value, local)
            self.db.invoices.upsert_synced(value, m)
        elif kind in RAW_TYPES:
            self.db.stripe_objects.upsert(obj)
        elif kind == "invoiceitem":
            pass  # lines arrive with their invoice; a pending item has no invoice yet
        elif kind == "dispute":  # its own table (issue 8): disputed invoices skip reminders
            self.db.disputes.upsert(obj)
        else:
            raise UnmappableObject(f"unsupported object type {kind}")

    def apply_page(
        self,
        objs: Sequence[JSON],
        lines: Mapping[str, Sequence[JSON]] | None = None,
        raw_json: Sequence[str] | None = None,
    ) -> int:
        """Store a page of one Stripe list as Stripe has it; returns how many objects were stored.

        The same rows as :meth:`apply` for each object, but read and written a page
        at a time (one audit entry for the page). Objects that cannot be
        represented are skipped and counted, as ``apply`` does. Raises
        MissingReference, with nothing written, when an object points at one not
        cached yet: the caller then applies the page object by object, fetching
        what is missing. ``lines``: invoice id -> all its lines, where the
        embedded first page of lines is not all of them. ``raw_json``: each object
        already serialised (``storage.codec.dumps``), if the caller has it.
        """
        kinds = {str(obj.get("object")) for obj in objs}
        pageable = {*RAW_TYPES, *_PAGE_KINDS, "dispute"}
        if len(kinds) != 1 or not kinds <= pageable or any(obj.get("deleted") for obj in objs):
            with self.db.transaction():  # not a page of one list we know: one by one
                return sum(self.apply(obj, (lines or {}).get(str(obj.get("id")))) for obj in objs)
        (kind,) = kinds
        ids = [str(obj["id"]) for obj in objs]
        if len(set(ids)) != len(ids):
            raise ValueError("A page lists each Stripe object once.")
        if raw_json is not None and len(raw_json) != len(objs):
            raise ValueError("One JSON text per object.")
        texts = dict(zip(ids, raw_json, strict=True)) if raw_json is not None else {}
        skipped: list[str] = []  # kept only if the page is written
        with self.db.transaction():
            if kind in RAW_TYPES:
                self.db.stripe_objects.upsert_many(objs, raw_json)
                stored = len(objs)
            elif kind == "invoiceitem":
                stored = len(objs)  # lines arrive with their invoice
            elif kind == "dispute":
                self.db.disputes.upsert_many(objs)
                stored = len(objs)
            elif kind == "invoice":
                stored = self._apply_invoices(objs, lines or {}, texts, skipped)
            else:
                repo, make = self._entity_kind(kind, objs)
                stored = self._apply_entities(repo, objs, make, texts, skipped)
        for reason in skipped:
            self.skipped.append(reason)
            log.warning("skipped %s", reason)
        return stored

    def _entity_kind(self, kind: str, objs: Sequence[JSON]) -> tuple[Any, Callable[[JSON], Any]]:
        """The repository of a Stripe-mirrored kind and its mapper."""
        db = self.db
        if kind == "customer":
            cur = self.default_currency
            return db.customers, lambda o: mapping.customer(o, cur)
        if kind == "product":
            return db.products, mapping.product
        if kind == "price":
            resolver = self._page_resolver(objs, None)
            return db.prices, lambda o: mapping.price(o, resolver)
        if kind == "tax_rate":
            return db.tax_rates, mapping.tax_rate
        if kind == "coupon":
            return db.discounts, mapping.coupon
        raise ValueError(f"unsupported object type {kind}")

    @staticmethod
    def _mapped(
        objs: Sequence[JSON], make: Callable[[JSON], V], skipped: list[str]
    ) -> list[tuple[V, JSON]]:
        """Each object's value; the ones that cannot be represented are skipped, as ``apply`` does."""
        mapped: list[tuple[V, JSON]] = []
        for obj in objs:
            try:
                mapped.append((make(obj), obj))
            except UnmappableObject as exc:
                skipped.append(f"{obj.get('object')} {obj.get('id')}: {exc}")
        return mapped

    def _apply_entities(
        self,
        repo: Any,
        objs: Sequence[JSON],
        make: Callable[[JSON], Any],
        texts: Mapping[str, str],
        skipped: list[str],
    ) -> int:
        mapped = self._mapped(objs, make, skipped)
        values = self._keep_ids(repo, mapped)
        repo.upsert_synced_page(values, [meta(obj, texts.get(str(obj["id"]))) for _, obj in mapped])
        return len(values)

    def _apply_invoices(
        self,
        objs: Sequence[JSON],
        lines: Mapping[str, Sequence[JSON]],
        texts: Mapping[str, str],
        skipped: list[str],
    ) -> int:
        def all_lines(obj: JSON) -> Sequence[JSON]:
            found = lines.get(str(obj["id"]))
            return found if found is not None else (obj.get("lines") or {}).get("data") or []

        resolver = self._page_resolver(objs, all_lines)
        mapped = self._mapped(objs, lambda o: mapping.invoice(o, all_lines(o), resolver), skipped)
        values = self._keep_ids(self.db.invoices, mapped)
        metas = [meta(obj, texts.get(str(obj["id"]))) for _, obj in mapped]
        self.db.invoices.upsert_synced_page(values, metas)
        return len(values)

    def _page_resolver(
        self, objs: Sequence[JSON], lines_of: Callable[[JSON], Sequence[JSON]] | None
    ) -> Resolver:
        """A Resolver over what this page refers to, read with one query per type."""
        refs = References()
        for obj in objs:
            mapping.references(obj, lines_of(obj) if lines_of is not None else None, refs)
        db = self.db
        customers = db.customers.ids_by_stripe_id(sorted(refs.customers))
        products = db.products.ids_by_stripe_id(sorted(refs.products))
        prices = db.prices.ids_by_stripe_id(sorted(refs.prices))
        tax_rates = db.tax_rates.by_stripe_ids(sorted(refs.tax_rates))
        discounts = db.discounts.by_stripe_ids(sorted(refs.coupons))
        return Resolver(
            customer_id=customers.get,
            product_id=products.get,
            price_id=prices.get,
            tax_rate=tax_rates.get,
            discount=discounts.get,
        )

    def _keep_ids(self, repo: Any, mapped: Sequence[tuple[Any, JSON]]) -> list[Any]:
        """:meth:`_keep_id` for a page: two queries for all of it."""
        claims = {
            str(value.stripe_id): local
            for value, obj in mapped
            if (local := mapping.metadata(obj).get(mapping.METADATA_LOCAL_ID))
        }
        if not claims:
            return [value for value, _ in mapped]
        linked = repo.ids_by_stripe_id(sorted(claims))
        existing = repo.existing_ids(sorted(set(claims.values())))
        values = []
        for value, _ in mapped:
            local = claims.get(str(value.stripe_id))
            if local and value.stripe_id not in linked and local in existing:
                value = _with_id(value, local)
            values.append(value)
        return values

    def _keep_id(self, repo: Any, value: Any, obj: JSON) -> Any:
        """Link an object created by this app (its metadata names our local id) to that row."""
        local = mapping.metadata(obj).get(mapping.METADATA_LOCAL_ID)
        if (
            local
            and repo.get_by_stripe_id(value.stripe_id) is None
            and repo.find(local) is not None
        ):
            return _with_id(value, local)
        return value

    def apply_deleted(self, kind: str, stripe_id: str) -> None:
        with self.db.transaction():
            if kind == "customer":
                found = self.db.customers.get_by_stripe_id(stripe_id)
                if found is not None:
                    self.db.customers.mark_deleted(found.id, actor="stripe sync")
            elif kind == "invoice":
                inv = self.db.invoices.get_by_stripe_id(stripe_id)
                if inv is not None:
                    self.db.invoices.delete_draft(inv.id, actor="stripe sync")
            elif kind == "product":
                product = self.db.products.get_by_stripe_id(stripe_id)
                if product is not None and product.active:
                    self.db.products.upsert_synced(
                        replace(product, active=False), self.db.products.stripe_meta(product.id)
                    )
            elif kind in RAW_TYPES:
                self.db.stripe_objects.mark_deleted(stripe_id)
            # Tax rates cannot be deleted in Stripe; a deleted coupon stays on the invoices it discounted.


def _local_id(value: Any) -> str | None:
    return None if value is None else str(value.id)


def _with_id(value: Any, new_id: str) -> Any:
    return replace(value, id=new_id)


__all__ = ["RAW_TYPES", "RESOURCE_OF", "MissingReference", "StripeCache", "meta"]
