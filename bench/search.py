"""Benchmark: search as you type in the invoice list against a bare FTS5 ranked query.

The app side is the real invoices view (offscreen Qt) on the big workspace: each
query is typed one key at a time with ``QTest.keyClick`` into the view's search
box, and each keystroke is timed until the model shows that text's rows and the
table has painted them (a synchronous ``repaint()`` of the table, which reads the
rows it shows). Keys are pressed only once the previous one's rows are on screen.
The baseline is the bare query a developer would write for the same text on the
same database, ``SELECT ... FROM invoices_fts WHERE invoices_fts MATCH ? ORDER BY
rank LIMIT 200``, run for every prefix typed.

Each keystroke gives two times (medians over the runs): until the model has the
rows of the text typed so far (its count and first page), and until they are
painted. Targets: rows in the model within 3x the bare query of the same text
(the table shows each query's worst key by that ratio), and rows on screen
within 50 ms of every keystroke (the table shows each query's slowest key).

    python bench/search.py [--quick] [--invoices N] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import BenchData, Row, median, print_table, sizes, workspace

TARGET_MS = 50.0
TARGET_RATIO = 3.0

QUERIES = [
    ("customer name prefix", "acme"),
    ("invoice number", "INV-00042"),
    ("amount", "1,234"),
    ("broad, one letter", "s"),
]

BARE_SQL = (
    "SELECT rowid, number, customer, amounts FROM invoices_fts "
    "WHERE invoices_fts MATCH ? ORDER BY rank LIMIT 200"
)


def _bare_query(data: BenchData) -> Callable[[str], float]:
    import sqlite3

    from desktop_invoicer.storage.search import match_expression

    conn = sqlite3.connect(data.database)

    def run(text: str) -> float:
        match = match_expression(text)
        started = time.perf_counter()
        conn.execute(BARE_SQL, (match,)).fetchall()
        return time.perf_counter() - started

    return run


class TypingRig:
    """The invoices view of the bench workspace, shown offscreen, and a stopwatch for keys."""

    def __init__(self, data: BenchData) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QApplication

        from desktop_invoicer.storage.database import Database
        from desktop_invoicer.ui.app import create_application
        from desktop_invoicer.ui.bridge import DatabaseBridge
        from desktop_invoicer.ui.context import AppContext
        from desktop_invoicer.ui.invoices_view import InvoicesView
        from desktop_invoicer.ui.workers import TaskRunner

        self.app: QApplication = create_application(sys.argv[:1])
        # Wait for events without spinning: the worker that reads a broad search's
        # first page must not compete with this thread for the CPU.
        self._wait = QEventLoop.ProcessEventsFlag.WaitForMoreEvents
        self.db = Database.open(data.database)
        bridge = DatabaseBridge(self.db.subscribe)
        tasks = TaskRunner()
        self.ctx = AppContext(db=self.db, bridge=bridge, tasks=tasks, workspace="bench")
        self.view = InvoicesView(self.ctx)
        self.view.resize(1180, 740)
        self.view.show()
        self._settle()

    def _shown(self, text: str) -> bool:
        source: Any = self.view.model.source
        return self.view.searching is None and source.filter.search == text.strip()

    def _settle(self) -> None:
        self.app.processEvents()
        while not self._shown(self.view.search.text()):
            self.app.processEvents(self._wait)
        self.view.table.viewport().repaint()

    def clear(self) -> None:
        self.view.search.clear()
        self._settle()

    def key(self, char: str) -> tuple[float, float]:
        """Type ``char``: seconds until the model has the new text's rows, and until painted."""
        from PySide6.QtTest import QTest

        expected = self.view.search.text() + char
        started = time.perf_counter()
        QTest.keyClicks(self.view.search, char)
        while not self._shown(expected):
            self.app.processEvents(self._wait)
        model = self.view.model
        if model.rowCount() > 0:
            model.row(0)  # the first page, if the view did not read it already
        has_rows = time.perf_counter()
        self.view.table.viewport().repaint()  # paints the visible rows
        painted = time.perf_counter()
        assert self.view.search.text() == expected
        return has_rows - started, painted - started

    def close(self) -> None:
        self.view.close()
        self.ctx.tasks.shutdown()
        self.ctx.bridge.close()
        self.db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 invoices, 2 runs")
    parser.add_argument("--invoices", type=int, help="workspace size (default 100,000)")
    parser.add_argument("--runs", type=int, help="times each query is typed (default 5)")
    args = parser.parse_args()
    customers, invoices = sizes(args.quick, args.invoices)
    runs = args.runs or (2 if args.quick else 5)
    data = workspace(customers, invoices)

    rig = TypingRig(data)
    bare = _bare_query(data)
    # per query, per run, per key: (model has rows, painted) and the bare query's time
    app_times: dict[str, list[list[tuple[float, float]]]] = {text: [] for _, text in QUERIES}
    bare_times: dict[str, list[list[float]]] = {text: [] for _, text in QUERIES}
    found: dict[str, int] = {}
    try:
        for _ in range(runs):
            for _, text in QUERIES:
                rig.clear()
                app_times[text].append([rig.key(char) for char in text])
                found[text] = rig.view.model.rowCount()
                bare_times[text].append([bare(text[: i + 1]) for i in range(len(text))])
    finally:
        rig.close()

    rows = []
    notes = []
    slowest_painted = 0.0
    for label, text in QUERIES:
        prefixes = [text[: i + 1] for i in range(len(text))]
        model_ms = [median([run[i][0] for run in app_times[text]]) * 1000 for i in range(len(text))]
        painted_ms = [
            median([run[i][1] for run in app_times[text]]) * 1000 for i in range(len(text))
        ]
        bare_ms = [median([run[i] for run in bare_times[text]]) * 1000 for i in range(len(text))]
        worst = max(range(len(text)), key=lambda i: model_ms[i] / max(bare_ms[i], 1e-6))
        rows.append(
            Row(
                f'"{text}" ({label}), worst key "{prefixes[worst]}": model has rows',
                model_ms[worst],
                bare_ms[worst],
                "ms",
                f"<= {TARGET_RATIO:.0f}x",
                model_ms[worst] <= TARGET_RATIO * bare_ms[worst],
            )
        )
        slow = max(range(len(text)), key=lambda i: painted_ms[i])
        slowest_painted = max(slowest_painted, painted_ms[slow])
        rows.append(
            Row(
                f'"{text}" ({found[text]:,} found), slowest key "{prefixes[slow]}": rows painted',
                painted_ms[slow],
                None,
                "ms",
                f"<= {TARGET_MS:.0f} ms",
                painted_ms[slow] <= TARGET_MS,
            )
        )
        notes.append(
            f"{text!r} per key, ms (model has rows / painted / bare): "
            + ", ".join(
                f"{p!r} {m:.1f}/{q:.1f}/{b:.1f}"
                for p, m, q, b in zip(prefixes, model_ms, painted_ms, bare_ms, strict=True)
            )
        )
    print_table(
        f"Search as you type, {invoices:,} invoices, median of {runs} runs "
        "(app: key press to rows in the model, and painted; baseline: the bare FTS5 "
        "ranked query of the same text)",
        rows,
        notes,
    )


if __name__ == "__main__":
    main()
