"""Invoice actions from the invoices view: finalize, send, charge, mark paid, void, ...

In a connected workspace each goes through :meth:`sync.changes.StripeChanges.invoice_action`
(the outbox; the next sync sends it and the status bar shows its progress). Where
the invoice's status does not allow the action, the status machine's message is
shown and nothing is queued. A workspace that is not connected applies the
actions that need no payment network locally; sending and charging need Stripe.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtWidgets import QMenu, QWidget

from ..domain.approval import NotApprovedError
from ..domain.status import InvalidTransitionError, InvoiceAction, InvoiceStatus, apply
from . import stripe_edits
from .context import AppContext

NEEDS_STRIPE = "Connect a Stripe account to {verb} invoices: this workspace is not connected."


@dataclass(frozen=True, slots=True)
class Command:
    key: str
    label: str
    action: InvoiceAction | None  # None: duplicate
    params: dict[str, Any] | None = None
    needs_stripe: bool = False
    confirm: str = ""


COMMANDS: tuple[Command, ...] = (
    Command("finalize", "Finalize", InvoiceAction.FINALIZE),
    Command("send", "Send", InvoiceAction.SEND, needs_stripe=True),
    Command("charge", "Charge now", InvoiceAction.PAY, {}, needs_stripe=True),
    Command(
        "paid_out_of_band",
        "Mark paid outside Stripe",
        InvoiceAction.PAY,
        {"paid_out_of_band": True},
    ),
    Command(
        "void",
        "Void…",
        InvoiceAction.VOID,
        confirm="Void this invoice? A void invoice cannot be paid or reopened.",
    ),
    Command("uncollectible", "Mark uncollectible", InvoiceAction.MARK_UNCOLLECTIBLE),
    Command("credit_note", "Credit note…", InvoiceAction.CREDIT_NOTE, needs_stripe=True),
    Command("duplicate", "Duplicate as a new draft", None),
)
BY_KEY = {c.key: c for c in COMMANDS}


def fill_menu(menu: QMenu, trigger: Callable[[str], None]) -> None:
    menu.clear()
    for command in COMMANDS:
        if command.key == "duplicate":
            menu.addSeparator()
        action = menu.addAction(command.label)
        action.setObjectName(command.key)
        action.triggered.connect(_trigger(trigger, command.key))


def _trigger(trigger: Callable[[str], None], key: str) -> Callable[[], None]:
    return lambda: trigger(key)


# Stripe's credit note reasons, as offered to the person.
REASONS = ("", "duplicate", "fraudulent", "order_change", "product_unsatisfactory")
AskCreditNote = Callable[[QWidget, str], "tuple[str, str] | None"]


def ask_credit_note(parent: QWidget, currency_code: str) -> tuple[str, str] | None:
    """(amount text, reason) from two small dialogs; empty amount: the full amount."""
    from PySide6.QtWidgets import QInputDialog

    amount, ok = QInputDialog.getText(
        parent, "Credit note", f"Amount in {currency_code} (empty: the full amount)"
    )
    if not ok:
        return None
    reason, ok = QInputDialog.getItem(parent, "Credit note", "Reason", list(REASONS), 0, False)
    return (amount, reason) if ok else None


def run(
    ctx: AppContext,
    parent: QWidget,
    invoice_id: str,
    key: str,
    ask: AskCreditNote = ask_credit_note,
) -> str | None:
    """Do (or queue) the command; the message for the status bar, None when refused."""
    command = BY_KEY[key]
    db = ctx.db
    try:
        if command.action is None:
            return _duplicate(ctx, invoice_id)
        if command.action is InvoiceAction.CREDIT_NOTE and stripe_edits.is_connected(db):
            return _credit_note(ctx, parent, invoice_id, ask)
        if command.confirm and not ctx.confirm(parent, command.label.rstrip("…"), command.confirm):
            return None
        if stripe_edits.is_connected(db):
            from ..sync.changes import StripeChanges

            changes = StripeChanges(db)
            status = changes.expected_status(invoice_id)
            with db.transaction():
                if command.action is InvoiceAction.SEND and status is InvoiceStatus.DRAFT:
                    changes.invoice_action(invoice_id, InvoiceAction.FINALIZE)  # approval gate
                changes.invoice_action(invoice_id, command.action, command.params)
            stripe_edits.request_sync(ctx)
            return f"{command.label.rstrip('…')}: queued, going to Stripe now…"
        status = db.invoices.get(invoice_id).status
        apply(command.action, status)  # the status machine's message first
        if command.needs_stripe:
            raise ValueError(NEEDS_STRIPE.format(verb=command.label.lower()))
        if command.action is InvoiceAction.FINALIZE:
            state = db.approvals.state(invoice_id)
            if state.waiting:
                raise NotApprovedError(list(state.reasons))
        db.invoices.set_status(invoice_id, command.action)
        return f"{command.label.rstrip('…')}: done."
    except (InvalidTransitionError, NotApprovedError, ValueError) as exc:
        ctx.show_error(parent, f"{command.label.rstrip('…')} was refused", str(exc))
        return None


def _credit_note(
    ctx: AppContext, parent: QWidget, invoice_id: str, ask: AskCreditNote
) -> str | None:
    from ..domain.money import Money
    from ..sync.changes import StripeChanges

    changes = StripeChanges(ctx.db)
    invoice = ctx.db.invoices.get(invoice_id)
    apply(InvoiceAction.CREDIT_NOTE, changes.expected_status(invoice_id))  # before asking
    answer = ask(parent, invoice.currency.code)
    if answer is None:
        return None
    text, reason = answer
    amount = Money.parse(text, invoice.currency).minor if text.strip() else None
    changes.credit_note(invoice_id, amount, reason)
    stripe_edits.request_sync(ctx)
    return "Credit note: queued, going to Stripe now…"


def _duplicate(ctx: AppContext, invoice_id: str) -> str:
    original = ctx.db.invoices.get(invoice_id)
    copy = replace(
        original,
        id="",
        status=InvoiceStatus.DRAFT,
        number=None,
        issue_date=None,
        due_date=None,
        amount_paid=0,
        stripe_id=None,
    )
    if stripe_edits.is_connected(ctx.db):
        stripe_edits.save_draft(ctx, copy, None)
    else:
        ctx.db.invoices.save_draft(copy)
    return "Duplicated as a new draft."
