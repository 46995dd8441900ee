"""Invoice > Waive late fee…: drop a late fee, saying why (the reason goes into the audit log).

A fee not sent yet is never sent; one already in Stripe is removed there (a pending
invoice item is deleted, a fee on a finalized invoice credited) by the next sync.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ..domain.currency import currency
from ..domain.invoice import Invoice
from ..domain.money import Money
from ..domain.units import JobUnit, UnitStatus
from ..domain.validation import FieldError, ValidationError
from .context import AppContext
from .form_dialog import FormDialog
from .forms import form_layout, plain_text
from .i18n import tr


def fee_label(unit: JobUnit) -> str:
    amount = Money(int(unit.result.get("amount") or 0), currency(str(unit.result["currency"])))
    period = int(unit.result.get("period") or 1)
    when = tr("first period") if period == 1 else tr("month {0}").format(period)
    state = {UnitStatus.DONE: tr("in Stripe"), UnitStatus.RUNNING: tr("being sent")}.get(
        unit.status, tr("not sent yet")
    )
    return tr("{0}, {1}, from {2} ({3})").format(
        amount.format(), when, unit.due_on.isoformat(), state
    )


class WaiveFeeDialog(FormDialog[tuple[str, str]]):
    def __init__(self, ctx: AppContext, invoice: Invoice, parent: QWidget | None = None) -> None:
        super().__init__(tr("Waive late fee"), self._waive, parent)
        self.setObjectName("waiveFeeDialog")
        self.ctx = ctx
        self.invoice = invoice
        fees = ctx.db.late_fees.waivable(invoice.stripe_id or "")
        intro = QLabel(
            tr(
                "Late fees on invoice {0}. A waived fee is removed from "
                "Stripe (or credited, if its invoice was finalized); the reason is kept in the "
                "invoice's history."
            ).format(invoice.number or tr("draft"))
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.fee = QComboBox()
        for unit in fees:
            self.fee.addItem(fee_label(unit), unit.id)
        self.reason = plain_text(height=70)
        self.reason.setPlaceholderText(
            tr("e.g. Long-standing client; the bank delayed the transfer")
        )
        form = form_layout()
        self.errors.add_row(form, tr("&Fee"), "fee", self.fee)
        self.errors.add_row(form, tr("&Reason"), "reason", self.reason)
        self.body.addLayout(form)
        self.save_button.setText(tr("Waive fee"))
        self.setMinimumWidth(480)

    def try_save(self) -> bool:
        saved = super().try_save()
        if not saved:
            self.adjustSize()  # room for the messages under the fields
        return saved

    def collect(self) -> tuple[str, str]:
        errors: list[FieldError] = []
        unit_id = self.fee.currentData()
        if not unit_id:
            errors.append(FieldError("fee", tr("This invoice has no late fee to waive.")))
        reason = self.reason.toPlainText().strip()
        if not reason:
            errors.append(
                FieldError("reason", tr("Say why the fee is waived (kept in the history)."))
            )
        elif len(reason) > 500:
            errors.append(FieldError("reason", tr("Keep the reason under 500 characters.")))
        if errors:
            raise ValidationError(errors)
        return str(unit_id), reason

    def _waive(self, value: tuple[str, str]) -> tuple[str, str]:
        from ..jobs.late_fees import waive
        from . import stripe_edits

        connected = stripe_edits.is_connected(self.ctx.db)
        try:
            waive(self.ctx.db, value[0], value[1], connected=connected)
        except ValueError as exc:
            raise ValidationError([FieldError("fee", str(exc))]) from None
        if connected:
            stripe_edits.request_sync(self.ctx)
        return value
