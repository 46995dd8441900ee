"""Insight tests: a fresh workspace whose clock the test moves (operations get their day)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from desktop_invoicer.storage import Database
from tests.insight.builders import Book, MovableClock

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from desktop_invoicer.ui.main_window import MainWindow

SHOTS = Path("/tmp/insight-shots")  # screenshots of the views, to look at


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
def db(isolated_home: Path, clock: MovableClock) -> Iterator[Database]:
    database = Database.open(isolated_home / "insight.db", clock=clock)
    yield database
    database.close()


@pytest.fixture
def book(db: Database) -> Book:
    return Book(db)


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    """The main window on this workspace, shown offscreen at a desktop size."""
    from desktop_invoicer.ui.session import build_main_window
    from desktop_invoicer.ui.ui_settings import open_settings

    win = build_main_window(db, open_settings(), "test")
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


OFFSCREEN_NOISE = (
    r"^This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)$"
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform's own warnings (see tests/ui/conftest.py) are not the app's."""
    for item in items:
        if "tests/insight/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
