"""The invoice editor and the collection rules: a new draft takes its terms from the rules.

When a customer is picked for a *new* draft, the customer's effective terms
(:meth:`CollectionRuleRepository.effective_terms`) fill in payment terms,
collection method and an early-payment note, and a line under the header says
which rule set them. On save, the origin is recorded (``invoice_terms``); if
the person changed the terms by hand it is recorded as "Terms set by hand". An
existing invoice shows the recorded origin, and its dispute when it has one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from ..domain.collection_rules import COLLECTION_LABELS, EffectiveTerms, early_discount_note
from ..domain.collection_rules import terms_text as net_text
from ..domain.invoice import CollectionMethod, Invoice
from .i18n import tr

if TYPE_CHECKING:
    from ..domain.catalog import Customer
    from ..storage.database import Database
    from .invoice_editor import InvoiceEditor


class RuleTerms:
    """Keeps an editor's rule label and applied terms (one per editor)."""

    def __init__(self, editor: InvoiceEditor, db: Database) -> None:
        self.editor = editor
        self.db = db
        self.terms: EffectiveTerms | None = None
        self.label = QLabel()
        self.label.setObjectName("termsSource")
        self.label.setWordWrap(True)
        self.label.hide()
        editor.body.insertWidget(1, self.label)
        self.dispute = QLabel()
        self.dispute.setObjectName("banner")
        self.dispute.setWordWrap(True)
        self.dispute.hide()
        editor.body.insertWidget(0, self.dispute)
        if editor.original is None:
            editor.customer_picked.connect(self.apply)
            editor.accepted.connect(self.record)
        else:
            self._show_origin(editor.original)

    def _show_origin(self, invoice: Invoice) -> None:
        origin = self.db.collection_rules.terms_of(invoice.id)
        if origin is not None:
            self._set_text(origin.label())
        dispute = self.db.disputes.for_invoice(invoice.id)
        if dispute is not None:
            self.dispute.setText(
                tr("{0}. Reminders and late fees are paused while it is open.").format(
                    dispute.summary()
                )
                if dispute.active
                else dispute.summary()
            )
            self.dispute.show()

    def _set_text(self, text: str) -> None:
        self.label.setText(text)
        self.label.setVisible(bool(text))

    def apply(self, customer: Customer) -> None:
        """Fill in the customer's terms from the rules (a new draft only)."""
        editor = self.editor
        if editor.read_only or editor.original is not None:
            return
        terms = self.db.collection_rules.effective_terms(customer.id)
        self.terms = terms if terms.any else None
        if not terms.any:
            self._set_text("")
            return
        details: list[str] = []
        collection = getattr(editor, "collection", None)
        if terms.collection_method is not None and collection is not None:
            index = collection.findData(CollectionMethod(terms.collection_method))
            if index >= 0:
                collection.setCurrentIndex(index)
            details.append(tr(COLLECTION_LABELS.get(terms.collection_method, "")))
        if terms.days_until_due is not None:
            editor._select_terms(terms.days_until_due, None)
            details.append(tr(net_text(terms.days_until_due)))
        note = early_discount_note(terms)
        if note and not editor.memo.toPlainText().strip():
            editor.memo.setPlainText(note)
            details.append(tr("early-payment note"))
        suffix = f" ({', '.join(d for d in details if d)})" if details else ""
        self._set_text(terms.label() + suffix)

    def kept(self, saved: Invoice) -> bool:
        """Whether the saved draft still has the terms the rules gave it."""
        terms = self.terms
        if terms is None:
            return False
        if (
            terms.collection_method is not None
            and saved.collection_method.value != terms.collection_method
        ):
            return False
        automatic = saved.collection_method is CollectionMethod.CHARGE_AUTOMATICALLY
        return (
            terms.days_until_due is None
            or automatic
            or (saved.days_until_due == terms.days_until_due and saved.due_date is None)
        )

    def record(self) -> None:
        saved = self.editor.saved
        if self.terms is None or not isinstance(saved, Invoice) or not saved.id:
            return
        self.db.collection_rules.record_terms(saved.id, self.terms if self.kept(saved) else None)


def attach(editor: InvoiceEditor, db: Database) -> RuleTerms:
    helper = RuleTerms(editor, db)
    editor.rule_terms = helper  # type: ignore[attr-defined]
    return helper
