"""Late-fee policies and payment plans as pure values: amounts, periods, validation."""

from __future__ import annotations

import itertools
from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.late_fees import (
    FeeCadence,
    FeeKind,
    LateFeePolicy,
    add_months,
    late_fee_unit_id,
    parse_percent,
    percent_text,
)
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.payment_plans import (
    Frequency,
    PlanError,
    custom_plan,
    even_split,
)
from desktop_invoicer.domain.rounding import round_minor
from desktop_invoicer.domain.validation import ValidationError

USD = currency("USD")
CODES = ["JPY", "USD", "KWD"]  # exponents 0, 2 and 3


def policy(**changes: object) -> LateFeePolicy:
    values: dict[str, object] = {"id": "p", "name": "Standard"}
    values.update(changes)
    return LateFeePolicy(**values)  # type: ignore[arg-type]


def errors_of(p: LateFeePolicy) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        p.validate()
    return {e.field: e.message for e in info.value.errors}


# -- late fees ------------------------------------------------------------------------------


def test_bad_policies_get_a_clear_message_at_the_field() -> None:
    fixed = {"kind": FeeKind.FIXED, "currency": USD}
    assert errors_of(policy(**fixed, fixed_minor=-500)) == {
        "amount": "A late fee cannot be negative."
    }
    assert errors_of(policy(**fixed, fixed_minor=2500, cap_minor=1000)) == {
        "cap": "The cap (USD 10.00) is below the fee (USD 25.00): raise it or lower the fee."
    }
    assert errors_of(policy(basis_points=10_001)) == {
        "percent": "The percentage must be between 0.01 % and 100 %."
    }
    assert errors_of(policy(basis_points=0))["percent"].startswith("The percentage")
    assert errors_of(policy(basis_points=-1)) == {"percent": "A late fee cannot be negative."}
    assert errors_of(policy(kind=FeeKind.FIXED, fixed_minor=100)) == {
        "currency": "Choose the currency of the fee and cap."
    }
    assert errors_of(policy(name=" ", basis_points=100, grace_days=-1)).keys() == {
        "name",
        "grace_days",
    }
    policy(basis_points=150, cap_minor=5000, currency=USD).validate()  # fine


def test_percent_text_round_trips_and_refuses_nonsense() -> None:
    assert parse_percent("1.5") == 150 and parse_percent(" 2 % ") == 200
    assert percent_text(150) == "1.5" and percent_text(1000) == "10"
    with pytest.raises(ValueError, match="two decimals"):
        parse_percent("1.234")
    with pytest.raises(ValueError, match="not a percentage"):
        parse_percent("abc")


@given(
    overdue=st.integers(0, 10**12),
    bps=st.integers(1, 10_000),
    cap=st.none() | st.integers(1, 10**9),
    charged=st.integers(0, 10**9),
    code=st.sampled_from(CODES),
)
def test_percentage_fee_is_rounded_once_and_never_exceeds_the_cap(
    overdue: int, bps: int, cap: int | None, charged: int, code: str
) -> None:
    cur = currency(code)
    p = policy(basis_points=bps, cap_minor=cap, currency=cur if cap else None)
    fee = p.fee(Money(overdue, cur), charged)
    assert isinstance(fee.minor, int) and fee.currency == cur
    exact = round_minor(Fraction(overdue * bps, 10_000))
    if cap is None:
        assert fee.minor == exact
    else:
        assert fee.minor == max(0, min(exact, cap - charged))
        assert charged + fee.minor <= max(cap, charged)


def test_fixed_fee_is_the_amount_until_the_cap_is_used_up() -> None:
    p = policy(kind=FeeKind.FIXED, fixed_minor=2500, currency=USD, cap_minor=6000)
    assert p.fee(Money(1, USD)).minor == 2500
    assert p.fee(Money(1, USD), 5000).minor == 1000
    assert p.fee(Money(1, USD), 6000).minor == 0
    with pytest.raises(ValidationError, match="USD invoices only"):
        p.fee(Money(100, currency("EUR")))


