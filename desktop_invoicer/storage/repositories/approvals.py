"""Review decisions on drafts, the approval rules, and the review queue.

Each decision is one row of ``approvals`` (append only) and one audit entry,
written in one transaction. The newest decision counts; an approval recorded on
the Stripe invoice's metadata by another desktop (synced into ``invoices.metadata``)
counts too when it is newer than any local decision.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ...domain.approval import (
    METADATA_APPROVED_AT,
    METADATA_APPROVED_BY,
    ApprovalRules,
    Decision,
    DraftFacts,
    HoldReason,
    hold_reasons,
)
from ...domain.collection_rules import RuleField
from ...domain.currency import currency
from ...domain.money import Money
from ..codec import loads
from .base import LOCAL_USER, Repository

RULES_KEY = "approval_rules"
HELD = "held"
REQUEUED = "requeued"


@dataclass(frozen=True, slots=True)
class ApprovalRecord:
    id: int
    invoice_id: str
    decision: str  # approved, rejected, held, requeued
    comment: str
    actor: str
    at: datetime  # UTC


@dataclass(frozen=True, slots=True)
class ReviewState:
    """Where a draft stands: its reasons to wait, and the decision that counts."""

    invoice_id: str
    reasons: tuple[HoldReason, ...]
    decision: str | None  # the newest decision, local or from Stripe's metadata
    decided_by: str
    comment: str

    @property
    def approved(self) -> bool:
        return self.decision == Decision.APPROVED

    @property
    def rejected(self) -> bool:
        return self.decision == Decision.REJECTED

    @property
    def waiting(self) -> bool:
        """Held by a rule and not approved: it may not be finalized or sent."""
        return bool(self.reasons) and not self.approved


@dataclass(frozen=True, slots=True)
class ReviewItem:
    invoice_id: str
    number: str
    customer_name: str
    total: Money
    state: ReviewState


class ApprovalRepository(Repository):
    # -- rules ------------------------------------------------------------------
    def rules(self) -> ApprovalRules:
        return ApprovalRules.from_json(self._db.settings.get(RULES_KEY))

    def save_rules(self, rules: ApprovalRules, *, actor: str = LOCAL_USER) -> None:
        with self._db.transaction() as tx:
            before = self._db.settings.get(RULES_KEY)
            self._db.settings.set(RULES_KEY, rules.to_json())
            self._audit(tx, "settings", RULES_KEY, "update", before, rules.to_json(), actor)

    # -- decisions ----------------------------------------------------------------
    def record(
        self, invoice_id: str, decision: str, comment: str = "", *, actor: str = LOCAL_USER
    ) -> ApprovalRecord:
        with self._db.transaction() as tx:
            now = self._now()
            cur = tx.execute(
                "INSERT INTO approvals (invoice_id, decision, comment, actor, at) "
                "VALUES (?, ?, ?, ?, ?)",
                (invoice_id, decision, comment, actor, now),
            )
            tx.changed("approvals")
            after = {"decision": decision, "comment": comment}
            self._audit(tx, "invoice", invoice_id, f"review_{decision}", None, after, actor)
            return ApprovalRecord(
                int(cur.lastrowid or 0),
                invoice_id,
                decision,
                comment,
                actor,
                datetime.fromtimestamp(now, tz=UTC),
            )

    def history(self, invoice_id: str) -> list[ApprovalRecord]:
        rows = self._read().execute(
            "SELECT * FROM approvals WHERE invoice_id = ? ORDER BY id", (invoice_id,)
        )
        return [
            ApprovalRecord(
                r["id"],
                r["invoice_id"],
                r["decision"],
                r["comment"],
                r["actor"],
                datetime.fromtimestamp(r["at"], tz=UTC),
            )
            for r in rows
        ]

    # -- the queue ------------------------------------------------------------------
    def state(self, invoice_id: str, rules: ApprovalRules | None = None) -> ReviewState:
        rules = self.rules() if rules is None else rules
        row = self._read().execute(_DRAFT_SQL + " WHERE i.id = ?", (invoice_id,)).fetchone()
        if row is None:
            return ReviewState(invoice_id, (), None, "", "")
        return self._state(row, rules)

    def queue(self, *, include_rejected: bool = True) -> list[ReviewItem]:
        """Drafts that wait for review (and, by default, rejected ones), oldest first."""
        rules = self.rules()
        rows = self._read().execute(
            _DRAFT_SQL + " WHERE i.status = 'draft' ORDER BY i.created, i.rowid"
        )
        items: list[ReviewItem] = []
        for row in rows:
            state = self._state(row, rules)
            if not state.waiting:
                continue
            if state.rejected and not include_rejected:
                continue
            items.append(
                ReviewItem(
                    row["id"],
                    row["number"] or "Draft",
                    row["customer_name"],
                    Money(row["total"], currency(row["currency"])),
                    state,
                )
            )
        return items

    def _state(self, r: sqlite3.Row, rules: ApprovalRules) -> ReviewState:
        conn = self._read()
        now = self._now()
        last = conn.execute(
            "SELECT decision, comment, actor, at FROM approvals WHERE invoice_id = ? "
            "ORDER BY id DESC LIMIT 1",
            (r["id"],),
        ).fetchone()
        held = conn.execute(
            "SELECT decision FROM approvals WHERE invoice_id = ? AND decision IN "
            "('held', 'approved', 'rejected') ORDER BY id DESC LIMIT 1",
            (r["id"],),
        ).fetchone()
        created = r["customer_created"]
        facts = DraftFacts(
            total=Money(r["total"], currency(r["currency"])),
            customer_age_days=None if created is None else max(0, (now - created) // 86400),
            prior_invoices=r["prior_invoices"],
            usual_currency=r["usual_currency"],
            manual_hold=held is not None and held[0] == HELD,
            **_rule_threshold(self._db, r["customer_id"]),
        )
        reasons = tuple(hold_reasons(rules, facts))
        decision: str | None = None
        by, comment = "", ""
        if last is not None and last["decision"] != HELD:
            decision, by, comment = last["decision"], last["actor"], last["comment"]
            if decision == REQUEUED:
                decision = None
        metadata = loads(r["metadata"]) or {}
        remote_by = metadata.get(METADATA_APPROVED_BY)
        remote_at = _int(metadata.get(METADATA_APPROVED_AT))
        if remote_by and (last is None or (remote_at is not None and remote_at > last["at"])):
            decision, by, comment = Decision.APPROVED.value, str(remote_by), ""
        return ReviewState(r["id"], reasons, decision, by, comment)


def _rule_threshold(db: Any, customer_id: str) -> dict[str, Any]:
    """The approval threshold a collection rule gives the customer (issue 8), as facts."""
    terms = db.collection_rules.effective_terms(customer_id)
    if terms.approval_threshold is None:
        return {}
    source = terms.sources.get(RuleField.APPROVAL)
    return {
        "rule_threshold": terms.approval_threshold,
        "rule_name": source.rule_name if source is not None else "",
    }


def _int(value: object) -> int | None:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None


_DRAFT_SQL = """
SELECT i.id, i.number, i.customer_name, i.total, i.currency, i.metadata, i.customer_id,
       COALESCE(
           c.created,
           (SELECT min(a.at) FROM audit_log a
             WHERE a.object_type = 'customer' AND a.object_id = c.id),
           c.updated_at
       ) AS customer_created,
       (SELECT count(*) FROM invoices p
         WHERE p.customer_id = i.customer_id AND p.status != 'draft') AS prior_invoices,
       COALESCE(
           (SELECT p.currency FROM invoices p
             WHERE p.customer_id = i.customer_id AND p.status != 'draft'
             GROUP BY p.currency ORDER BY count(*) DESC, p.currency LIMIT 1),
           c.currency
       ) AS usual_currency
FROM invoices i LEFT JOIN customers c ON c.id = i.customer_id
"""
