"""Reminder policies and payment-retry schedules as values (pure domain, no database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_invoicer.domain.reminders import (
    ReminderPolicy,
    ReminderStep,
    Tone,
    default_policy,
    reminder_values,
    render,
)
from desktop_invoicer.domain.retries import (
    NEVER_RETRY,
    DeclineGroup,
    RetrySchedule,
    classify_decline,
)
from desktop_invoicer.domain.validation import ValidationError

DUE = date(2026, 3, 31)


def keys(steps: tuple[ReminderStep, ...]) -> list[str]:
    return [s.key for s in steps]


def test_the_step_due_today_is_sent_and_older_unsent_steps_are_skipped() -> None:
    policy = default_policy()
    assert keys(policy.steps) == ["d-3", "d+1", "d+7", "d+14"]
    assert policy.plan(DUE, date(2026, 3, 27), known=()).send is None
    first = policy.plan(DUE, date(2026, 3, 28), known=())
    assert first.send is not None and first.send.key == "d-3" and first.skip == ()
    # nothing twice: the same day again, or the clock moved back
    assert policy.plan(DUE, date(2026, 3, 28), known={"d-3"}).send is None
    assert policy.plan(DUE, date(2026, 3, 20), known={"d-3"}).send is None
    # ten days offline: only the latest due step goes out
    late = policy.plan(DUE, date(2026, 4, 9), known={"d-3"})
    assert late.send is not None and late.send.key == "d+7"
    assert keys(late.skip) == ["d+1"]


def test_a_step_older_than_one_already_sent_is_never_sent() -> None:
    policy = default_policy()
    plan = policy.plan(DUE, date(2026, 4, 8), known={"d+7"})  # e.g. steps added later
    assert plan.send is None and keys(plan.skip) == ["d-3", "d+1"]
    # the clock moved back after step +7 went out: step +1 is due again, and still not sent
    back = policy.plan(DUE, date(2026, 4, 2), known={"d+7"})
    assert back.send is None and keys(back.skip) == ["d-3", "d+1"]


def test_rendering_fills_the_placeholders() -> None:
    step = default_policy().ordered()[2]
    values = reminder_values(
        customer="Acme GmbH",
        number="ACME-0007",
        amount="EUR 1,234.50",
        due_date=DUE,
        today=date(2026, 4, 7),
        link="https://pay.example/x",
        business="Studio Nord",
    )
    rendered = render(step, values)
    assert rendered.subject == "Invoice ACME-0007 is 7 days overdue"
    assert "EUR 1,234.50" in rendered.body and "https://pay.example/x" in rendered.body
    assert rendered.tone is Tone.FIRM
    kept = render(replace(step, message="Hi {customer} {unknown}"), values)
    assert kept.body == "Hi Acme GmbH {unknown}"


def test_policy_validation() -> None:
    default_policy().validate()
    bad = ReminderPolicy(
        "p",
        "",
        steps=(
            ReminderStep(3, message="Pay {amout}"),
            ReminderStep(3),
        ),
    )
    with pytest.raises(ValidationError) as raised:
        bad.validate()
    messages = " ".join(e.message for e in raised.value.errors)
    assert "{amout}" in messages and "same day" in messages
    assert raised.value.for_field("name")


@pytest.mark.parametrize(
    ("decline", "advice", "code", "group"),
    [
        ("insufficient_funds", "try_again_later", "card_declined", DeclineGroup.RETRY_LATER),
        ("processing_error", "try_again_later", "processing_error", DeclineGroup.RETRY_LATER),
        ("generic_decline", None, "card_declined", DeclineGroup.RETRY_LATER),
        ("some_new_code", None, "card_declined", DeclineGroup.RETRY_LATER),
        ("expired_card", "confirm_card_data", "expired_card", DeclineGroup.NEEDS_CUSTOMER),
        ("fraudulent", "do_not_try_again", "card_declined", DeclineGroup.NEEDS_CUSTOMER),
        ("some_new_code", "do_not_try_again", "card_declined", DeclineGroup.NEEDS_CUSTOMER),
        (None, None, "invoice_payment_intent_requires_action", DeclineGroup.NEEDS_CUSTOMER),
    ],
)
def test_declines_are_sorted_by_decline_code_then_advice(
    decline: str | None, advice: str | None, code: str, group: DeclineGroup
) -> None:
    assert classify_decline(decline, advice, code).group is group


@pytest.mark.parametrize("decline", sorted(NEVER_RETRY))
def test_smart_retries_never_list_is_never_retried_whatever_the_advice(decline: str) -> None:
    advice = classify_decline(decline, "try_again_later", "card_declined")
    assert advice.group is DeclineGroup.NEEDS_CUSTOMER and not advice.retry
    assert advice.for_user and advice.for_customer


def test_messages_are_specific_to_the_decline() -> None:
    expired = classify_decline("expired_card", "confirm_card_data", "expired_card")
    assert "expired" in expired.for_user and "{link}" in expired.for_customer
    funds = classify_decline("insufficient_funds", "try_again_later")
    assert "insufficient funds" in funds.for_user and "{next_attempt}" in funds.for_customer
    auth = classify_decline("authentication_required")
    assert "authenticate" in auth.for_user and "confirm" in auth.for_customer


def test_the_retry_schedule_runs_each_attempt_once_and_only_the_latest_after_downtime() -> None:
    retries = RetrySchedule((3, 7, 14))
    first = date(2026, 3, 1)
    assert retries.plan(first, date(2026, 3, 3), known=()).attempt is None
    assert retries.plan(first, date(2026, 3, 4), known=()).attempt == 1
    assert retries.plan(first, date(2026, 3, 4), known={1}).attempt is None
    late = retries.plan(first, date(2026, 3, 12), known={1})
    assert (late.attempt, late.skip) == (2, ())
    offline = retries.plan(first, date(2026, 3, 20), known=())
    assert (offline.attempt, offline.skip) == (3, (1, 2))
    assert retries.next_attempt_day(first, 1) == date(2026, 3, 8)
    assert retries.next_attempt_day(first, 3) is None


def test_retry_schedule_validation() -> None:
    RetrySchedule((3, 7, 14)).validate()
    for days in ((7, 3), (0, 3), (3, 3)):
        with pytest.raises(ValidationError):
            RetrySchedule(days).validate()


@settings(max_examples=100, deadline=None)
@given(
    offsets=st.lists(st.integers(-30, 60), min_size=1, max_size=6, unique=True),
    days=st.lists(st.integers(-40, 90), min_size=1, max_size=10),
)
def test_any_sequence_of_days_sends_each_step_at_most_once_and_in_order(
    offsets: list[int], days: list[int]
) -> None:
    policy = ReminderPolicy("p", "P", steps=tuple(ReminderStep(o) for o in offsets), enabled=True)
    known: set[str] = set()
    sent: list[int] = []
    for d in days:
        plan = policy.plan(DUE, date.fromordinal(DUE.toordinal() + d), known)
        handled = ([plan.send] if plan.send else []) + list(plan.skip)
        assert not known & {s.key for s in handled}
        known |= {s.key for s in handled}
        if plan.send:
            sent.append(plan.send.offset_days)
    assert sent == sorted(set(sent))
