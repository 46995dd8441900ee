"""Strict parameter validation built from stripe-python's typed params (``stripe.params.*``).

The TypedDicts are only a reference for which parameters an endpoint accepts and
of which type; the values come from form strings and are coerced here:
``"12"`` -> 12 for ``int``, ``"true"`` -> True for ``bool``, ``{"0": .., "1": ..}``
-> a list for ``List[...]``.  An empty string is kept as ``""`` (Stripe's "unset")
only where the type allows ``Literal['']``.
"""

from __future__ import annotations

import contextlib
import math
import re
import sys
import threading
import typing
from decimal import Decimal, InvalidOperation
from types import UnionType
from typing import Any

from .wire import JsonObj, validation

_INT_RE = re.compile(r"^-?\d+$")
_REQUEST_OPTION_KEYS = {
    "api_key",
    "stripe_version",
    "stripe_account",
    "stripe_context",
    "max_network_retries",
    "idempotency_key",
    "content_type",
    "headers",
}


def _path(parts: list[str]) -> str:
    return parts[0] + "".join(f"[{p}]" for p in parts[1:]) if parts else ""


def _empty_error(parts: list[str]) -> Exception:
    p = _path(parts)
    return validation(
        f"You passed an empty string for '{p}'. We assume empty values are an attempt to "
        f"unset a parameter; however '{p}' cannot be unset. You should remove '{p}' from "
        "your request or supply a non-empty value.",
        param=p,
        code="parameter_invalid_empty",
    )


class Node:
    accepts_str = True
    accepts_dict = False

    def check(self, value: Any, parts: list[str]) -> Any:
        raise NotImplementedError


class AnyNode(Node):
    accepts_dict = True

    def check(self, value: Any, parts: list[str]) -> Any:
        return value


class Scalar(Node):
    def __init__(self, kind: str) -> None:
        self.kind = kind

    def check(self, value: Any, parts: list[str]) -> Any:
        p = _path(parts)
        if not isinstance(value, str):
            raise validation(f"Invalid {self.kind_label()}", param=p)
        if value == "" and self.kind != "str":
            raise _empty_error(parts)
        if self.kind == "str":
            return value
        if self.kind == "int":
            if not _INT_RE.match(value):
                raise validation(
                    f"Invalid integer: {value}", param=p, code="parameter_invalid_integer"
                )
            return int(value)
        if self.kind == "bool":
            if value not in ("true", "false"):
                raise validation(f"Invalid boolean: {value}", param=p)
            return value == "true"
        if self.kind == "float":
            try:
                f = float(value)
            except ValueError:
                f = math.nan
            if not math.isfinite(f):
                raise validation(f"Invalid decimal: {value}", param=p) from None
            return f
        if self.kind == "decimal":
            try:
                d = Decimal(value)
            except InvalidOperation:
                raise validation(f"Invalid decimal: {value}", param=p) from None
            if not d.is_finite():
                raise validation(f"Invalid decimal: {value}", param=p)
            return d
        raise AssertionError(self.kind)

    def kind_label(self) -> str:
        return {"str": "string", "int": "integer", "bool": "boolean"}.get(self.kind, "decimal")


class Enum(Node):
    def __init__(self, values: tuple[str, ...]) -> None:
        self.values = values

    def check(self, value: Any, parts: list[str]) -> Any:
        p = _path(parts)
        if not isinstance(value, str) or value not in self.values:
            vals = list(self.values)
            if len(vals) == 1:
                choices = vals[0]
            elif len(vals) == 2:
                choices = f"{vals[0]} or {vals[1]}"
            else:
                choices = ", ".join(vals[:-1]) + f", or {vals[-1]}"
            raise validation(f"Invalid {parts[-1]}: must be one of {choices}", param=p)
        return value


class ListNode(Node):
    accepts_str = False
    accepts_dict = True

    def __init__(self, item: Node) -> None:
        self.item = item

    def check(self, value: Any, parts: list[str]) -> Any:
        if not isinstance(value, dict) or not all(k.isdigit() for k in value):
            raise validation("Invalid array", param=_path(parts))
        keys = sorted(value, key=int)
        return [self.item.check(value[k], [*parts, k]) for k in keys]


class MapNode(Node):
    accepts_str = False
    accepts_dict = True

    def __init__(self, item: Node) -> None:
        self.item = item

    def check(self, value: Any, parts: list[str]) -> Any:
        if not isinstance(value, dict):
            raise validation("Invalid hash", param=_path(parts))
        out: JsonObj = {}
        for k, v in value.items():
            # "" unsets a key (metadata[key]=)
            out[k] = "" if v == "" else self.item.check(v, [*parts, k])
        return out


class ObjNode(Node):
    accepts_str = False
    accepts_dict = True

    def __init__(self, cls: type, *, top: bool = False) -> None:
        self.cls = cls
        self.top = top
        self._fields: dict[str, Node] | None = None
        self._required: frozenset[str] = frozenset()
        self._lock = threading.Lock()

    def fields(self) -> dict[str, Node]:
        with self._lock:
            if self._fields is None:
                hints = _hints(self.cls)
                fields = {k: compile_type(v) for k, v in hints.items()}
                if self.top:
                    fields.setdefault("expand", ListNode(Scalar("str")))
                self._required = frozenset(
                    k for k in getattr(self.cls, "__required_keys__", ()) if k in fields
                )
                self._fields = fields
            return self._fields

    def check(self, value: Any, parts: list[str]) -> Any:
        fields = self.fields()
        if not isinstance(value, dict):
            raise validation("Invalid hash", param=_path(parts))
        out: JsonObj = {}
        for k, v in value.items():
            node = fields.get(k)
            sub = [*parts, k]
            if node is None:
                p = _path(sub)
                raise validation(
                    f"Received unknown parameter: {p}", param=p, code="parameter_unknown"
                )
            out[k] = node.check(v, sub)
        for k in sorted(self._required):
            if k not in value:
                p = _path([*parts, k])
                raise validation(f"Missing required param: {p}.", param=p, code="parameter_missing")
        return out


