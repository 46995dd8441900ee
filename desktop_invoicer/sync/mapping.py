"""Stripe objects (plain JSON dicts, API version pinned in :mod:`.gateway`) to domain values.

One mapping path per object type, field by field, as dj-stripe's
``sync_from_stripe_data``. A mapper never makes a network call: references to
other objects are resolved through a :class:`Resolver` over the local cache, and
a reference that is not there yet raises :class:`MissingReference` so the caller
can fetch that object first and try again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from ..domain.catalog import Address, Customer, Discount, Price, Product, TaxRate
from ..domain.currency import Currency, UnknownCurrencyError, currency
from ..domain.invoice import CollectionMethod, Invoice, InvoiceLine
from ..domain.money import Money
from ..domain.status import InvoiceStatus

JSON = Mapping[str, Any]

METADATA_LOCAL_ID = "desktop_invoicer_id"
"""Metadata key holding the app's deterministic id of the object (design rule 3)."""
# Stripe's Invoice object has no ``days_until_due`` (only the create/update param):
# the chosen "Net N" terms ride in metadata so they survive a sync round trip and a
# draft finalized later is due N days after finalizing, not on a date fixed at creation.
METADATA_TERMS = "desktop_invoicer_days_until_due"


class MissingReference(LookupError):
    def __init__(self, object_type: str, stripe_id: str) -> None:
        super().__init__(f"{object_type} {stripe_id} is not in the local cache yet")
        self.object_type = object_type
        self.stripe_id = stripe_id


class UnmappableObject(ValueError):
    """The object cannot be represented locally (e.g. an unsupported currency): counted, skipped."""


@dataclass(frozen=True, slots=True)
class Resolver:
    """Look-ups of local values by Stripe id, backed by the repositories."""

    customer_id: Callable[[str], str | None]
    product_id: Callable[[str], str | None]
    price_id: Callable[[str], str | None]
    tax_rate: Callable[[str], TaxRate | None]
    discount: Callable[[str], Discount | None]

    def need_customer(self, stripe_id: str) -> str:
        found = self.customer_id(stripe_id)
        if found is None:
            raise MissingReference("customer", stripe_id)
        return found


@dataclass(frozen=True, slots=True)
class References:
    """The Stripe ids that objects refer to, by type: what a :class:`Resolver` is asked for.

    Filled by :func:`references`, so a page of objects can be resolved with one
    query per type instead of one per reference.
    """

    customers: set[str] = field(default_factory=set)
    products: set[str] = field(default_factory=set)
    prices: set[str] = field(default_factory=set)
    tax_rates: set[str] = field(default_factory=set)
    coupons: set[str] = field(default_factory=set)


def references(obj: JSON, lines: Sequence[JSON] | None, into: References) -> None:
    """Add the references of ``obj`` (an invoice with ``lines``, or a price) to ``into``.

    The same fields the mappers below resolve, read by the same helpers.
    """
    kind = obj.get("object")
    if kind == "price":
        product_id = _ref(obj.get("product"))
        if product_id is not None:
            into.products.add(product_id)
    elif kind == "invoice":
        customer_id = _ref(obj.get("customer"))
        if customer_id is not None:
            into.customers.add(customer_id)
        into.coupons.update(_coupon_ids(obj))
        for line in lines or ():
            into.tax_rates.update(_line_tax_rate_ids(line))
            price_id = _line_price_id(line)
            if price_id is not None:
                into.prices.add(price_id)


def _ref(value: Any) -> str | None:
    """An expandable field: an id string or an expanded object."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return str(value["id"])


def _currency(code: str | None, fallback: Currency | None = None) -> Currency:
    if not code:
        if fallback is None:
            raise UnmappableObject("object has no currency")
        return fallback
    try:
        return currency(code)
    except UnknownCurrencyError as exc:
        raise UnmappableObject(str(exc)) from None


def _date(ts: int | None) -> date | None:
    return None if ts is None else datetime.fromtimestamp(ts, UTC).date()


def _minor(value: Any) -> int:
    """Stripe's integer amounts, or ``*_decimal`` strings holding whole minor units."""
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    exact = Decimal(str(value))
    if exact != exact.to_integral_value():
        raise UnmappableObject(f"fractional minor units ({value}) are not supported")
    return int(exact)


def metadata(obj: JSON) -> dict[str, str]:
    return {str(k): str(v) for k, v in (obj.get("metadata") or {}).items()}


def customer(obj: JSON, default_currency: Currency) -> Customer:
    addr = obj.get("address") or {}
    locales = obj.get("preferred_locales") or []
    name = obj.get("name") or obj.get("email") or obj["id"]
    return Customer(
        id="",
        name=str(name),
        email=str(obj.get("email") or ""),
        currency=_currency(obj.get("currency"), default_currency),
        address=Address(
            line1=addr.get("line1") or "",
            line2=addr.get("line2") or "",
            city=addr.get("city") or "",
            postal_code=addr.get("postal_code") or "",
            state=addr.get("state") or "",
            country=addr.get("country") or "",
        ),
        phone=str(obj.get("phone") or ""),
        locale=str(locales[0]) if locales else "en",
        stripe_id=str(obj["id"]),
        tax_exempt=obj.get("tax_exempt") == "exempt",
    )


def product(obj: JSON) -> Product:
    return Product(
        id="",
        name=str(obj.get("name") or obj["id"]),
        description=str(obj.get("description") or ""),
        active=bool(obj.get("active", True)),
        stripe_id=str(obj["id"]),
    )


