"""The first-run wizard, driven by keyboard as a person would on a fresh install."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_invoicer import cli
from desktop_invoicer.storage.database import Database
from desktop_invoicer.storage.paths import list_workspaces, workspace_dir
from desktop_invoicer.ui import first_run_wizard
from desktop_invoicer.ui.first_run_wizard import (
    BUSINESS_PAGE,
    DEMO_PAGE,
    INVOICES_PAGE,
    STRIPE_PAGE,
    FirstRunWizard,
    unique_slug,
)
from desktop_invoicer.ui.style import apply_style

from .conftest import SHOTS


def make_wizard(qtbot: QtBot, taken: set[str] | None = None) -> FirstRunWizard:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_style(app)  # as the app looks (errors in red)
    wizard = FirstRunWizard(None, taken)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def press_enter(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    focused = wizard.focusWidget()
    qtbot.keyClick(focused if isinstance(focused, QWidget) else wizard, Qt.Key.Key_Return)


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def logo_file(tmp_path: Path) -> Path:
    image = QImage(120, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("#2f5fd0"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    return path


def test_a_new_business_is_set_up_by_keyboard_and_its_profile_saved(
    qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = make_wizard(qtbot)
    shot(wizard, "wizard-1-welcome.png")
    press_enter(qtbot, wizard)  # "Set up my business" is the default choice
    assert wizard.currentId() == BUSINESS_PAGE
    page = wizard.business
    assert not page.isComplete()  # Next stays off until the business has a name
    page.name.setFocus()
    qtbot.keyClicks(page.name, "Acme Ltd.")
    qtbot.keyClicks(page.email, "not an email")
    qtbot.keyClicks(page.line1, "1 Main Street")
    qtbot.keyClicks(page.postal_code, "12345")
    qtbot.keyClicks(page.city, "Springfield")
    qtbot.keyClicks(page.country, "U1")
    assert "acme-ltd" in page.workspace_hint.text()
    wizard.next()
    assert wizard.currentId() == BUSINESS_PAGE  # errors shown at their fields
    assert page.errors.message("email")
    assert "two-letter" in page.errors.message("country")
    shot(wizard, "wizard-2-business-errors.png")
    page.email.clear()
    qtbot.keyClicks(page.email, "billing@acme.example")
    page.country.clear()
    qtbot.keyClicks(page.country, "us")
    assert not page.errors.message("email")  # cleared as soon as the field is edited
    page.email.setFocus()
    press_enter(qtbot, wizard)
    assert wizard.currentId() == INVOICES_PAGE

    invoices = wizard.invoices
    qtbot.keyClicks(invoices.tax_ids, "EIN 12-3456789")
    invoices.logo.setText(str(tmp_path / "missing.png"))
    invoices.currency.setCurrentText("XYZ")
    wizard.next()
    assert wizard.currentId() == INVOICES_PAGE
    assert "no file" in invoices.errors.message("logo_path")
    assert invoices.errors.message("default_currency")
    invoices.logo.setText(str(logo_file(tmp_path)))
    invoices.currency.setCurrentText("EUR")
    invoices.terms.setCurrentIndex(invoices.terms.findData(15))
    assert not invoices.errors.message("logo_path")  # cleared by choosing another file
    shot(wizard, "wizard-3-invoices.png")
    wizard.next()
    assert wizard.currentId() == STRIPE_PAGE
    wizard.stripe.later.setChecked(True)
    shot(wizard, "wizard-4-stripe.png")
    wizard.accept()

    outcome = wizard.create_workspace()
    assert outcome.workspace == "acme-ltd" and not outcome.demo and not outcome.connect
    db = Database.open_workspace("acme-ltd")
    try:
        profile = db.settings.business_profile()
    finally:
        db.close()
    assert profile.name == "Acme Ltd."
    assert profile.email == "billing@acme.example"
    assert profile.address.city == "Springfield" and profile.address.country == "US"
    assert profile.tax_ids == ("EIN 12-3456789",)
    assert profile.default_currency.code == "EUR"
    assert profile.default_days_until_due == 15
    logo = Path(profile.logo_path)
    assert logo.parent == workspace_dir("acme-ltd") and logo.is_file()  # travels with it


def test_choosing_the_demo_finishes_at_once_and_creates_nothing(qtbot: QtBot) -> None:
    wizard = make_wizard(qtbot)
    wizard.welcome.demo.setFocus()
    qtbot.keyClick(wizard.welcome.demo, Qt.Key.Key_Space)  # Space picks the focused choice
    assert wizard.welcome.demo.isChecked()
    press_enter(qtbot, wizard)
    assert wizard.currentId() == DEMO_PAGE
    shot(wizard, "wizard-5-demo.png")
    press_enter(qtbot, wizard)  # Finish
    assert wizard.result() == FirstRunWizard.DialogCode.Accepted.value
    assert wizard.create_workspace().demo
    assert list_workspaces() == []


def test_closing_after_typing_asks_first(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = make_wizard(qtbot)
    wizard.next()
    qtbot.keyClicks(wizard.business.name, "Half typed")
    asked: list[bool] = []
    monkeypatch.setattr(wizard, "confirm_discard", lambda: asked.append(True) or False)
    wizard.reject()
    assert asked and wizard.isVisible()  # kept: nothing typed is lost
    assert wizard.business.name.text() == "Half typed"


def test_slugs_are_unique_and_never_the_demo() -> None:
    assert unique_slug("Acme Ltd.", set()) == "acme-ltd"
    assert unique_slug("Acme Ltd.", {"acme-ltd"}) == "acme-ltd-2"
    assert unique_slug("Demo", set()) == "demo-2"


def test_the_wizard_runs_only_on_a_fresh_install(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[argparse.Namespace] = []

    def fake_run(parent: object, args: argparse.Namespace) -> argparse.Namespace:
        calls.append(args)
        return args

    monkeypatch.setattr(first_run_wizard, "run_first_run", fake_run)
    window = object()
    parse = cli.build_parser().parse_args
    assert cli.first_run_choice(window, parse(["--demo"])).demo  # type: ignore[arg-type]
    assert calls == []
    cli.first_run_choice(window, parse([]))  # type: ignore[arg-type]
    assert len(calls) == 1
    Database.open_workspace("kept").close()
    args = parse([])
    assert cli.first_run_choice(window, args) is args  # type: ignore[arg-type]
    assert len(calls) == 1


def test_reopened_from_help_it_switches_the_window_to_the_new_workspace(
    qtbot: QtBot, memory_keyring: object
) -> None:
    window = cli.open_main_window(cli.build_parser().parse_args(["--workspace", "first"]))
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    assert window.help_menu.actions()[0] is window.setup_action
    wizard = window.open_first_run_wizard()
    assert isinstance(wizard, FirstRunWizard)
    wizard.next()
    qtbot.keyClicks(wizard.business.name, "Second Shop")
    wizard.next()
    wizard.next()
    wizard.stripe.connect_now.setChecked(True)
    wizard.accept()
    qtbot.waitUntil(lambda: window.ctx.workspace == "second-shop")
    controller = window.ctx.stripe
    assert controller is not None
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    assert window.ctx.db.settings.business_profile().name == "Second Shop"
    controller.dialog.reject()
    window.close()
    window.ctx.db.close()


def test_first_launch_runs_the_wizard_then_opens_the_new_workspace_and_connect_dialog(
    qtbot: QtBot, memory_keyring: object
) -> None:
    """The path of ``cli.run_gui``'s second step on a fresh install, the wizard modal."""
    from PySide6.QtCore import QTimer

    from desktop_invoicer.ui.app import create_shell
    from desktop_invoicer.ui.ui_settings import open_settings

    window = create_shell(open_settings())
    qtbot.addWidget(window)
    window.show()
    seen: list[FirstRunWizard] = []

    def fill_in() -> None:
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, FirstRunWizard)
        seen.append(wizard)
        wizard.next()
        qtbot.keyClicks(wizard.business.name, "Fresh Start Co")
        wizard.next()
        wizard.next()
        assert wizard.stripe.connect_now.isChecked()  # connecting is the suggested choice
        wizard.accept()

    QTimer.singleShot(0, fill_in)
    args = cli.first_run_choice(window, cli.build_parser().parse_args([]))
    assert seen, "the wizard was not shown"
    assert args.workspace == "fresh-start-co" and not args.demo
    assert cli.open_workspace_in(window, args)
    first_run_wizard.after_open(window, args)
    assert window.ctx.workspace == "fresh-start-co"
    assert window.ctx.db.settings.business_profile().name == "Fresh Start Co"
    controller = window.ctx.stripe
    assert controller is not None and controller.dialog is not None
    assert controller.dialog.isVisible()
    shot(window, "first-launch-connect.png")
    controller.dialog.reject()
    window.close()
    window.ctx.db.close()


