"""Settings > Branding: choices re-render the sample invoice live; saving keeps them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_invoicer.storage.database import Database
from desktop_invoicer.ui.branding_settings import BrandingCard, render_preview
from desktop_invoicer.ui.bridge import DatabaseBridge
from desktop_invoicer.ui.context import AppContext
from desktop_invoicer.ui.workers import TaskRunner

SHOTS = Path("/tmp/ui-shots")
# The offscreen platform's own notes when a window is shown (see tests/ui/conftest.py).
pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)$"
)


@pytest.fixture
def ctx(isolated_home: Path, qtbot: QtBot) -> Iterator[AppContext]:
    db = Database.open_workspace("branding")
    owner = QWidget()
    qtbot.addWidget(owner)
    tasks = TaskRunner(parent=owner)
    context = AppContext(db=db, bridge=DatabaseBridge(db.subscribe, parent=owner), tasks=tasks)
    yield context
    tasks.shutdown()
    db.close()


def _logo(path: Path) -> Path:
    image = QImage(200, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#E11D48"))
    image.save(str(path))
    return path


def _pixel_colours(image: QImage, y: int) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(0, image.width(), 4)}


def test_preview_follows_the_template_and_colour(ctx: AppContext, qtbot: QtBot) -> None:
    card = BrandingCard(ctx)
    qtbot.addWidget(card)
    with qtbot.waitSignal(card.preview_ready, timeout=20_000):
        card.show()  # hidden cards do not render
    card.template.setCurrentIndex(card.template.findData("modern"))
    with qtbot.waitSignal(card.preview_ready, timeout=20_000):
        card.accent.setText("#C2410C")
    image = card.preview.pixmap().toImage()
    # The modern template's band, in the chosen accent, near the top of the page.
    band_row = round(image.height() * 0.07)
    assert "#c2410c" in _pixel_colours(image, band_row)
    SHOTS.mkdir(exist_ok=True)
    card.resize(1100, 700)
    card.grab().save(str(SHOTS / "branding-card.png"))


def test_logo_is_copied_into_the_workspace_and_saved(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    card = BrandingCard(ctx)
    qtbot.addWidget(card)
    original = _logo(tmp_path / "Brand Logo.PNG")
    card.ask_logo_path = lambda parent: str(original)
    card.pick_colour = lambda current, parent, title: QColor("#0F766E")
    card.choose_logo()
    card.choose_colour()
    card.font_family.setCurrentIndex(card.font_family.findData("DejaVuSerif"))
    card.terms.setPlainText("Net 30. Late payments accrue 1% per month.")
    assert card.save()
    profile = ctx.db.settings.business_profile()
    stored = Path(profile.logo_path)
    assert stored.parent == Path(ctx.db.path).parent / "branding"
    assert stored.read_bytes() == original.read_bytes()
    assert profile.branding.accent_color == "#0F766E"
    assert profile.branding.font_family == "DejaVuSerif"
    assert profile.branding.terms.startswith("Net 30")
    original.unlink()  # the workspace's copy still renders
    assert not render_preview(profile, "de", "EUR", width=200).isNull()


def test_a_hidden_card_does_not_render(ctx: AppContext, qtbot: QtBot) -> None:
    card = BrandingCard(ctx)
    qtbot.addWidget(card)
    card.accent.setText("#123456")
    qtbot.wait(500)  # past the debounce
    assert card.preview.pixmap().isNull() and card._pending
    ctx.db.close()
    card.show()
    card._render()  # the workspace closed under a shown card: no crash, no task
    assert card.preview.pixmap().isNull()


def test_a_bad_colour_or_image_is_refused_at_the_field(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    card = BrandingCard(ctx)
    qtbot.addWidget(card)
    card.accent.setText("blue")
    assert not card.save()
    label = card.errors.label("accent_color")
    assert label is not None and "#1F4E79" in label.text()
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"not an image")
    card.ask_logo_path = lambda parent: str(broken)
    card.choose_logo()
    logo_error = card.errors.label("logo")
    assert logo_error is not None and "not an image" in logo_error.text()
    assert card.logo_path == ""
