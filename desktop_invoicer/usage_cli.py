"""``desktop-invoicer usage import FILE --workspace W``: import usage from CSV, headless.

Prints the row-by-row report (line, status, reason) and a summary. Exit code 0
when every row was accepted (or imported before), 1 when some rows or the whole
file were rejected (the accepted rows are imported all the same), 2 when the
workspace or the file cannot be opened. ``--dry-run`` checks and writes nothing.
Kept out of ``cli.py`` so its imports stay off the GUI's cold-start path.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_CANNOT_OPEN = 2


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    usage = commands.add_parser("usage", help="usage billing: import usage records from CSV")
    actions = usage.add_subparsers(dest="usage_command", metavar="ACTION", required=True)
    imp = actions.add_parser(
        "import", help="import a CSV file (customer, product, quantity, period) and report"
    )
    imp.add_argument("file", metavar="FILE", type=Path, help="the CSV file")
    imp.add_argument("--workspace", dest="usage_workspace", metavar="SLUG", help="the workspace")
    imp.add_argument("--dry-run", action="store_true", help="check the rows, import nothing")


def run(args: argparse.Namespace, default_workspace: str) -> int:
    from .domain.usage import RowStatus
    from .jobs import usage
    from .storage.database import Database
    from .storage.errors import DatabaseOpenError
    from .storage.paths import workspace_dir

    slug = str(args.usage_workspace or args.workspace or default_workspace)
    try:
        text = Path(args.file).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"Cannot read {args.file}: {exc}", file=sys.stderr)
        return EXIT_CANNOT_OPEN
    try:
        db = Database.open(workspace_dir(slug) / "workspace.db")
    except DatabaseOpenError as exc:
        print(f"{exc}\n{exc.advice}", file=sys.stderr)
        return EXIT_CANNOT_OPEN
    try:
        if args.dry_run:
            report = usage.check_csv(db, text)
        else:
            report = usage.import_csv(db, text, Path(args.file).name)
    finally:
        db.close()
    for row in report.rows:
        reason = f"\t{row.reason}" if row.reason else ""
        print(f"line {row.line}\t{row.status.label}{reason}")
    verb = "would import" if args.dry_run else "imported"
    if report.error:
        print(report.error, file=sys.stderr)
        return EXIT_REJECTED
    print(f"{Path(args.file).name}: {report.summary} ({verb} {len(report.records)} rows).")
    return EXIT_REJECTED if report.count(RowStatus.REJECTED) else EXIT_OK
