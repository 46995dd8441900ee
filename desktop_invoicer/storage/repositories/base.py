"""What every repository shares: ids, actors, Stripe columns, auditing, generic CRUD.

Stripe-mirrored tables (customers, products, prices, tax rates, discounts) all
have the same life: ``add`` (local creation, validated), ``update``, ``delete``
(refused while other rows use the value), and ``upsert_synced`` for the sync room
to store what Stripe says, with the dj-stripe columns (``livemode``, ``created``,
``metadata``, ``raw``). :class:`EntityRepository` implements that once; each table
supplies its column mapping and its rules as small hooks.
"""

from __future__ import annotations

import os
import sqlite3
import time
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from ..codec import dumps, loads, to_jsonable
from ..errors import NotFoundError, StorageError

if TYPE_CHECKING:
    from ..database import Database, Transaction

LOCAL_USER = "local user"
SYNC_ACTOR = "stripe sync"

BACKFILL_ACTION = "backfill"
"""The audit action of a page of synced objects written at once (one entry per page)."""

_CHUNK = 500  # ids per ``IN (...)``: well under SQLite's limit on bound parameters


def new_id() -> str:
    """A new local id: a UUIDv7 (RFC 9562) as 32 hex digits.

    Time-ordered in its first 48 bits (unix milliseconds), random in 74 others.
    Rows created together get neighbouring ids, so the index on ``id`` (and the
    lines clustered by invoice id) take a page of 100 synced invoices into a few
    B-tree pages instead of 100 scattered ones: a uuid4 made each backfill commit
    about a third slower. Built by hand (Python 3.11 has no ``uuid.uuid7``), which
    also keeps ``uuid`` (it imports ``platform``) off the start-up path.
    """
    millis = time.time_ns() // 1_000_000 & (1 << 48) - 1
    rand = int.from_bytes(os.urandom(10), "big")
    value = (
        millis << 80
        | 0x7 << 76  # version 7
        | (rand >> 62 & 0xFFF) << 64
        | 0b10 << 62  # the RFC 9562 variant
        | rand & (1 << 62) - 1
    )
    return f"{value:032x}"


@dataclass(frozen=True, slots=True)
class StripeMeta:
    """The dj-stripe columns of a row that the domain value does not carry."""

    livemode: bool | None = None
    created: int | None = None  # Stripe's ``created``, unix seconds
    metadata: Mapping[str, str] = field(default_factory=dict)
    raw: Mapping[str, Any] | None = None  # the last Stripe payload
    # ``raw`` already serialised (``codec.dumps``), when the caller has it: the backfill
    # serialises a page while the previous one is written. Not read back from a row.
    raw_json: str | None = field(default=None, compare=False, repr=False)


def raw_json(raw: Mapping[str, Any] | None) -> str | None:
    """A Stripe payload as the ``raw`` column stores it."""
    return None if raw is None else dumps(dict(raw))


def meta_columns(meta: StripeMeta) -> dict[str, Any]:
    """The dj-stripe columns to write; ``created`` only when Stripe gave one."""
    columns = {
        "livemode": None if meta.livemode is None else int(meta.livemode),
        "metadata": dumps(dict(meta.metadata)),
        "raw": meta.raw_json if meta.raw_json is not None else raw_json(meta.raw),
    }
    if meta.created is not None:
        columns["created"] = meta.created
    return columns


def meta_from_row(row: sqlite3.Row) -> StripeMeta:
    livemode = row["livemode"]
    return StripeMeta(
        livemode=None if livemode is None else bool(livemode),
        created=row["created"],
        metadata=loads(row["metadata"]) or {},
        raw=loads(row["raw"]),
    )


@contextmanager
def integrity_errors(what: str) -> Iterator[None]:
    """Turn a constraint failure into a StorageError a person can read."""
    try:
        yield
    except sqlite3.IntegrityError as e:
        text = str(e)
        if "stripe_id" in text:
            raise StorageError(f"Another {what} is already linked to that Stripe object.") from e
        raise StorageError(f"The {what} could not be saved: {text}.") from e


