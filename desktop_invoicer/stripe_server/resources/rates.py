"""Tax rates and coupons."""

from __future__ import annotations

import secrets
import string

from ..core import RENDERERS, Ctx
from ..router import route
from ..wire import JsonObj, clone, invalid, random_id, validation
from .common import (
    currency_param,
    deleted_stub,
    metadata,
    paged,
    require,
    save_created,
    save_updated,
    text,
    unsupported,
)

# ---------------------------------------------------------------- tax rates

_TAX_RATE_EDITABLE = (
    "active",
    "country",
    "description",
    "display_name",
    "jurisdiction",
    "metadata",
    "state",
    "tax_type",
)


def _apply_tax_rate(rate: JsonObj, params: JsonObj) -> None:
    for k in ("active", "tax_type"):
        if k in params:
            rate[k] = params[k]
    for k in ("country", "description", "jurisdiction", "state", "display_name"):
        if k in params:
            rate[k] = text(params[k])
    if "metadata" in params:
        rate["metadata"] = metadata(rate.get("metadata"), params["metadata"])
    if not rate.get("display_name"):
        raise validation("Missing required param: display_name.", param="display_name")
    if len(rate["display_name"]) > 50:
        raise invalid("display_name can be up to 50 characters.", param="display_name")


@route("POST", "/v1/tax_rates", "TaxRateCreateParams", "rak_tax_rate_write")
def create_tax_rate(ctx: Ctx, params: JsonObj) -> JsonObj:
    unsupported(params, (*_TAX_RATE_EDITABLE, "inclusive", "percentage"))
    pct = float(params["percentage"])
    if not 0 <= pct <= 100:
        raise invalid("percentage must be between 0 and 100.", param="percentage")
    rate: JsonObj = {
        "id": random_id("txr_"),
        "object": "tax_rate",
        "active": True,
        "country": None,
        "created": ctx.now,
        "description": None,
        "display_name": "",
        "effective_percentage": pct,
        "flat_amount": None,
        "inclusive": bool(params["inclusive"]),
        "jurisdiction": None,
        "jurisdiction_level": None,
        "livemode": ctx.livemode,
        "metadata": {},
        "percentage": pct,
        "rate_type": "percentage",
        "state": None,
        "tax_type": None,
    }
    _apply_tax_rate(rate, params)
    save_created(ctx, "tax_rate", rate)
    return ctx.render("tax_rate", rate, params.get("expand"))


