"""The Sync view's changes that need a person: conflicts and refused changes.

A conflict shows both versions field by field (:func:`compare`) with *Keep mine*
and *Take Stripe's* (:class:`ConflictCard`); a change Stripe refused can be
retried or discarded (:class:`FailedRow`). :class:`ConflictsPanel` holds both
lists and their titles.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..storage.repositories.sync_state import OutboxItem
from .form_dialog import section_title
from .i18n import N_, tr

# The fields a person edits, per object, in the order the comparison shows them.
FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "customer": (
        ("name", N_("Name")),
        ("email", N_("Email")),
        ("phone", N_("Phone")),
        ("address", N_("Address")),
        ("tax_exempt", N_("Tax")),
        ("preferred_locales", N_("Language")),
    ),
    "product": (("name", N_("Name")), ("description", N_("Description")), ("active", N_("Active"))),
    "invoice": (
        ("description", N_("Memo")),
        ("footer", N_("Footer")),
        ("custom_fields", N_("Custom fields")),
        ("collection_method", N_("Collection")),
        ("days_until_due", N_("Days until due")),
        ("due_date", N_("Due date")),
    ),
}

NOUNS = {
    "customer": N_("Customer"),
    "product": N_("Product"),
    "price": N_("Price"),
    "invoice": N_("Invoice"),
}
NOUNS["tax_rate"] = N_("Tax rate")

ItemAction = Callable[[OutboxItem], None]


def value_text(key: str, value: Any) -> str:
    """A Stripe field's value as a person reads it."""
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if key == "address" and isinstance(value, Mapping):
        city = " ".join(str(value.get(k) or "") for k in ("postal_code", "city")).strip()
        parts = [
            value.get("line1"),
            value.get("line2"),
            city,
            value.get("state"),
            value.get("country"),
        ]
        return ", ".join(str(p) for p in parts if p) or "—"
    if key == "due_date" and isinstance(value, int):
        return datetime.fromtimestamp(value, tz=UTC).date().isoformat()
    if key == "tax_exempt":
        labels = {"none": tr("Taxable"), "exempt": tr("Exempt"), "reverse": tr("Reverse charge")}
        return labels.get(str(value), str(value))
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {value_text(str(k), v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        if all(isinstance(v, Mapping) and "name" in v for v in value):
            return "; ".join(f"{v['name']}: {v.get('value', '')}" for v in value)
        return ", ".join(value_text(key, v) for v in value)
    return str(value)


def local_params(item: OutboxItem) -> Mapping[str, Any]:
    payload = item.payload if isinstance(item.payload, Mapping) else {}
    params = payload.get("invoice") if item.object_type == "invoice" else payload.get("params")
    return params if isinstance(params, Mapping) else {}


def remote_version(item: OutboxItem) -> Mapping[str, Any] | None:
    version = item.base_version
    if isinstance(version, Mapping) and isinstance(version.get("remote"), Mapping):
        remote: Mapping[str, Any] = version["remote"]
        return remote
    return None


def compare(item: OutboxItem) -> list[tuple[str, str, str, bool]]:
    """(label, yours, Stripe's, differs) for each field this change sets."""
    mine = local_params(item)
    theirs = remote_version(item) or {}
    rows = []
    for key, label in FIELDS.get(item.object_type, ()):
        if key not in mine:
            continue
        remote = theirs.get(key)
        if key == "days_until_due" and remote is None:  # not on Stripe's invoice: in metadata
            remote = (theirs.get("metadata") or {}).get("desktop_invoicer_days_until_due")
        a, b = value_text(key, mine.get(key)), value_text(key, remote)
        rows.append((tr(label), a, b, a != b))
    return rows


def describe_item(item: OutboxItem) -> str:
    """``Customer “Acme”`` for a title."""
    known = NOUNS.get(item.object_type)
    noun = tr(known) if known else item.object_type.replace("_", " ").capitalize()
    mine, theirs = local_params(item), remote_version(item) or {}
    name = mine.get("name") or theirs.get("name") or theirs.get("number")
    return tr("{0} “{1}”").format(noun, name) if name else noun


class ConflictCard(QFrame):
    """One conflict: both versions side by side, and the two ways out."""

    def __init__(
        self,
        item: OutboxItem,
        keep_mine: ItemAction,
        take_theirs: ItemAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        title = QLabel(tr("{0} was changed in Stripe and here").format(describe_item(item)))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        if item.last_error:
            note = QLabel(item.last_error)
            note.setObjectName("muted")
            note.setWordWrap(True)
            layout.addWidget(note)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        for column, text in enumerate(("", tr("Yours (not sent)"), tr("In Stripe now"))):
            header = QLabel(text)
            header.setObjectName("muted")
            grid.addWidget(header, 0, column)
        self.rows = compare(item)
        self.cells: list[tuple[QLabel, QLabel]] = []
        for row, (label, mine, theirs, differs) in enumerate(self.rows, start=1):
            name = QLabel(label)
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, row, 0)
            cells = (QLabel(mine), QLabel(theirs))
            for column, cell in enumerate(cells, start=1):
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if differs:
                    cell.setStyleSheet(
                        "QLabel { background: #fff4d6; border-radius: 3px; padding: 1px 4px;"
                        " font-weight: 600; }"
                    )
                else:
                    cell.setStyleSheet("QLabel { padding: 1px 4px; color: #4b5563; }")
                grid.addWidget(cell, row, column)
            self.cells.append(cells)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.take_button = QPushButton(tr("Take Stripe's"))
        self.take_button.setToolTip(tr("Drop your change and keep the version in Stripe"))
        self.take_button.clicked.connect(lambda: take_theirs(item))
        self.keep_button = QPushButton(tr("Keep mine"))
        self.keep_button.setObjectName("primary")
        self.keep_button.setToolTip(tr("Send your version to Stripe, replacing theirs"))
        self.keep_button.clicked.connect(lambda: keep_mine(item))
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.keep_button)
        layout.addLayout(buttons)


class FailedRow(QFrame):
    """A change Stripe refused: what and why, Retry or Discard."""

    def __init__(
        self,
        item: OutboxItem,
        retry: ItemAction,
        discard: ItemAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("card")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        text = QLabel(
            f"<b>{describe_item(item)}</b> ({item.operation.replace('_', ' ')}): "
            f"{item.last_error or tr('Stripe refused this change.')}"
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(text, 1)
        self.retry_button = QPushButton(tr("Retry"))
        self.retry_button.clicked.connect(lambda: retry(item))
        self.discard_button = QPushButton(tr("Discard"))
        self.discard_button.setToolTip(tr("Drop this change; it is not sent to Stripe"))
        self.discard_button.clicked.connect(lambda: discard(item))
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.discard_button, 0, Qt.AlignmentFlag.AlignTop)


class ConflictsPanel:
    """The conflicts and the refused changes, each list under its title.

    Not a widget: :meth:`add_to` puts its titles and lists straight into the
    view's column, so they are spaced like the rest of it.
    """

    def __init__(
        self,
        keep_mine: ItemAction,
        take_theirs: ItemAction,
        retry: ItemAction,
        discard: ItemAction,
    ) -> None:
        self._keep_mine, self._take_theirs = keep_mine, take_theirs
        self._retry, self._discard = retry, discard
        self.conflict_cards: list[ConflictCard] = []
        self.failed_rows: list[FailedRow] = []
        self._shown_items: tuple[tuple[int, str], ...] | None = None

        self.conflicts_title = section_title(tr("Conflicts"))
        self.conflicts_hint = QLabel(
            tr(
                "These were changed in Stripe (in the Dashboard or on another computer) while "
                "you edited them here. Choose which version to keep; nothing is overwritten "
                "until you do."
            )
        )
        self.conflicts_hint.setObjectName("muted")
        self.conflicts_hint.setWordWrap(True)
        self.conflicts_box = QVBoxLayout()
        self.conflicts_box.setSpacing(8)
        self.failed_title = section_title(tr("Changes Stripe refused"))
        self.failed_box = QVBoxLayout()
        self.failed_box.setSpacing(6)

    def add_to(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.conflicts_title)
        layout.addWidget(self.conflicts_hint)
        layout.addLayout(self.conflicts_box)
        layout.addWidget(self.failed_title)
        layout.addLayout(self.failed_box)

    def show_items(self, conflicts: list[OutboxItem], failed: list[OutboxItem]) -> None:
        """Show these items; nothing is rebuilt when they are the ones already shown."""
        shown = tuple((i.id, i.status.value) for i in (*conflicts, *failed))
        if shown == self._shown_items:
            return
        self._shown_items = shown
        _clear(self.conflicts_box, self.conflict_cards)
        _clear(self.failed_box, self.failed_rows)
        self.conflict_cards = [
            ConflictCard(item, self._keep_mine, self._take_theirs) for item in conflicts
        ]
        for card in self.conflict_cards:
            self.conflicts_box.addWidget(card)
        self.failed_rows = [FailedRow(item, self._retry, self._discard) for item in failed]
        for row in self.failed_rows:
            self.failed_box.addWidget(row)
        for widget in (self.conflicts_title, self.conflicts_hint):
            widget.setVisible(bool(conflicts))
        self.failed_title.setVisible(bool(failed))


def _clear(layout: QVBoxLayout, widgets: Sequence[QWidget]) -> None:
    for widget in widgets:
        layout.removeWidget(widget)
        widget.hide()
        widget.deleteLater()