def id_chunks(values: Sequence[str], size: int = _CHUNK) -> Iterator[Sequence[str]]:
    """``values`` in slices small enough for one ``IN (...)``."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


def placeholders(count: int) -> str:
    """``?,?,?`` for an ``IN (...)`` of ``count`` values."""
    return ",".join("?" * count)


def select_in(
    conn: sqlite3.Connection, sql: str, values: Iterable[str], params: Sequence[Any] = ()
) -> list[sqlite3.Row]:
    """Rows of ``sql`` (with one ``{marks}`` for the ``IN`` list) for every value, by chunks."""
    unique = list(dict.fromkeys(values))
    rows: list[sqlite3.Row] = []
    for chunk in id_chunks(unique):
        rows.extend(conn.execute(sql.format(marks=placeholders(len(chunk))), [*chunk, *params]))
    return rows


def page_summary(object_type: str, stripe_ids: Sequence[str], created: int) -> dict[str, Any]:
    """The audit entry's data for a page of synced objects."""
    count = len(stripe_ids)
    noun = object_type.replace("_", " ") + ("" if count == 1 else "s")
    return {
        "message": f"synced {count} {noun}",
        "count": count,
        "created": created,
        "updated": count - created,
        "stripe_ids": list(stripe_ids),
    }


class Repository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def _read(self) -> sqlite3.Connection:
        """The calling thread's connection, for reads."""
        return self._db.connection()

    def _now(self) -> int:
        return int(self._db.clock())

    def _audit(
        self,
        tx: Transaction,
        object_type: str,
        object_id: str,
        action: str,
        before: Any,
        after: Any,
        actor: str,
    ) -> None:
        tx.execute(
            "INSERT INTO audit_log (at, actor, object_type, object_id, action, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                self._now(),
                actor,
                object_type,
                object_id,
                action,
                None if before is None else dumps(before),
                None if after is None else dumps(after),
            ),
        )
        tx.changed("audit_log")


