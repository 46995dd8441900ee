"""The server's clock: real time plus an offset, or frozen, and movable by tests.

Everything time-based in the server reads this clock: ``created`` stamps, due
dates, idempotency-key expiry (24 h), event retention (30 days) and late events.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any


class Clock:
    """A thread-safe clock in Unix seconds.

    ``Clock()`` follows real time; ``Clock(start=ts)`` starts at ``ts`` and then
    flows; ``Clock(start=ts, frozen=True)`` stays at ``ts`` until moved.
    """

    def __init__(self, start: float | None = None, *, frozen: bool = False) -> None:
        self._lock = threading.Lock()
        now = time.time()
        self._offset = 0.0 if start is None else start - now
        self._frozen_at: float | None = (now + self._offset) if frozen else None
        self.on_change: Callable[[], None] | None = None

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()

    def time(self) -> float:
        """Current server time as a float."""
        with self._lock:
            if self._frozen_at is not None:
                return self._frozen_at
            return time.time() + self._offset

    def now(self) -> int:
        """Current server time in whole seconds (what Stripe puts in ``created``)."""
        return int(self.time())

    def advance(self, seconds: float) -> int:
        """Move the clock forward (or back, with a negative value); returns the new time."""
        with self._lock:
            if self._frozen_at is not None:
                self._frozen_at += seconds
            else:
                self._offset += seconds
        self._changed()
        return self.now()

    def set(self, ts: float) -> int:
        """Jump to the Unix time ``ts``; a frozen clock stays frozen there."""
        with self._lock:
            if self._frozen_at is not None:
                self._frozen_at = float(ts)
            else:
                self._offset = ts - time.time()
        self._changed()
        return self.now()

    def freeze(self) -> None:
        with self._lock:
            if self._frozen_at is None:
                self._frozen_at = time.time() + self._offset
        self._changed()

    def unfreeze(self) -> None:
        with self._lock:
            if self._frozen_at is not None:
                self._offset = self._frozen_at - time.time()
                self._frozen_at = None
        self._changed()

    @property
    def frozen(self) -> bool:
        with self._lock:
            return self._frozen_at is not None

    def to_state(self) -> dict[str, Any]:
        return {"now": self.time(), "frozen": self.frozen}

    def load_state(self, state: dict[str, Any]) -> None:
        """Restore a saved clock; time keeps flowing from the saved instant unless frozen."""
        with self._lock:
            saved = float(state["now"])
            if state.get("frozen"):
                self._frozen_at = saved
            else:
                self._frozen_at = None
                # Never move a live clock backwards on restart: real time has passed.
                self._offset = max(self._offset, saved - time.time())
