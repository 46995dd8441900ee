"""Business days: weekends and public holidays of a chosen country, and moving a date onto one.

Holidays come from the maintained ``holidays`` library (imported on first use:
it costs about 35 ms). A calendar knows each country's own weekend (Friday and
Saturday in Israel, for example) and its working weekend days, through
``HolidayBase.is_working_day``. Dates are plain dates: no time, no zone.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from holidays import HolidayBase

MAX_SHIFT_DAYS = 31
"""No calendar has a month without a business day; beyond this a rule gives up."""

_LOCK = threading.Lock()  # a HolidayBase fills in years lazily, on first look-up


class BusinessDayRule(StrEnum):
    """Where a date that is not a business day goes."""

    NONE = "none"  # stays where it is
    NEXT = "next"  # the next business day
    PREVIOUS = "previous"  # the previous business day
    MODIFIED_NEXT = "modified_next"  # the next one, unless that is in another month: then previous

    @property
    def label(self) -> str:
        return {
            BusinessDayRule.NONE: "Keep the date",
            BusinessDayRule.NEXT: "Next business day",
            BusinessDayRule.PREVIOUS: "Previous business day",
            BusinessDayRule.MODIFIED_NEXT: "Next business day in the same month",
        }[self]


class UnknownCountryError(ValueError):
    pass


@lru_cache(maxsize=64)
def _holidays(country: str, subdivision: str) -> HolidayBase:
    import holidays

    try:
        return holidays.country_holidays(country, subdiv=subdivision or None)
    except NotImplementedError as exc:
        raise UnknownCountryError(
            f"No public holidays are known for country '{country}'"
            + (f" and region '{subdivision}'." if subdivision else ".")
        ) from exc


def supported_countries() -> dict[str, list[str]]:
    """ISO 3166-1 alpha-2 codes with public holidays, each with its known subdivisions."""
    import holidays

    return {code: list(subdivs) for code, subdivs in holidays.list_supported_countries().items()}


@dataclass(frozen=True, slots=True)
class HolidayCalendar:
    """Saturdays and Sundays (or the country's weekend) and the country's public holidays.

    With no country, only Saturday and Sunday are days off.
    """

    country: str = ""  # ISO 3166-1 alpha-2, e.g. "US", "DE"
    subdivision: str = ""  # e.g. "NY", "BY"; empty for national holidays only

    def check(self) -> None:
        """Raise UnknownCountryError when the country (or region) has no holiday data."""
        if self.country:
            _holidays(self.country.upper(), self.subdivision.upper())

    def _base(self) -> HolidayBase | None:
        if not self.country:
            return None
        return _holidays(self.country.upper(), self.subdivision.upper())

    def holiday(self, day: date) -> str | None:
        """The holiday's name on ``day``, or None."""
        base = self._base()
        if base is None:
            return None
        with _LOCK:
            name = base.get(day)
        return None if name is None else str(name)

    def is_business_day(self, day: date) -> bool:
        base = self._base()
        if base is None:
            return day.weekday() < 5
        with _LOCK:
            return bool(base.is_working_day(day))

    def adjust(self, day: date, rule: BusinessDayRule) -> date:
        """``day`` moved onto a business day by ``rule``."""
        if rule is BusinessDayRule.NONE or self.is_business_day(day):
            return day
        if rule is BusinessDayRule.PREVIOUS:
            return self._step(day, -1)
        following = self._step(day, 1)
        if rule is BusinessDayRule.MODIFIED_NEXT and following.month != day.month:
            return self._step(day, -1)
        return following

    def _step(self, day: date, direction: int) -> date:
        current = day
        for _ in range(MAX_SHIFT_DAYS):
            current += timedelta(days=direction)
            if self.is_business_day(current):
                return current
        return day
