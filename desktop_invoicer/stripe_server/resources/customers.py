"""Customers and the account (``/v1/account``)."""

from __future__ import annotations

import re
import secrets
import string

from ..core import Ctx
from ..events import previous_attributes
from ..router import route
from ..wire import JsonObj, clone, random_id, validation
from .common import (
    currency_param,
    custom_fields,
    deleted_stub,
    metadata,
    paged,
    retrieve_deletable,
    text,
    unsupported,
)

_PREFIX_RE = re.compile(r"^[A-Z0-9]{3,12}$")
_ADDRESS_KEYS = ("city", "country", "line1", "line2", "postal_code", "state")

CUSTOMER_FIELDS = (
    "address",
    "balance",
    "business_name",
    "currency",
    "description",
    "email",
    "individual_name",
    "invoice_prefix",
    "invoice_settings",
    "metadata",
    "name",
    "next_invoice_sequence",
    "phone",
    "preferred_locales",
    "tax_exempt",
)


def new_prefix() -> str:
    alphabet = string.ascii_uppercase + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(8))


def _address(value: object) -> JsonObj | None:
    if value == "" or value is None:
        return None
    assert isinstance(value, dict)
    return {k: value.get(k) for k in _ADDRESS_KEYS}


def _apply(ctx: Ctx, cus: JsonObj, params: JsonObj) -> None:
    if "address" in params:
        cus["address"] = _address(params["address"])
    for k in ("business_name", "individual_name", "description", "email", "name", "phone"):
        if k in params:
            cus[k] = text(params[k])
    if "balance" in params:
        cus["balance"] = int(params["balance"])
    if "currency" in params:
        cus["currency"] = currency_param(params["currency"])
    if "invoice_prefix" in params:
        prefix = str(params["invoice_prefix"])
        if not _PREFIX_RE.match(prefix):
            raise validation(
                "Invalid invoice_prefix: it must be 3 to 12 uppercase letters or numbers.",
                param="invoice_prefix",
            )
        cus["invoice_prefix"] = prefix
    if "next_invoice_sequence" in params:
        seq = int(params["next_invoice_sequence"])
        if seq < 1:
            raise validation(
                "next_invoice_sequence must be positive.", param="next_invoice_sequence"
            )
        cus["next_invoice_sequence"] = seq
    if "preferred_locales" in params:
        cus["preferred_locales"] = list(params["preferred_locales"])
    if "tax_exempt" in params:
        cus["tax_exempt"] = params["tax_exempt"] or "none"
    if "metadata" in params:
        cus["metadata"] = metadata(cus.get("metadata"), params["metadata"])
    if "invoice_settings" in params:
        s = dict(cus["invoice_settings"])
        given = params["invoice_settings"]
        if "custom_fields" in given:
            s["custom_fields"] = custom_fields(
                given["custom_fields"], "invoice_settings[custom_fields]"
            )
        if "default_payment_method" in given:
            pm = text(given["default_payment_method"])
            if pm is not None and ctx.state.payment_method(pm) is None:
                raise validation(
                    f"No such PaymentMethod: '{pm}'",
                    param="invoice_settings[default_payment_method]",
                    code="resource_missing",
                )
            s["default_payment_method"] = pm
        if "footer" in given:
            s["footer"] = text(given["footer"])
        if "rendering_options" in given:
            ro = given["rendering_options"]
            s["rendering_options"] = (
                None
                if ro == ""
                else {
                    "amount_tax_display": ro.get("amount_tax_display") or None,
                    "template": ro.get("template") or None,
                }
            )
        cus["invoice_settings"] = s


def new_customer(ctx: Ctx) -> JsonObj:
    return {
        "id": random_id("cus_", 14),
        "object": "customer",
        "address": None,
        "balance": 0,
        "business_name": None,
        "created": ctx.now,
        "currency": None,
        "customer_account": None,
        "default_source": None,
        "delinquent": False,
        "description": None,
        "discount": None,
        "email": None,
        "individual_name": None,
        "invoice_prefix": new_prefix(),
        "invoice_settings": {
            "custom_fields": None,
            "default_payment_method": None,
            "footer": None,
            "rendering_options": None,
        },
        "livemode": ctx.livemode,
        "metadata": {},
        "name": None,
        "next_invoice_sequence": 1,
        "phone": None,
        "preferred_locales": [],
        "shipping": None,
        "tax_exempt": "none",
        "test_clock": None,
    }


@route("POST", "/v1/customers", "CustomerCreateParams", "rak_customer_write")
def create_customer(ctx: Ctx, params: JsonObj) -> JsonObj:
    unsupported(params, CUSTOMER_FIELDS)
    cus = new_customer(ctx)
    _apply(ctx, cus, params)
    ctx.store.insert("customer", cus)
    out = ctx.render("customer", cus)
    ctx.emit("customer.created", out)
    return ctx.render("customer", cus, params.get("expand"))


@route("GET", "/v1/customers/{id}", "CustomerRetrieveParams", "rak_customer_read")
def retrieve_customer(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    return retrieve_deletable(ctx, "customer", id, params)


@route("POST", "/v1/customers/{id}", "CustomerUpdateParams", "rak_customer_write")
def update_customer(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    unsupported(params, [f for f in CUSTOMER_FIELDS if f != "currency"])
    cus = ctx.get("customer", id)
    before = ctx.render("customer", cus)
    _apply(ctx, cus, params)
    ctx.store.touch("customer", cus)
    after = ctx.render("customer", cus)
    prev = previous_attributes(before, after)
    if prev:
        ctx.emit("customer.updated", after, prev)
    return ctx.render("customer", cus, params.get("expand"))


@route("DELETE", "/v1/customers/{id}", "CustomerDeleteParams", "rak_customer_write")
def delete_customer(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    cus = ctx.get("customer", id)
    snapshot = ctx.render("customer", cus)
    stub = deleted_stub("customer", id)
    ctx.store.delete("customer", id, stub)
    ctx.emit("customer.deleted", snapshot)
    return clone(stub)


@route("GET", "/v1/customers", "CustomerListParams", "rak_customer_read")
def list_customers(ctx: Ctx, params: JsonObj) -> JsonObj:
    candidates = None
    if params.get("email"):
        candidates = ctx.store.ids_by("customer", "email", params["email"])
    return paged(ctx, "customer", params, "/v1/customers", candidates=candidates)


@route("GET", "/v1/account", "AccountRetrieveCurrentParams", "rak_account_read")
def retrieve_account(ctx: Ctx, params: JsonObj) -> JsonObj:
    return ctx.state.account.to_json()
