"""``desktop-invoicer --self-test``: check that this build has everything the app needs.

Written for the bundled app (PyInstaller), where a missing Qt plugin, font, locale
file or entry point shows up only when a person clicks something. Each check prints
one line, ``ok``/``WARN``/``FAIL``, its name and what it found; the exit code is 1
when any check failed. ``WARN`` is for what depends on the computer rather than on
the build (no secure keyring on a headless Linux box), and says why.

Qt runs offscreen unless ``QT_QPA_PLATFORM`` says otherwise, so the test works on a
build machine without a display; the platform plugins actually shipped are listed.
Nothing is written to the user's data folder: the window's settings go to a
temporary folder.

``--startup-probe`` is for ``bench/bundle.py``: the real first start-up step (the
QApplication and the window's shell on screen), then exit at the first turn of the
event loop, printing the time since the process started.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

EXIT_OK = 0
EXIT_FAILED = 1


class SelfTestWarning(Exception):
    """A check that cannot pass on this computer for a reason outside the build."""


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    status: str  # "ok", "WARN" or "FAIL"
    detail: str

    def line(self) -> str:
        return f"{self.status:<4}  {self.name:<14} {self.detail}"


def check_qt_platform() -> str:
    """The QApplication starts on a platform plugin; list the plugins that are shipped."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtGui import QGuiApplication

    from .app import create_application

    app = create_application(sys.argv[:1])
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    shipped = sorted(
        p.name.split(".")[0].removeprefix("lib")
        for p in folder.iterdir()
        if p.suffix in (".so", ".dll", ".dylib")
    )
    if not shipped:
        raise RuntimeError(f"no platform plugins in {folder}")
    name = QGuiApplication.platformName() if app is not None else ""
    return f"{name} (shipped: {', '.join(shipped)})"


# Libraries the Linux bundle must carry itself (packaging/desktop_invoicer.spec keeps
# them): a desktop may lack them, unlike libX11, libGL or fontconfig.
BUNDLED_LIBRARIES = ("libxcb-", "libxkbcommon-x11")


def check_qt_plugins() -> str:
    """Every shipped platform plugin loads (on Linux: xcb and wayland, whichever is used).

    Loading a plugin resolves its shared libraries, so a library the bundle lacks shows
    up here even when the test runs offscreen: a FAIL when the bundle should carry it,
    a WARN when it is the system's (then the message names it).
    """
    import re

    from PySide6.QtCore import QLibraryInfo, QPluginLoader

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    loaded, problems, fatal = [], [], False
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".so", ".dll", ".dylib"):
            continue
        name = path.name.split(".")[0].removeprefix("lib")
        loader = QPluginLoader(str(path))
        if loader.load():
            loaded.append(name)
            continue
        missing = re.findall(r"(lib[\w.+-]+\.so[.\d]*): cannot open", loader.errorString())
        problems.append(f"{name} needs {', '.join(missing) or loader.errorString()}")
        fatal = fatal or any(m.startswith(BUNDLED_LIBRARIES) for m in missing)
    if fatal:
        raise RuntimeError("; ".join(problems) + " (the bundle should carry these)")
    if problems:
        raise SelfTestWarning(f"loaded {', '.join(loaded)}; " + "; ".join(problems))
    return f"loaded {', '.join(loaded)}"


def check_window() -> str:
    """The main window's shell opens and paints (on the platform chosen above)."""
    from PySide6.QtWidgets import QApplication

    from .app import create_shell
    from .ui_settings import open_settings

    with tempfile.TemporaryDirectory(prefix="di-selftest-") as folder:
        window = create_shell(open_settings(Path(folder)))
        window.show()
        QApplication.processEvents()
        image = window.grab().toImage()
        visible = window.isVisible()
        icon = not window.windowIcon().isNull() or not QApplication.windowIcon().isNull()
        window.hide()  # not close(): the shell without a workspace has nothing to save
        window.deleteLater()
        QApplication.processEvents()
    if not visible or image.isNull():
        raise RuntimeError("the window did not open")
    return f"shown, painted {image.width()}x{image.height()}" + ("" if icon else " (no icon)")


