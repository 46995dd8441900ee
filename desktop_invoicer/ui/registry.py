"""The views of the main window, in navigation order. Adding a view is one line.

Each entry names its class by import path, so a view's module (and whatever it
imports) loads only when the person first opens it: cold start pays for one view.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, NamedTuple

from .i18n import N_

if TYPE_CHECKING:
    from .context import AppContext
    from .view_base import View


class ViewSpec(NamedTuple):  # not a dataclass: the shell loads before ``dataclasses``
    key: str
    title: str  # N_-marked English; shown through tr()
    target: str  # "module:Class" under desktop_invoicer.ui

    def create(self, ctx: AppContext) -> View:
        module_name, class_name = self.target.split(":")
        module = importlib.import_module(f"{__package__}.{module_name}")
        view: View = getattr(module, class_name)(ctx)
        view.key = self.key
        return view


VIEWS: tuple[ViewSpec, ...] = (
    # Daily work first (Ctrl+1 to Ctrl+9 follow this order), then setup.
    ViewSpec("invoices", N_("Invoices"), "invoices_view:InvoicesView"),
    ViewSpec("review", N_("Review"), "review_view:ReviewView"),
    ViewSpec("customers", N_("Customers"), "customers_view:CustomersView"),
    ViewSpec("products", N_("Products"), "products_view:ProductsView"),
    ViewSpec("billing", N_("Billing"), "billing_view:BillingView"),
    ViewSpec("jobs", N_("Jobs"), "jobs_view:JobsView"),
    ViewSpec("escalations", N_("Escalations"), "escalations_view:EscalationsView"),
    ViewSpec("dashboard", N_("Dashboard"), "dashboard_view:DashboardView"),
    ViewSpec("reports", N_("Reports"), "reports_view:ReportsView"),
    ViewSpec("segments", N_("Segments"), "segments_view:SegmentsView"),
    ViewSpec("rules", N_("Collection rules"), "rules_view:RulesView"),
    ViewSpec("sync", N_("Sync"), "sync_view:SyncView"),
    ViewSpec("settings", N_("Settings"), "settings_view:SettingsView"),
)

DEFAULT_VIEW = "invoices"

# The commands a view may support (``View.can(name)``); the window's menus send them.
NEW, EDIT, DELETE, EXPORT_PDF, SEARCH = "new", "edit", "delete", "export_pdf", "search"
