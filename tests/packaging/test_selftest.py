"""``--self-test`` from the source tree (the bundled run is in test_bundle.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_invoicer.ui import selftest
from tests.keyrings import MemoryKeyring

EXPECTED = [name for name, _check in selftest.CHECKS]


def test_every_check_passes_in_process(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    lines: list[str] = []
    results = selftest.run_checks(out=lines.append)
    assert [r.name for r in results] == EXPECTED
    failed = [r.line() for r in results if r.status != "ok"]
    # A plugin for a display server this machine lacks (wayland) may only warn.
    assert [line for line in failed if not line.startswith("WARN  qt-plugins")] == []
    assert "MemoryKeyring" in results[EXPECTED.index("keyring")].detail
    assert len(lines) == len(EXPECTED)


def test_no_secure_keyring_is_a_warning_that_says_why(qtbot: QtBot) -> None:
    import keyring

    from tests.keyrings import PlaintextKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        (result,) = selftest.run_checks([("keyring", selftest.check_keyring)], out=lambda _l: None)
    finally:
        keyring.set_keyring(previous)
    assert result.status == "WARN"
    assert "Secret Service" in result.detail  # what to install


def test_a_failing_check_is_reported_and_the_others_still_run() -> None:
    def broken() -> str:
        raise FileNotFoundError("DejaVuSans.ttf is missing")

    lines: list[str] = []
    results = selftest.run_checks(
        [("fonts", broken), ("sqlite-fts5", selftest.check_sqlite)], out=lines.append
    )
    assert [r.status for r in results] == ["FAIL", "ok"]
    assert lines[0].startswith("FAIL  fonts") and "DejaVuSans.ttf is missing" in lines[0]


def test_the_command_prints_one_line_per_check_and_exits_zero(isolated_home: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DESKTOP_INVOICER_HOME": str(isolated_home),
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop_invoicer", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Desktop Invoicer ") and "(source," in lines[0]
    statuses = {line.split()[1]: line.split()[0] for line in lines[1:-1]}
    assert list(statuses) == EXPECTED
    assert set(statuses.values()) <= {"ok", "WARN"}  # WARN: no keyring on a headless box
    assert lines[-1].startswith(f"All {len(EXPECTED)} checks passed")
    assert not any(isolated_home.iterdir()), "the self-test must not write to the data folder"


@pytest.mark.parametrize("argv", [["--startup-probe"]])
def test_the_startup_probe_shows_the_window_and_exits(argv: list[str], isolated_home: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DESKTOP_INVOICER_HOME": str(isolated_home),
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop_invoicer", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("STARTUP ")
