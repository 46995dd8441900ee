"""Routes of the Stripe API: method + path pattern -> handler, params schema, permission."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Handler = Callable[..., Any]


@dataclass
class Route:
    method: str
    pattern: str
    regex: re.Pattern[str]
    handler: Handler
    params: str | None  # name of the stripe.params TypedDict, None = only `expand`
    perm: str  # restricted-key permission, e.g. "rak_invoice_write"

    @property
    def endpoint(self) -> str:
        """The rate-limit bucket, e.g. ``GET /v1/invoices/{id}``."""
        return f"{self.method} {self.pattern}"


class Router:
    def __init__(self) -> None:
        self.routes: list[Route] = []

    def add(
        self, method: str, pattern: str, params: str | None, perm: str
    ) -> Callable[[Handler], Handler]:
        regex = re.compile(
            "^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", pattern.replace(".", r"\.")) + "$"
        )

        def deco(fn: Handler) -> Handler:
            # literal routes (/v1/credit_notes/preview) win over {id} ones
            route = Route(method, pattern, regex, fn, params, perm)
            if "{" in pattern:
                self.routes.append(route)
            else:
                self.routes.insert(0, route)
            return fn

        return deco

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        for r in self.routes:
            if r.method != method:
                continue
            m = r.regex.match(path)
            if m:
                return r, m.groupdict()
        return None


ROUTES = Router()
route = ROUTES.add
