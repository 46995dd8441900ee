"""Schema versions and the migrations between them.

The schema version lives in ``PRAGMA user_version`` and the file is marked as ours
with ``PRAGMA application_id``. ``MIGRATIONS[n - 1]`` upgrades version ``n - 1`` to
``n``; all pending migrations run in one transaction, so an upgrade either
completes or leaves the file as it was. Before an existing workspace is upgraded
it is copied with SQLite's online backup API to ``workspace.db.bak-v{old}``
(the copy is consistent even while other connections read).

Migrations use sqlite-utils (table create, indexes, FTS); it is imported here,
inside the functions, and only when a migration actually runs, because importing
it costs more than the app's whole cold-start budget.

Rules for adding a migration: append a function, bump ``SCHEMA_VERSION``, never
edit a released migration. Write data steps in SQL where possible: a migration
that calls today's Python code runs that code against its own version's schema
(migration 2 builds search documents with ``search.py``; that code must keep
reading only columns that exist at version 2, or migration 2 must get a copy).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import DatabaseCorruptError, DatabaseOpenError, MigrationError
from .migrations_app_state import migration_5, migration_6
from .migrations_billing import migration_10
from .migrations_collections import migration_8
from .migrations_documents import migration_9
from .migrations_insight import migration_7
from .migrations_payments import migration_11

SCHEMA_VERSION = 11
APPLICATION_ID = 0x44496E76  # "DInv": marks the file as a Desktop Invoicer workspace

Migration = Callable[[Any], None]  # takes a sqlite_utils.Database


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.bak-v{version}")


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the database on ``conn`` (autocommit mode) up to ``SCHEMA_VERSION``."""
    conn.execute("BEGIN IMMEDIATE")  # a second app instance waits here, then sees our work
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version >= SCHEMA_VERSION:
            conn.execute("COMMIT")
            return
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        if has_tables:
            problems = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            if problems != ["ok"]:
                raise DatabaseCorruptError(
                    f"The workspace database {path} is damaged: {problems[0]}", path
                )
            _backup(path, backup_path(path, version))
        _run(conn, version)
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException as e:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        name = getattr(e, "sqlite_errorname", "") or ""
        passes_through = isinstance(e, DatabaseOpenError | KeyboardInterrupt | SystemExit) or (
            name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_NOTADB", "SQLITE_CORRUPT"))
        )
        if passes_through or not isinstance(e, Exception):
            raise  # Database.open turns sqlite errors into locked / corrupt errors
        raise MigrationError(
            f"Upgrading the workspace database {path} to version {SCHEMA_VERSION} failed: {e}",
            path,
        ) from e


def _backup(source: Path, target: Path) -> None:
    """Copy ``source`` with the online backup API, through a second connection.

    The caller holds the write lock (BEGIN IMMEDIATE) and has not written yet, so
    this reader sees exactly the version about to be migrated, and no one else can
    change it meanwhile. (The backup cannot run on the locking connection itself:
    SQLite's backup would wait for that connection's own transaction forever.)
    """
    target.unlink(missing_ok=True)
    reader = sqlite3.connect(source)
    try:
        copy = sqlite3.connect(target)
        try:
            reader.backup(copy)
        finally:
            copy.close()
    finally:
        reader.close()


def _run(conn: sqlite3.Connection, version: int) -> None:
    import sqlite_utils

    # recursive_triggers and plugins would change our connection's behaviour.
    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    row_factory = conn.row_factory
    conn.row_factory = None  # sqlite-utils expects plain tuples
    try:
        for migration in MIGRATIONS[version:]:
            migration(db)
    finally:
        conn.row_factory = row_factory


# -- migration 1: the tables ----------------------------------------------------------

