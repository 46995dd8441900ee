"""PaymentMethods saved on a customer: attach, detach, retrieve, list.

Payment methods are Stripe's test cards (``pm_card_visa``, ``pm_card_chargeDeclined...``)
or ones registered through ``/_admin/payment_methods``; attaching one saves it on a
customer, newest first in the lists, as Stripe shows them. The attachments are kept
in the store's metadata (``customer_payment_methods``), so they persist with it.
"""

from __future__ import annotations

from typing import Any

from ..core import Ctx
from ..router import route
from ..wire import JsonObj, invalid
from .common import limit_of, require
from .payments import payment_method_object

META = "customer_payment_methods"


def _attached(ctx: Ctx) -> dict[str, list[str]]:
    found: Any = ctx.store.meta.get(META) or {}
    return {str(k): [str(p) for p in v] for k, v in dict(found).items()}


def _owner(ctx: Ctx, pm_id: str) -> str | None:
    return next((c for c, pms in _attached(ctx).items() if pm_id in pms), None)


def _object(ctx: Ctx, pm_id: str) -> JsonObj:
    found = ctx.state.payment_method(pm_id)
    if found is None:
        raise invalid(
            f"No such PaymentMethod: '{pm_id}'", param="payment_method", code="resource_missing"
        )
    _decline, brand, last4 = found
    obj = payment_method_object(ctx, pm_id, brand, last4)
    obj["customer"] = _owner(ctx, pm_id)
    return obj


@route(
    "POST",
    "/v1/payment_methods/{id}/attach",
    "PaymentMethodAttachParams",
    "rak_payment_method_write",
)
def attach(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    cus = ctx.get("customer", require(params, "customer"), "customer")
    _object(ctx, id)
    owner = _owner(ctx, id)
    if owner is not None and owner != cus["id"]:
        raise invalid(
            "The payment method you provided has already been attached to a customer.",
            code="payment_method_unexpected_state",
        )
    attached = _attached(ctx)
    mine = attached.setdefault(cus["id"], [])
    if id not in mine:
        mine.append(id)
    ctx.store.set_meta(META, attached)
    obj = _object(ctx, id)
    ctx.emit("payment_method.attached", obj)
    return obj


@route(
    "POST",
    "/v1/payment_methods/{id}/detach",
    "PaymentMethodDetachParams",
    "rak_payment_method_write",
)
def detach(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    attached = _attached(ctx)
    for pms in attached.values():
        if id in pms:
            pms.remove(id)
    ctx.store.set_meta(META, attached)
    obj = _object(ctx, id)
    ctx.emit("payment_method.detached", obj)
    return obj


@route("GET", "/v1/payment_methods/{id}", "PaymentMethodRetrieveParams", "rak_payment_method_read")
def retrieve(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    return _object(ctx, id)


def _list(ctx: Ctx, customer: str, params: JsonObj, url: str) -> JsonObj:
    ctx.get("customer", customer, "customer")
    kind = params.get("type")
    ids = list(reversed(_attached(ctx).get(customer, [])))  # newest first
    data = [_object(ctx, pm) for pm in ids]
    if kind:
        data = [d for d in data if d["type"] == kind]
    after = params.get("starting_after")
    if after:
        at = next((i for i, d in enumerate(data) if d["id"] == after), None)
        if at is None:
            raise invalid(f"No such PaymentMethod: '{after}'", param="starting_after")
        data = data[at + 1 :]
    limit = limit_of(params)
    return {"object": "list", "data": data[:limit], "has_more": len(data) > limit, "url": url}


@route(
    "GET",
    "/v1/customers/{customer}/payment_methods",
    "CustomerListPaymentMethodsParams",
    "rak_payment_method_read",
)
def list_for_customer(ctx: Ctx, params: JsonObj, customer: str) -> JsonObj:
    return _list(ctx, customer, params, f"/v1/customers/{customer}/payment_methods")


@route("GET", "/v1/payment_methods", "PaymentMethodListParams", "rak_payment_method_read")
def list_payment_methods(ctx: Ctx, params: JsonObj) -> JsonObj:
    customer = params.get("customer")
    if not customer:
        return {"object": "list", "data": [], "has_more": False, "url": "/v1/payment_methods"}
    return _list(ctx, str(customer), params, "/v1/payment_methods")
