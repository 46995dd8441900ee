"""The one module that owns ``stripe.StripeClient``.

Everything that talks to Stripe goes through :class:`StripeGateway`: the API
version is pinned, every request has a timeout and waits for the rate limiter
(account-wide and per endpoint), 429s back off and retry, and stripe-python's
exceptions become the plain :mod:`.errors` the rest of the app understands.
Objects come back as plain dicts (Stripe's JSON), which :mod:`.mapping` turns
into rows; nothing outside sync/ imports stripe.

Reads of lists (a backfill reads thousands of pages) skip stripe-python's
``StripeObject``s: the page's JSON is requested with ``StripeClient.raw_request``
and used as parsed, which costs a tenth of building objects and converting them
back with ``to_dict``. Errors still arrive as stripe-python's exceptions and go
through :func:`translate`; writes keep stripe-python's typed params.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, cast
from urllib.parse import quote

import requests
import stripe
from stripe.params import (
    CreditNoteCreateParams,
    CustomerBalanceTransactionCreateParams,
    CustomerCreateParams,
    CustomerUpdateParams,
    EventListParams,
    InvoiceCreateParams,
    InvoiceItemCreateParams,
    InvoicePayParams,
    InvoiceUpdateParams,
    PriceCreateParams,
    PriceUpdateParams,
    ProductCreateParams,
    ProductUpdateParams,
    TaxRateCreateParams,
)

from ..redaction import redact
from .errors import (
    IdempotencyConflictError,
    KeyRejectedError,
    NetworkError,
    PermissionMissingError,
    RateLimitedError,
    Rejection,
    StripeRejectedError,
    StripeServerError,
    SyncError,
)
from .ratelimit import RateLimiter

log = logging.getLogger(__name__)

API_VERSION = "2026-10-28.endive"
"""Pinned: the mapping in :mod:`.mapping` is written against this version's shapes."""

Resource = Literal[
    "customers",
    "products",
    "prices",
    "tax_rates",
    "coupons",
    "invoices",
    "invoice_items",
    "payment_intents",
    "charges",
    "credit_notes",
    "disputes",
    "invoice_payments",
    "payment_methods",
]

TEST_RATE = 25.0
"""Stripe's account-wide limit in test mode (sandboxes), requests/s."""
LIVE_RATE = 100.0
ENDPOINT_RATE = 25.0
"""Stripe's default limit per endpoint, requests/s."""

_PERMISSION = re.compile(r"'(rak_[a-z_]+)'")
# A resource whose URL differs from its service name in stripe-python.
_PATHS = {"invoice_items": "invoiceitems"}
T = TypeVar("T")
JSON = dict[str, Any]


@dataclass(frozen=True, slots=True)
class AccountInfo:
    id: str
    display_name: str
    livemode: bool
    default_currency: str | None


@dataclass(frozen=True, slots=True)
class Page:
    data: list[JSON]
    has_more: bool

    @property
    def last_id(self) -> str | None:
        return str(self.data[-1]["id"]) if self.data else None


@dataclass(slots=True)
class GatewayConfig:
    api_key: str
    api_base: str | None = None  # e.g. the local Stripe-compatible server
    timeout: float = 30.0
    max_network_retries: int = 2
    # Account-wide requests/s; default Stripe's 25 in test mode, 100 live.
    requests_per_second: float | None = None
    # Requests/s per endpoint (``GET /v1/invoices``); default Stripe's 25. When only
    # requests_per_second is given, it is the one limit for everything (the local
    # demo server, tests).
    endpoint_requests_per_second: float | None = None
    max_429_retries: int = 5

    def rate_limits(self, livemode: bool) -> tuple[float, float | None]:
        """(account-wide, per-endpoint) requests/s for this configuration."""
        if self.requests_per_second is None:
            account = LIVE_RATE if livemode else TEST_RATE
            return account, self.endpoint_requests_per_second or ENDPOINT_RATE
        return self.requests_per_second, self.endpoint_requests_per_second


