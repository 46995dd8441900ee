"""What every view is given: the database, its change signal, the task runner, and
the few questions a view asks the person (injectable, so tests answer them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from .bridge import DatabaseBridge
from .workers import TaskRunner

if TYPE_CHECKING:
    from ..storage.database import Database
    from .stripe_controller import StripeController

AskSavePath = Callable[[QWidget, str, str], Path | None]
Confirm = Callable[[QWidget, str, str], bool]
ShowError = Callable[[QWidget, str, str], None]


# The dialogs' classes load when first asked (a few ms of cold start otherwise).


def ask_save_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, "PDF files (*.pdf)")
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")


def confirm(parent: QWidget, title: str, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


@dataclass
class AppContext:
    db: Database
    bridge: DatabaseBridge
    tasks: TaskRunner
    workspace: str = ""
    ask_save_path: AskSavePath = ask_save_path
    confirm: Confirm = confirm
    show_error: ShowError = show_error
    export_folder: Path = field(default_factory=Path.home)
    stripe: StripeController | None = None  # the window's Stripe connection and sync
