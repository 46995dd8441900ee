"""Recurring-invoice schedules as values, and the arithmetic of their periods.

A schedule bills one customer the same template lines on a cadence: weekly,
monthly, quarterly, yearly, or any RFC 5545 recurrence rule. Every occurrence
has a **period key** ("2026-03", "2026-Q1", "2026-W10", "2026", or the date for
a custom rule) that names the period independently of the exact day, so moving
the anchor or a holiday moving the date never makes a second invoice for the
same period; and an **issue date**, the nominal date moved onto a business day
by the schedule's rule. The invoice is created ``lead_days`` before the issue
date (``create_on``).

Dates are dates in the schedule's time zone: "today" is computed from an aware
instant in that zone, and a period is never shifted by a DST change. Month ends
are computed from the anchor each time (Jan 31 -> Feb 28/29 -> Mar 31), never by
chaining, so a short month does not pull later dates earlier.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .calendar import MAX_SHIFT_DAYS, BusinessDayRule, HolidayCalendar, UnknownCountryError
from .currency import Currency
from .invoice import CollectionMethod, Invoice, InvoiceLine
from .units import recurring_unit_id
from .validation import MAX_MEMO, MAX_NAME, FieldError, check_text, raise_if_any

MAX_OCCURRENCES = 100_000  # a daily rule over 270 years: enough, and a bound on any loop
_RRULE_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")


class Cadence(StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"
    RRULE = "rrule"  # any RFC 5545 rule, in ``Schedule.rrule``

    @property
    def label(self) -> str:
        return {
            Cadence.WEEKLY: "Weekly",
            Cadence.MONTHLY: "Monthly",
            Cadence.QUARTERLY: "Quarterly",
            Cadence.YEARLY: "Yearly",
            Cadence.RRULE: "Custom rule",
        }[self]


class ScheduleMode(StrEnum):
    DRAFT = "draft"  # create a draft for review
    SEND = "send"  # finalize and send it (or charge it, for automatic collection) at once

    @property
    def label(self) -> str:
        return {
            ScheduleMode.DRAFT: "Create a draft for review",
            ScheduleMode.SEND: "Finalize and send",
        }[self]


class CatchUp(StrEnum):
    """After downtime, which missed periods are billed."""

    ALL = "all"  # every missed period, oldest first
    LATEST = "latest"  # only the latest; the others are recorded as skipped

    @property
    def label(self) -> str:
        return {
            CatchUp.ALL: "Bill every missed period",
            CatchUp.LATEST: "Bill only the latest missed period",
        }[self]


@dataclass(frozen=True, slots=True)
class Occurrence:
    index: int  # 0-based position in the schedule
    period_key: str  # "2026-03": what the invoice bills, independent of the exact day
    nominal_date: date  # the date the cadence gives
    issue_date: date  # moved onto a business day by the schedule's rule
    create_on: date  # issue_date - lead_days: the unit of work is due from this day

    @property
    def moved(self) -> bool:
        return self.issue_date != self.nominal_date


@dataclass(frozen=True, slots=True)
class DuePlan:
    """What a run should do for one schedule: periods to bill and missed periods to skip."""

    create: tuple[Occurrence, ...] = ()
    skip: tuple[Occurrence, ...] = ()


@dataclass(frozen=True, slots=True)
class Schedule:
    id: str
    name: str
    customer_id: str
    currency: Currency
    lines: tuple[InvoiceLine, ...]
    anchor: date  # the first nominal date; later ones follow from it
    cadence: Cadence = Cadence.MONTHLY
    interval: int = 1  # every N weeks/months/quarters/years (ignored for a custom rule)
    rrule: str = ""  # RFC 5545 RRULE body, e.g. "FREQ=MONTHLY;BYMONTHDAY=-1"
    end_date: date | None = None  # last nominal date, inclusive
    count: int | None = None  # number of periods in all
    time_zone: str = "UTC"  # IANA name
    business_days: BusinessDayRule = BusinessDayRule.NONE
    holiday_country: str = ""  # ISO 3166-1 alpha-2; empty: weekends only
    holiday_subdivision: str = ""
    lead_days: int = 0  # create the invoice this many days before its issue date
    mode: ScheduleMode = ScheduleMode.DRAFT
    catch_up: CatchUp = CatchUp.ALL
    collection_method: CollectionMethod = CollectionMethod.SEND_INVOICE
    days_until_due: int = 30
    memo: str = ""  # may contain {period}
    footer: str = ""
    paused: bool = False

    # -- validation ---------------------------------------------------------------

    def validate(self) -> None:
        errors: list[FieldError | None] = [
            check_text("name", self.name, MAX_NAME, required=True, label="Name"),
            check_text("memo", self.memo, MAX_MEMO, label="Memo"),
            check_text("footer", self.footer, MAX_MEMO, label="Footer"),
        ]
        if not self.customer_id:
            errors.append(FieldError("customer_id", "Choose a customer."))
        if not self.lines:
            errors.append(FieldError("lines", "Add at least one line."))
        for i, line in enumerate(self.lines):
            errors.extend(line.errors(i))
            if line.unit_amount.currency != self.currency:
                errors.append(
                    FieldError(
                        f"lines[{i}].unit_amount",
                        f"This schedule bills in {self.currency.code}; the line is in "
                        f"{line.unit_amount.currency.code}.",
                    )
                )
        if not 1 <= self.interval <= 99:
            errors.append(FieldError("interval", "Repeat every 1 to 99 periods."))
        if self.count is not None and self.count < 1:
            errors.append(FieldError("count", "The number of invoices must be at least 1."))
        if self.end_date is not None and self.end_date < self.anchor:
            errors.append(FieldError("end_date", "The end date is before the first date."))
        if not 0 <= self.lead_days <= 365:
            errors.append(FieldError("lead_days", "Create invoices 0 to 365 days ahead."))
        if not 0 <= self.days_until_due <= 365:
            errors.append(FieldError("days_until_due", "Payment terms are 0 to 365 days."))
        errors.append(_zone_error(self.time_zone))
        if self.holiday_country:
            try:
                self.calendar().check()
            except UnknownCountryError as exc:
                errors.append(FieldError("holiday_country", str(exc)))
        if self.cadence is Cadence.RRULE:
            errors.append(_rrule_error(self.rrule))
        raise_if_any(errors)

    # -- time -----------------------------------------------------------------------

    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def today(self, now: datetime) -> date:
        """The date in the schedule's zone at the aware instant ``now``."""
        if now.tzinfo is None:
            raise ValueError("now must be an aware datetime")
        return now.astimezone(self.zone()).date()

    def calendar(self) -> HolidayCalendar:
        return HolidayCalendar(self.holiday_country, self.holiday_subdivision)

    # -- occurrences ----------------------------------------------------------------

    def nominal_dates(self) -> Iterator[date]:
        """Every nominal date from the anchor on, ignoring end date and count."""
        if self.cadence is Cadence.RRULE:
            yield from _rrule_dates(self.rrule, self.anchor)
            return
        from dateutil.relativedelta import relativedelta

        step = {
            Cadence.WEEKLY: relativedelta(weeks=self.interval),
            Cadence.MONTHLY: relativedelta(months=self.interval),
            Cadence.QUARTERLY: relativedelta(months=3 * self.interval),
            Cadence.YEARLY: relativedelta(years=self.interval),
        }[self.cadence]
        for n in range(MAX_OCCURRENCES):
            # from the anchor each time: Jan 31 + 1 month = Feb 28, + 2 months = Mar 31
            try:
                yield self.anchor + step * n
            except (ValueError, OverflowError):  # past year 9999
                return

    def period_key(self, nominal: date) -> str:
        return period_key(self.cadence, nominal)

    def occurrences(self, through: date | None = None) -> Iterator[Occurrence]:
        """Occurrences in order, within the end date and count, until ``through``.

        Every occurrence whose ``create_on`` is on or before ``through`` is yielded
        (a few later ones may be too: a business-day rule moves dates by days).
        """
        calendar = self.calendar()
        horizon = None if through is None else through + timedelta(self.lead_days + MAX_SHIFT_DAYS)
        for index, nominal in enumerate(self.nominal_dates()):
            if self.count is not None and index >= self.count:
                return
            if self.end_date is not None and nominal > self.end_date:
                return
            if horizon is not None and nominal > horizon:
                return
            issue = calendar.adjust(nominal, self.business_days)
            yield Occurrence(
                index=index,
                period_key=self.period_key(nominal),
                nominal_date=nominal,
                issue_date=issue,
                create_on=issue - timedelta(days=self.lead_days),
            )

    def upcoming(self, today: date, limit: int = 12) -> list[Occurrence]:
        """The next ``limit`` occurrences not yet due on ``today`` (for a preview)."""
        found: list[Occurrence] = []
        for occurrence in self.occurrences():
            if occurrence.create_on > today:
                found.append(occurrence)
                if len(found) >= limit:
                    break
        return found

    def due(self, today: date) -> list[Occurrence]:
        """Every occurrence due on or before ``today``, oldest first."""
        due = [o for o in self.occurrences(through=today) if o.create_on <= today]
        return sorted(due, key=lambda o: o.index)

    def plan(self, today: date, known: Collection[str]) -> DuePlan:
        """The periods to bill on ``today``, given the period keys already handled.

        ``known`` holds every period with a unit of work, whatever its state: a
        handled period is never planned again, so a clock moved backwards, a
        second run or a restart plans nothing twice. With catch-up ``LATEST``,
        of several due periods only the newest is billed and the older ones are
        skipped, as is any period older than one already handled.
        """
        due = self.due(today)
        new = [o for o in due if o.period_key not in known]
        if self.paused:
            return DuePlan(skip=tuple(new))
        if self.catch_up is CatchUp.ALL or not new:
            return DuePlan(create=tuple(new))
        latest_known = max((o.index for o in due if o.period_key in known), default=-1)
        fresh = [o for o in new if o.index > latest_known]
        create = fresh[-1:]
        return DuePlan(create=tuple(create), skip=tuple(o for o in new if o not in create))

    # -- the invoice ------------------------------------------------------------------

    def unit_id(self, occurrence: Occurrence) -> str:
        return recurring_unit_id(self.id, occurrence.period_key)

    def period_label(self, occurrence: Occurrence) -> str:
        return period_label(self.cadence, occurrence.period_key)

    def invoice_for(self, occurrence: Occurrence, invoice_id: str) -> Invoice:
        """The draft this schedule bills for ``occurrence`` (its local id is the unit id)."""
        return self.invoice_for_period(occurrence.period_key, occurrence.issue_date, invoice_id)

    def invoice_for_period(self, period_key: str, issue_date: date, invoice_id: str) -> Invoice:
        label = period_label(self.cadence, period_key)
        memo = self.memo.replace("{period}", label).replace("{date}", issue_date.isoformat())
        terms = (
            self.days_until_due if self.collection_method is CollectionMethod.SEND_INVOICE else None
        )
        return Invoice(
            id=invoice_id,
            customer_id=self.customer_id,
            currency=self.currency,
            lines=self.lines,
            memo=memo,
            footer=self.footer,
            collection_method=self.collection_method,
            days_until_due=terms,
        )


