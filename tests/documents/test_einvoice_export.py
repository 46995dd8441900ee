"""Export e-invoice…: refused for a draft with the reason; written on a worker otherwise."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from desktop_invoicer.documents.samples import sample_business, sample_customer, sample_invoice
from desktop_invoicer.domain.catalog import Address
from desktop_invoicer.domain.status import InvoiceStatus
from desktop_invoicer.storage.database import Database
from desktop_invoicer.ui import einvoice_export
from desktop_invoicer.ui.bridge import DatabaseBridge
from desktop_invoicer.ui.context import AppContext
from desktop_invoicer.ui.workers import TaskRunner


@pytest.fixture
def ctx(isolated_home: Path, qtbot: QtBot) -> Iterator[AppContext]:
    db = Database.open_workspace("einvoice")
    db.settings.save_business_profile(
        sample_business(address=Address("Hauptstraße 1", "", "Berlin", "10115", "", "DE"))
    )
    owner = QWidget()
    qtbot.addWidget(owner)
    tasks = TaskRunner(parent=owner)
    errors: list[tuple[str, str]] = []
    context = AppContext(
        db=db,
        bridge=DatabaseBridge(parent=owner),
        tasks=tasks,
        show_error=lambda parent, title, text: errors.append((title, text)),
    )
    context.errors = errors  # type: ignore[attr-defined]
    yield context
    tasks.shutdown()
    db.close()


@pytest.mark.parametrize("suffix", [".pdf", ".xml"])
def test_export_writes_a_valid_einvoice(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, suffix: str
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / f"out{suffix}"
    messages: list[str] = []
    task = einvoice_export.export_einvoice(
        ctx,
        parent,
        sample_invoice("EUR"),
        sample_customer("EUR"),
        messages.append,
        ask=lambda parent, suggested: target,
    )
    assert task is not None
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    assert messages == [f"Saved the e-invoice to {target}"]
    data = target.read_bytes()
    if suffix == ".xml":
        assert b"CrossIndustryInvoice" in data and b"NW-2025-0042" in data
    else:
        assert "factur-x.xml" in pypdf.PdfReader(io.BytesIO(data)).attachments


def test_a_draft_is_refused_before_asking_for_a_file(ctx: AppContext, qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[str] = []
    draft = sample_invoice("EUR", number=None, status=InvoiceStatus.DRAFT)
    task = einvoice_export.export_einvoice(
        ctx,
        parent,
        draft,
        sample_customer("EUR"),
        print,
        ask=lambda parent, suggested: asked.append(suggested) or None,
    )
    assert task is None and asked == []
    _title, text = ctx.errors[-1]  # type: ignore[attr-defined]
    assert "finalize it first" in text


def test_menu_item(qtbot: QtBot) -> None:
    menu = QMenu()
    qtbot.addWidget(menu)
    hits: list[int] = []
    einvoice_export.add_action(menu, lambda: hits.append(1))
    action = next(a for a in menu.actions() if a.objectName() == "einvoice")
    assert action.text().startswith("Export e-invoice")
    action.trigger()
    assert hits == [1]
