"""Settings card: the interface language of this computer (applies at the next start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from .form_dialog import section_title
from .forms import form_layout
from .i18n import LANGUAGES, chosen_language, save_language, tr
from .settings_card import SettingsCard
from .ui_settings import open_settings

if TYPE_CHECKING:
    from .context import AppContext


class LanguageCard(SettingsCard):
    """One combo box; the choice is saved at once and used from the next start.

    Widgets read their texts when they are built, so switching live would mean
    rebuilding every open view and dialog; a restart is honest and cheap.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = open_settings()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(chosen_language(self.settings)))
        self.language.currentIndexChanged.connect(self._changed)
        self.note = QLabel(tr("The new language is used the next time the app starts."))
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        form = form_layout()
        form.addRow(tr("Interface language"), self.language)
        layout = self.card_layout()
        layout.addWidget(section_title(tr("Language")))
        layout.addLayout(form)
        layout.addWidget(self.note)

    def _changed(self) -> None:
        code = self.language.currentData()
        if isinstance(code, str):
            save_language(self.settings, code)
            self.status_message.emit(
                tr("Interface language saved: {0}. Restart the app to use it.").format(
                    self.language.currentText()
                )
            )
