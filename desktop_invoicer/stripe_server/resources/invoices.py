"""Invoices: create, retrieve, update, delete, list and their lines."""

from __future__ import annotations

from typing import Any

from ..core import RENDERERS, Ctx, includes, list_object
from ..router import route
from ..wire import JsonObj, clone, invalid, random_id, validation
from .common import (
    currency_param,
    custom_fields,
    deleted_stub,
    exclusive,
    metadata,
    page_array,
    paged,
    save_updated,
    text,
    unsupported,
)
from .invoice_calc import items_of, lines_of, make_discounts, refresh, refresh_and_save
from .invoiceitems import _tax_rates

DAY = 86400
LINES_SHOWN = 10

_CREATE_FIELDS = (
    "auto_advance",
    "collection_method",
    "currency",
    "custom_fields",
    "customer",
    "days_until_due",
    "default_payment_method",
    "default_tax_rates",
    "description",
    "discounts",
    "due_date",
    "effective_at",
    "footer",
    "metadata",
    "number",
    "pending_invoice_items_behavior",
    "statement_descriptor",
)
_ALWAYS_EDITABLE = ("metadata",)
_OPEN_EDITABLE = (
    "auto_advance",
    "custom_fields",
    "days_until_due",
    "default_payment_method",
    "description",
    "due_date",
    "footer",
    "metadata",
)


def render_invoice(ctx: Ctx, inv: JsonObj, expand: list[str]) -> JsonObj:
    out: JsonObj = clone(inv)
    data = lines_of(ctx, inv)
    out["lines"] = list_object(
        f"/v1/invoices/{inv['id']}/lines", data[:LINES_SHOWN], len(data) > LINES_SHOWN
    )
    token = (ctx.store.aux.get(inv["id"]) or {}).get("token")
    if token and out["hosted_invoice_url"]:
        # built from the current address: a restarted server may listen on another port
        base, acct = ctx.state.base_url, ctx.state.account.id
        out["hosted_invoice_url"] = f"{base}/i/{acct}/{token}"
        out["invoice_pdf"] = f"{base}/invoice/{acct}/{token}/pdf"
    if includes(expand, "payments"):
        pays = []
        for pid in ctx.store.ids_by("invoice_payment", "invoice", inv["id"]):
            p = ctx.store.get("invoice_payment", pid)
            if p is not None:
                pays.append(clone(p))
        pays.reverse()
        out["payments"] = list_object(
            f"/v1/invoice_payments?invoice={inv['id']}", pays, has_more=False
        )
    return out


RENDERERS["invoice"] = render_invoice


def customer_snapshot(ctx: Ctx, inv: JsonObj) -> None:
    cus = ctx.store.get("customer", inv["customer"])
    if cus is None:
        return
    inv["customer_address"] = clone(cus.get("address"))
    inv["customer_email"] = cus.get("email")
    inv["customer_name"] = cus.get("name")
    inv["customer_phone"] = cus.get("phone")
    inv["customer_tax_exempt"] = cus.get("tax_exempt")
    inv["customer_shipping"] = clone(cus.get("shipping"))


def _due(ctx: Ctx, inv: JsonObj, params: JsonObj, creating: bool) -> None:
    exclusive(params, "days_until_due", "due_date")
    method = inv["collection_method"]
    for p in ("days_until_due", "due_date"):
        if p in params and method != "send_invoice":
            raise invalid(
                f"The `{p}` parameter can only be set when `collection_method` is `send_invoice`.",
                param=p,
            )
    aux = ctx.store.aux.get(inv["id"]) or {}
    if "days_until_due" in params:
        days = int(params["days_until_due"])
        if days < 0:
            raise invalid("days_until_due must be 0 or more.", param="days_until_due")
        aux["days_until_due"] = days
        base = inv["status_transitions"]["finalized_at"] or inv["created"]
        inv["due_date"] = base + days * DAY
    elif "due_date" in params:
        inv["due_date"] = int(params["due_date"])
        aux.pop("days_until_due", None)
    elif method == "send_invoice" and inv.get("due_date") is None:
        aux["days_until_due"] = 30
        inv["due_date"] = inv["created"] + 30 * DAY
    elif method == "charge_automatically":
        inv["due_date"] = None
        aux.pop("days_until_due", None)
    ctx.store.aux[inv["id"]] = aux


def _unique_number(ctx: Ctx, inv: JsonObj, params: JsonObj) -> None:
    """Like Stripe, an invoice number is unique in the account."""
    wanted = text(params.get("number"))
    if wanted and any(o != inv["id"] for o in ctx.store.ids_by("invoice", "number", wanted)):
        raise invalid(
            f"Invoice number {wanted} is already used by another invoice in this account.",
            param="number",
        )


