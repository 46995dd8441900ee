"""Totals against figures worked out by hand, and invariants checked with hypothesis."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_invoicer.domain.catalog import Discount, TaxRate
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import Invoice, InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.rounding import round_minor
from desktop_invoicer.domain.totals import compute_totals
from desktop_invoicer.domain.validation import ValidationError

USD = currency("USD")
VAT20 = TaxRate("vat20", "VAT", Decimal("20"), inclusive=False)
VAT20_INCL = TaxRate("vat20i", "VAT incl.", Decimal("20"), inclusive=True)
NY = TaxRate("ny", "NY sales tax", Decimal("8.875"), inclusive=False)


def line(minor: int, qty: int = 1, *rates: TaxRate, code: str = "USD") -> InvoiceLine:
    return InvoiceLine("Work", qty, Money.of(minor, code), tuple(rates))


def test_round_half_away_from_zero() -> None:
    assert round_minor(Fraction(5, 2)) == 3
    assert round_minor(Fraction(-5, 2)) == -3
    assert round_minor(Fraction(249, 100)) == 2
    assert round_minor(Fraction(7, 3)) == 2


def test_exclusive_tax_per_line() -> None:
    # 3 x 19.99 = 59.97; 8.875% of 59.97 = 5.3223... -> 5.32; 10.00 at 8.875% = 0.8875 -> 0.89
    totals = compute_totals(USD, [line(1999, 3, NY), line(1000, 1, NY)])
    assert totals.subtotal.minor == 6997
    assert totals.tax.minor == 532 + 89
    assert totals.total.minor == 6997 + 621


def test_inclusive_tax_is_part_of_the_amount() -> None:
    # 120.00 incl. 20% VAT: tax = 120 x 20/120 = 20.00; total unchanged
    totals = compute_totals(USD, [line(12000, 1, VAT20_INCL)])
    assert totals.tax.minor == 2000
    assert totals.exclusive_tax.minor == 0
    assert totals.total.minor == 12000
    assert totals.total_excluding_tax.minor == 10000


def test_percent_discount_then_tax() -> None:
    ten_off = Discount("d", "10% off", percent_off=Decimal("10"))
    # 2 lines of 33.33: discount 3.333 -> 3.33 each; taxable 30.00 each; VAT 6.00 each
    totals = compute_totals(USD, [line(3333, 1, VAT20), line(3333, 1, VAT20)], [ten_off])
    assert totals.discount.minor == 666
    assert totals.tax.minor == 1200
    assert totals.total.minor == 6666 - 666 + 1200


def test_amount_discount_spread_by_line_amount() -> None:
    five_off = Discount("d", "5 off", amount_off=Money.of(500, "USD"))
    totals = compute_totals(USD, [line(1000), line(2000)], [five_off])
    assert [lt.discount.minor for lt in totals.lines] == [167, 333]
    assert totals.total.minor == 2500


def test_amount_discount_never_exceeds_the_invoice() -> None:
    big = Discount("d", "big", amount_off=Money.of(10_000, "USD"))
    totals = compute_totals(USD, [line(1000, 1, VAT20)], [big])
    assert totals.discount.minor == 1000
    assert totals.total.minor == 0


def test_zero_and_three_decimal_currencies() -> None:
    jpy_tax = TaxRate("jct", "JCT", Decimal("10"), inclusive=False)
    totals = compute_totals(currency("JPY"), [line(1999, 1, jpy_tax, code="JPY")])
    assert totals.tax.minor == 200  # 199.9 yen rounds to 200
    kwd = compute_totals(currency("KWD"), [line(1005, 3, NY, code="KWD")])
    assert kwd.tax.minor == round_minor(Fraction(3015) * Fraction(8875, 100000))


def test_tax_by_rate_groups_lines() -> None:
    totals = compute_totals(USD, [line(1000, 1, VAT20), line(500, 1, VAT20, NY)])
    by_rate = {t.tax_rate.id: t.amount.minor for t in totals.tax_by_rate}
    assert by_rate == {"vat20": 300, "ny": 44}


def test_invoice_validation_collects_field_errors() -> None:
    bad = Invoice(
        "i",
        "c",
        USD,
        lines=(InvoiceLine("", 0, Money.of(-1, "USD")), InvoiceLine("x", 1, Money.of(1, "EUR"))),
        custom_fields=(("PO number", "x" * 141),),
    )
    with pytest.raises(ValidationError) as info:
        bad.validate()
    fields = {e.field for e in info.value.errors}
    assert {
        "lines[0].description",
        "lines[0].quantity",
        "lines[0].unit_amount",
        "lines[1].unit_amount",
        "custom_fields",
    } <= fields


rates = st.builds(
    TaxRate,
    id=st.sampled_from(["a", "b", "c"]),
    display_name=st.just("T"),
    percentage=st.decimals(min_value=0, max_value=30, places=3),
    inclusive=st.booleans(),
)
lines = st.builds(
    lambda amount, qty, rs: InvoiceLine(
        "x", qty, Money.of(amount, "EUR"), tuple({r.id: r for r in rs}.values())
    ),
    st.integers(min_value=0, max_value=10**7),
    st.integers(min_value=1, max_value=1000),
    st.lists(rates, max_size=2),
)
discounts = st.one_of(
    st.builds(
        lambda p: Discount("p", "p", percent_off=p),
        st.decimals(min_value="0.01", max_value=100, places=2),
    ),
    st.builds(
        lambda a: Discount("a", "a", amount_off=Money.of(a, "EUR")),
        st.integers(min_value=1, max_value=10**8),
    ),
)


@given(st.lists(lines, min_size=1, max_size=8), st.lists(discounts, max_size=2))
def test_totals_are_sums_of_lines(ls: list[InvoiceLine], ds: list[Discount]) -> None:
    totals = compute_totals(currency("EUR"), ls, ds)
    assert totals.subtotal.minor == sum(lt.amount.minor for lt in totals.lines)
    assert totals.discount.minor == sum(lt.discount.minor for lt in totals.lines)
    assert all(0 <= lt.discount.minor <= lt.amount.minor for lt in totals.lines)
    assert totals.tax.minor == sum(t.amount.minor for t in totals.tax_by_rate)
    assert (
        totals.total.minor
        == totals.subtotal.minor - totals.discount.minor + totals.exclusive_tax.minor
    )
    assert totals.total.minor >= 0
    # Inclusive tax is never more than the discounted amount it is part of.
    for lt in totals.lines:
        assert 0 <= lt.inclusive_tax.minor <= lt.amount.minor - lt.discount.minor
