"""Credit notes: pre-payment (open invoices) and post-payment (paid invoices)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..core import Ctx
from ..router import route
from ..wire import JsonObj, clone, invalid, random_id, validation
from .common import (
    decimal_str,
    metadata,
    page_array,
    paged,
    round_half_up,
    save_updated,
    text,
    unsupported,
)
from .invoice_actions import set_balance
from .invoice_calc import lines_of
from .invoiceitems import _tax_rates
from .payments import mark_paid, refund
from .totals import _taxes

_FIELDS = (
    "amount",
    "credit_amount",
    "effective_at",
    "invoice",
    "lines",
    "memo",
    "metadata",
    "out_of_band_amount",
    "reason",
    "refund_amount",
    "email_type",
)


def _scale(value: int, num: int, den: int) -> int:
    return round_half_up(Decimal(value) * num / den) if den else 0


def _from_invoice_line(ctx: Ctx, inv: JsonObj, spec: JsonObj, i: int) -> JsonObj:
    lid = spec.get("invoice_line_item")
    if not lid:
        raise validation(
            f"Missing required param: lines[{i}][invoice_line_item].",
            param=f"lines[{i}][invoice_line_item]",
            code="parameter_missing",
        )
    line = next((ln for ln in lines_of(ctx, inv) if ln["id"] == lid), None)
    if line is None:
        raise invalid(
            f"No such invoice line item: '{lid}'",
            param=f"lines[{i}][invoice_line_item]",
            code="resource_missing",
        )
    qty = int(line.get("quantity") or 1)
    if "amount" in spec:
        num, den = int(spec["amount"]), int(line["amount"])
        if not 0 < num <= den:
            raise invalid(
                f"lines[{i}][amount] must be positive and at most the line amount ({den}).",
                param=f"lines[{i}][amount]",
            )
        q = None
    else:
        q = int(spec.get("quantity", qty))
        if not 0 < q <= qty:
            raise invalid(
                f"lines[{i}][quantity] must be positive and at most {qty}.",
                param=f"lines[{i}][quantity]",
            )
        num, den = q, qty
    amount = _scale(line["amount"], num, den)
    discounts = [
        {"amount": _scale(d["amount"], num, den), "discount": d["discount"]}
        for d in line["discount_amounts"]
    ]
    taxes = [
        dict(
            t,
            amount=_scale(t["amount"], num, den),
            taxable_amount=_scale(t["taxable_amount"], num, den),
            tax_rate_details=dict(t["tax_rate_details"]),
        )
        for t in line["taxes"]
    ]
    rates = []
    for t in taxes:
        r = ctx.store.get("tax_rate", t["tax_rate_details"]["tax_rate"])
        if r is not None:
            rates.append(clone(r))
    unit = (line.get("pricing") or {}).get("unit_amount_decimal")
    return _line(ctx, spec, "invoice_line_item", amount, discounts, taxes, rates, q, unit, lid)


def _custom_line(ctx: Ctx, spec: JsonObj, i: int) -> JsonObj:
    if "unit_amount" in spec:
        unit = Decimal(int(spec["unit_amount"]))
    elif "unit_amount_decimal" in spec:
        unit = Decimal(spec["unit_amount_decimal"])
    else:
        raise validation(
            f"Missing required param: lines[{i}][unit_amount].",
            param=f"lines[{i}][unit_amount]",
            code="parameter_missing",
        )
    q = int(spec.get("quantity", 1))
    amount = round_half_up(unit * q)
    rates = _tax_rates(ctx, spec.get("tax_rates"), f"lines[{i}][tax_rates]")
    return _line(
        ctx,
        spec,
        "custom_line_item",
        amount,
        [],
        _taxes(amount, rates),
        rates,
        q,
        decimal_str(unit),
        None,
    )


def _line(
    ctx: Ctx,
    spec: JsonObj,
    type_: str,
    amount: int,
    discounts: list[JsonObj],
    taxes: list[JsonObj],
    rates: list[JsonObj],
    quantity: int | None,
    unit: Any,
    invoice_line: str | None,
) -> JsonObj:
    return {
        "id": random_id("cnli_"),
        "object": "credit_note_line_item",
        "amount": amount,
        "description": spec.get("description"),
        "discount_amount": sum(d["amount"] for d in discounts),
        "discount_amounts": discounts,
        "invoice_line_item": invoice_line,
        "livemode": ctx.livemode,
        "metadata": dict(spec.get("metadata") or {}),
        "pretax_credit_amounts": [
            {"amount": d["amount"], "discount": d["discount"], "type": "discount"}
            for d in discounts
        ],
        "quantity": quantity,
        "tax_rates": rates,
        "taxes": taxes,
        "type": type_,
        "unit_amount": int(Decimal(unit))
        if unit is not None and Decimal(unit) == int(Decimal(unit))
        else None,
        "unit_amount_decimal": unit,
    }


def build(ctx: Ctx, params: JsonObj, *, preview: bool) -> tuple[JsonObj, JsonObj]:
    """The credit note for ``params`` (not stored) and its invoice."""
    unsupported(params, _FIELDS)
    inv = ctx.get("invoice", params["invoice"], "invoice")
    if inv["status"] not in ("open", "paid"):
        raise invalid(
            f"Credit notes can only be created for open or paid invoices; invoice {inv['id']} "
            f"is {inv['status']}.",
            param="invoice",
        )
    lines: list[JsonObj] = []
    if params.get("lines"):
        for i, spec in enumerate(params["lines"]):
            if spec["type"] == "invoice_line_item":
                lines.append(_from_invoice_line(ctx, inv, spec, i))
            else:
                lines.append(_custom_line(ctx, spec, i))
    elif "amount" in params:
        amt = int(params["amount"])
        lines.append(
            _line(
                ctx,
                {"description": "Credit"},
                "custom_line_item",
                amt,
                [],
                [],
                [],
                1,
                str(amt),
                None,
            )
        )
    else:
        raise validation(
            "One of amount or lines must be provided.", param="amount", code="parameter_missing"
        )
    subtotal = sum(ln["amount"] for ln in lines)
    discount = sum(ln["discount_amount"] for ln in lines)
    incl = sum(t["amount"] for ln in lines for t in ln["taxes"] if t["tax_behavior"] == "inclusive")
    excl = sum(t["amount"] for ln in lines for t in ln["taxes"] if t["tax_behavior"] != "inclusive")
    total = subtotal - discount + excl
    if "amount" in params and params.get("lines") and int(params["amount"]) != total:
        raise invalid(
            f"The amount ({params['amount']}) does not match the total of the lines ({total}).",
            param="amount",
        )
    if total <= 0:
        raise invalid("The credit note total must be positive.", param="amount")
    agg_tax: dict[tuple[str, str], JsonObj] = {}
    agg_disc: dict[str, int] = {}
    for ln in lines:
        for t in ln["taxes"]:
            key = (t["tax_rate_details"]["tax_rate"], t["tax_behavior"])
            if key in agg_tax:
                agg_tax[key]["amount"] += t["amount"]
                agg_tax[key]["taxable_amount"] += t["taxable_amount"]
            else:
                agg_tax[key] = dict(t, tax_rate_details=dict(t["tax_rate_details"]))
        for d in ln["discount_amounts"]:
            agg_disc[d["discount"]] = agg_disc.get(d["discount"], 0) + d["amount"]
    refund_amt = int(params.get("refund_amount", 0))
    credit_amt = int(params.get("credit_amount", 0))
    oob_amt = int(params.get("out_of_band_amount", 0))
    if inv["status"] == "open":
        if refund_amt or credit_amt or oob_amt:
            raise invalid(
                "refund_amount, credit_amount and out_of_band_amount apply to paid invoices only.",
                param="refund_amount"
                if refund_amt
                else "credit_amount"
                if credit_amt
                else "out_of_band_amount",
            )
        if total > inv["amount_remaining"]:
            raise invalid(
                f"The credit note total ({total}) exceeds the amount remaining on the invoice "
                f"({inv['amount_remaining']}).",
                param="amount",
            )
        kind, pre, post = "pre_payment", total, 0
    else:
        if refund_amt + credit_amt + oob_amt != total:
            raise invalid(
                f"The sum of credit amount, refund amount and out of band amount "
                f"({refund_amt + credit_amt + oob_amt}) must equal the credit note amount "
                f"({total}).",
            )
        if total + inv["post_payment_credit_notes_amount"] > inv["total"]:
            raise invalid(
                "The sum of credit notes on this invoice would exceed its total.", param="amount"
            )
        kind, pre, post = "post_payment", 0, total
    n = len(ctx.store.ids_by("credit_note", "invoice", inv["id"])) + 1
    cid = random_id("cn_")
    note: JsonObj = {
        "id": cid,
        "object": "credit_note",
        "amount": total,
        "amount_shipping": 0,
        "created": ctx.now,
        "currency": inv["currency"],
        "customer": inv["customer"],
        "customer_account": None,
        "customer_balance_transaction": random_id("cbtxn_") if credit_amt else None,
        "discount_amount": discount,
        "discount_amounts": [{"amount": a, "discount": d} for d, a in agg_disc.items()],
        "effective_at": params.get("effective_at", ctx.now),
        "invoice": inv["id"],
        "lines": {
            "object": "list",
            "data": lines,
            "has_more": False,
            "url": f"/v1/credit_notes/{cid}/lines",
        },
        "livemode": ctx.livemode,
        "memo": text(params.get("memo")),
        "metadata": metadata({}, params.get("metadata", {})),
        "number": f"{inv['number']}-CN-{n:02d}",
        "out_of_band_amount": oob_amt or None,
        "pdf": f"{ctx.state.base_url}/credit_notes/{cid}/pdf",
        "post_payment_amount": post,
        "pre_payment_amount": pre,
        "pretax_credit_amounts": [
            {"amount": a, "discount": d, "type": "discount"} for d, a in agg_disc.items()
        ],
        "reason": params.get("reason"),
        "refunds": [],
        "shipping_cost": None,
        "status": "issued",
        "subtotal": subtotal,
        "subtotal_excluding_tax": subtotal - incl,
        "total": total,
        "total_excluding_tax": subtotal - discount - incl,
        "total_taxes": list(agg_tax.values()),
        "type": kind,
        "voided_at": None,
    }
    return note, inv


@route("POST", "/v1/credit_notes", "CreditNoteCreateParams", "rak_credit_note_write")
def create_credit_note(ctx: Ctx, params: JsonObj) -> JsonObj:
    note, inv = build(ctx, params, preview=False)
    before = ctx.render("invoice", inv)
    if note["type"] == "pre_payment":
        inv["pre_payment_credit_notes_amount"] += note["total"]
        inv["amount_due"] -= note["total"]
        inv["amount_remaining"] -= note["total"]
    else:
        inv["post_payment_credit_notes_amount"] += note["total"]
        if params.get("refund_amount"):
            note["refunds"] = refund(ctx, inv, int(params["refund_amount"]))
        if params.get("credit_amount"):
            cus = ctx.store.get("customer", inv["customer"])
            if cus is not None:
                set_balance(ctx, cus["id"], cus["balance"] - int(params["credit_amount"]))
    ctx.store.insert("credit_note", note)
    ctx.emit("credit_note.created", ctx.render("credit_note", note))
    save_updated(ctx, "invoice", inv, before)
    if inv["status"] == "open" and inv["amount_remaining"] == 0:
        mark_paid(ctx, inv, out_of_band=False, amount=0)
    return ctx.render("credit_note", note, params.get("expand"))


@route("GET", "/v1/credit_notes/preview", "CreditNotePreviewParams", "rak_credit_note_read")
def preview_credit_note(ctx: Ctx, params: JsonObj) -> JsonObj:
    note, _ = build(ctx, params, preview=True)
    note["id"] = "cn_preview_" + note["id"][3:]
    return note


@route("GET", "/v1/credit_notes/{id}", "CreditNoteRetrieveParams", "rak_credit_note_read")
def retrieve_credit_note(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    return ctx.render("credit_note", ctx.get("credit_note", id), params.get("expand"))


@route("POST", "/v1/credit_notes/{id}", "CreditNoteUpdateParams", "rak_credit_note_write")
def update_credit_note(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    note = ctx.get("credit_note", id)
    before = ctx.render("credit_note", note)
    if "memo" in params:
        note["memo"] = text(params["memo"])
    if "metadata" in params:
        note["metadata"] = metadata(note["metadata"], params["metadata"])
    save_updated(ctx, "credit_note", note, before)
    return ctx.render("credit_note", note, params.get("expand"))


@route(
    "POST", "/v1/credit_notes/{id}/void", "CreditNoteVoidCreditNoteParams", "rak_credit_note_write"
)
def void_credit_note(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    note = ctx.get("credit_note", id)
    if note["status"] != "issued":
        raise invalid(f"Credit note {id} is already void.")
    inv = ctx.get("invoice", note["invoice"], "invoice")
    before = ctx.render("invoice", inv)
    if note["type"] == "pre_payment":
        if inv["status"] != "open":
            raise invalid(
                f"You can only void a pre-payment credit note while its invoice is open; invoice "
                f"{inv['id']} is {inv['status']}."
            )
        inv["pre_payment_credit_notes_amount"] -= note["total"]
        inv["amount_due"] += note["total"]
        inv["amount_remaining"] += note["total"]
    else:
        if note["refunds"]:
            raise invalid("You can't void a credit note that refunded a payment.")
        inv["post_payment_credit_notes_amount"] -= note["total"]
        credited = note["total"] - (note.get("out_of_band_amount") or 0)
        cus = ctx.store.get("customer", inv["customer"])
        if credited and cus is not None:
            set_balance(ctx, cus["id"], cus["balance"] + credited)
    note["status"] = "void"
    note["voided_at"] = ctx.now
    ctx.store.touch("credit_note", note)
    ctx.emit("credit_note.voided", ctx.render("credit_note", note))
    save_updated(ctx, "invoice", inv, before)
    return ctx.render("credit_note", note, params.get("expand"))


@route("GET", "/v1/credit_notes", "CreditNoteListParams", "rak_credit_note_read")
def list_credit_notes(ctx: Ctx, params: JsonObj) -> JsonObj:
    cands = None
    if params.get("invoice"):
        cands = ctx.store.ids_by("credit_note", "invoice", params["invoice"])
    elif params.get("customer"):
        cands = ctx.store.ids_by("credit_note", "customer", params["customer"])

    def pred(o: JsonObj) -> bool:
        return not (params.get("customer") and o["customer"] != params["customer"])

    return paged(ctx, "credit_note", params, "/v1/credit_notes", candidates=cands, pred=pred)


@route("GET", "/v1/credit_notes/{id}/lines", "CreditNoteLineItemListParams", "rak_credit_note_read")
def list_credit_note_lines(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    note = ctx.get("credit_note", id)
    url = f"/v1/credit_notes/{id}/lines"
    data = note["lines"]["data"]
    return page_array(ctx, "credit_note_line_item", data, params, url, "credit note line item")
