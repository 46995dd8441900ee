from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_invoicer.domain.currency import CURRENCIES, UnknownCurrencyError, currency
from desktop_invoicer.domain.money import MAX_MINOR_UNITS, CurrencyMismatchError, Money, MoneyError

codes = st.sampled_from(sorted(CURRENCIES))
amounts = st.integers(min_value=-MAX_MINOR_UNITS, max_value=MAX_MINOR_UNITS)


def test_exponents_follow_stripe() -> None:
    assert currency("usd").exponent == 2
    assert currency("JPY").exponent == 0
    assert currency("KRW").exponent == 0
    assert currency("VND").exponent == 0
    assert currency("KWD").exponent == 3
    assert currency("BHD").exponent == 3
    assert currency("eur").stripe_code == "eur"


def test_unknown_currency_is_a_clear_error() -> None:
    with pytest.raises(UnknownCurrencyError, match="Unknown currency 'ABC'"):
        currency("ABC")


@pytest.mark.parametrize(
    ("text", "code", "minor"),
    [
        ("12.34", "USD", 1234),
        ("1,234.5", "USD", 123450),
        ("$7", "USD", 700),
        ("1500", "JPY", 1500),
        ("1.234", "KWD", 1234),
        ("-0.01", "EUR", -1),
    ],
)
def test_parse(text: str, code: str, minor: int) -> None:
    assert Money.parse(text, code) == Money.of(minor, code)


@pytest.mark.parametrize(
    ("text", "code", "message"),
    [
        ("12.345", "USD", "at most 2 decimals"),
        ("10.5", "JPY", "no decimals"),
        ("1.2345", "KWD", "at most 3 decimals"),
        ("abc", "USD", "not an amount"),
        ("", "USD", "Enter an amount"),
        ("nan", "USD", "not an amount"),
        ("1e20", "USD", "too large"),
    ],
)
def test_parse_refuses_bad_input(text: str, code: str, message: str) -> None:
    with pytest.raises(MoneyError, match=message):
        Money.parse(text, code)


def test_money_refuses_floats() -> None:
    with pytest.raises(MoneyError):
        Money(12.5, currency("USD"))  # type: ignore[arg-type]


def test_currencies_never_mix() -> None:
    with pytest.raises(CurrencyMismatchError):
        _ = Money.of(1, "USD") + Money.of(1, "EUR")


def test_format() -> None:
    assert Money.of(123450, "USD").format() == "USD 1,234.50"
    assert Money.of(1234, "JPY").format() == "JPY 1,234"
    assert Money.of(1234, "KWD").format() == "KWD 1.234"
    assert Money.of(-5, "EUR").format() == "-EUR 0.05"


@given(codes, amounts)
def test_parse_round_trips_amount_text(code: str, minor: int) -> None:
    money = Money.of(minor, code)
    assert Money.parse(money.amount_text(), code) == money


@given(codes, amounts, st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=12))
def test_allocate_loses_no_minor_unit(code: str, minor: int, weights: list[int]) -> None:
    if sum(weights) == 0:
        weights = [*weights[:-1], 1]
    parts = Money.of(minor, code).allocate(weights)
    assert sum(p.minor for p in parts) == minor
    assert all(p.currency.code == code for p in parts)
    # Each part is within one minor unit of its exact share.
    total = sum(weights)
    for part, weight in zip(parts, weights, strict=True):
        exact = abs(minor) * weight / total
        assert abs(abs(part.minor) - exact) < 1 + 1e-9


@given(codes, amounts, amounts)
def test_addition_is_exact(code: str, a: int, b: int) -> None:
    assert (Money.of(a, code) + Money.of(b, code)).minor == a + b
    assert (Money.of(a, code) - Money.of(b, code)).minor == a - b
