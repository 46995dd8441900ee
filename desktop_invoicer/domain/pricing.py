"""Usage pricing: per-unit, graduated (tiered) and volume, in integer minor units.

The models are Stripe's (``billing_scheme=tiered`` with ``tiers_mode``):

- **per unit**: ``quantity * unit_amount``;
- **graduated**: each tier prices the units that fall inside it, and the sums add up
  (the first 1,000 at 2.00, the next 9,000 at 1.50, ...); a tier's flat amount is
  charged once when any unit reaches the tier;
- **volume**: the tier the *total* quantity falls in prices every unit, plus that
  tier's flat amount.

``up_to`` is inclusive, as in Stripe: with tiers up to 1,000 and then unbounded,
unit 1,000 is in the first tier and unit 1,001 in the second. The last tier is
unbounded (``up_to`` None). Quantities are whole units; amounts are integers, so
no rounding ever happens here. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class PricingModel(StrEnum):
    PER_UNIT = "per_unit"
    GRADUATED = "graduated"
    VOLUME = "volume"

    @property
    def label(self) -> str:
        return {
            PricingModel.PER_UNIT: "Per unit",
            PricingModel.GRADUATED: "Tiered (graduated)",
            PricingModel.VOLUME: "Volume",
        }[self]


class PricingError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Tier:
    up_to: int | None  # inclusive upper bound of the tier, in units; None: no bound
    unit_amount: int = 0  # minor units per unit
    flat_amount: int = 0  # minor units, once per tier reached


@dataclass(frozen=True, slots=True)
class UsagePricing:
    """How a product's usage is priced: a model, a unit amount or tiers (minor units)."""

    model: PricingModel
    unit_amount: int = 0  # per unit
    tiers: tuple[Tier, ...] = field(default_factory=tuple)  # graduated and volume

    def validate(self) -> None:
        if self.model is PricingModel.PER_UNIT:
            if self.unit_amount < 0:
                raise PricingError("The unit amount cannot be negative.")
            return
        if not self.tiers:
            raise PricingError("Tiered pricing needs at least one tier.")
        previous = 0
        for index, tier in enumerate(self.tiers):
            last = index == len(self.tiers) - 1
            if tier.unit_amount < 0 or tier.flat_amount < 0:
                raise PricingError(f"Tier {index + 1}: amounts cannot be negative.")
            if tier.up_to is None:
                if not last:
                    raise PricingError("Only the last tier can be unbounded.")
                continue
            if last:
                raise PricingError("The last tier must be unbounded ('and above').")
            if tier.up_to <= previous:
                raise PricingError(
                    f"Tier {index + 1}: 'up to' must be more than {previous} (tiers go upwards)."
                )
            previous = tier.up_to

    def to_json(self) -> dict[str, Any]:
        return {
            "model": self.model.value,
            "unit_amount": self.unit_amount,
            "tiers": [
                {"up_to": t.up_to, "unit_amount": t.unit_amount, "flat_amount": t.flat_amount}
                for t in self.tiers
            ],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> UsagePricing:
        return cls(
            model=PricingModel(str(data["model"])),
            unit_amount=int(data.get("unit_amount") or 0),
            tiers=tuple(
                Tier(
                    up_to=None if t.get("up_to") is None else int(t["up_to"]),
                    unit_amount=int(t.get("unit_amount") or 0),
                    flat_amount=int(t.get("flat_amount") or 0),
                )
                for t in data.get("tiers") or ()
            ),
        )


def per_unit(quantity: int, unit_amount: int) -> int:
    _check_quantity(quantity)
    return quantity * unit_amount


def graduated(quantity: int, tiers: Sequence[Tier]) -> int:
    """Each tier prices the units inside it; flat amounts once per tier reached."""
    _check_quantity(quantity)
    total = 0
    floor = 0  # units priced by the tiers below
    for tier in tiers:
        if quantity <= floor:
            break
        ceiling = quantity if tier.up_to is None else min(quantity, tier.up_to)
        total += (ceiling - floor) * tier.unit_amount + tier.flat_amount
        floor = ceiling
    return total


def volume_tier(quantity: int, tiers: Sequence[Tier]) -> Tier:
    """The tier the whole quantity falls in (``up_to`` inclusive)."""
    for tier in tiers:
        if tier.up_to is None or quantity <= tier.up_to:
            return tier
    raise PricingError("The tiers end before this quantity; the last one must be unbounded.")


def volume(quantity: int, tiers: Sequence[Tier]) -> int:
    """Every unit at the price of the tier the total falls in, plus its flat amount.

    Zero units cost nothing (Stripe bills a volume tier's flat fee only for usage).
    """
    _check_quantity(quantity)
    if quantity == 0:
        return 0
    tier = volume_tier(quantity, tiers)
    return quantity * tier.unit_amount + tier.flat_amount


def price(quantity: int, pricing: UsagePricing) -> int:
    """The amount in minor units for ``quantity`` units."""
    pricing.validate()
    if pricing.model is PricingModel.PER_UNIT:
        return per_unit(quantity, pricing.unit_amount)
    if pricing.model is PricingModel.GRADUATED:
        return graduated(quantity, pricing.tiers)
    return volume(quantity, pricing.tiers)


def _check_quantity(quantity: int) -> None:
    if isinstance(quantity, bool) or not isinstance(quantity, int):
        raise PricingError("A quantity is a whole number of units.")
    if quantity < 0:
        raise PricingError("A quantity cannot be negative.")
