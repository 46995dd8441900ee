"""The bookkeeping cards and dialogs in a real window: what a person sees and does."""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent
from pytestqt.qtbot import QtBot

from desktop_invoicer.domain.bookkeeping import ExportFormat
from desktop_invoicer.storage import Database
from desktop_invoicer.storage.backup import history, needs_reconcile
from desktop_invoicer.storage.paths import workspace_database
from desktop_invoicer.ui.crm_import_dialog import CrmImportDialog
from desktop_invoicer.ui.export_dialog import ExportDialog
from desktop_invoicer.ui.main_window import MainWindow
from desktop_invoicer.ui.privacy_dialog import PrivacyDialog
from desktop_invoicer.ui.session import build_main_window
from desktop_invoicer.ui.ui_settings import open_settings
from tests.bookkeeping.conftest import Sales
from tests.jobs.conftest import Desktop

SHOTS = Path("/tmp/ui-shots")


@pytest.fixture
def window(qtbot: QtBot, synced: Desktop, tmp_path: Path) -> Iterator[MainWindow]:
    win = build_main_window(synced.db, open_settings(), "test")
    win.ctx.export_folder = tmp_path
    qtbot.addWidget(win)
    win.resize(1200, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.ctx.tasks.shutdown()
    win.close()
    # Destroy it (and every card's timers) now, before the desktop's database closes.
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def shot(widget: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def test_accounting_card_maps_and_the_dialog_exports_in_a_worker(
    qtbot: QtBot, window: MainWindow, synced: Desktop, tmp_path: Path
) -> None:
    view = window.show_view("settings")
    card = view.accounting  # type: ignore[attr-defined]
    assert card.products.rowCount() == 1 and card.tax_rates.rowCount() == 1
    card.products.item(0, 1).setText("4000")
    card.tax_rates.item(0, 1).setText("OUTPUT2")
    card.defaults["receivable"].setText("1100")
    card.save()
    mappings = synced.db.exports.mappings()
    assert list(mappings.products.values()) == ["4000"]
    assert mappings.defaults == {"receivable": "1100"}
    shot(card, "accounting-card")

    dialog = ExportDialog(window.ctx, date(2026, 2, 10), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format.setCurrentIndex(dialog.format.findData(ExportFormat.XERO.value))
    assert dialog.start.date() == QDate(2026, 1, 1) and dialog.end.date() == QDate(2026, 1, 31)
    assert dialog.preview.text() == "Not exported yet: 4 invoices, 1 credit note."
    dialog.destination.setText(str(tmp_path / "jan.csv"))
    shot(dialog, "export-dialog")
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    assert dialog.export_result is not None and [p.name for p in dialog.export_result.files] == [
        "jan.csv",
        "jan-credit-notes.csv",
    ]
    with (tmp_path / "jan.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == 5
    assert dialog.preview.text() == "Exported 5 documents to jan.csv, jan-credit-notes.csv."
    shot(dialog, "export-dialog-done")
    dialog.update_preview()
    assert dialog.preview.text() == "Not exported yet: 0 invoices, 0 credit notes."


def test_import_dialog_previews_before_writing(
    qtbot: QtBot, window: MainWindow, synced: Desktop, tmp_path: Path
) -> None:
    path = tmp_path / "in.csv"
    path.write_text(
        "name,email,phone,currency,country\n"
        "Tanaka KK,ap@tanaka.example,+81 3 1234 5678,JPY,JP\n"
        "Nouvelle SARL,compta@nouvelle.example,,EUR,FR\n"
        "Broken,not-an-email,,EUR,FR\n",
        encoding="utf-8",
    )
    before = synced.db.outbox.count()
    dialog = CrmImportDialog(window.ctx, path, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 3, dialog.summary.text()
    assert dialog.plan is not None
    assert [dialog.table.item(r, 1).text() for r in range(3)] == ["changed", "new", "rejected"]
    assert synced.db.outbox.count() == before
    shot(dialog, "crm-import-preview")
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert synced.db.outbox.count() == before + 2


def test_privacy_dialog_exports_and_erases_only_with_the_typed_name(
    qtbot: QtBot, window: MainWindow, synced: Desktop, sales: Sales, tmp_path: Path
) -> None:
    customer = synced.db.customers.get_by_stripe_id(sales.customer)
    assert customer is not None
    dialog = PrivacyDialog(window.ctx, customer.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.archive_path.setText(str(tmp_path / "export.zip"))
    shot(dialog, "privacy-export")
    with qtbot.waitSignal(dialog.done_message, timeout=10_000):
        dialog.export_button.click()
    assert zipfile.ZipFile(tmp_path / "export.zip").testzip() is None
    dialog.tabs.setCurrentIndex(1)
    dialog.confirm_name.setText("Müller")
    assert not dialog.erase_button.isEnabled()
    shot(dialog, "privacy-erase")
    dialog.confirm_name.setText(customer.name)
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(dialog.done_message, timeout=10_000):
        dialog.erase_button.click()
    assert "Recorded as privacy request" in dialog.status.text()
    assert synced.db.customers.get(customer.id).name.startswith("Erased customer #")
    shot(dialog, "privacy-erased")


def test_backup_card_backs_up_in_a_worker(
    qtbot: QtBot, window: MainWindow, synced: Desktop, tmp_path: Path
) -> None:
    view = window.show_view("settings")
    card = view.backups  # type: ignore[attr-defined]
    card.folder.setText(str(tmp_path / "backups"))
    card.schedule.setCurrentIndex(card.schedule.findData("daily"))
    with qtbot.waitSignal(
        card.status_message, timeout=10_000, check_params_cb=lambda m: m.startswith("Backed up")
    ):
        card.backup_button.click()
    assert card.list.count() == 1 and len(history(synced.db)) == 1
    shot(card, "backup-card")
    with qtbot.waitSignal(
        card.status_message, timeout=10_000, check_params_cb=lambda m: m.startswith("Restored")
    ):
        card.restore_selected("restored-copy")
    restored = Database.open(workspace_database("restored-copy"))
    try:
        assert needs_reconcile(restored) is not None and restored.check_integrity() == []
    finally:
        restored.close()
    data = view.customer_data  # type: ignore[attr-defined]
    with qtbot.waitSignal(data.status_message, timeout=10_000):
        data.export_bi(tmp_path / "bi")
    assert (tmp_path / "bi" / "invoices.csv").exists()
    assert data.message.text().startswith("Exported ") and "tables" in data.message.text()
    qtbot.wait(50)  # let the layout take the message's two lines
    shot(data, "data-card")
