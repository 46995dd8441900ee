"""Help → About: the app's name and version, and where its data and logs live.

The name and version come from the package metadata (:mod:`..version`), so the
dialog, ``--self-test`` and the installers all say the same. Support asks for the
two folders more than for anything else, hence the buttons that open them.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .app_icon import app_icon
from .i18n import tr

Opener = Callable[[Path], bool]


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager (created first if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))


class AboutDialog(QDialog):
    """``opener`` shows a folder; tests pass one that records the path."""

    def __init__(self, parent: QWidget | None = None, opener: Opener = open_folder) -> None:
        super().__init__(parent)
        from ..storage.paths import data_root, log_dir
        from ..version import APP_NAME, app_summary, app_version

        self.opener = opener
        self.data_folder = data_root()
        self.log_folder = log_dir()
        self.setWindowTitle(tr("About {0}").format(APP_NAME))
        self.setModal(True)
        self.setMinimumWidth(520)

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(72, 72))
        title = QLabel(APP_NAME)
        title.setObjectName("viewTitle")
        self.version_label = QLabel(tr("Version {0}").format(app_version()))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary = QLabel(app_summary())
        summary.setObjectName("muted")
        summary.setWordWrap(True)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(title)
        heading.addWidget(self.version_label)
        heading.addWidget(summary)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon)
        top.addLayout(heading, 1)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.data_label = self._path_label(self.data_folder)
        self.log_label = self._path_label(self.log_folder)
        self.open_data_button = QPushButton(tr("Open &data folder"))
        self.open_data_button.clicked.connect(lambda: self.opener(self.data_folder))
        self.open_logs_button = QPushButton(tr("Open &log folder"))
        self.open_logs_button.clicked.connect(lambda: self.opener(self.log_folder))
        for row, (text, label, button) in enumerate(
            (
                (tr("Data folder"), self.data_label, self.open_data_button),
                (tr("Log folder"), self.log_label, self.open_logs_button),
            )
        ):
            name = QLabel(text)
            name.setBuddy(button)
            grid.addWidget(name, row, 0)
            grid.addWidget(label, row, 1)
            grid.addWidget(button, row, 2)
        grid.setColumnStretch(1, 1)

        frozen = tr("installed bundle") if getattr(sys, "frozen", False) else tr("Python package")
        details = QLabel(
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}"
            f" · {platform.system()} {platform.machine()} · {frozen}"
        )
        details.setObjectName("muted")
        details.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 14)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(details)
        layout.addWidget(buttons)
        self.open_data_button.setFocus()

    @staticmethod
    def _path_label(folder: Path) -> QLabel:
        label = QLabel(str(folder))
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setToolTip(str(folder))
        return label
