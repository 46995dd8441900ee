"""The workspace database: one SQLite file, opened fast, shared by threads.

Cold start matters: opening an up-to-date database uses the stdlib ``sqlite3``
only. ``sqlite_utils`` (about 100-200 ms to import) is imported inside migrations
and bulk generation, never on the path that opens a current database.

Threads: **one connection per thread**. The UI thread and each worker thread get
their own ``sqlite3`` connection on first use (:meth:`Database.connection`). With
WAL, readers never block each other or the writer, and writers queue on SQLite's
own lock (``BEGIN IMMEDIATE`` plus ``busy_timeout``), so no Python lock is held
while SQL runs and a slow worker query can never stall the UI thread. Connections
are created with ``check_same_thread=False`` only so that :meth:`Database.close`
can close every thread's connection at shutdown; each connection is otherwise
used by the thread that opened it alone. A worker thread that ends before the
database closes may call :meth:`Database.close_thread_connection`.

Change notifications: repositories record which tables a transaction changed;
after the outermost ``COMMIT`` every subscriber is called with each table name,
on the committing thread. The UI re-emits them on a Qt signal (a queued
connection carries them to the GUI thread). Nothing here knows Qt.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from . import migrations
from .errors import (
    DatabaseBusyError,
    DatabaseClosedError,
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseOpenError,
    DatabaseTooNewError,
    NotAWorkspaceError,
)
from .repository_access import RepositoryAccess

Listener = Callable[[str], None]
Clock = Callable[[], float]

DEFAULT_BUSY_TIMEOUT_MS = 5000


class Transaction:
    """An open write transaction: run SQL on it and say which tables it changed."""

    __slots__ = ("_changed", "conn")

    def __init__(self, conn: sqlite3.Connection, changed: list[set[str]]) -> None:
        self.conn = conn
        self._changed = changed

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def changed(self, *tables: str) -> None:
        """Announce ``tables`` to subscribers once the outermost transaction commits."""
        self._changed[-1].update(tables)


class _ThreadState(threading.local):
    def __init__(self) -> None:
        self.conn: sqlite3.Connection | None = None
        self.changed: list[set[str]] = []  # one set per open (nested) transaction level


def _is_busy(error: sqlite3.Error) -> bool:
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(error)


def open_error(error: sqlite3.Error, path: Path) -> DatabaseOpenError:
    """The :class:`DatabaseOpenError` a person should see for a low-level error."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if _is_busy(error):
        return DatabaseLockedError(
            f"The workspace database {path} is locked by another program.", path
        )
    if name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
        return DatabaseCorruptError(
            f"The workspace database {path} is damaged or is not a database ({error}).", path
        )
    return DatabaseOpenError(f"The workspace database {path} cannot be opened ({error}).", path)


