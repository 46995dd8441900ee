"""The views of the main window, in navigation order. Adding a view is one line.

Each entry names its class by import path, so a view's module (and whatever it
imports) loads only when the person first opens it: cold start pays for one view.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .context import AppContext
    from .view_base import View


class ViewSpec(NamedTuple):  # not a dataclass: the shell loads before ``dataclasses``
    key: str
    title: str
    target: str  # "module:Class" under desktop_invoicer.ui

    def create(self, ctx: AppContext) -> View:
        module_name, class_name = self.target.split(":")
        module = importlib.import_module(f"{__package__}.{module_name}")
        view: View = getattr(module, class_name)(ctx)
        view.key = self.key
        return view


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("customers", "Customers", "customers_view:CustomersView"),
    ViewSpec("products", "Products", "products_view:ProductsView"),
    ViewSpec("invoices", "Invoices", "invoices_view:InvoicesView"),
    ViewSpec("settings", "Settings", "settings_view:SettingsView"),
    ViewSpec("sync", "Sync", "sync_view:SyncView"),
    ViewSpec("jobs", "Jobs", "jobs_view:JobsView"),
    ViewSpec("review", "Review", "review_view:ReviewView"),
    # Room for: schedules, reports.
)

DEFAULT_VIEW = "invoices"

# The commands a view may support (``View.can(name)``); the window's menus send them.
NEW, EDIT, DELETE, EXPORT_PDF, SEARCH = "new", "edit", "delete", "export_pdf", "search"
