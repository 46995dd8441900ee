"""The workspace database: schema, migrations, repositories and full-text search.

Open a workspace with ``Database.open(path)`` (or ``Database.open_workspace(slug)``)
and use its repositories (``db.customers``, ``db.invoices``, ...); no other room
writes SQL. Importing this package stays cheap: sqlite-utils is imported only
when a migration or bulk generation runs.
"""

from typing import TYPE_CHECKING, Any

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
from .repositories.base import LOCAL_USER, SYNC_ACTOR, StripeMeta, new_id
from .repositories.customers import CustomerColumn, CustomerFilter, CustomerRow, CustomerSort
from .repositories.invoices import InvoiceColumn, InvoiceFilter, InvoiceRow, InvoiceSort

if TYPE_CHECKING:
    from .repositories.audit import AuditEntry
    from .repositories.catalog import ProductColumn, ProductFilter, ProductRow, ProductSort
    from .repositories.sync_state import OutboxItem, OutboxStatus

# Names from modules the first window does not need, imported on first access.
_LAZY = {
    "AuditEntry": "audit",
    "ProductColumn": "catalog",
    "ProductFilter": "catalog",
    "ProductRow": "catalog",
    "ProductSort": "catalog",
    "OutboxItem": "sync_state",
    "OutboxStatus": "sync_state",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".repositories.{module}", __name__), name)
    globals()[name] = value
    return value


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
