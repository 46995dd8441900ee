"""Bulk seeding: realistic customers, catalog, invoices and payments, built in-process.

Objects are built directly (no HTTP, no validation) and inserted with one sort
per kind, so 10,000 customers and 50,000 invoices take seconds.  Events are
optional; only those inside the 30-day retention window are made.
"""

from __future__ import annotations

import gc
import random
import secrets
from fractions import Fraction
from typing import Any

from .core import Ctx, State, list_object
from .events import API_VERSION, RETENTION_SECONDS
from .resources.customers import new_customer
from .resources.invoices import DAY, new_invoice
from .resources.payments import _new_charge, _new_payment_intent
from .resources.totals import compute, item_amount
from .wire import JsonObj, clone, random_id

FIRST = [
    "Ada",
    "Alan",
    "Grace",
    "Linus",
    "Margaret",
    "Ken",
    "Barbara",
    "Dennis",
    "Frances",
    "Edsger",
    "Radia",
    "Tim",
    "Hedy",
    "Donald",
]
LAST = [
    "Lovelace",
    "Turing",
    "Hopper",
    "Torvalds",
    "Hamilton",
    "Thompson",
    "Liskov",
    "Ritchie",
    "Allen",
    "Dijkstra",
    "Perlman",
]
COMPANY = [
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Hooli",
    "Stark",
    "Wayne",
    "Wonka",
    "Tyrell",
    "Cyberdyne",
    "Soylent",
]
SUFFIX = ["Ltd", "GmbH", "Inc.", "SARL", "K.K.", "LLC", "BV"]
SERVICES = [
    ("Consulting hour", 12_000),
    ("Website maintenance", 45_000),
    ("Design sprint", 250_000),
    ("Support plan", 9_900),
    ("Training day", 80_000),
    ("Hosting (monthly)", 2_500),
    ("Logo design", 60_000),
    ("Audit", 150_000),
]
# currency -> (factor applied to the USD-cent prices, tax rate spec)
CURRENCIES: dict[str, tuple[float, tuple[str, float, bool, str]]] = {
    "usd": (1.0, ("Sales tax", 8.25, False, "US")),
    "eur": (0.9, ("VAT", 20.0, False, "FR")),
    "gbp": (0.8, ("VAT", 20.0, True, "GB")),
    "jpy": (1.5, ("JCT", 10.0, True, "JP")),  # 120.00 USD -> 18,000 JPY (zero-decimal)
    "kwd": (3.1, ("VAT", 5.0, False, "KW")),  # three-decimal: 1 KWD = 1000 fils
}
_SHARED_INVOICE_KEYS = (
    "automatic_tax",
    "payment_settings",
    "issuer",
    "customer_tax_ids",
    "default_tax_rates",
    "discounts",
    "metadata",
)
STATUS_WEIGHTS = [("draft", 8), ("open", 22), ("paid", 60), ("void", 5), ("uncollectible", 5)]


def _price_amount(usd_cents: int, currency: str) -> int:
    # An exact ratio, never a float, between USD cents and the currency's minor units.
    factor = Fraction(str(CURRENCIES[currency][0]))
    amount = int(usd_cents * factor)
    if currency == "kwd":
        return amount // 10 * 10  # fils, rounded to 10 as Stripe wants
    return amount


def seed(
    state: State,
    *,
    customers: int = 100,
    products: int = 8,
    invoices: int = 500,
    currencies: tuple[str, ...] = ("usd", "eur", "gbp", "jpy"),
    days: int = 365,
    events: bool = False,
    payments: bool = True,
    rng_seed: int | None = 0,
    livemode: bool = False,
) -> dict[str, int]:
    """Create realistic objects in bulk; returns how many of each kind were made."""
    was_enabled = gc.isenabled()
    gc.disable()  # millions of new dicts: the cyclic GC would rescan them again and again
    try:
        return _seed(
            state,
            customers=customers,
            products=products,
            invoices=invoices,
            currencies=currencies,
            days=days,
            events=events,
            payments=payments,
            rng_seed=rng_seed,
            livemode=livemode,
        )
    finally:
        if was_enabled:
            gc.enable()


