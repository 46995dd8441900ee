"""Segments: named groups of customers, edited with a live count of who matches.

The list of segments is on the left, the editor on the right. Every change to the
form recounts the matching customers on a worker (debounced); a segment that
matches nobody gets a warning, and saving it asks first. Errors appear at their
field and the form stays as typed; switching away from unsaved edits asks first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.segments import OPS, Condition, Match, Metric, Op, Segment, empty_warning
from ..domain.validation import ValidationError
from .context import AppContext
from .form_dialog import section_title
from .forms import FieldErrors, currency_combo, form_layout
from .i18n import tr
from .view_base import NEW, View


def segment_warning(segment_name: str, count: int) -> str | None:
    """:func:`~desktop_invoicer.domain.segments.empty_warning`, in the interface language."""
    if empty_warning(segment_name, count) is None:
        return None
    return tr(
        "No customer matches '{0}' today. Rules for it will apply to nobody until a "
        "customer matches; check the conditions."
    ).format(segment_name or tr("this segment"))


def _count(db: Any, segment: Segment) -> int:
    """Runs on a worker: how many customers ``segment`` matches now."""
    try:
        return len(db.segments.members(segment))
    finally:
        db.close_thread_connection()


class ConditionRow(QWidget):
    """One condition: metric, operator, value (and currency for amounts), remove."""

    def __init__(self, editor: SegmentEditor, condition: Condition | None = None) -> None:
        super().__init__()
        self.editor = editor
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.metric_box = QComboBox()
        for m in Metric:
            self.metric_box.addItem(tr(m.label), m)
        self.op_box = QComboBox()
        self.value = QLineEdit()
        self.currency = currency_combo("USD")
        self.currency.setFixedWidth(90)
        self.remove = QPushButton(tr("Remove"))
        self.remove.setToolTip(tr("Remove this condition"))
        self.value_box = QWidget()
        box = QVBoxLayout(self.value_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.value)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.hide()
        box.addWidget(self.error)
        layout.addWidget(self.metric_box)
        layout.addWidget(self.op_box)
        layout.addWidget(self.value_box, 1)
        layout.addWidget(self.currency)
        layout.addWidget(self.remove)
        if condition is not None:
            self.metric_box.setCurrentIndex(self.metric_box.findData(condition.metric))
        self._metric_changed()
        if condition is not None:
            self.op_box.setCurrentIndex(max(0, self.op_box.findData(condition.op)))
            self.value.setText(condition.value)
            if condition.currency:
                self.currency.setCurrentText(condition.currency)
        self.metric_box.currentIndexChanged.connect(self._metric_changed)
        for signal in (
            self.metric_box.currentIndexChanged,
            self.op_box.currentIndexChanged,
            self.value.textEdited,
            self.currency.currentTextChanged,
        ):
            signal.connect(editor.changed)
        self.remove.clicked.connect(lambda: editor.remove_row(self))

    def _metric_changed(self, *_args: object) -> None:
        metric = Metric(self.metric_box.currentData())
        self.op_box.blockSignals(True)
        self.op_box.clear()
        for op in OPS[metric]:
            self.op_box.addItem(tr(op.label), op)
        self.op_box.blockSignals(False)
        self.currency.setVisible(metric.is_money)
        hints = {
            Metric.COUNTRY: "US, DE",
            Metric.CURRENCY: "USD",
            Metric.TOTAL_BILLED: "10,000",
            Metric.OPEN_BALANCE: "1,000",
            Metric.AVG_DAYS_LATE: "7",
            Metric.TAG: "vip",
            Metric.FIRST_INVOICE: "2024-01-01",
        }
        self.value.setPlaceholderText(hints[metric])

    def condition(self) -> Condition:
        metric = Metric(self.metric_box.currentData())
        op = Op(self.op_box.currentData())
        code = self.currency.currentText().strip().upper() if metric.is_money else ""
        return Condition(metric, op, self.value.text().strip(), code)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


class SegmentEditor(QFrame):
    """The right-hand form: name, all/any, conditions, live count."""

    def __init__(self, view: SegmentsView) -> None:
        super().__init__()
        self.view = view
        self.setObjectName("card")
        self.segment_id = ""
        self.dirty = False
        self.count: int | None = None
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        form = form_layout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. Long-standing clients"))
        self.name.textEdited.connect(self.changed)
        self.errors.add_row(form, tr("Name"), "name", self.name)
        self.match = QComboBox()
        self.match.addItem(tr("Customers matching all conditions"), Match.ALL)
        self.match.addItem(tr("Customers matching any condition"), Match.ANY)
        self.match.currentIndexChanged.connect(self.changed)
        form.addRow(tr("Match"), self.match)
        layout.addLayout(form)
        layout.addWidget(section_title(tr("Conditions")))
        self.rows_box = QVBoxLayout()
        layout.addLayout(self.rows_box)
        self.conditions_error = QLabel()
        self.errors.attach("conditions", self.conditions_error, self.conditions_error)
        self.conditions_error.hide()
        layout.addWidget(self.conditions_error)
        self.add_button = QPushButton(tr("Add condition"))
        self.add_button.clicked.connect(lambda: self.add_row(None, focus=True))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.warning = QLabel()
        self.warning.setObjectName("banner")
        self.warning.setWordWrap(True)
        self.warning.hide()
        layout.addWidget(self.count_label)
        layout.addWidget(self.warning)
        layout.addWidget(self.errors.general)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(tr("Save segment"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(view.save)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.rows: list[ConditionRow] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.recount)
        self._generation = 0

    def load(self, segment: Segment | None) -> None:
        for row in list(self.rows):
            self._drop(row)
        self.errors.clear()
        self.segment_id = segment.id if segment else ""
        self.name.setText(segment.name if segment else "")
        self.match.setCurrentIndex(self.match.findData(segment.match if segment else Match.ALL))
        for condition in segment.conditions if segment else (None,):
            self.add_row(condition)
        self.dirty = False
        self.recount()

    def add_row(self, condition: Condition | None, *, focus: bool = False) -> ConditionRow:
        row = ConditionRow(self, condition)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        if focus:
            row.value.setFocus()
            self.changed()
        return row

    def remove_row(self, row: ConditionRow) -> None:
        self._drop(row)
        self.changed()

    def _drop(self, row: ConditionRow) -> None:
        self.rows.remove(row)
        self.rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()

    def changed(self, *_args: object) -> None:
        self.dirty = True
        self._timer.start()

    def segment(self) -> Segment:
        return Segment(
            self.segment_id,
            self.name.text().strip(),
            Match(self.match.currentData()),
            tuple(r.condition() for r in self.rows),
        )

    def recount(self) -> None:
        """Count the matching customers of the form as typed (on a worker)."""
        from .workers import Task

        self._generation += 1
        generation = self._generation
        segment = self.segment()
        problems = [e for i, c in enumerate(segment.conditions) for e in c.errors(i)]
        for row in self.rows:
            row.show_error("")
        if problems or not segment.conditions:
            self.count = None
            self.count_label.setText(tr("Complete the conditions to see who matches."))
            self.warning.hide()
            return
        task = Task("Counting", _count, self.view.ctx.db, segment)
        task.signals.finished.connect(lambda n: self._counted(generation, n))
        self.view.ctx.tasks.start(task, announce=False)

    def _counted(self, generation: int, count: object) -> None:
        if generation != self._generation or not isinstance(count, int) or self.view.ctx.db.closed:
            return
        self.count = count
        text = tr("{0:,} customer matches now.") if count == 1 else tr("{0:,} customers match now.")
        self.count_label.setText(text.format(count))
        warning = segment_warning(self.name.text().strip(), count)
        self.warning.setText(warning or "")
        self.warning.setVisible(warning is not None)

    def show_errors(self, exc: ValidationError) -> None:
        rest = []
        for error in exc.errors:
            if error.field.startswith("conditions["):
                index = int(error.field[11 : error.field.index("]")])
                if index < len(self.rows):
                    self.rows[index].show_error(tr(error.message))
                    continue
            rest.append(error)
        self.errors.show(rest)


class SegmentsView(View):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        heading = QLabel(tr("Segments"))
        heading.setObjectName("viewTitle")
        intro = QLabel(
            tr(
                "Group customers by what the app knows about them. Rules (Collection rules) "
                "can give each segment its own payment terms and reminders."
            )
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMaximumWidth(280)
        self.list.currentItemChanged.connect(self._picked)
        self.new_button = QPushButton(tr("New segment"))
        self.new_button.clicked.connect(self.new_item)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        self.editor = SegmentEditor(self)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(self.editor, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        self._reload(select="")

    def _reload(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for s in self.ctx.db.segments.list():
            item = QListWidgetItem(s.name)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.list.addItem(item)
            if s.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if select == "" and self.list.count():
            self.list.setCurrentRow(0)
        elif select == "":
            self.editor.load(None)

    def _picked(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self.editor.dirty and not self.ctx.confirm(
            self, tr("Unsaved segment"), tr("Discard the changes to this segment?")
        ):
            self.list.blockSignals(True)
            if previous is not None:
                self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        sid = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.editor.load(self.ctx.db.segments.find(sid) if sid else None)

    def can(self, action: str) -> bool:
        return action == NEW

    def new_item(self) -> None:
        if self.editor.dirty and not self.ctx.confirm(
            self, tr("Unsaved segment"), tr("Discard the changes to this segment?")
        ):
            return
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.editor.load(None)
        self.editor.name.setFocus()

    def save(self) -> bool:
        """Validate and save the form; it stays as typed on any failure."""
        editor = self.editor
        editor.errors.clear()
        segment = editor.segment()
        try:
            segment.validate()
        except ValidationError as exc:
            editor.show_errors(exc)
            return False
        count = len(self.ctx.db.segments.members(segment)) if editor.count is None else editor.count
        if count == 0 and not self.ctx.confirm(
            self,
            tr("Segment matches nobody"),
            f"{segment_warning(segment.name, 0)}\n\n{tr('Save it anyway?')}",
        ):
            return False
        try:
            saved = self.ctx.db.segments.save(segment)
        except ValidationError as exc:
            editor.show_errors(exc)
            return False
        except Exception as exc:  # busy database: say so, keep the form
            editor.errors.general.setText(tr("Could not save: {0}").format(exc))
            editor.errors.general.show()
            return False
        editor.dirty = False
        editor.segment_id = saved.id
        self._reload(select=saved.id)
        self.status_message.emit(tr("Saved segment {0}.").format(saved.name))
        return True

    def delete_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        sid = item.data(Qt.ItemDataRole.UserRole)
        if not self.ctx.confirm(
            self, tr("Delete segment"), tr("Delete the segment {0}?").format(item.text())
        ):
            return
        try:
            self.ctx.db.segments.delete(sid)
        except ValidationError as exc:
            self.ctx.show_error(
                self, tr("The segment was not deleted"), tr(str(exc.errors[0].message))
            )
            return
        self.editor.dirty = False
        self._reload(select="")
        self.status_message.emit(tr("Deleted segment {0}.").format(item.text()))

    def on_database_changed(self, table: str) -> None:
        if table in ("customers", "invoices", "customer_tags") and self.editor.rows:
            self.editor._timer.start()
