"""Disputes: the local server speaks Stripe's dispute API; the app caches them and holds invoices."""

from __future__ import annotations

from typing import Any

import pytest
import requests
import stripe

from desktop_invoicer.storage import Database
from desktop_invoicer.storage.repositories.disputes import disputed_invoice_ids
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.engine import SyncEngine


def paid_by_card(server: StripeServer, name: str = "Globex", amount: int = 25_000) -> str:
    customer = server.dashboard_create("customer", name=name, email=f"{name.lower()}@example.com")
    invoice = server.dashboard_create(
        "invoice", customer=customer["id"], collection_method="send_invoice", days_until_due=30
    )
    server.dashboard_create(
        "invoiceitem",
        customer=customer["id"],
        invoice=invoice["id"],
        amount=amount,
        currency="usd",
        description="Consulting",
    )
    server.dashboard_action("invoice", invoice["id"], "finalize")
    server.dashboard_action("invoice", invoice["id"], "pay", payment_method="pm_card_visa")
    return str(invoice["id"])


def admin(server: StripeServer, path: str, body: dict[str, Any]) -> requests.Response:
    return requests.post(f"{server.url}/_admin/{path}", json=body, timeout=10)


def test_a_dispute_opened_on_a_paid_invoice_is_listed_retrieved_and_closed(
    server: StripeServer, client: stripe.StripeClient
) -> None:
    invoice_id = paid_by_card(server)
    opened = admin(server, "disputes", {"invoice": invoice_id, "reason": "fraudulent"})
    assert opened.status_code == 200, opened.text
    dispute = opened.json()
    assert dispute["object"] == "dispute" and dispute["status"] == "needs_response"
    assert dispute["amount"] == 25_000 and dispute["currency"] == "usd"
    assert dispute["evidence_details"]["due_by"] > dispute["created"]

    listed = client.v1.disputes.list({"payment_intent": dispute["payment_intent"]})
    assert [d.id for d in listed.data] == [dispute["id"]]
    got = client.v1.disputes.retrieve(dispute["id"])
    assert got.reason == "fraudulent" and got.charge == dispute["charge"]
    updated = client.v1.disputes.update(
        dispute["id"], {"evidence": {"uncategorized_text": "Signed contract attached"}}
    )
    assert updated.status == "under_review"
    assert updated.evidence_details.submission_count == 1
    closed = client.v1.disputes.close(dispute["id"])
    assert closed.status == "lost"
    types = [e["type"] for e in server.events() if e["type"].startswith("charge.dispute")]
    assert types == ["charge.dispute.closed", "charge.dispute.updated", "charge.dispute.created"]
    with pytest.raises(stripe.InvalidRequestError, match="already closed"):
        client.v1.disputes.close(dispute["id"])


def test_only_a_card_payment_can_be_disputed(server: StripeServer) -> None:
    customer = server.dashboard_create("customer", name="Initech", email="ap@initech.example")
    invoice = server.dashboard_create(
        "invoice", customer=customer["id"], collection_method="send_invoice", days_until_due=30
    )
    answer = admin(server, "disputes", {"invoice": invoice["id"]})
    assert answer.status_code == 400 and "only a paid invoice" in answer.json()["error"]["message"]


def test_disputes_sync_by_backfill_and_events_and_hold_the_invoice(
    server: StripeServer, engine: SyncEngine, synced_db: Database
) -> None:
    first = paid_by_card(server, "Acme")
    early = admin(server, "disputes", {"invoice": first, "reason": "duplicate"}).json()
    report = engine.run_once()  # backfill copies the existing dispute
    assert report.error is None, report.error
    row = synced_db.disputes.get(early["id"])
    assert row is not None and row.invoice_ref == first and row.status == "needs_response"
    local = synced_db.invoices.get_by_stripe_id(first)
    assert local is not None and row.invoice_id == local.id
    assert disputed_invoice_ids(synced_db) == {first, local.id}
    assert "evidence due" in row.summary()

    second = paid_by_card(server, "Globex")
    later = admin(server, "disputes", {"invoice": second, "inquiry": True}).json()
    admin(server, f"disputes/{early['id']}", {"status": "won"})
    report = engine.run_once()  # the poller applies created / closed events
    assert report.error is None, report.error
    assert synced_db.disputes.get(early["id"]).status == "won"  # type: ignore[union-attr]
    held = synced_db.disputes.get(later["id"])
    assert held is not None and held.status == "warning_needs_response"
    assert held.invoice_ref == second
    assert second in disputed_invoice_ids(synced_db)
    assert first not in disputed_invoice_ids(synced_db)  # won: the invoice is settled again
