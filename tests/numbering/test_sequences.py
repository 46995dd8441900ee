"""Reservations in SQLite: consecutive, never reused, the same after a retry."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_invoicer.domain.numbering import NumberFormat
from desktop_invoicer.domain.validation import ValidationError
from desktop_invoicer.storage import Database

DAY = date(2025, 3, 9)


def test_numbers_are_consecutive_and_a_retry_gets_the_same_one(db: Database) -> None:
    repo = db.numbering
    assert repo.next_number(DAY) == "INV-2025-0001"
    assert repo.reserve("a", DAY) == "INV-2025-0001"
    assert repo.reserve("b", DAY) == "INV-2025-0002"
    assert repo.reserve("a", DAY) == "INV-2025-0001"  # retry: same number
    assert repo.next_number(DAY) == "INV-2025-0003"
    assert repo.reserve("c", date(2026, 1, 2)) == "INV-2026-0001"  # a new year's sequence


def test_a_taken_number_is_never_offered_again(db: Database) -> None:
    repo = db.numbering
    first = repo.reserve("a", DAY)
    repo.mark_taken("a", first)
    assert repo.reserve("a", DAY) == "INV-2025-0002"
    assert [r.state for r in repo.reservations()] == ["taken", "reserved"]


def test_observed_stripe_numbers_move_the_sequence(db: Database) -> None:
    repo = db.numbering
    assert repo.observe(["INV-2025-0007", "INV-2025-0003", "OTHER-1", "INV-2024-0099"]) == 2
    assert repo.reserve("a", DAY) == "INV-2025-0008"
    assert repo.reserve("b", date(2024, 6, 1)) == "INV-2024-0100"
    assert repo.observe(["INV-2025-0002"]) == 0  # never moves back


def test_the_format_is_a_workspace_setting(db: Database) -> None:
    repo = db.numbering
    repo.set_number_format(NumberFormat("NW-{YY}{MM}-{seq:03}"))
    assert repo.number_format().pattern == "NW-{YY}{MM}-{seq:03}"
    assert repo.reserve("a", DAY) == "NW-2503-001"
    with pytest.raises(ValidationError):
        repo.set_number_format(NumberFormat("no sequence"))
    assert repo.number_format().pattern == "NW-{YY}{MM}-{seq:03}"


def test_two_connections_to_one_workspace_never_share_a_number(
    make_db: object, tmp_path: object
) -> None:
    from collections.abc import Callable
    from typing import cast

    make = cast(Callable[[str], Database], make_db)
    first = make("shared")
    second = make("shared")  # the same file: a second window or process
    numbers = []
    for i in range(10):
        repo = (first if i % 2 else second).numbering
        numbers.append(repo.reserve(f"inv{i}", DAY))
    assert numbers == [f"INV-2025-{n:04d}" for n in range(1, 11)]


def test_numbers_in_the_synced_invoices_move_the_sequence(db: Database) -> None:
    from desktop_invoicer.domain.catalog import Customer
    from desktop_invoicer.domain.currency import currency
    from desktop_invoicer.domain.invoice import Invoice, InvoiceLine
    from desktop_invoicer.domain.money import Money
    from desktop_invoicer.domain.status import InvoiceAction

    customer = db.customers.add(Customer("", "Acme", "ap@acme.example", currency("USD")))
    for number in ("INV-2025-0041", "INV-2025-0007", "OTHER-0099", "INV_2025-0500"):
        saved = db.invoices.save_draft(
            Invoice(
                "", customer.id, currency("USD"), lines=(InvoiceLine("A", 1, Money.of(100, "USD")),)
            )
        )
        db.invoices.set_status(saved.id, InvoiceAction.FINALIZE, number=number)
    assert db.numbering.observe_cached_invoices() == 1
    assert db.numbering.reserve("new", DAY) == "INV-2025-0042"