def _seed(
    state: State,
    *,
    customers: int,
    products: int,
    invoices: int,
    currencies: tuple[str, ...],
    days: int,
    events: bool,
    payments: bool,
    rng_seed: int | None,
    livemode: bool,
) -> dict[str, int]:
    rng = random.Random(rng_seed)
    store = state.store
    now = state.clock.now()
    made: dict[str, list[JsonObj]] = {}
    evts: list[JsonObj] = []

    def add(kind: str, obj: JsonObj) -> JsonObj:
        made.setdefault(kind, []).append(obj)
        return obj

    current_lines: list[JsonObj] = []

    def event(type_: str, obj: JsonObj, at: int) -> None:
        if events and at >= now - RETENTION_SECONDS:
            snapshot = clone(obj)
            if obj.get("object") == "invoice":
                url = f"/v1/invoices/{obj['id']}/lines"
                snapshot["lines"] = list_object(
                    url, clone(current_lines[:10]), len(current_lines) > 10
                )
            evts.append(
                {
                    "id": random_id("evt_"),
                    "object": "event",
                    "api_version": API_VERSION,
                    "created": at,
                    "data": {"object": snapshot},
                    "livemode": livemode,
                    "pending_webhooks": 0,
                    "request": {"id": None, "idempotency_key": None},
                    "type": type_,
                }
            )

    with store.lock:
        ctx = Ctx(state, livemode, None, None, now, emit_events=False)
        rates: dict[str, JsonObj] = {}
        for cur in currencies:
            name, pct, inclusive, country = CURRENCIES[cur][1]
            rates[cur] = add(
                "tax_rate",
                {
                    "id": random_id("txr_"),
                    "object": "tax_rate",
                    "active": True,
                    "country": country,
                    "created": now - days * DAY - 1000,
                    "description": None,
                    "display_name": name,
                    "effective_percentage": pct,
                    "flat_amount": None,
                    "inclusive": inclusive,
                    "jurisdiction": country,
                    "jurisdiction_level": "country",
                    "livemode": livemode,
                    "metadata": {},
                    "percentage": pct,
                    "rate_type": "percentage",
                    "state": None,
                    "tax_type": "vat" if name == "VAT" else "sales_tax",
                },
            )
        prices: dict[str, list[tuple[JsonObj, JsonObj]]] = {c: [] for c in currencies}
        for i in range(products):
            pname, usd = SERVICES[i % len(SERVICES)]
            if i >= len(SERVICES):
                pname = f"{pname} {i // len(SERVICES) + 1}"
            created = now - days * DAY - 900 + i
            prod = add(
                "product",
                {
                    "id": random_id("prod_", 14),
                    "object": "product",
                    "active": True,
                    "created": created,
                    "default_price": None,
                    "description": None,
                    "images": [],
                    "livemode": livemode,
                    "marketing_features": [],
                    "metadata": {},
                    "name": pname,
                    "package_dimensions": None,
                    "shippable": None,
                    "statement_descriptor": None,
                    "tax_code": None,
                    "type": "service",
                    "unit_label": None,
                    "updated": created,
                    "url": None,
                },
            )
            for cur in currencies:
                amount = _price_amount(usd, cur)
                price = add(
                    "price",
                    {
                        "id": random_id("price_"),
                        "object": "price",
                        "active": True,
                        "billing_scheme": "per_unit",
                        "created": created,
                        "currency": cur,
                        "custom_unit_amount": None,
                        "livemode": livemode,
                        "lookup_key": None,
                        "metadata": {},
                        "nickname": None,
                        "product": prod["id"],
                        "recurring": None,
                        "tax_behavior": "unspecified",
                        "tiers_mode": None,
                        "transform_quantity": None,
                        "type": "one_time",
                        "unit_amount": amount,
                        "unit_amount_decimal": str(amount),
                    },
                )
                prices[cur].append((prod, price))
                if cur == currencies[0]:
                    prod["default_price"] = price["id"]

        custs: list[JsonObj] = []
        for i in range(customers):
            cus = new_customer(ctx)
            first, last = rng.choice(FIRST), rng.choice(LAST)
            company = f"{rng.choice(COMPANY)} {rng.choice(SUFFIX)}"
            cus["created"] = now - days * DAY + int(i * (days * DAY * 0.5) / max(1, customers))
            cus["name"] = company if rng.random() < 0.7 else f"{first} {last}"
            cus["email"] = f"{first}.{last}.{i}@example.com".lower()
            cus["currency"] = rng.choice(currencies)
            cus["metadata"] = {"seed": "1"}
            cus["address"] = {
                "city": "Springfield",
                "country": CURRENCIES[cus["currency"]][1][3],
                "line1": f"{rng.randint(1, 999)} Main Street",
                "line2": None,
                "postal_code": f"{rng.randint(10000, 99999)}",
                "state": None,
            }
            if rng.random() < 0.5:
                cus["invoice_settings"]["default_payment_method"] = "pm_card_visa"
            custs.append(add("customer", cus))
            event("customer.created", cus, cus["created"])

        statuses = [s for s, w in STATUS_WEIGHTS for _ in range(w)]
        # Seeded objects share their never-mutated-in-place parts: 50,000 invoices
        # are mostly these small constant dicts and lists.
        shared: JsonObj = {}
        for _ in range(invoices if custs else 0):
            cus = rng.choice(custs)
            cur = cus["currency"]
            created = rng.randint(cus["created"], now)
            ctx.now = created
            method = "send_invoice" if rng.random() < 0.7 else "charge_automatically"
            inv = new_invoice(ctx, cus, cur, method)
            for k in _SHARED_INVOICE_KEYS:
                inv[k] = shared.setdefault(k, inv[k])
            inv["customer_email"], inv["customer_name"] = cus["email"], cus["name"]
            inv["customer_address"] = cus["address"]
            if rng.random() < 0.6:
                inv["default_tax_rates"] = [rates[cur]]
            items = []
            for _ in range(rng.choice((1, 1, 2, 2, 3))):
                prod, price = rng.choice(prices[cur])
                qty = rng.randint(1, 5)
                items.append(
                    add(
                        "invoiceitem",
                        {
                            "id": random_id("ii_"),
                            "object": "invoiceitem",
                            "amount": item_amount(qty, price["unit_amount_decimal"]),
                            "currency": cur,
                            "customer": cus["id"],
                            "customer_account": None,
                            "date": created,
                            "description": prod["name"],
                            "discountable": True,
                            "discounts": [],
                            "invoice": inv["id"],
                            "livemode": livemode,
                            "metadata": {},
                            "net_amount": 0,
                            "parent": None,
                            "period": {"end": created, "start": created},
                            "pricing": {
                                "price_details": {"price": price["id"], "product": prod["id"]},
                                "type": "price_details",
                                "unit_amount_decimal": price["unit_amount_decimal"],
                            },
                            "proration": False,
                            "proration_details": shared.setdefault(
                                "proration_details", {"credited_items": None}
                            ),
                            "quantity": qty,
                            "quantity_decimal": str(qty),
                            "tax_rates": [],
                            "test_clock": None,
                        },
                    )
                )
            current_lines[:], totals = compute(inv, items, {})
            for it in items:
                it["net_amount"] = it["amount"]
            inv.update(totals)
            for k in ("total_discount_amounts", "total_pretax_credit_amounts"):
                if not inv[k]:
                    inv[k] = shared.setdefault(k, inv[k])
            inv["amount_due"] = inv["amount_remaining"] = max(0, inv["total"])
            status = rng.choice(statuses)
            _advance(state, rng, inv, cus, status, created, now, add, event, payments, shared)
            add("invoice", inv)

        for kind, objs in made.items():
            store.bulk_insert(kind, objs)
        if evts:
            store.bulk_insert("event", evts)
        store.commit()
    return {kind: len(objs) for kind, objs in made.items()} | {"event": len(evts)}


