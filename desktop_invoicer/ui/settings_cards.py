"""The cards of the Settings view, top to bottom. Adding a card is one line.

Each entry names its class by import path (``"module:Class"`` under
``desktop_invoicer.ui``) so a card's module loads only when Settings is opened.
A card is a ``QWidget`` built as ``Card(ctx)``; if it has a ``status_message``
signal, the Settings view forwards it to the window's status bar. The view keeps
each card as an attribute named by its key (``view.approval_rules``), which is how
tests and other code reach it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .context import AppContext


class CardSpec(NamedTuple):
    key: str
    target: str  # "module:Class" under desktop_invoicer.ui

    def create(self, ctx: AppContext) -> QWidget:
        module_name, class_name = self.target.split(":")
        module = importlib.import_module(f"{__package__}.{module_name}")
        card: QWidget = getattr(module, class_name)(ctx)
        return card


SETTINGS_CARDS: tuple[CardSpec, ...] = (
    CardSpec("approval_rules", "approval_settings:ApprovalRulesCard"),
    CardSpec("setup", "setup_card:SetupCard"),
    CardSpec("branding", "branding_settings:BrandingCard"),
    CardSpec("numbering", "numbering_settings:NumberingCard"),
    CardSpec("accounting", "accounting_settings:AccountingCard"),
    CardSpec("customer_data", "data_settings:DataCard"),
    CardSpec("backups", "backup_settings:BackupCard"),
    CardSpec("language", "language_settings:LanguageCard"),
    CardSpec("job_settings", "job_settings:JobSettingsCard"),
    CardSpec("late_fees", "late_fee_settings:LateFeeCard"),
    CardSpec("smtp", "smtp_settings:SmtpSettingsCard"),
)