def check_qt_addons() -> str:
    """QtCharts and QtPdf (dashboard, PDF preview) load, and QtPdf reads a real PDF."""
    from PySide6.QtCharts import QChart, QLineSeries
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    chart = QChart()
    chart.addSeries(QLineSeries())
    pdf = _demo_pdf()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    pages = document.pageCount()
    document.close()
    if pages < 1:
        raise RuntimeError(f"QtPdf could not read the demo invoice ({document.error()})")
    return f"QtCharts ok, QtPdf read the demo invoice ({pages} page)"


def check_keyring() -> str:
    """A secure keyring is reachable; when it is not, say why (a WARN, not a build fault)."""
    from importlib.metadata import entry_points

    import keyring

    found = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    if not found:
        raise RuntimeError("keyring's backend entry points are missing from this build")
    from ..sync.keys import KeyringUnavailableError, check_secure_backend

    try:
        backend = check_secure_backend()
    except KeyringUnavailableError as exc:
        current = type(keyring.get_keyring()).__name__
        raise SelfTestWarning(f"{current}: {exc}") from None
    return f"{type(backend).__module__}.{type(backend).__name__}"


def check_fonts() -> str:
    """The TTFs the PDF renderer embeds are bundled and load in reportlab."""
    from ..documents.fonts import fonts_for
    from ..documents.paths import resource_path
    from ..documents.template import load_template

    template = load_template()
    fonts = fonts_for(template)
    for name in (template.font, template.font_bold):
        resource_path("fonts", f"{name}.ttf")
    if not fonts.regular_coverage:
        raise RuntimeError(f"{fonts.regular} has no glyphs")
    return f"{fonts.regular}, {fonts.bold} ({len(fonts.regular_coverage)} glyphs)"


def check_sqlite() -> str:
    """SQLite has FTS5 (the invoice search) and is recent enough for STRICT tables."""
    import sqlite3

    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
        connection.execute("INSERT INTO t VALUES ('Northwind invoice')")
        hits = connection.execute("SELECT count(*) FROM t WHERE t MATCH 'northwind'").fetchone()
        connection.execute("CREATE TABLE s (x INTEGER) STRICT")
    finally:
        connection.close()
    if hits[0] != 1:
        raise RuntimeError("FTS5 found nothing")
    return f"SQLite {sqlite3.sqlite_version} with FTS5"


def _demo_pdf() -> bytes:
    from ..documents.pdf import invoice_pdf_bytes
    from ..documents.samples import sample_business, sample_customer, sample_invoice

    return invoice_pdf_bytes(sample_invoice(), sample_customer(), sample_business())


def check_pdf() -> str:
    """A demo invoice renders to PDF with the bundled template and fonts."""
    data = _demo_pdf()
    if not data.startswith(b"%PDF-") or b"DejaVuSans" not in data:
        raise RuntimeError("the demo invoice PDF is not valid or lacks the embedded fonts")
    return f"demo invoice, {len(data):,} bytes"


def check_einvoice() -> str:
    """A Factur-X e-invoice: XML validated against drafthorse's bundled XSDs, embedded
    in the PDF by pypdf (both are data and libraries only this path loads)."""
    from ..documents.einvoice import facturx_pdf
    from ..documents.samples import sample_business, sample_customer, sample_invoice

    data = facturx_pdf(sample_invoice("EUR"), sample_customer("EUR"), sample_business())
    if b"factur-x.xml" not in data:
        raise RuntimeError("the PDF has no embedded factur-x.xml")
    return f"Factur-X PDF, {len(data):,} bytes"


def check_locale_data() -> str:
    """Babel's CLDR data, the holiday calendars and stripe's CA bundle are in the build."""
    from datetime import date
    from decimal import Decimal

    import holidays
    from babel import Locale
    from babel.numbers import format_currency

    from ..domain.locales import LOCALE_CODES
    from ..sync.diagnostics import stripe_ca_bundle

    text = format_currency(Decimal("1234.50"), "EUR", locale="de_DE")
    if "€" not in text:
        raise RuntimeError(f"babel formatted {text!r}")
    for code in sorted(LOCALE_CODES):  # the bundle keeps only these languages' CLDR data
        Locale.parse(code, sep="-")
    days = holidays.country_holidays("US", years=2026)
    if date(2026, 7, 4) not in days:
        raise RuntimeError("the US holiday calendar is empty")
    bundle = stripe_ca_bundle()
    if not bundle.is_file():
        raise RuntimeError(f"stripe's CA bundle is missing ({bundle})")
    return f"babel {text} (+{len(LOCALE_CODES)} invoice locales), holidays, stripe CA bundle"


