"""The benchmark scripts keep running: a quick search bench on a small workspace.

Only that it finishes and prints its table is checked, never a timing: the
benches are run by hand (and in CI when cheap) and read by a person.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_search_bench_runs_and_prints_its_table(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["DESKTOP_INVOICER_BENCH_CACHE"] = str(tmp_path / "bench-cache")
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "search.py"), "--quick", "--invoices", "2000"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    header = ["measurement", "app", "baseline", "ratio", "target", "ok?"]
    assert any([cell.strip() for cell in line.split("|")] == header for line in lines)
    assert any('"acme"' in line and "model has rows" in line for line in lines)
    assert any("rows painted" in line for line in lines)
