"""Exceptions of the storage room, written for the dialog a person will see.

Two families:

* :class:`DatabaseOpenError` and its subclasses are raised by ``Database.open``.
  Each carries ``advice``: one or two plain sentences saying what to do, so the UI
  can show a dialog instead of a traceback.
* :class:`StorageError` and its subclasses are raised by repository calls on an
  open database (a missing row, a refused delete, a busy database).
"""

from __future__ import annotations

from pathlib import Path


class DatabaseOpenError(Exception):
    """The workspace database could not be opened."""

    default_advice = (
        "Check that the workspace folder exists and that you may write to it, then try again."
    )

    def __init__(self, message: str, path: Path | None = None, advice: str | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.advice = advice or self.default_advice


class DatabaseLockedError(DatabaseOpenError):
    """Another program holds a lock on the database and did not let go in time."""

    default_advice = (
        "Another program, or another copy of Desktop Invoicer, is using this workspace. "
        "Close it and try again; if nothing else is running, restart your computer."
    )


class DatabaseCorruptError(DatabaseOpenError):
    """The file is not a SQLite database, or its contents are damaged."""

    default_advice = (
        "The workspace file is damaged or is not a Desktop Invoicer workspace. "
        "Restore it from a backup (files named workspace.db.bak-v* in the same folder are "
        "copies made before upgrades); your Stripe data can also be downloaded again."
    )


class DatabaseTooNewError(DatabaseOpenError):
    """The database was written by a newer version of the app."""

    default_advice = (
        "This workspace was last used with a newer version of Desktop Invoicer. "
        "Update the app to open it; this version will not change the file."
    )

    def __init__(self, found: int, supported: int, path: Path | None = None) -> None:
        super().__init__(
            f"The workspace database has schema version {found}, but this version of "
            f"Desktop Invoicer only knows versions up to {supported}. Update the app to open it.",
            path,
        )
        self.found = found
        self.supported = supported


class NotAWorkspaceError(DatabaseOpenError):
    """A valid SQLite file that belongs to some other program."""

    default_advice = (
        "This file is a database of another program, not a Desktop Invoicer workspace. "
        "Choose a workspace folder instead."
    )


class MigrationError(DatabaseOpenError):
    """Upgrading the database to the current schema failed; the file is unchanged."""

    default_advice = (
        "Upgrading the workspace failed and nothing was changed. A copy made before the "
        "upgrade is next to it (workspace.db.bak-v*). Please report this problem."
    )


class StorageError(Exception):
    """A repository operation on an open database failed."""


class NotFoundError(StorageError, LookupError):
    """No row with that id (or it was deleted)."""

    def __init__(self, object_type: str, object_id: str) -> None:
        super().__init__(f"No {object_type} with id '{object_id}'.")
        self.object_type = object_type
        self.object_id = object_id


class InUseError(StorageError):
    """A delete refused because other rows still refer to the row."""


class CustomerHasInvoicesError(InUseError):
    """A customer with invoices cannot be deleted."""

    def __init__(self, name: str, count: int) -> None:
        plural = "invoice" if count == 1 else "invoices"
        super().__init__(
            f"'{name}' has {count} {plural} and cannot be deleted. "
            "Void or delete the invoices first, or keep the customer."
        )
        self.count = count


class ImmutableFieldError(StorageError):
    """A change Stripe does not allow once a value is in use (a tax rate's percentage)."""


class DatabaseBusyError(StorageError):
    """A write waited for another writer longer than the busy timeout."""

    advice = "The workspace is busy with another task. Wait a moment and try again."


class DatabaseClosedError(StorageError):
    """The database was used after ``close()``."""
