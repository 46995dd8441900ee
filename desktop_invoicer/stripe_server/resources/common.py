"""Helpers shared by the resource modules: lists, metadata, currencies, param checks."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ..core import LABELS, Ctx, list_object, render
from ..wire import JsonObj, clone, invalid, validation

ZERO_DECIMAL = frozenset(
    [
        "bif",
        "clp",
        "djf",
        "gnf",
        "jpy",
        "kmf",
        "krw",
        "mga",
        "pyg",
        "rwf",
        "ugx",
        "vnd",
        "vuv",
        "xaf",
        "xof",
        "xpf",
    ]
)
THREE_DECIMAL = frozenset(["bhd", "jod", "kwd", "omr", "tnd"])
_CURRENCY_RE = re.compile(r"^[a-z]{3}$")


def exponent(currency: str) -> int:
    c = currency.lower()
    if c in ZERO_DECIMAL:
        return 0
    if c in THREE_DECIMAL:
        return 3
    return 2


def currency_param(value: Any, param: str = "currency") -> str:
    c = str(value).lower()
    if not _CURRENCY_RE.match(c):
        raise validation(f"Invalid currency: {value}", param=param)
    return c


def round_half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def decimal_str(value: Decimal | int) -> str:
    """Stripe's rendering of a decimal: ``"1000"``, ``"12.5"`` (no exponent, no trailing zeros)."""
    d = Decimal(value)
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    return format(d.normalize(), "f")


# ---------------------------------------------------------------- params


def unsupported(params: JsonObj, allowed: Iterable[str]) -> None:
    """Refuse parameters that Stripe accepts but this server does not emulate.

    Silently ignoring them would let a test pass against behaviour Stripe does
    not have; a clear 400 is better.
    """
    ok = set(allowed) | {"expand"}
    for k in params:
        if k not in ok:
            raise validation(
                f"The local Stripe server does not implement the parameter '{k}' here.",
                param=k,
                code="parameter_unknown",
            )


def require(params: JsonObj, name: str) -> Any:
    if name not in params or params[name] in ("", None):
        raise validation(f"Missing required param: {name}.", param=name, code="parameter_missing")
    return params[name]


def exclusive(params: JsonObj, *names: str) -> None:
    given = [n for n in names if n in params and params[n] != ""]
    if len(given) > 1:
        raise validation(
            f"You may only specify one of these parameters: {', '.join(given)}.",
            param=given[1],
            code="parameters_exclusive",
        )


def metadata(current: JsonObj | None, value: Any, param: str = "metadata") -> JsonObj:
    """Apply a ``metadata`` param: ``""`` clears, a key set to ``""`` is removed."""
    out: JsonObj = dict(current or {})
    if value == "":
        return {}
    if not isinstance(value, dict):
        raise validation("Invalid hash", param=param)
    for k, v in value.items():
        if len(k) > 40:
            raise validation(
                f"Metadata key '{k}' is too long: keys can be up to 40 characters.",
                param=f"{param}[{k}]",
            )
        if v == "" or v is None:
            out.pop(k, None)
        else:
            if len(str(v)) > 500:
                raise validation(
                    f"Metadata value for key '{k}' is too long: values can be up to 500 "
                    "characters.",
                    param=f"{param}[{k}]",
                )
            out[k] = str(v)
    if len(out) > 50:
        raise validation("You can have at most 50 metadata keys.", param=param)
    return out


def text(value: Any) -> Any:
    """``""`` (unset) becomes null."""
    return None if value == "" else value


def custom_fields(value: Any, param: str = "custom_fields") -> list[JsonObj] | None:
    if value == "" or value is None:
        return None
    fields = list(value)
    if len(fields) > 4:
        raise invalid("You can have at most 4 custom fields.", param=param)
    out = []
    for i, f in enumerate(fields):
        name, val = str(f.get("name", "")), str(f.get("value", ""))
        if len(name) > 40:
            raise invalid(
                "Custom field names can be up to 40 characters.", param=f"{param}[{i}][name]"
            )
        if len(val) > 140:
            raise invalid(
                "Custom field values can be up to 140 characters.", param=f"{param}[{i}][value]"
            )
        out.append({"name": name, "value": val})
    return out


