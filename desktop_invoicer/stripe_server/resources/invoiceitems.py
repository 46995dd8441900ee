"""Invoice items: pending on a customer, or attached to a draft invoice."""

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
    require,
    save_updated,
    text,
    unsupported,
)
from .invoice_calc import make_discounts, refresh_and_save
from .totals import item_amount

_FIELDS = (
    "amount",
    "currency",
    "customer",
    "description",
    "discountable",
    "discounts",
    "invoice",
    "metadata",
    "period",
    "price_data",
    "pricing",
    "quantity",
    "tax_rates",
    "unit_amount_decimal",
)
_EDITABLE = tuple(f for f in _FIELDS if f not in ("customer", "invoice", "currency"))


def not_editable(inv: JsonObj) -> Exception:
    return invalid(
        f"The invoice {inv['id']} is {inv['status']} and can no longer be edited. Invoice "
        "items can only be added to, changed on or removed from draft invoices.",
        code="invoice_not_editable",
    )


def _tax_rates(ctx: Ctx, ids: Any, param: str) -> list[JsonObj]:
    if ids == "" or ids is None:
        return []
    out = []
    for i, rid in enumerate(ids):
        rate = ctx.get("tax_rate", rid, f"{param}[{i}]")
        if not rate["active"]:
            raise invalid(f"Tax rate {rid} is inactive.", param=f"{param}[{i}]")
        out.append(clone(rate))
    return out


def _pricing(ctx: Ctx, item: JsonObj, params: JsonObj, currency: str | None) -> str | None:
    """Set ``pricing``/``amount`` from the params; returns the currency they imply."""
    sources = [k for k in ("amount", "unit_amount_decimal", "pricing", "price_data") if k in params]
    if len(sources) > 1:
        raise validation(
            f"You may only specify one of these parameters: {', '.join(sources)}.",
            param=sources[1],
            code="parameters_exclusive",
        )
    quantity = int(params["quantity"]) if "quantity" in params else int(item.get("quantity") or 1)
    if quantity < 0:
        raise invalid("quantity must be greater than or equal to 0.", param="quantity")
    item["quantity"] = quantity
    item["quantity_decimal"] = str(quantity)
    src = sources[0] if sources else None
    if src == "pricing":
        pid = params["pricing"].get("price")
        price = ctx.get("price", pid, "pricing[price]")
        if price["type"] != "one_time":
            raise invalid(
                f"The price specified ({pid}) is a recurring price; invoice items only "
                "accept one-time prices.",
                param="pricing[price]",
            )
        if not price["active"]:
            raise invalid(f"The price {pid} is not active.", param="pricing[price]")
        item["pricing"] = {
            "price_details": {"price": price["id"], "product": price["product"]},
            "type": "price_details",
            "unit_amount_decimal": price["unit_amount_decimal"],
        }
        currency = price["currency"]
        if item.get("description") is None:
            prod = ctx.store.get("product", price["product"])
            item["description"] = prod["name"] if prod else None
    elif src == "price_data":
        pd = params["price_data"]
        prod = ctx.get("product", pd["product"], "price_data[product]")
        if "unit_amount" in pd:
            unit = decimal_str(int(pd["unit_amount"]))
        elif "unit_amount_decimal" in pd:
            unit = decimal_str(Decimal(str(pd["unit_amount_decimal"])))
        else:
            raise validation(
                "Missing required param: price_data[unit_amount].",
                param="price_data[unit_amount]",
                code="parameter_missing",
            )
        currency = currency_param(pd["currency"], "price_data[currency]")
        price = {
            "id": random_id("price_"),
            "object": "price",
            "active": False,
            "billing_scheme": "per_unit",
            "created": ctx.now,
            "currency": currency,
            "custom_unit_amount": None,
            "livemode": ctx.livemode,
            "lookup_key": None,
            "metadata": {},
            "nickname": None,
            "product": prod["id"],
            "recurring": None,
            "tax_behavior": pd.get("tax_behavior", "unspecified"),
            "tiers_mode": None,
            "transform_quantity": None,
            "type": "one_time",
            "unit_amount": int(Decimal(unit)) if Decimal(unit) == int(Decimal(unit)) else None,
            "unit_amount_decimal": unit,
        }
        ctx.store.insert("price", price)
        item["pricing"] = {
            "price_details": {"price": price["id"], "product": prod["id"]},
            "type": "price_details",
            "unit_amount_decimal": unit,
        }
        if item.get("description") is None:
            item["description"] = prod["name"]
    elif src == "unit_amount_decimal":
        item["pricing"] = {
            "price_details": None,
            "type": "price_details",
            "unit_amount_decimal": decimal_str(Decimal(params["unit_amount_decimal"])),
        }
    elif src == "amount":
        amount = int(params["amount"])
        per_unit = Decimal(amount) / quantity if quantity else Decimal(amount)
        item["pricing"] = {
            "price_details": None,
            "type": "price_details",
            "unit_amount_decimal": decimal_str(per_unit),
        }
        item["amount"] = amount
    elif item.get("pricing") is None:
        raise validation(
            "Missing required param: amount (or one of unit_amount_decimal, pricing[price], "
            "price_data).",
            param="amount",
            code="parameter_missing",
        )
    if src != "amount":
        item["amount"] = item_amount(quantity, item["pricing"]["unit_amount_decimal"])
    return currency


