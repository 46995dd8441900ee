"""Saving an editor's value: through the outbox when the workspace is connected to Stripe.

A connected workspace saves with :class:`sync.changes.StripeChanges`: the local
change and the Stripe request are committed together, and the next sync sends
it. ``base`` is Stripe's version of the object when the editor opened (see
:func:`base_version`): if Stripe's copy changed since, the sync stops at a
conflict for the person to decide instead of overwriting it. A workspace that is
not connected saves locally, as before. The sync room loads on the first save.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .connection import current_connection

if TYPE_CHECKING:
    from ..domain.catalog import Customer, Price
    from ..domain.invoice import Invoice
    from ..storage.database import Database
    from .context import AppContext
    from .product_dialog import ProductWithPrices


def is_connected(db: Database) -> bool:
    return current_connection(db) is not None


def base_version(db: Database, kind: str, local_id: str) -> str | None:
    """Stripe's version of the object as the editor opens (None when not connected)."""
    if not local_id or not is_connected(db):
        return None
    from ..sync.changes import StripeChanges

    return StripeChanges(db).base_version(kind, local_id)


def request_sync(ctx: AppContext) -> None:
    if ctx.stripe is not None:
        ctx.stripe.request_sync()


def save_customer(ctx: AppContext, customer: Customer, base: str | None) -> Customer:
    from ..sync.changes import StripeChanges

    saved = StripeChanges(ctx.db).save_customer(customer, base)
    request_sync(ctx)
    return saved


def delete_customer(ctx: AppContext, customer_id: str) -> None:
    from ..sync.changes import StripeChanges

    StripeChanges(ctx.db).delete_customer(customer_id)
    request_sync(ctx)


def save_draft(ctx: AppContext, invoice: Invoice, base: str | None) -> Invoice:
    from ..sync.changes import StripeChanges

    saved = StripeChanges(ctx.db).save_draft(invoice, base)
    request_sync(ctx)
    return saved


def save_product(ctx: AppContext, value: ProductWithPrices) -> ProductWithPrices:
    """The product and its prices, queued for Stripe in one transaction.

    Stripe's prices cannot change their amount: a changed amount is a new price,
    and the old one is archived here (prices removed from the form too).
    """
    from ..storage.repositories.base import new_id
    from ..sync.changes import StripeChanges
    from .product_dialog import ProductWithPrices

    db = ctx.db
    product = value.product
    if not product.id:  # the new prices need the product's id before it is stored
        product = replace(product, id=new_id())
    with db.transaction():
        before = {p.id for p in db.prices.for_product(product.id, active_only=True)}
        kept: list[Price] = []
        new: list[Price] = []
        for price in value.prices:
            price = replace(price, product_id=product.id)
            old = db.prices.find(price.id) if price.id else None
            if old is not None and old.unit_amount == price.unit_amount and old.active:
                kept.append(old)
            else:
                new.append(replace(price, id="", stripe_id=None))
        changes = StripeChanges(db)
        saved = changes.save_product(product, new)
        kept_ids = {p.id for p in kept}
        created: list[Price] = []
        for current in db.prices.for_product(saved.id, active_only=True):
            if current.id not in before:
                created.append(current)
            elif current.id not in kept_ids:
                changes.archive_price(current)
    request_sync(ctx)
    return ProductWithPrices(saved, tuple(kept + created))
