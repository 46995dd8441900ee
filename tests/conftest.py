"""Test-wide setup: Qt runs offscreen, data lives in a temp dir, and keys go to an in-memory keyring.

The keyring backend is installed with ``keyring.set_keyring``, keyring's public
extension point; it stands in for the OS keychain, not for any of our code.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.keyrings import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own data folder; nothing touches the user's real workspace."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("DESKTOP_INVOICER_HOME", str(home))
    # The interface in English whatever the machine's locale; i18n tests choose another.
    monkeypatch.setenv("DESKTOP_INVOICER_LANGUAGE", "en")
    yield home


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An in-memory keyring installed with ``keyring.set_keyring``; the previous one comes back after."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
