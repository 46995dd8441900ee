"""Facts for the reports (aging, revenue, cash forecast, tax collected), read from the cache.

Read-only. The computations are in ``domain/reports.py``. Days are UTC days; a
synced invoice's finalized and paid days come from Stripe's ``status_transitions``
(see ``kpis.py`` for the same rules), a local invoice's from its issue date and
the audit log.

Revenue counts invoices finalized in the period that are open, paid or
uncollectible (void and drafts are not revenue); tax collected counts invoices
paid in the period (cash basis), rate by rate.
"""

from __future__ import annotations

from datetime import date

from ...domain.catalog import TaxRate
from ...domain.kpi_periods import Period
from ...domain.reports import OpenItem, ProductLine, RevenueItem, TaxItem
from .base import Repository

_FINALIZED_DAY = (
    "COALESCE(date(json_extract(i.raw, '$.status_transitions.finalized_at'), 'unixepoch'), "
    "i.issue_date)"
)
_REVENUE_WHERE = (
    f"i.status IN ('open', 'paid', 'uncollectible') AND {_FINALIZED_DAY} BETWEEN ? AND ?"
)


def _rate_label(rate: TaxRate) -> str:
    """``VAT 20%``, ``VAT 20% incl.`` (the percentage exact, without trailing zeros)."""
    name = rate.display_name.strip() or "Tax"
    text = f"{name} {format(rate.percentage.normalize(), 'f')}%"
    return f"{text} incl." if rate.inclusive else text


class ReportRepository(Repository):
    def open_items(self) -> list[OpenItem]:
        """Open invoices with something left to collect, with their due day."""
        rows = self._read().execute(
            "SELECT id, customer_id, customer_name, currency, amount_remaining, "
            "effective_due_date FROM invoices "
            "WHERE status = 'open' AND amount_remaining > 0 ORDER BY id"
        )
        return [
            OpenItem(
                row[0],
                row[1],
                row[2],
                row[3],
                row[4],
                None if row[5] is None else date.fromisoformat(row[5]),
            )
            for row in rows
        ]

    def plan_instalments(self) -> dict[str, list[tuple[date, int]]]:
        """Instalments of active payment plans not yet issued as invoices, by invoice id.

        Empty when the workspace has no payment plan tables (read-only: no migration).
        """
        conn = self._read()
        has_plans = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'payment_plan_instalments'"
        ).fetchone()
        if has_plans is None:
            return {}
        plans: dict[str, list[tuple[date, int]]] = {}
        rows = conn.execute(
            "SELECT p.invoice_id, i.due_on, i.amount_minor FROM payment_plans p "
            "JOIN payment_plan_instalments i ON i.plan_id = p.id "
            "WHERE p.status = 'active' AND i.stripe_invoice IS NULL "
            "ORDER BY p.invoice_id, i.due_on, i.number"
        )
        for invoice_id, due_on, amount in rows:
            plans.setdefault(invoice_id, []).append((date.fromisoformat(due_on), amount))
        return plans

    def revenue_items(self, period: Period) -> list[RevenueItem]:
        rows = self._read().execute(
            f"SELECT i.id, i.customer_id, i.customer_name, i.currency, {_FINALIZED_DAY}, "
            f"i.total - i.tax, i.tax, i.total FROM invoices i WHERE {_REVENUE_WHERE} "
            "ORDER BY i.id",
            (period.start.isoformat(), period.end.isoformat()),
        )
        return [
            RevenueItem(r[0], r[1], r[2], r[3], date.fromisoformat(r[4]), r[5], r[6], r[7])
            for r in rows
        ]

    def product_lines(self, period: Period) -> list[ProductLine]:
        """The lines of the revenue invoices, named by catalog product (or "No product")."""
        # The revenue invoices first (one pass over invoices), then their lines by key:
        # joining first would evaluate the finalized day once per line.
        rows = self._read().execute(
            "WITH rev AS MATERIALIZED ("
            f"SELECT i.id, i.currency FROM invoices i WHERE {_REVENUE_WHERE}) "
            "SELECT l.invoice_id, rev.currency, COALESCE(p.name, 'No catalog product'), "
            "l.quantity, l.amount FROM rev "
            "JOIN invoice_lines l ON l.invoice_id = rev.id "
            "LEFT JOIN prices pr ON pr.id = l.price_id "
            "LEFT JOIN products p ON p.id = pr.product_id "
            "ORDER BY l.invoice_id, l.position",
            (period.start.isoformat(), period.end.isoformat()),
        )
        return [ProductLine(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    def tax_items(self, period: Period) -> list[TaxItem]:
        """Tax per rate of the invoices paid in ``period``.

        Per-rate amounts are the domain's totals of the stored invoice (the same
        rules and rounding as Stripe's), so only invoices with tax are loaded.
        """
        paid = [
            fact
            for fact in self._db.kpis.invoice_facts()
            if fact.status == "paid" and fact.paid_on in period
        ]
        with_tax = {
            row[0]
            for row in self._read().execute(
                "SELECT id FROM invoices WHERE status = 'paid' AND tax != 0"
            )
        }
        items: list[TaxItem] = []
        for fact in paid:
            if fact.id not in with_tax or fact.paid_on is None:
                continue
            totals = self._db.invoices.get(fact.id).totals()
            for amount in totals.tax_by_rate:
                items.append(
                    TaxItem(
                        fact.id,
                        fact.currency,
                        _rate_label(amount.tax_rate),
                        fact.paid_on,
                        amount.taxable_amount.minor,
                        amount.amount.minor,
                    )
                )
        return items
