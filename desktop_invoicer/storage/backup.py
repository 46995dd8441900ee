"""Backups of a workspace database with SQLite's online backup API, retention, and restore.

**Never a file copy.** A live workspace is in WAL mode: the ``.db`` file alone may
miss committed pages that are still in ``-wal``, and copying it while a writer
commits can tear pages. :func:`backup_database` opens a *second, read-only*
connection and runs ``sqlite3.Connection.backup`` from it, a few hundred pages per
step: each step reads a consistent snapshot, and if a writer commits between steps
SQLite restarts the copy, so the file written is always one committed state.
Writers are never blocked for more than one step. The copy is checked with
``PRAGMA integrity_check`` before it counts.

**Restore makes a new workspace** (the current one is never overwritten) and marks
it ``needs reconcile`` (:data:`RECONCILE_FLAG`): an old backup does not know what
Stripe did since, so before any background job may run, sync must copy everything
from Stripe again (``sync/engine.py`` does that first; ``jobs/runner.py`` refuses to
run while the flag is set). Jobs then find their work already done in Stripe by
their deterministic ids, and the restored workspace repeats nothing. A reconcile
cut short (the app closed) resumes where it stopped: the flag records that the
fresh listing began.

**Retention**: keep the newest backup of each of the last ``daily`` days and of each
of the last ``weekly`` ISO weeks (plus anything newer than a day); the rest is deleted.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DatabaseCorruptError, NotAWorkspaceError
from .migrations import APPLICATION_ID

if TYPE_CHECKING:
    from .database import Database

RECONCILE_FLAG = "restore:needs_reconcile"
"""A ``sync_cursors`` row: set by a restore, cleared once sync has copied Stripe again."""

SETTINGS_KEY = "backups"
SUFFIX = ".backup.db"


@dataclass(frozen=True, slots=True)
class BackupSettings:
    folder: str = ""  # empty: ``<workspace folder>/backups``
    schedule: str = "off"  # off / daily / weekly
    keep_daily: int = 7
    keep_weekly: int = 4

    @classmethod
    def load(cls, db: Database) -> BackupSettings:
        data = db.settings.get(SETTINGS_KEY) or {}
        return cls(
            folder=str(data.get("folder") or ""),
            schedule=str(data.get("schedule") or "off"),
            keep_daily=int(data.get("keep_daily", 7)),
            keep_weekly=int(data.get("keep_weekly", 4)),
        )

    def save(self, db: Database) -> None:
        if self.schedule not in ("off", "daily", "weekly"):
            raise ValueError("Choose off, daily or weekly.")
        if self.keep_daily < 1 or self.keep_weekly < 0:
            raise ValueError("Keep at least one daily backup.")
        db.settings.set(
            SETTINGS_KEY,
            {
                "folder": self.folder,
                "schedule": self.schedule,
                "keep_daily": self.keep_daily,
                "keep_weekly": self.keep_weekly,
            },
        )

    def target_folder(self, db: Database) -> Path:
        return Path(self.folder) if self.folder else db.path.parent / "backups"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created_at: int
    size_bytes: int
    integrity: str


def _stamp(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=UTC).strftime("%Y%m%d-%H%M%S")


def integrity(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` of a database file, read-only: [] when sound."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotAWorkspaceError(f"{path} is not a Desktop Invoicer workspace backup.", path)
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorruptError(f"{path} is damaged or not a database ({exc}).", path) from exc
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def copy_online(
    source: Path, target: Path, progress: Callable[[int, int, str], None] | None = None
) -> None:
    """Copy the database at ``source`` to ``target`` with the online backup API.

    One step for the whole file: a stepped backup starts again from the first page
    whenever another connection writes between steps, so a sync writing page after
    page could keep it from ever finishing. One step reads under one read
    transaction; in WAL mode writers go on meanwhile and the copy is the snapshot
    the step began with.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part")
    tmp.unlink(missing_ok=True)
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        copy = sqlite3.connect(tmp)
        try:

            def step(status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total, "Copying the database…")

            reader.backup(copy, pages=-1, progress=step)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            copy.close()
    finally:
        reader.close()
    os.replace(tmp, target)


