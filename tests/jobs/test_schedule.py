"""Schedule arithmetic (pure domain, no database): month ends, leap years, DST, holidays, catch-up."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import islice
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_invoicer.domain.calendar import BusinessDayRule, HolidayCalendar
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import CollectionMethod, InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.schedule import (
    Cadence,
    CatchUp,
    Schedule,
    period_key,
    period_label,
)
from desktop_invoicer.domain.units import (
    UnitKind,
    recurring_unit_id,
    reminder_unit_id,
    retry_unit_id,
    unit_id,
)
from desktop_invoicer.domain.validation import ValidationError


def schedule(anchor: date, **changes: Any) -> Schedule:
    values: dict[str, Any] = {
        "id": "s1",
        "name": "Retainer",
        "customer_id": "c1",
        "currency": currency("USD"),
        "lines": (InvoiceLine("Retainer", 1, Money.of(150000, "USD")),),
        "anchor": anchor,
    }
    values.update(changes)
    return Schedule(**values)


def nominal(s: Schedule, n: int) -> list[date]:
    return [o.nominal_date for o in islice(s.occurrences(), n)]


def issue(s: Schedule, n: int) -> list[date]:
    return [o.issue_date for o in islice(s.occurrences(), n)]


# -- cadences and month ends -----------------------------------------------------------------


def test_the_31st_goes_to_februarys_last_day_and_back_to_the_31st() -> None:
    s = schedule(date(2026, 1, 31))
    assert nominal(s, 5) == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 5, 31),
    ]
    assert [o.period_key for o in islice(s.occurrences(), 3)] == ["2026-01", "2026-02", "2026-03"]


def test_leap_years_give_february_29th() -> None:
    assert nominal(schedule(date(2028, 1, 31)), 2)[1] == date(2028, 2, 29)
    yearly = schedule(date(2024, 2, 29), cadence=Cadence.YEARLY)
    assert nominal(yearly, 5) == [
        date(2024, 2, 29),
        date(2025, 2, 28),
        date(2026, 2, 28),
        date(2027, 2, 28),
        date(2028, 2, 29),
    ]
    assert [o.period_key for o in islice(yearly.occurrences(), 2)] == ["2024", "2025"]


def test_quarterly_and_weekly_cadences_and_their_period_keys() -> None:
    quarterly = schedule(date(2025, 11, 30), cadence=Cadence.QUARTERLY)
    assert nominal(quarterly, 3) == [date(2025, 11, 30), date(2026, 2, 28), date(2026, 5, 30)]
    assert [o.period_key for o in islice(quarterly.occurrences(), 3)] == [
        "2025-Q4",
        "2026-Q1",
        "2026-Q2",
    ]
    biweekly = schedule(date(2025, 12, 22), cadence=Cadence.WEEKLY, interval=2)
    assert [o.period_key for o in islice(biweekly.occurrences(), 3)] == [
        "2025-W52",
        "2026-W02",
        "2026-W04",
    ]


def test_a_custom_rfc_5545_rule() -> None:
    last_day = schedule(date(2026, 1, 1), cadence=Cadence.RRULE, rrule="FREQ=MONTHLY;BYMONTHDAY=-1")
    assert nominal(last_day, 3) == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31)]
    assert next(last_day.occurrences()).period_key == "2026-01-31"
    twice = schedule(
        date(2026, 3, 2), cadence=Cadence.RRULE, rrule="RRULE:FREQ=WEEKLY;BYDAY=MO,TH;COUNT=3"
    )
    assert nominal(twice, 5) == [date(2026, 3, 2), date(2026, 3, 5), date(2026, 3, 9)]


def test_end_date_and_count_limit_the_periods() -> None:
    assert len(list(schedule(date(2026, 1, 15), count=4).occurrences())) == 4
    ended = list(schedule(date(2026, 1, 15), end_date=date(2026, 6, 15)).occurrences())
    assert [o.period_key for o in ended][-1] == "2026-06" and len(ended) == 6


# -- business days, holidays and lead days ---------------------------------------------------


def test_us_independence_day_moves_the_issue_date_but_not_the_period() -> None:
    # 2025-07-04 is a Friday; 2026-07-04 a Saturday, observed on Friday the 3rd.
    nxt = schedule(
        date(2025, 7, 4), holiday_country="US", business_days=BusinessDayRule.NEXT, count=13
    )
    occurrences = list(nxt.occurrences())
    assert (occurrences[0].issue_date, occurrences[0].period_key) == (date(2025, 7, 7), "2025-07")
    assert occurrences[12].issue_date == date(2026, 7, 6)
    prev = schedule(
        date(2025, 7, 4), holiday_country="US", business_days=BusinessDayRule.PREVIOUS, count=13
    )
    assert [o.issue_date for o in prev.occurrences()][0::12] == [date(2025, 7, 3), date(2026, 7, 2)]
    assert HolidayCalendar("US").holiday(date(2026, 7, 3)) == "Independence Day (observed)"


def test_tag_der_deutschen_einheit_and_regional_holidays() -> None:
    s = schedule(
        date(2025, 10, 3), holiday_country="DE", business_days=BusinessDayRule.NEXT, count=1
    )
    assert issue(s, 1) == [date(2025, 10, 6)]  # Friday the 3rd is a holiday -> Monday
    # Epiphany (6 January) is a holiday in Bavaria, not in Berlin.
    bavaria = HolidayCalendar("DE", "BY")
    assert bavaria.adjust(date(2026, 1, 6), BusinessDayRule.NEXT) == date(2026, 1, 7)
    assert HolidayCalendar("DE", "BE").adjust(date(2026, 1, 6), BusinessDayRule.NEXT) == date(
        2026, 1, 6
    )


def test_weekends_follow_the_country() -> None:
    friday = date(2026, 3, 6)
    assert HolidayCalendar().is_business_day(friday)
    assert not HolidayCalendar("IL").is_business_day(friday)  # Friday and Saturday
    assert HolidayCalendar("IL").is_business_day(date(2026, 3, 8))  # a Sunday


def test_modified_next_stays_in_the_month() -> None:
    s = schedule(date(2026, 1, 31), business_days=BusinessDayRule.MODIFIED_NEXT, count=2)
    assert issue(s, 2) == [date(2026, 1, 30), date(2026, 2, 27)]  # Sat 31st, Sat 28th


def test_lead_days_create_the_invoice_before_its_date() -> None:
    s = schedule(date(2026, 3, 1), lead_days=5, count=1)
    (o,) = s.occurrences()
    assert (o.issue_date, o.create_on) == (date(2026, 3, 1), date(2026, 2, 24))
    assert [x.period_key for x in s.due(date(2026, 2, 23))] == []
    assert [x.period_key for x in s.due(date(2026, 2, 24))] == ["2026-03"]


# -- time zones and DST --------------------------------------------------------------------------


def test_today_is_the_date_in_the_schedules_zone_across_dst_changes() -> None:
    ny = schedule(date(2026, 3, 1), cadence=Cadence.WEEKLY, time_zone="America/New_York")
    # DST starts in New York on Sunday 2026-03-08 at 02:00 (07:00 UTC).
    assert ny.today(datetime(2026, 3, 8, 4, 59, tzinfo=UTC)) == date(2026, 3, 7)
    assert ny.today(datetime(2026, 3, 8, 5, 0, tzinfo=UTC)) == date(2026, 3, 8)
    # ... and the week after, at the same local midnight, UTC is an hour earlier.
    assert ny.today(datetime(2026, 3, 15, 3, 59, tzinfo=UTC)) == date(2026, 3, 14)
    assert ny.today(datetime(2026, 3, 15, 4, 0, tzinfo=UTC)) == date(2026, 3, 15)
    # DST ends on Sunday 2026-11-01: the local day starts at 04:00 UTC, the next at 05:00.
    assert ny.today(datetime(2026, 11, 1, 4, 0, tzinfo=UTC)) == date(2026, 11, 1)
    assert ny.today(datetime(2026, 11, 2, 4, 30, tzinfo=UTC)) == date(2026, 11, 1)
    # Dates stay on Sundays through both changes: a period is never shifted by an hour.
    dates = [o.nominal_date for o in ny.occurrences(through=date(2026, 11, 15))]
    assert all(d.weekday() == 6 for d in dates)
    assert {date(2026, 3, 8), date(2026, 11, 1)} <= set(dates)


def test_a_period_is_due_at_local_midnight_not_utc_midnight() -> None:
    auckland = schedule(date(2026, 4, 5), time_zone="Pacific/Auckland", count=1)
    # 2026-04-05 is the day New Zealand's DST ends; its midnight is 11:00 UTC on the 4th.
    assert auckland.plan(auckland.today(datetime(2026, 4, 4, 10, 59, tzinfo=UTC)), ()).create == ()
    plan = auckland.plan(auckland.today(datetime(2026, 4, 4, 11, 0, tzinfo=UTC)), ())
    assert [o.period_key for o in plan.create] == ["2026-04"]


# -- planning: catch-up, clock moving backwards, pause ------------------------------------------


def test_after_a_week_offline_catch_up_all_bills_every_missed_period() -> None:
    weekly = schedule(date(2026, 1, 5), cadence=Cadence.WEEKLY)
    plan = weekly.plan(date(2026, 1, 27), known={"2026-W02"})
    assert [o.period_key for o in plan.create] == ["2026-W03", "2026-W04", "2026-W05"]
    assert plan.skip == ()


def test_catch_up_latest_bills_only_the_newest_and_skips_the_rest() -> None:
    weekly = schedule(date(2026, 1, 5), cadence=Cadence.WEEKLY, catch_up=CatchUp.LATEST)
    plan = weekly.plan(date(2026, 1, 27), known={"2026-W02"})
    assert [o.period_key for o in plan.create] == ["2026-W05"]
    assert [o.period_key for o in plan.skip] == ["2026-W03", "2026-W04"]


def test_a_clock_moved_backwards_plans_nothing_twice() -> None:
    s = schedule(date(2026, 1, 15))
    first = s.plan(date(2026, 5, 20), known=())
    known = {o.period_key for o in first.create}
    assert known == {"2026-01", "2026-02", "2026-03", "2026-04", "2026-05"}
    assert s.plan(date(2026, 2, 1), known).create == ()  # the clock jumped back
    assert [o.period_key for o in s.plan(date(2026, 6, 15), known).create] == ["2026-06"]


def test_a_paused_schedule_records_its_due_periods_as_skipped() -> None:
    plan = schedule(date(2026, 1, 15), paused=True).plan(date(2026, 2, 20), known=())
    assert plan.create == () and [o.period_key for o in plan.skip] == ["2026-01", "2026-02"]


def test_upcoming_lists_periods_not_yet_due() -> None:
    s = schedule(date(2026, 1, 15))
    assert [o.period_key for o in s.upcoming(date(2026, 2, 15), limit=2)] == ["2026-03", "2026-04"]


# -- the invoice and the unit ids ---------------------------------------------------------------


def test_unit_ids_are_pinned_so_every_desktop_and_version_agrees() -> None:
    assert recurring_unit_id("sched-1", "2026-03") == "f7f4240c4a71c90c8a75cf02"
    assert reminder_unit_id("in_123", "d+7") == "516439d1f6d1c2bdfe9733e1"
    assert retry_unit_id("in_123", 2) == "873e169b99829b0d7d96f29e"
    assert unit_id(UnitKind.RECURRING, "a", "b") != unit_id(UnitKind.REMINDER, "a", "b")
    with pytest.raises(ValueError):  # "a|b" would collide with the parts "a", "b"
        unit_id(UnitKind.RECURRING, "a|b")


def test_the_invoice_of_a_period() -> None:
    s = schedule(
        date(2026, 1, 31),
        memo="Retainer for {period}",
        collection_method=CollectionMethod.CHARGE_AUTOMATICALLY,
    )
    o = list(islice(s.occurrences(), 2))[1]
    invoice = s.invoice_for(o, s.unit_id(o))
    assert invoice.id == recurring_unit_id("s1", "2026-02")
    assert invoice.memo == "Retainer for February 2026"
    assert invoice.days_until_due is None and invoice.lines == s.lines
    invoice.validate()


def test_period_labels() -> None:
    assert period_label(Cadence.MONTHLY, "2026-03") == "March 2026"
    assert period_label(Cadence.QUARTERLY, "2026-Q1") == "Q1 2026"
    assert period_label(Cadence.WEEKLY, "2026-W09") == "week 9 of 2026"
    assert period_label(Cadence.RRULE, "2026-03-15") == "March 15, 2026"


def test_validation_names_the_field() -> None:
    bad = schedule(
        date(2026, 1, 1),
        time_zone="Mars/Olympus",
        holiday_country="XX",
        cadence=Cadence.RRULE,
        rrule="FREQ=HOURLY",
        lead_days=-1,
        lines=(),
    )
    with pytest.raises(ValidationError) as raised:
        bad.validate()
    fields = {e.field for e in raised.value.errors}
    assert {"time_zone", "holiday_country", "rrule", "lead_days", "lines"} <= fields
    with pytest.raises(ValidationError) as raised:
        schedule(date(2026, 1, 1), cadence=Cadence.RRULE, rrule="FREQ=MONTHLY;BYDAY=XX").validate()
    assert raised.value.for_field("rrule")


# -- properties ----------------------------------------------------------------------------------

anchors = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))
cadences = st.sampled_from([Cadence.WEEKLY, Cadence.MONTHLY, Cadence.QUARTERLY, Cadence.YEARLY])


@settings(max_examples=150, deadline=None)
@given(anchor=anchors, interval=st.integers(1, 3))
def test_monthly_dates_keep_the_anchor_day_or_the_months_last_day(
    anchor: date, interval: int
) -> None:
    s = schedule(anchor, interval=interval)
    for o in islice(s.occurrences(), 30):
        next_month = o.nominal_date.replace(day=28) + timedelta(days=4)
        last_day = (next_month - timedelta(days=next_month.day)).day
        assert o.nominal_date.day == min(anchor.day, last_day)


@settings(max_examples=150, deadline=None)
@given(anchor=anchors, cadence=cadences, interval=st.integers(1, 4))
def test_period_keys_are_unique_increasing_and_name_the_nominal_date(
    anchor: date, cadence: Cadence, interval: int
) -> None:
    occurrences = list(
        islice(schedule(anchor, cadence=cadence, interval=interval).occurrences(), 40)
    )
    keys = [o.period_key for o in occurrences]
    assert len(set(keys)) == len(keys)
    assert all(o.period_key == period_key(cadence, o.nominal_date) for o in occurrences)
    dates = [o.nominal_date for o in occurrences]
    assert dates == sorted(dates)


@settings(max_examples=60, deadline=None)
@given(
    anchor=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    rule=st.sampled_from(list(BusinessDayRule)),
    country=st.sampled_from(["", "US", "DE", "GB", "IL", "JP"]),
)
def test_adjusted_dates_are_business_days_near_the_nominal_date(
    anchor: date, rule: BusinessDayRule, country: str
) -> None:
    s = schedule(anchor, business_days=rule, holiday_country=country)
    calendar = s.calendar()
    for o in islice(s.occurrences(), 14):
        if rule is BusinessDayRule.NONE:
            assert o.issue_date == o.nominal_date
            continue
        assert calendar.is_business_day(o.issue_date)
        assert abs((o.issue_date - o.nominal_date).days) <= 10
        if rule is BusinessDayRule.NEXT:
            assert o.issue_date >= o.nominal_date
        if rule is BusinessDayRule.PREVIOUS:
            assert o.issue_date <= o.nominal_date


@settings(max_examples=100, deadline=None)
@given(
    anchor=st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 6, 30)),
    cadence=cadences,
    catch_up=st.sampled_from(list(CatchUp)),
    days=st.lists(st.integers(-60, 120), min_size=1, max_size=8),
)
def test_any_sequence_of_runs_handles_each_period_at_most_once(
    anchor: date, cadence: Cadence, catch_up: CatchUp, days: list[int]
) -> None:
    """Runs on arbitrary days (forwards, backwards, repeated): no period is planned twice,
    and with catch-up ALL every period due by the latest day is billed."""
    s = schedule(anchor, cadence=cadence, catch_up=catch_up, lead_days=3)
    known: set[str] = set()
    created: list[str] = []
    today = date(2026, 7, 1)
    latest = today
    for step in days:
        today = today + timedelta(days=step)
        latest = max(latest, today)
        plan = s.plan(today, known)
        new = [o.period_key for o in (*plan.create, *plan.skip)]
        assert not known & set(new)
        assert len(plan.create) <= 1 or catch_up is CatchUp.ALL
        known |= set(new)
        created += [o.period_key for o in plan.create]
    assert len(created) == len(set(created))
    due_by_latest = {o.period_key for o in s.due(latest)}
    assert known <= due_by_latest
    if catch_up is CatchUp.ALL:
        assert set(created) == known
