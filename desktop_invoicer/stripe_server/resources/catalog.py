"""Products and prices."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..core import Ctx
from ..router import route
from ..wire import JsonObj, clone, invalid, random_id, validation
from .common import (
    currency_param,
    decimal_str,
    deleted_stub,
    metadata,
    paged,
    retrieve_deletable,
    save_created,
    save_updated,
    text,
    unsupported,
)

PRODUCT_FIELDS = (
    "active",
    "description",
    "id",
    "images",
    "metadata",
    "name",
    "shippable",
    "statement_descriptor",
    "tax_code",
    "type",
    "unit_label",
    "url",
    "default_price_data",
    "default_price",
)


def new_product(ctx: Ctx, params: JsonObj) -> JsonObj:
    pid = params.get("id") or random_id("prod_", 14)
    if ctx.store.kind_of(pid) is not None:
        raise invalid(
            f"Product already exists with ID {pid}", param="id", code="resource_already_exists"
        )
    prod: JsonObj = {
        "id": pid,
        "object": "product",
        "active": True,
        "created": ctx.now,
        "default_price": None,
        "description": None,
        "images": [],
        "livemode": ctx.livemode,
        "marketing_features": [],
        "metadata": {},
        "name": "",
        "package_dimensions": None,
        "shippable": None,
        "statement_descriptor": None,
        "tax_code": None,
        "type": "service",
        "unit_label": None,
        "updated": ctx.now,
        "url": None,
    }
    _apply_product(prod, params)
    return prod


def _apply_product(prod: JsonObj, params: JsonObj) -> None:
    for k in ("active", "shippable", "type"):
        if k in params:
            prod[k] = params[k]
    for k in ("description", "statement_descriptor", "tax_code", "unit_label", "url", "name"):
        if k in params:
            prod[k] = text(params[k])
    if "images" in params:
        prod["images"] = list(params["images"] or [])
    if "metadata" in params:
        prod["metadata"] = metadata(prod.get("metadata"), params["metadata"])
    if not prod.get("name"):
        raise validation("Missing required param: name.", param="name", code="parameter_missing")


@route("POST", "/v1/products", "ProductCreateParams", "rak_product_write")
def create_product(ctx: Ctx, params: JsonObj) -> JsonObj:
    unsupported(params, [f for f in PRODUCT_FIELDS if f != "default_price"])
    prod = new_product(ctx, params)
    dpd = params.get("default_price_data")
    save_created(ctx, "product", prod)
    if dpd:
        price_params = {k: v for k, v in dpd.items()}
        price_params["product"] = prod["id"]
        price = _create_price(ctx, price_params)
        before = ctx.render("product", prod)
        prod["default_price"] = price["id"]
        save_updated(ctx, "product", prod, before)
    return ctx.render("product", prod, params.get("expand"))


@route("GET", "/v1/products/{id}", "ProductRetrieveParams", "rak_product_read")
def retrieve_product(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    return retrieve_deletable(ctx, "product", id, params)


@route("POST", "/v1/products/{id}", "ProductUpdateParams", "rak_product_write")
def update_product(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    unsupported(params, [f for f in PRODUCT_FIELDS if f not in ("id", "default_price_data")])
    prod = ctx.get("product", id)
    before = ctx.render("product", prod)
    if "default_price" in params:
        pr = ctx.get("price", params["default_price"], "default_price")
        if pr["product"] != id:
            raise invalid("The default price must belong to this product.", param="default_price")
        prod["default_price"] = pr["id"]
    _apply_product(prod, params)
    prod["updated"] = ctx.now
    save_updated(ctx, "product", prod, before)
    return ctx.render("product", prod, params.get("expand"))


@route("DELETE", "/v1/products/{id}", "ProductDeleteParams", "rak_product_write")
def delete_product(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    prod = ctx.get("product", id)
    if ctx.store.ids_by("price", "product", id):
        raise invalid(
            "This product cannot be deleted because it has one or more user-created prices."
        )
    snapshot = ctx.render("product", prod)
    stub = deleted_stub("product", id)
    ctx.store.delete("product", id, stub)
    ctx.emit("product.deleted", snapshot)
    return clone(stub)


@route("GET", "/v1/products", "ProductListParams", "rak_product_read")
def list_products(ctx: Ctx, params: JsonObj) -> JsonObj:
    ids = set(params.get("ids") or [])

    def pred(o: JsonObj) -> bool:
        for k in ("active", "shippable", "type", "url"):
            if k in params and o.get(k) != params[k]:
                return False
        return not ids or o["id"] in ids

    return paged(ctx, "product", params, "/v1/products", pred=pred)


# ---------------------------------------------------------------- prices

PRICE_FIELDS = (
    "active",
    "currency",
    "lookup_key",
    "metadata",
    "nickname",
    "product",
    "product_data",
    "recurring",
    "tax_behavior",
    "unit_amount",
    "unit_amount_decimal",
    "billing_scheme",
)


def _amounts(params: JsonObj) -> tuple[int | None, str]:
    """(unit_amount, unit_amount_decimal) from ``unit_amount`` or ``unit_amount_decimal``."""
    if "unit_amount" in params and "unit_amount_decimal" in params:
        raise validation(
            "You may only specify one of these parameters: unit_amount, unit_amount_decimal.",
            param="unit_amount_decimal",
            code="parameters_exclusive",
        )
    if "unit_amount" in params:
        ua = int(params["unit_amount"])
        if ua < 0:
            raise invalid("This value must be greater than or equal to 0.", param="unit_amount")
        return ua, decimal_str(ua)
    if "unit_amount_decimal" in params:
        d = Decimal(params["unit_amount_decimal"])
        if d < 0:
            raise invalid(
                "This value must be greater than or equal to 0.", param="unit_amount_decimal"
            )
        if -d.as_tuple().exponent > 12:  # type: ignore[operator]
            raise invalid(
                "unit_amount_decimal can have at most 12 decimal places.",
                param="unit_amount_decimal",
            )
        whole = int(d) if d == d.to_integral_value() else None
        return whole, decimal_str(d)
    raise validation(
        "Missing required param: unit_amount.", param="unit_amount", code="parameter_missing"
    )


def _create_price(ctx: Ctx, params: JsonObj) -> JsonObj:
    if params.get("billing_scheme", "per_unit") != "per_unit":
        raise validation(
            "The local Stripe server does not implement tiered prices.", param="billing_scheme"
        )
    currency = currency_param(params["currency"])
    unit_amount, unit_amount_decimal = _amounts(params)
    if "product" in params and "product_data" in params:
        raise validation(
            "You may only specify one of these parameters: product, product_data.",
            param="product_data",
            code="parameters_exclusive",
        )
    if "product" in params:
        product_id = ctx.get("product", params["product"], "product")["id"]
    elif "product_data" in params:
        pd = dict(params["product_data"])
        unsupported(pd, ("active", "id", "metadata", "name", "statement_descriptor", "unit_label"))
        prod = new_product(ctx, pd)
        save_created(ctx, "product", prod)
        product_id = prod["id"]
    else:
        raise validation(
            "Missing required param: product.", param="product", code="parameter_missing"
        )
    recurring: Any = None
    if params.get("recurring"):
        r = params["recurring"]
        recurring = {
            "interval": r["interval"],
            "interval_count": int(r.get("interval_count", 1)),
            "meter": None,
            "trial_period_days": r.get("trial_period_days"),
            "usage_type": r.get("usage_type", "licensed"),
        }
    price: JsonObj = {
        "id": random_id("price_"),
        "object": "price",
        "active": params.get("active", True),
        "billing_scheme": "per_unit",
        "created": ctx.now,
        "currency": currency,
        "custom_unit_amount": None,
        "livemode": ctx.livemode,
        "lookup_key": params.get("lookup_key"),
        "metadata": metadata({}, params.get("metadata", {})),
        "nickname": params.get("nickname"),
        "product": product_id,
        "recurring": recurring,
        "tax_behavior": params.get("tax_behavior", "unspecified"),
        "tiers_mode": None,
        "transform_quantity": None,
        "type": "recurring" if recurring else "one_time",
        "unit_amount": unit_amount,
        "unit_amount_decimal": unit_amount_decimal,
    }
    save_created(ctx, "price", price)
    return price


@route("POST", "/v1/prices", "PriceCreateParams", "rak_price_write")
def create_price(ctx: Ctx, params: JsonObj) -> JsonObj:
    unsupported(params, PRICE_FIELDS)
    return ctx.render("price", _create_price(ctx, params), params.get("expand"))


@route("GET", "/v1/prices/{id}", "PriceRetrieveParams", "rak_price_read")
def retrieve_price(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    return ctx.render("price", ctx.get("price", id), params.get("expand"))


@route("POST", "/v1/prices/{id}", "PriceUpdateParams", "rak_price_write")
def update_price(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    unsupported(params, ("active", "lookup_key", "metadata", "nickname", "tax_behavior"))
    price = ctx.get("price", id)
    before = ctx.render("price", price)
    if "tax_behavior" in params and params["tax_behavior"] != price["tax_behavior"]:
        if price["tax_behavior"] != "unspecified":
            raise invalid(
                "tax_behavior cannot be changed once it is set to inclusive or exclusive.",
                param="tax_behavior",
            )
        price["tax_behavior"] = params["tax_behavior"]
    for k in ("active", "lookup_key", "nickname"):
        if k in params:
            price[k] = text(params[k])
    if "metadata" in params:
        price["metadata"] = metadata(price["metadata"], params["metadata"])
    save_updated(ctx, "price", price, before)
    return ctx.render("price", price, params.get("expand"))


@route("GET", "/v1/prices", "PriceListParams", "rak_price_read")
def list_prices(ctx: Ctx, params: JsonObj) -> JsonObj:
    candidates = None
    if params.get("product"):
        candidates = ctx.store.ids_by("price", "product", params["product"])
    lookup = set(params.get("lookup_keys") or [])

    def pred(o: JsonObj) -> bool:
        for k in ("active", "currency", "type"):
            if k in params and o.get(k) != params[k]:
                return False
        if params.get("recurring"):
            r = o.get("recurring") or {}
            for k, v in params["recurring"].items():
                if r.get(k) != v:
                    return False
        return not lookup or o.get("lookup_key") in lookup

    return paged(ctx, "price", params, "/v1/prices", candidates=candidates, pred=pred)
