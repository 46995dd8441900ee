"""The invoice status machine, as Stripe defines it.

draft --finalize--> open --pay--> paid
draft --delete--> (gone)
open --void--> void, open --mark_uncollectible--> uncollectible
uncollectible --pay--> paid, uncollectible --void--> void
"""

from __future__ import annotations

from enum import StrEnum


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    PAID = "paid"
    VOID = "void"
    UNCOLLECTIBLE = "uncollectible"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class InvoiceAction(StrEnum):
    EDIT = "edit"
    DELETE = "delete"
    FINALIZE = "finalize"
    SEND = "send"
    PAY = "pay"
    VOID = "void"
    MARK_UNCOLLECTIBLE = "mark_uncollectible"
    CREDIT_NOTE = "credit_note"

    @property
    def verb(self) -> str:
        return {
            InvoiceAction.EDIT: "edit",
            InvoiceAction.DELETE: "delete",
            InvoiceAction.FINALIZE: "finalize",
            InvoiceAction.SEND: "send",
            InvoiceAction.PAY: "mark as paid",
            InvoiceAction.VOID: "void",
            InvoiceAction.MARK_UNCOLLECTIBLE: "mark as uncollectible",
            InvoiceAction.CREDIT_NOTE: "issue a credit note for",
        }[self]


S = InvoiceStatus
A = InvoiceAction

# Which statuses allow each action, and where it leads (None: the status is unchanged
# or, for delete, the invoice is gone).
_RULES: dict[InvoiceAction, tuple[frozenset[InvoiceStatus], InvoiceStatus | None]] = {
    A.EDIT: (frozenset({S.DRAFT}), None),
    A.DELETE: (frozenset({S.DRAFT}), None),
    A.FINALIZE: (frozenset({S.DRAFT}), S.OPEN),
    A.SEND: (frozenset({S.OPEN}), None),
    A.PAY: (frozenset({S.OPEN, S.UNCOLLECTIBLE}), S.PAID),
    A.VOID: (frozenset({S.OPEN, S.UNCOLLECTIBLE}), S.VOID),
    A.MARK_UNCOLLECTIBLE: (frozenset({S.OPEN}), S.UNCOLLECTIBLE),
    A.CREDIT_NOTE: (frozenset({S.OPEN, S.PAID}), None),
}


class InvalidTransitionError(ValueError):
    """Raised when an action is not allowed in an invoice's current status."""

    def __init__(self, action: InvoiceAction, status: InvoiceStatus) -> None:
        allowed, _ = _RULES[action]
        allowed_text = " or ".join(sorted(s.value for s in allowed))
        self.action = action
        self.status = status
        article = "an" if status.value[0] in "aeiou" else "a"
        super().__init__(
            f"Cannot {action.verb} {article} {status.value} invoice: only {allowed_text} invoices allow it."
        )


def allowed(action: InvoiceAction, status: InvoiceStatus) -> bool:
    return status in _RULES[action][0]


def apply(action: InvoiceAction, status: InvoiceStatus) -> InvoiceStatus:
    """The status after ``action``; raise InvalidTransitionError if it is not allowed."""
    statuses, target = _RULES[action]
    if status not in statuses:
        raise InvalidTransitionError(action, status)
    return target if target is not None else status


def allowed_actions(status: InvoiceStatus) -> list[InvoiceAction]:
    return [action for action in InvoiceAction if allowed(action, status)]
