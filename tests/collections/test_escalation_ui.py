"""The Escalations view: settings, the list, pausing reminders, the notice; disputes in lists."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pytestqt.qtbot import QtBot

from desktop_invoicer.jobs.clock import ManualClock
from desktop_invoicer.storage import Database
from desktop_invoicer.ui.escalations_view import EscalationsView
from desktop_invoicer.ui.invoices_view import InvoicesView
from tests.ui.conftest import Answers, open_window

from .conftest import SHOTS
from .helpers import add_customer, add_invoice


def test_escalations_view_lists_notifies_and_pauses_reminders(
    qtbot: QtBot, ui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(EscalationsView, "clock", ManualClock(datetime(2026, 1, 1, 9, tzinfo=UTC)))
    acme = add_customer(ui_db, "Acme Ltd")
    globex = add_customer(ui_db, "Globex Corp")
    add_invoice(
        ui_db,
        acme,
        status="open",
        total=800_00,
        due=date(2025, 11, 1),
        stripe_id="in_old",
        number="INV-0007",
    )
    add_invoice(
        ui_db,
        globex,
        status="open",
        total=9_000_00,
        due=date(2025, 12, 20),
        stripe_id="in_big",
        number="INV-0012",
    )
    add_invoice(
        ui_db,
        globex,
        status="open",
        total=100_00,
        due=date(2025, 12, 28),
        stripe_id="in_small",
        number="INV-0013",
    )
    ui_db.disputes.upsert(
        {
            "id": "dp_1",
            "object": "dispute",
            "invoice": "in_big",
            "status": "needs_response",
            "amount": 9_000_00,
            "currency": "usd",
            "reason": "fraudulent",
            "evidence_details": {"due_by": int(datetime(2026, 1, 15, tzinfo=UTC).timestamp())},
        }
    )
    window = open_window(qtbot, ui_db, Answers(SHOTS / "unused.pdf"))
    view = window.show_view("escalations")
    assert isinstance(view, EscalationsView)
    qtbot.waitUntil(lambda: not view.checking)
    assert view.rows == [] and not view.enabled.isChecked()  # off until the owner turns it on
    view.enabled.setChecked(True)
    view.days.setValue(30)

    # Bad input stays in the form, with the message at the field.
    view.balance.setText("USD lots")
    assert not view.save_policy()
    assert "not an amount" in view.errors.message("balance")
    assert view.balance.text() == "USD lots"
    view.balance.setText("USD 5000")
    assert view.save_policy()
    qtbot.waitUntil(lambda: len(view.rows) == 2)
    assert view.last_notice is not None and view.last_notice.channel == "status"  # no tray here
    assert "2 overdue invoices need you" in window.statusBar().currentMessage()
    big = next(r for r in view.rows if r.invoice_ref == "in_big")
    assert big.dispute == "Disputed: needs response, evidence due 2026-01-15"
    assert big.reason == "balance USD 9,000.00 is at least USD 5,000.00"

    row = next(i for i, r in enumerate(view.rows) if r.invoice_ref == "in_old")
    view.table.selectRow(row)
    assert view.pause_button.text() == "Resume reminders"
    view.pause_button.click()
    qtbot.waitUntil(lambda: "in_old" not in ui_db.escalations.paused_refs())
    qtbot.waitUntil(lambda: view.table.item(row, 5).text() == "Automatic")
    view.grab().save(str(SHOTS / "escalations_view.png"))

    # The invoice list shows the dispute and its evidence deadline.
    invoices = window.show_view("invoices")
    assert isinstance(invoices, InvoicesView)
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 3)
    column = next(i for i, c in enumerate(invoices.model.columns) if c.header == "Dispute")
    texts = {
        invoices.model.row(r).number: invoices.model.data(invoices.model.index(r, column))
        for r in range(3)
    }
    assert texts["INV-0012"] == "Disputed: needs response · due 2026-01-15"
    assert texts["INV-0007"] == ""
    window.resize(1500, 700)
    invoices.table.scrollTo(invoices.model.index(0, column))
    qtbot.wait(50)
    invoices.grab().save(str(SHOTS / "invoices_disputes.png"))
    # The invoice's own window says it is disputed, until when, and what that pauses.
    invoices.select_row(invoices.model.find_row(lambda r: r.number == "INV-0012"))
    invoices.edit_current()
    detail = invoices.dialog
    assert detail is not None
    banner = detail.rule_terms.dispute  # type: ignore[attr-defined]
    assert banner.isVisible()
    assert banner.text() == (
        "Disputed: needs response, evidence due 2026-01-15. "
        "Reminders and late fees are paused while it is open."
    )
    detail.grab().save(str(SHOTS / "invoice_disputed_detail.png"))
    detail.reject()
    window.close()


def test_the_background_notifier_announces_each_escalation_once(
    qtbot: QtBot, ui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_invoicer.domain.escalation import EscalationPolicy
    from desktop_invoicer.ui.escalation_notifier import EscalationNotifier

    monkeypatch.setattr(
        EscalationNotifier, "clock", ManualClock(datetime(2026, 1, 1, 9, tzinfo=UTC))
    )
    acme = add_customer(ui_db, "Acme Ltd")
    add_invoice(
        ui_db,
        acme,
        status="open",
        total=800_00,
        due=date(2025, 11, 1),
        stripe_id="in_old",
        number="INV-0007",
    )
    ui_db.escalations.save_policy(EscalationPolicy(True, days_overdue=30))
    window = open_window(qtbot, ui_db, Answers(SHOTS / "unused.pdf"))
    notifier = window.escalation_notifier  # type: ignore[attr-defined]
    assert isinstance(notifier, EscalationNotifier)
    with qtbot.waitSignal(notifier.checked, timeout=5000) as first:
        notifier.check()
    assert first.args[0] is not None and first.args[0].channel == "status"
    assert "Invoice INV-0007 for Acme Ltd needs you." in window.statusBar().currentMessage()
    assert ui_db.escalations.unnotified() == []
    with qtbot.waitSignal(notifier.checked, timeout=5000) as second:
        notifier.check()
    assert second.args[0] is None  # already on the list: not announced again
    window.close()
