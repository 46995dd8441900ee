"""Where workspaces and logs live on disk.

A workspace is one folder holding ``workspace.db`` (plus its WAL files and any
pre-migration backups). Every folder under ``<data root>/workspaces`` that has a
``workspace.db`` is a workspace; nothing else records the list, so copying a folder
in (a restored backup, a colleague's export) is enough to make it appear.

``DESKTOP_INVOICER_HOME`` overrides the platform's data folder; tests and portable
installs use it. ``platformdirs`` is imported only when the override is absent.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

APP_NAME = "Desktop Invoicer"
HOME_ENV = "DESKTOP_INVOICER_HOME"
DATABASE_FILENAME = "workspace.db"
WORKSPACES_FOLDER = "workspaces"

_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


class InvalidWorkspaceSlugError(ValueError):
    """Raised for a workspace slug that is not a safe folder name."""


@dataclass(frozen=True, slots=True)
class WorkspaceInfo:
    """One workspace folder as the workspace picker lists it."""

    slug: str
    path: Path  # the folder
    database: Path  # the folder's workspace.db
    size_bytes: int
    modified: datetime  # last write to workspace.db, UTC


def data_root() -> Path:
    """The folder holding all of the app's data (workspaces, logs)."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME))


def workspace_dir(slug: str) -> Path:
    """The folder of workspace ``slug`` (not created here)."""
    if not _SLUG.match(slug):
        raise InvalidWorkspaceSlugError(
            f"'{slug}' is not a valid workspace name: use lower-case letters, digits, '-' or '_'."
        )
    return data_root() / WORKSPACES_FOLDER / slug


def workspace_database(slug: str) -> Path:
    """The database file of workspace ``slug``."""
    return workspace_dir(slug) / DATABASE_FILENAME


def slugify(name: str) -> str:
    """A folder-safe slug for a workspace name typed by a person ("Acme Ltd." -> "acme-ltd")."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", name.strip().lower())
    ascii_only = folded.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")[:64].strip("-")
    return slug or "workspace"


def list_workspaces() -> list[WorkspaceInfo]:
    """Every workspace under the data root, sorted by slug."""
    root = data_root() / WORKSPACES_FOLDER
    if not root.is_dir():
        return []
    found = []
    for folder in sorted(root.iterdir()):
        database = folder / DATABASE_FILENAME
        if not (_SLUG.match(folder.name) and database.is_file()):
            continue
        stat = database.stat()
        found.append(
            WorkspaceInfo(
                slug=folder.name,
                path=folder,
                database=database,
                size_bytes=stat.st_size,
                modified=datetime.fromtimestamp(stat.st_mtime, tz=UTC),
            )
        )
    return found


def log_dir() -> Path:
    """The folder for log files, created if missing."""
    if os.environ.get(HOME_ENV):
        folder = data_root() / "logs"
    else:
        import platformdirs

        folder = Path(platformdirs.user_log_dir(APP_NAME, APP_NAME))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