def check_icu() -> str:
    """Qt's ICU data (trimmed in the bundle to the invoice languages) loads and still
    tailors collation: Swedish sorts "ä" after "z", German beside "a", Chinese by pinyin;
    single-byte codecs such as windows-1252 stay (packaging/icu_trim.py)."""
    from PySide6.QtCore import QCollator, QLocale, QStringDecoder

    cases = (("sv", ["ä", "z"], ["z", "ä"]), ("de", ["z", "ä"], ["ä", "z"]),
             ("zh", ["张", "李"], ["李", "张"]))  # fmt: skip
    wrong = []
    for code, words, expected in cases:
        collator = QCollator(QLocale(code))
        if sorted(words, key=collator.sortKey) != expected:
            wrong.append(code)
    if wrong:
        raise RuntimeError(f"ICU collation data missing for {', '.join(wrong)}")
    if not QStringDecoder("windows-1252").isValid():  # a kept single-byte converter
        raise RuntimeError("ICU's windows-1252 converter is missing")
    return f"collation tailored for {', '.join(code for code, _w, _e in cases)}, windows-1252"


def check_app_modules() -> str:
    """Every module of the app imports: views, cards and dialogs are loaded by name at
    run time (``ui/registry.py``), so a library the bundle lacks shows up only here."""
    import importlib
    import pkgutil

    from .. import __name__ as package
    from .. import __path__ as package_path

    names = [m.name for m in pkgutil.walk_packages(package_path, prefix=f"{package}.")]
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # the point is to list them all
            failed.append(f"{name} ({type(exc).__name__}: {exc})")
    if failed:
        raise RuntimeError(f"{len(failed)} of {len(names)} modules fail: " + "; ".join(failed))
    return f"all {len(names)} modules import"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("qt-platform", check_qt_platform),
    ("qt-plugins", check_qt_plugins),
    ("window", check_window),
    ("keyring", check_keyring),
    ("fonts", check_fonts),
    ("sqlite-fts5", check_sqlite),
    ("pdf", check_pdf),
    ("qt-addons", check_qt_addons),
    ("e-invoice", check_einvoice),
    ("locale-data", check_locale_data),
    ("icu", check_icu),
    ("app-modules", check_app_modules),
)


def run_checks(
    checks: Sequence[tuple[str, Callable[[], str]]] = CHECKS,
    out: Callable[[str], None] = print,
) -> list[CheckResult]:
    """Run every check (one failing does not stop the others), printing a line for each."""
    results = []
    for name, check in checks:
        try:
            result = CheckResult(name, "ok", check())
        except SelfTestWarning as exc:
            result = CheckResult(name, "WARN", str(exc))
        except Exception as exc:  # the point is to report it
            result = CheckResult(name, "FAIL", f"{type(exc).__name__}: {exc}")
        out(result.line())
        results.append(result)
    return results


def main() -> int:
    """The ``--self-test`` command: print the checks and a summary; 1 if any failed."""
    from ..version import app_version

    started = time.perf_counter()
    frozen = "bundled" if getattr(sys, "frozen", False) else "source"
    print(f"Desktop Invoicer {app_version()} self-test ({frozen}, {sys.platform})", flush=True)
    results = run_checks(out=lambda line: print(line, flush=True))
    failed = [r.name for r in results if r.status == "FAIL"]
    elapsed = time.perf_counter() - started
    if failed:
        print(f"FAILED: {', '.join(failed)} ({elapsed:.1f} s)")
        return EXIT_FAILED
    print(f"All {len(results)} checks passed ({elapsed:.1f} s)")
    return EXIT_OK


def startup_probe() -> int:
    """Show the window's shell as a normal start does, then exit on the loop's first turn."""
    from PySide6.QtCore import QTimer

    from .app import create_application, create_shell
    from .ui_settings import open_settings

    app = create_application(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="di-probe-") as folder:
        window = create_shell(open_settings(Path(folder)))
        window.show()

        def first_turn() -> None:
            print(f"STARTUP {time.time()!r}", flush=True)
            app.quit()

        QTimer.singleShot(0, first_turn)
        app.exec()
        window.deleteLater()
    return EXIT_OK