@dataclass(slots=True)
class RequestStats:
    """Counts for the sync status: how many reads and writes this session made."""

    reads: int = 0
    writes: int = 0
    rate_limited: int = 0
    failures: int = 0
    by_endpoint: dict[str, int] = field(default_factory=dict)


def is_live_key(key: str) -> bool:
    return key.startswith(("sk_live_", "rk_live_"))


def check_key_shape(key: str) -> str:
    """Refuse what is clearly not a secret or restricted key before asking Stripe."""
    key = key.strip()
    if key.startswith(("pk_test_", "pk_live_")):
        raise KeyRejectedError(
            "That is a publishable key (pk_...). The app needs a secret key (sk_...) or a restricted key (rk_...)."
        )
    if (
        not key.startswith(("sk_test_", "sk_live_", "rk_test_", "rk_live_"))
        or len(key) < 16
        or " " in key
    ):
        raise KeyRejectedError(
            "That does not look like a Stripe secret key (sk_...) or restricted key (rk_...)."
        )
    return key


class _TimedClient(stripe.RequestsClient):
    """stripe-python's requests client, noting when each answer arrived on this thread.

    The rate limiter counts a request until a window after its answer (the server
    counted it somewhere in between): the moment it arrived, not after stripe-python
    has parsed a page of 100 invoices.
    """

    def __init__(
        self, timeout: float, session: requests.Session, clock: Callable[[], float]
    ) -> None:
        super().__init__(timeout=timeout, session=session)
        self._clock = clock
        self._local = threading.local()

    def request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None,
        post_data: Any = None,
        *,
        _usage: list[str] | None = None,  # in HTTPClient's signature; RequestsClient takes none
    ) -> tuple[Any, int, Mapping[str, str]]:
        try:
            return super().request(method, url, headers, post_data)
        finally:
            self._local.answered_at = self._clock()

    def answered(self) -> float | None:
        """When this thread's last answer arrived (then forgotten); None if none since."""
        at: float | None = getattr(self._local, "answered_at", None)
        self._local.answered_at = None
        return at