def backup_database(
    db: Database,
    *,
    trigger: str = "manual",
    folder: Path | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> BackupInfo:
    """Back the workspace up now; checks the copy, records it, applies the retention."""
    settings = BackupSettings.load(db)
    target_dir = folder or settings.target_folder(db)
    now = db.clock()
    target = target_dir / f"{db.path.stem}-{_stamp(now)}{SUFFIX}"
    n = 1
    while target.exists():
        n += 1
        target = target_dir / f"{db.path.stem}-{_stamp(now)}-{n}{SUFFIX}"
    copy_online(db.path, target, progress)
    problems = integrity(target)
    info = BackupInfo(
        target, int(now), target.stat().st_size, "ok" if not problems else problems[0]
    )
    with db.transaction() as tx:
        tx.execute(
            "INSERT INTO backups (path, created_at, size_bytes, trigger, integrity) "
            "VALUES (?, ?, ?, ?, ?)",
            (str(target), info.created_at, info.size_bytes, trigger, info.integrity),
        )
        tx.changed("backups")
    if problems:
        raise DatabaseCorruptError(
            f"The backup {target} failed its integrity check: {problems[0]}", target
        )
    prune(db, settings)
    return info


def history(db: Database, *, include_pruned: bool = False) -> list[BackupInfo]:
    where = "" if include_pruned else "WHERE pruned_at IS NULL"
    rows = db.connection().execute(
        f"SELECT path, created_at, size_bytes, integrity FROM backups {where} "
        "ORDER BY created_at DESC, id DESC"
    )
    return [BackupInfo(Path(r[0]), r[1], r[2], r[3]) for r in rows]


def last_backup_at(db: Database) -> int | None:
    row = db.connection().execute("SELECT max(created_at) FROM backups WHERE integrity = 'ok'")
    value = row.fetchone()[0]
    return None if value is None else int(value)


def to_keep(created: list[int], now: float, keep_daily: int, keep_weekly: int) -> set[int]:
    """Which backups (by creation time) retention keeps: pure, for the tests."""
    keep: set[int] = {ts for ts in created if now - ts < 86_400}
    days: dict[date, int] = {}
    weeks: dict[tuple[int, int], int] = {}
    for ts in sorted(created, reverse=True):
        day = datetime.fromtimestamp(ts, tz=UTC).date()
        days.setdefault(day, ts)
        iso = day.isocalendar()
        weeks.setdefault((iso[0], iso[1]), ts)
    keep.update(sorted(days.values(), reverse=True)[:keep_daily])
    keep.update(sorted(weeks.values(), reverse=True)[:keep_weekly])
    return keep


def prune(db: Database, settings: BackupSettings | None = None) -> list[Path]:
    """Delete the backups retention no longer keeps; returns their paths."""
    settings = settings or BackupSettings.load(db)
    rows = (
        db.connection()
        .execute(
            "SELECT id, path, created_at FROM backups WHERE pruned_at IS NULL AND integrity = 'ok'"
        )
        .fetchall()
    )
    keep = to_keep([r[2] for r in rows], db.clock(), settings.keep_daily, settings.keep_weekly)
    removed = []
    for row in rows:
        if row[2] in keep:
            continue
        path = Path(row[1])
        path.unlink(missing_ok=True)
        removed.append(path)
        with db.transaction() as tx:
            tx.execute("UPDATE backups SET pruned_at = ? WHERE id = ?", (int(db.clock()), row[0]))
            tx.changed("backups")
    return removed


# -- restore and the reconcile flag --------------------------------------------------------


def restore(
    backup: Path,
    target: Path,
    *,
    clock: Callable[[], float] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> Database:
    """Restore ``backup`` into a NEW workspace database at ``target`` and open it.

    Refuses a target that exists. Checks the backup and the restored copy with
    ``PRAGMA integrity_check``, upgrades an older schema as opening always does, and
    sets the reconcile flag so sync copies Stripe before any job runs.
    """
    from .database import Database

    if target.exists():
        raise FileExistsError(f"{target} already exists: restore into a new workspace.")
    problems = integrity(backup)
    if problems:
        raise DatabaseCorruptError(f"The backup {backup} is damaged: {problems[0]}", backup)
    copy_online(backup, target, progress)
    db = Database.open(target, clock=clock) if clock else Database.open(target)
    try:
        found = db.check_integrity()
        if found:
            raise DatabaseCorruptError(f"The restored workspace is damaged: {found[0]}", target)
        mark_needs_reconcile(db, f"Restored from the backup {backup.name}.")
    except BaseException:
        db.close()
        raise
    return db


def mark_needs_reconcile(db: Database, reason: str) -> None:
    db.sync_state.set_cursor(RECONCILE_FLAG, json.dumps({"reason": reason, "at": db.clock()}))


def needs_reconcile(db: Database) -> str | None:
    """Why this workspace must copy Stripe again before jobs run, or None."""
    raw = db.sync_state.cursor(RECONCILE_FLAG)
    if not raw:
        return None
    try:
        return str(json.loads(raw).get("reason") or "The workspace was restored from a backup.")
    except (ValueError, AttributeError):
        return "The workspace was restored from a backup."


def _flag(db: Database) -> dict[str, object]:
    raw = db.sync_state.cursor(RECONCILE_FLAG)
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        value = {}
    return value if isinstance(value, dict) else {}


def reconcile_started(db: Database) -> bool:
    """True once the reconcile's fresh listing began (it resumes, never restarts)."""
    return bool(_flag(db).get("started"))


def mark_reconcile_started(db: Database) -> None:
    flag = _flag(db)
    if flag:
        db.sync_state.set_cursor(RECONCILE_FLAG, json.dumps({**flag, "started": True}))


def clear_needs_reconcile(db: Database) -> None:
    db.sync_state.set_cursor(RECONCILE_FLAG, None)
