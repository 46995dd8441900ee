"""Reports to CSV (stdlib ``csv``): a header row, then the report's rows as shown.

Amounts are plain numbers in their currency's decimals (``1234.50``, ``1235`` for
JPY), next to a Currency column; total rows are marked in a last ``Row`` column
(``total``) so a spreadsheet can filter them out.
"""

from __future__ import annotations

import csv
from pathlib import Path

from .report_tables import ReportTable


def write_report_csv(table: ReportTable, path: Path) -> Path:
    """Write ``table`` (built with ``grouping=False``) to ``path`` as UTF-8 CSV."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([*table.headers, "Row"])
        for row in table.rows:
            writer.writerow([*row.cells, "total" if row.total else "detail"])
    return path
