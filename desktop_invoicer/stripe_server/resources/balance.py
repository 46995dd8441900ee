"""Customer balance transactions (``/v1/customers/{id}/balance_transactions``).

A negative ``amount`` is a credit the customer can spend on their next invoices, a
positive one a debit. The customer's ``balance`` moves by ``amount``;
``ending_balance`` is the balance after it (Stripe's ``type`` here: ``adjustment``).
"""

from __future__ import annotations

from ..core import Ctx
from ..router import route
from ..wire import JsonObj, invalid, random_id
from .common import currency_param, metadata, paged, text, unsupported
from .invoice_actions import set_balance

KIND = "customer_balance_transaction"


@route(
    "POST",
    "/v1/customers/{id}/balance_transactions",
    "CustomerBalanceTransactionCreateParams",
    "rak_customer_write",
)
def create_balance_transaction(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    unsupported(params, ("amount", "currency", "description", "metadata"))
    cus = ctx.get("customer", id)
    amount = int(params["amount"])
    if amount == 0:
        raise invalid("The amount must not be zero.", param="amount")
    cur = currency_param(params["currency"])
    if cus.get("currency") and cus["currency"] != cur:
        raise invalid(
            f"The customer's balance is in {cus['currency']}; this transaction is in {cur}.",
            param="currency",
        )
    ending = int(cus["balance"]) + amount
    txn: JsonObj = {
        "id": random_id("cbtxn_"),
        "object": KIND,
        "amount": amount,
        "checkout_session": None,
        "created": ctx.now,
        "credit_note": None,
        "currency": cur,
        "customer": id,
        "customer_account": None,
        "description": text(params.get("description")),
        "ending_balance": ending,
        "invoice": None,
        "livemode": ctx.livemode,
        "metadata": metadata({}, params.get("metadata", {})),
        "type": "adjustment",
    }
    ctx.store.insert(KIND, txn)
    if not cus.get("currency"):
        cus["currency"] = cur
        ctx.store.touch("customer", cus)
    set_balance(ctx, id, ending)
    return ctx.render(KIND, txn, params.get("expand"))


@route(
    "GET",
    "/v1/customers/{id}/balance_transactions",
    "CustomerBalanceTransactionListParams",
    "rak_customer_read",
)
def list_balance_transactions(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    ctx.get("customer", id)
    return paged(
        ctx,
        KIND,
        params,
        f"/v1/customers/{id}/balance_transactions",
        pred=lambda o: o["customer"] == id,
    )


@route(
    "GET",
    "/v1/customers/{customer}/balance_transactions/{id}",
    "CustomerBalanceTransactionRetrieveParams",
    "rak_customer_read",
)
def retrieve_balance_transaction(ctx: Ctx, params: JsonObj, customer: str, id: str) -> JsonObj:
    txn = ctx.get(KIND, id)
    if txn["customer"] != customer:
        raise invalid(f"No such customer balance transaction: '{id}'", param="id")
    return ctx.render(KIND, txn, params.get("expand"))