@route("GET", "/v1/tax_rates/{id}", "TaxRateRetrieveParams", "rak_tax_rate_read")
def retrieve_tax_rate(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    return ctx.render("tax_rate", ctx.get("tax_rate", id), params.get("expand"))


@route("POST", "/v1/tax_rates/{id}", "TaxRateUpdateParams", "rak_tax_rate_write")
def update_tax_rate(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    unsupported(params, _TAX_RATE_EDITABLE)
    rate = ctx.get("tax_rate", id)
    before = ctx.render("tax_rate", rate)
    _apply_tax_rate(rate, params)
    save_updated(ctx, "tax_rate", rate, before)
    return ctx.render("tax_rate", rate, params.get("expand"))


@route("GET", "/v1/tax_rates", "TaxRateListParams", "rak_tax_rate_read")
def list_tax_rates(ctx: Ctx, params: JsonObj) -> JsonObj:
    def pred(o: JsonObj) -> bool:
        return all(o.get(k) == params[k] for k in ("active", "inclusive") if k in params)

    return paged(ctx, "tax_rate", params, "/v1/tax_rates", pred=pred)


# ---------------------------------------------------------------- coupons

_COUPON_FIELDS = (
    "amount_off",
    "currency",
    "duration",
    "duration_in_months",
    "id",
    "max_redemptions",
    "metadata",
    "name",
    "percent_off",
    "redeem_by",
)


def coupon_valid(coupon: JsonObj, now: int) -> bool:
    if coupon.get("redeem_by") is not None and now > int(coupon["redeem_by"]):
        return False
    maxr = coupon.get("max_redemptions")
    return not (maxr is not None and coupon["times_redeemed"] >= maxr)


def _render_coupon(ctx: Ctx, obj: JsonObj, expand: list[str]) -> JsonObj:
    out: JsonObj = clone(obj)
    out["valid"] = coupon_valid(obj, ctx.now)
    return out


RENDERERS["coupon"] = _render_coupon


@route("POST", "/v1/coupons", "CouponCreateParams", "rak_coupon_write")
def create_coupon(ctx: Ctx, params: JsonObj) -> JsonObj:
    unsupported(params, _COUPON_FIELDS)
    cid = params.get("id") or "".join(
        secrets.choice(string.ascii_uppercase + string.digits) for _ in range(8)
    )
    if ctx.store.kind_of(cid) is not None:
        raise invalid("Coupon already exists.", param="id", code="resource_already_exists")
    if ("percent_off" in params) == ("amount_off" in params):
        raise invalid(
            "You must pass exactly one of percent_off or amount_off.", param="percent_off"
        )
    currency = None
    if "amount_off" in params:
        currency = currency_param(require(params, "currency"))
        if int(params["amount_off"]) <= 0:
            raise invalid("amount_off must be positive.", param="amount_off")
    elif not 0 < float(params["percent_off"]) <= 100:
        raise invalid("percent_off must be greater than 0 and at most 100.", param="percent_off")
    duration = params.get("duration", "once")
    months = params.get("duration_in_months")
    if duration == "repeating" and months is None:
        require(params, "duration_in_months")
    if duration != "repeating" and months is not None:
        raise invalid(
            "duration_in_months can only be set when duration is repeating.",
            param="duration_in_months",
        )
    coupon: JsonObj = {
        "id": cid,
        "object": "coupon",
        "amount_off": params.get("amount_off"),
        "created": ctx.now,
        "currency": currency,
        "duration": duration,
        "duration_in_months": months,
        "livemode": ctx.livemode,
        "max_redemptions": params.get("max_redemptions"),
        "metadata": metadata({}, params.get("metadata", {})),
        "name": text(params.get("name")),
        "percent_off": float(params["percent_off"]) if "percent_off" in params else None,
        "redeem_by": params.get("redeem_by"),
        "times_redeemed": 0,
        "valid": True,
    }
    save_created(ctx, "coupon", coupon)
    return ctx.render("coupon", coupon, params.get("expand"))


@route("GET", "/v1/coupons/{id}", "CouponRetrieveParams", "rak_coupon_read")
def retrieve_coupon(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    return ctx.render("coupon", ctx.get("coupon", id), params.get("expand"))


@route("POST", "/v1/coupons/{id}", "CouponUpdateParams", "rak_coupon_write")
def update_coupon(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    unsupported(params, ("metadata", "name"))
    coupon = ctx.get("coupon", id)
    before = ctx.render("coupon", coupon)
    if "name" in params:
        coupon["name"] = text(params["name"])
    if "metadata" in params:
        coupon["metadata"] = metadata(coupon["metadata"], params["metadata"])
    save_updated(ctx, "coupon", coupon, before)
    return ctx.render("coupon", coupon, params.get("expand"))


@route("DELETE", "/v1/coupons/{id}", "CouponDeleteParams", "rak_coupon_write")
def delete_coupon(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    coupon = ctx.get("coupon", id)
    snapshot = ctx.render("coupon", coupon)
    stub = deleted_stub("coupon", id)
    ctx.store.delete("coupon", id, stub)
    ctx.emit("coupon.deleted", snapshot)
    return clone(stub)


@route("GET", "/v1/coupons", "CouponListParams", "rak_coupon_read")
def list_coupons(ctx: Ctx, params: JsonObj) -> JsonObj:
    return paged(ctx, "coupon", params, "/v1/coupons")
