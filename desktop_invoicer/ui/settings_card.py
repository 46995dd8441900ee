"""The frame every Settings card shares: its look, width, margins and save row.

A card (see ``settings_cards.py``) subclasses :class:`SettingsCard` for the
``card`` style, the common width and the ``status_message`` signal the Settings
view forwards to the status bar; the small builders below make the labels and
the button row each card used to spell out again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

MIN_WIDTH = 640
MAX_WIDTH = 760


class SettingsCard(QFrame):
    """A Settings card's frame; ``max_width=None`` lets a wide card (branding) grow."""

    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, max_width: int | None = MAX_WIDTH):
        super().__init__(parent)
        self.setObjectName("card")
        self.setMinimumWidth(MIN_WIDTH)
        if max_width is not None:
            self.setMaximumWidth(max_width)

    def card_layout(self, *parts: QWidget | QLayout) -> QVBoxLayout:
        """The card's own vertical layout with the cards' margins, holding ``parts`` in order."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 24, 14)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        return layout


def muted_label(text: str = "", *, wrap: bool = False) -> QLabel:
    """A quiet note (``Saved.``, hints); ``text`` already translated."""
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(wrap)
    return label


def error_label(*, wrap: bool = True) -> QLabel:
    """A hidden card-wide error line, shown when a save fails."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(wrap)
    label.hide()
    return label


def button_row(*widgets: QWidget, grow: QWidget) -> QHBoxLayout:
    """``widgets`` side by side in order; ``grow`` (the note) takes the spare width."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget, 1 if widget is grow else 0)
    return row
