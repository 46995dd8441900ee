"""A client-side token bucket, so the app stays under Stripe's request rate.

Stripe allows about 25 requests/s in test mode and 100 in live mode per account.
Every request through the gateway takes a token first; when Stripe answers 429
anyway, :meth:`TokenBucket.penalize` empties the bucket for the back-off time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class TokenBucket:
    def __init__(
        self,
        rate: float,
        burst: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.rate = rate
        self.capacity = burst if burst is not None else rate
        self._tokens = self.capacity
        self._clock = clock
        self._sleep = sleep
        self._stamp = clock()
        self._blocked_until = 0.0
        self._lock = threading.Lock()

    def _refill(self, now: float) -> None:
        self._tokens = min(self.capacity, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now

    def acquire(self) -> float:
        """Take one token, sleeping as needed; return the seconds waited."""
        waited = 0.0
        while True:
            with self._lock:
                now = self._clock()
                self._refill(now)
                delay = max(0.0, self._blocked_until - now)
                if delay == 0.0 and self._tokens >= 1:
                    self._tokens -= 1
                    return waited
                if delay == 0.0:
                    delay = (1 - self._tokens) / self.rate
            self._sleep(delay)
            waited += delay

    def penalize(self, seconds: float) -> None:
        with self._lock:
            now = self._clock()
            self._tokens = 0.0
            self._blocked_until = max(self._blocked_until, now + seconds)