# dj-stripe style columns every Stripe-mirrored table has.
_STRIPE_COLUMNS: dict[str, type] = {
    "stripe_id": str,  # NULL until synced
    "livemode": int,
    "created": int,  # unix seconds, Stripe's ``created``
    "metadata": str,  # JSON object
    "raw": str,  # JSON: the last Stripe payload, or NULL
    "updated_at": int,  # unix seconds of the last local write
}


def _stripe_table(
    db: Any,
    name: str,
    columns: dict[str, type],
    *,
    not_null: tuple[str, ...] = (),
    defaults: dict[str, Any] | None = None,
    foreign_keys: list[Any] | None = None,
) -> None:
    db[name].create(
        {"id": str, **columns, **_STRIPE_COLUMNS},
        pk="id",
        not_null={"id", "metadata", "updated_at", *not_null},
        defaults={"metadata": "{}", **(defaults or {})},
        foreign_keys=foreign_keys,
        strict=True,
    )
    _unique_stripe_index(db, name)


def _unique_stripe_index(db: Any, table: str) -> None:
    # Partial: most rows of a new workspace are not in Stripe yet.
    db.execute(
        f"CREATE UNIQUE INDEX idx_{table}_stripe_id ON {table} (stripe_id) "
        "WHERE stripe_id IS NOT NULL"
    )


