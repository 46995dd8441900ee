"""Sample data: a realistic demo workspace, and large data sets for benchmarks.

Everything is derived from ``seed`` (ids included) and ``today``, so the same
arguments give the same database. :func:`populate_demo` goes through the
repositories (validation, the status machine, the audit log), as a person using
the app would. :func:`bulk_generate` writes rows directly with ``executemany`` in
one transaction, using the same row mappings and search documents as the
repositories, so benchmark data looks exactly like real data to every query.

The customers, catalog and invoices come from :mod:`.demo_generators`, which
draws from the names and products of :mod:`.demo_vocabulary`.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..domain.invoice import Invoice, InvoiceTotals
from ..domain.money import Money
from ..domain.status import InvoiceAction, InvoiceStatus
from ..domain.totals import compute_totals
from . import search
from .demo_generators import (
    Catalog,
    make_catalog,
    make_customers,
    make_invoice,
    number_prefix,
    rid,
    status_for,
)
from .repositories.base import insert_sql
from .repositories.customers import customer_columns
from .repositories.invoices import LINE_SQL, invoice_columns, line_rows, sort_date

if TYPE_CHECKING:
    from .database import Database

DEMO_ACTOR = "demo data"
HISTORY_DAYS = 548  # about 18 months


def _store_catalog(db: Database, catalog: Catalog) -> None:
    for product in catalog.products:
        db.products.add(product, actor=DEMO_ACTOR)
    for entries in catalog.prices.values():
        for price, _, _ in entries:
            db.prices.add(price, actor=DEMO_ACTOR)
    for rate in catalog.tax_rates.values():
        db.tax_rates.add(rate, actor=DEMO_ACTOR)
    for discount in catalog.discounts:
        db.discounts.add(discount, actor=DEMO_ACTOR)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    customers: int
    invoices: int
    by_status: dict[InvoiceStatus, int]


def populate_demo(
    db: Database,
    customers: int = 60,
    invoices: int = 600,
    seed: int = 7,
    today: date | None = None,
) -> DemoSummary:
    """Fill ``db`` with a realistic, deterministic demo workspace.

    Customers from several countries (accents, a Japanese and an Arabic name),
    a catalog priced in USD, EUR, GBP, JPY and KWD, inclusive and exclusive tax
    rates, some discounts, and invoices over the last 18 months in every status.
    """
    rng = random.Random(seed)
    today = today or date.fromtimestamp(db.clock())
    catalog = make_catalog(rng)
    people = make_customers(rng, customers)
    prefixes = {c.id: number_prefix(c, i + 1) for i, c in enumerate(people)}
    plans = sorted(
        ((rng.randint(0, HISTORY_DAYS), rng.randrange(customers)) for _ in range(invoices)),
        reverse=True,  # oldest first, so numbers increase with the date
    )
    by_status: dict[InvoiceStatus, int] = {}
    sequence: dict[str, int] = {}
    with db.transaction():
        _store_catalog(db, catalog)
        for customer in people:
            db.customers.add(customer, actor=DEMO_ACTOR)
        for age, who in plans:
            customer = people[who]
            invoice = make_invoice(rng, customer, catalog, rid(rng), (1, 4))
            status = status_for(rng, age)
            issued = today - timedelta(days=age)
            if status is InvoiceStatus.DRAFT:
                db.invoices.save_draft(invoice, actor=DEMO_ACTOR)
            else:
                db.invoices.save_draft(replace(invoice, issue_date=issued), actor=DEMO_ACTOR)
                sequence[customer.id] = sequence.get(customer.id, 0) + 1
                number = f"{prefixes[customer.id]}-{sequence[customer.id]:04d}"
                db.invoices.set_status(
                    invoice.id, InvoiceAction.FINALIZE, actor=DEMO_ACTOR, number=number
                )
                follow_up = {
                    InvoiceStatus.PAID: InvoiceAction.PAY,
                    InvoiceStatus.VOID: InvoiceAction.VOID,
                    InvoiceStatus.UNCOLLECTIBLE: InvoiceAction.MARK_UNCOLLECTIBLE,
                }.get(status)
                if follow_up is not None:
                    db.invoices.set_status(invoice.id, follow_up, actor=DEMO_ACTOR)
            by_status[status] = by_status.get(status, 0) + 1
    return DemoSummary(customers, invoices, by_status)


# -- bulk generation for benchmarks ---------------------------------------------------


def _chunks(items: Sequence[tuple[int, int]], size: int) -> Iterator[Sequence[tuple[int, int]]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _totals(invoice: Invoice, cache: dict[tuple[object, ...], InvoiceTotals]) -> InvoiceTotals:
    """The invoice's totals, reusing the domain's totals of identical lines.

    Without discounts every line is taxed and rounded on its own and the invoice's
    totals are the sums of its lines' (``domain/totals.py``), so a line's totals
    can be computed once per (quantity, unit amount, tax rates). Invoices with
    discounts share amounts between lines and are computed whole. This keeps
    100,000 invoices within the benchmark's time budget; a test checks the
    results against ``Invoice.totals()``.
    """
    if invoice.discounts:
        return invoice.totals()
    cur = invoice.currency
    parts = []
    for line in invoice.lines:
        key = (line.quantity, line.unit_amount, tuple(r.id for r in line.tax_rates))
        found = cache.get(key)
        if found is None:
            found = cache[key] = compute_totals(cur, [line])
        parts.append(found)
    return InvoiceTotals(
        subtotal=Money(sum(p.subtotal.minor for p in parts), cur),
        discount=Money.zero(cur),
        tax=Money(sum(p.tax.minor for p in parts), cur),
        exclusive_tax=Money(sum(p.exclusive_tax.minor for p in parts), cur),
        total=Money(sum(p.total.minor for p in parts), cur),
    )


def bulk_generate(
    db: Database,
    customers: int = 10_000,
    invoices: int = 100_000,
    seed: int = 1,
    today: date | None = None,
) -> None:
    """Add many customers and invoices (2-3 lines each) fast, for benchmarks.

    One transaction, ``executemany`` per chunk, rows built by the repositories'
    own mapping functions; the invoice search index is rebuilt once at the end.
    """
    rng = random.Random(seed)
    today = today or date.fromtimestamp(db.clock())
    now = int(db.clock())
    catalog = make_catalog(rng)
    people = make_customers(rng, customers)
    plans = sorted(
        ((rng.randint(0, HISTORY_DAYS), rng.randrange(customers)) for _ in range(invoices)),
        reverse=True,
    )
    serial = db.invoices.count()
    conn = db.connection()
    # Index inserts in random id order thrash the default 2 MB page cache.
    cache_size = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute("PRAGMA cache_size=-262144")  # 256 MB, for this call only
    line_totals: dict[tuple[object, ...], InvoiceTotals] = {}
    invoice_sql = ""
    try:
        with db.transaction() as tx:
            _store_catalog(db, catalog)
            rows = [[c.id, *customer_columns(c).values(), now, now] for c in people]
            if rows:
                names = ["id", *customer_columns(people[0]), "created", "updated_at"]
                tx.executemany(insert_sql("customers", names), rows)
            for chunk in _chunks(plans, 5000):
                invoice_rows, lines = [], []
                for age, who in chunk:
                    customer = people[who]
                    invoice = make_invoice(rng, customer, catalog, rid(rng), (2, 3))
                    status = status_for(rng, age)
                    if status is not InvoiceStatus.DRAFT:
                        serial += 1
                        invoice = replace(
                            invoice,
                            status=status,
                            issue_date=today - timedelta(days=age),
                            number=f"INV-{serial:06d}",
                        )
                    totals = _totals(invoice, line_totals)
                    if status is InvoiceStatus.PAID:
                        invoice = replace(invoice, amount_paid=totals.total.minor)
                    columns = invoice_columns(invoice, customer.name, customer.email, totals)
                    # Created on the day it is dated, like an invoice made in the app.
                    created = now - age * 86_400
                    columns.update(
                        created=created,
                        updated_at=now,
                        sort_date=sort_date(invoice.issue_date, created),
                    )
                    invoice_sql = invoice_sql or insert_sql("invoices", ["id", *columns])
                    invoice_rows.append([invoice.id, *columns.values()])
                    lines.extend(line_rows(invoice))
                tx.executemany(invoice_sql, invoice_rows)
                tx.executemany(LINE_SQL, lines)
            search.reindex_all_invoices(tx.conn)
            tx.execute(
                "INSERT INTO audit_log (at, actor, object_type, object_id, action, before, after) "
                "VALUES (?, ?, 'workspace', '', 'bulk_generate', NULL, ?)",
                (now, DEMO_ACTOR, f'{{"customers":{customers},"invoices":{invoices}}}'),
            )
            tx.changed("customers", "invoices", "audit_log")
    finally:
        conn.execute(f"PRAGMA cache_size={cache_size}")
    conn.execute("ANALYZE")  # statistics, so the planner picks the list indexes
