"""Benchmark: the bundled app (PyInstaller onedir) against the same app from the source tree.

* size: the bundle folder's unpacked size (goal: under 120 MB on Linux);
* cold start: spawn to the window's shell on screen (``--startup-probe``: the real
  QApplication, style, icon and main window shell, then exit at the first turn of
  the event loop), bundled vs ``python -m desktop_invoicer`` from the source tree,
  interleaved run by run, medians compared;
* self-test: the whole ``--self-test`` (Qt, window, fonts, a PDF, QtPdf...), same.

Both sides run offscreen with a throwaway data folder, and one unmeasured warm-up run
each fills the OS file cache (and the source tree's bytecode cache): these are warm
"cold starts", the everyday case. The bundle is built first when missing (or with
``--build``; ``packaging/build.py`` does the building).

    python bench/bundle.py [--runs N] [--build]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import ROOT, Row, median, print_table

sys.path.insert(0, str(ROOT / "packaging"))

import build as bundle_build  # packaging/build.py

SIZE_GOAL_MB = bundle_build.SIZE_GOAL_MB
START_TARGET = 1.5  # the bundle may start at most this much slower than the source tree


def _env(home: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["DESKTOP_INVOICER_HOME"] = home
    return env


def startup_seconds(command: list[str]) -> float:
    """Spawn ``command --startup-probe``; seconds until it reports its first event-loop turn."""
    with tempfile.TemporaryDirectory(prefix="di-bench-") as home:
        started = time.time()
        result = subprocess.run(
            [*command, "--startup-probe"],
            env=_env(home),
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    line = next(x for x in result.stdout.splitlines() if x.startswith("STARTUP "))
    return float(line.split()[1]) - started


def self_test_seconds(command: list[str]) -> float:
    """Wall-clock seconds of ``command --self-test`` (which must pass)."""
    with tempfile.TemporaryDirectory(prefix="di-bench-") as home:
        started = time.perf_counter()
        subprocess.run(
            [*command, "--self-test"],
            env=_env(home),
            capture_output=True,
            text=True,
            timeout=180,
            check=True,
        )
        return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--build", action="store_true", help="rebuild the bundle first")
    args = parser.parse_args(argv)

    exe = bundle_build.executable()
    notes = []
    if args.build or not exe.exists():
        seconds = bundle_build.build()
        notes.append(f"Built the bundle in {seconds:.0f} s.")
    bundled = [str(exe)]
    source = [sys.executable, "-m", "desktop_invoicer"]

    for command in (bundled, source):  # warm-up, not measured
        startup_seconds(command)
    starts: dict[str, list[float]] = {"bundled": [], "source": []}
    for _ in range(args.runs):
        starts["bundled"].append(startup_seconds(bundled))
        starts["source"].append(startup_seconds(source))
    tests = {"bundled": self_test_seconds(bundled), "source": self_test_seconds(source)}

    size_mb = bundle_build.folder_size(bundle_build.bundle_dir()) / 1e6
    start_b, start_s = median(starts["bundled"]), median(starts["source"])
    rows = [
        Row(
            "bundle size (unpacked)",
            size_mb,
            None,
            "MB",
            f"< {SIZE_GOAL_MB:.0f} MB",
            size_mb < SIZE_GOAL_MB,
        ),
        Row(
            "cold start to window shown",
            start_b,
            start_s,
            "s",
            f"<= {START_TARGET}x",
            start_b / start_s <= START_TARGET,
        ),
        Row("--self-test, whole run", tests["bundled"], tests["source"], "s", "-", None),
    ]
    notes.append(
        f"app = bundled {exe.relative_to(ROOT)}; baseline = python -m desktop_invoicer from "
        f"the source tree; medians of {args.runs} interleaved runs after one warm-up each."
    )
    print_table("Bundle: size and start-up, bundled vs source tree", rows, notes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
