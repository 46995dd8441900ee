"""What the benches share: the big workspace (built once, cached), subprocess timing, the table.

The workspace is ``storage.demo.bulk_generate`` data in a data folder laid out like
the app's own (``<home>/workspaces/bench/workspace.db``), so a bench can start the
real app on it with ``DESKTOP_INVOICER_HOME=<home> desktop-invoicer --workspace bench``.
It is kept under ``$DESKTOP_INVOICER_BENCH_CACHE`` (default
``/tmp/desktop-invoicer-bench``), one folder per schema version and size, and rebuilt
when the schema version changes, when the code that makes it changes (migrations,
demo data, search documents) or when a build did not finish.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

WORKSPACE = "bench"
FULL_INVOICES = 100_000
FULL_CUSTOMERS = 10_000
QUICK_INVOICES = 10_000
MARKER = "bench-data.json"


def cache_root() -> Path:
    return Path(os.environ.get("DESKTOP_INVOICER_BENCH_CACHE", "/tmp/desktop-invoicer-bench"))


def sizes(quick: bool, invoices: int | None) -> tuple[int, int]:
    """(customers, invoices) for a run: full size, ``--quick``, or ``--invoices N``."""
    count = invoices if invoices is not None else QUICK_INVOICES if quick else FULL_INVOICES
    return max(1, min(FULL_CUSTOMERS, count // 10)), count


@dataclass(frozen=True)
class BenchData:
    home: Path  # a DESKTOP_INVOICER_HOME
    database: Path
    customers: int
    invoices: int

    def env(self, **extra: str) -> dict[str, str]:
        """The environment of a subprocess that opens this workspace, Qt offscreen."""
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["DESKTOP_INVOICER_HOME"] = str(self.home)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        env.update(extra)
        return env


def _schema_version() -> int:
    from desktop_invoicer.storage.migrations import SCHEMA_VERSION

    return SCHEMA_VERSION


def _generator_hash() -> str:
    """Changes when the schema or the generated data may have (an edited migration, too)."""
    import hashlib

    storage = ROOT / "desktop_invoicer" / "storage"
    digest = hashlib.sha256()
    for name in (
        "migrations.py",
        "demo.py",
        "demo_generators.py",
        "demo_vocabulary.py",
        "search.py",
    ):
        digest.update((storage / name).read_bytes())
    return digest.hexdigest()[:12]


def _is_current(folder: Path, expected: dict[str, int | str]) -> bool:
    marker = folder / MARKER
    database = folder / "home" / "workspaces" / WORKSPACE / "workspace.db"
    if not (marker.is_file() and database.is_file()):
        return False
    try:
        if json.loads(marker.read_text()) != expected:
            return False
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except (OSError, ValueError, sqlite3.Error):
        return False
    return bool(version == expected["schema_version"])


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # two benches started at once build it once
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def workspace(customers: int, invoices: int) -> BenchData:
    """The cached workspace of this size, built first if missing or out of date."""
    version = _schema_version()
    expected: dict[str, int | str] = {
        "schema_version": version,
        "generator": _generator_hash(),
        "customers": customers,
        "invoices": invoices,
    }
    folder = cache_root() / f"v{version}-c{customers}-i{invoices}"
    home = folder / "home"
    database = home / "workspaces" / WORKSPACE / "workspace.db"
    with _locked(cache_root() / ".lock"):
        if not _is_current(folder, expected):
            _build(folder, expected)
    return BenchData(home, database, customers, invoices)


def _build(folder: Path, expected: dict[str, int | str]) -> None:
    from desktop_invoicer.storage.database import Database
    from desktop_invoicer.storage.demo import bulk_generate

    for old in folder.parent.glob(f"v*-c{expected['customers']}-i{expected['invoices']}"):
        shutil.rmtree(old, ignore_errors=True)  # other schema versions of this size
    building = folder.with_name(folder.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    target = building / "home" / "workspaces" / WORKSPACE / "workspace.db"
    print(
        f"building the bench workspace: {expected['customers']:,} customers, "
        f"{expected['invoices']:,} invoices (once, cached in {folder}) ...",
        file=sys.stderr,
        flush=True,
    )
    started = time.perf_counter()
    with Database.open(target) as db:
        bulk_generate(db, customers=int(expected["customers"]), invoices=int(expected["invoices"]))
        db.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (building / MARKER).write_text(json.dumps(expected))
    building.rename(folder)
    print(f"built in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)


# -- reporting ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One line of a bench table; ``app``/``baseline`` in ``unit``, the ratio is app / baseline."""

    measurement: str
    app: float
    baseline: float | None
    unit: str
    target: str  # e.g. "<= 1.5x", "<= 50 ms"
    ok: bool | None  # None: informative only

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline == 0:
            return None
        return self.app / self.baseline


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value * 1000:.1f} ms"
    if unit == "MB":
        return f"{value:.1f} MB"
    if unit == "ms":
        return f"{value:.2f} ms"
    return f"{value:,.0f} {unit}".strip()


def print_table(title: str, rows: Sequence[Row], notes: Sequence[str] = ()) -> None:
    """measurement | app | baseline | ratio | target | ok?"""
    header = ("measurement", "app", "baseline", "ratio", "target", "ok?")
    lines = [
        (
            row.measurement,
            _value(row.app, row.unit),
            _value(row.baseline, row.unit),
            "-" if row.ratio is None else f"{row.ratio:.2f}x",
            row.target,
            "-" if row.ok is None else "yes" if row.ok else "NO",
        )
        for row in rows
    ]
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *lines, strict=True)]
    print(f"\n{title}")
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("-|-".join("-" * w for w in widths))
    for line in lines:
        cells = [
            line[0].ljust(widths[0]),
            *(c.rjust(w) for c, w in zip(line[1:], widths[1:], strict=True)),
        ]
        print(" | ".join(cells))
    for note in notes:
        print(note)
    sys.stdout.flush()


def median(values: Sequence[float]) -> float:
    return statistics.median(values)
