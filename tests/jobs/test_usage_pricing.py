"""Usage pricing: per unit, graduated and volume, in integer minor units (domain only)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_invoicer.domain.pricing import (
    PricingError,
    PricingModel,
    Tier,
    UsagePricing,
    graduated,
    price,
    volume,
    volume_tier,
)

# Stripe's documentation example shape: first 5 units 5.00, next 5 at 4.00, then 3.00.
TIERS = (Tier(5, 500), Tier(10, 400), Tier(None, 300))


def test_graduated_prices_each_tier_for_its_own_units() -> None:
    assert graduated(0, TIERS) == 0
    assert graduated(5, TIERS) == 5 * 500
    assert graduated(6, TIERS) == 5 * 500 + 400
    assert graduated(10, TIERS) == 5 * 500 + 5 * 400
    assert graduated(11, TIERS) == 5 * 500 + 5 * 400 + 300


def test_volume_prices_every_unit_at_the_tier_of_the_total() -> None:
    assert volume(5, TIERS) == 5 * 500  # up_to is inclusive: 5 is in the first tier
    assert volume(6, TIERS) == 6 * 400
    assert volume(10, TIERS) == 10 * 400
    assert volume(11, TIERS) == 11 * 300
    assert volume(0, TIERS) == 0


def test_flat_amounts() -> None:
    tiers = (Tier(100, 0, flat_amount=1000), Tier(None, 5, flat_amount=2500))
    assert graduated(1, tiers) == 1000
    assert graduated(100, tiers) == 1000
    assert graduated(101, tiers) == 1000 + 5 + 2500
    assert volume(100, tiers) == 1000
    assert volume(101, tiers) == 101 * 5 + 2500


def test_validation_refuses_bad_tiers() -> None:
    with pytest.raises(PricingError, match="last tier must be unbounded"):
        UsagePricing(PricingModel.GRADUATED, tiers=(Tier(10, 1),)).validate()
    with pytest.raises(PricingError, match="Only the last tier"):
        UsagePricing(PricingModel.VOLUME, tiers=(Tier(None, 1), Tier(None, 2))).validate()
    with pytest.raises(PricingError, match="upwards"):
        UsagePricing(PricingModel.VOLUME, tiers=(Tier(10, 1), Tier(5, 1), Tier(None, 1))).validate()
    with pytest.raises(PricingError, match="negative"):
        price(-1, UsagePricing(PricingModel.PER_UNIT, 10))
    with pytest.raises(PricingError, match="whole number"):
        price(1.5, UsagePricing(PricingModel.PER_UNIT, 10))  # type: ignore[arg-type]


def test_json_round_trip() -> None:
    pricing = UsagePricing(PricingModel.GRADUATED, tiers=TIERS)
    assert UsagePricing.from_json(pricing.to_json()) == pricing


@st.composite
def tiers(draw: st.DrawFn) -> tuple[Tier, ...]:
    bounds = sorted(draw(st.sets(st.integers(1, 10_000), min_size=0, max_size=5)))
    amounts = st.integers(0, 100_000)
    found = [Tier(b, draw(amounts), draw(st.integers(0, 5_000))) for b in bounds]
    found.append(Tier(None, draw(amounts), draw(st.integers(0, 5_000))))
    return tuple(found)


quantities = st.integers(0, 50_000)


@given(tiers(), quantities)
def test_graduated_is_the_sum_of_units_times_their_tier(t: tuple[Tier, ...], q: int) -> None:
    UsagePricing(PricingModel.GRADUATED, tiers=t).validate()
    expected = 0
    reached: set[int] = set()
    for unit in range(1, q + 1):  # unit by unit: the definition, slowly
        index = next(i for i, tier in enumerate(t) if tier.up_to is None or unit <= tier.up_to)
        expected += t[index].unit_amount
        reached.add(index)
    expected += sum(t[i].flat_amount for i in reached)
    assert graduated(q, t) == expected
    assert isinstance(graduated(q, t), int)


@given(tiers(), quantities, quantities)
def test_graduated_never_decreases(t: tuple[Tier, ...], a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert graduated(low, t) <= graduated(high, t)


@given(tiers(), quantities)
def test_graduated_step_is_the_next_units_tier(t: tuple[Tier, ...], q: int) -> None:
    """One more unit costs that unit's tier price (plus the tier's flat fee when entering it)."""
    step = graduated(q + 1, t) - graduated(q, t)
    tier = volume_tier(q + 1, t)
    entering = q == 0 or volume_tier(q, t) is not tier
    assert step == tier.unit_amount + (tier.flat_amount if entering else 0)


@given(tiers(), st.integers(1, 50_000))
def test_volume_uses_one_tier_for_all_units(t: tuple[Tier, ...], q: int) -> None:
    tier = volume_tier(q, t)
    assert volume(q, t) == q * tier.unit_amount + tier.flat_amount
    # the chosen tier is the first whose inclusive bound holds q
    for earlier in t[: t.index(tier)]:
        assert earlier.up_to is not None and earlier.up_to < q


@given(tiers())
def test_tier_boundaries_are_inclusive(t: tuple[Tier, ...]) -> None:
    for index, tier in enumerate(t[:-1]):
        assert tier.up_to is not None
        assert volume_tier(tier.up_to, t) is tier
        assert volume_tier(tier.up_to + 1, t) is t[index + 1]


@given(st.integers(0, 10**9), st.integers(0, 10**7))
def test_per_unit_is_exact_integer_multiplication(q: int, unit: int) -> None:
    assert price(q, UsagePricing(PricingModel.PER_UNIT, unit)) == q * unit


@given(tiers(), quantities)
def test_a_single_unbounded_tier_makes_all_models_agree(t: tuple[Tier, ...], q: int) -> None:
    only = (Tier(None, t[-1].unit_amount),)
    assert graduated(q, only) == volume(q, only) == q * t[-1].unit_amount
