"""Settings, the business profile, the outbox and sync bookkeeping."""

from __future__ import annotations

import pytest

from desktop_invoicer.domain.business import BusinessProfile
from desktop_invoicer.domain.catalog import Address
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.validation import ValidationError
from desktop_invoicer.storage import Database, NotFoundError, OutboxStatus


def test_generic_settings_hold_json(db: Database) -> None:
    assert db.settings.get("missing", "default") == "default"
    value = {
        "columns": ["number", "total"],
        "width": 120,
        "ratio": "1.5",
        "on": True,
        "ja": "請求書",
    }
    db.settings.set("invoice_table", value)
    assert db.settings.get("invoice_table") == value
    db.settings.set("invoice_table", [1, 2])
    assert db.settings.get("invoice_table") == [1, 2]
    db.settings.delete("invoice_table")
    assert db.settings.get("invoice_table") is None


def test_business_profile_round_trip(db: Database) -> None:
    assert db.settings.business_profile() == BusinessProfile()
    profile = BusinessProfile(
        name="Müller & Söhne GmbH",
        email="rechnung@mueller.example",
        phone="+49 30 123456",
        website="https://mueller.example",
        address=Address("Friedrichstraße 123", "", "Berlin", "10117", "", "DE"),
        tax_ids=("DE123456789",),
        default_currency=currency("EUR"),
        default_days_until_due=14,
        payment_instructions="IBAN DE89 3704 0044 0532 0130 00",
        footer="Geschäftsführer: Hans Müller",
        logo_path="/home/hans/logo.png",
    )
    db.settings.save_business_profile(profile, actor="hans")
    assert db.settings.business_profile() == profile
    entry = db.audit.entries("business_profile")[0]
    assert (entry.actor, entry.after["name"]) == ("hans", "Müller & Söhne GmbH")
    with pytest.raises(ValidationError):
        db.settings.save_business_profile(BusinessProfile(name=""))
    assert db.settings.business_profile() == profile


def test_outbox_queue(db: Database) -> None:
    item = db.outbox.enqueue(
        "invoice",
        "inv1",
        "finalize",
        {"auto_advance": False},
        "finalize:inv1",
        base_version={"updated": 5},
    )
    again = db.outbox.enqueue("invoice", "inv1", "finalize", {"other": 1}, "finalize:inv1")
    assert again == item  # the same deterministic key is queued once
    second = db.outbox.enqueue("customer", "c1", "update", {"name": "x"}, "update:c1:1")
    assert [i.id for i in db.outbox.pending()] == [item.id, second.id]
    db.outbox.record_attempt(item.id, "timeout")
    assert db.outbox.get(item.id).attempts == 1
    assert db.outbox.get(item.id).status is OutboxStatus.PENDING
    db.outbox.mark_sent(item.id)
    sent = db.outbox.get(item.id)
    assert (sent.status, sent.attempts, sent.sent_at) == (OutboxStatus.SENT, 2, 1767225600)
    db.outbox.mark_conflict(second.id, "changed in Stripe")
    assert db.outbox.count(OutboxStatus.CONFLICT) == 1
    assert db.outbox.by_status(OutboxStatus.CONFLICT)[0].last_error == "changed in Stripe"
    db.outbox.retry(second.id)
    db.outbox.mark_failed(second.id, "card declined")
    assert db.outbox.get(second.id).status is OutboxStatus.FAILED
    assert db.outbox.pending() == []
    with pytest.raises(NotFoundError):
        db.outbox.mark_sent(999)


def test_cursors_and_applied_events(db: Database) -> None:
    assert db.sync_state.cursor("events") is None
    db.sync_state.set_cursor("events", "evt_100")
    db.sync_state.set_cursor("events", "evt_200")
    assert db.sync_state.cursor("events") == "evt_200"
    assert db.sync_state.mark_applied("evt_1", "invoice.paid", 1000)
    assert not db.sync_state.mark_applied("evt_1", "invoice.paid", 1000)
    assert db.sync_state.is_applied("evt_1")
    db.sync_state.mark_applied("evt_2", "invoice.created", 5000)
    assert db.sync_state.prune_applied(2000) == 1
    assert not db.sync_state.is_applied("evt_1")
    assert db.sync_state.is_applied("evt_2")
