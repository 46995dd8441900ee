"""The Billing view: usage import dialog (file, report, confirm) and projects with milestones."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_invoicer.domain.milestones import MilestoneStatus
from desktop_invoicer.ui.billing_dialogs import MilestoneDialog, ProjectDialog
from desktop_invoicer.ui.billing_view import BillingView
from desktop_invoicer.ui.main_window import MainWindow
from desktop_invoicer.ui.usage_import_dialog import UsageImportDialog
from desktop_invoicer.ui.usage_pricing_dialog import UsagePricingDialog
from tests.ui.conftest import SHOTS, Answers

CSV = (
    "customer,product,quantity,period\n"
    "Acme Corporation,Consulting hour,12,2026-03\n"
    "billing@acme.example,Consulting hour,3,2026-03-01..2026-03-15\n"
    "Nobody,Consulting hour,1,2026-03\n"
    "Müller GmbH,Consulting hour,two,2026-03\n"
    "Müller GmbH,Teleporter,1,2026-03\n"
    "Acme Corporation,Consulting hour,12,2026-03\n"
)


def shot(widget: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


def billing(window: MainWindow) -> BillingView:
    view = window.show_view("billing")
    assert isinstance(view, BillingView)
    return view


def test_import_dialog_previews_each_row_then_imports_the_accepted_ones(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    view = billing(window)
    csv_file = tmp_path / "march.csv"
    csv_file.write_text(CSV, encoding="utf-8")
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, UsageImportDialog)
    dialog.choose_file = lambda _parent: csv_file
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert dialog.task is not None
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=15000)
    table = dialog.table
    statuses = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert statuses == ["Accepted", "Accepted", "Rejected", "Rejected", "Rejected", "Rejected"]
    reasons = [table.item(r, 6).text() for r in range(table.rowCount())]
    assert reasons[2] == "Unknown customer 'Nobody'."
    assert reasons[3] == "Quantity 'two' is not a whole number of units."
    assert reasons[4].startswith("Unknown product 'Teleporter'")
    assert reasons[5] == "Duplicate of line 2."
    assert dialog.import_button.text() == "Import 2 rows" and dialog.import_button.isEnabled()
    assert "2 accepted, 0 already imported, 4 rejected" in dialog.summary.text()
    assert window.ctx.db.usage.records() == []  # nothing written before the confirm
    shot(dialog, "usage-import-preview.png")

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.last_import is not None, timeout=15000)
    assert view.last_import is not None and view.last_import.summary.startswith("2 accepted")
    assert sorted(r.quantity for r in window.ctx.db.usage.records()) == [3, 12]
    qtbot.waitUntil(lambda: "2 usage rows imported" in view.usage_note.text(), timeout=3000)

    # the same file again: nothing is new, and the button says so
    again = view.import_usage()
    again.load(csv_file)
    qtbot.waitUntil(lambda: again.report is not None, timeout=15000)
    assert not again.import_button.isEnabled()
    assert "0 accepted, 2 already imported, 4 rejected" in again.summary.text()
    again.reject()


def test_a_project_with_milestones_is_created_and_one_completed(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    view = billing(window)
    view.tabs.setCurrentIndex(1)
    qtbot.mouseClick(view.new_project_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, ProjectDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("name") == "Name is required."  # the error at the field
    qtbot.keyClicks(dialog.name, "Website relaunch")
    dialog.customer.setCurrentIndex(dialog.customer.findText("Müller GmbH (EUR)"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert view.projects.rowCount() == 1 and view.projects.item(0, 0).text() == "Website relaunch"

    view.projects.selectRow(0)
    for name, amount in (("Design", "2,500.00"), ("Build", "5000")):
        qtbot.mouseClick(view.add_milestone_button, Qt.MouseButton.LeftButton)
        m = view.dialog
        assert isinstance(m, MilestoneDialog)
        qtbot.keyClicks(m.name, name)
        qtbot.keyClicks(m.amount, "2.5.0")
        qtbot.mouseClick(m.save_button, Qt.MouseButton.LeftButton)
        assert m.errors.message("amount") == "'2.5.0' is not an amount."
        assert m.name.text() == name  # nothing typed is lost
        m.amount.setText(amount)
        qtbot.mouseClick(m.save_button, Qt.MouseButton.LeftButton)
        assert m.result() == m.DialogCode.Accepted
    texts = [
        [view.milestones.item(r, c).text() for c in range(3)]
        for r in range(view.milestones.rowCount())
    ]
    assert texts == [["Design", "EUR 2,500.00", "Open"], ["Build", "EUR 5,000.00", "Open"]]

    view.milestones.selectRow(0)
    assert view.complete_button.isEnabled()
    qtbot.mouseClick(view.complete_button, Qt.MouseButton.LeftButton)
    assert "Mark 'Design' complete and create a draft invoice" in answers.confirmations[-1]
    design = window.ctx.db.milestones.milestones(window.ctx.db.milestones.projects()[0].id)[0]
    assert design.status is MilestoneStatus.RUNNING  # its invoice is queued in the outbox
    assert view.milestones.item(0, 2).text() == "Completed, invoice sending"
    view.milestones.selectRow(0)
    assert not view.complete_button.isEnabled()  # completing twice is not offered
    shot(view, "billing-projects.png")


def test_tiered_usage_pricing_is_typed_previewed_and_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = billing(window)
    qtbot.mouseClick(view.pricing_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, UsagePricingDialog)
    dialog.currency.setText("USD")
    dialog.model.setCurrentIndex(dialog.model.findData("graduated"))
    dialog.tiers.item(0, 1).setText("0.02")
    dialog.tiers.item(1, 1).setText("0.01")
    dialog.preview_quantity.setValue(1500)
    assert dialog.preview.text() == "USD 25.00"  # 1,000 x 0.02 + 500 x 0.01
    dialog.model.setCurrentIndex(dialog.model.findData("volume"))
    assert dialog.preview.text() == "USD 15.00"  # all 1,500 at the second tier's 0.01
    dialog.tiers.item(1, 0).setText("900")  # the last tier must be open-ended
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "last tier must be unbounded" in dialog.errors.message("tiers")
    dialog.tiers.item(1, 0).setText("")
    shot(dialog, "usage-pricing.png")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    product = window.ctx.db.products.all()[0]
    plan = window.ctx.db.usage.plans(product.id)["USD"]
    assert plan.model.value == "volume" and [t.unit_amount for t in plan.tiers] == [2, 1]
    again = view.edit_pricing()  # the saved plan comes back for editing
    again.currency.setText("USD")
    again.load_plan()
    assert again.model.currentData() == "volume"
    assert [again.tiers.item(r, 1).text() for r in range(2)] == ["0.02", "0.01"]  # type: ignore[union-attr]
    again.reject()


def test_customer_groups_get_a_policy_and_members(qtbot: QtBot, window: MainWindow) -> None:
    from desktop_invoicer.domain.reminders import ReminderPolicy, ReminderStep
    from desktop_invoicer.jobs.reminders import Policies
    from desktop_invoicer.ui.customer_groups_dialog import CustomerGroupsDialog

    db = window.ctx.db
    firm = db.reminder_policies.save(ReminderPolicy("", "Firm", (ReminderStep(1),), enabled=True))
    jobs = window.show_view("jobs")
    dialog = jobs.customer_groups()  # type: ignore[attr-defined]
    assert isinstance(dialog, CustomerGroupsDialog)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Type a name for the group."
    qtbot.keyClicks(dialog.new_name, "Key accounts")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.groups.currentText() == "Key accounts"
    dialog.policy.setCurrentIndex(dialog.policy.findData(firm.id))
    acme = dialog.members.findItems("Acme Corporation", Qt.MatchFlag.MatchExactly)[0]
    acme.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    shot(dialog, "customer-groups.png")
    acme_id = str(acme.data(Qt.ItemDataRole.UserRole))
    assert Policies(db).for_customer(acme_id) == firm
    dialog.accept()


def test_usage_charges_are_listed_with_their_state(qtbot: QtBot, window: MainWindow) -> None:
    from desktop_invoicer.domain.pricing import PricingModel, Tier, UsagePricing
    from desktop_invoicer.storage.repositories.billing import UsageCharge

    db = window.ctx.db
    acme = db.usage.customer("Acme Corporation")
    product = db.products.all()[0]
    assert acme is not None
    pricing = UsagePricing(PricingModel.GRADUATED, tiers=(Tier(1000, 2), Tier(None, 1)))
    db.usage.add_charge(
        UsageCharge(
            "c1", acme.id, product.id, "2026-03", "USD", 1500, 2500, pricing, "Calls, 2026-03"
        ),
        [],
    )
    db.usage.set_status("c1", "done", stripe_item="ii_1")
    view = billing(window)
    qtbot.waitUntil(lambda: view.charges.rowCount() == 1, timeout=5000)
    row = [view.charges.item(0, c).text() for c in range(6)]  # type: ignore[union-attr]
    assert row == [
        "2026-03",
        "Acme Corporation",
        product.name,
        "1,500",
        "USD 25.00",
        "On the next invoice",
    ]
    shot(view, "billing-usage.png")
