"""The interface in German: every string translated, the catalog compiled, the window in German."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop_invoicer.storage.database import Database
from desktop_invoicer.ui import i18n
from desktop_invoicer.ui.main_window import MainWindow
from desktop_invoicer.ui.settings_view import SettingsView
from desktop_invoicer.ui.ui_settings import open_settings

from .conftest import SHOTS, Answers, open_window

ROOT = Path(__file__).resolve().parents[2]


def _translations_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


def test_every_interface_string_has_a_german_translation() -> None:
    tool = _translations_tool()
    strings = tool.extract()
    assert len(strings) > 300  # the interface, not a sample of it
    missing = tool.untranslated("de")
    assert missing == [], f"{len(missing)} untranslated; run packaging/translations.py update"


def test_compiled_catalog_matches_the_ts_file(qapp: QApplication) -> None:
    tool = _translations_tool()
    done = tool.read_ts(tool.ts_path("de"))
    translator = QTranslator()
    assert translator.load(str(i18n.catalog_path("de")))
    stale = [s for s, t in done.items() if translator.translate(i18n.CONTEXT, s) != t]
    assert stale == [], "run packaging/translations.py compile"


def test_numbered_fields_survive_translation() -> None:
    tool = _translations_tool()
    for source, german in tool.read_ts(tool.ts_path("de")).items():
        fields = sorted(f for f in range(10) if f"{{{f}" in source)
        assert sorted(f for f in range(10) if f"{{{f}" in german) == fields, source


def test_the_window_speaks_german_when_german_is_chosen(
    qtbot: QtBot,
    catalog_db: Database,
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "de")
    try:
        window = open_window(qtbot, catalog_db, answers)
        titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
        assert "Rechnungen" in titles and "Kunden" in titles and "Einstellungen" in titles
        menus = [action.text() for action in window.menuBar().actions()]
        assert "&Datei" in menus and "&Hilfe" in menus
        window.show_view("settings")
        settings = window.findChild(SettingsView)
        assert settings is not None
        labels = {label.text() for label in settings.findChildren(QLabel)}
        assert "Einstellungen" in labels
        assert any("Rechnung" in text for text in labels)
        # Fixed messages from the lower rooms are translated where they are shown.
        assert i18n.tr("Name is required.") != "Name is required."
        window.grab().save(str(SHOTS / "i18n-german-settings.png"))
        window.show_view("invoices")
        window.grab().save(str(SHOTS / "i18n-german-invoices.png"))
        window.close()
    finally:
        i18n.remove_translators()
    assert i18n.tr("Invoices") == "Invoices"


def test_language_card_saves_the_choice_for_the_next_start(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(i18n.LANGUAGE_ENV)
    window.show_view("settings")
    settings = window.findChild(SettingsView)
    assert settings is not None
    card = settings.language  # type: ignore[attr-defined]
    card.language.setCurrentIndex(card.language.findData("de"))
    assert i18n.chosen_language(open_settings()) == "de"
    assert i18n.tr("Invoices") == "Invoices"  # this session stays English until restart
