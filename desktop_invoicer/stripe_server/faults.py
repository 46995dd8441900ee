"""Fault switches: errors, dropped connections, delays, event-list quirks and rate limits.

All switches apply to ``/v1/...`` requests only (never to ``/_admin``).  A rule
matches by HTTP method and path prefix; ``n=None`` means "until cleared".
"""

from __future__ import annotations

import random
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any


@dataclass
class FaultRule:
    kind: str  # "error" | "drop" | "delay"
    remaining: int | None
    status: int = 500
    code: str | None = None
    seconds: float = 0.0
    method: str | None = None
    path: str | None = None
    after: bool = False  # error/drop after the request was executed (side effects kept)

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.path is None or path.startswith(self.path)

    def describe(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class RateLimiter:
    """Stripe's test-mode limits: requests per second per account and per endpoint."""

    per_account: int = 25
    per_endpoint: int = 25
    window: float = 1.0
    _all: deque[float] = field(default_factory=deque)
    _by_endpoint: dict[str, deque[float]] = field(default_factory=dict)

    def hit(self, endpoint: str, now: float) -> str | None:
        """Count one request; return the limiter that refused it, if any."""
        cutoff = now - self.window
        q = self._all
        while q and q[0] <= cutoff:
            q.popleft()
        e = self._by_endpoint.setdefault(endpoint, deque())
        while e and e[0] <= cutoff:
            e.popleft()
        if len(q) >= self.per_account:
            return "global-rate"
        if len(e) >= self.per_endpoint:
            return "endpoint-rate"
        q.append(now)
        e.append(now)
        return None


class Faults:
    """The fault switches of one server (``server.faults``)."""

    def __init__(self, seed: int | None = None) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []
        self.random = random.Random(seed)
        self.duplicate_events = 0.0
        self.shuffle_events = False
        self.late_events = 0.0
        self.late_events_probability = 1.0
        self.rate_limiter: RateLimiter | None = None
        self._expire_hook: Any = None

    # ------------------------------------------------------------ request faults

    def _add(self, rule: FaultRule) -> FaultRule:
        with self._lock:
            self._rules.append(rule)
        return rule

    def fail_next(
        self,
        n: int | None = 1,
        status: int = 500,
        *,
        code: str | None = None,
        method: str | None = None,
        path: str | None = None,
        after: bool = False,
    ) -> FaultRule:
        """The next ``n`` matching requests answer ``status``.

        429 answers ``rate_limit`` (or ``code``, e.g. ``lock_timeout``) and is never
        stored under an idempotency key; 500 answers ``api_error`` with
        ``Stripe-Should-Retry: true`` and is stored like any first result.  With
        ``after=True`` the request is executed first (its side effects stay).
        """
        return self._add(
            FaultRule("error", n, status=status, code=code, method=method, path=path, after=after)
        )

    def drop_next(
        self,
        n: int | None = 1,
        *,
        method: str | None = None,
        path: str | None = None,
        after: bool = False,
    ) -> FaultRule:
        """Close the connection without answering (after executing, if ``after``)."""
        return self._add(FaultRule("drop", n, method=method, path=path, after=after))

    def delay_next(
        self,
        n: int | None = 1,
        seconds: float = 1.0,
        *,
        method: str | None = None,
        path: str | None = None,
    ) -> FaultRule:
        """Hold matching requests for ``seconds`` (while holding their idempotency key)."""
        return self._add(FaultRule("delay", n, seconds=seconds, method=method, path=path))

    def take(
        self, kind: str, method: str, path: str, *, after: bool | None = None
    ) -> FaultRule | None:
        """Consume one matching rule of ``kind`` (used by the app)."""
        with self._lock:
            for rule in self._rules:
                if rule.kind != kind or not rule.matches(method, path):
                    continue
                if after is not None and rule.after != after:
                    continue
                if rule.remaining is not None:
                    rule.remaining -= 1
                    if rule.remaining <= 0:
                        self._rules.remove(rule)
                return rule
        return None

    def pending(self) -> list[dict[str, Any]]:
        with self._lock:
            return [r.describe() for r in self._rules]

    def clear(self) -> None:
        """Remove every switch (request rules, event quirks and the rate limiter)."""
        with self._lock:
            self._rules.clear()
        self.duplicate_events = 0.0
        self.shuffle_events = False
        self.late_events = 0.0
        self.late_events_probability = 1.0
        self.rate_limiter = None

    # ------------------------------------------------------------ event-list quirks

    def set_event_quirks(
        self,
        *,
        duplicate: float | None = None,
        shuffle: bool | None = None,
        late_seconds: float | None = None,
        late_probability: float | None = None,
    ) -> None:
        """``duplicate``: probability that an event in a listed page is repeated;
        ``shuffle``: pages are out of order inside (the first and last stay, so
        cursors keep working); ``late_seconds``: new events show in lists and
        retrieves only that many server-clock seconds after their ``created``.
        """
        if duplicate is not None:
            self.duplicate_events = float(duplicate)
        if shuffle is not None:
            self.shuffle_events = bool(shuffle)
        if late_seconds is not None:
            self.late_events = float(late_seconds)
        if late_probability is not None:
            self.late_events_probability = float(late_probability)

    def expire_events_before(self, ts: int) -> int:
        """Delete events created before ``ts`` now, as retention would; returns the count."""
        hook = self._expire_hook
        return int(hook(ts)) if hook is not None else 0

    # ------------------------------------------------------------ rate limiting

    def set_rate_limits(self, per_account: int | None = 25, per_endpoint: int | None = 25) -> None:
        """Turn on the per-second limiter (``None`` for either turns it off)."""
        with self._lock:
            if per_account is None or per_endpoint is None:
                self.rate_limiter = None
            else:
                self.rate_limiter = RateLimiter(per_account, per_endpoint)

    def rate_limited(self, endpoint: str) -> str | None:
        with self._lock:
            rl = self.rate_limiter
            return rl.hit(endpoint, time.monotonic()) if rl is not None else None
