"""Crash-safety tests' shared step: run ``desktop-invoicer jobs run`` and SIGKILL it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys


def run_jobs(slug: str, kill_after: float | None) -> int | None:
    """``desktop-invoicer jobs run`` on workspace ``slug``; killed after ``kill_after`` s.

    Its exit code, or None if it was killed.
    """
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_invoicer", "jobs", "run", "--workspace", slug],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    if kill_after is not None:
        try:
            proc.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return None
    return proc.wait(timeout=120)
