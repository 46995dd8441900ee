"""Stripe's read allowance, and the polling interval that stays inside it.

Stripe documents a monthly allowance of read requests (in 2025: 500 GETs per
transaction over a rolling 30 days, at least 10,000 a month). A desktop that
polled every few seconds all month would exceed it, so every GET the gateway
makes is counted per day, and the poller's interval stretches when the month's
use runs ahead of the allowance. The sync status shows the figures.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..storage import Database

WINDOW_DAYS = 30
DAY = 86_400
MINIMUM_ALLOWANCE = 10_000
POLL_SHARE = (
    0.6  # of the allowance; the rest is for backfills, refetches and the user's own actions
)

ACTIVE_INTERVAL = 60.0  # seconds, while the window is in front
IDLE_INTERVAL = 900.0  # while it is in the background
MAX_INTERVAL = 3600.0

_KEY = "reads:by_day"


@dataclass(frozen=True, slots=True)
class BudgetStatus:
    used: int  # reads over the last 30 days
    allowance: int
    interval: float  # the poll interval the budget allows while active

    def describe(self) -> str:
        return f"{self.used:,} of {self.allowance:,} reads in the last 30 days"


class ReadBudget:
    def __init__(self, db: Database, allowance: int = MINIMUM_ALLOWANCE) -> None:
        self.db = db
        self.allowance = max(allowance, MINIMUM_ALLOWANCE)

    def _load(self) -> dict[str, int]:
        raw = self.db.sync_state.cursor(_KEY)
        return {str(k): int(v) for k, v in json.loads(raw).items()} if raw else {}

    def record(self, reads: int, now: float) -> None:
        if reads <= 0:
            return
        days = self._load()
        today = int(now // DAY)
        days[str(today)] = days.get(str(today), 0) + reads
        recent = {d: n for d, n in days.items() if int(d) > today - WINDOW_DAYS}
        self.db.sync_state.set_cursor(_KEY, json.dumps(recent, sort_keys=True))

    def used(self, now: float) -> int:
        today = int(now // DAY)
        return sum(n for d, n in self._load().items() if int(d) > today - WINDOW_DAYS)

    def interval(self, now: float, active: bool) -> float:
        """Seconds until the next poll: the base interval, stretched when reads run ahead."""
        base = ACTIVE_INTERVAL if active else IDLE_INTERVAL
        remaining = self.allowance * POLL_SHARE - self.used(now)
        if remaining <= 0:
            return MAX_INTERVAL
        # Spread what is left over a full window: never faster than that rate allows.
        budget_interval = WINDOW_DAYS * DAY / remaining
        # While active the app may poll faster than the even spread, up to 4x, because
        # it is idle (and polls every 15 minutes) most hours of a month.
        allowed = budget_interval / 4 if active else budget_interval
        return min(MAX_INTERVAL, max(base, allowed))

    def status(self, now: float) -> BudgetStatus:
        return BudgetStatus(self.used(now), self.allowance, self.interval(now, active=True))
