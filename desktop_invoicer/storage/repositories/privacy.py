"""Privacy requests (GDPR art. 15/17, CCPA): everything held about a customer, and erasure.

**Finding a customer's rows.** Rather than a list that goes stale as tables are
added, :meth:`PrivacyRepository.collect` reads the schema: every table with a column
linking to the customer (``customer_id``; ``customer``: the Stripe id) or to one of
their invoices (``invoice_id``; ``invoice``/``invoice_ref``/``stripe_invoice``: Stripe
ids), plus the audit entries and outbox rows of the customer and their invoices.

**Erasure** (:meth:`PrivacyRepository.erase`), in one transaction:

* the customer row becomes a pseudonym (``Erased customer #<request>``) with no
  email, phone, address, metadata or Stripe payload; it is marked deleted at once,
  or, for a Stripe customer, when the queued deletion is confirmed by Stripe;
* their invoices keep what accounting law requires (number, dates, currency,
  amounts, tax, lines) but lose the name, email and the personal parts of the
  Stripe payload; the invoice search index is rebuilt for them;
* every other linked row has the person's name, email, phone and address text
  replaced by the pseudonym, and personal keys (``email``, ``address``,
  ``billing_details``...) removed from JSON;
* audit entries are rewritten through the one sanctioned path of migration 7:
  an ``audit_redactions`` row (pending) names the entry, the trigger then lets its
  ``before``/``after`` change (nothing else), and the redaction is closed. The
  redaction rows stay forever, so the log still shows that history was redacted,
  when, and by which request;
* pending outbox writes for the customer are discarded, and a ``DELETE
  /v1/customers/{id}`` is queued (Stripe keeps the customer's finalized invoices,
  which are its own legal record);
* a ``privacy_requests`` row records who did it, when, and what was erased and kept.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from typing import Any

from ..codec import dumps, loads
from .base import LOCAL_USER, Repository
from .privacy_links import linked_rows, primary_key
from .privacy_scrub import MIN_NEEDLE, scrub_text


@dataclass(frozen=True, slots=True)
class PrivacyRequest:
    id: int
    kind: str
    customer_id: str
    stripe_id: str | None
    actor: str
    requested_at: int
    completed_at: int | None
    summary: dict[str, Any]


class PrivacyRepository(Repository):
    # -- reading -------------------------------------------------------------------------

    def collect(self, customer_id: str) -> dict[str, list[dict[str, Any]]]:
        """Every row the app holds about the customer, by table (JSON columns decoded)."""
        conn = self._read()
        conn.execute("BEGIN")  # one snapshot for every table
        try:
            rows = linked_rows(conn, customer_id)
        finally:
            conn.execute("COMMIT")
        for table_rows in rows.values():
            for row in table_rows:
                row.pop("_rowid", None)
                for key, value in list(row.items()):
                    if isinstance(value, str) and value[:1] in "{[":
                        with contextlib.suppress(ValueError):
                            row[key] = loads(value)
        return rows

    def requests(self, customer_id: str | None = None) -> list[PrivacyRequest]:
        where, params = ("WHERE customer_id = ?", (customer_id,)) if customer_id else ("", ())
        rows = self._read().execute(f"SELECT * FROM privacy_requests {where} ORDER BY id", params)
        return [
            PrivacyRequest(
                r["id"],
                r["kind"],
                r["customer_id"],
                r["stripe_id"],
                r["actor"],
                r["requested_at"],
                r["completed_at"],
                loads(r["summary"]),
            )
            for r in rows
        ]

    def record_access(
        self, customer_id: str, summary: dict[str, Any], actor: str = LOCAL_USER
    ) -> PrivacyRequest:
        now = self._now()
        with self._db.transaction() as tx:
            sid = tx.execute(
                "SELECT stripe_id FROM customers WHERE id = ?", (customer_id,)
            ).fetchone()
            cur = tx.execute(
                "INSERT INTO privacy_requests (kind, customer_id, stripe_id, actor, requested_at, "
                "completed_at, summary) VALUES ('access', ?, ?, ?, ?, ?, ?)",
                (customer_id, sid[0] if sid else None, actor, now, now, dumps(summary)),
            )
            self._audit(
                tx,
                "customer",
                customer_id,
                "privacy_access",
                None,
                {"request": cur.lastrowid},
                actor,
            )
            tx.changed("privacy_requests")
        return self.requests(customer_id)[-1]

    # -- erasure -------------------------------------------------------------------------

    def erase(self, customer_id: str, *, actor: str = LOCAL_USER) -> PrivacyRequest:
        """Anonymise the customer everywhere in the workspace and queue the Stripe deletion.

        Overwritten text must not linger in the file either: ``secure_delete`` zeroes
        freed cells during the transaction, both full-text indexes are merged
        afterwards (FTS5 keeps deleted terms in old segments until a merge), and the
        WAL is checkpointed and truncated. Backups made before the erasure still hold
        the data until retention removes them; the request's summary says so.
        """
        conn = self._read()
        previous = conn.execute("PRAGMA secure_delete").fetchone()[0]
        conn.execute("PRAGMA secure_delete = ON")
        try:
            request = self._erase(customer_id, actor)
            with self._db.transaction() as tx:
                for index in ("customers_fts", "invoices_fts"):
                    tx.execute(f"INSERT INTO {index} ({index}) VALUES ('optimize')")
        finally:
            conn.execute(f"PRAGMA secure_delete = {int(previous)}")
        with contextlib.suppress(sqlite3.Error):  # readers may hold the WAL; best effort
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return request

    def _erase(self, customer_id: str, actor: str) -> PrivacyRequest:
        from .. import search

        now = self._now()
        with self._db.transaction() as tx:
            conn = tx.conn
            customer = conn.execute(
                "SELECT * FROM customers WHERE id = ?", (customer_id,)
            ).fetchone()
            if customer is None:
                from ..errors import NotFoundError

                raise NotFoundError("customer", customer_id)
            cur = tx.execute(
                "INSERT INTO privacy_requests (kind, customer_id, stripe_id, actor, requested_at) "
                "VALUES ('erasure', ?, ?, ?, ?)",
                (customer_id, customer["stripe_id"], actor, now),
            )
            request_id = int(cur.lastrowid or 0)
            pseudonym = f"Erased customer #{request_id}"
            address = loads(customer["address"]) or {}
            needles = [
                customer["name"],
                customer["email"],
                customer["phone"],
                *(str(v) for k, v in address.items() if k in ("line1", "line2") and v),
            ]
            rows = linked_rows(conn, customer_id)
            counts: dict[str, int] = {}

            # the customer
            tx.execute(
                "UPDATE customers SET name = ?, email = '', phone = '', address = '{}', "
                "metadata = '{}', raw = NULL, deleted = ?, updated_at = ? WHERE id = ?",
                # A Stripe customer is marked deleted when Stripe confirms the deletion
                # (the outbox sender looks up live customers only).
                (pseudonym, 0 if customer["stripe_id"] else 1, now, customer_id),
            )
            counts["customers"] = 1
            # invoices: accounting data stays
            invoice_ids = [r["id"] for r in rows.get("invoices", [])]
            for inv in rows.get("invoices", []):
                tx.execute(
                    "UPDATE invoices SET customer_name = ?, customer_email = '', raw = ?, "
                    "metadata = ? WHERE id = ?",
                    (
                        pseudonym,
                        scrub_text(inv["raw"], needles, pseudonym),
                        scrub_text(inv["metadata"], needles, pseudonym),
                        inv["id"],
                    ),
                )
            counts["invoices"] = len(invoice_ids)
            if invoice_ids:
                search.index_invoices(conn, invoice_ids)
            # every other linked table: text columns scrubbed in place
            for table, table_rows in rows.items():
                if table in ("customers", "invoices", "audit_log", "outbox", "privacy_requests"):
                    continue
                changed = 0
                for row in table_rows:
                    updates = {
                        k: scrub_text(v, needles, pseudonym)
                        for k, v in row.items()
                        if k != "_rowid" and isinstance(v, str)
                    }
                    updates = {k: v for k, v in updates.items() if v != row[k]}
                    if not updates:
                        continue
                    keys = ["_rowid"] if "_rowid" in row else primary_key(conn, table)
                    if not keys:
                        continue
                    sets = ", ".join(f"{k} = ?" for k in updates)
                    where = " AND ".join(f"{'rowid' if k == '_rowid' else k} = ?" for k in keys)
                    tx.execute(
                        f"UPDATE {table} SET {sets} WHERE {where}",
                        [*updates.values(), *(row[k] for k in keys)],
                    )
                    changed += 1
                if changed:
                    counts[table] = changed
            # the outbox: nothing personal left to send
            for item in rows.get("outbox", []):
                status = (
                    "discarded"
                    if item["status"] in ("pending", "failed", "conflict")
                    else (item["status"])
                )
                tx.execute(
                    "UPDATE outbox SET payload = ?, base_version = NULL, status = ? WHERE id = ?",
                    (scrub_text(item["payload"], needles, pseudonym), status, item["id"]),
                )
            # the audit log, through the sanctioned redaction path (migration 7)
            redacted = 0
            for entry in self._audit_entries(conn, customer_id, invoice_ids, needles):
                before = scrub_text(entry["before"], needles, pseudonym)
                after = scrub_text(entry["after"], needles, pseudonym)
                if (before, after) == (entry["before"], entry["after"]):
                    continue
                tx.execute(
                    "INSERT INTO audit_redactions (audit_id, request_id, pending, "
                    "redacted_at) VALUES (?, ?, 1, ?)",
                    (entry["id"], request_id, now),
                )
                tx.execute(
                    "UPDATE audit_log SET before = ?, after = ? WHERE id = ?",
                    (before, after, entry["id"]),
                )
                tx.execute(
                    "UPDATE audit_redactions SET pending = 0 WHERE audit_id = ?", (entry["id"],)
                )
                redacted += 1
            counts["audit_log"] = redacted
            # Stripe: delete the customer (its finalized invoices stay, Stripe's legal record)
            if customer["stripe_id"]:
                tx.execute(
                    "INSERT INTO outbox (object_type, local_id, operation, payload, "
                    "idempotency_key, created_at) VALUES ('customer', ?, 'delete', '{}', ?, ?) "
                    "ON CONFLICT (idempotency_key) DO NOTHING",
                    (customer_id, f"privacy-erasure-{request_id}-{customer_id}", now),
                )
            summary = {
                "pseudonym": pseudonym,
                "anonymised": counts,
                "kept": "invoice numbers, dates, currencies, amounts, tax and lines "
                "(accounting records the law requires)",
                "stripe": "customer deletion queued" if customer["stripe_id"] else "not in Stripe",
                "backups": "backups made before this request keep the data until the "
                "retention policy removes them",
            }
            tx.execute(
                "UPDATE privacy_requests SET completed_at = ?, summary = ? WHERE id = ?",
                (now, dumps(summary), request_id),
            )
            self._audit(
                tx,
                "customer",
                customer_id,
                "privacy_erasure",
                None,
                {"request": request_id, "anonymised": counts},
                actor,
            )
            tx.changed("customers", "invoices", "audit_log", "outbox", "privacy_requests", *counts)
        return self.requests(customer_id)[-1]

    def _audit_entries(
        self, conn: sqlite3.Connection, customer_id: str, invoice_ids: list[str], needles: list[str]
    ) -> list[sqlite3.Row]:
        objects = [customer_id, *invoice_ids]
        marks = ",".join("?" * len(objects))
        clauses = [f"object_id IN ({marks})"]
        params: list[Any] = list(objects)
        for needle in (n for n in needles if n and len(n) >= MIN_NEEDLE):
            clauses.append("before LIKE ? OR after LIKE ?")
            params += [f"%{needle}%", f"%{needle}%"]
        return conn.execute(
            f"SELECT id, before, after FROM audit_log WHERE {' OR '.join(clauses)} ORDER BY id",
            params,
        ).fetchall()

    def redactions(self, request_id: int) -> list[int]:
        rows = self._read().execute(
            "SELECT audit_id FROM audit_redactions WHERE request_id = ? ORDER BY audit_id",
            (request_id,),
        )
        return [r[0] for r in rows]
