"""Invoice lines and totals, computed here independently of the app.

Per line: ``amount = quantity × unit amount`` (rounded half up when the unit
amount has decimals).  Discounts: line-level ones first, then the invoice's, each
on what is left of the line; percent-off is rounded half up per line; amount-off
is spread over the discountable lines in proportion to what is left of them
(floored), the remainder going to the largest line.  Taxes on ``net = amount -
discounts``: inclusive rates ``round(net × p / (100 + Σp_inclusive))``,
exclusive rates ``round((net - inclusive taxes) × p / 100)``, half up.
Totals are sums of the lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..wire import JsonObj
from .common import round_half_up


@dataclass
class LineWork:
    item: JsonObj
    amount: int
    rates: list[JsonObj]
    discountable: bool
    remaining: int = 0
    discounts: list[tuple[str, int]] = field(default_factory=list)  # (discount id, amount)

    def take(self, discount_id: str, amount: int) -> None:
        amount = max(0, min(amount, self.remaining))
        if amount:
            self.remaining -= amount
        self.discounts.append((discount_id, amount))


def item_amount(quantity: int, unit_amount_decimal: str) -> int:
    return round_half_up(Decimal(quantity) * Decimal(unit_amount_decimal))


def _coupon(discount: JsonObj) -> JsonObj:
    c = discount.get("source", {}).get("coupon")
    return c if isinstance(c, dict) else {}


def _apply_discount(lines: list[LineWork], discount: JsonObj, currency: str) -> None:
    coupon = _coupon(discount)
    did = discount["id"]
    eligible = [ln for ln in lines if ln.discountable and ln.remaining > 0]
    if not eligible:
        return
    if coupon.get("percent_off") is not None:
        pct = Decimal(str(coupon["percent_off"]))
        for ln in eligible:
            ln.take(did, round_half_up(Decimal(ln.remaining) * pct / 100))
        return
    amount_off = int(coupon.get("amount_off") or 0)
    if coupon.get("currency") and coupon["currency"] != currency:
        amount_off = 0
    total = sum(ln.remaining for ln in eligible)
    amount_off = min(amount_off, total)
    shares = [amount_off * ln.remaining // total for ln in eligible]
    largest = max(range(len(eligible)), key=lambda i: eligible[i].remaining)
    shares[largest] += amount_off - sum(shares)
    for ln, share in zip(eligible, shares, strict=True):
        ln.take(did, share)


def _taxes(net: int, rates: list[JsonObj]) -> list[JsonObj]:
    inclusive = [r for r in rates if r.get("inclusive")]
    exclusive = [r for r in rates if not r.get("inclusive")]
    out: list[JsonObj] = []
    incl_sum = sum((Decimal(str(r["percentage"])) for r in inclusive), Decimal(0))
    incl_total = 0
    incl_taxes = []
    for r in inclusive:
        pct = Decimal(str(r["percentage"]))
        tax = round_half_up(Decimal(net) * pct / (100 + incl_sum))
        incl_total += tax
        incl_taxes.append((r, tax))
    for r, tax in incl_taxes:
        out.append(_tax_entry(r, tax, net - incl_total, "inclusive"))
    base = net - incl_total
    for r in exclusive:
        pct = Decimal(str(r["percentage"]))
        out.append(_tax_entry(r, round_half_up(Decimal(base) * pct / 100), base, "exclusive"))
    return out


def _tax_entry(rate: JsonObj, amount: int, taxable: int, behavior: str) -> JsonObj:
    return {
        "amount": amount,
        "tax_behavior": behavior,
        "tax_rate_details": {"tax_rate": rate["id"]},
        "taxability_reason": "standard_rated",
        "taxable_amount": taxable,
        "type": "tax_rate_details",
    }


def line_id(item_id: str) -> str:
    return "il_" + item_id[3:]


def compute(
    invoice: JsonObj, items: list[JsonObj], discounts: dict[str, JsonObj]
) -> tuple[list[JsonObj], JsonObj]:
    """Lines and the total fields of ``invoice`` for its ``items`` (oldest first)."""
    currency = invoice["currency"]
    default_rates: list[JsonObj] = invoice.get("default_tax_rates") or []
    work: list[LineWork] = []
    for item in items:
        amount = int(item["amount"])
        rates = item.get("tax_rates") or default_rates
        lw = LineWork(item, amount, rates, bool(item.get("discountable", True)) and amount > 0)
        lw.remaining = amount if lw.discountable else 0
        work.append(lw)
    for lw in work:
        for did in lw.item.get("discounts") or []:
            if did in discounts:
                _apply_discount([lw], discounts[did], currency)
    for did in invoice.get("discounts") or []:
        if did in discounts:
            _apply_discount(work, discounts[did], currency)

    lines: list[JsonObj] = []
    subtotal = disc_total = incl_total = excl_total = 0
    agg_disc: dict[str, int] = {}
    agg_tax: dict[tuple[str, str], JsonObj] = {}
    for lw in work:
        item = lw.item
        d_amounts = [(d, a) for d, a in lw.discounts]
        line_disc = sum(a for _, a in d_amounts)
        taxes = _taxes(lw.amount - line_disc, lw.rates)
        subtotal += lw.amount
        disc_total += line_disc
        for d, a in d_amounts:
            agg_disc[d] = agg_disc.get(d, 0) + a
        for t in taxes:
            if t["tax_behavior"] == "inclusive":
                incl_total += t["amount"]
            else:
                excl_total += t["amount"]
            key = (t["tax_rate_details"]["tax_rate"], t["tax_behavior"])
            if key in agg_tax:
                agg_tax[key]["amount"] += t["amount"]
                agg_tax[key]["taxable_amount"] += t["taxable_amount"]
            else:
                agg_tax[key] = dict(t, tax_rate_details=dict(t["tax_rate_details"]))
        lines.append(_line(invoice, item, lw.amount, d_amounts, taxes))

    total = subtotal - disc_total + excl_total
    totals: JsonObj = {
        "subtotal": subtotal,
        "subtotal_excluding_tax": subtotal - incl_total,
        "total_excluding_tax": subtotal - disc_total - incl_total,
        "total": total,
        "total_discount_amounts": [{"amount": a, "discount": d} for d, a in agg_disc.items()],
        "total_pretax_credit_amounts": [
            {"amount": a, "credit_balance_transaction": None, "discount": d, "type": "discount"}
            for d, a in agg_disc.items()
        ],
        "total_taxes": list(agg_tax.values()),
    }
    return lines, totals


def _line(
    invoice: JsonObj,
    item: JsonObj,
    amount: int,
    discount_amounts: list[tuple[str, int]],
    taxes: list[JsonObj],
) -> JsonObj:
    pricing: Any = item.get("pricing")
    return {
        "id": line_id(item["id"]),
        "object": "line_item",
        "amount": amount,
        "currency": invoice["currency"],
        "description": item.get("description"),
        "discount_amounts": [{"amount": a, "discount": d} for d, a in discount_amounts],
        "discountable": bool(item.get("discountable", True)),
        "discounts": list(item.get("discounts") or []),
        "invoice": invoice["id"],
        "livemode": invoice["livemode"],
        "metadata": dict(item.get("metadata") or {}),
        "parent": {
            "invoice_item_details": {
                "invoice_item": item["id"],
                "proration": False,
                "proration_details": {"credited_items": None},
                "subscription": None,
            },
            "subscription_item_details": None,
            "type": "invoice_item_details",
        },
        "period": dict(item["period"]),
        "pretax_credit_amounts": [
            {"amount": a, "credit_balance_transaction": None, "discount": d, "type": "discount"}
            for d, a in discount_amounts
        ],
        "pricing": dict(pricing) if isinstance(pricing, dict) else pricing,
        "quantity": item.get("quantity"),
        "quantity_decimal": item.get("quantity_decimal"),
        "subscription": None,
        "subtotal": amount,
        "taxes": taxes,
    }
