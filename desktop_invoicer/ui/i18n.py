"""The interface's language, through Qt's translation system (QTranslator and .qm catalogs).

Every user-visible string in ``ui/`` goes through :func:`tr`. ``packaging/translations.py``
extracts those strings into ``resources/i18n/desktop_invoicer_<lang>.ts`` (Qt Linguist's
format, editable in Linguist) and compiles them with ``pyside6-lrelease`` into the ``.qm``
files loaded here. The whole app is one translation context: the same English text means
the same thing in every view, so it is translated once.

Strings with values use numbered fields, ``tr("Saved {0} invoices").format(n)``, so a
translation may put the value where its grammar wants it.

The interface language is a setting of this computer (the window's INI file), not of the
workspace: two people sharing a workspace may read it in different languages. Documents
follow the *customer's* language instead (``documents/``), whatever the interface says.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..documents.paths import resources_root

CONTEXT = "DesktopInvoicer"
LANGUAGE_KEY = "interface/language"
LANGUAGE_ENV = "DESKTOP_INVOICER_LANGUAGE"  # tests and support sessions pin the language
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}  # code: name in itself
SOURCE_LANGUAGE = "en"

_installed: list[QTranslator] = []  # QCoreApplication keeps no reference of its own


def N_(text: str) -> str:
    """Mark a constant for translation where it is defined; ``tr()`` it where it is shown.

    For module-level texts (column headers, menu tables) that exist before any
    translator is installed.
    """
    return text


def tr(text: str) -> str:
    """``text`` in the interface language (the English text when no catalog has it)."""
    return QCoreApplication.translate(CONTEXT, text)


def catalog_dir() -> Path:
    return resources_root() / "i18n"


def catalog_path(language: str) -> Path:
    return catalog_dir() / f"desktop_invoicer_{language}.qm"


def chosen_language(settings: QSettings) -> str:
    """``DESKTOP_INVOICER_LANGUAGE``, else the saved choice, else the system's language
    when we have it, else English."""
    forced = os.environ.get(LANGUAGE_ENV, "")
    if forced in LANGUAGES:
        return forced
    value = settings.value(LANGUAGE_KEY)
    if isinstance(value, str) and value in LANGUAGES:
        return value
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else SOURCE_LANGUAGE


def save_language(settings: QSettings, language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"No interface translation for {language!r}")
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


def install_translator(language: str) -> bool:
    """Load ``language``'s catalogs into the running application; False when there is none.

    Also loads Qt's own catalog (``qtbase_<lang>``) so standard dialogs and buttons
    (Cancel, Yes, No, file dialogs) speak the same language. Call it before the
    window is built: widgets read their texts when they are created.
    """
    app = QCoreApplication.instance()
    if app is None:
        return False
    remove_translators()
    if language == SOURCE_LANGUAGE:
        return True
    ours = QTranslator(app)
    if not ours.load(str(catalog_path(language))):
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return True


def remove_translators() -> None:
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