def _apply(ctx: Ctx, inv: JsonObj, params: JsonObj) -> None:
    if "number" in params:
        _unique_number(ctx, inv, params)
    for k in ("description", "footer", "statement_descriptor", "number"):
        if k in params:
            inv[k] = text(params[k])
    if "auto_advance" in params:
        inv["auto_advance"] = bool(params["auto_advance"])
    if "effective_at" in params:
        inv["effective_at"] = text(params["effective_at"])
    if "custom_fields" in params:
        inv["custom_fields"] = custom_fields(params["custom_fields"])
    if "metadata" in params:
        inv["metadata"] = metadata(inv.get("metadata"), params["metadata"])
    if "default_payment_method" in params:
        pm = text(params["default_payment_method"])
        if pm is not None and ctx.state.payment_method(pm) is None:
            raise validation(
                f"No such PaymentMethod: '{pm}'",
                param="default_payment_method",
                code="resource_missing",
            )
        inv["default_payment_method"] = pm
    if "default_tax_rates" in params:
        inv["default_tax_rates"] = _tax_rates(ctx, params["default_tax_rates"], "default_tax_rates")
    if "discounts" in params:
        inv["discounts"] = make_discounts(
            ctx,
            params["discounts"],
            customer=inv["customer"],
            currency=inv["currency"],
            param="discounts",
            invoice=inv["id"],
        )


def new_invoice(ctx: Ctx, cus: JsonObj, currency: str, method: str) -> JsonObj:
    settings = cus.get("invoice_settings") or {}
    acct = ctx.state.account
    return {
        "id": random_id("in_"),
        "object": "invoice",
        "account_country": acct.country,
        "account_name": acct.name,
        "account_tax_ids": None,
        "amount_due": 0,
        "amount_overpaid": 0,
        "amount_paid": 0,
        "amount_paid_off_stripe": 0,
        "amount_remaining": 0,
        "amount_shipping": 0,
        "application": None,
        "attempt_count": 0,
        "attempted": False,
        "auto_advance": False,
        "automatic_tax": {
            "disabled_reason": None,
            "enabled": False,
            "liability": None,
            "provider": None,
            "status": None,
        },
        "automatically_finalizes_at": None,
        "billing_reason": "manual",
        "collection_method": method,
        "confirmation_secret": None,
        "created": ctx.now,
        "currency": currency,
        "custom_fields": clone(settings.get("custom_fields")),
        "customer": cus["id"],
        "customer_account": None,
        "customer_address": None,
        "customer_email": None,
        "customer_name": None,
        "customer_phone": None,
        "customer_shipping": None,
        "customer_tax_exempt": "none",
        "customer_tax_ids": [],
        "default_payment_method": None,
        "default_source": None,
        "default_tax_rates": [],
        "description": None,
        "discounts": [],
        "due_date": None,
        "effective_at": None,
        "ending_balance": None,
        "footer": settings.get("footer"),
        "from_invoice": None,
        "hosted_invoice_url": None,
        "invoice_pdf": None,
        "issuer": {"type": "self"},
        "last_finalization_error": None,
        "latest_revision": None,
        "livemode": ctx.livemode,
        "metadata": {},
        "next_payment_attempt": None,
        "number": None,
        "on_behalf_of": None,
        "parent": None,
        "payment_settings": {
            "default_mandate": None,
            "payment_method_options": None,
            "payment_method_types": None,
        },
        "period_end": ctx.now,
        "period_start": ctx.now,
        "post_payment_credit_notes_amount": 0,
        "pre_payment_credit_notes_amount": 0,
        "receipt_number": None,
        "rendering": None,
        "shipping_cost": None,
        "shipping_details": None,
        "starting_balance": 0,
        "statement_descriptor": None,
        "status": "draft",
        "status_details": None,
        "status_transitions": {
            "finalized_at": None,
            "marked_uncollectible_at": None,
            "paid_at": None,
            "voided_at": None,
        },
        "subtotal": 0,
        "subtotal_excluding_tax": 0,
        "test_clock": None,
        "threshold_reason": None,
        "total": 0,
        "total_discount_amounts": [],
        "total_excluding_tax": 0,
        "total_pretax_credit_amounts": [],
        "total_taxes": [],
        "webhooks_delivered_at": ctx.now,
    }


def _no_automatic_tax(params: JsonObj) -> None:
    """``automatic_tax[enabled]=false`` is accepted as the no-op it is; Stripe Tax is not emulated."""
    at = params.pop("automatic_tax", None)
    if at is not None and at.get("enabled"):
        raise validation(
            "The local Stripe server does not implement Stripe Tax (automatic_tax).",
            param="automatic_tax[enabled]",
        )


@route("POST", "/v1/invoices", "InvoiceCreateParams", "rak_invoice_write")
def create_invoice(ctx: Ctx, params: JsonObj) -> JsonObj:
    _no_automatic_tax(params)
    unsupported(params, _CREATE_FIELDS)
    if not params.get("customer"):
        raise validation(
            "Missing required param: customer.", param="customer", code="parameter_missing"
        )
    cus = ctx.get("customer", params["customer"], "customer")
    currency = (
        currency_param(params["currency"])
        if params.get("currency")
        else cus.get("currency") or ctx.state.account.default_currency
    )
    inv = new_invoice(ctx, cus, currency, params.get("collection_method", "charge_automatically"))
    customer_snapshot(ctx, inv)
    _due(ctx, inv, params, creating=True)
    _apply(ctx, inv, params)
    ctx.store.insert("invoice", inv)
    if params.get("pending_invoice_items_behavior") == "include":
        for iid in ctx.store.ids_by("invoiceitem", "customer", cus["id"]):
            item = ctx.store.get("invoiceitem", iid)
            if item and item["invoice"] is None and item["currency"] == currency:
                before = ctx.render("invoiceitem", item)
                item["invoice"] = inv["id"]
                save_updated(ctx, "invoiceitem", item, before)
    refresh(ctx, inv)
    ctx.store.touch("invoice", inv)
    ctx.emit("invoice.created", ctx.render("invoice", inv))
    return ctx.render("invoice", inv, params.get("expand"))


