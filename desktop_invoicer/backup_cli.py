"""``desktop-invoicer backup`` and ``restore``: kept out of ``cli.py`` so that file stays small."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_CANNOT_OPEN = 2


def backup_command(args: argparse.Namespace) -> int:
    from .storage.backup import backup_database
    from .storage.database import Database
    from .storage.errors import DatabaseOpenError
    from .storage.paths import workspace_database

    slug = str(args.backup_workspace or args.workspace or "demo")
    try:
        db = Database.open(workspace_database(slug))
    except DatabaseOpenError as exc:
        print(f"{exc}\n{exc.advice}", file=sys.stderr)
        return EXIT_CANNOT_OPEN
    try:
        info = backup_database(db, trigger="cli", folder=Path(args.folder) if args.folder else None)
    except Exception as exc:  # disk full, damaged copy: say so, never a traceback
        print(f"The backup failed: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        db.close()
    print(
        f"Backed up workspace '{slug}' to {info.path} ({info.size_bytes:,} bytes, "
        f"integrity {info.integrity})."
    )
    return EXIT_OK


def restore_command(args: argparse.Namespace) -> int:
    from .jobs.backups import restore_workspace

    try:
        path = restore_workspace(Path(args.backup_file), args.into, source_slug=args.from_workspace)
    except Exception as exc:
        print(f"The restore failed: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(
        f"Restored into the new workspace '{args.into}' ({path}). It copies everything from "
        "Stripe at its first sync, before any background job runs."
    )
    return EXIT_OK