class UnionNode(Node):
    accepts_dict = True

    def __init__(self, options: list[Node], emptyable: bool) -> None:
        self.options = options
        self.emptyable = emptyable
        self.accepts_str = emptyable or any(o.accepts_str for o in options)
        self.accepts_dict = any(o.accepts_dict for o in options)

    def check(self, value: Any, parts: list[str]) -> Any:
        if value == "":
            if self.emptyable:
                return ""
            if any(isinstance(o, Scalar) and o.kind == "str" for o in self.options):
                return ""
            raise _empty_error(parts)
        if isinstance(value, dict):
            candidates = [o for o in self.options if o.accepts_dict]
        else:
            candidates = [o for o in self.options if o.accepts_str]
        if not candidates:
            kind = "array" if any(isinstance(o, ListNode) for o in self.options) else "hash"
            raise validation(f"Invalid {kind}", param=_path(parts))
        error: Exception | None = None
        for o in candidates:
            try:
                return o.check(value, parts)
            except Exception as e:  # try the next alternative
                error = error or e
        assert error is not None
        raise error


def _is_typeddict(tp: Any) -> bool:
    import typing_extensions

    return isinstance(tp, type) and (typing.is_typeddict(tp) or typing_extensions.is_typeddict(tp))


def _wrappers() -> tuple[Any, ...]:
    import typing_extensions

    return (
        typing.NotRequired,
        typing.Required,
        typing.Annotated,
        typing_extensions.NotRequired,
        typing_extensions.Required,
    )


_WRAPPERS = _wrappers()
_cache: dict[Any, Node] = {}
_cache_lock = threading.RLock()


def compile_type(tp: Any) -> Node:
    with _cache_lock:
        try:
            cached = _cache.get(tp)
        except TypeError:
            cached = None
        if cached is not None:
            return cached
        node = _compile(tp)
        with contextlib.suppress(TypeError):
            _cache[tp] = node
        return node


def _compile(tp: Any) -> Node:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in _WRAPPERS:
        return compile_type(args[0])
    if origin is typing.Union or origin is UnionType:
        literals: list[str] = []
        others: list[Any] = []
        for a in args:
            if typing.get_origin(a) is typing.Literal:
                literals.extend(str(x) for x in typing.get_args(a))
            else:
                others.append(a)
        emptyable = "" in literals
        values = tuple(v for v in literals if v != "")
        options: list[Node] = []
        if values:
            options.append(Enum(values))
            # `Literal[...] | str` is Stripe's forward-compatible spelling of an enum
            others = [o for o in others if o is not str]
        options.extend(compile_type(o) for o in others)
        if len(options) == 1 and not emptyable:
            return options[0]
        return UnionNode(options, emptyable)
    if origin is typing.Literal:
        vals = tuple(str(x) for x in args)
        if vals == ("",):
            return UnionNode([], True)
        if "" in vals:
            return UnionNode([Enum(tuple(v for v in vals if v))], True)
        return Enum(vals)
    if origin in (list, typing.List):  # noqa: UP006
        return ListNode(compile_type(args[0]) if args else AnyNode())
    if origin in (dict, typing.Dict) or getattr(origin, "__name__", "") in (  # noqa: UP006
        "UntypedStripeObject",
        "StripeObject",
    ):
        return MapNode(compile_type(args[-1]) if args else AnyNode())
    if tp is str:
        return Scalar("str")
    if tp is bool:
        return Scalar("bool")
    if tp is int:
        return Scalar("int")
    if tp is float:
        return Scalar("float")
    if tp is Decimal:
        return Scalar("decimal")
    if _is_typeddict(tp):
        return ObjNode(tp)
    return AnyNode()


def _hints(cls: type) -> dict[str, Any]:
    """Type hints of a params TypedDict without the request-option keys it inherits."""
    ann = {k: v for k, v in cls.__annotations__.items() if k not in _REQUEST_OPTION_KEYS}
    holder = type("_Holder", (), {"__annotations__": ann, "__module__": cls.__module__})
    module = sys.modules[cls.__module__]
    return typing.get_type_hints(holder, globalns=vars(module), include_extras=True)


_top: dict[str, ObjNode] = {}


def schema(name: str) -> ObjNode:
    """The validator for ``stripe.params.<name>``, compiled once."""
    with _cache_lock:
        node = _top.get(name)
        if node is None:
            import stripe.params

            cls = getattr(stripe.params, name)
            node = ObjNode(cls, top=True)
            _top[name] = node
        return node


def validate(name: str | None, raw: JsonObj) -> JsonObj:
    """Validate and coerce decoded form params against ``stripe.params.<name>``.

    ``name=None`` accepts only ``expand``.
    """
    node: ObjNode = _EXPAND_ONLY if name is None else schema(name)
    result = node.check(raw, [])
    assert isinstance(result, dict)
    return result


class _ExpandOnly(ObjNode):
    def __init__(self) -> None:
        super().__init__(dict, top=True)
        self._fields = {"expand": ListNode(Scalar("str"))}


_EXPAND_ONLY = _ExpandOnly()