def test_closing_the_wizard_on_first_launch_opens_the_demo(qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer

    def close() -> None:
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, FirstRunWizard)
        wizard.reject()  # nothing typed: closes without asking

    QTimer.singleShot(0, close)
    args = first_run_wizard.run_first_run(None, cli.build_parser().parse_args([]))
    assert args.demo and not args.workspace
    assert list_workspaces() == []


def test_the_settings_card_reopens_the_wizard_and_about(qtbot: QtBot) -> None:
    from desktop_invoicer.ui.about_dialog import AboutDialog
    from desktop_invoicer.ui.setup_card import SetupCard

    window = cli.open_main_window(cli.build_parser().parse_args(["--workspace", "w"]))
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    from desktop_invoicer.ui.settings_cards import SETTINGS_CARDS

    (spec,) = [spec for spec in SETTINGS_CARDS if spec.key == "setup"]
    card = spec.create(window.ctx)  # alone: the other cards are other features' tests
    assert isinstance(card, SetupCard)
    card.setParent(window)
    wizard = card.open_wizard()
    assert isinstance(wizard, FirstRunWizard) and wizard.isVisible()
    wizard.reject()
    about = card.open_about()
    assert isinstance(about, AboutDialog)
    about.close()
    SHOTS.mkdir(parents=True, exist_ok=True)
    card.adjustSize()  # as the Settings view lays it out (its size hint)
    card.grab().save(str(SHOTS / "settings-setup-card.png"))
    window.close()
    window.ctx.db.close()


def mnemonics(widgets: list[QWidget]) -> list[str]:
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    keys = []
    for widget in widgets:
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue  # a label without a buddy has no shortcut
        text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
        keys += [m.lower() for m in re.findall(r"&([^&\s])", text)]
    return keys


def test_every_field_has_its_own_keyboard_shortcut_on_each_page(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWizard

    wizard = make_wizard(qtbot)
    buttons = [
        wizard.button(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton)
    ] + [wizard.button(QWizard.WizardButton.FinishButton)]
    for page in (wizard.welcome, wizard.business, wizard.invoices, wizard.stripe):
        widgets: list[QWidget] = [
            *page.findChildren(QLabel),
            *page.findChildren(QAbstractButton),
            *buttons,
        ]
        keys = mnemonics(widgets)
        assert len(keys) == len(set(keys)), (page.title(), sorted(keys))
    business = wizard.business
    for field in (business.name, business.email, business.line1, business.country):
        labels = [x for x in business.findChildren(QLabel) if x.buddy() is field]
        assert labels and "&" in labels[0].text()