class StripeGateway:
    def __init__(self, config: GatewayConfig, limiter: RateLimiter | None = None) -> None:
        self.config = config
        self.livemode = is_live_key(config.api_key)
        self.limiter = limiter or RateLimiter(*config.rate_limits(self.livemode))
        self._stats_lock = threading.Lock()
        self.stats = RequestStats()
        base = {"api": config.api_base} if config.api_base else None
        # One session for every thread (stripe's default is one per thread, which only
        # the creating thread could close); urllib3's connection pool is thread-safe.
        self._session = requests.Session()
        for scheme in ("https://", "http://"):  # the backfill reads up to ~10 lists at once
            self._session.mount(scheme, requests.adapters.HTTPAdapter(pool_maxsize=16))
        self._http = _TimedClient(config.timeout, self._session, self.limiter.clock)
        self._client = stripe.StripeClient(
            config.api_key,
            stripe_version=API_VERSION,
            base_addresses=base,  # type: ignore[arg-type]
            max_network_retries=config.max_network_retries,
            http_client=self._http,
        )

    def close(self) -> None:
        self._session.close()

    # -- plumbing ---------------------------------------------------------
    def _call(self, endpoint: str, write: bool, fn: Callable[[], T], priority: int = 0) -> T:
        """Run ``fn`` (one request) under the rate limiter; ``priority``: see RateLimiter.acquire."""
        attempt = 0
        stats = self.stats
        while True:
            with self._stats_lock:  # the backfill reads several lists at once
                if write:
                    stats.writes += 1
                else:
                    stats.reads += 1
                stats.by_endpoint[endpoint] = stats.by_endpoint.get(endpoint, 0) + 1
            try:
                with self.limiter.request(endpoint, priority) as slot:
                    self._http.answered()  # forget an earlier request's answer
                    try:
                        return fn()
                    finally:
                        slot.answered_at = self._http.answered()
            except stripe.RateLimitError as exc:
                with self._stats_lock:
                    stats.rate_limited += 1
                attempt += 1
                wait = _retry_after(exc.headers) or min(8.0, 0.5 * 2 ** (attempt - 1))
                if attempt > self.config.max_429_retries:
                    with self._stats_lock:
                        stats.failures += 1
                    raise RateLimitedError("Stripe is rate limiting this account.", wait) from None
                log.info("429 on %s; retrying in %.1fs", endpoint, wait)
                self.limiter.penalize(wait)
            except stripe.StripeError as exc:
                with self._stats_lock:
                    stats.failures += 1
                raise translate(exc) from None

    @staticmethod
    def _dict(obj: Any) -> JSON:
        result: JSON = obj.to_dict(recursive=True, for_json=True)
        return result

    def _list(self, endpoint: str, path: str, params: Mapping[str, Any], priority: int = 0) -> Page:
        """One page of a list as Stripe's JSON (no StripeObjects: see the module docstring)."""

        def get() -> Any:
            return self._client.raw_request("get", path, **params)

        body = cast(JSON, self._call(endpoint, False, get, priority).data)
        return Page(list(body["data"]), bool(body.get("has_more")))

    # -- reads ------------------------------------------------------------
    def account(self) -> AccountInfo:
        acct = self._dict(
            self._call(
                "GET /v1/account", False, lambda: self._client.v1.accounts.retrieve_current()
            )
        )
        profile = acct.get("business_profile") or {}
        dashboard = (acct.get("settings") or {}).get("dashboard") or {}
        name = dashboard.get("display_name") or profile.get("name") or acct["id"]
        return AccountInfo(str(acct["id"]), str(name), self.livemode, acct.get("default_currency"))

    def list_page(
        self,
        resource: Resource,
        starting_after: str | None = None,
        limit: int = 100,
        *,
        priority: int = 0,
        **filters: Any,
    ) -> Page:
        """One page of a list, newest first. ``priority``: lower goes first when requests wait
        for the rate limiter (0, the default, for what a person waits for)."""
        params: dict[str, Any] = {"limit": limit, **filters}
        if starting_after:
            params["starting_after"] = starting_after
        path = f"/v1/{_PATHS.get(resource, resource)}"
        return self._list(f"GET {path}", path, params, priority)

    def invoice_lines_page(
        self, invoice_id: str, starting_after: str | None = None, *, priority: int = 0
    ) -> Page:
        params: dict[str, Any] = {"limit": 100}
        if starting_after:
            params["starting_after"] = starting_after
        path = f"/v1/invoices/{quote(invoice_id, safe='')}/lines"
        return self._list("GET /v1/invoices/:id/lines", path, params, priority)

    def retrieve(self, resource: Resource, object_id: str) -> JSON | None:
        """The object as Stripe has it now, or None when it is gone (404 or deleted)."""
        service = getattr(self._client.v1, resource)
        try:
            obj = self._dict(
                self._call(f"GET /v1/{resource}/:id", False, lambda: service.retrieve(object_id))
            )
        except StripeRejectedError as exc:
            if exc.status == 404:
                return None
            raise
        return None if obj.get("deleted") else obj

    def events_page(
        self,
        *,
        ending_before: str | None = None,
        starting_after: str | None = None,
        created_gte: int | None = None,
        types: list[str] | None = None,
        limit: int = 100,
    ) -> Page:
        params: EventListParams = {"limit": limit}
        if ending_before:
            params["ending_before"] = ending_before
        if starting_after:
            params["starting_after"] = starting_after
        if created_gte is not None:
            params["created"] = {"gte": created_gte}
        if types:
            params["types"] = types
        return self._list("GET /v1/events", "/v1/events", params)

    # -- writes (each takes the idempotency key of its outbox row) ----------
    def _opts(self, idempotency_key: str) -> Any:
        return {"idempotency_key": idempotency_key}

    def create_customer(self, params: CustomerCreateParams, key: str) -> JSON:
        c = self._client.v1.customers
        return self._dict(
            self._call("POST /v1/customers", True, lambda: c.create(params, self._opts(key)))
        )

    def update_customer(self, stripe_id: str, params: CustomerUpdateParams, key: str) -> JSON:
        c = self._client.v1.customers
        return self._dict(
            self._call(
                "POST /v1/customers/:id", True, lambda: c.update(stripe_id, params, self._opts(key))
            )
        )

    def delete_customer(self, stripe_id: str, key: str) -> JSON:
        c = self._client.v1.customers
        return self._dict(
            self._call(
                "DELETE /v1/customers/:id", True, lambda: c.delete(stripe_id, None, self._opts(key))
            )
        )

    def create_product(self, params: ProductCreateParams, key: str) -> JSON:
        s = self._client.v1.products
        return self._dict(
            self._call("POST /v1/products", True, lambda: s.create(params, self._opts(key)))
        )

    def update_product(self, stripe_id: str, params: ProductUpdateParams, key: str) -> JSON:
        s = self._client.v1.products
        return self._dict(
            self._call(
                "POST /v1/products/:id", True, lambda: s.update(stripe_id, params, self._opts(key))
            )
        )

    def create_price(self, params: PriceCreateParams, key: str) -> JSON:
        s = self._client.v1.prices
        return self._dict(
            self._call("POST /v1/prices", True, lambda: s.create(params, self._opts(key)))
        )

    def update_price(self, stripe_id: str, params: PriceUpdateParams, key: str) -> JSON:
        s = self._client.v1.prices
        return self._dict(
            self._call(
                "POST /v1/prices/:id", True, lambda: s.update(stripe_id, params, self._opts(key))
            )
        )

    def create_tax_rate(self, params: TaxRateCreateParams, key: str) -> JSON:
        s = self._client.v1.tax_rates
        return self._dict(
            self._call("POST /v1/tax_rates", True, lambda: s.create(params, self._opts(key)))
        )

    def create_invoice(self, params: InvoiceCreateParams, key: str) -> JSON:
        s = self._client.v1.invoices
        return self._dict(
            self._call("POST /v1/invoices", True, lambda: s.create(params, self._opts(key)))
        )

    def update_invoice(self, stripe_id: str, params: InvoiceUpdateParams, key: str) -> JSON:
        s = self._client.v1.invoices
        return self._dict(
            self._call(
                "POST /v1/invoices/:id", True, lambda: s.update(stripe_id, params, self._opts(key))
            )
        )

    def delete_invoice(self, stripe_id: str, key: str) -> JSON:
        s = self._client.v1.invoices
        return self._dict(
            self._call(
                "DELETE /v1/invoices/:id", True, lambda: s.delete(stripe_id, None, self._opts(key))
            )
        )

    def create_invoice_item(self, params: InvoiceItemCreateParams, key: str) -> JSON:
        s = self._client.v1.invoice_items
        return self._dict(
            self._call("POST /v1/invoiceitems", True, lambda: s.create(params, self._opts(key)))
        )

    def delete_invoice_item(self, stripe_id: str, key: str) -> JSON:
        s = self._client.v1.invoice_items
        return self._dict(
            self._call(
                "DELETE /v1/invoiceitems/:id",
                True,
                lambda: s.delete(stripe_id, None, self._opts(key)),
            )
        )

    def finalize_invoice(self, stripe_id: str, key: str) -> JSON:
        s = self._client.v1.invoices
        return self._dict(
            self._call(
                "POST /v1/invoices/:id/finalize",
                True,
                lambda: s.finalize_invoice(stripe_id, {"auto_advance": False}, self._opts(key)),
            )
        )

    def send_invoice(self, stripe_id: str, key: str) -> JSON:
        s = self._client.v1.invoices
        return self._dict(
            self._call(
                "POST /v1/invoices/:id/send",
                True,
                lambda: s.send_invoice(stripe_id, None, self._opts(key)),
            )
        )

    def pay_invoice(self, stripe_id: str, params: InvoicePayParams, key: str) -> JSON:
        s = self._client.v1.invoices
        return self._dict(
            self._call(
                "POST /v1/invoices/:id/pay", True, lambda: s.pay(stripe_id, params, self._opts(key))
            )
        )

    def void_invoice(self, stripe_id: str, key: str) -> JSON:
        s = self._client.v1.invoices
        return self._dict(
            self._call(
                "POST /v1/invoices/:id/void",
                True,
                lambda: s.void_invoice(stripe_id, None, self._opts(key)),
            )
        )

    def mark_uncollectible(self, stripe_id: str, key: str) -> JSON:
        s = self._client.v1.invoices
        return self._dict(
            self._call(
                "POST /v1/invoices/:id/mark_uncollectible",
                True,
                lambda: s.mark_uncollectible(stripe_id, None, self._opts(key)),
            )
        )

    def create_credit_note(self, params: CreditNoteCreateParams, key: str) -> JSON:
        s = self._client.v1.credit_notes
        return self._dict(
            self._call("POST /v1/credit_notes", True, lambda: s.create(params, self._opts(key)))
        )

    def create_balance_transaction(
        self, customer: str, params: CustomerBalanceTransactionCreateParams, key: str
    ) -> JSON:
        """A customer credit (negative amount) or debit on the customer's balance."""
        s = self._client.v1.customers.balance_transactions
        return self._dict(
            self._call(
                "POST /v1/customers/:id/balance_transactions",
                True,
                lambda: s.create(customer, params, self._opts(key)),
            )
        )

    def balance_transactions_page(self, customer: str, limit: int = 100) -> Page:
        """The customer's newest balance transactions (to find one made before a crash)."""
        path = f"/v1/customers/{quote(customer, safe='')}/balance_transactions"
        return self._list("GET /v1/customers/:id/balance_transactions", path, {"limit": limit})

    def find_by_metadata(
        self, resource: Resource, key: str, value: str, **filters: Any
    ) -> JSON | None:
        """Look through recent objects for ``metadata[key] == value`` (used after a key has expired).

        Stripe forgets idempotency keys after about 24 hours; an outbox row older than
        that first checks whether its write already happened (design rule 3).
        """
        cursor: str | None = None
        for _ in range(10):  # at most 1,000 recent objects
            page = self.list_page(resource, starting_after=cursor, **filters)
            for obj in page.data:
                if (obj.get("metadata") or {}).get(key) == value:
                    return obj
            if not page.has_more:
                return None
            cursor = page.last_id
        return None


