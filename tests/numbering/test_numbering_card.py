"""Settings > Numbering: the format, its next number, errors at the field."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_invoicer.storage.database import Database
from desktop_invoicer.ui.bridge import DatabaseBridge
from desktop_invoicer.ui.context import AppContext
from desktop_invoicer.ui.numbering_settings import NumberingCard
from desktop_invoicer.ui.workers import TaskRunner


@pytest.fixture
def ctx(isolated_home: Path, qtbot: QtBot) -> Iterator[AppContext]:
    db = Database.open_workspace(
        "numbers",
    )
    owner = QWidget()
    qtbot.addWidget(owner)
    yield AppContext(db=db, bridge=DatabaseBridge(parent=owner), tasks=TaskRunner(parent=owner))
    db.close()


def test_format_preview_save_and_errors(ctx: AppContext, qtbot: QtBot) -> None:
    card = NumberingCard(ctx)
    qtbot.addWidget(card)
    year = card._today().year
    assert card.next_label.text() == f"INV-{year}-0001"
    card.pattern.setText("NW/{YY}/{seq:03}")
    assert card.next_label.text() == f"NW/{year % 100:02d}/001"
    card.enabled.setChecked(True)
    assert card.save()
    assert ctx.db.numbering.enabled()
    assert ctx.db.numbering.number_format().pattern == "NW/{YY}/{seq:03}"
    card.pattern.setText("NW-{YYYY}")
    assert "Put {seq}" in card.next_label.text()
    assert not card.save()
    label = card.errors.label("pattern")
    assert label is not None and "Put {seq}" in label.text()
    assert ctx.db.numbering.number_format().pattern == "NW/{YY}/{seq:03}"
    Path("/tmp/ui-shots").mkdir(exist_ok=True)
    card.grab().save("/tmp/ui-shots/numbering-card.png")
