"""Create or edit a recurring-invoice schedule, with a live preview of its next issue dates.

Every change to the timing fields (cadence, anchor, end, zone, business days,
lead days) recomputes the next six issue dates at once, and says at the field
what is wrong with them; the other fields are checked on Save. The form is a
plain :class:`FormDialog`: nothing typed is lost when saving fails.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.calendar import BusinessDayRule
from ..domain.currency import Currency, currency
from ..domain.invoice import CollectionMethod, InvoiceLine
from ..domain.money import Money, MoneyError
from ..domain.schedule import Cadence, CatchUp, Schedule, ScheduleMode
from ..domain.validation import FieldError, ValidationError
from .form_dialog import FormDialog, section_title
from .forms import form_layout, plain_text
from .i18n import tr

PREVIEW_COUNT = 6
COMMON_ZONES = (
    "UTC",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Asia/Tokyo",
    "Australia/Sydney",
)
# Checked as the person types; the rest on Save (a blank name is not worth a red border yet).
LIVE_FIELDS = (
    "interval",
    "rrule",
    "end_date",
    "count",
    "lead_days",
    "time_zone",
    "holiday_country",
    "days_until_due",
)
END_NEVER, END_DATE, END_COUNT = "never", "date", "count"


@dataclass(frozen=True, slots=True)
class CustomerChoice:
    id: str
    name: str
    currency: str


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _combo(items: Sequence[tuple[str, str]], current: str) -> QComboBox:
    combo = QComboBox()
    for value, label in items:
        combo.addItem(label, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(0, index))
    return combo


def _spin(low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    if suffix:
        spin.setSuffix(suffix)
    return spin


def _line_errors(errors: Sequence[FieldError]) -> list[FieldError]:
    """``lines[1].quantity`` errors shown under the lines table, naming the line."""
    found: list[FieldError] = []
    for error in errors:
        if error.field.startswith("lines["):
            number = int(error.field[6 : error.field.index("]")]) + 1
            found.append(FieldError("lines", tr("Line {0}: {1}").format(number, error.message)))
        else:
            found.append(error)
    return found


class ScheduleDialog(FormDialog[Schedule]):
    def __init__(
        self,
        customers: Sequence[CustomerChoice],
        save: Callable[[Schedule], Schedule | None],
        today: date,
        schedule: Schedule | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = tr("Edit schedule") if schedule else tr("New recurring schedule")
        super().__init__(title, save, parent)
        self.setMinimumWidth(860)
        self.today = today
        self.schedule_id = schedule.id if schedule else ""
        self.customers = list(customers)
        s = schedule

        columns = QHBoxLayout()
        columns.setSpacing(24)
        self.body.addLayout(columns, 1)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        # -- what is billed
        what = form_layout()
        left.addWidget(section_title(tr("Invoice")))
        left.addLayout(what)
        self.name = QLineEdit(s.name if s else "")
        self.name.setPlaceholderText(tr("e.g. Monthly hosting"))
        self.errors.add_row(what, tr("Name"), "name", self.name)
        self.customer = QComboBox()
        for choice in self.customers:
            self.customer.addItem(f"{choice.name} ({choice.currency})", choice.id)
        if s is not None:
            self.customer.setCurrentIndex(max(0, self.customer.findData(s.customer_id)))
        self.errors.add_row(what, tr("Customer"), "customer_id", self.customer)
        self.lines = QTableWidget(0, 3)
        self.lines.setHorizontalHeaderLabels([tr("Description"), tr("Quantity"), tr("Unit price")])
        self.lines.verticalHeader().hide()
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setMinimumHeight(120)
        for line in s.lines if s else ():
            self.add_line(line.description, str(line.quantity), _major(line.unit_amount))
        if s is None:
            self.add_line("", "1", "")
        line_buttons = QHBoxLayout()
        self.add_line_button = QPushButton(tr("Add line"))
        self.add_line_button.clicked.connect(lambda: self.add_line("", "1", ""))
        self.remove_line_button = QPushButton(tr("Remove line"))
        self.remove_line_button.clicked.connect(self.remove_line)
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addWidget(self.remove_line_button)
        line_buttons.addStretch(1)
        lines_box = QWidget()
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.addWidget(self.lines)
        lines_layout.addLayout(line_buttons)
        self.errors.add_row(what, tr("Lines"), "lines", lines_box)
        self.memo = plain_text(s.memo if s else "Services for {period}", 48)
        self.errors.add_row(what, tr("Memo"), "memo", self.memo)
        self.collection = _combo(
            [
                (CollectionMethod.SEND_INVOICE.value, tr("Email the invoice")),
                (
                    CollectionMethod.CHARGE_AUTOMATICALLY.value,
                    tr("Charge the saved payment method"),
                ),
            ],
            (s.collection_method if s else CollectionMethod.SEND_INVOICE).value,
        )
        self.errors.add_row(what, tr("Payment"), "collection_method", self.collection)
        self.days_until_due = _spin(0, 999, s.days_until_due if s else 30, tr(" days"))
        self.errors.add_row(what, tr("Payment terms"), "days_until_due", self.days_until_due)
        self.mode = _combo(
            [(m.value, tr(m.label)) for m in ScheduleMode],
            (s.mode if s else ScheduleMode.DRAFT).value,
        )
        self.errors.add_row(what, tr("When created"), "mode", self.mode)

        left.addStretch(1)

        # -- when
        when = form_layout()
        right.addWidget(section_title(tr("Schedule")))
        right.addLayout(when)
        self.cadence = _combo(
            [(c.value, tr(c.label)) for c in Cadence], (s.cadence if s else Cadence.MONTHLY).value
        )
        self.errors.add_row(when, tr("Repeats"), "cadence", self.cadence)
        self.interval = _spin(1, 999, s.interval if s else 1)
        self.interval.setPrefix(tr("every "))
        self.errors.add_row(when, tr("Interval"), "interval", self.interval)
        self.rrule = QLineEdit(s.rrule if s else "")
        self.rrule.setPlaceholderText("FREQ=MONTHLY;BYMONTHDAY=-1")
        self.errors.add_row(when, tr("Rule (RFC 5545)"), "rrule", self.rrule)
        self.anchor = QDateEdit(_qdate(s.anchor if s else today))
        self.anchor.setCalendarPopup(True)
        self.anchor.setDisplayFormat("yyyy-MM-dd")
        self.errors.add_row(when, tr("First date"), "anchor", self.anchor)
        self.end_kind = _combo(
            [
                (END_NEVER, tr("Never ends")),
                (END_DATE, tr("Ends on a date")),
                (END_COUNT, tr("Ends after")),
            ],
            END_DATE if s and s.end_date else END_COUNT if s and s.count else END_NEVER,
        )
        self.errors.add_row(when, tr("End"), "end_kind", self.end_kind)
        self.end_date = QDateEdit(_qdate(s.end_date if s and s.end_date else today))
        self.end_date.setCalendarPopup(True)
        self.end_date.setDisplayFormat("yyyy-MM-dd")
        self.errors.add_row(when, tr("Last date"), "end_date", self.end_date)
        self.count = _spin(0, 9999, s.count if s and s.count else 12, tr(" invoices"))
        self.errors.add_row(when, tr("Count"), "count", self.count)
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.addItems(COMMON_ZONES)
        self.time_zone.setCurrentText(s.time_zone if s else "UTC")
        self.errors.add_row(when, tr("Time zone"), "time_zone", self.time_zone)
        self.business_days = _combo(
            [(r.value, tr(r.label)) for r in BusinessDayRule],
            (s.business_days if s else BusinessDayRule.NONE).value,
        )
        self.errors.add_row(when, tr("Weekends, holidays"), "business_days", self.business_days)
        self.holiday_country = QLineEdit(s.holiday_country if s else "")
        self.holiday_country.setPlaceholderText(tr("Country code for holidays, e.g. DE, US"))
        self.holiday_country.setMaxLength(2)
        self.errors.add_row(when, tr("Holidays of"), "holiday_country", self.holiday_country)
        self.lead_days = _spin(0, 999, s.lead_days if s else 0, tr(" days ahead"))
        self.errors.add_row(when, tr("Create"), "lead_days", self.lead_days)
        self.catch_up = _combo(
            [(c.value, tr(c.label)) for c in CatchUp], (s.catch_up if s else CatchUp.ALL).value
        )
        self.errors.add_row(when, tr("After downtime"), "catch_up", self.catch_up)

        right.addWidget(section_title(tr("Next {0} issue dates").format(PREVIEW_COUNT)))
        self.preview = QListWidget()
        self.preview.setObjectName("schedulePreview")
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setMinimumHeight(150)
        right.addWidget(self.preview)
        self.preview_note = QLabel()
        self.preview_note.setObjectName("muted")
        self.preview_note.setWordWrap(True)
        right.addWidget(self.preview_note)
        right.addStretch(1)

        for combo in (
            self.cadence,
            self.end_kind,
            self.business_days,
            self.customer,
            self.collection,
        ):
            combo.currentIndexChanged.connect(self.refresh_preview)
        self.time_zone.currentTextChanged.connect(self.refresh_preview)
        for spin in (self.interval, self.count, self.lead_days, self.days_until_due):
            spin.valueChanged.connect(self.refresh_preview)
        for edit in (self.anchor, self.end_date):
            edit.dateChanged.connect(self.refresh_preview)
        for line_edit in (self.rrule, self.holiday_country):
            line_edit.textChanged.connect(self.refresh_preview)
        self.refresh_preview()
        # longer labels (a translation) must widen the dialog, not be clipped at 860 px
        self.setMinimumWidth(max(860, self.minimumSizeHint().width()))

    # -- lines ---------------------------------------------------------------------------

    def add_line(self, description: str, quantity: str, unit_price: str) -> None:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        for column, text in enumerate((description, quantity, unit_price)):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.lines.setItem(row, column, item)

    def remove_line(self) -> None:
        row = self.lines.currentRow()
        if row >= 0:
            self.lines.removeRow(row)

    def _cell(self, row: int, column: int) -> str:
        item = self.lines.item(row, column)
        return "" if item is None else item.text().strip()

    def _currency(self) -> Currency:
        choice = next((c for c in self.customers if c.id == self.customer.currentData()), None)
        return currency(choice.currency if choice else "USD")

    def _lines(self, cur: Currency, errors: list[FieldError]) -> tuple[InvoiceLine, ...]:
        lines: list[InvoiceLine] = []
        for row in range(self.lines.rowCount()):
            description, quantity, price = (self._cell(row, c) for c in range(3))
            if not (description or price):
                continue  # an empty row is ignored
            try:
                amount = Money.parse(price, cur)
            except MoneyError as exc:
                errors.append(FieldError("lines", tr("Line {0}: {1}").format(row + 1, exc)))
                continue
            try:
                count = int(quantity or "1")
            except ValueError:
                message = tr("Line {0}: '{1}' is not a number.").format(row + 1, quantity)
                errors.append(FieldError("lines", message))
                continue
            lines.append(InvoiceLine(description, count, amount))
        return tuple(lines)

    # -- the value -----------------------------------------------------------------------

    def _build(self) -> tuple[Schedule, list[FieldError]]:
        problems: list[FieldError] = []
        cur = self._currency()
        end = str(self.end_kind.currentData())
        schedule = Schedule(
            id=self.schedule_id,
            name=self.name.text().strip(),
            customer_id=str(self.customer.currentData() or ""),
            currency=cur,
            lines=self._lines(cur, problems),
            anchor=_pydate(self.anchor.date()),
            cadence=Cadence(self.cadence.currentData()),
            interval=self.interval.value(),
            rrule=self.rrule.text().strip(),
            end_date=_pydate(self.end_date.date()) if end == END_DATE else None,
            count=self.count.value() if end == END_COUNT else None,
            time_zone=self.time_zone.currentText().strip(),
            business_days=BusinessDayRule(self.business_days.currentData()),
            holiday_country=self.holiday_country.text().strip().upper(),
            lead_days=self.lead_days.value(),
            mode=ScheduleMode(self.mode.currentData()),
            catch_up=CatchUp(self.catch_up.currentData()),
            collection_method=CollectionMethod(self.collection.currentData()),
            days_until_due=self.days_until_due.value(),
            memo=self.memo.toPlainText().strip(),
        )
        return schedule, problems

    def _problems(self, schedule: Schedule, found: list[FieldError]) -> list[FieldError]:
        try:
            schedule.validate()
        except ValidationError as exc:
            found = [*found, *exc.errors]
        return _line_errors(found)

    def collect(self) -> Schedule:
        schedule, found = self._build()
        problems = self._problems(schedule, found)
        if problems:
            raise ValidationError(problems)
        return schedule

    # -- the preview ---------------------------------------------------------------------

    def refresh_preview(self, *_args: object) -> None:
        custom = self.cadence.currentData() == Cadence.RRULE.value
        unit = {
            Cadence.WEEKLY.value: tr(" week(s)"),
            Cadence.MONTHLY.value: tr(" month(s)"),
            Cadence.QUARTERLY.value: tr(" quarter(s)"),
            Cadence.YEARLY.value: tr(" year(s)"),
        }.get(str(self.cadence.currentData()), "")
        self.interval.setSuffix(unit)
        self.rrule.setEnabled(custom)
        self.interval.setEnabled(not custom)
        end = self.end_kind.currentData()
        self.end_date.setEnabled(end == END_DATE)
        self.count.setEnabled(end == END_COUNT)
        self.holiday_country.setEnabled(
            self.business_days.currentData() != BusinessDayRule.NONE.value
        )
        schedule, found = self._build()
        live = [e for e in self._problems(schedule, found) if e.field in LIVE_FIELDS]
        for name in LIVE_FIELDS:
            self.errors.clear_field(name)
        for error in live:
            self.errors.set(error.field, error.message)
        self.preview.clear()
        if live:
            self.preview_note.setText(tr("Fix the schedule to see its dates."))
            return
        try:
            upcoming = schedule.upcoming(self.today, PREVIEW_COUNT)
        except (ValueError, OverflowError) as exc:
            self.preview_note.setText(tr("No dates: {0}").format(exc))
            return
        for occurrence in upcoming:
            text = f"{occurrence.issue_date:%a %d %b %Y}  ·  {schedule.period_label(occurrence)}"
            if occurrence.moved:
                text += "  " + tr("(moved from {0})").format(f"{occurrence.nominal_date:%a %d %b}")
            if schedule.lead_days:
                text += "  · " + tr("created {0}").format(occurrence.create_on.isoformat())
            self.preview.addItem(text)
        if not upcoming:
            self.preview_note.setText(tr("This schedule has no more dates."))
        else:
            self.preview_note.setText(
                tr("Dates are in {0}, with the holidays of {1}.").format(
                    schedule.time_zone, schedule.holiday_country
                )
                if schedule.holiday_country
                else tr("Dates are in {0}.").format(schedule.time_zone)
            )

    def preview_dates(self) -> list[str]:
        return [self.preview.item(i).text() for i in range(self.preview.count())]


def _major(amount: Money) -> str:
    exponent = amount.currency.exponent
    if exponent == 0:
        return str(amount.minor)
    sign = "-" if amount.minor < 0 else ""
    whole, part = divmod(abs(amount.minor), 10**exponent)
    return f"{sign}{whole}.{part:0{exponent}d}"
