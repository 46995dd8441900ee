"""The first-run wizard: create the business's workspace, or look around in the demo.

Shown on the first launch of a fresh install (no workspace yet and neither
``--demo`` nor ``--workspace``; see ``cli.run_gui``) and from Help → Set up a
workspace. Pages:

1. Welcome: set up my business, or open the demo workspace;
2. Business: name, email, address (validated at the field when going on);
3. Invoices: tax IDs, logo, default currency and payment terms;
4. Stripe: connect an account now (test or live key) or later.

Finishing creates a workspace named after the business (``storage.paths.slugify``,
made unique), saves the :class:`BusinessProfile` through ``db.settings`` and copies
the logo into the workspace folder so it travels with it. Connecting reuses the
connect dialog (:mod:`.connect_dialog`) once the workspace is open, so the key is
checked and kept exactly as from Settings. Everything is reachable by keyboard:
each field has a mnemonic label, and Enter goes on.
"""

from __future__ import annotations

import argparse
import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from ..domain.business import BusinessProfile
from ..domain.currency import currency
from .app_icon import app_icon
from .first_run_pages import (
    BUSINESS_PAGE,
    DEMO,
    DEMO_PAGE,
    INVOICES_PAGE,
    STRIPE_PAGE,
    WELCOME_PAGE,
    BusinessPage,
    DemoPage,
    InvoicesPage,
    StripePage,
    WelcomePage,
    unique_slug,
)
from .forms import parse_currency
from .i18n import tr

if TYPE_CHECKING:
    from .main_window import MainWindow

__all__ = [
    "BUSINESS_PAGE",
    "DEMO_PAGE",
    "INVOICES_PAGE",
    "STRIPE_PAGE",
    "WELCOME_PAGE",
    "FirstRunWizard",
    "WizardOutcome",
    "unique_slug",
]


@dataclass(frozen=True, slots=True)
class WizardOutcome:
    """What the person chose: the demo, or a new workspace (and whether to connect now)."""

    demo: bool
    workspace: str = DEMO
    connect: bool = False


class FirstRunWizard(QWizard):
    """The pages of :mod:`.first_run_pages`; after Finish, :meth:`create_workspace`."""

    def __init__(self, parent: QWidget | None = None, taken: set[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Set up Desktop Invoicer"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(48, 48))
        self.setMinimumSize(640, 520)
        self.welcome = WelcomePage()
        self.business = BusinessPage()
        self.business.taken = set(taken or ())
        self.invoices = InvoicesPage()
        self.stripe = StripePage()
        self.setPage(WELCOME_PAGE, self.welcome)
        self.setPage(BUSINESS_PAGE, self.business)
        self.setPage(INVOICES_PAGE, self.invoices)
        self.setPage(STRIPE_PAGE, self.stripe)
        self.demo_page = DemoPage()
        self.setPage(DEMO_PAGE, self.demo_page)
        self.setStartId(WELCOME_PAGE)
        self.workspace = ""

    def profile(self) -> BusinessProfile:
        b, i = self.business, self.invoices
        cur, _error = parse_currency("default_currency", i.currency.currentText())
        days = i.terms.currentData()
        return BusinessProfile(
            name=b.name.text().strip(),
            email=b.email.text().strip(),
            phone=b.phone.text().strip(),
            address=b.address(),
            tax_ids=i.tax_id_list(),
            default_currency=cur or currency("USD"),
            default_days_until_due=days if isinstance(days, int) else 30,
            logo_path=i.logo.text().strip(),
        )

    def wants_demo(self) -> bool:
        return self.welcome.demo.isChecked()

    def edited(self) -> bool:
        """Whether anything was typed (closing then asks before discarding it)."""
        b, i = self.business, self.invoices
        fields = (b.name, b.email, b.phone, b.line1, b.city, b.country, i.logo)
        return any(f.text().strip() for f in fields) or bool(i.tax_ids.toPlainText().strip())

    def reject(self) -> None:
        if self.edited() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            tr("Discard the business details?"),
            tr("What you typed is not saved yet. Close the wizard anyway?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def outcome(self) -> WizardOutcome:
        if self.wants_demo():
            return WizardOutcome(demo=True)
        return WizardOutcome(False, self.workspace, self.stripe.connect_now.isChecked())

    def create_workspace(self) -> WizardOutcome:
        """Create the workspace and save the business profile (after Finish)."""
        from ..storage.database import Database
        from ..storage.paths import list_workspaces, workspace_dir

        if self.wants_demo():
            return self.outcome()
        profile = self.profile()
        taken = {info.slug for info in list_workspaces()}
        slug = unique_slug(profile.name, taken)
        db = Database.open_workspace(slug)
        try:
            if profile.logo_path:
                source = Path(profile.logo_path)
                target = workspace_dir(slug) / f"logo{source.suffix.lower()}"
                shutil.copyfile(source, target)
                profile = replace(profile, logo_path=str(target))
            db.settings.save_business_profile(profile)
        finally:
            db.close()
        self.workspace = slug
        return self.outcome()


def existing_workspaces() -> set[str]:
    from ..storage.paths import list_workspaces

    return {info.slug for info in list_workspaces()}


def run_first_run(parent: QWidget | None, args: argparse.Namespace) -> argparse.Namespace:
    """On a fresh install: the wizard, then the arguments that open what was chosen.

    Closing the wizard opens the demo workspace (nothing is created); the wizard can
    be reopened from the Help menu.
    """
    wizard = FirstRunWizard(parent, existing_workspaces())
    chosen = args
    if wizard.exec() == QWizard.DialogCode.Accepted.value:
        outcome = wizard.create_workspace()
        chosen = argparse.Namespace(**vars(args))
        chosen.demo = outcome.demo
        chosen.workspace = None if outcome.demo else outcome.workspace
        chosen.connect_after_open = outcome.connect
    else:
        chosen = argparse.Namespace(**vars(args))
        chosen.demo = True
    wizard.deleteLater()
    return chosen


def after_open(window: MainWindow, args: argparse.Namespace) -> None:
    """Open the connect dialog when the wizard asked for it (the workspace is open now)."""
    if getattr(args, "connect_after_open", False) and window.has_workspace:
        controller = window.ctx.stripe
        if controller is not None:
            controller.open_connect_dialog(window)


def open_wizard_from(window: MainWindow) -> FirstRunWizard:
    """Help → Set up a workspace: run the wizard, then switch the window to the result."""
    wizard = FirstRunWizard(window, existing_workspaces())
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(result: int) -> None:
        if result != QWizard.DialogCode.Accepted.value or not window.has_workspace:
            return
        outcome = wizard.create_workspace()
        controller = window.ctx.stripe
        if controller is None or not controller.switch_to(outcome.workspace):
            return
        if outcome.connect:
            controller.open_connect_dialog(window)

    wizard.finished.connect(finished)
    wizard.open()
    return wizard
