"""Form helpers: a message under each field, filled from domain ``FieldError``s.

A failed save never clears a form: it only shows messages. Each message sits right
under the field the person has to fix and disappears as soon as they edit it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.currency import Currency
from ..domain.validation import FieldError, ValidationError
from .i18n import tr


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field for the style sheet (``[invalid="true"]`` draws a red border)."""
    if widget.property("invalid") == invalid:
        return
    widget.setProperty("invalid", invalid)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class FieldErrors:
    """Error labels keyed by the domain's field names (``email``, ``lines[0].quantity``)."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self.general = error_label()
        self.general.setObjectName("formError")

    def wrap(self, name: str, widget: QWidget) -> QWidget:
        """A container with ``widget`` above its (hidden) error message."""
        box = QWidget()
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if isinstance(widget, QComboBox | QDateEdit | QSpinBox):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            layout.addWidget(widget)
        label = self.attach(name, widget)
        layout.addWidget(label)
        return box

    def attach(self, name: str, widget: QWidget, label: QLabel | None = None) -> QLabel:
        label = label or error_label()
        label.setObjectName("fieldError")
        self._labels[name] = label
        self._widgets[name] = widget
        _clear_on_edit(widget, lambda: self.clear_field(name))
        return label

    def add_row(self, form: QFormLayout, text: str, name: str, widget: QWidget) -> None:
        form.addRow(field_label(text, widget), self.wrap(name, widget))

    def label(self, name: str) -> QLabel | None:
        return self._labels.get(name)

    def widget(self, name: str) -> QWidget | None:
        return self._widgets.get(name)

    def message(self, name: str) -> str:
        label = self._labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def clear(self) -> None:
        for name in list(self._labels):
            self.clear_field(name)
        self.general.clear()
        self.general.hide()

    def clear_field(self, name: str) -> None:
        label = self._labels.get(name)
        if label is not None and not label.isHidden():
            label.clear()
            label.hide()
        widget = self._widgets.get(name)
        if widget is not None:
            set_invalid(widget, False)

    def set(self, name: str, message: str) -> bool:
        """Show ``message`` under field ``name``; False when there is no such field.

        The domain's messages are English; ``tr`` shows a catalog's translation of
        one when it has it (texts already translated pass through unchanged).
        """
        label = self._labels.get(name)
        if label is None:
            return False
        label.setText(tr(message))
        label.show()
        widget = self._widgets.get(name)
        if widget is not None:
            set_invalid(widget, True)
        return True

    def show(self, errors: ValidationError | Iterable[FieldError]) -> None:
        """Show every error at its field; errors without a field go to the general label."""
        items = errors.errors if isinstance(errors, ValidationError) else list(errors)
        unplaced: list[str] = []
        seen: set[str] = set()
        for error in items:
            if error.field in seen:
                continue  # the first message per field is the one to fix first
            if self.set(error.field, error.message):
                seen.add(error.field)
            else:
                unplaced.append(tr(error.message))
        if unplaced:
            self.general.setText("\n".join(unplaced))
            self.general.show()
        self.focus_first(e.field for e in items)

    def focus_first(self, names: Iterable[str]) -> None:
        for name in names:
            widget = self._widgets.get(name)
            if widget is not None and widget.isVisibleTo(widget.window()):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def has_errors(self) -> bool:
        return any(not label.isHidden() for label in self._labels.values()) or (
            not self.general.isHidden()
        )


def _clear_on_edit(widget: QWidget, clear_field: Callable[[], None]) -> None:
    def clear(*_args: object) -> None:
        clear_field()

    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(clear)
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(clear)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(clear)
        if widget.isEditable():
            widget.editTextChanged.connect(clear)
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(clear)


def field_label(text: str, widget: QWidget) -> QLabel:
    """A form label level with the first line of its field, even when an error shows below."""
    label = QLabel(text)
    label.setBuddy(widget)
    if isinstance(widget, QPlainTextEdit):
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 5, 0, 0)
    else:
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setFixedHeight(max(widget.sizeHint().height(), 26))
    return label


def form_layout() -> QFormLayout:
    """A form with labels right-aligned beside their fields, as business apps lay them out."""
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setHorizontalSpacing(14)
    form.setVerticalSpacing(8)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def plain_text(text: str = "", height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def currency_combo(code: str = "USD") -> QComboBox:
    """An editable list of currency codes: pick one or type it (checked on save)."""
    from ..domain.currency import all_codes

    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(all_codes())
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setCurrentText(code)
    combo.setMinimumContentsLength(5)
    completer = combo.completer()
    if completer is not None:
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return combo


def parse_currency(field: str, text: str) -> tuple[Currency | None, FieldError | None]:
    from ..domain.currency import UnknownCurrencyError, currency

    try:
        return currency(text), None
    except UnknownCurrencyError as exc:
        return None, FieldError(field, str(exc))