def _apply_common(ctx: Ctx, item: JsonObj, params: JsonObj) -> None:
    if "description" in params:
        item["description"] = text(params["description"])
    if "metadata" in params:
        item["metadata"] = metadata(item.get("metadata"), params["metadata"])
    if "period" in params:
        start, end = int(params["period"]["start"]), int(params["period"]["end"])
        if end < start:
            raise invalid("period[end] must be on or after period[start].", param="period[end]")
        item["period"] = {"end": end, "start": start}
    if "tax_rates" in params:
        item["tax_rates"] = _tax_rates(ctx, params["tax_rates"], "tax_rates")
    if "discountable" in params:
        item["discountable"] = bool(params["discountable"])


@route("POST", "/v1/invoiceitems", "InvoiceItemCreateParams", "rak_invoice_write")
def create_invoiceitem(ctx: Ctx, params: JsonObj) -> JsonObj:
    unsupported(params, _FIELDS)
    cus = ctx.get("customer", require(params, "customer"), "customer")
    inv = None
    if params.get("invoice"):
        inv = ctx.get("invoice", params["invoice"], "invoice")
        if inv["customer"] != cus["id"]:
            raise invalid(f"The invoice {inv['id']} belongs to another customer.", param="invoice")
        if inv["status"] != "draft":
            raise not_editable(inv)
    item: JsonObj = {
        "id": random_id("ii_"),
        "object": "invoiceitem",
        "amount": 0,
        "currency": None,
        "customer": cus["id"],
        "customer_account": None,
        "date": ctx.now,
        "description": None,
        "discountable": True,
        "discounts": [],
        "invoice": inv["id"] if inv else None,
        "livemode": ctx.livemode,
        "metadata": {},
        "net_amount": 0,
        "parent": None,
        "period": {"end": ctx.now, "start": ctx.now},
        "pricing": None,
        "proration": False,
        "proration_details": {"credited_items": None},
        "quantity": 1,
        "quantity_decimal": "1",
        "tax_rates": [],
        "test_clock": None,
    }
    _apply_common(ctx, item, params)
    currency = _pricing(ctx, item, params, None)
    if "currency" in params:
        given = currency_param(params["currency"])
        if currency is not None and given != currency:
            raise invalid(
                f"The currency ({given}) does not match the price's currency ({currency}).",
                param="currency",
            )
        currency = given
    currency = (
        currency
        or (inv["currency"] if inv else None)
        or cus.get("currency")
        or ctx.state.account.default_currency
    )
    if inv is not None and currency != inv["currency"]:
        raise invalid(
            f"The currency of the invoice item ({currency}) must match the currency of the "
            f"invoice ({inv['currency']}).",
            param="currency",
        )
    item["currency"] = currency
    if "discountable" not in params and item["amount"] < 0:
        item["discountable"] = False
    item["net_amount"] = item["amount"]
    item["discounts"] = make_discounts(
        ctx,
        params.get("discounts"),
        customer=cus["id"],
        currency=currency,
        param="discounts",
        invoice_item=item["id"],
    )
    ctx.store.insert("invoiceitem", item)
    ctx.emit("invoiceitem.created", ctx.render("invoiceitem", item))
    if inv is not None:
        refresh_and_save(ctx, inv)
    return ctx.render("invoiceitem", item, params.get("expand"))


