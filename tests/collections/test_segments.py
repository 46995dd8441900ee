"""Segments: conditions over metrics computed from the cache, per currency."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_invoicer.domain.segments import (
    Condition,
    CustomerMetrics,
    Match,
    Metric,
    Op,
    Segment,
    empty_warning,
)
from desktop_invoicer.domain.validation import ValidationError
from desktop_invoicer.storage import Database

from .helpers import add_customer, add_invoice


def test_metrics_are_per_currency_and_count_days_late(db: Database) -> None:
    acme = add_customer(db, "Acme Ltd", "USD", "US")
    # paid 10 days late, paid on time, and an open one 20 days past due (today 2026-01-01)
    add_invoice(
        db, acme, status="paid", total=100_00, due=date(2025, 10, 1), paid_on=date(2025, 10, 11)
    )
    add_invoice(
        db,
        acme,
        status="paid",
        total=50_00,
        code="EUR",
        due=date(2025, 11, 1),
        paid_on=date(2025, 10, 30),
    )
    add_invoice(
        db,
        acme,
        status="open",
        total=70_00,
        remaining=30_00,
        due=date(2025, 12, 12),
        issued=date(2025, 9, 1),
    )
    add_invoice(db, acme, status="draft", total=999_00, due=None)
    (m,) = db.segments.metrics()
    assert m.billed == {"USD": 170_00, "EUR": 50_00}  # never added across currencies
    assert m.open_balance == {"USD": 30_00, "EUR": 0}
    assert (m.days_late_total, m.days_late_count) == (30, 3)
    assert m.avg_days_late == Fraction(10)
    assert m.first_invoice == date(2025, 9, 1)
    assert m.country == "US"


def test_segment_matches_all_or_any(db: Database) -> None:
    big = add_customer(db, "Big Co", "USD", "US")
    small = add_customer(db, "Small GmbH", "EUR", "DE")
    add_invoice(db, big, status="paid", total=5_000_00, issued=date(2023, 1, 5))
    add_invoice(db, small, status="paid", total=200_00, code="EUR", issued=date(2025, 6, 1))
    db.segments.set_tags(small, ["VIP", " vip ", "retail"])
    assert db.segments.tags(small) == ["retail", "vip"]

    long_standing = Segment(
        "",
        "Long-standing",
        Match.ALL,
        (
            Condition(Metric.TOTAL_BILLED, Op.AT_LEAST, "1,000", "USD"),
            Condition(Metric.FIRST_INVOICE, Op.BEFORE, "2024-01-01"),
        ),
    )
    assert db.segments.members(long_standing) == [big]
    either = Segment(
        "",
        "EU or VIP",
        Match.ANY,
        (
            Condition(Metric.COUNTRY, Op.ONE_OF, "de, fr"),
            Condition(Metric.TAG, Op.HAS, "VIP"),
        ),
    )
    assert db.segments.members(either) == [small]
    saved = db.segments.save(long_standing)
    assert db.segments.segment_ids_of(big) == {saved.id}
    assert db.segments.membership() == {big: ["Long-standing"]}


def test_a_euro_total_does_not_count_toward_a_dollar_condition() -> None:
    m = CustomerMetrics("c1", billed={"EUR": 10_000_00})
    rule = Condition(Metric.TOTAL_BILLED, Op.AT_LEAST, "1", "USD")
    assert not rule.matches(m)
    assert Condition(Metric.TOTAL_BILLED, Op.AT_MOST, "0", "USD").matches(m)


def test_bad_conditions_are_reported_at_their_field() -> None:
    segment = Segment(
        "",
        "",
        Match.ALL,
        (
            Condition(Metric.COUNTRY, Op.IS, "Germany"),
            Condition(Metric.TOTAL_BILLED, Op.AT_LEAST, "12.345", "USD"),
            Condition(Metric.FIRST_INVOICE, Op.BEFORE, "yesterday"),
            Condition(Metric.TAG, Op.AT_LEAST, "x"),
        ),
    )
    with pytest.raises(ValidationError) as info:
        segment.validate()
    fields = {e.field for e in info.value.errors}
    assert fields == {
        "name",
        "conditions[0].value",
        "conditions[1].value",
        "conditions[2].value",
        "conditions[3].op",
    }


def test_a_segment_name_is_unique_and_an_empty_match_warns(db: Database) -> None:
    seg = Segment("", "Nobody", Match.ALL, (Condition(Metric.COUNTRY, Op.IS, "JP"),))
    db.segments.save(seg)
    with pytest.raises(ValidationError, match="Another segment"):
        db.segments.save(seg)
    assert db.segments.members(seg) == []
    warning = empty_warning("Nobody", 0)
    assert warning is not None and "No customer matches 'Nobody'" in warning
    assert empty_warning("Nobody", 3) is None


_metrics = st.builds(
    CustomerMetrics,
    customer_id=st.text(alphabet="abc", min_size=1, max_size=3),
    country=st.sampled_from(["US", "DE", "JP", ""]),
    currency=st.sampled_from(["USD", "EUR", "JPY"]),
    tags=st.frozensets(st.sampled_from(["vip", "retail"])),
    billed=st.dictionaries(st.sampled_from(["USD", "EUR", "JPY"]), st.integers(0, 10**9)),
    days_late_total=st.integers(0, 500),
    days_late_count=st.integers(0, 20),
)
_conditions = st.lists(
    st.sampled_from(
        [
            Condition(Metric.COUNTRY, Op.ONE_OF, "US, DE"),
            Condition(Metric.TAG, Op.HAS, "vip"),
            Condition(Metric.TOTAL_BILLED, Op.AT_LEAST, "1000", "USD"),
            Condition(Metric.TOTAL_BILLED, Op.AT_MOST, "50000", "JPY"),
            Condition(Metric.AVG_DAYS_LATE, Op.AT_LEAST, "7.5"),
            Condition(Metric.CURRENCY, Op.IS_NOT, "EUR"),
        ]
    ),
    min_size=1,
    max_size=4,
)


@given(st.lists(_metrics, max_size=12, unique_by=lambda m: m.customer_id), _conditions)
def test_all_is_the_intersection_and_any_the_union_of_single_conditions(
    customers: list[CustomerMetrics], conditions: list[Condition]
) -> None:
    singles = [set(Segment("", "x", Match.ALL, (c,)).members(customers)) for c in conditions]
    every = set(Segment("", "x", Match.ALL, tuple(conditions)).members(customers))
    some = set(Segment("", "x", Match.ANY, tuple(conditions)).members(customers))
    assert every == set.intersection(*singles)
    assert some == set.union(*singles)