def _advance(
    state: State,
    rng: random.Random,
    inv: JsonObj,
    cus: JsonObj,
    status: str,
    created: int,
    now: int,
    add: Any,
    event: Any,
    payments: bool,
    shared: JsonObj,
) -> None:
    event("invoice.created", inv, created)
    if status == "draft":
        return
    fin = min(now, created + rng.randint(60, 2 * DAY))
    seq = cus["next_invoice_sequence"]
    cus["next_invoice_sequence"] = seq + 1
    token = ("live_" if inv["livemode"] else "test_") + secrets.token_urlsafe(18)
    state.store.aux[inv["id"]] = {"token": token}
    base, acct = state.base_url, state.account.id
    inv.update(
        number=f"{cus['invoice_prefix']}-{seq:04d}",
        status="open",
        effective_at=fin,
        ending_balance=0,
        hosted_invoice_url=f"{base}/i/{acct}/{token}",
        invoice_pdf=f"{base}/invoice/{acct}/{token}/pdf",
    )
    inv["status_transitions"]["finalized_at"] = fin
    if inv["collection_method"] == "send_invoice":
        inv["due_date"] = fin + 30 * DAY
    event("invoice.finalized", inv, fin)
    if status == "paid":
        paid_at = min(now, fin + rng.randint(0, 25 * DAY))
        amount = inv["amount_remaining"]
        if payments and amount > 0:
            ctx = Ctx(state, inv["livemode"], None, None, paid_at, emit_events=False)
            pi = _new_payment_intent(ctx, inv, amount)
            charge = _new_charge(ctx, pi, "pm_card_visa", "visa", "4242", None)
            pi.update(status="succeeded", amount_received=amount, latest_charge=charge["id"])
            for k in ("amount_details", "payment_method_options", "payment_method_types"):
                pi[k] = shared.setdefault(f"pi.{k}", pi[k])
            for k in ("fraud_details", "outcome", "payment_method_details"):
                charge[k] = shared.setdefault(f"ch.{k}", charge[k])
            pi["payment_method"] = "pm_card_visa"
            add("payment_intent", pi)
            add("charge", charge)
            add(
                "invoice_payment",
                {
                    "id": random_id("inpay_"),
                    "object": "invoice_payment",
                    "amount_paid": amount,
                    "amount_requested": amount,
                    "created": paid_at,
                    "currency": inv["currency"],
                    "invoice": inv["id"],
                    "is_default": True,
                    "livemode": inv["livemode"],
                    "payment": {"payment_intent": pi["id"], "type": "payment_intent"},
                    "status": "paid",
                    "status_transitions": {"canceled_at": None, "paid_at": paid_at},
                },
            )
            inv["attempt_count"], inv["attempted"] = 1, True
        elif amount > 0:
            inv["amount_paid_off_stripe"] = amount
        inv["amount_paid"], inv["amount_remaining"] = amount, 0
        inv["status"] = "paid"
        inv["status_transitions"]["paid_at"] = paid_at
        event("invoice.paid", inv, paid_at)
    elif status == "void":
        at = min(now, fin + rng.randint(DAY, 40 * DAY))
        inv["status"] = "void"
        inv["status_transitions"]["voided_at"] = at
        event("invoice.voided", inv, at)
    elif status == "uncollectible":
        at = min(now, fin + rng.randint(30 * DAY, 90 * DAY))
        inv["status"] = "uncollectible"
        inv["status_transitions"]["marked_uncollectible_at"] = at
        event("invoice.marked_uncollectible", inv, at)


def seed_demo(state: State) -> dict[str, int]:
    """The demo account: 60 customers and 600 invoices in five currencies (JPY zero-decimal, KWD three)."""
    return seed(
        state,
        customers=60,
        products=8,
        invoices=600,
        currencies=("usd", "eur", "gbp", "jpy", "kwd"),
        events=True,
        rng_seed=42,
    )
