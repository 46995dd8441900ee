"""Invoice actions from the invoices view: finalize, send, charge, mark paid, void, ...

In a connected workspace each goes through :meth:`sync.changes.StripeChanges.invoice_action`
(the outbox; the next sync sends it and the status bar shows its progress). Where
the invoice's status does not allow the action, the status machine's message is
shown and nothing is queued. A workspace that is not connected applies the
actions that need no payment network locally; sending and charging need Stripe.

:func:`refusals` gives, for one invoice, the message each command would be
refused with; menus built by :func:`fill_menu` disable those commands and show
the message as the item's tooltip (the command still refuses if run anyway).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMenu, QWidget

from ..domain.approval import NotApprovedError
from ..domain.status import InvalidTransitionError, InvoiceAction, InvoiceStatus, apply
from . import stripe_edits
from .context import AppContext
from .i18n import N_, tr

if TYPE_CHECKING:
    from ..storage.repositories.approvals import ReviewState


@dataclass(frozen=True, slots=True)
class Command:
    key: str
    label: str
    action: InvoiceAction | None  # None: duplicate
    params: dict[str, Any] | None = None
    needs_stripe: str = ""  # why it is refused without a connected Stripe account
    confirm: str = ""


# Labels and texts are marked with N_ (this table is built at import, before any
# translator is installed) and translated with tr() where they are shown.
COMMANDS: tuple[Command, ...] = (
    Command("finalize", N_("Finalize"), InvoiceAction.FINALIZE),
    Command(
        "send",
        N_("Send"),
        InvoiceAction.SEND,
        needs_stripe=N_(
            "Connect a Stripe account to send invoices: this workspace is not connected."
        ),
    ),
    Command(
        "charge",
        N_("Charge now"),
        InvoiceAction.PAY,
        {},
        needs_stripe=N_(
            "Connect a Stripe account to charge invoices: this workspace is not connected."
        ),
    ),
    Command(
        "paid_out_of_band",
        N_("Mark paid outside Stripe"),
        InvoiceAction.PAY,
        {"paid_out_of_band": True},
    ),
    Command(
        "void",
        N_("Void…"),
        InvoiceAction.VOID,
        confirm=N_("Void this invoice? A void invoice cannot be paid or reopened."),
    ),
    Command("uncollectible", N_("Mark uncollectible"), InvoiceAction.MARK_UNCOLLECTIBLE),
    Command(
        "credit_note",
        N_("Credit note…"),
        InvoiceAction.CREDIT_NOTE,
        needs_stripe=N_(
            "Connect a Stripe account to issue credit notes: this workspace is not connected."
        ),
    ),
    Command("duplicate", N_("Duplicate as a new draft"), None),
)
BY_KEY = {c.key: c for c in COMMANDS}


NO_SELECTION = N_("Select an invoice first.")


def title(command: Command) -> str:
    """The command's label in the interface language, without its trailing "…"."""
    return tr(command.label).rstrip("…")


def fill_menu(
    menu: QMenu, trigger: Callable[[str], None], refused: Mapping[str, str] | None = None
) -> None:
    """The commands as menu items; those in ``refused`` are disabled, the reason their tooltip."""
    menu.clear()
    menu.setToolTipsVisible(True)
    for command in COMMANDS:
        if command.key == "duplicate":
            menu.addSeparator()
        action = menu.addAction(tr(command.label))
        action.setObjectName(command.key)
        reason = (refused or {}).get(command.key)
        if reason:
            action.setEnabled(False)
            action.setToolTip(reason)
        action.triggered.connect(_trigger(trigger, command.key))


def refusals(ctx: AppContext, invoice_id: str | None) -> dict[str, str]:
    """Why each command is refused for this invoice now (key -> message); allowed ones absent.

    The same checks, in the same order, as :func:`run`: the status machine (with
    the actions already queued for Stripe applied), then the approval gate, then
    whether the command needs a connected Stripe account.
    """
    if invoice_id is None:
        return {c.key: tr(NO_SELECTION) for c in COMMANDS}
    db = ctx.db
    connected = stripe_edits.is_connected(db)
    if connected:
        from ..sync.changes import StripeChanges

        status = StripeChanges(db).expected_status(invoice_id)
    else:
        status = db.invoices.get(invoice_id).status
    review: ReviewState | None = None  # read once, when a command needs it
    reasons: dict[str, str] = {}
    for command in COMMANDS:
        action = command.action
        if action is None:
            continue
        try:
            if connected and action is InvoiceAction.SEND and status is InvoiceStatus.DRAFT:
                apply(InvoiceAction.FINALIZE, status)  # run() finalizes first
            else:
                apply(action, status)
            if command.needs_stripe and not connected:
                raise ValueError(tr(command.needs_stripe))
            gated = action is InvoiceAction.FINALIZE or (
                action is InvoiceAction.SEND and status is InvoiceStatus.DRAFT
            )
            if gated:
                review = review or db.approvals.state(invoice_id)
                if review.waiting:
                    raise NotApprovedError(list(review.reasons))
        except (InvalidTransitionError, NotApprovedError, ValueError) as exc:
            reasons[command.key] = str(exc)
    return reasons


def _trigger(trigger: Callable[[str], None], key: str) -> Callable[[], None]:
    return lambda: trigger(key)


# Stripe's credit note reasons (the values sent), as offered to the person (the labels).
REASONS = ("", "duplicate", "fraudulent", "order_change", "product_unsatisfactory")
REASON_LABELS = (
    N_("(no reason)"),
    N_("Duplicate"),
    N_("Fraudulent"),
    N_("Order change"),
    N_("Product unsatisfactory"),
)
AskCreditNote = Callable[[QWidget, str], "tuple[str, str] | None"]


def ask_credit_note(parent: QWidget, currency_code: str) -> tuple[str, str] | None:
    """(amount text, reason) from two small dialogs; empty amount: the full amount."""
    from PySide6.QtWidgets import QInputDialog

    amount, ok = QInputDialog.getText(
        parent,
        tr("Credit note"),
        tr("Amount in {0} (empty: the full amount)").format(currency_code),
    )
    if not ok:
        return None
    labels = [tr(label) for label in REASON_LABELS]
    reason, ok = QInputDialog.getItem(parent, tr("Credit note"), tr("Reason"), labels, 0, False)
    if not ok or reason not in labels:
        return None
    return amount, REASONS[labels.index(reason)]


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
        if command.confirm and not ctx.confirm(parent, title(command), tr(command.confirm)):
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
            return tr("{0}: queued, going to Stripe now…").format(title(command))
        status = db.invoices.get(invoice_id).status
        apply(command.action, status)  # the status machine's message first
        if command.needs_stripe:
            raise ValueError(tr(command.needs_stripe))
        if command.action is InvoiceAction.FINALIZE:
            state = db.approvals.state(invoice_id)
            if state.waiting:
                raise NotApprovedError(list(state.reasons))
        db.invoices.set_status(invoice_id, command.action)
        return tr("{0}: done.").format(title(command))
    except (InvalidTransitionError, NotApprovedError, ValueError) as exc:
        ctx.show_error(parent, tr("{0} was refused").format(title(command)), str(exc))
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
    return tr("Credit note: queued, going to Stripe now…")


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
    return tr("Duplicated as a new draft.")
