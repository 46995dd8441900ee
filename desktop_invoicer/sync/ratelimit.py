"""The client side of Stripe's rate limits, so the app stays under them instead of hitting 429s.

Stripe limits requests per second per account (about 25 in test mode, 100 live)
and, by default, 25 per second per endpoint (each named operation, e.g.
``GET /v1/invoices``). :class:`RateLimiter` holds both as sliding windows, the
way the limits are counted on the server: at most ``n`` requests in any window
of ``n / rate`` seconds. A window rather than evenly spaced requests lets a
request that went out late be followed at once, so a backfill can use the whole
allowance. A request counts from when it is sent until a window after its
answer arrived: the server counted it at some moment in between, so however
long it queued there, our window never holds fewer requests than the server's
(counting from the moment of sending only, a request the server counted late
made the next window's requests arrive early, and answered 429). Requests are
also spread a little (``gap``) rather than sent in bursts.

Requests that wait are served by priority (lower first, then first come): the
backfill reads several lists side by side and gives the list the others wait
for the first go, and anything the user is waiting for (priority 0) goes before
the backfill. A reader that asks again as soon as its request returns holds a
:meth:`RateLimiter.claim` meanwhile: less urgent requests then leave a little of
the window free for it, so the urgent list is not kept waiting by the others
taking every request the window allows while its own request is on the wire.

Every request through the gateway goes through :meth:`RateLimiter.request`;
when Stripe answers 429 anyway (its limiter is not ours), :meth:`RateLimiter.penalize` holds every request for the back-off time
and widens the windows a little (``STEP``, up to ``MAX_EXTRA``), so the next
429 is less likely; after ``CALM`` requests without one they narrow again.
"""

from __future__ import annotations

import itertools
import math
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

DEFAULT_MARGIN = 0.0
"""Seconds added to each window. None needed: a request counts until its answer is back."""

_RECHECK = 0.05  # seconds a waiter behind a more urgent one sleeps before looking again

HEADROOM = 1
"""Requests of the account window kept free for each more urgent claim (see ``claim``)."""

STEP = 0.02  # seconds a 429 adds to every window (half of it comes off after CALM requests)
MAX_EXTRA = 0.2
CALM = 250


INFLIGHT = math.inf  # the stamp of a request not answered yet: it counts until it is


class _Window:
    """At most ``limit`` requests counted in any ``seconds``, sent at least ``gap`` apart.

    A request counts from when it is sent until ``seconds`` after its answer came
    back: the server counted it somewhere in between, so however long it waited
    there, the window never holds more than the server's does.
    """

    __slots__ = ("base", "gap", "last", "limit", "seconds", "spread", "stamps")

    def __init__(self, rate: float, margin: float, spread: bool = False) -> None:
        if rate <= 0:
            raise ValueError("A rate limit must be positive.")
        self.limit = max(1, int(rate))
        self.base = self.limit / rate + margin
        self.spread = spread
        self.stamps: list[list[float]] = []  # one cell per request: INFLIGHT, then answered at
        self.last = -math.inf  # when the last request was sent
        self.widen(0.0)

    def widen(self, extra: float) -> None:
        self.seconds = self.base + extra
        # Half the average spacing: a window that fills in one burst empties in one
        # burst a window later, and so on; bursts make the server count some
        # requests late and others early, and the early ones then exceed its limit.
        self.gap = self.seconds / self.limit / 2 if self.spread else 0.0

    def wait(self, now: float, reserve: int = 0) -> float:
        """Seconds until one more request fits leaving ``reserve`` free (0: now; inf: once an
        answer comes back)."""
        cutoff = now - self.seconds
        self.stamps = stamps = [cell for cell in self.stamps if cell[0] > cutoff]
        reserve = min(reserve, self.limit - 1)
        excess = len(stamps) - (self.limit - reserve - 1)  # requests that must stop counting
        wait = 0.0
        if excess > 0:
            wait = sorted(cell[0] for cell in stamps)[excess - 1] + self.seconds - now
        return max(wait, self.last + self.gap - now, 0.0)

    def count(self, now: float) -> list[float]:
        cell = [INFLIGHT]
        self.stamps.append(cell)
        self.last = now
        return cell


