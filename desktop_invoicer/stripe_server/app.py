"""The request pipeline of the Stripe API, independent of the HTTP server.

Order: authenticate -> route -> permission -> rate limiter (never stored) ->
parameter validation (never stored) -> injected 429 / early drop (never stored)
-> idempotency (replay, 400 on different params, 409 while in flight) -> delay
/ 500 faults -> execute under the state lock -> store the result under the key
-> late 500 / drop faults.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from . import resources  # noqa: F401  (registers the routes)
from .auth import Auth
from .core import Ctx, State
from .events import API_VERSION
from .faults import FaultRule
from .idempotency import Idempotency, Stored, fingerprint
from .params_schema import validate
from .router import ROUTES
from .wire import ApiError, JsonObj, decode_form, dumps, encode_form, request_id

_RATE_LIMIT_MESSAGE = (
    "Too many requests hit the API too quickly. We recommend an exponential backoff of your "
    "requests."
)


@dataclass
class Response:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False  # close the connection without answering


def _error_response(err: ApiError, headers: dict[str, str]) -> Response:
    h = dict(headers)
    h.update(err.headers)
    return Response(err.status, dumps(err.body()), h)


def _fault_error(rule: FaultRule) -> ApiError:
    if rule.status == 429:
        code = rule.code or "rate_limit"
        message = (
            _RATE_LIMIT_MESSAGE
            if code == "rate_limit"
            else "This object cannot be accessed right now because another API request or "
            "Stripe process is currently accessing it. If you see this error intermittently, "
            "retry the request."
        )
        headers = {"Stripe-Should-Retry": "true"} if code == "lock_timeout" else {}
        return ApiError(429, message, code=code, headers=headers, cacheable=False)
    return ApiError(
        rule.status,
        "An unknown error occurred while processing your request; please retry. "
        "(injected by the local Stripe server)",
        type="api_error",
        code=rule.code,
        headers={"Stripe-Should-Retry": "true"},
    )


class StripeApp:
    def __init__(self, state: State, auth: Auth, stop: threading.Event) -> None:
        self.state = state
        self.auth = auth
        self.stop_event = stop
        self.idempotency = Idempotency(state.store, state.clock)
        self.request_log: deque[JsonObj] = deque(maxlen=100_000)

    # ------------------------------------------------------------ HTTP entry

    def handle(
        self, method: str, raw_path: str, headers: Mapping[str, str], body: bytes
    ) -> Response:
        rid = request_id()
        base = {"Request-Id": rid, "Stripe-Version": API_VERSION}
        path, _, query = raw_path.partition("?")
        ikey = headers.get("idempotency-key") if method == "POST" else None
        if ikey:
            base["Idempotency-Key"] = ikey
        log: JsonObj = {
            "method": method,
            "path": path,
            "request_id": rid,
            "idempotency_key": ikey,
            "replayed": False,
            "fault": None,
            "time": self.state.clock.time(),
        }
        try:
            resp = self._handle(method, path, query, headers, body, rid, ikey, base, log)
        except ApiError as e:
            resp = _error_response(e, base)
        log["status"] = None if resp.drop else resp.status
        self.request_log.append(log)
        return resp

    def _handle(
        self,
        method: str,
        path: str,
        query: str,
        headers: Mapping[str, str],
        body: bytes,
        rid: str,
        ikey: str | None,
        base: dict[str, str],
        log: JsonObj,
    ) -> Response:
        state = self.state
        key = self.auth.authenticate(headers.get("authorization"))
        m = ROUTES.match(method, path)
        if m is None:
            raise ApiError(
                404,
                f"Unrecognized request URL ({method}: {path}). Please see https://stripe.com/docs "
                "or we can help at https://support.stripe.com/.",
                cacheable=False,
            )
        route, path_params = m
        self.auth.authorize(key, route.perm, state.account.id)
        faults = state.faults
        reason = faults.rate_limited(route.endpoint)
        if reason is not None:
            log["fault"] = "rate_limiter"
            raise ApiError(
                429,
                _RATE_LIMIT_MESSAGE,
                code="rate_limit",
                headers={"Stripe-Rate-Limited-Reason": reason},
                cacheable=False,
            )
        text = query if method in ("GET", "DELETE") else body.decode("utf-8", "replace")
        raw = decode_form(text)
        params = validate(route.params, raw)

        err_rule = faults.take("error", method, path)
        drop_rule = faults.take("drop", method, path)
        delay_rule = faults.take("delay", method, path)
        if err_rule is not None and err_rule.status == 429:
            log["fault"] = f"error {err_rule.status}"
            raise _fault_error(err_rule)
        if drop_rule is not None and not drop_rule.after:
            log["fault"] = "drop"
            return Response(0, b"", drop=True)

        scope = f"{state.account.id}:{'live' if key.livemode else 'test'}"
        fp = fingerprint(method, path, raw)
        if ikey:
            stored = self.idempotency.begin(scope, ikey, fp)
            if stored is not None:
                log["replayed"] = True
                h = dict(base)
                h.update(stored.headers)
                h["Idempotent-Replayed"] = "true"
                h["Original-Request"] = stored.request_id
                if stored.status >= 500:
                    h["Stripe-Should-Retry"] = "false"
                return Response(stored.status, stored.body, h)
        result: Stored | None = None
        try:
            if delay_rule is not None:
                log["fault"] = "delay"
                if self.stop_event.wait(delay_rule.seconds):
                    return Response(0, b"", drop=True)
            if err_rule is not None and not err_rule.after:
                log["fault"] = f"error {err_rule.status}"
                resp = _error_response(_fault_error(err_rule), base)
            else:
                resp = self._execute(
                    route.handler, params, path_params, key.livemode, rid, ikey, base
                )
                if err_rule is not None:
                    log["fault"] = f"error {err_rule.status} after"
                    resp = _error_response(_fault_error(err_rule), base)
            cacheable = resp.headers.pop("X-Not-Cacheable", None) is None
            if ikey and cacheable:
                extra = {k: v for k, v in resp.headers.items() if k.startswith("Stripe-")}
                extra.pop("Stripe-Version", None)
                result = Stored(resp.status, resp.body, extra, rid)
        finally:
            if ikey:
                self.idempotency.finish(scope, ikey, fp, result)
        if drop_rule is not None:
            log["fault"] = "drop after"
            return Response(0, b"", drop=True)
        return resp

    def _execute(
        self,
        handler: Any,
        params: JsonObj,
        path_params: dict[str, str],
        livemode: bool,
        rid: str,
        ikey: str | None,
        base: dict[str, str],
    ) -> Response:
        store = self.state.store
        with store.lock:
            ctx = Ctx(self.state, livemode, rid, ikey, self.state.clock.now())
            try:
                result = handler(ctx, params, **path_params)
                return Response(200, dumps(result), dict(base))
            except ApiError as e:
                resp = _error_response(e, base)
                if not e.cacheable:
                    resp.headers["X-Not-Cacheable"] = "1"
                return resp
            except Exception:
                traceback.print_exc(file=sys.stderr)
                err = ApiError(
                    500,
                    "An unknown error occurred in the local Stripe server.",
                    type="api_error",
                )
                return _error_response(err, base)
            finally:
                store.commit()

    # ------------------------------------------------------------ in-process calls

    def call(
        self,
        method: str,
        path: str,
        params: JsonObj | None = None,
        *,
        livemode: bool = False,
        emit_events: bool = True,
    ) -> JsonObj:
        """Run an API operation in-process (no HTTP, auth, faults or idempotency).

        Raises :class:`ApiError` like the HTTP API would answer it.
        """
        path, _, query = path.partition("?")
        m = ROUTES.match(method.upper(), path)
        if m is None:
            raise ApiError(404, f"Unrecognized request URL ({method}: {path}).")
        route, path_params = m
        raw = decode_form(encode_form(params or {}) or query)
        checked = validate(route.params, raw)
        store = self.state.store
        with store.lock:
            ctx = Ctx(self.state, livemode, request_id(), None, self.state.clock.now())
            ctx.emit_events = emit_events
            try:
                out = route.handler(ctx, checked, **path_params)
            finally:
                store.commit()
        assert isinstance(out, dict)
        return out
