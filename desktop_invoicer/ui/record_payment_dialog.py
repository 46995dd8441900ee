"""Invoice > Record payment…: a bank transfer, cheque or cash received outside Stripe.

The dialog shows what remains to be paid and, as the amount is typed, what the
payment leaves owed or how much becomes customer credit (an overpayment). Saving
records it locally and, when connected, queues it for Stripe in one transaction
(see :mod:`..sync.payments_changes` for how Stripe learns of it).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from ..domain.invoice import Invoice
from ..domain.money import Money, MoneyError
from ..domain.validation import FieldError, ValidationError
from ..storage.repositories.payment_plans import METHODS, OfflinePayment
from .context import AppContext
from .form_dialog import FormDialog
from .forms import form_layout
from .i18n import N_, tr

# The labels of METHODS (storage), marked here for extraction; tr() where shown.
_METHOD_LABELS = (N_("Bank transfer"), N_("Cheque"), N_("Cash"), N_("Other"))


class PaymentForm:
    """What the dialog collects, before it is recorded."""

    def __init__(self, amount: Money, received_on: date, method: str, reference: str) -> None:
        self.amount = amount
        self.received_on = received_on
        self.method = method
        self.reference = reference


class RecordPaymentDialog(FormDialog[PaymentForm]):
    def __init__(self, ctx: AppContext, invoice: Invoice, parent: QWidget | None = None) -> None:
        super().__init__(tr("Record payment"), self._record, parent)
        self.setObjectName("recordPaymentDialog")
        self.ctx = ctx
        self.invoice = invoice
        self.recorded: OfflinePayment | None = None
        self.remaining = Money(
            ctx.db.offline_payments.amount_remaining(invoice.id), invoice.currency
        )
        number = invoice.number or tr("draft")
        self.summary = QLabel(
            tr(
                "Invoice {0}: {1} remaining. Record money received "
                "outside Stripe (bank transfer, cheque, cash)."
            ).format(number, self.remaining.format())
        )
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)

        self.amount = QLineEdit(self.remaining.amount_text(grouping=False))
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(tr("Amount in {0}").format(invoice.currency.code))
        self.received_on = QDateEdit(QDate.currentDate())
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.method = QComboBox()
        for key, label in METHODS.items():
            self.method.addItem(tr(label), key)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(tr("e.g. the bank's reference or the cheque number"))
        self.effect = QLabel()
        self.effect.setObjectName("muted")
        self.effect.setWordWrap(True)

        form = form_layout()
        self.errors.add_row(
            form, tr("&Amount ({0})").format(invoice.currency.code), "amount", self.amount
        )
        self.errors.add_row(form, tr("&Received on"), "received_on", self.received_on)
        self.errors.add_row(form, tr("&Method"), "method", self.method)
        self.errors.add_row(form, tr("Re&ference"), "reference", self.reference)
        self.body.addLayout(form)
        self.body.addWidget(self.effect)
        self.save_button.setText(tr("Record payment"))
        self.amount.textChanged.connect(self._update_effect)
        self._update_effect()
        self.setMinimumWidth(460)

    def _update_effect(self) -> None:
        """What the typed amount does: leaves a balance, settles it, or overpays it."""
        try:
            amount = Money.parse(self.amount.text(), self.invoice.currency)
        except MoneyError:
            self.effect.setText("")
            return
        if amount.minor <= 0:
            self.effect.setText("")
        elif amount < self.remaining:
            left = self.remaining - amount
            self.effect.setText(
                tr("Leaves {0} to pay (recorded in Stripe as a credit note).").format(left.format())
            )
        elif amount == self.remaining:
            self.effect.setText(tr("Pays the invoice in full (marked paid outside Stripe)."))
        else:
            extra = amount - self.remaining
            self.effect.setText(
                tr(
                    "Pays the invoice in full; the extra {0} becomes the customer's "
                    "credit balance for their next invoices."
                ).format(extra.format())
            )

    def try_save(self) -> bool:
        saved = super().try_save()
        if not saved:
            self.adjustSize()  # room for the messages under the fields
        return saved

    def collect(self) -> PaymentForm:
        errors: list[FieldError] = []
        amount = Money.zero(self.invoice.currency)
        try:
            amount = Money.parse(self.amount.text(), self.invoice.currency)
        except MoneyError as exc:
            errors.append(FieldError("amount", str(exc)))
        else:
            if amount.minor <= 0:
                errors.append(FieldError("amount", tr("Enter an amount above zero.")))
        qd = self.received_on.date()
        received = date(qd.year(), qd.month(), qd.day())
        if received > date.today():
            errors.append(
                FieldError("received_on", tr("A payment cannot be received in the future."))
            )
        if errors:
            raise ValidationError(errors)
        return PaymentForm(amount, received, str(self.method.currentData()), self.reference.text())

    def _record(self, form: PaymentForm) -> PaymentForm:
        from ..sync.payments_changes import record_payment
        from . import stripe_edits

        connected = stripe_edits.is_connected(self.ctx.db)
        self.recorded = record_payment(
            self.ctx.db,
            self.invoice.id,
            form.amount,
            form.received_on,
            form.method,
            form.reference,
            connected=connected,
        )
        if connected:
            stripe_edits.request_sync(self.ctx)
        return form
