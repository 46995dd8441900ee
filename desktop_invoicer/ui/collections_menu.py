"""The invoices view's Collections commands: Payment plan…, Record payment…, Waive late fee….

They appear in the view's Actions menu and its context menu (greyed out, with the
reason as tooltip, when they do not apply) and have keyboard shortcuts while the
view has focus. Each opens its dialog without blocking the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMenu

from ..domain.status import InvoiceStatus
from .i18n import N_, tr

if TYPE_CHECKING:
    from .invoices_view import InvoicesView


class CollectionsCommand(NamedTuple):
    key: str
    label: str
    shortcut: str


COMMANDS = (  # labels translated where shown
    CollectionsCommand("payment_plan", N_("Payment plan…"), "Ctrl+Shift+L"),
    CollectionsCommand("record_payment", N_("Record payment…"), "Ctrl+Shift+M"),
    CollectionsCommand("waive_late_fee", N_("Waive late fee…"), "Ctrl+Shift+W"),
)
# An invoice's status as the refusals below say it ("this one is …").
STATUS_WORDS = {
    InvoiceStatus.DRAFT: N_("a draft"),
    InvoiceStatus.OPEN: N_("open"),
    InvoiceStatus.PAID: N_("paid"),
    InvoiceStatus.VOID: N_("void"),
    InvoiceStatus.UNCOLLECTIBLE: N_("uncollectible"),
}


def refusals(view: InvoicesView) -> dict[str, str]:
    """Why each command does not apply to the current invoice (key -> message)."""
    row = view.current_row()
    if row is None:
        return {c.key: tr("Select an invoice first.") for c in COMMANDS}
    db = view.ctx.db
    invoice = db.invoices.get(row.id)
    reasons: dict[str, str] = {}
    if invoice.status is not InvoiceStatus.OPEN:
        status = tr(STATUS_WORDS[invoice.status])
        reasons["payment_plan"] = tr("Only an open invoice can be split; this one is {0}.").format(
            status
        )
        reasons["record_payment"] = tr(
            "Payments are recorded on open invoices; this one is {0}."
        ).format(status)
    elif db.payment_plans.active_for_invoice(invoice.id) is not None:
        reasons["payment_plan"] = tr("This invoice already has a payment plan.")
        reasons["record_payment"] = tr(
            "This invoice is on a payment plan: record the payment on the instalment's invoice."
        )
    if not db.late_fees.waivable(invoice.stripe_id or ""):
        reasons["waive_late_fee"] = tr("This invoice has no late fee to waive.")
    return reasons


def add_actions(menu: QMenu, view: InvoicesView) -> None:
    """The commands at the end of ``menu`` (after a separator)."""
    refused = refusals(view)
    menu.addSeparator()
    for command in COMMANDS:
        action = menu.addAction(tr(command.label))
        action.setObjectName(command.key)
        action.setShortcut(QKeySequence(command.shortcut))
        reason = refused.get(command.key)
        if reason:
            action.setEnabled(False)
            action.setToolTip(reason)
        action.triggered.connect(_opener(view, command.key))


def install(view: InvoicesView) -> None:
    """Add the commands to the view's Actions menu and bind their shortcuts."""
    view.actions_menu.aboutToShow.connect(lambda: add_actions(view.actions_menu, view))
    for command in COMMANDS:
        shortcut = QShortcut(QKeySequence(command.shortcut), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(_opener(view, command.key))


def _opener(view: InvoicesView, key: str) -> Callable[[], None]:
    def run() -> None:
        open_command(view, key)

    return run


def open_command(view: InvoicesView, key: str) -> QDialog | None:
    """Open the command's dialog for the current invoice, or say why it does not apply."""
    reason = refusals(view).get(key)
    if reason:
        view.status_message.emit(reason)
        return None
    row = view.current_row()
    assert row is not None
    invoice = view.ctx.db.invoices.get(row.id)
    dialog: QDialog
    if key == "payment_plan":
        from .payment_plan_dialog import PaymentPlanDialog

        dialog = PaymentPlanDialog(view.ctx, invoice, view.window())
        done = tr("Payment plan saved.")
    elif key == "record_payment":
        from .record_payment_dialog import RecordPaymentDialog

        dialog = RecordPaymentDialog(view.ctx, invoice, view.window())
        done = tr("Payment recorded.")
    else:
        from .waive_fee_dialog import WaiveFeeDialog

        dialog = WaiveFeeDialog(view.ctx, invoice, view.window())
        done = tr("Late fee waived.")
    dialog.accepted.connect(lambda: view.status_message.emit(done))
    return view.open_dialog(dialog)
