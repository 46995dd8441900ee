"""Scheduled backups: after each job run, back the workspace up when one is due.

Due means: the schedule is daily (weekly) and the newest good backup is older than
one day (seven days) by the jobs' clock. Errors are logged and reported, never
raised into the run: a full disk must not stop invoices from going out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..storage import Database
from ..storage.backup import (
    BackupInfo,
    BackupSettings,
    backup_database,
    last_backup_at,
    restore,
)

log = logging.getLogger(__name__)

INTERVALS = {"daily": 86_400, "weekly": 7 * 86_400}
SLACK_SECONDS = 3600  # a run an hour early still counts as the next day's


def is_due(db: Database, now: datetime) -> bool:
    settings = BackupSettings.load(db)
    interval = INTERVALS.get(settings.schedule)
    if interval is None:
        return False
    last = last_backup_at(db)
    return last is None or now.timestamp() - last >= interval - SLACK_SECONDS


def backup_if_due(db: Database, now: datetime) -> BackupInfo | None:
    if not is_due(db, now):
        return None
    try:
        return backup_database(db, trigger="scheduled")
    except Exception:
        log.exception("scheduled backup failed")
        return None


def restore_workspace(
    backup: Path,
    slug: str,
    *,
    source_slug: str | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> Path:
    """Restore ``backup`` as the NEW workspace ``slug``; returns its database path.

    The restored workspace is marked to reconcile with Stripe before any job runs.
    Its Stripe key is copied in the OS keyring from ``source_slug`` (the workspace
    the backup came from), so sync can reconcile at once; a demo workspace needs none.
    """
    from ..storage.paths import workspace_database
    from ..sync import keys

    target = workspace_database(slug)
    if target.parent.exists() and any(target.parent.iterdir()):
        raise FileExistsError(f"A workspace named '{slug}' already exists: choose a new name.")
    db = restore(backup, target, progress=progress)
    db.close()
    if source_slug:
        key = keys.load_key(source_slug)
        if key is not None:
            keys.save_key(slug, key)
    return target
