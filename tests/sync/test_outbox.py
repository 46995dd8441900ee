"""Local changes reach Stripe exactly once, through faults, restarts and forgotten keys."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_invoicer.domain.catalog import Address, Customer, TaxRate
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import Invoice, InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.status import InvalidTransitionError, InvoiceAction
from desktop_invoicer.storage import Database, OutboxStatus
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.changes import StripeChanges
from desktop_invoicer.sync.engine import SyncEngine
from desktop_invoicer.sync.mapping import METADATA_LOCAL_ID
from desktop_invoicer.sync.outbox import KEY_MEMORY_SECONDS

from .helpers import live


def customer(name: str = "Initech", email: str = "ap@initech.example") -> Customer:
    return Customer(
        id="",
        name=name,
        email=email,
        currency=currency("USD"),
        address=Address(city="Austin", country="US"),
    )


def made_by_us(server: StripeServer, kind: str, local_id: str) -> list[dict[str, object]]:
    return [
        o
        for o in live(server.objects(kind))
        if (o.get("metadata") or {}).get(METADATA_LOCAL_ID) == local_id
    ]


def test_new_customer_is_created_once_with_our_id(
    server: StripeServer, engine: SyncEngine, db: Database
) -> None:
    saved = StripeChanges(db).save_customer(customer())
    assert db.outbox.count(OutboxStatus.PENDING) == 1  # queued with the local save, not sent yet
    engine.settle()
    created = made_by_us(server, "customer", saved.id)
    assert len(created) == 1 and created[0]["name"] == "Initech"
    assert db.customers.get(saved.id).stripe_id == created[0]["id"]
    assert db.outbox.count(OutboxStatus.PENDING) == 0


def test_draft_invoice_totals_agree_with_stripe(
    server: StripeServer, engine: SyncEngine, db: Database
) -> None:
    changes = StripeChanges(db)
    c = changes.save_customer(customer())
    vat = changes.save_tax_rate(TaxRate("", "NY sales tax", Decimal("8.875"), inclusive=False))
    draft = Invoice(
        id="",
        customer_id=c.id,
        currency=currency("USD"),
        lines=(
            InvoiceLine("Design", 3, Money.of(19_99, "USD"), (vat,)),
            InvoiceLine("Hosting", 1, Money.of(10_00, "USD"), (vat,)),
        ),
        memo="Thank you",
        custom_fields=(("PO number", "PO-7"),),
    )
    saved = changes.save_draft(draft)
    report = engine.settle()
    assert report.error is None
    remote = made_by_us(server, "invoice", saved.id)
    assert len(remote) == 1
    assert remote[0]["status"] == "draft" and remote[0]["auto_advance"] is False
    local_total = db.invoices.get(saved.id).totals().total.minor
    assert remote[0]["total"] == local_total == 6997 + 532 + 89


def test_edit_of_a_synced_draft_replaces_its_lines(
    server: StripeServer, engine: SyncEngine, db: Database
) -> None:
    changes = StripeChanges(db)
    c = changes.save_customer(customer())
    saved = changes.save_draft(
        Invoice("", c.id, currency("USD"), lines=(InvoiceLine("A", 1, Money.of(500, "USD")),))
    )
    engine.settle()
    base = changes.base_version("invoice", saved.id)
    current = db.invoices.get(saved.id)
    changes.save_draft(
        Invoice(
            saved.id,
            c.id,
            currency("USD"),
            lines=(InvoiceLine("B", 2, Money.of(700, "USD")),),
            stripe_id=current.stripe_id,
        ),
        base,
    )
    engine.settle()
    remote = made_by_us(server, "invoice", saved.id)[0]
    assert remote["total"] == 1400
    assert [line["description"] for line in remote["lines"]["data"]] == ["B"]


@pytest.mark.parametrize("fault", ["500-after", "drop-after", "429"])
def test_faults_never_duplicate_a_create(
    server: StripeServer, engine: SyncEngine, db: Database, fault: str
) -> None:
    saved = StripeChanges(db).save_customer(customer())
    if fault == "500-after":
        server.faults.fail_next(1, 500, method="POST", path="/v1/customers", after=True)
    elif fault == "drop-after":
        server.faults.drop_next(1, method="POST", path="/v1/customers", after=True)
    else:
        server.faults.fail_next(2, 429, method="POST", path="/v1/customers")
    for _ in range(5):
        engine.run_once()
    assert len(made_by_us(server, "customer", saved.id)) == 1
    assert db.customers.get(saved.id).stripe_id is not None


def test_offline_keeps_the_change_until_stripe_is_back(
    server: StripeServer, engine: SyncEngine, db: Database
) -> None:
    saved = StripeChanges(db).save_customer(customer())
    server.faults.drop_next(None, method="POST", path="/v1/customers")
    report = engine.run_once()
    assert report.delivery is not None and report.delivery.offline
    assert db.outbox.count(OutboxStatus.PENDING) == 1
    server.faults.clear()
    engine.settle()
    assert len(made_by_us(server, "customer", saved.id)) == 1


def test_a_row_older_than_key_memory_looks_for_its_object_first(
    server: StripeServer, engine: SyncEngine, db: Database
) -> None:
    changes = StripeChanges(db)
    saved = changes.save_customer(customer())
    item = db.outbox.pending()[0]
    # The request went out and Stripe created the customer, then the app died before
    # recording it. A day later Stripe has forgotten the idempotency key.
    engine.gateway.create_customer(
        engine.sender.resolve(item.payload["params"]), item.idempotency_key
    )
    server.clock.advance(KEY_MEMORY_SECONDS + 2 * 3600)
    engine.settle()
    assert len(made_by_us(server, "customer", saved.id)) == 1
    assert db.customers.get(saved.id).stripe_id == made_by_us(server, "customer", saved.id)[0]["id"]


def test_a_remote_edit_during_a_local_edit_is_a_conflict(
    server: StripeServer, engine: SyncEngine, db: Database
) -> None:
    changes = StripeChanges(db)
    saved = changes.save_customer(customer())
    engine.settle()
    stripe_id = db.customers.get(saved.id).stripe_id
    assert stripe_id
    base = changes.base_version("customer", saved.id)  # the user opens the editor
    server.dashboard_update("customer", stripe_id, name="Initech (Dashboard)")  # someone else saves
    from dataclasses import replace

    changes.save_customer(replace(db.customers.get(saved.id), name="Initech Corp"), base)
    report = engine.run_once()
    assert report.delivery is not None and report.delivery.conflicts == 1
    conflict = db.outbox.by_status(OutboxStatus.CONFLICT)[0]
    assert conflict.base_version["remote"]["name"] == "Initech (Dashboard)"
    assert conflict.payload["params"]["name"] == "Initech Corp"
    assert server.get("customer", stripe_id)["name"] == "Initech (Dashboard)"  # nothing overwritten
    # The user keeps their version: it is sent against Stripe's current state.
    from desktop_invoicer.sync.outbox import fingerprint

    db.outbox.resolve_conflict(
        conflict.id,
        keep_local=True,
        new_base=fingerprint("customer", conflict.base_version["remote"]),
    )
    engine.settle()
    assert server.get("customer", stripe_id)["name"] == "Initech Corp"


def test_invoice_actions_respect_the_status_machine(
    server: StripeServer, engine: SyncEngine, db: Database
) -> None:
    changes = StripeChanges(db)
    c = changes.save_customer(customer())
    saved = changes.save_draft(
        Invoice("", c.id, currency("USD"), lines=(InvoiceLine("A", 1, Money.of(2500, "USD")),))
    )
    engine.settle()
    with pytest.raises(InvalidTransitionError, match="Cannot void a draft invoice"):
        changes.invoice_action(saved.id, InvoiceAction.VOID)
    changes.invoice_action(saved.id, InvoiceAction.FINALIZE)
    changes.invoice_action(saved.id, InvoiceAction.SEND)
    engine.settle()
    stripe_id = db.invoices.get(saved.id).stripe_id
    assert server.get("invoice", stripe_id)["status"] == "open"
    assert [s["invoice"] for s in server.sent_invoices] == [stripe_id]
    assert db.invoices.get(saved.id).number
    changes.invoice_action(saved.id, InvoiceAction.PAY, {"paid_out_of_band": True})
    engine.settle()
    assert db.invoices.get(saved.id).status.value == "paid"
    with pytest.raises(InvalidTransitionError, match="Cannot void a paid invoice"):
        changes.invoice_action(saved.id, InvoiceAction.VOID)
