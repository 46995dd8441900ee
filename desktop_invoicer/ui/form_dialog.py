"""The common shape of an editor dialog: a form, Save/Cancel, and errors at the fields.

A subclass builds its fields, turns them into a domain value in :meth:`collect`
(raising ``ValidationError`` with every field's problem at once) and hands the
value to the ``save`` callback. Whatever fails, the form stays exactly as typed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.validation import ValidationError
from .forms import FieldErrors
from .i18n import tr

log = logging.getLogger(__name__)

T = TypeVar("T")


class FormDialog(QDialog, Generic[T]):
    def __init__(
        self, title: str, save: Callable[[T], T | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._save = save
        self.errors = FieldErrors()
        self.saved: T | None = None
        self.read_only = False

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(22, 18, 22, 16)
        self._layout.setSpacing(10)
        heading = QLabel(title)
        heading.setObjectName("viewTitle")
        self._layout.addWidget(heading)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self._layout.addWidget(self.banner)
        self._layout.addWidget(self.errors.general)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        self._layout.addLayout(self.body, 1)

        self.buttons = QDialogButtonBox()
        self.save_button: QPushButton = self.buttons.addButton(
            tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.setObjectName("primary")
        self.cancel_button: QPushButton = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self._layout.addWidget(self.buttons)

    def collect(self) -> T:
        """The domain value the form holds; raise ValidationError naming each bad field."""
        raise NotImplementedError

    def set_read_only(self, message: str) -> None:
        self.read_only = True
        self.banner.setText(message)
        self.banner.show()
        self.save_button.hide()
        self.cancel_button.setText(tr("Close"))

    def try_save(self) -> bool:
        """Validate and save; on any failure keep the form and say what to fix."""
        if self.read_only:
            return False
        self.errors.clear()
        try:
            value = self.collect()
            saved = self._save(value)
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        except Exception as exc:  # a failed save must not lose the form
            log.exception("Save failed")
            self.errors.general.setText(tr("Could not save: {0}").format(exc))
            self.errors.general.show()
            return False
        self.saved = saved if saved is not None else value
        self.accept()
        return True


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return label
