"""Usage billing end to end: CSV import with its report, pricing, one Stripe item per period."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from desktop_invoicer.domain.pricing import PricingModel, Tier, UsagePricing, graduated
from desktop_invoicer.domain.usage import RowStatus
from desktop_invoicer.jobs import usage
from desktop_invoicer.stripe_server import StripeServer

from .clocks import LinkedClock
from .conftest import Desktop, local_customer_id, monthly_schedule, stripe_customer

API_TIERS = (Tier(1000, 2), Tier(None, 1))  # first 1,000 calls 0.02 EUR, then 0.01


def catalog(server: StripeServer) -> dict[str, str]:
    ids = {
        "acme": stripe_customer(server, "Acme GmbH"),  # the account's currency: EUR
        "beta": stripe_customer(server, "Beta AG"),
    }
    api = server.dashboard_create("product", name="API calls")
    server.dashboard_create("price", product=api["id"], currency="eur", unit_amount=2)
    storage = server.dashboard_create("product", name="Storage GB")
    server.dashboard_create("price", product=storage["id"], currency="eur", unit_amount=10)
    ids.update(api=api["id"], storage=storage["id"])
    return ids


def prepared(desktop: Desktop, server: StripeServer) -> dict[str, str]:
    ids = catalog(server)
    desktop.sync()
    api = desktop.db.products.get_by_stripe_id(ids["api"])
    assert api is not None
    desktop.db.usage.set_plan(api.id, "EUR", UsagePricing(PricingModel.GRADUATED, tiers=API_TIERS))
    return ids


CSV = """customer,product,quantity,period
Acme GmbH,API calls,1200,2026-01
acme@example.com,API calls,300,2026-01
Acme GmbH,Storage GB,50,2026-01
Beta AG,API calls,999,2026-01-01..2026-01-31
Nobody Ltd,API calls,5,2026-01
Acme GmbH,Teleportation,5,2026-01
Acme GmbH,API calls,1.5,2026-01
Acme GmbH,API calls,-4,2026-01
Beta AG,Storage GB,5,2026-13
Beta AG,Storage GB,5,2026-01-31..2026-01-01
Acme GmbH,API calls,1200,2026-01
"""


def reasons(report: Any) -> dict[int, tuple[RowStatus, str]]:
    return {r.line: (r.status, r.reason) for r in report.rows}


def test_import_reports_each_row_and_reimport_counts_nothing_twice(
    desktop: Desktop, server: StripeServer
) -> None:
    prepared(desktop, server)
    preview = usage.check_csv(desktop.db, CSV)
    assert desktop.db.usage.records() == []  # the preview writes nothing
    found = reasons(preview)
    assert [n for n, (s, _) in found.items() if s is RowStatus.ACCEPTED] == [2, 3, 4, 5]
    assert found[6] == (RowStatus.REJECTED, "Unknown customer 'Nobody Ltd'.")
    assert found[7][1].startswith("Unknown product 'Teleportation'")
    assert found[8][1] == "Quantity '1.5' is not a whole number of units."
    assert found[9][1] == "Quantity -4 is negative."
    assert found[10][1] == "'2026-13' is not a month (use YYYY-MM)."
    assert found[11][1] == "Period '2026-01-31..2026-01-01' ends before it starts."
    assert found[12] == (RowStatus.REJECTED, "Duplicate of line 2.")
    assert preview.summary == "4 accepted, 0 already imported, 7 rejected"

    report = usage.import_csv(desktop.db, CSV, "jan.csv")
    assert report.count(RowStatus.ACCEPTED) == 4
    assert len(desktop.db.usage.records()) == 4
    again = usage.import_csv(desktop.db, CSV, "jan.csv")
    assert again.count(RowStatus.ACCEPTED) == 0 and again.count(RowStatus.ALREADY) == 4
    assert len(desktop.db.usage.records()) == 4


def test_a_file_without_the_columns_is_refused_whole(
    desktop: Desktop, server: StripeServer
) -> None:
    prepared(desktop, server)
    report = usage.import_csv(desktop.db, "who,what\nAcme GmbH,API calls\n")
    assert report.error is not None and "customer, product, quantity, period" in report.error
    assert report.rows == [] and desktop.db.usage.records() == []


def test_ended_periods_are_billed_once_on_the_next_invoice(
    make_desktop: Callable[[str], Desktop], server: StripeServer, clock: LinkedClock
) -> None:
    a = make_desktop("a")
    ids = prepared(a, server)
    usage.import_csv(a.db, CSV)
    assert a.run().summary == "Nothing was due."  # January is not over yet: nothing billed
    assert _usage_items(server) == []

    acme = local_customer_id(a.db, ids["acme"])
    a.db.schedules.save(monthly_schedule(acme, date(2026, 2, 2)))
    clock.to_day(date(2026, 2, 2))
    report = a.run()
    assert "3 usage charge(s) added to the next invoice." in report.summary, report.summary
    items = _usage_items(server)
    by_description = {i["description"]: i for i in items}
    api_acme = graduated(1500, API_TIERS)  # 1,000 x 2 + 500 x 1 = 2,500
    assert api_acme == 2500
    assert by_description["API calls: 1,500 units, 2026-01, tiered (graduated)"]["amount"] == 2500
    assert by_description["Storage GB: 50 units, 2026-01"]["amount"] == 500
    assert by_description["API calls: 999 units, 2026-01, tiered (graduated)"]["amount"] == 1998
    # Acme's recurring invoice made in the same run carries Acme's usage (queued before it)
    (recurring,) = [
        i for i in server.objects("invoice") if i["metadata"].get("desktop_invoicer_period")
    ]
    assert recurring["total"] == 4900 + 2 * 9000 + 2500 + 500
    acme_items = [i for i in items if i["customer"] == ids["acme"]]
    assert {i["invoice"] for i in acme_items} == {recurring["id"]}
    beta_items = [i for i in items if i["customer"] == ids["beta"]]
    assert [i["invoice"] for i in beta_items] == [None]  # pending until Beta's next invoice

    # again, and a second desktop that imports the same file: nothing billed twice
    assert "usage" not in a.run().summary
    b = make_desktop("b")
    b.sync()
    b_api = b.db.products.get_by_stripe_id(ids["api"])
    assert b_api is not None
    b.db.usage.set_plan(b_api.id, "EUR", UsagePricing(PricingModel.GRADUATED, tiers=API_TIERS))
    usage.import_csv(b.db, CSV)
    b.run()
    assert len(_usage_items(server)) == 3
    assert {c.status for c in b.db.usage.charges()} == {"done"}

    # more January usage after January was billed is refused, with the reason
    late = usage.import_csv(
        a.db, "customer,product,quantity,period\nAcme GmbH,API calls,7,2026-01\n"
    )
    assert late.rows[0].reason == "Usage of API calls for 2026-01 was billed already."


def _usage_items(server: StripeServer) -> list[dict[str, Any]]:
    return [
        i
        for i in server.objects("invoiceitem")
        if not i.get("deleted") and "desktop_invoicer_usage_period" in (i.get("metadata") or {})
    ]
