"""Collection rules, and which rule set each invoice's terms.

The resolution itself is pure (:func:`~desktop_invoicer.domain.collection_rules.resolve`);
this repository stores rules, finds a customer's segments and records the
origin of a draft's terms (``invoice_terms``), which the invoice editor shows.

Interface for the late-fee and reminder jobs: :meth:`CollectionRuleRepository.effective_terms`
gives a customer's effective ``late_fee_policy_id`` and ``reminder_policy_id``.
"""

from __future__ import annotations

import builtins
import sqlite3
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from ...domain.collection_rules import CollectionRule, EffectiveTerms, Scope, ordered, resolve
from ...domain.money import Money
from ..codec import decimal_text, dumps, loads, to_jsonable
from .base import LOCAL_USER, new_id
from .lookup import LookupRepository

_COLUMNS = (
    "id",
    "name",
    "priority",
    "scope",
    "target_id",
    "enabled",
    "days_until_due",
    "collection_method",
    "discount_percent",
    "discount_days",
    "reminder_policy_id",
    "late_fee_policy_id",
    "approval_currency",
    "approval_threshold",
)


def _from_row(row: sqlite3.Row) -> CollectionRule:
    threshold = row["approval_threshold"]
    return CollectionRule(
        id=row["id"],
        name=row["name"],
        scope=Scope(row["scope"]),
        target_id=row["target_id"],
        priority=row["priority"],
        enabled=bool(row["enabled"]),
        days_until_due=row["days_until_due"],
        collection_method=row["collection_method"],
        discount_percent=None
        if row["discount_percent"] is None
        else Decimal(row["discount_percent"]),
        discount_days=row["discount_days"],
        reminder_policy_id=row["reminder_policy_id"],
        late_fee_policy_id=row["late_fee_policy_id"],
        approval_threshold=None
        if threshold is None
        else Money.of(int(threshold), row["approval_currency"]),
    )


def _values(rule: CollectionRule) -> tuple[Any, ...]:
    t = rule.approval_threshold
    return (
        rule.id,
        rule.name.strip(),
        rule.priority,
        rule.scope.value,
        rule.target_id,
        int(rule.enabled),
        rule.days_until_due,
        rule.collection_method,
        None if rule.discount_percent is None else decimal_text(rule.discount_percent),
        rule.discount_days,
        rule.reminder_policy_id or None,
        rule.late_fee_policy_id or None,
        None if t is None else t.currency.code,
        None if t is None else t.minor,
    )


@dataclass(frozen=True, slots=True)
class TermsOrigin:
    """Which rule set an invoice's terms (``rule_id`` None: set by hand or by defaults)."""

    invoice_id: str
    rule_id: str | None
    rule_name: str
    fields: dict[str, str]

    def label(self) -> str:
        if self.rule_id is None:
            return self.rule_name
        return f"Terms from rule: {self.rule_name}"


class CollectionRuleRepository(LookupRepository[CollectionRule]):
    table = "collection_rules"
    noun = "collection rule"

    def _from_row(self, row: sqlite3.Row) -> CollectionRule:
        return _from_row(row)

    def list(self) -> builtins.list[CollectionRule]:
        """Every rule, in the order they apply (see ``domain.collection_rules``)."""
        rows = self._read().execute("SELECT * FROM collection_rules")
        return ordered(_from_row(r) for r in rows)

    def save(self, rule: CollectionRule, *, actor: str = LOCAL_USER) -> CollectionRule:
        """Validate and store (new when ``id`` is empty). Drafts keep their terms."""
        rule.validate()
        if not rule.id:
            from dataclasses import replace

            rule = replace(rule, id=new_id())
        now = self._now()
        marks = ", ".join("?" * (len(_COLUMNS) + 2))
        updates = ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[1:])
        with self._db.transaction() as tx:
            before = self.find(rule.id)
            tx.execute(
                f"INSERT INTO collection_rules ({', '.join(_COLUMNS)}, created_at, updated_at) "
                f"VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {updates}, "
                "updated_at = excluded.updated_at",
                (*_values(rule), now, now),
            )
            self._audit(
                tx,
                "collection_rule",
                rule.id,
                "create" if before is None else "update",
                None if before is None else to_jsonable(before),
                to_jsonable(rule),
                actor,
            )
            tx.changed("collection_rules")
        return self.get(rule.id)

    def delete(self, id: str, *, actor: str = LOCAL_USER) -> None:
        with self._db.transaction() as tx:
            before = self.get(id)
            tx.execute("DELETE FROM collection_rules WHERE id = ?", (id,))
            self._audit(tx, "collection_rule", id, "delete", to_jsonable(before), None, actor)
            tx.changed("collection_rules")

    def uses_segment(self, segment_id: str) -> builtins.list[str]:
        rows = self._read().execute(
            "SELECT name FROM collection_rules WHERE scope = 'segment' AND target_id = ?",
            (segment_id,),
        )
        return [r[0] for r in rows]

    # -- resolution ------------------------------------------------------------------

    def effective_terms(self, customer_id: str, today: date | None = None) -> EffectiveTerms:
        """The customer's defaults after the rules (for each field, the first rule wins)."""
        rules = self.list()
        if not rules:
            return EffectiveTerms()
        needs_segments = any(r.scope is Scope.SEGMENT and r.enabled for r in rules)
        segments = self._db.segments.segment_ids_of(customer_id, today) if needs_segments else set()
        return resolve(rules, customer_id, segments)

    def late_fee_policy_id(self, customer_id: str) -> str | None:
        """The late-fee policy the rules give ``customer_id`` (None: the workspace default)."""
        return self.effective_terms(customer_id).late_fee_policy_id

    def drafts_for(self, rule: CollectionRule) -> builtins.list[str]:
        """Ids of the open drafts whose customer ``rule`` applies to now (for re-applying)."""
        if rule.scope is Scope.CUSTOMER:
            customers = [rule.target_id]
        else:
            segment = self._db.segments.find(rule.target_id)
            customers = [] if segment is None else self._db.segments.members(segment)
        if not customers:
            return []
        rows = self._read().execute(
            "SELECT id FROM invoices WHERE status = 'draft' "
            "AND customer_id IN (SELECT value FROM json_each(?)) ORDER BY created, id",
            (dumps(customers),),
        )
        return [r[0] for r in rows]

    # -- which rule set an invoice's terms ------------------------------------------------

    def record_terms(self, invoice_id: str, terms: EffectiveTerms | None) -> None:
        """Remember which rule set ``invoice_id``'s terms (None: set by hand)."""
        source = terms.first_rule() if terms is not None else None
        name = source.rule_name if source is not None else "Terms set by hand"
        fields = terms.fields_json() if terms is not None else {}
        with self._db.transaction() as tx:
            tx.execute(
                "INSERT INTO invoice_terms (invoice_id, rule_id, rule_name, fields, applied_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (invoice_id) DO UPDATE SET "
                "rule_id = excluded.rule_id, rule_name = excluded.rule_name, "
                "fields = excluded.fields, applied_at = excluded.applied_at",
                (
                    invoice_id,
                    None if source is None else source.rule_id,
                    name,
                    dumps(fields),
                    self._now(),
                ),
            )
            tx.changed("invoice_terms")

    def terms_of(self, invoice_id: str) -> TermsOrigin | None:
        row = (
            self._read()
            .execute("SELECT * FROM invoice_terms WHERE invoice_id = ?", (invoice_id,))
            .fetchone()
        )
        if row is None:
            return None
        return TermsOrigin(
            row["invoice_id"], row["rule_id"], row["rule_name"], dict(loads(row["fields"]) or {})
        )