# ---------------------------------------------------------------- lists


def limit_of(params: JsonObj) -> int:
    limit = int(params.get("limit", 10))
    if limit < 1:
        raise validation("This value must be greater than or equal to 1.", param="limit")
    if limit > 100:
        raise validation("This value must be less than or equal to 100.", param="limit")
    return limit


def paged(
    ctx: Ctx,
    kind: str,
    params: JsonObj,
    url: str,
    *,
    candidates: list[str] | None = None,
    pred: Callable[[JsonObj], bool] | None = None,
    created_param: bool = True,
) -> JsonObj:
    """A Stripe list object for ``kind`` with the common paging params applied."""
    limit = limit_of(params)
    livemode = ctx.livemode

    def keep(o: JsonObj) -> bool:
        return bool(o.get("livemode", False)) == livemode and (pred is None or pred(o))

    items, has_more = ctx.store.page(
        kind,
        label=LABELS.get(kind, kind),
        limit=limit,
        starting_after=params.get("starting_after") or None,
        ending_before=params.get("ending_before") or None,
        created=params.get("created") if created_param else None,
        candidates=candidates,
        pred=keep,
    )
    return render_list(ctx, kind, items, has_more, url, params.get("expand") or [])


def render_list(
    ctx: Ctx, kind: str, items: list[JsonObj], has_more: bool, url: str, expand: list[str]
) -> JsonObj:
    sub = [p[5:] for p in expand if p.startswith("data.")]
    return list_object(url, [render(ctx, kind, o, sub) for o in items], has_more)


def page_array(
    ctx: Ctx, kind: str, data: list[JsonObj], params: JsonObj, url: str, label: str
) -> JsonObj:
    """Page through an embedded, oldest-first array (invoice lines, credit note lines)."""
    limit = limit_of(params)
    ids = [x["id"] for x in data]
    for p in ("starting_after", "ending_before"):
        if params.get(p) and params[p] not in ids:
            raise invalid(f"No such {label}: '{params[p]}'", param=p, code="resource_missing")
    if params.get("ending_before"):
        end = ids.index(params["ending_before"])
        start = max(0, end - limit)
        page, has_more = data[start:end], start > 0
    else:
        start = ids.index(params["starting_after"]) + 1 if params.get("starting_after") else 0
        page, has_more = data[start : start + limit], start + limit < len(data)
    return render_list(ctx, kind, page, has_more, url, params.get("expand") or [])


def retrieve_deletable(ctx: Ctx, kind: str, oid: str, params: JsonObj) -> JsonObj:
    """A deletable object as Stripe retrieves it: after deletion, its ``deleted: true`` stub."""
    stub = ctx.store.tomb(oid)
    if stub is not None and stub.get("object") == kind:
        return clone(stub)
    return ctx.render(kind, ctx.get(kind, oid), params.get("expand"))


def deleted_stub(kind: str, oid: str) -> JsonObj:
    return {"id": oid, "object": kind, "deleted": True}


def save_updated(ctx: Ctx, kind: str, obj: JsonObj, before: JsonObj) -> None:
    """Store a changed object and emit ``<kind>.updated`` with ``previous_attributes``."""
    from ..events import previous_attributes

    ctx.store.touch(kind, obj)
    after = ctx.render(kind, obj)
    prev = previous_attributes(before, after)
    if prev:
        ctx.emit(f"{kind}.updated", after, prev)


def save_created(ctx: Ctx, kind: str, obj: JsonObj) -> None:
    ctx.store.insert(kind, obj)
    ctx.emit(f"{kind}.created", ctx.render(kind, obj))
