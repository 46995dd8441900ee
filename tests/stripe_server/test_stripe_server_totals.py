"""Properties of the server's own invoice arithmetic (resources/totals.py)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_invoicer.stripe_server.resources.totals import compute

amounts = st.integers(min_value=-5_000, max_value=1_000_000)
pcts = st.sampled_from([0.0, 5.0, 7.7, 8.25, 10.0, 19.0, 20.0, 25.5])


def _invoice(rates: list[dict[str, Any]], discounts: list[str]) -> dict[str, Any]:
    return {
        "id": "in_x",
        "currency": "usd",
        "livemode": False,
        "default_tax_rates": rates,
        "discounts": discounts,
    }


def _item(i: int, amount: int) -> dict[str, Any]:
    return {
        "id": f"ii_{i}",
        "amount": amount,
        "discountable": True,
        "period": {"start": 0, "end": 0},
        "pricing": {
            "type": "price_details",
            "price_details": None,
            "unit_amount_decimal": str(amount),
        },
        "quantity": 1,
        "tax_rates": [],
        "discounts": [],
    }


def _discount(did: str, **coupon: Any) -> dict[str, Any]:
    return {"id": did, "source": {"type": "coupon", "coupon": {"currency": "usd", **coupon}}}


@settings(max_examples=150, deadline=None)
@given(
    st.lists(amounts, min_size=1, max_size=6),
    st.lists(st.tuples(pcts, st.booleans()), max_size=2),
    st.one_of(st.none(), st.integers(1, 200_000)),
    st.one_of(st.none(), st.sampled_from([5.0, 12.5, 50.0, 100.0])),
)
def test_totals_are_sums_of_consistent_lines(
    line_amounts: list[int],
    rate_specs: list[tuple[float, bool]],
    amount_off: int | None,
    percent_off: float | None,
) -> None:
    rates = [
        {"id": f"txr_{i}", "percentage": p, "inclusive": inc}
        for i, (p, inc) in enumerate(rate_specs)
    ]
    discounts: dict[str, dict[str, Any]] = {}
    if percent_off is not None:
        discounts["di_pct"] = _discount("di_pct", percent_off=percent_off)
    if amount_off is not None:
        discounts["di_amt"] = _discount("di_amt", amount_off=amount_off)
    inv = _invoice(rates, list(discounts))
    items = [_item(i, a) for i, a in enumerate(line_amounts)]
    lines, totals = compute(inv, items, discounts)

    assert totals["subtotal"] == sum(line_amounts)
    line_disc = [sum(d["amount"] for d in ln["discount_amounts"]) for ln in lines]
    assert sum(d["amount"] for d in totals["total_discount_amounts"]) == sum(line_disc)
    positive = sum(a for a in line_amounts if a > 0)
    assert 0 <= sum(line_disc) <= positive
    for ln, d in zip(lines, line_disc, strict=True):
        assert 0 <= d <= max(ln["amount"], 0)
    if amount_off is not None:
        after_pct = positive - sum(
            a["amount"] for ln in lines for a in ln["discount_amounts"] if a["discount"] == "di_pct"
        )
        got = sum(
            a["amount"] for ln in lines for a in ln["discount_amounts"] if a["discount"] == "di_amt"
        )
        assert got == min(amount_off, after_pct)

    excl = incl = 0
    incl_pct = sum(Fraction(Decimal(str(r["percentage"]))) for r in rates if r["inclusive"])
    for ln, d in zip(lines, line_disc, strict=True):
        net = ln["amount"] - d
        for t in ln["taxes"]:
            pct = Fraction(
                Decimal(
                    str(
                        next(r for r in rates if r["id"] == t["tax_rate_details"]["tax_rate"])[
                            "percentage"
                        ]
                    )
                )
            )
            if t["tax_behavior"] == "inclusive":
                exact = Fraction(net) * pct / (100 + incl_pct)
                incl += t["amount"]
            else:
                exact = Fraction(t["taxable_amount"]) * pct / 100
                excl += t["amount"]
            assert abs(t["amount"] - exact) <= Fraction(1, 2)
    assert totals["total"] == totals["subtotal"] - sum(line_disc) + excl
    assert totals["total_excluding_tax"] == totals["subtotal"] - sum(line_disc) - incl
    assert sum(t["amount"] for t in totals["total_taxes"]) == excl + incl


def test_half_up_rounding_examples() -> None:
    rate = {"id": "txr_1", "percentage": 10.0, "inclusive": False}
    lines, totals = compute(_invoice([rate], []), [_item(0, 5), _item(1, 15), _item(2, -5)], {})
    assert [ln["taxes"][0]["amount"] for ln in lines] == [1, 2, -1]  # .5 rounds away from zero
    assert totals["total"] == 15 + 2
