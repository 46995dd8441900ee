"""Opening, transactions, change notifications and threads."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop_invoicer.storage import (
    SCHEMA_VERSION,
    Database,
    DatabaseBusyError,
    DatabaseClosedError,
)

from .conftest import fixed_clock
from .helpers import customer


def test_open_configures_the_connection(db: Database) -> None:
    conn = db.connection()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert db.schema_version == SCHEMA_VERSION
    assert db.check_integrity() == []


def test_opening_an_up_to_date_database_does_not_import_sqlite_utils(tmp_path: Path) -> None:
    path = tmp_path / "workspace.db"
    Database.open(path).close()  # created (and migrated) in this process
    code = (
        "import sys\n"
        "from desktop_invoicer.storage import Database\n"
        f"db = Database.open({str(path)!r})\n"
        "db.invoices.page(); db.customers.page(); db.close()\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_the_first_window_loads_only_what_the_invoice_list_needs(tmp_path: Path) -> None:
    """Cold start: the package and the log folder load nothing; the list no domain invoice."""
    path = tmp_path / "workspace.db"
    Database.open(path).close()
    code = (
        "import sys\n"
        "def loaded(prefix):\n"
        "    return sorted(m for m in sys.modules if m.startswith(prefix))\n"
        "import desktop_invoicer.storage\n"
        "from desktop_invoicer.storage.paths import log_dir\n"
        "print(loaded('desktop_invoicer.storage.'), loaded('desktop_invoicer.domain'))\n"
        "from desktop_invoicer.storage.database import Database\n"
        f"db = Database.open({str(path)!r})\n"
        "db.invoice_list.count(); db.invoice_list.page()\n"
        "db.settings.get('anything')\n"
        "print(loaded('desktop_invoicer.domain.'))\n"
        "from desktop_invoicer.storage import InvoiceFilter, Database as Again\n"
        "assert Again is Database and InvoiceFilter is not None\n"
        "db.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    first, after = result.stdout.splitlines()
    assert first == "['desktop_invoicer.storage.paths'] []"
    assert after == (
        "['desktop_invoicer.domain.currency', 'desktop_invoicer.domain.money', "
        "'desktop_invoicer.domain.status']"
    )


def test_transaction_commits_and_rolls_back(db: Database) -> None:
    with db.transaction() as tx:
        tx.execute("INSERT INTO settings (key, value, updated_at) VALUES ('a', '1', 0)")
    with pytest.raises(RuntimeError), db.transaction() as tx:
        tx.execute("INSERT INTO settings (key, value, updated_at) VALUES ('b', '2', 0)")
        raise RuntimeError("boom")
    assert db.settings.get("a") == 1
    assert db.settings.get("b") is None
    assert not db.connection().in_transaction


def test_nested_transactions_roll_back_only_the_inner_block(db: Database) -> None:
    with db.transaction() as outer:
        outer.execute("INSERT INTO settings (key, value, updated_at) VALUES ('kept', '1', 0)")
        with pytest.raises(ValueError), db.transaction() as inner:
            inner.execute("INSERT INTO settings (key, value, updated_at) VALUES ('lost', '2', 0)")
            raise ValueError
        with db.transaction() as inner:
            inner.execute("INSERT INTO settings (key, value, updated_at) VALUES ('also', '3', 0)")
    assert db.settings.get("kept") == 1
    assert db.settings.get("lost") is None
    assert db.settings.get("also") == 3


def test_repository_calls_compose_into_one_transaction(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction():
        db.customers.add(customer())
        db.settings.set("x", 1)
        raise RuntimeError
    assert db.customers.count() == 0
    assert db.settings.get("x") is None


def test_listeners_hear_committed_tables_only(db: Database) -> None:
    heard: list[str] = []
    unsubscribe = db.subscribe(heard.append)
    with db.transaction():
        db.settings.set("x", 1)
        db.customers.add(customer())
        assert heard == []  # nothing before the commit
    assert heard == ["audit_log", "customers", "settings"]
    heard.clear()
    with pytest.raises(RuntimeError), db.transaction():
        db.settings.set("y", 2)
        raise RuntimeError
    assert heard == []
    with db.transaction():
        with pytest.raises(RuntimeError), db.transaction():
            db.settings.set("inner", 1)
            raise RuntimeError
        db.customers.add(customer("Other"))
    assert "settings" not in heard  # the rolled-back inner block announced nothing
    heard.clear()
    unsubscribe()
    db.settings.set("z", 3)
    assert heard == []


def test_a_failing_listener_does_not_undo_the_write(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(table: str) -> None:
        raise RuntimeError("listener bug")

    heard: list[str] = []
    db.subscribe(broken)
    db.subscribe(heard.append)
    with caplog.at_level(logging.ERROR):
        db.settings.set("x", 1)
    assert db.settings.get("x") == 1
    assert heard == ["settings"]
    assert "listener" in caplog.text


def test_worker_threads_read_with_their_own_connection(db: Database) -> None:
    db.customers.add(customer())
    results: list[int] = []
    connections: list[sqlite3.Connection] = []

    def worker() -> None:
        connections.append(db.connection())
        results.append(db.customers.count())
        db.customers.add(customer("From a worker"))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert results == [1]
    assert connections[0] is not db.connection()
    assert db.customers.count() == 2


def test_thread_connection_can_be_released(db: Database) -> None:
    def worker() -> None:
        db.customers.count()
        db.close_thread_connection()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert len(db._connections) == 1


def test_a_busy_writer_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "workspace.db"
    db = Database.open(path, busy_timeout_ms=50, clock=fixed_clock)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseBusyError) as caught:
            db.settings.set("x", 1)
        assert caught.value.advice
        assert db.settings.get("x") is None  # reads still work beside a writer
        other.execute("ROLLBACK")
        db.settings.set("x", 1)
    finally:
        other.close()
        db.close()


def test_closed_database_refuses_use(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "workspace.db")
    with db:
        db.customers.count()
    assert db.closed
    with pytest.raises(DatabaseClosedError):
        db.customers.count()
    db.close()  # twice is fine


def test_vacuum_keeps_search_working(db: Database) -> None:
    from desktop_invoicer.storage import CustomerFilter

    for i in range(20):
        db.customers.add(customer(f"Company {i}", f"c{i}@example.com"))
    for row in db.customers.page(limit=10):
        db.customers.delete(row.id)
    kept = {r.name for r in db.customers.page()}
    db.vacuum()
    assert {r.name for r in db.customers.page(CustomerFilter(search="company"))} == kept


def test_readers_keep_reading_while_a_worker_writes(db: Database) -> None:
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            for i in range(40):
                db.customers.add(customer(f"Worker customer {i}", f"w{i}@example.com"))
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)
        finally:
            db.close_thread_connection()

    thread = threading.Thread(target=writer)
    thread.start()
    seen = []
    while thread.is_alive():
        seen.append(db.customers.count())
        db.customers.page(limit=10)
    thread.join()
    assert errors == []
    assert seen == sorted(seen)  # each read sees a committed state, never going back
    assert db.customers.count() == 40
