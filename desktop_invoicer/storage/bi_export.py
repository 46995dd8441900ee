"""A read-only copy of every cached table as CSV files (or Parquet), for BI tools.

All tables are read in ONE read transaction, so the files agree with each other
(an invoice's lines are there with the invoice) even while sync writes. Full-text
index tables and SQLite's own are left out. Parquet is written only when
``pyarrow`` is already installed; the app does not depend on it. Columns that hold
JSON stay JSON text; money columns stay integer minor units beside their currency.
"""

from __future__ import annotations

import csv
import importlib.util
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .database import Database

_SKIP = ("sqlite_", "customers_fts", "invoices_fts")


def parquet_available() -> bool:
    return importlib.util.find_spec("pyarrow") is not None


@dataclass(frozen=True, slots=True)
class TableExport:
    table: str
    path: Path
    rows: int


def tables(db: Database) -> list[str]:
    rows = db.connection().execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    )
    return [r[0] for r in rows if not r[0].startswith(_SKIP)]


def export_tables(
    db: Database,
    folder: Path,
    *,
    fmt: str = "csv",
    progress: Callable[[int, int, str], None] | None = None,
) -> list[TableExport]:
    if fmt == "parquet" and not parquet_available():
        raise ValueError("Parquet needs pyarrow, which is not installed: choose CSV.")
    folder.mkdir(parents=True, exist_ok=True)
    names = tables(db)
    conn = db.connection()
    done: list[TableExport] = []
    conn.execute("BEGIN")  # one snapshot for every file
    try:
        for i, table in enumerate(names):
            if progress is not None:
                progress(i, len(names), f"Exporting {table}…")
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            header = [d[0] for d in cursor.description]
            path = folder / f"{table}.{fmt}"
            if fmt == "parquet":
                count = _parquet(path, header, cursor.fetchall())
            else:
                count = _csv(path, header, cursor)
            done.append(TableExport(table, path, count))
    finally:
        conn.execute("COMMIT")
    if progress is not None:
        progress(len(names), len(names), "Done.")
    return done


def _csv(path: Path, header: list[str], cursor: Any) -> int:
    tmp = path.with_name(f".{path.name}.tmp")
    count = 0
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        for row in cursor:
            writer.writerow(["" if v is None else v for v in row])
            count += 1
    os.replace(tmp, path)
    return count


def _parquet(path: Path, header: list[str], rows: list[Any]) -> int:  # pragma: no cover
    import pyarrow as pa  # type: ignore[import-not-found]
    import pyarrow.parquet as pq  # type: ignore[import-not-found]

    columns = {name: [row[i] for row in rows] for i, name in enumerate(header)}
    pq.write_table(pa.table(columns), path)
    return len(rows)