def price(obj: JSON, resolver: Resolver) -> Price:
    product_stripe_id = _ref(obj.get("product"))
    if product_stripe_id is None:
        raise UnmappableObject(f"price {obj['id']} has no product")
    product_id = resolver.product_id(product_stripe_id)
    if product_id is None:
        raise MissingReference("product", product_stripe_id)
    unit = obj.get("unit_amount")
    if unit is None:
        unit = _minor(obj.get("unit_amount_decimal"))
    return Price(
        id="",
        product_id=product_id,
        unit_amount=Money(int(unit), _currency(obj.get("currency"))),
        active=bool(obj.get("active", True)),
        stripe_id=str(obj["id"]),
    )


def tax_rate(obj: JSON) -> TaxRate:
    return TaxRate(
        id="",
        display_name=str(obj.get("display_name") or "Tax"),
        percentage=Decimal(str(obj.get("percentage") or "0")),
        inclusive=bool(obj.get("inclusive")),
        jurisdiction=str(obj.get("jurisdiction") or ""),
        active=bool(obj.get("active", True)),
        stripe_id=str(obj["id"]),
    )


def coupon(obj: JSON) -> Discount:
    name = str(obj.get("name") or obj["id"])
    if obj.get("percent_off") is not None:
        return Discount(
            id="", name=name, percent_off=Decimal(str(obj["percent_off"])), stripe_id=str(obj["id"])
        )
    amount = Money(int(obj["amount_off"]), _currency(obj.get("currency")))
    return Discount(id="", name=name, amount_off=amount, stripe_id=str(obj["id"]))


def _line(obj: JSON, cur: Currency, resolver: Resolver) -> InvoiceLine:
    pricing = obj.get("pricing") or {}
    quantity = int(obj.get("quantity") or 1)
    unit_decimal = pricing.get("unit_amount_decimal")
    unit = (
        _minor(unit_decimal)
        if unit_decimal is not None
        else _minor(obj.get("amount")) // max(quantity, 1)
    )
    rates: list[TaxRate] = []
    for rate_id in _line_tax_rate_ids(obj):
        rate = resolver.tax_rate(rate_id)
        if rate is None:
            raise MissingReference("tax_rate", rate_id)
        rates.append(rate)
    price_stripe_id = _line_price_id(obj)
    price_id = resolver.price_id(price_stripe_id) if price_stripe_id else None
    return InvoiceLine(
        description=str(obj.get("description") or ""),
        quantity=quantity,
        unit_amount=Money(unit, cur),
        tax_rates=tuple(rates),
        price_id=price_id,
    )


def invoice(obj: JSON, lines: Sequence[JSON], resolver: Resolver) -> Invoice:
    """An invoice with all its lines (``lines`` already paged through by the caller)."""
    cur = _currency(obj.get("currency"))
    customer_stripe_id = _ref(obj.get("customer"))
    if customer_stripe_id is None:
        raise UnmappableObject(f"invoice {obj['id']} has no customer")
    discounts: list[Discount] = []
    for coupon_id in _coupon_ids(obj):
        found = resolver.discount(coupon_id)
        if found is None:
            raise MissingReference("coupon", coupon_id)
        discounts.append(found)
    transitions = obj.get("status_transitions") or {}
    issued = transitions.get("finalized_at") or obj.get("created")
    return Invoice(
        id="",
        customer_id=resolver.need_customer(customer_stripe_id),
        currency=cur,
        status=InvoiceStatus(obj.get("status") or "draft"),
        lines=tuple(_line(line, cur, resolver) for line in lines),
        discounts=tuple(discounts),
        number=obj.get("number"),
        memo=str(obj.get("description") or ""),
        footer=str(obj.get("footer") or ""),
        custom_fields=tuple(
            (str(f["name"]), str(f["value"])) for f in obj.get("custom_fields") or []
        ),
        collection_method=CollectionMethod(obj.get("collection_method") or "send_invoice"),
        days_until_due=_terms(obj),
        due_date=_date(obj.get("due_date")),
        issue_date=_date(issued),
        amount_paid=int(obj.get("amount_paid") or 0),
        stripe_id=str(obj["id"]),
    )


def _terms(obj: JSON) -> int | None:
    """The invoice's "Net N" terms: Stripe's field if given, else the app's metadata."""
    value = obj.get("days_until_due")
    if value is None:
        value = (obj.get("metadata") or {}).get(METADATA_TERMS)
    try:
        return None if value in (None, "") else int(value)
    except (TypeError, ValueError):
        return None


def _line_tax_rate_ids(line: JSON) -> list[str]:
    """The Stripe ids of a line's tax rates, in order."""
    ids = []
    for tax in line.get("taxes") or []:
        rate_id = _ref((tax.get("tax_rate_details") or {}).get("tax_rate"))
        if rate_id is not None:
            ids.append(rate_id)
    return ids


def _line_price_id(line: JSON) -> str | None:
    return _ref(((line.get("pricing") or {}).get("price_details") or {}).get("price"))


def _coupon_ids(invoice: JSON) -> list[str]:
    """The Stripe ids of the coupons behind an invoice's discounts, in order."""
    ids = []
    for entry in invoice.get("discounts") or []:
        coupon_id = _coupon_of(entry)
        if coupon_id is not None:
            ids.append(coupon_id)
    return ids


def _coupon_of(entry: Any) -> str | None:
    """A discount on an invoice: a discount id, or an expanded discount with its coupon."""
    if isinstance(entry, str):
        return None  # a bare discount id (di_...) tells us nothing about the coupon
    source = entry.get("source") or {}
    return _ref(source.get("coupon")) or _ref(entry.get("coupon"))