@route("GET", "/v1/invoiceitems/{id}", "InvoiceItemRetrieveParams", "rak_invoice_read")
def retrieve_invoiceitem(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    return ctx.render("invoiceitem", ctx.get("invoiceitem", id), params.get("expand"))


def _editable_invoice(ctx: Ctx, item: JsonObj) -> JsonObj | None:
    if not item.get("invoice"):
        return None
    inv = ctx.store.get("invoice", item["invoice"])
    if inv is not None and inv["status"] != "draft":
        raise not_editable(inv)
    return inv


@route("POST", "/v1/invoiceitems/{id}", "InvoiceItemUpdateParams", "rak_invoice_write")
def update_invoiceitem(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    unsupported(params, _EDITABLE)
    item = ctx.get("invoiceitem", id)
    inv = _editable_invoice(ctx, item)
    before = ctx.render("invoiceitem", item)
    work = clone(item)
    _apply_common(ctx, work, params)
    currency = _pricing(ctx, work, params, work["currency"])
    if currency is not None and currency != work["currency"]:
        raise invalid(
            f"The currency ({currency}) does not match the invoice item's currency "
            f"({work['currency']}).",
            param="pricing[price]",
        )
    if "discounts" in params:
        work["discounts"] = make_discounts(
            ctx,
            params["discounts"],
            customer=item["customer"],
            currency=work["currency"],
            param="discounts",
            invoice_item=id,
        )
    item.clear()
    item.update(work)
    save_updated(ctx, "invoiceitem", item, before)
    if inv is not None:
        refresh_and_save(ctx, inv)
    return ctx.render("invoiceitem", item, params.get("expand"))


@route("DELETE", "/v1/invoiceitems/{id}", "InvoiceItemDeleteParams", "rak_invoice_write")
def delete_invoiceitem(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    item = ctx.get("invoiceitem", id)
    inv = _editable_invoice(ctx, item)
    snapshot = ctx.render("invoiceitem", item)
    stub = deleted_stub("invoiceitem", id)
    ctx.store.delete("invoiceitem", id, stub)
    ctx.emit("invoiceitem.deleted", snapshot)
    if inv is not None:
        refresh_and_save(ctx, inv)
    return clone(stub)


@route("GET", "/v1/invoiceitems", "InvoiceItemListParams", "rak_invoice_read")
def list_invoiceitems(ctx: Ctx, params: JsonObj) -> JsonObj:
    candidates = None
    if params.get("invoice"):
        candidates = ctx.store.ids_by("invoiceitem", "invoice", params["invoice"])
    elif params.get("customer"):
        candidates = ctx.store.ids_by("invoiceitem", "customer", params["customer"])

    def pred(o: JsonObj) -> bool:
        if params.get("customer") and o["customer"] != params["customer"]:
            return False
        return not ("pending" in params and (o["invoice"] is None) != params["pending"])

    return paged(ctx, "invoiceitem", params, "/v1/invoiceitems", candidates=candidates, pred=pred)
