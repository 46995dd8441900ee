"""Invoice totals computed line by line, the way Stripe computes them.

For each line: ``amount = quantity x unit amount``. Percentage discounts take their
share of each line; a fixed-amount discount is spread over the lines in proportion
to their amounts, with leftover minor units going to the largest remainders. Tax
is computed per line and per rate on the discounted amount and rounded there:
exclusive tax adds ``taxable x rate``; inclusive tax is the part of the discounted
amount that is tax, ``amount x rate / (1 + rate)``. Totals are sums of the lines,
so the preview equals what Stripe bills.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from .catalog import Discount, TaxRate
from .currency import Currency
from .invoice import InvoiceLine, InvoiceTotals, LineTotals, TaxAmount
from .money import Money
from .rounding import percentage, round_minor


def line_discounts(
    currency: Currency, amounts: Sequence[int], discounts: Sequence[Discount]
) -> list[int]:
    """Discount in minor units for each line; never more than the line's amount."""
    taken = [0] * len(amounts)
    for discount in discounts:
        remaining = [a - t for a, t in zip(amounts, taken, strict=True)]
        if discount.percent_off is not None:
            share = percentage(discount.percent_off)
            parts = [round_minor(r * share) for r in remaining]
        else:
            assert discount.amount_off is not None
            base = sum(remaining)
            if base <= 0:
                continue
            off = min(discount.amount_off.minor, base)
            parts = [m.minor for m in Money(off, currency).allocate(remaining)]
        taken = [t + min(p, r) for t, p, r in zip(taken, parts, remaining, strict=True)]
    return taken


def line_taxes(
    currency: Currency, discounted: int, rates: Sequence[TaxRate]
) -> tuple[TaxAmount, ...]:
    """The tax of one line's discounted amount, one entry per rate."""
    inclusive = [r for r in rates if r.inclusive]
    inclusive_share = sum((percentage(r.percentage) for r in inclusive), Fraction(0))
    # The base of all rates is the amount net of inclusive taxes.
    net = Fraction(discounted) / (1 + inclusive_share)
    taxes = []
    inclusive_total = 0
    for rate in rates:
        amount = round_minor(net * percentage(rate.percentage))
        if rate.inclusive:
            inclusive_total += amount
        taxes.append((rate, amount))
    taxable = discounted - inclusive_total
    return tuple(
        TaxAmount(rate, Money(amount, currency), Money(taxable, currency)) for rate, amount in taxes
    )


def compute_totals(
    currency: Currency, lines: Sequence[InvoiceLine], discounts: Sequence[Discount] = ()
) -> InvoiceTotals:
    amounts = [line.amount.minor for line in lines]
    discount_parts = line_discounts(currency, amounts, discounts)
    line_totals = []
    by_rate: dict[str, tuple[TaxRate, int, int]] = {}
    for line, amount, discount in zip(lines, amounts, discount_parts, strict=True):
        taxes = line_taxes(currency, amount - discount, line.tax_rates)
        line_totals.append(LineTotals(Money(amount, currency), Money(discount, currency), taxes))
        for t in taxes:
            _, tax, taxable = by_rate.get(t.tax_rate.id, (t.tax_rate, 0, 0))
            by_rate[t.tax_rate.id] = (
                t.tax_rate,
                tax + t.amount.minor,
                taxable + t.taxable_amount.minor,
            )
    subtotal = sum(amounts)
    discount_total = sum(discount_parts)
    exclusive = sum(lt.exclusive_tax.minor for lt in line_totals)
    inclusive = sum(lt.inclusive_tax.minor for lt in line_totals)
    return InvoiceTotals(
        subtotal=Money(subtotal, currency),
        discount=Money(discount_total, currency),
        tax=Money(exclusive + inclusive, currency),
        exclusive_tax=Money(exclusive, currency),
        total=Money(subtotal - discount_total + exclusive, currency),
        lines=tuple(line_totals),
        tax_by_rate=tuple(
            TaxAmount(rate, Money(tax, currency), Money(taxable, currency))
            for rate, tax, taxable in by_rate.values()
        ),
    )