# -- period keys and labels -------------------------------------------------------------


def period_key(cadence: Cadence, nominal: date) -> str:
    if cadence is Cadence.WEEKLY:
        year, week, _ = nominal.isocalendar()
        return f"{year}-W{week:02d}"
    if cadence is Cadence.MONTHLY:
        return f"{nominal.year}-{nominal.month:02d}"
    if cadence is Cadence.QUARTERLY:
        return f"{nominal.year}-Q{(nominal.month - 1) // 3 + 1}"
    if cadence is Cadence.YEARLY:
        return f"{nominal.year}"
    return nominal.isoformat()


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def period_label(cadence: Cadence, key: str) -> str:
    """A period key as a person reads it: "March 2026", "Q1 2026", "week 10 of 2026"."""
    try:
        if cadence is Cadence.MONTHLY:
            year, month = key.split("-")
            return f"{_MONTHS[int(month) - 1]} {year}"
        if cadence is Cadence.QUARTERLY:
            year, quarter = key.split("-")
            return f"{quarter} {year}"
        if cadence is Cadence.WEEKLY:
            year, week = key.split("-W")
            return f"week {int(week)} of {year}"
        if cadence is Cadence.YEARLY:
            return key
        day = date.fromisoformat(key)
        return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"
    except (ValueError, IndexError):
        return key


