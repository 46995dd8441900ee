"""The workspace database: schema, migrations, repositories and full-text search.

Open a workspace with ``Database.open(path)`` (or ``Database.open_workspace(slug)``)
and use its repositories (``db.customers``, ``db.invoices``, ...); no other room
writes SQL. Importing this package costs nothing: each name below loads its
module on first use, and sqlite-utils is imported only when a migration or bulk
generation runs.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .database import Database, Transaction
    from .errors import (
        CustomerHasInvoicesError,
        DatabaseBusyError,
        DatabaseClosedError,
        DatabaseCorruptError,
        DatabaseLockedError,
        DatabaseOpenError,
        DatabaseTooNewError,
        ImmutableFieldError,
        InUseError,
        MigrationError,
        NotAWorkspaceError,
        NotFoundError,
        StorageError,
    )
    from .migrations import SCHEMA_VERSION
    from .paths import WorkspaceInfo, data_root, list_workspaces, log_dir, workspace_dir
    from .repositories.audit import AuditEntry
    from .repositories.base import LOCAL_USER, SYNC_ACTOR, StripeMeta, new_id
    from .repositories.catalog import ProductColumn, ProductFilter, ProductRow, ProductSort
    from .repositories.customers import (
        CustomerColumn,
        CustomerFilter,
        CustomerRow,
        CustomerSort,
    )
    from .repositories.invoices import InvoiceColumn, InvoiceFilter, InvoiceRow, InvoiceSort
    from .repositories.sync_state import OutboxItem, OutboxStatus

# Every name is imported from its module on first access (PEP 562): importing
# ``storage.paths`` for the log folder, or ``storage.database`` to open a
# workspace, must not load every repository (and the domain) before the first paint.
_MODULES = {
    "database": ("Database", "Transaction"),
    "errors": (
        "CustomerHasInvoicesError",
        "DatabaseBusyError",
        "DatabaseClosedError",
        "DatabaseCorruptError",
        "DatabaseLockedError",
        "DatabaseOpenError",
        "DatabaseTooNewError",
        "ImmutableFieldError",
        "InUseError",
        "MigrationError",
        "NotAWorkspaceError",
        "NotFoundError",
        "StorageError",
    ),
    "migrations": ("SCHEMA_VERSION",),
    "paths": ("WorkspaceInfo", "data_root", "list_workspaces", "log_dir", "workspace_dir"),
    "repositories.audit": ("AuditEntry",),
    "repositories.base": ("LOCAL_USER", "SYNC_ACTOR", "StripeMeta", "new_id"),
    "repositories.catalog": ("ProductColumn", "ProductFilter", "ProductRow", "ProductSort"),
    "repositories.customers": ("CustomerColumn", "CustomerFilter", "CustomerRow", "CustomerSort"),
    "repositories.invoices": ("InvoiceColumn", "InvoiceFilter", "InvoiceRow", "InvoiceSort"),
    "repositories.sync_state": ("OutboxItem", "OutboxStatus"),
}
_LAZY = {name: module for module, names in _MODULES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "LOCAL_USER",
    "SCHEMA_VERSION",
    "SYNC_ACTOR",
    "AuditEntry",
    "CustomerColumn",
    "CustomerFilter",
    "CustomerHasInvoicesError",
    "CustomerRow",
    "CustomerSort",
    "Database",
    "DatabaseBusyError",
    "DatabaseClosedError",
    "DatabaseCorruptError",
    "DatabaseLockedError",
    "DatabaseOpenError",
    "DatabaseTooNewError",
    "ImmutableFieldError",
    "InUseError",
    "InvoiceColumn",
    "InvoiceFilter",
    "InvoiceRow",
    "InvoiceSort",
    "MigrationError",
    "NotAWorkspaceError",
    "NotFoundError",
    "OutboxItem",
    "OutboxStatus",
    "ProductColumn",
    "ProductFilter",
    "ProductRow",
    "ProductSort",
    "StorageError",
    "StripeMeta",
    "Transaction",
    "WorkspaceInfo",
    "data_root",
    "list_workspaces",
    "log_dir",
    "new_id",
    "workspace_dir",
]
