from __future__ import annotations

import sys
from pathlib import Path

from desktop_invoicer import crash

KEY = "sk_live_" + "51HtotallySecretKeyValue00000000"  # split: no live-key-shaped literal


def test_crash_report_is_written_without_the_key(tmp_path: Path) -> None:
    messages: list[str] = []
    previous = sys.excepthook
    crash.install(tmp_path, messages.append)
    try:
        try:
            raise RuntimeError(f"Stripe refused {KEY}")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    reports = list(tmp_path.glob("crash-*.txt"))
    assert len(reports) == 1
    text = reports[0].read_text()
    assert "RuntimeError" in text and "sk_live_****0000" in text
    assert KEY not in text
    assert messages and KEY not in messages[0] and str(reports[0]) in messages[0]
