"""The QApplication and the window's shell: what cold start pays for before the first paint.

Only Qt, the style and the main window's shell load here; the workspace, the views
and everything below them load in :mod:`.session` once the window is on screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from .i18n import chosen_language, install_translator
from .main_window import MainWindow
from .style import apply_style


def create_application(argv: Sequence[str] = ()) -> QApplication:
    existing = QCoreApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName("Desktop Invoicer")
    app.setOrganizationName("Desktop Invoicer")
    from .app_icon import app_icon

    app.setWindowIcon(app_icon())
    apply_style(app)
    return app


def create_shell(settings: QSettings) -> MainWindow:
    """The main window without a workspace yet (navigation, menus, remembered geometry)."""
    app = QCoreApplication.instance()
    if isinstance(app, QApplication):
        apply_style(app)  # also when the QApplication was made elsewhere (tests, embedding)
    install_translator(chosen_language(settings))  # before any widget reads its text
    return MainWindow(settings)