class Slot:
    """A request's place in the windows, from :meth:`RateLimiter.request`."""

    __slots__ = ("answered_at", "waited")

    def __init__(self, waited: float) -> None:
        self.waited = waited  # seconds the request waited for its turn
        # When the answer arrived (the limiter's clock), if the sender knows it better
        # than the end of the block (which also parses the answer).
        self.answered_at: float | None = None


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
        self.clock = clock  # monotonic seconds; Slot.answered_at is on this clock
        self._margin = margin
        self._account = _Window(per_account, margin, spread=True)
        self._endpoints: dict[str, _Window] = {}
        self._blocked_until = 0.0
        self._changed = threading.Condition()
        self._waiting: dict[tuple[int, int], str] = {}  # (priority, ticket) -> endpoint
        self._tickets = itertools.count()
        self._claims: dict[int, int] = {}  # priority -> readers holding a claim
        self._extra = 0.0  # seconds added to every window after 429s
        self._calm = 0  # requests since the last 429 or narrowing

    def _endpoint(self, endpoint: str) -> _Window | None:
        if self.per_endpoint is None:
            return None
        window = self._endpoints.get(endpoint)
        if window is None:
            window = self._endpoints[endpoint] = _Window(self.per_endpoint, self._margin)
            window.widen(self._extra)
        return window

    def _delay(self, endpoint: str, priority: int, now: float) -> float:
        window = self._endpoint(endpoint)
        urgent = sum(n for p, n in self._claims.items() if p < priority)
        return max(
            self._blocked_until - now,
            self._account.wait(now, HEADROOM * urgent),
            window.wait(now) if window is not None else 0.0,
        )

    @contextmanager
    def claim(self, priority: int) -> Iterator[None]:
        """While the block runs, less urgent requests leave ``HEADROOM`` of the window free.

        For a reader that will ask again as soon as its request is back (a backfill
        lane reading the list the others wait for); release it while it has
        nothing to ask for.
        """
        with self._changed:
            self._claims[priority] = self._claims.get(priority, 0) + 1
        try:
            yield
        finally:
            with self._changed:
                self._claims[priority] -= 1
                if not self._claims[priority]:
                    del self._claims[priority]
                self._changed.notify_all()

    @contextmanager
    def request(self, endpoint: str = "", priority: int = 0) -> Iterator[Slot]:
        """Wait until a request to ``endpoint`` may go; it counts until a window after the block.

        Of the requests that could go now, the one with the lowest ``priority``
        (then the one waiting longest) goes first.
        """
        waited, cells = self._take(endpoint, priority)
        slot = Slot(waited)
        try:
            yield slot
        finally:
            with self._changed:
                now = self.clock()
                answered = now if slot.answered_at is None else min(slot.answered_at, now)
                for cell in cells:
                    cell[0] = answered
                self._changed.notify_all()

    def acquire(self, endpoint: str = "", priority: int = 0) -> float:
        """:meth:`request` for a request answered at once; returns the seconds waited."""
        with self.request(endpoint, priority) as slot:
            return slot.waited

    def _take(self, endpoint: str, priority: int) -> tuple[float, list[list[float]]]:
        started = self.clock()
        with self._changed:
            me = (priority, next(self._tickets))
            self._waiting[me] = endpoint
            try:
                while True:
                    now = self.clock()
                    delay = self._delay(endpoint, priority, now)
                    if delay <= 0.0:
                        ahead = any(
                            other < me and self._delay(other_endpoint, other[0], now) <= 0.0
                            for other, other_endpoint in self._waiting.items()
                        )
                        if not ahead:
                            cells = [self._account.count(now)]
                            window = self._endpoint(endpoint)
                            if window is not None:
                                cells.append(window.count(now))
                            self._calm += 1
                            if self._extra and self._calm >= CALM:
                                self._set_extra(self._extra - STEP / 2)
                            return now - started, cells
                        delay = _RECHECK  # or until the one ahead takes its turn
                    # An answer, a claim released or a request taken wakes the waiters.
                    self._changed.wait(min(delay, 1.0))
            finally:
                del self._waiting[me]
                self._changed.notify_all()

    def penalize(self, seconds: float) -> None:
        """Hold every request for ``seconds`` and widen the windows (after a 429)."""
        with self._changed:
            self._blocked_until = max(self._blocked_until, self.clock() + seconds)
            self._set_extra(self._extra + STEP)

    @property
    def extra(self) -> float:
        """Seconds 429s have added to every window, for now."""
        return self._extra

    def _set_extra(self, extra: float) -> None:
        self._extra = min(MAX_EXTRA, max(0.0, extra))
        self._calm = 0
        for window in (self._account, *self._endpoints.values()):
            window.widen(self._extra)
