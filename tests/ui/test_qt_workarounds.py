"""Guards against a PySide6 bug that crashed the app (6.12.0 on Python 3.11).

shiboken6 6.12.0 returned ``None`` from every void C++ method without a new
reference, so ``None``'s count fell by one per call and the process aborted
after a few thousand calls. pyproject.toml keeps PySide6 below 6.12; this test
fails if a version with the bug comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_reference_count(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2_000):  # well below None's natural count (~5,000), so a bug shows as drift
        label.setText("x")
        label.hide()
    drift = sys.getrefcount(None) - before
    assert abs(drift) < 500, f"None lost {-drift} references over 2,000 void Qt calls"
