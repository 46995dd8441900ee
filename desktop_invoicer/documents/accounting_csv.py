"""Writing export rows as CSV: UTF-8 with a BOM (spreadsheets then read accents right), CRLF."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path


def write_rows(path: Path, header: Sequence[str], rows: Iterable[Mapping[str, str]]) -> int:
    """Write ``rows`` under ``header`` atomically (a temp file renamed); returns the row count."""
    if path.exists() and not path.is_file():  # never replace a folder or a device
        raise ValueError(f"{path} is not a file: choose a file name for the export.")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    count = 0
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(header), lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({name: row.get(name, "") for name in header})
            count += 1
    os.replace(tmp, path)
    return count
