"""Keeping an invoice's lines and amounts in step with its items, discounts and balance."""

from __future__ import annotations

from typing import Any

from ..core import RENDERERS, Ctx
from ..wire import JsonObj, clone, invalid, random_id, validation
from .common import save_updated
from .rates import coupon_valid
from .totals import compute


def amount_due_for(total: int, balance: int) -> int:
    """What the customer owes once the balance (negative = credit) is applied."""
    if total < 0:
        return 0
    return max(0, total + balance)


def items_of(ctx: Ctx, invoice_id: str) -> list[JsonObj]:
    out = []
    for iid in ctx.store.ids_by("invoiceitem", "invoice", invoice_id):
        item = ctx.store.get("invoiceitem", iid)
        if item is not None:
            out.append(item)
    return out


def _compute(ctx: Ctx, inv: JsonObj) -> tuple[list[JsonObj], list[JsonObj], JsonObj]:
    items = items_of(ctx, inv["id"])
    dids = list(inv.get("discounts") or [])
    for it in items:
        dids.extend(it.get("discounts") or [])
    discounts = {d: o for d in dids if (o := ctx.store.get("discount", d)) is not None}
    lines, totals = compute(inv, items, discounts)
    return items, lines, totals


def lines_of(ctx: Ctx, inv: JsonObj) -> list[JsonObj]:
    """The invoice's lines, oldest first.

    Lines are not stored: they are computed from the items, which cannot change
    once the invoice is finalized, so the result is stable.
    """
    return _compute(ctx, inv)[1]


def refresh(ctx: Ctx, inv: JsonObj) -> None:
    """Recompute the totals of a draft invoice (in place, not stored)."""
    items, lines, totals = _compute(ctx, inv)
    inv.update(totals)
    for it, line in zip(items, lines, strict=True):
        net = line["amount"] - sum(d["amount"] for d in line["discount_amounts"])
        if it.get("net_amount") != net:
            it["net_amount"] = net
            ctx.store.touch("invoiceitem", it)
    if inv["status"] == "draft":
        cus = ctx.store.get("customer", inv["customer"])
        balance = int(cus.get("balance") or 0) if cus is not None else 0
        inv["starting_balance"] = balance
        inv["amount_due"] = amount_due_for(inv["total"], balance)
        inv["amount_remaining"] = inv["amount_due"] - inv["amount_paid"]


def refresh_and_save(ctx: Ctx, inv: JsonObj) -> None:
    before = ctx.render("invoice", inv)
    refresh(ctx, inv)
    save_updated(ctx, "invoice", inv, before)


def make_discounts(
    ctx: Ctx,
    specs: Any,
    *,
    customer: str,
    currency: str | None,
    param: str,
    invoice: str | None = None,
    invoice_item: str | None = None,
) -> list[str]:
    """Create Discount objects (``di_``) for ``[{"coupon": ...} | {"discount": ...}]``."""
    if specs == "" or specs is None:
        return []
    out: list[str] = []
    for i, spec in enumerate(specs):
        p = f"{param}[{i}]"
        if "promotion_code" in spec:
            raise validation(
                "The local Stripe server does not implement promotion codes.",
                param=f"{p}[promotion_code]",
            )
        if spec.get("discount"):
            d = ctx.get("discount", spec["discount"], f"{p}[discount]")
            out.append(d["id"])
            continue
        if not spec.get("coupon"):
            raise validation(f"Missing required param: {p}[coupon].", param=f"{p}[coupon]")
        coupon = ctx.get("coupon", spec["coupon"], f"{p}[coupon]")
        if not coupon_valid(coupon, ctx.now):
            raise invalid(
                f"Coupon {coupon['id']} is no longer valid.",
                param=f"{p}[coupon]",
                code="coupon_expired",
            )
        if coupon.get("amount_off") is not None and currency and coupon["currency"] != currency:
            raise invalid(
                f"The currency of coupon {coupon['id']} ({coupon['currency']}) does not match "
                f"the currency ({currency}).",
                param=f"{p}[coupon]",
            )
        discount: JsonObj = {
            "id": random_id("di_"),
            "object": "discount",
            "checkout_session": None,
            "customer": customer,
            "customer_account": None,
            "end": None,
            "invoice": invoice,
            "invoice_item": invoice_item,
            "promotion_code": None,
            "source": {"coupon": clone(coupon), "type": "coupon"},
            "start": ctx.now,
            "subscription": None,
            "subscription_item": None,
            "created": ctx.now,
            "livemode": ctx.livemode,
        }
        ctx.store.insert("discount", discount)
        coupon["times_redeemed"] += 1
        ctx.store.touch("coupon", coupon)
        out.append(discount["id"])
    return out


def render_discount(ctx: Ctx, obj: JsonObj, expand: list[str]) -> JsonObj:
    out: JsonObj = clone(obj)
    out.pop("created", None)
    out.pop("livemode", None)
    return out


RENDERERS["discount"] = render_discount
