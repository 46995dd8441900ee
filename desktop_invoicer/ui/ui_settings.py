"""The window's remembered state: a QSettings INI file under the app's data root.

Keeping it beside the workspaces (not in the OS registry) makes tests isolated by
``DESKTOP_INVOICER_HOME`` and lets a portable install carry its layout along.

The shell reads it before the first paint, when the storage package (which
imports the database and every repository) is not loaded yet, so the data root is
found here with the same two rules as ``storage.paths.data_root``; a test keeps
the two in step.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

FILENAME = "ui-settings.ini"
LAST_WORKSPACE = "app/last_workspace"


def data_root() -> Path:
    """``storage.paths.data_root()`` without importing the storage package."""
    override = os.environ.get("DESKTOP_INVOICER_HOME")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("Desktop Invoicer", "Desktop Invoicer"))


def settings_path(root: Path | None = None) -> Path:
    return (root or data_root()) / FILENAME


def open_settings(root: Path | None = None) -> QSettings:
    path = settings_path(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def last_workspace(settings: QSettings) -> str | None:
    value = settings.value(LAST_WORKSPACE)
    return value if isinstance(value, str) and value else None


def remember_workspace(settings: QSettings, slug: str) -> None:
    if last_workspace(settings) == slug:
        return  # the usual start: writing the file again would cost ~8 ms before the rows
    settings.setValue(LAST_WORKSPACE, slug)
    settings.sync()
