"""Stripe's wire format: form decoding, JSON bodies, error objects, ids and key masking."""

from __future__ import annotations

import json
import os
import string
from decimal import Decimal
from typing import Any, TypeVar, cast
from urllib.parse import parse_qsl

JsonObj = dict[str, Any]
_T = TypeVar("_T")
FormValue = Any  # str | dict[str, FormValue]; dicts with "0", "1", ... keys become lists later

_BASE62 = string.digits + string.ascii_letters
_ID_TABLE = bytes((_BASE62 * 5)[:256].encode())
DOC_URL = "https://stripe.com/docs/error-codes/"


def random_id(prefix: str, length: int = 24) -> str:
    """A Stripe-like id such as ``cus_`` followed by random base62 characters."""
    return prefix + os.urandom(length).translate(_ID_TABLE).decode()


def request_id() -> str:
    return random_id("req_", 14)


class ApiError(Exception):
    """An error answered in Stripe's shape: ``{"error": {type, code, message, param, ...}}``.

    ``cacheable`` says whether an idempotent request may store this result (Stripe
    does not store validation failures or rate limits).
    """

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        code: str | None = None,
        param: str | None = None,
        extra: JsonObj | None = None,
        headers: dict[str, str] | None = None,
        cacheable: bool = True,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.param = param
        self.extra = dict(extra or {})
        self.headers = dict(headers or {})
        self.cacheable = cacheable

    def body(self) -> JsonObj:
        err: JsonObj = {"type": self.type, "message": self.message}
        if self.code is not None:
            err["code"] = self.code
            err["doc_url"] = DOC_URL + self.code
        if self.param is not None:
            err["param"] = self.param
        err.update(self.extra)
        return {"error": err}


def invalid(message: str, *, param: str | None = None, code: str | None = None) -> ApiError:
    return ApiError(400, message, param=param, code=code)


def validation(message: str, *, param: str | None = None, code: str | None = None) -> ApiError:
    """A parameter validation failure: never stored under an idempotency key."""
    return ApiError(400, message, param=param, code=code, cacheable=False)


def not_found(kind_label: str, obj_id: str, param: str = "id", status: int = 404) -> ApiError:
    return ApiError(
        status, f"No such {kind_label}: '{obj_id}'", code="resource_missing", param=param
    )


def mask_key(key: str) -> str:
    """``sk_test_****abcd``: keep the type prefix and the last four characters only."""
    prefix = ""
    for p in ("sk_test_", "sk_live_", "rk_test_", "rk_live_", "pk_test_", "pk_live_"):
        if key.startswith(p):
            prefix = p
            break
    # the last four only when the secret part is long enough not to give much away
    return f"{prefix}****{key[-4:]}" if len(key) >= len(prefix) + 12 else f"{prefix}****"


# ---------------------------------------------------------------- form decoding


def _split_key(key: str) -> list[str]:
    """``a[b][0][]`` -> ``["a", "b", "0", ""]``."""
    if "[" not in key:
        return [key]
    head, _, rest = key.partition("[")
    parts = [head]
    rest = "[" + rest
    while rest:
        if not rest.startswith("["):
            raise validation(f"Invalid parameter name: {key}")
        end = rest.find("]")
        if end < 0:
            raise validation(f"Invalid parameter name: {key}")
        parts.append(rest[1:end])
        rest = rest[end + 1 :]
    return parts


def _fmt_path(parts: list[str]) -> str:
    return parts[0] + "".join(f"[{p}]" for p in parts[1:])


def decode_form(body: str) -> JsonObj:
    """Decode ``a[b][c]=x&a[0]=y&a[]=z`` into nested dicts of strings.

    Lists stay dicts keyed ``"0"``, ``"1"``...; the schema turns them into lists
    where a list is expected (``a[]`` appends the next index).
    """
    root: JsonObj = {}
    for key, value in parse_qsl(body, keep_blank_values=True, strict_parsing=False):
        parts = _split_key(key)
        node = root
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            if part == "":
                part = str(len(node))
            if last:
                if isinstance(node.get(part), dict):
                    raise validation("Invalid hash", param=_fmt_path(parts))
                node[part] = value
            else:
                child = node.get(part)
                if child is None:
                    child = {}
                    node[part] = child
                elif not isinstance(child, dict):
                    raise validation("Invalid hash", param=_fmt_path(parts[: i + 1]))
                node = child
    return root


def encode_form(params: JsonObj) -> str:
    """The inverse of :func:`decode_form` for Python values (used for in-process calls)."""
    from urllib.parse import urlencode

    pairs: list[tuple[str, str]] = []

    def walk(prefix: str, value: Any) -> None:
        if value is None:
            return
        if isinstance(value, bool):
            pairs.append((prefix, "true" if value else "false"))
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(f"{prefix}[{k}]", v)
        elif isinstance(value, list | tuple):
            for i, v in enumerate(value):
                walk(f"{prefix}[{i}]", v)
        else:
            pairs.append((prefix, str(value)))

    for k, v in params.items():
        walk(k, v)
    return urlencode(pairs)


# ---------------------------------------------------------------- JSON


def _default(o: Any) -> Any:
    if isinstance(o, Decimal):
        return str(o)
    raise TypeError(f"not JSON serializable: {type(o).__name__}")


def dumps(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":"), default=_default).encode()


def clone(obj: _T) -> _T:
    """A deep copy of plain JSON data (faster than copy.deepcopy)."""
    return cast(_T, json.loads(json.dumps(obj, default=_default)))
