"""Benchmark: resident memory of the app scrolled through the big workspace, against a bare table.

Each side runs in a fresh interpreter (Qt offscreen unless ``QT_QPA_PLATFORM`` says
otherwise) and reports its resident set size (``VmRSS`` in ``/proc/self/status``,
and the peak, ``VmHWM``):

* baseline: a QApplication and an empty QTableView (no model) the size of the
  app's window, shown and painted;
* app: ``desktop_invoicer.cli.main(["--workspace", "bench"])`` on the 100,000-invoice
  workspace; once the first rows are on screen the invoice table is scrolled from
  top to bottom in steps of about a page of rows, painting each step (every
  row's page is read on the way), then the memory is read.

The paged model must never hold all rows: the table also shows how many rows it
held at most and how many pages it read.

    python bench/memory.py [--quick] [--invoices N] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import BenchData, Row, cache_root, median, print_table, sizes, workspace

TARGET = 2.0

_RSS = """
def rss_mb():
    found = {}
    with open("/proc/self/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0]) / 1024  # kB
    return found
"""

BASELINE = (
    _RSS
    + """
import json, sys
from PySide6.QtWidgets import QApplication, QTableView

app = QApplication(sys.argv[:1])
table = QTableView()
table.resize(1180, 740)
table.show()
for _ in range(5):
    app.processEvents()
table.viewport().repaint()
print("BENCH " + json.dumps(rss_mb()), flush=True)
"""
)

APP = (
    _RSS
    + """
import json, sys
from desktop_invoicer import cli

second_step = cli.open_workspace_in

def observed(window, args):
    opened = second_step(window, args)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def scroll():
        view = window.current_view
        table, model = view.table, view.model
        bar = table.verticalScrollBar()
        table.viewport().repaint()
        step = max(1, table.viewport().height() * 10)  # about ten screens: a page of rows
        value = 0
        while True:
            bar.setValue(min(value, bar.maximum()))
            table.viewport().repaint()
            if value >= bar.maximum():
                break
            value += step
        QApplication.processEvents()
        result = rss_mb()
        result.update(
            rows=model.rowCount(),
            pages_read=model.stats.pages_loaded,
            most_rows_held=model.stats.largest_cache * model.page_size,
            last_row_shown=table.rowAt(table.viewport().height() - 1),
        )
        print("BENCH " + json.dumps(result), flush=True)
        QApplication.quit()

    QTimer.singleShot(0, scroll)
    return opened

cli.open_workspace_in = observed
sys.exit(cli.main(["--workspace", "bench"]))
"""
)


def _run(code: str, data: BenchData) -> dict[str, float]:
    (data.home / "ui-settings.ini").unlink(missing_ok=True)
    env = data.env(PYTHONPYCACHEPREFIX=str(cache_root() / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=600
    )
    for line in done.stdout.splitlines():
        if line.startswith("BENCH "):
            result: dict[str, float] = json.loads(line[6:])
            return result
    raise SystemExit(f"the child failed (exit {done.returncode}):\n{done.stdout}\n{done.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 invoices, 1 run")
    parser.add_argument("--invoices", type=int, help="workspace size (default 100,000)")
    parser.add_argument("--runs", type=int, help="runs per side (default 3)")
    args = parser.parse_args()
    customers, invoices = sizes(args.quick, args.invoices)
    runs = args.runs or (1 if args.quick else 3)
    data = workspace(customers, invoices)

    bare, app = [], []
    for _ in range(runs):
        bare.append(_run(BASELINE, data))
        app.append(_run(APP, data))
    last = app[-1]
    rss_app = median([a["VmRSS"] for a in app])
    rss_bare = median([b["VmRSS"] for b in bare])
    peak_app = median([a["VmHWM"] for a in app])
    peak_bare = median([b["VmHWM"] for b in bare])
    held = max(a["most_rows_held"] for a in app)
    table = [
        Row("resident memory after scrolling", rss_app, rss_bare, "MB", f"<= {TARGET}x", None),
        Row("peak resident memory", peak_app, peak_bare, "MB", f"<= {TARGET}x", None),
    ]
    table = [
        Row(r.measurement, r.app, r.baseline, r.unit, r.target, (r.ratio or 0) <= TARGET)
        for r in table
    ]
    table.append(
        Row(
            f"most rows held by the model (of {last['rows']:,.0f})",
            held,
            None,
            "rows",
            "< all rows",
            held < last["rows"],
        )
    )
    print_table(
        f"Memory, {invoices:,} invoices scrolled top to bottom, median of {runs} runs "
        "(baseline: an empty QTableView shown)",
        table,
        [
            f"app: {last['pages_read']:,.0f} pages read while scrolling; "
            f"last row on screen {last['last_row_shown']:,.0f}",
        ],
    )


if __name__ == "__main__":
    main()