def test_periods_begin_after_the_grace_period_then_monthly() -> None:
    due = date(2026, 1, 31)
    monthly = policy(basis_points=100, grace_days=5, cadence=FeeCadence.MONTHLY)
    assert monthly.latest_period(due, date(2026, 2, 5)) == 0  # within grace
    assert monthly.period_start(due, 1) == date(2026, 2, 6)
    assert monthly.period_start(due, 2) == date(2026, 3, 6)
    assert monthly.latest_period(due, date(2026, 4, 10)) == 3
    plan = monthly.plan(due, date(2026, 4, 10), known={1})
    assert (plan.charge, plan.missed) == (3, (2,))  # only the latest; the gap is skipped
    assert monthly.plan(due, date(2026, 4, 10), known={1, 2, 3}).charge is None
    once = policy(basis_points=100)
    assert once.latest_period(due, date(2027, 1, 1)) == 1
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)


def test_fee_ids_depend_on_invoice_and_period_only() -> None:
    assert late_fee_unit_id("in_1", 1) == late_fee_unit_id("in_1", 1)
    assert len({late_fee_unit_id("in_1", 1), late_fee_unit_id("in_1", 2)}) == 2
    with pytest.raises(ValueError):
        late_fee_unit_id("in_1", 0)


# -- payment plans ----------------------------------------------------------------------------


@given(
    code=st.sampled_from(CODES),
    count=st.integers(2, 36),
    extra=st.integers(0, 10**11),
    frequency=st.sampled_from(list(Frequency)),
)
def test_instalments_add_up_exactly_in_every_currency_exponent(
    code: str, count: int, extra: int, frequency: Frequency
) -> None:
    cur = currency(code)
    balance = Money(count + extra, cur)
    parts = even_split(balance, count, date(2026, 1, 31), frequency)
    assert sum(p.amount.minor for p in parts) == balance.minor  # no lost minor unit
    amounts = [p.amount.minor for p in parts]
    assert max(amounts) - min(amounts) <= 1 and amounts == sorted(amounts, reverse=True)
    assert [p.number for p in parts] == list(range(1, count + 1))
    assert all(a.due_on < b.due_on for a, b in itertools.pairwise(parts))


@given(code=st.sampled_from(CODES), balance=st.integers(3, 10**9))
def test_three_instalments_equal_the_balance(code: str, balance: int) -> None:
    parts = even_split(Money(balance, currency(code)), 3, date(2026, 3, 1), Frequency.MONTHLY)
    assert sum(p.amount.minor for p in parts) == balance


def test_custom_instalments_must_add_up_and_be_in_order() -> None:
    balance = Money(10_000, USD)
    d1, d2 = date(2026, 2, 1), date(2026, 3, 1)
    with pytest.raises(PlanError) as info:
        custom_plan(balance, [(d1, Money(4000, USD)), (d2, Money(5000, USD))])
    assert (
        info.value.for_field("amounts") == "Instalments add up to USD 90.00, balance is USD 100.00."
    )
    with pytest.raises(PlanError) as info:
        custom_plan(balance, [(d2, Money(5000, USD)), (d1, Money(5000, USD))])
    assert info.value.for_field("date_2") == "Instalment 2 must fall after instalment 1."
    with pytest.raises(PlanError, match="2 to 36"):
        custom_plan(balance, [(d1, balance)])
    parts = custom_plan(balance, [(d1, Money(2500, USD)), (d2, Money(7500, USD))])
    assert [p.amount.minor for p in parts] == [2500, 7500]


def test_a_balance_too_small_to_split_says_so() -> None:
    with pytest.raises(PlanError, match="cannot be split into 5"):
        even_split(Money(3, currency("JPY")), 5, date(2026, 1, 1), Frequency.WEEKLY)
