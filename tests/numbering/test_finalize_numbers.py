"""Finalizing through the outbox gives the invoice the workspace's own number when the
format is turned on (Settings > Numbering), and Stripe's number when it is off."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop_invoicer.domain.catalog import Address, Customer
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import Invoice, InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.numbering import NumberFormat
from desktop_invoicer.domain.status import InvoiceAction
from desktop_invoicer.storage import Database
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.changes import StripeChanges
from desktop_invoicer.sync.engine import SyncEngine
from desktop_invoicer.sync.gateway import StripeGateway


def _finalized_number(db: Database, engine: SyncEngine, name: str) -> str | None:
    changes = StripeChanges(db)
    c = changes.save_customer(
        Customer("", name, "ap@example.com", currency("EUR"), Address(country="DE"))
    )
    saved = changes.save_draft(
        Invoice("", c.id, currency("EUR"), lines=(InvoiceLine("Work", 1, Money.of(900, "EUR")),))
    )
    engine.settle()
    changes.invoice_action(saved.id, InvoiceAction.FINALIZE)
    engine.settle()
    return db.invoices.get(saved.id).number


def test_own_numbers_through_the_outbox(
    server: StripeServer, make_db: object, make_gateway: object
) -> None:
    from collections.abc import Callable
    from typing import cast

    db = cast(Callable[[str], Database], make_db)("desk")
    gateway = cast(Callable[[], StripeGateway], make_gateway)()
    engine = SyncEngine(db, gateway, lambda: float(server.clock.now()))
    stripe_number = _finalized_number(db, engine, "Stripe numbered")
    assert stripe_number and not stripe_number.startswith("NW-")

    db.numbering.set_number_format(NumberFormat("NW-{YYYY}-{seq:04}"))
    db.numbering.set_enabled(True)
    year = datetime.fromtimestamp(db.clock(), UTC).year
    assert _finalized_number(db, engine, "Ours one") == f"NW-{year}-0001"
    assert _finalized_number(db, engine, "Ours two") == f"NW-{year}-0002"
