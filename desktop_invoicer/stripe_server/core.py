"""Server state shared by all handlers, the per-request context, rendering and ``expand``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .clock import Clock
from .events import EventLog
from .faults import Faults
from .store import Store
from .wire import JsonObj, clone, not_found, random_id

LABELS = {
    "customer": "customer",
    "product": "product",
    "price": "price",
    "tax_rate": "tax_rate",
    "coupon": "coupon",
    "invoiceitem": "invoiceitem",
    "invoice": "invoice",
    "credit_note": "credit_note",
    "payment_intent": "payment_intent",
    "charge": "charge",
    "invoice_payment": "invoice_payment",
    "event": "event",
    "discount": "discount",
    "dispute": "dispute",
}

PREFIXES = {
    "cus_": "customer",
    "prod_": "product",
    "price_": "price",
    "txr_": "tax_rate",
    "ii_": "invoiceitem",
    "in_": "invoice",
    "cn_": "credit_note",
    "pi_": "payment_intent",
    "ch_": "charge",
    "inpay_": "invoice_payment",
    "evt_": "event",
    "di_": "discount",
    "dp_": "dispute",
}

# Stripe's test payment methods: id -> (decline_code or None for success, card brand, last4)
TEST_PAYMENT_METHODS: dict[str, tuple[str | None, str, str]] = {
    "pm_card_visa": (None, "visa", "4242"),
    "pm_card_visa_debit": (None, "visa", "5556"),
    "pm_card_mastercard": (None, "mastercard", "4444"),
    "pm_card_amex": (None, "amex", "8431"),
    "pm_card_us": (None, "visa", "4242"),
    "pm_card_chargeDeclined": ("generic_decline", "visa", "0002"),
    "pm_card_chargeDeclinedInsufficientFunds": ("insufficient_funds", "visa", "9995"),
    "pm_card_chargeDeclinedExpiredCard": ("expired_card", "visa", "0069"),
    "pm_card_chargeDeclinedIncorrectCvc": ("incorrect_cvc", "visa", "0127"),
    "pm_card_chargeDeclinedProcessingError": ("processing_error", "visa", "0119"),
    "pm_card_chargeDeclinedFraudulent": ("fraudulent", "visa", "0019"),
    "pm_card_chargeDeclinedLostCard": ("lost_card", "visa", "9987"),
    "pm_card_chargeDeclinedStolenCard": ("stolen_card", "visa", "9979"),
    "pm_card_authenticationRequired": ("authentication_required", "visa", "3184"),
    "pm_card_authenticationRequiredOnSetup": ("authentication_required", "visa", "3155"),
}


@dataclass
class Account:
    id: str = field(default_factory=lambda: random_id("acct_", 16))
    name: str = "Demo Company"
    country: str = "US"
    default_currency: str = "usd"
    email: str = "billing@example.com"

    def to_json(self) -> JsonObj:
        return {
            "id": self.id,
            "object": "account",
            "business_profile": {
                "mcc": None,
                "name": self.name,
                "support_email": self.email,
                "support_phone": None,
                "support_url": None,
                "url": None,
            },
            "business_type": "company",
            "capabilities": {"card_payments": "active", "transfers": "active"},
            "charges_enabled": True,
            "country": self.country,
            "created": 1_600_000_000,
            "default_currency": self.default_currency,
            "details_submitted": True,
            "email": self.email,
            "metadata": {},
            "payouts_enabled": True,
            "settings": {
                "dashboard": {"display_name": self.name, "timezone": "Etc/UTC"},
                "invoices": {"default_account_tax_ids": None},
            },
            "type": "standard",
        }


class State:
    """Everything the handlers share; ``store.lock`` guards it."""

    def __init__(self, clock: Clock, faults: Faults, account: Account) -> None:
        self.store = Store()
        self.clock = clock
        self.faults = faults
        self.account = account
        self.events = EventLog()
        self.base_url = "http://127.0.0.1"
        # extra payment methods registered by tests: id -> decline code (None = succeeds)
        self.payment_methods: dict[str, str | None] = {}

    def payment_method(self, pm_id: str) -> tuple[str | None, str, str] | None:
        if pm_id in TEST_PAYMENT_METHODS:
            return TEST_PAYMENT_METHODS[pm_id]
        if pm_id in self.payment_methods:
            return (self.payment_methods[pm_id], "visa", "4242")
        return None


@dataclass
class Ctx:
    state: State
    livemode: bool
    request_id: str | None
    idempotency_key: str | None
    now: int
    emit_events: bool = True

    @property
    def store(self) -> Store:
        return self.state.store

    def get(self, kind: str, oid: Any, param: str = "id") -> JsonObj:
        """The live object, or Stripe's resource_missing (404 for the path id, 400 for a param)."""
        obj = self.state.store.get(kind, oid) if isinstance(oid, str) else None
        if obj is None or bool(obj.get("livemode", False)) != self.livemode:
            raise not_found(LABELS.get(kind, kind), str(oid), param, 404 if param == "id" else 400)
        return obj

    def emit(self, type_: str, obj: JsonObj, previous: JsonObj | None = None) -> None:
        self.state.events.emit(self, type_, obj, previous)

    def render(self, kind: str, obj: JsonObj, expand: list[str] | None = None) -> JsonObj:
        return render(self, kind, obj, expand or [])


# ---------------------------------------------------------------- rendering

Renderer = Callable[[Ctx, JsonObj, list[str]], JsonObj]
RENDERERS: dict[str, Renderer] = {}


def render(ctx: Ctx, kind: str, obj: JsonObj, expand: list[str]) -> JsonObj:
    """The object as the API shows it, with ``expand`` paths resolved."""
    fn = RENDERERS.get(kind)
    out = fn(ctx, obj, expand) if fn is not None else clone(obj)
    for path in expand:
        _expand(ctx, out, path.split("."), 0)
    return out


def _resolve(ctx: Ctx, value: Any) -> Any:
    if isinstance(value, list):
        return [_resolve(ctx, v) for v in value]
    if not isinstance(value, str):
        return value
    kind = ctx.state.store.kind_of(value)
    if kind is None:
        stub = ctx.state.store.tomb(value)
        return clone(stub) if stub is not None else value
    obj = ctx.state.store.get(kind, value)
    if obj is None or bool(obj.get("livemode", False)) != ctx.livemode:
        return value
    return render(ctx, kind, obj, [])


def _expand(ctx: Ctx, node: Any, parts: list[str], depth: int) -> None:
    if depth > 4 or not parts:
        return
    if isinstance(node, list):
        for item in node:
            _expand(ctx, item, parts, depth)
        return
    if not isinstance(node, dict) or parts[0] not in node:
        return
    key, rest = parts[0], parts[1:]
    value = node[key]
    if isinstance(value, str | list) and (not rest or isinstance(value, str)):
        value = node[key] = _resolve(ctx, value)
    if rest:
        _expand(ctx, value, rest, depth + 1)


def includes(expand: list[str], field_name: str) -> bool:
    """Whether ``expand`` asks for an includable field (``payments``, ``data.payments``)."""
    for p in expand:
        head = p.split(".", 1)[0]
        if head == field_name:
            return True
        if head == "data" and p.split(".")[1:2] == [field_name]:
            return True
    return False


def list_object(url: str, data: list[JsonObj], has_more: bool) -> JsonObj:
    return {"object": "list", "data": data, "has_more": has_more, "url": url}
