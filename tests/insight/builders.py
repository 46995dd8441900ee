"""Cache rows for the insight tests, written through the repositories as the sync writes them.

Each invoice is stored with ``upsert_synced`` and a Stripe-shaped ``raw`` payload
(finalized/paid times, ``attempt_count``), so the KPI and report SQL reads it
exactly as it reads a synced invoice. Amounts are minor units.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from desktop_invoicer.domain.catalog import Customer, Price, Product, TaxRate
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import CollectionMethod, Invoice, InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.status import InvoiceStatus
from desktop_invoicer.domain.units import JobUnit, UnitKind, UnitStatus
from desktop_invoicer.storage import Database
from desktop_invoicer.storage.repositories.base import StripeMeta


def epoch(day: date, hour: int = 12) -> int:
    return int(datetime(day.year, day.month, day.day, hour, tzinfo=UTC).timestamp())


class MovableClock:
    """The database's clock, set to noon UTC of a chosen day before each write."""

    def __init__(self, day: date = date(2026, 3, 31)) -> None:
        self.now = float(epoch(day))

    def set(self, day: date) -> None:
        self.now = float(epoch(day))

    def __call__(self) -> float:
        return self.now


class Book:
    """Customers, products and invoices for one test."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._customers: dict[str, str] = {}
        self._products: dict[tuple[str, str], str] = {}
        self._rates: dict[str, TaxRate] = {}
        self._count = 0
        self.stripe_ids: dict[str, str] = {}  # local id -> Stripe id

    def customer(self, name: str, code: str = "USD") -> str:
        if name not in self._customers:
            stored = self.db.customers.add(
                Customer("", name, f"{len(self._customers)}@example.com", currency(code))
            )
            self._customers[name] = stored.id
        return self._customers[name]

    def price(self, product: str, code: str, unit: int) -> str:
        key = (product, code)
        if key not in self._products:
            prod = self.db.products.add(Product("", product, ""))
            self._products[key] = self.db.prices.add(Price("", prod.id, Money.of(unit, code))).id
        return self._products[key]

    def rate(self, name: str, pct: str, inclusive: bool = False) -> TaxRate:
        if name not in self._rates:
            self._rates[name] = self.db.tax_rates.add(TaxRate("", name, Decimal(pct), inclusive))
        return self._rates[name]

    def invoice(
        self,
        customer: str,
        amount: int,
        *,
        code: str = "USD",
        status: str = "open",
        finalized: date | None = None,
        created: date | None = None,
        paid: date | None = None,
        amount_paid: int | None = None,
        due: date | None = None,
        attempts: int = 0,
        automated: bool = False,
        plan: str | None = None,
        lines: tuple[tuple[str, int, int], ...] = (),
        rates: tuple[TaxRate, ...] = (),
    ) -> str:
        """Store one invoice; ``lines`` are (product, quantity, unit) and replace ``amount``."""
        self._count += 1
        stripe_id = f"in_test{self._count:04d}"
        cur = currency(code)
        if lines:
            invoice_lines = tuple(
                InvoiceLine(
                    name, qty, Money(unit, cur), rates, price_id=self.price(name, code, unit)
                )
                for name, qty, unit in lines
            )
        else:
            invoice_lines = (InvoiceLine("Work", 1, Money(amount, cur), rates),)
        draft = Invoice(
            id="",
            customer_id=self.customer(customer, code),
            currency=cur,
            status=InvoiceStatus(status),
            lines=invoice_lines,
            number=None if status == "draft" else f"T-{self._count:04d}",
            collection_method=CollectionMethod.SEND_INVOICE,
            due_date=due,
            issue_date=finalized,
            stripe_id=stripe_id,
        )
        total = draft.totals().total.minor
        if amount_paid is None:
            amount_paid = total if status == "paid" else 0
        transitions: dict[str, Any] = {
            "finalized_at": None if finalized is None else epoch(finalized),
            "paid_at": None if paid is None else epoch(paid),
        }
        raw = {
            "id": stripe_id,
            "object": "invoice",
            "status": status,
            "status_transitions": transitions,
            "attempt_count": attempts,
            "attempted": attempts > 0,
        }
        metadata = {"desktop_invoicer_unit": f"unit{self._count}"} if automated else {}
        if plan is not None:  # an instalment invoice of a payment plan carries a unit too
            metadata = {
                "desktop_invoicer_unit": f"unit{self._count}",
                "desktop_invoicer_plan": plan,
            }
        made = created or finalized
        assert made is not None
        meta = StripeMeta(livemode=False, created=epoch(made), metadata=metadata, raw=raw)
        stored = self.db.invoices.upsert_synced(replace(draft, amount_paid=amount_paid), meta)
        self.stripe_ids[stored.id] = stripe_id
        return stored.id

    def retry_unit(self, invoice_id: str, attempt: int, outcome: str, status: str = "done") -> str:
        """A payment retry unit of ``invoice_id`` that answered ``outcome`` (paid/declined)."""
        ref = self.stripe_ids[invoice_id]
        unit_id = f"retry-{ref}-{attempt}"
        self.db.job_units.plan(
            [
                JobUnit(
                    unit_id,
                    UnitKind.RETRY,
                    date(2026, 3, 1),
                    invoice_ref=ref,
                    attempt=attempt,
                )
            ]
        )
        self.db.job_units.finish(unit_id, UnitStatus(status), result={"outcome": outcome})
        return unit_id
