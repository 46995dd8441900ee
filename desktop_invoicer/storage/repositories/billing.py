"""Usage billing: imported usage records, usage pricing plans, and the charges billed to Stripe.

A usage record is one accepted CSV row (keyed by its deterministic row id, so a
re-import inserts nothing new). Records of one (customer, product, period) become
one usage charge when the period is over; the charge's id is deterministic too and
is written here, with the records pointing at it, before its Stripe request is
queued. Also the lookups the CSV check needs (customers and products by id, Stripe
id, e-mail or name).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ...domain.pricing import PricingModel, UsagePricing
from ...domain.usage import CustomerRef, Period, PricedProduct, UsageRecord
from ..codec import dumps, loads
from ..errors import NotFoundError
from .base import Repository

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class UsageCharge:
    id: str
    customer_id: str
    product_id: str
    period_key: str
    currency: str
    quantity: int
    amount: int
    pricing: UsagePricing
    description: str
    status: str = "planned"  # planned, running, done, failed
    outbox_id: int | None = None
    stripe_item: str | None = None
    error: str | None = None
    updated_at: int = 0


def _charge(row: sqlite3.Row) -> UsageCharge:
    return UsageCharge(
        id=row["id"],
        customer_id=row["customer_id"],
        product_id=row["product_id"],
        period_key=row["period_key"],
        currency=row["currency"],
        quantity=int(row["quantity"]),
        amount=int(row["amount"]),
        pricing=UsagePricing.from_json(loads(row["pricing"])),
        description=row["description"],
        status=row["status"],
        outbox_id=row["outbox_id"],
        stripe_item=row["stripe_item"],
        error=row["error"],
        updated_at=int(row["updated_at"]),
    )


@dataclass(frozen=True, slots=True)
class UnbilledGroup:
    """The unbilled usage of one (customer, product, period) whose period has ended."""

    customer_id: str
    product_id: str
    period_key: str
    currency: str
    quantity: int
    record_ids: tuple[str, ...]
    start: date
    end: date


class UsageRepository(Repository):
    # -- lookups for the CSV check ----------------------------------------------------------

    def customer(self, key: str) -> CustomerRef | None:
        """A live customer by local id, Stripe id, e-mail, or exact name (if unique)."""
        conn = self._read()
        for sql in (
            "SELECT id, name, currency FROM customers WHERE deleted = 0 AND (id = ?1 "
            "OR stripe_id = ?1)",
            "SELECT id, name, currency FROM customers WHERE deleted = 0 AND email = ?1 "
            "COLLATE NOCASE",
            "SELECT id, name, currency FROM customers WHERE deleted = 0 AND name = ?1 "
            "COLLATE NOCASE",
        ):
            rows = conn.execute(sql, (key.strip(),)).fetchall()
            if len(rows) == 1:
                row = rows[0]
                return CustomerRef(row["id"], row["name"], str(row["currency"]).upper())
        return None

    def priced_products(self, key: str) -> list[PricedProduct]:
        """Every priced form of a product named by id, Stripe id or name, or of one price.

        A usage plan (tiered/volume) in a currency wins; otherwise the product's active
        prices price usage per unit.
        """
        conn = self._read()
        key = key.strip()
        price = conn.execute(
            "SELECT p.id, p.product_id, p.currency, p.unit_amount, pr.name FROM prices p "
            "JOIN products pr ON pr.id = p.product_id WHERE p.id = ?1 OR p.stripe_id = ?1",
            (key,),
        ).fetchone()
        if price is not None:
            return [self._priced(price["product_id"], price["name"], [price])]
        products = (
            conn.execute(
                "SELECT id, name FROM products WHERE active = 1 AND (id = ?1 OR stripe_id = ?1)",
                (key,),
            ).fetchall()
            or conn.execute(
                "SELECT id, name FROM products WHERE active = 1 AND name = ?1 COLLATE NOCASE",
                (key,),
            ).fetchall()
        )
        if len(products) != 1:
            return []
        product_id, name = products[0]["id"], products[0]["name"]
        prices = conn.execute(
            "SELECT id, currency, unit_amount FROM prices WHERE product_id = ? AND active = 1 "
            "ORDER BY id",
            (product_id,),
        ).fetchall()
        found = [self._priced(product_id, name, [p]) for p in prices]
        plans = self.plans(product_id)
        currencies = {f.currency for f in found}
        for currency, pricing in plans.items():
            if currency not in currencies:
                found.append(PricedProduct(product_id, name, currency, pricing))
        return found

    def _priced(self, product_id: str, name: str, rows: Sequence[sqlite3.Row]) -> PricedProduct:
        row = rows[0]
        currency = str(row["currency"]).upper()
        pricing = self.plans(product_id).get(
            currency, UsagePricing(PricingModel.PER_UNIT, int(row["unit_amount"]))
        )
        return PricedProduct(product_id, name, currency, pricing, row["id"])

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        wanted = list(ids)
        found: set[str] = set()
        conn = self._read()
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = conn.execute(f"SELECT id FROM usage_records WHERE id IN ({marks})", chunk)
            found.update(r["id"] for r in rows)
        return found

    def billed(self, customer_id: str, product_id: str, period_key: str) -> bool:
        row = (
            self._read()
            .execute(
                "SELECT 1 FROM usage_charges WHERE customer_id = ? AND product_id = ? "
                "AND period_key = ?",
                (customer_id, product_id, period_key),
            )
            .fetchone()
        )
        return row is not None

    # -- plans ------------------------------------------------------------------------------

    def plans(self, product_id: str) -> dict[str, UsagePricing]:
        rows = self._read().execute(
            "SELECT currency, pricing FROM usage_plans WHERE product_id = ?", (product_id,)
        )
        return {r["currency"]: UsagePricing.from_json(loads(r["pricing"])) for r in rows}

    def set_plan(self, product_id: str, currency: str, pricing: UsagePricing | None) -> None:
        """Set (or, with None, remove) the tiered/volume pricing of a product's usage."""
        with self._db.transaction() as tx:
            if pricing is None:
                tx.execute(
                    "DELETE FROM usage_plans WHERE product_id = ? AND currency = ?",
                    (product_id, currency.upper()),
                )
            else:
                pricing.validate()
                tx.execute(
                    "INSERT INTO usage_plans (product_id, currency, pricing, updated_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (product_id, currency) DO UPDATE SET "
                    "pricing = excluded.pricing, updated_at = excluded.updated_at",
                    (product_id, currency.upper(), dumps(pricing.to_json()), self._now()),
                )
            tx.changed("usage_plans")

    # -- records ----------------------------------------------------------------------------

    def add_records(self, records: Sequence[UsageRecord], file_name: str = "") -> int:
        """Store accepted rows in one transaction; rows stored before are left alone."""
        now = self._now()
        with self._db.transaction() as tx:
            before = tx.execute("SELECT count(*) FROM usage_records").fetchone()[0]
            tx.executemany(
                "INSERT OR IGNORE INTO usage_records (id, customer_id, product_id, period_key, "
                "period_start, period_end, quantity, currency, source_id, file_name, line, "
                "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        r.id,
                        r.customer_id,
                        r.product_id,
                        r.period.key,
                        r.period.start.isoformat(),
                        r.period.end.isoformat(),
                        r.quantity,
                        r.currency,
                        r.source_id,
                        file_name,
                        r.line,
                        now,
                    )
                    for r in records
                ],
            )
            after = tx.execute("SELECT count(*) FROM usage_records").fetchone()[0]
            tx.changed("usage_records")
        return int(after - before)

    def records(self, limit: int = 1000) -> list[UsageRecord]:
        rows = self._read().execute(
            "SELECT * FROM usage_records ORDER BY imported_at DESC, line LIMIT ?", (limit,)
        )
        return [
            UsageRecord(
                id=r["id"],
                customer_id=r["customer_id"],
                product_id=r["product_id"],
                period=Period(
                    date.fromisoformat(r["period_start"]), date.fromisoformat(r["period_end"])
                ),
                quantity=int(r["quantity"]),
                currency=r["currency"],
                source_id=r["source_id"],
                line=int(r["line"]),
            )
            for r in rows
        ]

    def counts(self) -> tuple[int, int]:
        """(usage rows imported, rows not billed yet)."""
        row = (
            self._read()
            .execute(
                "SELECT count(*) AS total, count(*) FILTER (WHERE charge_id IS NULL) AS open "
                "FROM usage_records"
            )
            .fetchone()
        )
        return int(row["total"]), int(row["open"])

    def unbilled(self, ended_before: date) -> list[UnbilledGroup]:
        """Unbilled usage grouped by (customer, product, period) for periods over by then."""
        rows = self._read().execute(
            "SELECT customer_id, product_id, period_key, currency, sum(quantity) AS quantity, "
            "group_concat(id) AS ids, min(period_start) AS start, max(period_end) AS end "
            "FROM usage_records WHERE charge_id IS NULL "
            "AND period_end < ? GROUP BY customer_id, product_id, period_key, currency "
            "ORDER BY customer_id, product_id, period_key",
            (ended_before.isoformat(),),
        )
        return [
            UnbilledGroup(
                r["customer_id"],
                r["product_id"],
                r["period_key"],
                r["currency"],
                int(r["quantity"]),
                tuple(sorted(str(r["ids"]).split(","))),
                date.fromisoformat(r["start"]),
                date.fromisoformat(r["end"]),
            )
            for r in rows
        ]

    # -- charges ----------------------------------------------------------------------------

    def add_charge(self, charge: UsageCharge, record_ids: Sequence[str]) -> None:
        """Write the charge and tie its records to it (the caller's transaction, if any)."""
        now = self._now()
        with self._db.transaction() as tx:
            tx.execute(
                "INSERT INTO usage_charges (id, customer_id, product_id, period_key, currency, "
                "quantity, amount, pricing, description, status, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'planned', ?, ?)",
                (
                    charge.id,
                    charge.customer_id,
                    charge.product_id,
                    charge.period_key,
                    charge.currency,
                    charge.quantity,
                    charge.amount,
                    dumps(charge.pricing.to_json()),
                    charge.description,
                    now,
                    now,
                ),
            )
            tx.executemany(
                "UPDATE usage_records SET charge_id = ? WHERE id = ? AND charge_id IS NULL",
                [(charge.id, rid) for rid in record_ids],
            )
            tx.changed("usage_charges", "usage_records")

    def charge(self, id: str) -> UsageCharge:
        row = self._read().execute("SELECT * FROM usage_charges WHERE id = ?", (id,)).fetchone()
        if row is None:
            raise NotFoundError("usage charge", id)
        return _charge(row)

    def charges(self, status: str | None = None, limit: int = 1000) -> list[UsageCharge]:
        where, params = ("WHERE status = ?", [status]) if status else ("", [])
        rows = self._read().execute(
            f"SELECT * FROM usage_charges {where} ORDER BY updated_at DESC, id LIMIT ?",
            [*params, limit],
        )
        return [_charge(r) for r in rows]

    def set_status(
        self,
        id: str,
        status: str,
        *,
        outbox_id: int | None = None,
        stripe_item: str | None = None,
        error: str | None = None,
    ) -> None:
        with self._db.transaction() as tx:
            tx.execute(
                "UPDATE usage_charges SET status = ?, outbox_id = coalesce(?, outbox_id), "
                "stripe_item = coalesce(?, stripe_item), error = ?, updated_at = ? WHERE id = ?",
                (status, outbox_id, stripe_item, error, self._now(), id),
            )
            tx.changed("usage_charges")