def month_name(month: int) -> str:
    return _MONTHS[month - 1]


# -- custom rules and zones -------------------------------------------------------------


def _rrule_dates(rule: str, anchor: date) -> Iterator[date]:
    from dateutil.rrule import rrulestr

    start = datetime(anchor.year, anchor.month, anchor.day)
    last: date | None = None
    for n, moment in enumerate(rrulestr(_rrule_body(rule), dtstart=start)):
        if n >= MAX_OCCURRENCES:
            return
        day = moment.date()
        if day != last:  # one occurrence per day at most
            last = day
            yield day


def _rrule_body(rule: str) -> str:
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[len("RRULE:") :]
    return text


def _rrule_error(rule: str) -> FieldError | None:
    body = _rrule_body(rule)
    if not body:
        return FieldError("rrule", "Enter a recurrence rule, e.g. FREQ=MONTHLY;BYMONTHDAY=-1.")
    parts = dict(p.split("=", 1) for p in body.upper().split(";") if "=" in p)
    if "DTSTART" in body.upper():
        return FieldError("rrule", "Leave DTSTART out: the first date is the schedule's anchor.")
    if parts.get("FREQ") not in _RRULE_FREQUENCIES:
        return FieldError("rrule", "The rule's FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY.")
    from dateutil.rrule import rrulestr

    try:
        rrulestr(body, dtstart=datetime(2000, 1, 1))
    except (ValueError, TypeError) as exc:
        return FieldError("rrule", f"That is not a valid recurrence rule ({exc}).")
    return None


def _zone_error(name: str) -> FieldError | None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return FieldError(
            "time_zone", f"Unknown time zone '{name}'. Use a name like Europe/Berlin."
        )
    return None


__all__ = [
    "BusinessDayRule",
    "Cadence",
    "CatchUp",
    "DuePlan",
    "HolidayCalendar",
    "Occurrence",
    "Schedule",
    "ScheduleMode",
    "period_key",
    "period_label",
]
