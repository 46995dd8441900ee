"""Packaging tests: the same offscreen-platform noise filter as the UI tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import OFFSCREEN_NOISE

SHOTS = Path("/tmp/ui-shots")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/packaging/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
