"""Help → About, the app icon, and the icon files generated from the SVG."""

from __future__ import annotations

import struct
from importlib.metadata import version
from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop_invoicer import cli
from desktop_invoicer.storage.paths import log_dir
from desktop_invoicer.ui.about_dialog import AboutDialog
from desktop_invoicer.ui.app import create_application
from desktop_invoicer.ui.app_icon import app_icon
from desktop_invoicer.version import app_version

from .conftest import SHOTS

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def test_about_shows_the_metadata_version_and_opens_both_folders(
    qtbot: QtBot, isolated_home: Path
) -> None:
    opened: list[Path] = []
    dialog = AboutDialog(opener=lambda folder: opened.append(folder) or True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert app_version() == version("desktop-invoicer")
    assert dialog.version_label.text() == f"Version {app_version()}"
    assert dialog.data_label.text() == str(isolated_home)
    assert dialog.log_label.text() == str(log_dir())
    dialog.open_data_button.click()
    dialog.open_logs_button.click()
    assert opened == [isolated_home, log_dir()]
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "about-dialog.png"))


def test_help_menu_opens_about_and_the_window_has_the_app_icon(qtbot: QtBot) -> None:
    app = create_application()
    assert not app.windowIcon().isNull()
    assert {s.width() for s in app.windowIcon().availableSizes()} >= {16, 32, 256}
    window = cli.open_main_window(cli.build_parser().parse_args(["--workspace", "w"]))
    assert window is not None
    qtbot.addWidget(window)
    assert [a.text() for a in window.help_menu.actions() if a.text()] == [
        "&Set up a workspace…",
        "&About Desktop Invoicer",
    ]
    dialog = window.show_about()
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    dialog.close()
    window.close()
    window.ctx.db.close()


def test_every_png_size_is_rendered_from_the_svg() -> None:
    assert not app_icon().isNull()
    for size in (16, 32, 48, 64, 128, 256, 512, 1024):
        image = QImage(str(ICONS / f"app-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, 0).alpha() == 0  # rounded corners are transparent
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_ico_and_icns_containers_hold_png_entries() -> None:
    ico = (ICONS / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, 7)
    sides = []
    for i in range(count):
        width, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * i
        )
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(ico)
        sides.append(width or 256)
    assert sides == [16, 24, 32, 48, 64, 128, 256]

    icns = (ICONS / "app.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    kinds, pos = [], 8
    while pos < len(icns):
        kind, length = icns[pos : pos + 4], struct.unpack_from(">I", icns, pos + 4)[0]
        assert icns[pos + 8 : pos + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind.decode())
        pos += length
    assert {"icp4", "ic07", "ic08", "ic09", "ic10"} <= set(kinds)