def migration_1(db: Any) -> None:
    """Stripe-mirrored tables, app-only tables, indexes and the append-only audit log."""
    from sqlite_utils.db import ForeignKey

    _stripe_table(
        db,
        "customers",
        {
            "name": str,
            "email": str,
            "phone": str,
            "currency": str,
            "address": str,  # JSON object
            "locale": str,
            "tax_exempt": str,  # Stripe's none / exempt / reverse
            "deleted": int,
        },
        not_null=("name", "email", "phone", "currency", "locale", "tax_exempt", "deleted"),
        defaults={"email": "", "phone": "", "locale": "en", "tax_exempt": "none", "deleted": 0},
    )
    _stripe_table(
        db,
        "products",
        {"name": str, "description": str, "active": int},
        not_null=("name", "description", "active"),
        defaults={"description": "", "active": 1},
    )
    _stripe_table(
        db,
        "prices",
        {"product_id": str, "currency": str, "unit_amount": int, "active": int},
        not_null=("product_id", "currency", "unit_amount", "active"),
        defaults={"active": 1},
        foreign_keys=[ForeignKey("prices", "product_id", "products", "id")],
    )
    _stripe_table(
        db,
        "tax_rates",
        {
            "display_name": str,
            "percentage": str,  # exact decimal text, e.g. "8.875"
            "inclusive": int,
            "jurisdiction": str,
            "active": int,
        },
        not_null=("display_name", "percentage", "inclusive", "jurisdiction", "active"),
        defaults={"jurisdiction": "", "active": 1},
    )
    _stripe_table(
        db,
        "discounts",  # Stripe coupons
        {"name": str, "percent_off": str, "amount_off": int, "currency": str},
        not_null=("name",),
    )
    _stripe_table(
        db,
        "invoices",
        {
            "customer_id": str,
            "currency": str,
            "status": str,
            "number": str,
            "memo": str,
            "footer": str,
            "custom_fields": str,  # JSON list of [name, value]
            "collection_method": str,
            "days_until_due": int,
            "due_date": str,  # ISO date set on the invoice, or NULL (then terms apply)
            "effective_due_date": str,  # due_date, or issue_date + days_until_due: lists sort on it
            "issue_date": str,
            "subtotal": int,
            "discount": int,
            "tax": int,
            "total": int,
            "amount_paid": int,
            "amount_remaining": int,
            "customer_name": str,
            "customer_email": str,
            "discounts": str,  # JSON list of discount ids
        },
        not_null=(
            "customer_id",
            "currency",
            "status",
            "memo",
            "footer",
            "custom_fields",
            "collection_method",
            "subtotal",
            "discount",
            "tax",
            "total",
            "amount_paid",
            "amount_remaining",
            "customer_name",
            "customer_email",
            "discounts",
        ),
        defaults={"memo": "", "footer": "", "custom_fields": "[]", "discounts": "[]"},
        foreign_keys=[ForeignKey("invoices", "customer_id", "customers", "id")],
    )
    # Lines are stored clustered by invoice (WITHOUT ROWID, keyed by invoice and
    # position): reading an invoice's lines is one range scan, with no extra index.
    db.execute(
        """
        CREATE TABLE invoice_lines (
            invoice_id TEXT NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            description TEXT NOT NULL,
            quantity INTEGER NOT NULL,
            unit_amount INTEGER NOT NULL,
            amount INTEGER NOT NULL,  -- quantity x unit_amount, in the invoice's currency
            price_id TEXT REFERENCES prices (id) ON DELETE SET NULL,
            tax_rate_ids TEXT NOT NULL DEFAULT '[]',  -- JSON list
            stripe_id TEXT,
            PRIMARY KEY (invoice_id, position)
        ) STRICT, WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX idx_invoice_lines_price ON invoice_lines (price_id)")
    _unique_stripe_index(db, "invoice_lines")

    db["settings"].create(
        {"key": str, "value": str, "updated_at": int},
        pk="key",
        not_null={"key", "value", "updated_at"},
        strict=True,
    )
    db["sync_cursors"].create(
        {"name": str, "value": str, "updated_at": int},
        pk="name",
        not_null={"name", "updated_at"},
        strict=True,
    )
    db["applied_events"].create(
        {"event_id": str, "type": str, "created": int, "applied_at": int},
        pk="event_id",
        not_null={"event_id", "type", "created", "applied_at"},
        strict=True,
    )
    db["applied_events"].create_index(["created"])
    # AUTOINCREMENT (ids never reused, so order is creation order) is raw SQL.
    db.execute(
        """
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            object_type TEXT NOT NULL,
            local_id TEXT NOT NULL,
            operation TEXT NOT NULL,
            payload TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'sent', 'failed', 'conflict', 'discarded')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            created_at INTEGER NOT NULL,
            sent_at INTEGER,
            base_version TEXT
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            object_type TEXT NOT NULL,
            object_id TEXT NOT NULL,
            action TEXT NOT NULL,
            before TEXT,
            after TEXT
        ) STRICT
        """
    )
    for statement in _MIGRATION_1_SQL:
        db.execute(statement)


_MIGRATION_1_SQL = [
    # The audit log is append-only.
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    "CREATE INDEX idx_audit_log_object ON audit_log (object_type, object_id, id)",
    "CREATE INDEX idx_outbox_status ON outbox (status, id)",
    "CREATE INDEX idx_outbox_local ON outbox (object_type, local_id)",
    # Every list sort and filter has an index ending in id, the stable tiebreak.
    "CREATE INDEX idx_customers_name ON customers (name COLLATE NOCASE, id)",
    "CREATE INDEX idx_customers_email ON customers (email COLLATE NOCASE, id)",
    "CREATE INDEX idx_customers_currency ON customers (currency, id)",
    "CREATE INDEX idx_products_name ON products (name COLLATE NOCASE, id)",
    "CREATE INDEX idx_prices_product ON prices (product_id, currency)",
    "CREATE INDEX idx_invoices_issue_date ON invoices (issue_date, id)",
    "CREATE INDEX idx_invoices_due_date ON invoices (effective_due_date, id)",
    "CREATE INDEX idx_invoices_number ON invoices (number, id)",
    "CREATE INDEX idx_invoices_total ON invoices (total, id)",
    "CREATE INDEX idx_invoices_remaining ON invoices (amount_remaining, id)",
    "CREATE INDEX idx_invoices_customer_name ON invoices (customer_name COLLATE NOCASE, id)",
    "CREATE INDEX idx_invoices_status ON invoices (status, issue_date, id)",
    "CREATE INDEX idx_invoices_currency ON invoices (currency, issue_date, id)",
    "CREATE INDEX idx_invoices_customer ON invoices (customer_id, issue_date, id)",
]


# -- migration 2: full-text search ------------------------------------------------------

FTS_TOKENIZE = "unicode61 remove_diacritics 2"


def migration_2(db: Any) -> None:
    """FTS5 over customers (name, email) and invoices (number, customer, lines, amounts).

    Customers use an external-content index kept in sync by sqlite-utils' triggers.
    An invoice's document spans two tables and formats amounts with the currency's
    exponent, so the repository writes it (see ``search.py``); a trigger removes it
    when an invoice row is deleted by any means.
    """
    from . import search

    db["customers"].enable_fts(["name", "email"], create_triggers=True, tokenize=FTS_TOKENIZE)
    db.execute(
        f"""
        CREATE VIRTUAL TABLE invoices_fts USING fts5(
            number, customer, email, lines, amounts,
            tokenize = '{FTS_TOKENIZE}',
            prefix = '2 3'
        )
        """
    )
    db.execute(
        """CREATE TRIGGER invoices_fts_delete AFTER DELETE ON invoices
           BEGIN DELETE FROM invoices_fts WHERE rowid = old.rowid; END"""
    )
    search.reindex_all_invoices(db.conn)


# -- migration 3: Stripe objects the app mirrors without a domain value ------------------


def migration_3(db: Any) -> None:
    """Payments, charges and credit notes as Stripe has them (raw JSON, dj-stripe style).

    The app shows and reports on them but never edits them, so they need no
    domain value: one table keyed by Stripe id, with the columns lists filter on.
    """
    db.execute(
        """
        CREATE TABLE stripe_objects (
            stripe_id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            livemode INTEGER,
            created INTEGER,
            customer TEXT,
            invoice TEXT,
            deleted INTEGER NOT NULL DEFAULT 0,
            raw TEXT NOT NULL,
            updated_at INTEGER NOT NULL
        ) STRICT
        """
    )
    db.execute("CREATE INDEX idx_stripe_objects_type ON stripe_objects (type, created, stripe_id)")
    db.execute("CREATE INDEX idx_stripe_objects_invoice ON stripe_objects (invoice, type)")


# -- migration 4: the list's date, so a new draft shows first -----------------------------


def migration_4(db: Any) -> None:
    """``sort_date``: the issue date, or for a draft (no issue date yet) the day it was created.

    The invoice list's newest-first order sorts on it, then on ``created``: without
    it every draft sorted after the oldest invoice, so a draft just created went to
    the end of the default list. The repository writes it with every invoice
    (``invoices.sort_date``), as a local date like the issue date, so it is a plain
    column (a generated one could only use the UTC day of ``created``).
    """
    db.execute("ALTER TABLE invoices ADD COLUMN sort_date TEXT")
    db.execute(
        "UPDATE invoices SET sort_date = "
        "COALESCE(issue_date, date(created, 'unixepoch', 'localtime'))"
    )
    for statement in (
        "CREATE INDEX idx_invoices_sort_date ON invoices (sort_date, created, id)",
        "DROP INDEX idx_invoices_status",
        "CREATE INDEX idx_invoices_status ON invoices (status, sort_date, created, id)",
        "DROP INDEX idx_invoices_currency",
        "CREATE INDEX idx_invoices_currency ON invoices (currency, sort_date, created, id)",
        "DROP INDEX idx_invoices_customer",
        "CREATE INDEX idx_invoices_customer ON invoices (customer_id, sort_date, created, id)",
    ):
        db.execute(statement)


MIGRATIONS: list[Migration] = [
    migration_1,
    migration_2,
    migration_3,
    migration_4,
    migration_5,
    migration_6,
    migration_7,
    migration_8,
    migration_9,
    migration_10,
    migration_11,
]
assert len(MIGRATIONS) == SCHEMA_VERSION
