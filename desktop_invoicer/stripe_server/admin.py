"""The HTTP admin API under ``/_admin/`` (JSON in, JSON out) and the hosted invoice pages.

It mirrors the Python API of :class:`StripeServer` so that a test in another
process, or the demo, can drive a server it did not start.  The stripe client
never calls these paths, and they need no API key.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from .app import Response
from .hosted import find_by_token, invoice_html, invoice_pdf
from .wire import ApiError, JsonObj, dumps

if TYPE_CHECKING:
    from .server import StripeServer

FAULT_METHODS = {
    "fail_next",
    "drop_next",
    "delay_next",
    "clear",
    "set_event_quirks",
    "expire_events_before",
    "set_rate_limits",
}


def _json(status: int, obj: Any) -> Response:
    return Response(status, dumps(obj), {"Content-Type": "application/json"})


class Admin:
    def __init__(self, server: StripeServer) -> None:
        self.server = server

    def handle(self, method: str, raw_path: str, body: bytes) -> Response:
        path, _, query = raw_path.partition("?")
        q = {k: v[-1] for k, v in parse_qs(query).items()}
        try:
            data: JsonObj = json.loads(body) if body.strip() else {}
            if not isinstance(data, dict):
                raise ValueError("the body must be a JSON object")
        except ValueError as e:
            return _json(400, {"error": {"type": "invalid_request_error", "message": str(e)}})
        parts = [p for p in path.split("/") if p][1:]
        try:
            return _json(200, self._route(method, parts, q, data))
        except ApiError as e:
            return _json(e.status, e.body())
        except (KeyError, TypeError, ValueError) as e:
            msg = f"{type(e).__name__}: {e}"
            return _json(400, {"error": {"type": "invalid_request_error", "message": msg}})

    def _route(self, method: str, parts: list[str], q: dict[str, str], data: JsonObj) -> Any:
        s = self.server
        head = parts[0] if parts else ""
        if head == "health" and method == "GET":
            return {"ok": True, "url": s.url, "account": s.state.account.id, "now": s.clock.now()}
        if head == "objects" and method == "GET":
            if len(parts) == 3:
                obj = s.get(parts[1], parts[2])
                if obj is None:
                    raise ApiError(
                        404, f"No such {parts[1]}: '{parts[2]}'", code="resource_missing"
                    )
                return obj
            return {"data": s.objects(parts[1])}
        if head == "events" and method == "GET":
            return {"data": s.events(q.get("type"))}
        if head == "sent_invoices" and method == "GET":
            return {"data": s.sent_invoices}
        if head == "requests" and method == "GET":
            return {"data": s.request_log}
        if head == "call" and method == "POST":
            return s.call(
                data["method"],
                data["path"],
                data.get("params"),
                livemode=bool(data.get("livemode", False)),
            )
        if head == "dashboard":
            return self._dashboard(method, parts[1:], data)
        if head == "clock":
            if method == "POST":
                if "advance" in data:
                    s.clock.advance(float(data["advance"]))
                if "set" in data:
                    s.clock.set(float(data["set"]))
                if data.get("freeze") is True:
                    s.clock.freeze()
                if data.get("freeze") is False:
                    s.clock.unfreeze()
            return {"now": s.clock.now(), "frozen": s.clock.frozen}
        if head == "faults":
            if method == "GET":
                f = s.faults
                return {
                    "rules": f.pending(),
                    "duplicate_events": f.duplicate_events,
                    "shuffle_events": f.shuffle_events,
                    "late_events": f.late_events,
                    "rate_limits": None
                    if f.rate_limiter is None
                    else [f.rate_limiter.per_account, f.rate_limiter.per_endpoint],
                }
            name = parts[1] if len(parts) > 1 else ""
            if method == "POST" and name in FAULT_METHODS:
                result = getattr(s.faults, name)(**data)
                return {"ok": True, "result": result if isinstance(result, int) else None}
        if head == "seed" and method == "POST":
            return s.seed(**data)
        if head == "payment_methods" and method == "POST":
            s.register_payment_method(data["id"], data.get("decline_code"))
            return {"ok": True}
        if head == "disputes":  # open a dispute on a paid invoice, or set its status
            from .resources.disputes import admin as disputes_admin

            return disputes_admin(s, method, parts[1:], data)
        if head == "save" and method == "POST":
            s.save()
            return {"ok": True}
        raise ApiError(404, f"Unrecognized admin URL ({method}: /_admin/{'/'.join(parts)}).")

    def _dashboard(self, method: str, parts: list[str], data: JsonObj) -> Any:
        s = self.server
        if method == "POST" and len(parts) == 1:
            return s.dashboard_create(parts[0], **data)
        if method == "POST" and len(parts) == 2:
            return s.dashboard_update(parts[0], parts[1], **data)
        if method == "POST" and len(parts) == 3:
            return s.dashboard_action(parts[0], parts[1], parts[2], **data)
        if method == "DELETE" and len(parts) == 2:
            return s.dashboard_delete(parts[0], parts[1])
        raise ApiError(404, "Unrecognized dashboard URL.")

    # ------------------------------------------------------------ hosted pages

    def hosted(self, method: str, raw_path: str) -> Response:
        path = raw_path.partition("?")[0]
        state = self.server.state
        m = re.match(r"^/i/[^/]+/([^/]+)$", path)
        if method == "GET" and m:
            inv = find_by_token(state, m.group(1))
            if inv is not None:
                return Response(200, invoice_html(state, inv), {"Content-Type": "text/html"})
        m = re.match(r"^/invoice/[^/]+/([^/]+)/pdf$", path)
        if method == "GET" and m:
            inv = find_by_token(state, m.group(1))
            if inv is not None:
                return Response(200, invoice_pdf(state, inv), {"Content-Type": "application/pdf"})
        return _json(404, {"error": {"type": "invalid_request_error", "message": "Not found"}})
