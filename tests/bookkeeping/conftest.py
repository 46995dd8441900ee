"""Bookkeeping tests: the jobs' desktops on the local Stripe-compatible server, with sales in it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from desktop_invoicer.stripe_server import StripeServer
from tests.jobs.conftest import Desktop, clock, desktop, make_desktop, server

__all__ = ["clock", "desktop", "make_desktop", "server"]


@dataclass
class Sales:
    customer: str
    other_customer: str
    rate: str
    product: str
    price: str
    paid_invoice: str
    open_invoice: str
    credited_invoice: str
    credit_note: str
    yen_invoice: str


def _invoice(
    server: StripeServer, customer: str, currency: str, items: list[dict[str, Any]]
) -> str:
    inv = server.dashboard_create(
        "invoice",
        customer=customer,
        collection_method="send_invoice",
        days_until_due=14,
        currency=currency,
    )
    for item in items:
        server.dashboard_create(
            "invoiceitem", customer=customer, invoice=inv["id"], currency=currency, **item
        )
    server.dashboard_action("invoice", inv["id"], "finalize")
    return str(inv["id"])


def make_sales(server: StripeServer) -> Sales:
    """Three EUR invoices (one paid, one open, one credited) and one in JPY, all finalized."""
    rate = server.call(
        "POST",
        "/v1/tax_rates",
        {"display_name": "VAT", "percentage": 19, "inclusive": False, "jurisdiction": "DE"},
    )
    product = server.dashboard_create("product", name="Hosting")
    price = server.dashboard_create(
        "price", product=product["id"], currency="eur", unit_amount=4900
    )
    customer = server.dashboard_create(
        "customer",
        name="Müller & Söhne GmbH",
        email="buchhaltung@mueller.example",
        phone="+49 30 1234567",
        address={
            "line1": "Hauptstraße 1",
            "city": "Berlin",
            "postal_code": "10115",
            "country": "DE",
        },
    )
    other = server.dashboard_create("customer", name="Tanaka KK", email="ap@tanaka.example")
    paid = _invoice(
        server,
        customer["id"],
        "eur",
        [
            {"pricing": {"price": price["id"]}, "quantity": 2, "tax_rates": [rate["id"]]},
            {"amount": 1250, "description": "Setup fee"},
        ],
    )
    server.dashboard_action("invoice", paid, "pay", paid_out_of_band=True)
    open_ = _invoice(
        server,
        customer["id"],
        "eur",
        [
            {"amount": 333, "description": "Support minute", "tax_rates": [rate["id"]]},
        ],
    )
    credited = _invoice(
        server,
        customer["id"],
        "eur",
        [
            {"amount": 10000, "description": "Consulting", "tax_rates": [rate["id"]]},
        ],
    )
    line = server.call("GET", f"/v1/invoices/{credited}")["lines"]["data"][0]["id"]
    note = server.call(
        "POST",
        "/v1/credit_notes",
        {
            "invoice": credited,
            "lines": [{"type": "invoice_line_item", "invoice_line_item": line, "amount": 2000}],
        },
    )
    yen = _invoice(server, other["id"], "jpy", [{"amount": 5000, "description": "Licence"}])
    return Sales(
        customer["id"],
        other["id"],
        rate["id"],
        product["id"],
        price["id"],
        paid,
        open_,
        credited,
        str(note["id"]),
        yen,
    )


@pytest.fixture
def sales(server: StripeServer) -> Sales:
    return make_sales(server)


@pytest.fixture
def synced(desktop: Desktop, sales: Sales) -> Desktop:
    desktop.sync()
    return desktop


OFFSCREEN_NOISE = (
    r"^This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)$"
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/bookkeeping/test_ui" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
