"""The dashboard's fast paths (facts indexed by day, running sums for the DSO trend) give
exactly what the plain formulas give over the whole list of facts."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_invoicer.domain.kpi_dashboard import compute_dashboard
from desktop_invoicer.domain.kpi_periods import Period, trend_buckets
from desktop_invoicer.domain.kpis import (
    InvoiceFact,
    automation_coverage,
    dso,
    payment_success,
    retry_success,
)

START = date(2025, 1, 1)


@st.composite
def facts(draw: st.DrawFn) -> list[InvoiceFact]:
    out: list[InvoiceFact] = []
    for n in range(draw(st.integers(0, 40))):
        created = START + timedelta(days=draw(st.integers(0, 500)))
        status = draw(st.sampled_from(["draft", "open", "paid", "void", "uncollectible"]))
        finalized = None if status == "draft" else created + timedelta(draw(st.integers(0, 3)))
        paid = None
        if status == "paid":
            assert finalized is not None
            paid = finalized + timedelta(days=draw(st.integers(-2, 90)))
        total = draw(st.integers(0, 10_000))
        out.append(
            InvoiceFact(
                id=f"i{n}",
                currency=draw(st.sampled_from(["USD", "EUR", "JPY"])),
                status=status,
                total=total,
                amount_remaining=draw(st.integers(0, total)) if status == "open" else 0,
                created_on=created,
                finalized_on=finalized,
                paid_on=paid,
                attempts=draw(st.integers(0, 3)),
                retry_units=draw(st.integers(0, 2)),
                retry_paid=draw(st.booleans()),
                automated=draw(st.booleans()),
            )
        )
    return out


@settings(max_examples=60, deadline=None)
@given(facts(), st.integers(0, 500), st.integers(1, 200))
def test_indexed_dashboard_equals_the_plain_formulas(
    all_facts: list[InvoiceFact], offset: int, length: int
) -> None:
    period = Period(START + timedelta(days=offset), START + timedelta(days=offset + length - 1))
    previous = Period(period.start - timedelta(days=length), period.start - timedelta(days=1))
    buckets = trend_buckets(period)
    dash = compute_dashboard(all_facts, [], period, previous, buckets)
    for key, fn in (
        ("payment_success", payment_success),
        ("retry_success", retry_success),
        ("automation", automation_coverage),
    ):
        figure = dash.ratios[key]
        assert figure.current == fn(all_facts, period)
        assert figure.previous == fn(all_facts, previous)
        assert [v for _, v in figure.trend] == [fn(all_facts, b).value for b in buckets]
    assert dash.dso is not None
    assert dash.dso.current == dso(all_facts, period)
    assert dash.dso.previous == dso(all_facts, previous)
    for bucket, values in dash.dso.trend:
        plain = dso(all_facts, bucket)
        for code in plain.keys() | values.keys():
            expected = plain[code].value if code in plain else None
            assert values.get(code) == expected, (bucket, code)
