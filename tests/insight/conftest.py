"""Insight tests: a fresh workspace whose clock the test moves (operations get their day)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_invoicer.storage import Database
from tests.insight.builders import Book, MovableClock


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


OFFSCREEN_NOISE = (
    r"^This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)$"
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform's own warnings (see tests/ui/conftest.py) are not the app's."""
    for item in items:
        if "tests/insight/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
