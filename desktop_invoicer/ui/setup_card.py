"""Settings → Workspaces: reopen the first-run wizard, or see where the data lives.

A card of the Settings view (registered in :mod:`.settings_cards`); the same two
commands are in the Help menu.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .form_dialog import section_title
from .i18n import tr

if TYPE_CHECKING:
    from .context import AppContext


class SetupCard(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("card")
        self.setMinimumWidth(640)
        self.setMaximumWidth(760)
        text = QLabel(
            tr(
                "Set up another business in its own workspace (name, address, tax IDs, logo, "
                "currency, Stripe account), or open the demo workspace."
            )
        )
        text.setWordWrap(True)
        text.setObjectName("muted")
        self.wizard_button = QPushButton(tr("Set up a &workspace…"))
        self.wizard_button.clicked.connect(self.open_wizard)
        self.about_button = QPushButton(tr("About and data folders…"))
        self.about_button.clicked.connect(self.open_about)
        row = QHBoxLayout()
        row.addWidget(text, 1)
        row.addWidget(self.wizard_button)
        row.addWidget(self.about_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 24, 14)
        layout.addWidget(section_title(tr("Workspaces")))
        layout.addLayout(row)

    def _main_window(self) -> QWidget | None:
        from .main_window import MainWindow

        window = self.window()
        return window if isinstance(window, MainWindow) else None

    def open_wizard(self) -> QWidget | None:
        from .main_window import MainWindow

        window = self._main_window()
        return window.open_first_run_wizard() if isinstance(window, MainWindow) else None

    def open_about(self) -> QWidget | None:
        from .main_window import MainWindow

        window = self._main_window()
        return window.show_about() if isinstance(window, MainWindow) else None
