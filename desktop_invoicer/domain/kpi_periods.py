"""Reporting periods for the KPI dashboard: the chosen period, the one before it, trend buckets.

Periods are whole days, both ends included. "Previous" is the period of the same
kind just before: the previous calendar month, quarter or year, or the same
number of days before for rolling and custom periods.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class PeriodKind(StrEnum):
    THIS_MONTH = "this_month"
    LAST_30 = "last_30"
    LAST_90 = "last_90"
    THIS_QUARTER = "this_quarter"
    THIS_YEAR = "this_year"
    CUSTOM = "custom"

    @property
    def label(self) -> str:
        return {
            PeriodKind.THIS_MONTH: "This month",
            PeriodKind.LAST_30: "Last 30 days",
            PeriodKind.LAST_90: "Last 90 days",
            PeriodKind.THIS_QUARTER: "This quarter",
            PeriodKind.THIS_YEAR: "This year",
            PeriodKind.CUSTOM: "Custom",
        }[self]


@dataclass(frozen=True, slots=True)
class Period:
    """The days ``start`` to ``end``, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"A period ends on or after its start ({self.start} > {self.end}).")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def label(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def period_for(kind: PeriodKind, today: date, custom: Period | None = None) -> Period:
    """The period of ``kind`` that contains ``today`` (month, quarter, year to date)."""
    if kind is PeriodKind.THIS_MONTH:
        return Period(_month_start(today), today)
    if kind is PeriodKind.LAST_30:
        return Period(today - timedelta(days=29), today)
    if kind is PeriodKind.LAST_90:
        return Period(today - timedelta(days=89), today)
    if kind is PeriodKind.THIS_QUARTER:
        return Period(date(today.year, (today.month - 1) // 3 * 3 + 1, 1), today)
    if kind is PeriodKind.THIS_YEAR:
        return Period(date(today.year, 1, 1), today)
    if custom is None:
        raise ValueError("A custom period needs its dates.")
    return custom


def previous_period(kind: PeriodKind, period: Period) -> Period:
    """The comparable period just before ``period``.

    Calendar kinds compare with the whole previous month, quarter or year (the
    current one is usually still running); rolling and custom kinds with the
    same number of days just before.
    """
    if kind is PeriodKind.THIS_MONTH:
        start = _add_months(period.start, -1)
        return Period(start, period.start - timedelta(days=1))
    if kind is PeriodKind.THIS_QUARTER:
        start = _add_months(period.start, -3)
        return Period(start, period.start - timedelta(days=1))
    if kind is PeriodKind.THIS_YEAR:
        return Period(date(period.start.year - 1, 1, 1), date(period.start.year - 1, 12, 31))
    end = period.start - timedelta(days=1)
    return Period(end - timedelta(days=period.days - 1), end)


def trend_buckets(period: Period, points: int = 12) -> list[Period]:
    """The trend's points ending with ``period``'s end: weekly up to 92 days, else monthly.

    ``points`` buckets, oldest first; the last one ends on ``period.end`` (and may
    be a partial week or month).
    """
    buckets: list[Period] = []
    if period.days <= 92:
        end = period.end
        for _ in range(points):
            buckets.append(Period(end - timedelta(days=6), end))
            end -= timedelta(days=7)
    else:
        start = _month_start(period.end)
        end = period.end
        for _ in range(points):
            buckets.append(Period(start, end))
            end = start - timedelta(days=1)
            start = _add_months(start, -1)
    buckets.reverse()
    return buckets
