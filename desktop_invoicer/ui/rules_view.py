"""Collection rules: every rule in the order it applies, with who it matches today.

Order: rules for one customer first, then segment rules by priority (lower
first); for each setting, the first rule that sets it wins. A changed rule
affects new invoices only, unless the person re-applies it to the open drafts
of its customers (asked first; each draft goes through the normal draft save).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.collection_rules import CollectionRule, Scope, apply_terms
from ..domain.invoice import Invoice
from . import stripe_edits
from .context import AppContext
from .i18n import N_, tr
from .row_table import row_table
from .rule_dialog import RuleDialog
from .view_base import DELETE, EDIT, NEW, View

HEADERS = (
    "#",
    N_("Rule"),
    N_("Applies to"),
    N_("Sets"),
    N_("Priority"),
    N_("Matches"),
    N_("State"),
)


class RulesView(View):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rules: list[CollectionRule] = []
        heading = QLabel(tr("Collection rules"))
        heading.setObjectName("viewTitle")
        intro = QLabel(
            tr(
                "Rules apply in this order: rules for one customer first, then segment rules "
                "by priority (lower first). For each setting, the first rule that sets it wins. "
                "A changed rule affects new invoices only; re-apply it to update open drafts."
            )
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.table = row_table(
            [tr(h) for h in HEADERS], 3, ((0, 40), (1, 220), (2, 220), (4, 70), (5, 90), (6, 60))
        )
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.itemSelectionChanged.connect(self.actions_changed.emit)
        self.new_button = QPushButton(tr("New rule"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_item)
        self.edit_button = QPushButton(tr("Edit"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        self.reapply_button = QPushButton(tr("Re-apply to open drafts…"))
        self.reapply_button.setToolTip(
            tr("Give this rule's terms to the open drafts it applies to")
        )
        self.reapply_button.clicked.connect(self.reapply_current)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        for button in (self.reapply_button, self.edit_button, self.delete_button, self.new_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        db = self.ctx.db
        current = self.current_rule()
        self.rules = db.collection_rules.list()
        segments = {s.id: s for s in db.segments.list()}
        self.table.setRowCount(len(self.rules))
        for r, rule in enumerate(self.rules):
            if rule.scope is Scope.SEGMENT:
                segment = segments.get(rule.target_id)
                target = (
                    tr("Segment: {0}").format(segment.name) if segment else tr("Segment (deleted)")
                )
                count = len(db.segments.members(segment)) if segment else 0
            else:
                customer = db.customers.find(rule.target_id)
                target = (
                    tr("Customer: {0}").format(customer.name)
                    if customer
                    else tr("Customer (deleted)")
                )
                count = 1 if customer else 0
            cells = (
                str(r + 1),
                rule.name,
                target,
                rule.summary(),
                str(rule.priority),
                tr("none ⚠") if count == 0 else f"{count:,}",
                tr("On") if rule.enabled else tr("Off"),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 5 and count == 0:
                    item.setToolTip(tr("This rule matches no customer today."))
                self.table.setItem(r, c, item)
        if current is not None:
            for r, rule in enumerate(self.rules):
                if rule.id == current.id:
                    self.table.selectRow(r)
        elif self.rules:
            self.table.selectRow(0)
        self.actions_changed.emit()

    def current_rule(self) -> CollectionRule | None:
        row = self.table.currentRow()
        return self.rules[row] if 0 <= row < len(self.rules) else None

    def can(self, action: str) -> bool:
        if action == NEW:
            return True
        if action in (EDIT, DELETE):
            return self.current_rule() is not None
        return False

    def on_database_changed(self, table: str) -> None:
        if table in ("collection_rules", "segments"):
            self.reload()

    def new_item(self) -> None:
        self.open_dialog(RuleDialog(None, self.ctx, self._save, parent=self.window()))

    def edit_current(self) -> None:
        rule = self.current_rule()
        if rule is not None:
            self.open_dialog(RuleDialog(rule, self.ctx, self._save, parent=self.window()))

    def _save(self, rule: CollectionRule) -> CollectionRule:
        saved = self.ctx.db.collection_rules.save(rule)
        self.reload()
        self.status_message.emit(
            tr("Saved rule {0}. New invoices use it; open drafts keep their terms.").format(
                saved.name
            )
        )
        return saved

    def delete_current(self) -> None:
        rule = self.current_rule()
        if rule is None or not self.ctx.confirm(
            self,
            tr("Delete rule"),
            tr("Delete the rule {0}? Drafts keep their terms.").format(rule.name),
        ):
            return
        self.ctx.db.collection_rules.delete(rule.id)
        self.reload()
        self.status_message.emit(tr("Deleted rule {0}.").format(rule.name))

    def reapply_current(self) -> int:
        """Re-apply the rules to the open drafts the selected rule applies to (asks first)."""
        rule = self.current_rule()
        if rule is None:
            return 0
        db = self.ctx.db
        drafts = db.collection_rules.drafts_for(rule)
        if not drafts:
            self.status_message.emit(tr("No open drafts for {0}.").format(rule.name))
            return 0
        one = len(drafts) == 1
        question = (
            tr(
                "Re-apply the rules to {0} open draft of {1}? Its payment terms and "
                "collection method change to what the rules say today."
            )
            if one
            else tr(
                "Re-apply the rules to {0} open drafts of {1}? Their payment terms and "
                "collection method change to what the rules say today."
            )
        )
        if not self.ctx.confirm(self, tr("Re-apply rule"), question.format(len(drafts), rule.name)):
            return 0
        changed = 0
        for invoice_id in drafts:
            invoice = db.invoices.get(invoice_id)
            terms = db.collection_rules.effective_terms(invoice.customer_id)
            updated = apply_terms(invoice, terms)
            if updated != invoice:
                self._save_draft(updated)
                changed += 1
            db.collection_rules.record_terms(invoice_id, terms)
        done = (
            tr("Re-applied the rules to {0} of {1} draft.")
            if one
            else tr("Re-applied the rules to {0} of {1} drafts.")
        )
        self.status_message.emit(done.format(changed, len(drafts)))
        return changed

    def _save_draft(self, invoice: Invoice) -> None:
        """The normal draft save: queued for Stripe when connected."""
        if stripe_edits.is_connected(self.ctx.db):
            base = stripe_edits.base_version(self.ctx.db, "invoice", invoice.id)
            stripe_edits.save_draft(self.ctx, invoice, base)
        else:
            self.ctx.db.invoices.save_draft(invoice)
