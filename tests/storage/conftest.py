"""Fixtures for storage tests: a fresh workspace per test, and a shared demo workspace."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_invoicer.storage import Database
from desktop_invoicer.storage.demo import populate_demo

# 2026-01-01T00:00:00Z: every test sees the same "now".
NOW = 1767225600.0


def fixed_clock() -> float:
    return NOW


@pytest.fixture
def db(isolated_home: Path) -> Iterator[Database]:
    database = Database.open(
        isolated_home / "workspaces" / "test" / "workspace.db", clock=fixed_clock
    )
    yield database
    database.close()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The standard demo workspace, shared by read-only tests of one module."""
    path = tmp_path_factory.mktemp("demo") / "workspace.db"
    database = Database.open(path, clock=fixed_clock)
    populate_demo(database)
    yield database
    database.close()
