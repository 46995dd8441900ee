"""The jobs' controllable clock, linked to the local Stripe server's clock (shared by jobs and UI tests)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from desktop_invoicer.jobs.clock import ManualClock
from desktop_invoicer.stripe_server import StripeServer

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


class LinkedClock(ManualClock):
    """The jobs' clock; the server's clock follows it."""

    def __init__(self, start: datetime, server: StripeServer) -> None:
        super().__init__(start)
        self.server = server
        server.clock.set(start.timestamp())

    def set(self, moment: datetime) -> datetime:
        now = super().set(moment)
        self.server.clock.set(now.timestamp())
        return now

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        now = super().advance(delta, **kwargs)
        self.server.clock.set(now.timestamp())
        return now

    def to_day(self, day: date, hour: int = 9) -> datetime:
        return self.set(datetime(day.year, day.month, day.day, hour, tzinfo=UTC))