@route("GET", "/v1/invoices/{id}", "InvoiceRetrieveParams", "rak_invoice_read")
def retrieve_invoice(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    return ctx.render("invoice", ctx.get("invoice", id), params.get("expand"))


def not_editable(inv: JsonObj, what: str) -> Exception:
    return invalid(
        f"You can't {what} invoice {inv['id']} because its status is {inv['status']}.",
        code="invoice_not_editable",
    )


@route("POST", "/v1/invoices/{id}", "InvoiceUpdateParams", "rak_invoice_write")
def update_invoice(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    _no_automatic_tax(params)
    supported = [f for f in _CREATE_FIELDS if f not in ("customer", "currency")]
    unsupported(params, [*supported, "collection_method"])
    inv = ctx.get("invoice", id)
    status = inv["status"]
    allowed: Any = None
    if status == "open":
        allowed = _OPEN_EDITABLE
    elif status != "draft":
        allowed = _ALWAYS_EDITABLE
    if allowed is not None:
        for k in params:
            if k != "expand" and k not in allowed:
                raise invalid(
                    f"You can't change `{k}` of invoice {id} because its status is {status}; "
                    "finalized invoices can only have their metadata (and, while open, their "
                    "description, footer, custom fields and due date) changed.",
                    param=k,
                    code="invoice_not_editable",
                )
    before = ctx.render("invoice", inv)
    work = clone(inv)
    if "collection_method" in params:
        work["collection_method"] = params["collection_method"]
    if "days_until_due" in params or "due_date" in params or "collection_method" in params:
        _due(ctx, work, params, creating=False)
    _apply(ctx, work, params)
    inv.clear()
    inv.update(work)
    if status == "draft":
        refresh(ctx, inv)
    save_updated(ctx, "invoice", inv, before)
    return ctx.render("invoice", inv, params.get("expand"))


@route("DELETE", "/v1/invoices/{id}", "InvoiceDeleteParams", "rak_invoice_write")
def delete_invoice(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    inv = ctx.get("invoice", id)
    if inv["status"] != "draft":
        raise invalid(
            f"You can only delete draft invoices; invoice {id} is {inv['status']}. "
            "Void a finalized invoice instead.",
            code="invoice_not_editable",
        )
    snapshot = ctx.render("invoice", inv)
    for item in items_of(ctx, id):
        item_snapshot = ctx.render("invoiceitem", item)
        ctx.store.delete("invoiceitem", item["id"], deleted_stub("invoiceitem", item["id"]))
        ctx.emit("invoiceitem.deleted", item_snapshot)
    stub = deleted_stub("invoice", id)
    ctx.store.delete("invoice", id, stub)
    ctx.emit("invoice.deleted", snapshot)
    return clone(stub)


@route("GET", "/v1/invoices", "InvoiceListParams", "rak_invoice_read")
def list_invoices(ctx: Ctx, params: JsonObj) -> JsonObj:
    candidates = None
    if params.get("customer"):
        candidates = ctx.store.ids_by("invoice", "customer", params["customer"])
    elif params.get("status"):
        candidates = ctx.store.ids_by("invoice", "status", params["status"])
    due = params.get("due_date")

    def pred(o: JsonObj) -> bool:
        for k in ("customer", "status", "collection_method"):
            if params.get(k) and o.get(k) != params[k]:
                return False
        if due is not None:
            d = o.get("due_date")
            if d is None:
                return False
            if isinstance(due, int):
                return bool(d == due)
            ops = {"gt": d > due.get("gt", d - 1), "gte": d >= due.get("gte", d)}
            ops.update({"lt": d < due.get("lt", d + 1), "lte": d <= due.get("lte", d)})
            return all(ops.values())
        return True

    return paged(ctx, "invoice", params, "/v1/invoices", candidates=candidates, pred=pred)


@route("GET", "/v1/invoices/{id}/lines", "InvoiceLineItemListParams", "rak_invoice_read")
def list_lines(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    inv = ctx.get("invoice", id)
    url = f"/v1/invoices/{id}/lines"
    return page_array(ctx, "line_item", lines_of(ctx, inv), params, url, "invoice line item")


def reload_draft(ctx: Ctx, inv: JsonObj) -> None:
    """Recompute a draft whose inputs changed elsewhere (emits ``invoice.updated``)."""
    if inv["status"] == "draft":
        refresh_and_save(ctx, inv)