class _Entity(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def stripe_id(self) -> str | None: ...


T = TypeVar("T", bound=_Entity)


def insert_sql(table: str, columns: list[str], *, upsert: bool = False) -> str:
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"
    if upsert:
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
        sql += f" ON CONFLICT (id) DO UPDATE SET {updates}"
    return sql


class EntityRepository(Repository, Generic[T], ABC):
    """Generic CRUD over one Stripe-mirrored table."""

    table: ClassVar[str]
    object_type: ClassVar[str]  # in audit entries and messages: "customer"
    live_clause: ClassVar[str] = ""  # extra WHERE for rows that count as existing

    # -- hooks ------------------------------------------------------------------

    @abstractmethod
    def _columns(self, value: T) -> dict[str, Any]:
        """The columns the domain value owns (including ``stripe_id``), without ``id``."""

    @abstractmethod
    def _from_row(self, row: sqlite3.Row) -> T: ...

    @abstractmethod
    def _with_id(self, value: T, new: str) -> T: ...

    @abstractmethod
    def _validate(self, value: T) -> None: ...

    def _check_refs(self, tx: Transaction, value: T) -> None:
        """Raise if the value refers to rows that do not exist."""

    def _check_update(self, tx: Transaction, before: T, after: T) -> None:
        """Raise if this change is not allowed."""

    def _check_delete(self, tx: Transaction, value: T) -> None:
        """Raise InUseError if other rows still use the value."""

    def _after_write(self, tx: Transaction, before: T | None, after: T) -> None:
        """Keep denormalised copies elsewhere up to date."""

    def _remove(self, tx: Transaction, value: T) -> None:
        tx.execute(f"DELETE FROM {self.table} WHERE id = ?", (value.id,))

    # -- reads ------------------------------------------------------------------

    def get(self, id: str) -> T:
        """The value with local id ``id``; NotFoundError if there is none."""
        found = self.find(id)
        if found is None:
            raise NotFoundError(self.object_type, id)
        return found

    def find(self, id: str) -> T | None:
        row = (
            self._read()
            .execute(f"SELECT * FROM {self.table} WHERE id = ?{self.live_clause}", (id,))
            .fetchone()
        )
        return None if row is None else self._from_row(row)

    def get_by_stripe_id(self, stripe_id: str) -> T | None:
        row = (
            self._read()
            .execute(
                f"SELECT * FROM {self.table} WHERE stripe_id = ?{self.live_clause}", (stripe_id,)
            )
            .fetchone()
        )
        return None if row is None else self._from_row(row)

    def ids_by_stripe_id(self, stripe_ids: Iterable[str]) -> dict[str, str]:
        """Stripe id -> local id of the existing rows linked to these Stripe objects."""
        rows = select_in(
            self._read(),
            f"SELECT stripe_id, id FROM {self.table} WHERE stripe_id IN ({{marks}}){self.live_clause}",
            stripe_ids,
        )
        return {row[0]: row[1] for row in rows}

    def by_stripe_ids(self, stripe_ids: Iterable[str]) -> dict[str, T]:
        """Stripe id -> value of the existing rows linked to these Stripe objects."""
        rows = select_in(
            self._read(),
            f"SELECT * FROM {self.table} WHERE stripe_id IN ({{marks}}){self.live_clause}",
            stripe_ids,
        )
        return {row["stripe_id"]: self._from_row(row) for row in rows}

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these local ids exist (as :meth:`find` sees them)."""
        rows = select_in(
            self._read(),
            f"SELECT id FROM {self.table} WHERE id IN ({{marks}}){self.live_clause}",
            ids,
        )
        return {row[0] for row in rows}

    def stripe_meta(self, id: str) -> StripeMeta:
        row = (
            self._read()
            .execute(
                f"SELECT livemode, created, metadata, raw FROM {self.table} WHERE id = ?", (id,)
            )
            .fetchone()
        )
        if row is None:
            raise NotFoundError(self.object_type, id)
        return meta_from_row(row)

    def _get_in(self, tx: Transaction, id: str) -> T:
        row = tx.execute(
            f"SELECT * FROM {self.table} WHERE id = ?{self.live_clause}", (id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(self.object_type, id)
        return self._from_row(row)

    # -- writes -----------------------------------------------------------------

    def add(self, value: T, *, actor: str = LOCAL_USER) -> T:
        """Store a new value (an empty ``id`` gets a new one); returns what was stored."""
        self._validate(value)
        if not value.id:
            value = self._with_id(value, new_id())
        with self._db.transaction() as tx, integrity_errors(self.object_type):
            self._check_refs(tx, value)
            now = self._now()
            columns = {"id": value.id, **self._columns(value), "created": now, "updated_at": now}
            tx.execute(insert_sql(self.table, list(columns)), list(columns.values()))
            self._audit(tx, self.object_type, value.id, "create", None, to_jsonable(value), actor)
            self._after_write(tx, None, value)
            tx.changed(self.table)
        return value

    def update(self, value: T, *, actor: str = LOCAL_USER) -> T:
        """Replace the stored value with the same id."""
        self._validate(value)
        with self._db.transaction() as tx, integrity_errors(self.object_type):
            before = self._get_in(tx, value.id)
            self._check_refs(tx, value)
            self._check_update(tx, before, value)
            columns = {**self._columns(value), "updated_at": self._now()}
            assignments = ", ".join(f"{name} = ?" for name in columns)
            tx.execute(
                f"UPDATE {self.table} SET {assignments} WHERE id = ?",
                [*columns.values(), value.id],
            )
            self._audit(
                tx,
                self.object_type,
                value.id,
                "update",
                to_jsonable(before),
                to_jsonable(value),
                actor,
            )
            self._after_write(tx, before, value)
            tx.changed(self.table)
        return value

    def delete(self, id: str, *, actor: str = LOCAL_USER) -> None:
        """Delete the value; InUseError (with a message for the user) if it is still used."""
        with self._db.transaction() as tx:
            before = self._get_in(tx, id)
            self._check_delete(tx, before)
            self._remove(tx, before)
            self._audit(tx, self.object_type, id, "delete", to_jsonable(before), None, actor)
            tx.changed(self.table)

    def upsert_synced(self, value: T, meta: StripeMeta, *, actor: str = SYNC_ACTOR) -> T:
        """Store a value as Stripe has it, matched by ``stripe_id`` (or local id).

        For the sync room: no local validation (Stripe's copy is the truth), the
        row keeps its local id when one is already linked to the Stripe object,
        and the dj-stripe columns come from ``meta``. Audited only when it changes.
        """
        if not value.stripe_id:
            raise ValueError(f"A synced {self.object_type} needs its stripe_id.")
        with self._db.transaction() as tx, integrity_errors(self.object_type):
            row = tx.execute(
                f"SELECT * FROM {self.table} WHERE stripe_id = ?", (value.stripe_id,)
            ).fetchone()
            if row is None and value.id:
                row = tx.execute(f"SELECT * FROM {self.table} WHERE id = ?", (value.id,)).fetchone()
            if row is not None and row["id"] != value.id:
                value = self._with_id(value, row["id"])
            elif not value.id:
                value = self._with_id(value, new_id())
            before = None if row is None else self._from_row(row)
            self._check_refs(tx, value)
            columns = {
                "id": value.id,
                **self._columns(value),
                **meta_columns(meta),
                "updated_at": self._now(),
            }
            tx.execute(insert_sql(self.table, list(columns), upsert=True), list(columns.values()))
            if before != value:
                self._audit(
                    tx,
                    self.object_type,
                    value.id,
                    "sync",
                    None if before is None else to_jsonable(before),
                    to_jsonable(value),
                    actor,
                )
            self._after_write(tx, before, value)
            tx.changed(self.table)
        return value

    def upsert_synced_page(
        self, values: Sequence[T], metas: Sequence[StripeMeta], *, actor: str = SYNC_ACTOR
    ) -> list[T]:
        """:meth:`upsert_synced` for a page of a Stripe list, written together.

        Each row ends up as ``upsert_synced`` would leave it (matched by
        ``stripe_id``, else by local id; references checked; denormalised copies
        kept up to date), but the page costs a few statements instead of a few per
        object, and the audit log records the page once (``backfill``: how many,
        which Stripe ids) instead of each object. For the backfill; changes that
        arrive one by one (events, outbox replies) use ``upsert_synced``.
        """
        if len(values) != len(metas):
            raise ValueError("One StripeMeta per value.")
        stripe_ids = [value.stripe_id or "" for value in values]
        if not all(stripe_ids):
            raise ValueError(f"A synced {self.object_type} needs its stripe_id.")
        if len(set(stripe_ids)) != len(stripe_ids):
            raise ValueError("A page lists each Stripe object once.")
        if not values:
            return []
        with self._db.transaction() as tx, integrity_errors(self.object_type):
            by_stripe_id = {
                row["stripe_id"]: row
                for row in select_in(
                    tx.conn,
                    f"SELECT * FROM {self.table} WHERE stripe_id IN ({{marks}})",
                    stripe_ids,
                )
            }
            wanted = [v.id for v in values if v.id and v.stripe_id not in by_stripe_id]
            by_id = {
                row["id"]: row
                for row in select_in(
                    tx.conn, f"SELECT * FROM {self.table} WHERE id IN ({{marks}})", wanted
                )
            }
            now = self._now()
            stored: list[T] = []
            befores: list[T | None] = []
            statements: dict[str, list[list[Any]]] = {}
            for value, meta in zip(values, metas, strict=True):
                row = by_stripe_id.get(value.stripe_id) or (
                    by_id.get(value.id) if value.id else None
                )
                if row is not None and row["id"] != value.id:
                    value = self._with_id(value, row["id"])
                elif not value.id:
                    value = self._with_id(value, new_id())
                self._check_refs(tx, value)
                columns = {
                    "id": value.id,
                    **self._columns(value),
                    **meta_columns(meta),
                    "updated_at": now,
                }
                sql = insert_sql(self.table, list(columns), upsert=True)
                statements.setdefault(sql, []).append(list(columns.values()))
                stored.append(value)
                befores.append(None if row is None else self._from_row(row))
            for sql, rows in statements.items():
                tx.executemany(sql, rows)
            for before, value in zip(befores, stored, strict=True):
                if before is not None:
                    self._after_write(tx, before, value)
            created = sum(before is None for before in befores)
            summary = page_summary(self.object_type, stripe_ids, created)
            self._audit(tx, self.object_type, "", BACKFILL_ACTION, None, summary, actor)
            tx.changed(self.table)
        return stored


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with ``\\`` as the escape character."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
