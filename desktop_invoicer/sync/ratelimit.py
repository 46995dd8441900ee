"""The client side of Stripe's rate limits, so the app stays under them instead of hitting 429s.

Stripe limits requests per second per account (about 25 in test mode, 100 live)
and, by default, 25 per second per endpoint (each named operation, e.g.
``GET /v1/invoices``). :class:`RateLimiter` holds both as sliding windows, the
way the limits are counted on the server: at most ``n`` requests in any window
of ``n / rate`` seconds. A window rather than evenly spaced requests lets a
request that went out late be followed at once, so a backfill can use the whole
allowance; a small margin on each window absorbs the jitter between our clock
and the moment the server counts the request.

Requests that wait are served by priority (lower first, then first come): the
backfill reads several lists side by side and gives the list the others wait
for the first go, and anything the user is waiting for (priority 0) goes before
the backfill.

Every request through the gateway acquires first; when Stripe answers 429
anyway, :meth:`RateLimiter.penalize` holds every request for the back-off time.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections import deque
from collections.abc import Callable

DEFAULT_MARGIN = 0.04
"""Seconds added to each window: a request reaches the server's counter a little after ours."""

_RECHECK = 0.05  # seconds a waiter behind a more urgent one sleeps before looking again


class _Window:
    """At most ``limit`` acquisitions in any ``seconds``."""

    __slots__ = ("limit", "seconds", "stamps")

    def __init__(self, rate: float, margin: float) -> None:
        if rate <= 0:
            raise ValueError("A rate limit must be positive.")
        self.limit = max(1, int(rate))
        self.seconds = self.limit / rate + margin
        self.stamps: deque[float] = deque()

    def wait(self, now: float) -> float:
        """Seconds until one more acquisition fits (0: now)."""
        stamps = self.stamps
        while stamps and stamps[0] <= now - self.seconds:
            stamps.popleft()
        if len(stamps) < self.limit:
            return 0.0
        return stamps[0] + self.seconds - now


class RateLimiter:
    """An account-wide limit and a limit per endpoint, both requests per second."""

    def __init__(
        self,
        per_account: float,
        per_endpoint: float | None = None,
        *,
        margin: float = DEFAULT_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_account = per_account
        self.per_endpoint = per_endpoint
        self._margin = margin
        self._account = _Window(per_account, margin)
        self._endpoints: dict[str, _Window] = {}
        self._clock = clock
        self._blocked_until = 0.0
        self._changed = threading.Condition()
        self._waiting: dict[tuple[int, int], str] = {}  # (priority, ticket) -> endpoint
        self._tickets = itertools.count()

    def _endpoint(self, endpoint: str) -> _Window | None:
        if self.per_endpoint is None:
            return None
        window = self._endpoints.get(endpoint)
        if window is None:
            window = self._endpoints[endpoint] = _Window(self.per_endpoint, self._margin)
        return window

    def _delay(self, endpoint: str, now: float) -> float:
        window = self._endpoint(endpoint)
        return max(
            self._blocked_until - now,
            self._account.wait(now),
            window.wait(now) if window is not None else 0.0,
        )

    def acquire(self, endpoint: str = "", priority: int = 0) -> float:
        """Wait until a request to ``endpoint`` may go and count it; return the seconds waited.

        Of the requests that could go now, the one with the lowest ``priority``
        (then the one waiting longest) goes first.
        """
        started = self._clock()
        with self._changed:
            me = (priority, next(self._tickets))
            self._waiting[me] = endpoint
            try:
                while True:
                    now = self._clock()
                    delay = self._delay(endpoint, now)
                    if delay <= 0.0:
                        ahead = any(
                            other < me and self._delay(other_endpoint, now) <= 0.0
                            for other, other_endpoint in self._waiting.items()
                        )
                        if not ahead:
                            self._account.stamps.append(now)
                            window = self._endpoint(endpoint)
                            if window is not None:
                                window.stamps.append(now)
                            return now - started
                        delay = _RECHECK  # or until the one ahead takes its turn
                    self._changed.wait(delay)
            finally:
                del self._waiting[me]
                self._changed.notify_all()

    def penalize(self, seconds: float) -> None:
        """Hold every request for ``seconds`` (after a 429)."""
        with self._changed:
            self._blocked_until = max(self._blocked_until, self._clock() + seconds)
