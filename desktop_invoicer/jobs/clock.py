"""The jobs' clock: one object passed in, never ``datetime.now()`` in a job.

:class:`SystemClock` reads the computer's clock; :class:`ManualClock` is set and
moved by tests (and by nothing else). Both give aware UTC datetimes; a job turns
an instant into a date in the zone that matters (a schedule's, the workspace's).
Nothing in the jobs room keys work by the wall time it reads: units of work are
keyed by their period, step or attempt, so a clock that jumps backwards can
delay work but never repeat it.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, an aware datetime."""
        ...


class SystemClock:
    """The computer's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """A clock that stands still until it is set or advanced (for tests)."""

    def __init__(self, start: datetime) -> None:
        self._lock = threading.Lock()
        self._now = _aware(start)

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def set(self, moment: datetime) -> datetime:
        with self._lock:
            self._now = _aware(moment)
            return self._now

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        """Move by ``delta`` (or ``days=..., hours=...``); negative moves go back."""
        step = delta if delta is not None else timedelta(**kwargs)
        with self._lock:
            self._now += step
            return self._now

    def timestamp(self) -> float:
        """Unix seconds: pass ``clock.timestamp`` where a ``Callable[[], float]`` is wanted."""
        return self.now().timestamp()


def timestamp(clock: Clock) -> float:
    return clock.now().timestamp()


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("Use an aware datetime (with a time zone).")
    return moment.astimezone(UTC)
