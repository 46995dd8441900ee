"""The Stripe-hosted invoice carries the business's footer and terms, and the customer's
language, through the outbox (the real stripe client against the local server)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_invoicer.documents.samples import sample_business
from desktop_invoicer.domain.branding import Branding
from desktop_invoicer.domain.catalog import Address, Customer
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import Invoice, InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.storage import Database
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.changes import StripeChanges
from desktop_invoicer.sync.engine import SyncEngine
from desktop_invoicer.sync.gateway import GatewayConfig, StripeGateway

KEY = "sk_test_branding000000000000000000"


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[tuple[StripeServer, Database, SyncEngine]]:
    server = StripeServer()
    server.start()
    db = Database.open(tmp_path / "w.db", clock=lambda: float(server.clock.now()))
    gateway = StripeGateway(GatewayConfig(KEY, api_base=server.url, timeout=10.0))
    yield server, db, SyncEngine(db, gateway, lambda: float(server.clock.now()))
    gateway.close()
    db.close()
    server.stop()


def test_footer_terms_and_language_reach_stripe(
    setup: tuple[StripeServer, Database, SyncEngine],
) -> None:
    server, db, engine = setup
    db.settings.save_business_profile(
        sample_business(branding=Branding(terms="Net 30. Late payments accrue 1% per month."))
    )
    changes = StripeChanges(db)
    c = changes.save_customer(
        Customer(
            "",
            "Société Générale",
            "ap@sg.example",
            currency("EUR"),
            Address(country="FR"),
            locale="fr",
        )
    )
    line = (InvoiceLine("Conseil", 2, Money.of(45000, "EUR")),)
    ours = changes.save_draft(Invoice("", c.id, currency("EUR"), lines=line))
    own = changes.save_draft(Invoice("", c.id, currency("EUR"), lines=line, footer="Merci !"))
    engine.settle()
    remote = server.get("invoice", db.invoices.get(ours.id).stripe_id)
    assert remote["footer"].startswith("Thank you for your business.")
    assert remote["footer"].endswith("Late payments accrue 1% per month.")
    assert server.get("invoice", db.invoices.get(own.id).stripe_id)["footer"] == "Merci !"
    customer = server.get("customer", db.customers.get(c.id).stripe_id)
    assert customer["preferred_locales"] == ["fr"]


def test_the_footer_stripe_sent_back_does_not_print_the_terms_twice() -> None:
    from desktop_invoicer.documents.pdf import invoice_pdf_bytes
    from desktop_invoicer.documents.samples import sample_customer, sample_invoice
    from desktop_invoicer.domain.branding import stripe_footer

    from .helpers import read_pdf

    terms = "Net 30. Late payments accrue 1% per month."
    business = sample_business(branding=Branding(terms=terms))
    synced = sample_invoice("EUR", footer=stripe_footer(business.footer, terms))
    pdf = read_pdf(invoice_pdf_bytes(synced, sample_customer("EUR"), business))
    assert pdf.text.count("Late payments accrue") == 1
    assert pdf.text.count("Thank you for your business.") == 1
