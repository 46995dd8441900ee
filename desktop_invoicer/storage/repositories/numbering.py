"""Invoice number sequences: reserve write-ahead, assign, reconcile with Stripe.

See ``domain/numbering.py`` for the design. Every method is one ``BEGIN IMMEDIATE``
transaction, so two windows (or two processes) on the same workspace never hand
out the same number; two desktops on one Stripe account are kept apart by Stripe
refusing a duplicate number (``mark_taken``) and by :meth:`observe`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ...domain.numbering import DEFAULT_FORMAT, NumberFormat
from ...domain.validation import ValidationError
from .base import LOCAL_USER, Repository

if TYPE_CHECKING:
    from ..database import Transaction

FORMAT_KEY = "invoice_number_format"
ENABLED_KEY = "invoice_number_format_enabled"


@dataclass(frozen=True, slots=True)
class Reservation:
    number: str
    scope: str
    seq: int
    invoice_id: str
    state: str


class NumberingRepository(Repository):
    # --- the format ---
    def number_format(self) -> NumberFormat:
        row = (
            self._read()
            .execute("SELECT value FROM settings WHERE key = ?", (FORMAT_KEY,))
            .fetchone()
        )
        if row is None:
            return NumberFormat(DEFAULT_FORMAT)
        from ..codec import loads

        value = loads(row[0])
        return NumberFormat(value if isinstance(value, str) else DEFAULT_FORMAT)

    def set_number_format(self, fmt: NumberFormat, *, actor: str = LOCAL_USER) -> None:
        errors = fmt.errors()
        if errors:
            raise ValidationError(errors)
        from ..codec import dumps

        with self._db.transaction() as tx:
            before = self.number_format().pattern
            tx.execute(
                "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at",
                (FORMAT_KEY, dumps(fmt.pattern), self._now()),
            )
            self._audit(tx, "settings", FORMAT_KEY, "update", before, fmt.pattern, actor)
            tx.changed("settings")

    def enabled(self) -> bool:
        """Whether finalizing gives invoices our own numbers (else Stripe numbers them)."""
        row = (
            self._read()
            .execute("SELECT value FROM settings WHERE key = ?", (ENABLED_KEY,))
            .fetchone()
        )
        from ..codec import loads

        return row is not None and loads(row[0]) is True

    def set_enabled(self, enabled: bool, *, actor: str = LOCAL_USER) -> None:
        from ..codec import dumps

        with self._db.transaction() as tx:
            before = self.enabled()
            tx.execute(
                "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at",
                (ENABLED_KEY, dumps(bool(enabled)), self._now()),
            )
            self._audit(tx, "settings", ENABLED_KEY, "update", before, bool(enabled), actor)
            tx.changed("settings")

    # --- reservations ---
    def reservation(self, invoice_id: str) -> Reservation | None:
        """The invoice's live number (reserved or assigned), if it has one."""
        row = (
            self._read()
            .execute(
                "SELECT number, scope, seq, invoice_id, state FROM number_reservations "
                "WHERE invoice_id = ? AND state != 'taken'",
                (invoice_id,),
            )
            .fetchone()
        )
        return None if row is None else Reservation(*row)

    def reserve(self, invoice_id: str, issued: date, fmt: NumberFormat | None = None) -> str:
        """The invoice's number: its existing reservation, else the scope's next number.

        Committed before anything is sent to Stripe (write-ahead): call again after a
        crash and the same number comes back.
        """
        fmt = fmt or self.number_format()
        scope = fmt.scope(issued)
        with self._db.transaction() as tx:
            row = tx.execute(
                "SELECT number FROM number_reservations WHERE invoice_id = ? AND state != 'taken'",
                (invoice_id,),
            ).fetchone()
            if row is not None:
                return str(row[0])
            seq = self._next(tx, scope)
            number = fmt.format(issued, seq)
            while tx.execute(
                "SELECT 1 FROM number_reservations WHERE number = ?", (number,)
            ).fetchone():  # made by an older format with the same text: step over it
                seq += 1
                number = fmt.format(issued, seq)
            now = self._now()
            tx.execute(
                "INSERT INTO number_reservations "
                "(number, scope, seq, invoice_id, state, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, 'reserved', ?, ?)",
                (number, scope, seq, invoice_id, now, now),
            )
            self._set_next(tx, scope, seq + 1)
            tx.changed("number_reservations")
            return number

    def mark_assigned(self, invoice_id: str, number: str) -> None:
        """Stripe accepted the number (the invoice carries it)."""
        self._set_state(invoice_id, number, "assigned")

    def mark_taken(self, invoice_id: str, number: str) -> None:
        """Stripe refused the number as used by another invoice: never propose it again."""
        self._set_state(invoice_id, number, "taken")

    def _set_state(self, invoice_id: str, number: str, state: str) -> None:
        with self._db.transaction() as tx:
            tx.execute(
                "UPDATE number_reservations SET state = ?, updated_at = ? "
                "WHERE number = ? AND invoice_id = ?",
                (state, self._now(), number, invoice_id),
            )
            tx.changed("number_reservations")

    def observe(self, numbers: Iterable[str], fmt: NumberFormat | None = None) -> int:
        """Move each scope's sequence past the numbers seen in Stripe; how many moved."""
        fmt = fmt or self.number_format()
        highest: dict[str, int] = {}
        for number in numbers:
            found = fmt.scopes_of(number) if number else None
            if found is not None:
                scope, seq = found
                highest[scope] = max(highest.get(scope, 0), seq)
        moved = 0
        with self._db.transaction() as tx:
            for scope, seq in highest.items():
                if self._next(tx, scope) <= seq:
                    self._set_next(tx, scope, seq + 1)
                    moved += 1
            if moved:
                tx.changed("number_sequences")
        return moved

    def observe_cached_invoices(self, fmt: NumberFormat | None = None) -> int:
        """Reconcile with the invoices synced from Stripe (the local cache)."""
        fmt = fmt or self.number_format()
        prefix = fmt.pattern.split("{", 1)[0]
        rows = (
            self._read()
            .execute(
                "SELECT number FROM invoices WHERE number IS NOT NULL AND number LIKE ? ESCAPE '\\'",
                (prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",),
            )
            .fetchall()
        )
        return self.observe((str(r[0]) for r in rows), fmt)

    def next_number(self, issued: date, fmt: NumberFormat | None = None) -> str:
        """What the next reservation would be (for the settings preview); reserves nothing."""
        fmt = fmt or self.number_format()
        scope = fmt.scope(issued)
        row = (
            self._read()
            .execute("SELECT next_seq FROM number_sequences WHERE scope = ?", (scope,))
            .fetchone()
        )
        return fmt.format(issued, int(row[0]) if row else 1)

    def reservations(self, scope: str | None = None) -> list[Reservation]:
        sql = "SELECT number, scope, seq, invoice_id, state FROM number_reservations"
        params: tuple[str, ...] = ()
        if scope is not None:
            sql += " WHERE scope = ?"
            params = (scope,)
        rows = self._read().execute(sql + " ORDER BY scope, seq", params).fetchall()
        return [Reservation(*r) for r in rows]

    def _next(self, tx: Transaction, scope: str) -> int:
        row = tx.execute(
            "SELECT next_seq FROM number_sequences WHERE scope = ?", (scope,)
        ).fetchone()
        return int(row[0]) if row else 1

    def _set_next(self, tx: Transaction, scope: str, next_seq: int) -> None:
        tx.execute(
            "INSERT INTO number_sequences (scope, next_seq, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (scope) DO UPDATE SET next_seq = max(next_seq, excluded.next_seq), "
            "updated_at = excluded.updated_at",
            (scope, next_seq, self._now()),
        )