def _retry_after(headers: Mapping[str, str] | None) -> float | None:
    if not headers:
        return None
    for name in ("Retry-After", "retry-after"):
        if name in headers:
            try:
                return max(0.0, float(headers[name]))
            except ValueError:
                return None
    return None


def translate(exc: stripe.StripeError) -> SyncError:
    """A stripe-python exception as one of ours, with any key in its text masked."""
    message = redact(exc.user_message or str(exc) or type(exc).__name__)
    error = exc.error
    if isinstance(exc, stripe.AuthenticationError):
        return KeyRejectedError("Stripe did not accept this API key. " + message)
    if isinstance(exc, stripe.PermissionError):
        found = _PERMISSION.search(message)
        return PermissionMissingError(message, found.group(1) if found else None)
    if isinstance(exc, stripe.RateLimitError):
        return RateLimitedError(message, _retry_after(exc.headers))
    if isinstance(exc, stripe.APIConnectionError):
        return NetworkError("Could not reach Stripe: " + message)
    if isinstance(exc, stripe.IdempotencyError) or (exc.http_status == 409):
        return IdempotencyConflictError(message)
    if isinstance(exc, stripe.APIError) or (exc.http_status or 0) >= 500:
        return StripeServerError("Stripe reported an internal error. " + message)
    rejection = Rejection(
        code=getattr(error, "code", None) if error else exc.code,
        param=getattr(error, "param", None) if error else None,
        decline_code=getattr(error, "decline_code", None) if error else None,
        advice_code=getattr(error, "advice_code", None) if error else None,
    )
    return StripeRejectedError(message, rejection, exc.http_status)


def now() -> float:
    return time.time()