def _page_size(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA page_size").fetchone()[0]) or 4096


class Database(RepositoryAccess):
    """An open workspace database. Create with :meth:`Database.open`."""

    def __init__(self, path: Path, busy_timeout_ms: int, clock: Clock) -> None:
        self.path = path
        self.clock = clock
        self._busy_timeout_ms = busy_timeout_ms
        self._local = _ThreadState()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        self._listeners: list[Listener] = []
        self._closed = False

    # -- opening and closing -------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        clock: Clock = time.time,
    ) -> Database:
        """Open (creating or upgrading if needed) the database at ``path``.

        Raises a :class:`DatabaseOpenError` subclass, each with ``.advice`` for the
        user: locked, corrupt, too new, not a workspace, or a failed upgrade.
        """
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise DatabaseOpenError(
                f"The folder {path.parent} cannot be created ({e.strerror}).", path
            ) from e
        db = cls(path, busy_timeout_ms, clock)
        try:
            db._prepare()
        except sqlite3.Error as e:
            db._close(optimize=False)
            raise open_error(e, path) from e
        except BaseException:
            db._close(optimize=False)
            raise
        return db

    @classmethod
    def open_workspace(cls, slug: str, **kwargs: Any) -> Database:
        """Open the database of workspace ``slug`` under the data root."""
        from .paths import workspace_database

        return cls.open(workspace_database(slug), **kwargs)

    def _prepare(self) -> None:
        conn = self.connection()
        # Only reads until the file is known to be ours and not too new: a refused
        # file is left exactly as it was.
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        # Reading the schema (needed by the first query anyway) finds a damaged one now.
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        if app_id != migrations.APPLICATION_ID and (app_id != 0 or has_tables):
            raise NotAWorkspaceError(
                f"{self.path} is a SQLite database of another program, not a workspace.",
                self.path,
            )
        if version > migrations.SCHEMA_VERSION:
            raise DatabaseTooNewError(version, migrations.SCHEMA_VERSION, self.path)
        # WAL is stored in the file; for an existing workspace this is a no-op read.
        conn.execute("PRAGMA journal_mode=WAL").fetchone()
        if version < migrations.SCHEMA_VERSION:
            migrations.migrate(conn, self.path)

    def close(self) -> None:
        """Close every thread's connection. Stop workers that use the database first."""
        self._close(optimize=True)

    def _close(self, *, optimize: bool) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            connections, self._connections = self._connections, []
        own = self._local.conn
        if optimize and own is not None and not own.in_transaction:
            try:  # keeps the query planner's statistics fresh; cheap with a limit
                own.execute("PRAGMA analysis_limit=400")
                own.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
        self._local.conn = None
        for conn in connections:
            conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._closed

    # -- connections and transactions ----------------------------------------------

    def connection(self) -> sqlite3.Connection:
        """This thread's connection, opened on first use."""
        conn = self._local.conn
        if self._closed:
            raise DatabaseClosedError(f"The database {self.path} is closed.")
        if conn is not None:
            return conn
        conn = sqlite3.connect(
            self.path,
            timeout=self._busy_timeout_ms / 1000,
            isolation_level=None,  # we issue BEGIN/COMMIT ourselves
            check_same_thread=False,  # see the module docstring
            cached_statements=256,
        )
        try:
            conn.execute(f"PRAGMA busy_timeout={int(self._busy_timeout_ms)}")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA synchronous=NORMAL")  # durable with WAL, and faster
            # Savepoint journals in memory: a sync page nests hundreds of savepoints in one
            # transaction, and file-backed statement journals made each cost ~0.1 ms.
            conn.execute("PRAGMA temp_store=MEMORY")
        except BaseException:
            conn.close()
            raise
        conn.row_factory = sqlite3.Row
        with self._lock:
            if self._closed:
                conn.close()
                raise DatabaseClosedError(f"The database {self.path} is closed.")
            self._connections.append(conn)
        self._local.conn = conn
        return conn

    def close_thread_connection(self) -> None:
        """Close the calling thread's connection (for a worker thread about to end)."""
        conn = self._local.conn
        if conn is None:
            return
        self._local.conn = None
        with self._lock:
            if conn in self._connections:
                self._connections.remove(conn)
        conn.close()

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """A write transaction: ``BEGIN IMMEDIATE`` ... ``COMMIT``, or ``ROLLBACK`` on error.

        Nested use is safe: an inner block is a SAVEPOINT, so its failure undoes the
        inner block only (and its exception still reaches the outer block).
        Subscribers hear about changed tables after the outermost commit.
        """
        conn = self.connection()
        changed = self._local.changed
        if changed:
            name = f"sp{len(changed)}"
            conn.execute(f"SAVEPOINT {name}")
            changed.append(set())
            try:
                yield Transaction(conn, changed)
            except BaseException:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO {name}")
                    conn.execute(f"RELEASE {name}")
                changed.pop()
                raise
            conn.execute(f"RELEASE {name}")
            inner = changed.pop()
            changed[-1].update(inner)
            return

        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            if _is_busy(e):
                raise DatabaseBusyError(
                    "The workspace is busy with another task; the change was not saved."
                ) from e
            raise
        changed.append(set())
        try:
            yield Transaction(conn, changed)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            changed.clear()
            raise
        tables = changed.pop()
        changed.clear()
        self._notify(tables)

    @contextmanager
    def bulk_writes(self, *, cache_mib: int = 64, checkpoint_mib: int = 64) -> Iterator[None]:
        """Tune this thread's connection for a long run of large transactions (the backfill).

        A page of a Stripe list is one transaction that touches hundreds of index
        pages; with SQLite's defaults (a 2 MB page cache, a WAL checkpoint every
        4 MB) most of each commit went to reading index pages back and copying the
        WAL into the file. Inside the block the cache is ``cache_mib`` and the WAL
        is checkpointed every ``checkpoint_mib``; afterwards both are as before
        and the WAL is checkpointed (without waiting for readers).
        """
        conn = self.connection()
        cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        checkpoint = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        pages = max(1, checkpoint_mib * 1024 * 1024 // _page_size(conn))
        conn.execute(f"PRAGMA cache_size=-{int(cache_mib) * 1024}")
        conn.execute(f"PRAGMA wal_autocheckpoint={pages}")
        try:
            yield
        finally:
            conn.execute(f"PRAGMA cache_size={int(cache)}")
            conn.execute(f"PRAGMA wal_autocheckpoint={int(checkpoint)}")
            if not conn.in_transaction:  # never waits for readers
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()

    # -- change notifications -------------------------------------------------------

    def subscribe(self, callback: Listener) -> Callable[[], None]:
        """Call ``callback(table)`` after each committed change; returns an unsubscribe."""
        with self._lock:
            self._listeners.append(callback)

        def unsubscribe() -> None:
            self.unsubscribe(callback)

        return unsubscribe

    def unsubscribe(self, callback: Listener) -> None:
        with self._lock:
            if callback in self._listeners:
                self._listeners.remove(callback)

    def _notify(self, tables: set[str]) -> None:
        if not tables:
            return
        with self._lock:
            listeners = list(self._listeners)
        for table in sorted(tables):
            for callback in listeners:
                try:
                    callback(table)
                except Exception:  # a broken listener must not undo a committed write
                    import logging

                    logging.getLogger(__name__).exception(
                        "Database change listener failed for table %s", table
                    )

    # -- maintenance ----------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return int(self.connection().execute("PRAGMA user_version").fetchone()[0])

    def check_integrity(self) -> list[str]:
        """SQLite's full integrity check: an empty list when the file is sound."""
        rows = self.connection().execute("PRAGMA integrity_check").fetchall()
        problems = [str(r[0]) for r in rows]
        return [] if problems == ["ok"] else problems

    def rebuild_search(self) -> None:
        """Rebuild both full-text indexes from the tables."""
        from . import search

        with self.transaction() as tx:
            search.rebuild_all(tx.conn)
            tx.changed("customers", "invoices")

    def vacuum(self) -> None:
        """Compact the file, then rebuild search (FTS rows are keyed by rowid)."""
        self.connection().execute("VACUUM")
        self.rebuild_search()
