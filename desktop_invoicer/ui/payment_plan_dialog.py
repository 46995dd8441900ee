"""Invoice > Payment plan…: split what remains of an open invoice into instalments.

The instalments are filled in evenly (the first ones carry any leftover minor
unit) whenever the count, the first date or the frequency changes; amounts and
dates can then be edited by hand. A line under the table always says what the
instalments add up to against the balance, and saving refuses a plan that does
not add up, with that message, keeping every typed value.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..domain.invoice import Invoice
from ..domain.money import Money, MoneyError
from ..domain.payment_plans import (
    MAX_INSTALMENTS,
    MIN_INSTALMENTS,
    Collection,
    Frequency,
    Instalment,
    PlanError,
    custom_plan,
    even_split,
)
from ..domain.validation import FieldError
from .context import AppContext
from .form_dialog import FormDialog
from .forms import form_layout
from .i18n import tr


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PaymentPlanDialog(FormDialog[list[Instalment]]):
    def __init__(self, ctx: AppContext, invoice: Invoice, parent: QWidget | None = None) -> None:
        super().__init__(tr("Payment plan"), self._save_plan, parent)
        self.setObjectName("paymentPlanDialog")
        self.ctx = ctx
        self.invoice = invoice
        self.balance = Money(ctx.db.offline_payments.amount_remaining(invoice.id), invoice.currency)
        intro = QLabel(
            tr(
                "Split the {0} remaining on invoice {1} into instalments. "
                "Each instalment becomes an invoice of its own in Stripe."
            ).format(self.balance.format(), invoice.number or tr("draft"))
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)

        self.count = QSpinBox()
        self.count.setRange(MIN_INSTALMENTS, MAX_INSTALMENTS)
        self.count.setValue(3)
        self.first_due = QDateEdit(_qdate(date.today()))
        self.first_due.setCalendarPopup(True)
        self.first_due.setDisplayFormat("yyyy-MM-dd")
        self.frequency = QComboBox()
        for f in Frequency:
            self.frequency.addItem(tr(f.label), f.value)
        self.frequency.setCurrentIndex(self.frequency.findData(Frequency.MONTHLY.value))
        self.collection = QComboBox()
        for c in Collection:
            self.collection.addItem(tr(c.label), c.value)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("instalments")
        self.table.setHorizontalHeaderLabels(
            [tr("Due on (YYYY-MM-DD)"), tr("Amount ({0})").format(invoice.currency.code)]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(True)
        self.table.setMinimumHeight(180)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within
        self.added = QLabel()
        self.added.setObjectName("muted")

        form = form_layout()
        self.errors.add_row(form, tr("&Instalments"), "count", self.count)
        self.errors.add_row(form, tr("&First due on"), "first_due", self.first_due)
        self.errors.add_row(form, tr("&Every"), "frequency", self.frequency)
        self.errors.add_row(form, tr("&Collect by"), "collection", self.collection)
        self.body.addLayout(form)
        self.body.addWidget(self.errors.wrap("amounts", self.table))
        self.body.addWidget(self.added)
        self.save_button.setText(tr("Save plan"))

        self.count.valueChanged.connect(self.split_evenly)
        self.first_due.dateChanged.connect(self.split_evenly)
        self.frequency.currentIndexChanged.connect(self.split_evenly)
        self.table.itemChanged.connect(self._update_sum)
        self.table.itemChanged.connect(lambda _item: self.errors.clear_field("amounts"))
        self.split_evenly()
        self.setMinimumWidth(520)

    # -- the table ---------------------------------------------------------------------

    def split_evenly(self) -> None:
        frequency = Frequency(str(self.frequency.currentData()))
        try:
            parts = even_split(
                self.balance, self.count.value(), _pydate(self.first_due.date()), frequency
            )
        except PlanError as exc:
            self.errors.show(exc)
            return
        self.table.blockSignals(True)
        self.table.setRowCount(len(parts))
        for row, part in enumerate(parts):
            self.table.setItem(row, 0, QTableWidgetItem(part.due_on.isoformat()))
            amount = QTableWidgetItem(part.amount.amount_text(grouping=False))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, amount)
        self.table.blockSignals(False)
        self._update_sum()

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text().strip()

    def _update_sum(self, *_args: object) -> None:
        total = 0
        for row in range(self.table.rowCount()):
            try:
                total += Money.parse(self._cell(row, 1), self.invoice.currency).minor
            except MoneyError:
                self.added.setText(
                    tr("Row {0}: '{1}' is not an amount.").format(row + 1, self._cell(row, 1))
                )
                return
        self.added.show()
        added = Money(total, self.invoice.currency)
        if total == self.balance.minor:
            self.added.setText(
                tr("The instalments add up to the balance, {0}.").format(self.balance.format())
            )
        else:
            self.added.setText(
                tr("Instalments add up to {0}, balance is {1}.").format(
                    added.format(), self.balance.format()
                )
            )

    # -- saving ------------------------------------------------------------------------

    def try_save(self) -> bool:
        """On a refusal the message stands under the table (the sum line would repeat it)."""
        saved = super().try_save()
        if not saved:
            self.added.setVisible(self.errors.message("amounts") != self.added.text())
            self.adjustSize()  # room for the messages
        return saved

    def collect(self) -> list[Instalment]:
        rows: list[tuple[date, Money]] = []
        problems: list[FieldError] = []
        for row in range(self.table.rowCount()):
            try:
                due = date.fromisoformat(self._cell(row, 0))
            except ValueError:
                problems.append(
                    FieldError(
                        "amounts", tr("Row {0}: write the date as YYYY-MM-DD.").format(row + 1)
                    )
                )
                continue
            try:
                amount = Money.parse(self._cell(row, 1), self.invoice.currency)
            except MoneyError as exc:
                problems.append(FieldError("amounts", tr("Row {0}: {1}").format(row + 1, exc)))
                continue
            rows.append((due, amount))
        if problems:
            raise PlanError(problems)
        try:
            return custom_plan(self.balance, rows)
        except PlanError as exc:  # every message of the plan goes under the table
            raise PlanError([FieldError("amounts", e.message) for e in exc.errors]) from None

    def _save_plan(self, parts: list[Instalment]) -> list[Instalment]:
        from ..sync.payments_changes import save_plan
        from . import stripe_edits

        connected = stripe_edits.is_connected(self.ctx.db)
        save_plan(
            self.ctx.db,
            self.invoice.id,
            Collection(str(self.collection.currentData())),
            parts,
            connected=connected,
        )
        if connected:
            stripe_edits.request_sync(self.ctx)
        return parts
