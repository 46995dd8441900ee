"""The one place where amounts are rounded.

Stripe computes tax and discount shares per line item and rounds each to the
currency's minor unit, half away from zero. Every fractional amount in the app
passes through :func:`round_minor`, as an exact ``Fraction`` (never a float).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction


def round_minor(value: Fraction) -> int:
    """Round an exact amount in minor units to an int, half away from zero."""
    sign = -1 if value < 0 else 1
    magnitude = abs(value)
    whole, remainder = divmod(magnitude.numerator, magnitude.denominator)
    if remainder * 2 >= magnitude.denominator:
        whole += 1
    return sign * whole


def percentage(value: Decimal | str | int) -> Fraction:
    """A percentage such as Decimal('8.875') as an exact fraction of one (0.08875)."""
    return Fraction(Decimal(value)) / 100
