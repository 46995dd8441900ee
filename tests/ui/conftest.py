"""UI test setup: screenshots folder, and the one Qt warning that is the platform's.

The offscreen platform plugin warns "This plugin does not support ..." when a
window asks for what it has no use for (propagateSizeHints() for a top-level with
a minimum size, raise() and keyboard grabs for popups). These are about the test
platform, not the app, so only those messages are ignored; every other Qt warning
still fails the test, as qt_log_level_fail=WARNING says.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_invoicer.domain.catalog import (
    Address,
    Customer,
    Discount,
    Price,
    Product,
    TaxRate,
)
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.money import Money
from desktop_invoicer.storage.database import Database
from desktop_invoicer.ui.main_window import MainWindow
from desktop_invoicer.ui.session import build_main_window
from desktop_invoicer.ui.ui_settings import open_settings

OFFSCREEN_NOISE = (
    r"^This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)$"
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


SHOTS = Path("/tmp/ui-shots")


@pytest.fixture
def db(isolated_home: Path) -> Iterator[Database]:
    database = Database.open_workspace("test")
    yield database
    database.close()


@pytest.fixture
def catalog_db(db: Database) -> Database:
    """A workspace with two customers, a product priced in USD and EUR, VAT and a coupon."""
    db.customers.add(
        Customer(
            "",
            "Acme Corporation",
            "billing@acme.example",
            currency("USD"),
            Address("1 Main St", city="Springfield", postal_code="12345", country="US"),
        )
    )
    db.customers.add(Customer("", "Müller GmbH", "rechnung@mueller.example", currency("EUR")))
    product = db.products.add(Product("", "Consulting hour", "Senior consultant, per hour"))
    db.prices.add(Price("", product.id, Money.of(15000, "USD")))
    db.prices.add(Price("", product.id, Money.of(14000, "EUR")))
    db.tax_rates.add(TaxRate("", "VAT", Decimal("20"), inclusive=False))
    db.discounts.add(Discount("", "Loyalty", percent_off=Decimal("10")))
    return db


class Answers:
    """What the person answers to the window's questions, set per test."""

    def __init__(self, pdf_path: Path) -> None:
        self.confirm = True
        self.pdf_path: Path | None = pdf_path
        self.errors: list[tuple[str, str]] = []
        self.confirmations: list[str] = []


@pytest.fixture
def answers(tmp_path: Path) -> Answers:
    return Answers(tmp_path / "invoice.pdf")


def open_window(qtbot: QtBot, db: Database, answers: Answers) -> MainWindow:
    window = build_main_window(db, open_settings(), "test")
    ctx = window.ctx
    ctx.ask_save_path = lambda _parent, _title, _suggested: answers.pdf_path

    def confirm(_parent: object, _title: str, text: str) -> bool:
        answers.confirmations.append(text)
        return answers.confirm

    ctx.confirm = confirm
    ctx.show_error = lambda _parent, title, text: answers.errors.append((title, text))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, catalog_db: Database, answers: Answers) -> Iterator[MainWindow]:
    win = open_window(qtbot, catalog_db, answers)
    yield win
    win.close()
