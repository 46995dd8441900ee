"""Benchmark: cold start of the app on the big workspace against a bare PySide6 QMainWindow.

Each run starts a fresh interpreter (``python -c ...``) and reports wall-clock
timestamps back to this process, so interpreter start-up, imports, the first paint
and the workspace's first query all count. The sides are interleaved run by run,
and the median of each is compared:

* baseline: a script that creates a QApplication, shows an empty QMainWindow and
  quits on the first turn of the event loop;
* app "frame interactive": ``desktop_invoicer.cli.main(["--workspace", "bench"])``
  until the first turn of its event loop, with the window's shell on screen (the
  moment the app's second start-up step begins);
* app "first invoice rows on screen": until the invoice table has painted with
  its first page of rows read from the 100,000-invoice workspace.

The app is observed without changing it: the child wraps ``cli.open_workspace_in``
(the second start-up step) to note the time and watch the table's paint events.
Bytecode is cached in the bench cache (``PYTHONPYCACHEPREFIX``), like an installed
app's, and one unmeasured warm-up run of each side fills it. The window's settings
file is removed before the warm-up run only, so every measured run is an everyday
start: the app reopens the workspace it remembers (the child quits without closing
the window, so no window layout is saved between runs). Qt runs offscreen unless
``QT_QPA_PLATFORM`` says otherwise.

    python bench/startup.py [--quick] [--invoices N] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import BenchData, Row, cache_root, median, print_table, sizes, workspace

TARGET = 1.5

BASELINE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()

def first_turn():
    print(f"BENCH {{\\"frame\\": {time.time()!r}}}", flush=True)
    app.quit()

QTimer.singleShot(0, first_turn)
app.exec()
"""

APP = """
import json, sys, time
from desktop_invoicer import cli

marks = {}
second_step = cli.open_workspace_in

def observed(window, args):
    marks["frame"] = time.time()  # first turn of the event loop, the shell on screen
    opened = second_step(window, args)
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    view = window.current_view
    viewport = view.table.viewport()

    def after_paint():
        if "rows" not in marks and view.model.stats.pages_loaded > 0:
            marks["rows"] = time.time()
            marks["count"] = view.model.rowCount()
            print("BENCH " + json.dumps(marks), flush=True)
            QApplication.quit()

    class Painted(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, after_paint)  # runs once this paint is done
            return False

    window._bench_filter = Painted(viewport)
    viewport.installEventFilter(window._bench_filter)
    return opened

cli.open_workspace_in = observed
sys.exit(cli.main(["--workspace", "bench"]))
"""


def _run(code: str, data: BenchData) -> dict[str, float]:
    env = data.env(PYTHONPYCACHEPREFIX=str(cache_root() / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    for line in done.stdout.splitlines():
        if line.startswith("BENCH "):
            marks: dict[str, float] = json.loads(line[6:])
            return {k: v - started if k != "count" else v for k, v in marks.items()}
    raise SystemExit(f"the child failed (exit {done.returncode}):\n{done.stdout}\n{done.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 invoices, 3 runs")
    parser.add_argument("--invoices", type=int, help="workspace size (default 100,000)")
    parser.add_argument("--runs", type=int, help="measured runs per side (default 11)")
    args = parser.parse_args()
    customers, invoices = sizes(args.quick, args.invoices)
    runs = args.runs or (3 if args.quick else 11)
    data = workspace(customers, invoices)

    (data.home / "ui-settings.ini").unlink(missing_ok=True)
    _run(BASELINE, data)  # warm-up: bytecode caches, the OS file cache, the settings file
    _run(APP, data)
    bare, frame, rows = [], [], []
    count = 0.0
    for _ in range(runs):
        bare.append(_run(BASELINE, data)["frame"])
        app = _run(APP, data)
        frame.append(app["frame"])
        rows.append(app["rows"])
        count = app["count"]
    baseline = median(bare)
    table = [
        Row("frame interactive", median(frame), baseline, "s", f"<= {TARGET}x", None),
        Row("first invoice rows on screen", median(rows), baseline, "s", f"<= {TARGET}x", None),
    ]
    table = [
        Row(r.measurement, r.app, r.baseline, r.unit, r.target, (r.ratio or 0) <= TARGET)
        for r in table
    ]
    print_table(
        f"Cold start, {count:,.0f} invoices in the list, median of {runs} runs "
        f"(QT_QPA_PLATFORM={data.env()['QT_QPA_PLATFORM']})",
        table,
        [
            f"baseline: bare QMainWindow shown, first event-loop turn "
            f"(runs: {', '.join(f'{b * 1000:.0f}' for b in sorted(bare))} ms)",
            f"app rows on screen, runs: {', '.join(f'{r * 1000:.0f}' for r in sorted(rows))} ms",
        ],
    )


if __name__ == "__main__":
    main()
