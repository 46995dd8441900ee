"""``StripeServer``: the HTTP server on 127.0.0.1 and the Python API tests use to drive it."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from collections.abc import Iterable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from .app import Response, StripeApp
from .auth import Auth
from .clock import Clock
from .core import Account, State, render
from .faults import Faults
from .persistence import Persistence
from .wire import ApiError, JsonObj, clone

API_PATHS = {
    "customer": "/v1/customers",
    "product": "/v1/products",
    "price": "/v1/prices",
    "tax_rate": "/v1/tax_rates",
    "coupon": "/v1/coupons",
    "invoiceitem": "/v1/invoiceitems",
    "invoice": "/v1/invoices",
    "credit_note": "/v1/credit_notes",
}


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, addr: tuple[str, int], owner: StripeServer) -> None:
        self.owner = owner
        self._conns: dict[socket.socket, threading.Thread] = {}
        self._conns_lock = threading.Lock()
        super().__init__(addr, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        t = threading.Thread(
            target=self.process_request_thread, args=(request, client_address), daemon=True
        )
        with self._conns_lock:
            self._conns[request] = t
        t.start()

    def shutdown_request(self, request: Any) -> None:
        with self._conns_lock:
            self._conns.pop(request, None)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that went away is not our problem

    def close_connections(self, timeout: float = 5.0) -> None:
        with self._conns_lock:
            items = list(self._conns.items())
        for sock, _ in items:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for _, t in items:
            t.join(timeout)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _HTTPServer
    timeout = 300

    def _dispatch(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        resp = self.server.owner.dispatch(self.command, self.path, headers, body)
        if resp.drop:
            self.close_connection = True
            return
        self.send_response(resp.status)
        headers = {"Content-Type": "application/json", **resp.headers}
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(resp.body)))
        self.end_headers()
        self.wfile.write(resp.body)

    do_GET = do_POST = do_DELETE = _dispatch

    def log_message(self, format: str, *args: Any) -> None:
        pass


class StripeServer:
    """A Stripe-compatible API server for tests and ``--demo``.

    >>> with StripeServer() as server:
    ...     client = stripe.StripeClient("sk_test_123", base_addresses={"api": server.url})
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_keys: Iterable[str] | None = None,
        restricted_keys: Mapping[str, Iterable[str]] | None = None,
        state_path: str | os.PathLike[str] | None = None,
        clock: Clock | None = None,
        account: Account | None = None,
        fault_seed: int | None = None,
    ) -> None:
        self.host = host
        self._port = port
        self.clock = clock or Clock()
        self.faults = Faults(fault_seed)
        self.state = State(self.clock, self.faults, account or Account())
        self.auth = Auth(api_keys, restricted_keys)
        self._stop = threading.Event()
        self.app = StripeApp(self.state, self.auth, self._stop)
        self.faults._expire_hook = self._expire_events
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._persistence: Persistence | None = None
        if state_path is not None:
            self._persistence = Persistence(state_path)
            self._persistence.attach(self.state.store)
            meta = self.state.store.meta
            if "clock" in meta:
                self.clock.load_state(meta["clock"])
            if "account_id" in meta and account is None:
                self.state.account.id = meta["account_id"]
            self.state.payment_methods.update(meta.get("payment_methods", {}))
            self.state.store.set_meta("account_id", self.state.account.id)
            self.state.store.commit()
        if self._persistence is not None:
            self.clock.on_change = self._save_meta
        from .admin import Admin

        self.admin = Admin(self)

    # ------------------------------------------------------------ lifecycle

    @property
    def url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("the server is not started")
        return f"http://{self.host}:{self.port}"

    @property
    def port(self) -> int:
        if self._httpd is None:
            return self._port
        return int(self._httpd.server_address[1])

    def start(self) -> str:
        """Bind, serve in a daemon thread and return the base URL."""
        if self._httpd is not None:
            return self.url
        self._stop.clear()
        self._httpd = _HTTPServer((self.host, self._port), self)
        self.state.base_url = self.url
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="stripe-server",
            daemon=True,
        )
        self._thread.start()
        return self.url

    def stop(self) -> None:
        """Stop serving, close every socket and save the state (if persistent)."""
        httpd = self._httpd
        if httpd is not None:
            self._stop.set()
            httpd.shutdown()
            httpd.server_close()
            httpd.close_connections()
            if self._thread is not None:
                self._thread.join(5)
            self._httpd = None
            self._thread = None
        if self._persistence is not None:
            self._save_meta()
            self._persistence.compact()
            self._persistence.close()

    def __enter__(self) -> StripeServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def dispatch(self, method: str, path: str, headers: Mapping[str, str], body: bytes) -> Response:
        if path.startswith("/_admin/") or path == "/_admin":
            return self.admin.handle(method, path, body)
        if path.startswith("/v1/") or path == "/v1":
            return self.app.handle(method, path, headers, body)
        return self.admin.hosted(method, path)

    # ------------------------------------------------------------ state access

    def _ctx_render(self, kind: str, obj: JsonObj, livemode: bool = False) -> JsonObj:
        from .core import Ctx

        ctx = Ctx(self.state, livemode, None, None, self.clock.now(), emit_events=False)
        return render(ctx, kind, obj, [])

    def objects(self, kind: str, *, livemode: bool | None = None) -> list[JsonObj]:
        """Every object of ``kind`` (newest first) as the API would show it."""
        with self.state.store.lock:
            return [
                self._ctx_render(kind, o, bool(o.get("livemode", False)))
                for o in self.state.store.iter_newest(kind)
                if livemode is None or bool(o.get("livemode", False)) == livemode
            ]

    def get(self, kind: str, oid: str) -> JsonObj | None:
        """One object as the API shows it; a deleted one as its ``deleted: true`` stub."""
        with self.state.store.lock:
            obj = self.state.store.get(kind, oid)
            if obj is not None:
                return self._ctx_render(kind, obj, bool(obj.get("livemode", False)))
            stub = self.state.store.tomb(oid)
            return clone(stub) if stub is not None else None

    def events(self, type: str | None = None) -> list[JsonObj]:
        """All retained events, newest first (ignores the event-list fault switches)."""
        return [e for e in self.objects("event") if type is None or e["type"] == type]

    @property
    def sent_invoices(self) -> list[JsonObj]:
        """One entry per ``/send``: invoice, number, customer, email, sent_at, request ids."""
        with self.state.store.lock:
            return clone(self.state.store.meta.get("sent_invoices", []))

    @property
    def request_log(self) -> list[JsonObj]:
        """Every /v1 request: method, path, status, request_id, idempotency_key, replayed, fault."""
        return list(self.app.request_log)

    # ------------------------------------------------------------ acting as Stripe / the dashboard

    def call(
        self,
        method: str,
        path: str,
        params: JsonObj | None = None,
        *,
        livemode: bool = False,
        emit_events: bool = True,
    ) -> JsonObj:
        """Any API operation in-process, e.g. ``call("POST", "/v1/invoices/in_1/pay", {...})``."""
        return self.app.call(method, path, params, livemode=livemode, emit_events=emit_events)

    def dashboard_create(self, kind: str, **params: Any) -> JsonObj:
        """Create an object as another user in the Dashboard would (emits ``*.created``)."""
        return self.call("POST", API_PATHS[kind], params)

    def dashboard_update(self, kind: str, oid: str, **params: Any) -> JsonObj:
        return self.call("POST", f"{API_PATHS[kind]}/{oid}", params)

    def dashboard_delete(self, kind: str, oid: str) -> JsonObj:
        return self.call("DELETE", f"{API_PATHS[kind]}/{oid}")

    def dashboard_action(self, kind: str, oid: str, action: str, **params: Any) -> JsonObj:
        """E.g. ``dashboard_action("invoice", id, "pay", paid_out_of_band=True)``."""
        return self.call("POST", f"{API_PATHS[kind]}/{oid}/{action}", params)

    def register_payment_method(self, pm_id: str, decline_code: str | None = None) -> None:
        """Make ``pm_id`` usable: it succeeds, or declines with ``decline_code``."""
        with self.state.store.lock:
            self.state.payment_methods[pm_id] = decline_code
            self.state.store.set_meta("payment_methods", dict(self.state.payment_methods))
            self.state.store.commit()

    def seed(self, **kwargs: Any) -> dict[str, int]:
        """Bulk-create realistic data; see :func:`desktop_invoicer.stripe_server.seed.seed`."""
        from .seed import seed

        counts = seed(self.state, **kwargs)
        if self._persistence is not None:
            self._persistence.compact()
        return counts

    def save(self) -> None:
        """Write the state file now (a no-op without ``state_path``)."""
        if self._persistence is not None:
            self._save_meta()
            self._persistence.compact()

    def _save_meta(self) -> None:
        with self.state.store.lock:
            self.state.store.set_meta("clock", self.clock.to_state())
            self.state.store.commit()

    def _expire_events(self, ts: int) -> int:
        with self.state.store.lock:
            n = self.state.store.prune_older("event", int(ts))
            self.state.store.commit()
            return n


__all__ = ["ApiError", "StripeServer"]
