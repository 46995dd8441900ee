"""Settings > Branding: template, accent colour, font, logo and terms, with a live preview.

Every change re-renders a sample invoice (the business's saved details, the chosen
look, a sample customer in the chosen language and currency) on a worker, 300 ms
after the last keystroke; the worker also turns page 1 into an image with QtPdf, so
the UI thread only swaps a pixmap. A result older than the newest request is dropped.

The logo is copied into the workspace folder (``branding/logo.<ext>``), so the
workspace keeps working when the original file moves, and travels with a backup.
Payment instructions and the footer are edited in the Business section above; the
preview follows them once saved.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.branding import FONT_FAMILIES, HEX_COLOUR, Branding
from ..domain.business import BusinessProfile
from ..domain.validation import FieldError, ValidationError
from .form_dialog import section_title
from .forms import FieldErrors, form_layout, plain_text
from .i18n import N_, tr
from .settings_card import SettingsCard, muted_label
from .workers import Task

if TYPE_CHECKING:
    from .context import AppContext

log = logging.getLogger(__name__)

FONT_NAMES = {
    "": N_("The template's font"),
    "DejaVuSans": "DejaVu Sans",
    "DejaVuSansCondensed": "DejaVu Sans Condensed",
    "DejaVuSerif": "DejaVu Serif",
}
PREVIEW_LANGUAGES = (
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("ja", "日本語"),
    ("ar", "العربية"),
)
PREVIEW_CURRENCIES = ("USD", "EUR", "JPY", "KWD")
PREVIEW_WIDTH = 420  # pixels of page 1 in the card
LOGO_TYPES = N_("Images (*.png *.jpg *.jpeg *.gif)")
# The bundled templates' names (resources/templates/*.json), marked for the catalog.
_TEMPLATE_NAMES = (N_("Classic"), N_("Compact"), N_("Modern"))


def render_preview(
    business: BusinessProfile, locale: str, code: str, width: int = PREVIEW_WIDTH
) -> QImage:
    """A sample invoice with ``business``'s brand, page 1 as an image (runs on a worker)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    from ..documents.pdf import invoice_pdf_bytes
    from ..documents.samples import sample_customer, sample_invoice

    names = {"ja": "株式会社サンプル 東京支店", "ar": "شركة الخليج للتجارة"}
    customer = sample_customer(code, locale=locale)
    if locale in names:
        customer = replace(customer, name=names[locale])
    data = invoice_pdf_bytes(sample_invoice(code, line_count=4), customer, business)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() is not QPdfDocument.Status.Ready:
        raise RuntimeError(
            tr("The preview PDF could not be read ({0}).").format(document.error().name)
        )
    page = document.pagePointSize(0)
    height = round(width * page.height() / page.width())
    image = document.render(0, QSize(width, height))
    document.close()
    return image


def store_logo(source: Path, workspace_folder: Path) -> Path:
    """Copy the logo into the workspace (``branding/logo.png``); the copy's path."""
    if QImage(str(source)).isNull():
        raise ValueError(
            tr("{0} is not an image this app can read (use PNG or JPEG).").format(source.name)
        )
    folder = workspace_folder / "branding"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"logo{source.suffix.lower()}"
    for old in folder.glob("logo.*"):
        if old != target:
            old.unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


class BrandingCard(SettingsCard):
    """The look of every invoice PDF, with a live preview of a sample invoice."""

    preview_ready = Signal()  # a new preview image is shown (tests wait on it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_width=None)
        from ..documents.template import available_templates

        self.ctx = ctx
        self.errors = FieldErrors()
        # Injectable for tests: the questions this card asks.
        self.pick_colour: Any = QColorDialog.getColor
        self.ask_logo_path: Any = lambda parent: QFileDialog.getOpenFileName(
            parent, tr("Choose a logo"), str(Path.home()), tr(LOGO_TYPES)
        )[0]

        self.template = QComboBox()
        for name in available_templates():
            self.template.addItem(tr(name.capitalize()), name)
        self.accent = QLineEdit()
        self.accent.setPlaceholderText(tr("#1F4E79 (empty: the template's colour)"))
        self.accent.setMaxLength(7)
        self.swatch = QPushButton(tr("Choose…"))
        self.swatch.setToolTip(tr("Pick the accent colour"))
        self.font_family = QComboBox()
        for family in ("", *FONT_FAMILIES):
            self.font_family.addItem(tr(FONT_NAMES.get(family, family)), family)
        self.logo_label = QLabel(tr("No logo"))
        self.logo_label.setObjectName("muted")
        self.logo_button = QPushButton(tr("Choose logo…"))
        self.logo_remove = QPushButton(tr("Remove"))
        self.terms = plain_text(height=64)
        self.terms.setPlaceholderText(
            tr("Terms and conditions printed on every invoice (optional)")
        )
        self.preview_language = QComboBox()
        for code, name in PREVIEW_LANGUAGES:
            self.preview_language.addItem(name, code)
        self.preview_currency = QComboBox()
        self.preview_currency.addItems(PREVIEW_CURRENCIES)
        self.preview = QLabel(tr("Rendering the preview…"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH, round(PREVIEW_WIDTH * 1.414))
        self.preview.setObjectName("pdfPreview")
        self.preview.setAccessibleName(tr("Invoice preview"))
        self.save_button = QPushButton(tr("Save branding"))
        self.save_button.setDefault(True)
        self.saved = muted_label()

        form = form_layout()
        form.addRow(section_title(tr("Branding")))
        self.errors.add_row(form, tr("Template"), "template", self.template)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.accent, 1)
        colour_row.addWidget(self.swatch)
        self.errors.add_row(form, tr("Accent colour"), "accent_color", _wrap(colour_row))
        self.errors.add_row(form, tr("Font"), "font_family", self.font_family)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_remove)
        self.errors.add_row(form, tr("Logo"), "logo", _wrap(logo_row))
        self.errors.add_row(form, tr("Terms"), "terms", self.terms)
        sample_row = QHBoxLayout()
        sample_row.addWidget(self.preview_language)
        sample_row.addWidget(self.preview_currency)
        sample_row.addStretch(1)
        form.addRow(tr("Preview in"), _wrap(sample_row))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved, 1)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.errors.general)
        left.addLayout(buttons)
        left.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addLayout(left, 1)
        outer.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)

        self.logo_path = ""
        self._generation = 0
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self._render)
        self.load()

        for combo in (self.template, self.font_family, self.preview_language):
            combo.currentIndexChanged.connect(self.schedule_preview)
        self.preview_currency.currentIndexChanged.connect(self.schedule_preview)
        self.accent.textChanged.connect(self.schedule_preview)
        self.terms.textChanged.connect(self.schedule_preview)
        self.swatch.clicked.connect(self.choose_colour)
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_remove.clicked.connect(self.remove_logo)
        self.save_button.clicked.connect(self.save)
        ctx.bridge.changed.connect(self._on_changed)

    # --- state ---
    def load(self) -> None:
        profile = self.ctx.db.settings.business_profile()
        b = profile.branding
        index = self.template.findData(b.template or "classic")
        self.template.setCurrentIndex(max(index, 0))
        self.accent.setText(b.accent_color)
        self.font_family.setCurrentIndex(max(self.font_family.findData(b.font_family), 0))
        self.terms.setPlainText(b.terms)
        self._set_logo(profile.logo_path)
        self.schedule_preview()

    def collect(self) -> Branding:
        branding = Branding(
            template=str(self.template.currentData() or ""),
            accent_color=self.accent.text().strip().upper(),
            font_family=str(self.font_family.currentData() or ""),
            terms=self.terms.toPlainText().strip(),
        )
        branding.validate()
        return branding

    def _profile(self) -> BusinessProfile:
        """The saved profile with this card's (valid) choices: what the preview shows."""
        profile = self.ctx.db.settings.business_profile()
        try:
            branding = self.collect()
        except ValidationError:
            accent = self.accent.text().strip()
            branding = replace(
                profile.branding,
                template=str(self.template.currentData() or ""),
                accent_color=accent.upper() if HEX_COLOUR.match(accent) else "",
                font_family=str(self.font_family.currentData() or ""),
                terms=self.terms.toPlainText().strip()[:2000],
            )
        return replace(profile, logo_path=self.logo_path, branding=branding)

    def _set_logo(self, path: str) -> None:
        self.logo_path = path
        self.logo_label.setText(Path(path).name if path else tr("No logo"))
        self.logo_remove.setEnabled(bool(path))

    # --- actions ---
    def choose_colour(self) -> None:
        current = QColor(self.accent.text().strip() or "#1F4E79")
        colour = self.pick_colour(current, self, tr("Accent colour"))
        if colour is not None and colour.isValid():
            self.accent.setText(colour.name().upper())

    def choose_logo(self) -> None:
        chosen = self.ask_logo_path(self)
        if not chosen:
            return
        self.errors.clear()
        try:
            stored = store_logo(Path(chosen), Path(self.ctx.db.path).parent)
        except (OSError, ValueError) as exc:
            self.errors.show(ValidationError([FieldError("logo", str(exc))]))
            return
        self._set_logo(str(stored))
        self.schedule_preview()

    def remove_logo(self) -> None:
        self._set_logo("")
        self.schedule_preview()

    def save(self) -> bool:
        self.errors.clear()
        self.saved.clear()
        try:
            branding = self.collect()
            profile = self.ctx.db.settings.business_profile()
            self.ctx.db.settings.save_business_profile(
                replace(profile, logo_path=self.logo_path, branding=branding)
            )
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        except Exception as exc:  # keep every field as chosen
            log.exception("Saving the branding failed")
            self.errors.general.setText(tr("Could not save: {0}").format(exc))
            self.errors.general.show()
            return False
        self.saved.setText(tr("Saved."))
        self.status_message.emit(tr("Branding saved: new PDFs use it."))
        return True

    # --- preview ---
    def schedule_preview(self) -> None:
        self._timer.start()

    def _on_changed(self, table: str) -> None:
        if table == "settings":
            self.schedule_preview()  # business details saved above: show them

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        super().showEvent(event)
        if self._pending:
            self.schedule_preview()

    def _render(self) -> None:
        if not self.isVisible():  # rendered when shown: Settings builds every card at once
            self._pending = True
            return
        self._pending = False
        self._generation += 1
        generation = self._generation
        try:
            profile = self._profile()
        except Exception as exc:  # the workspace closed under the card
            log.warning("No branding preview: %s", exc)
            return
        task = Task(
            "Invoice preview",
            render_preview,
            profile,
            str(self.preview_language.currentData()),
            self.preview_currency.currentText(),
        )
        task.signals.finished.connect(lambda image: self._show(generation, image))
        task.signals.failed.connect(lambda message: self._failed(generation, message))
        self.ctx.tasks.start(task, announce=False)

    def _show(self, generation: int, image: QImage) -> None:
        if generation != self._generation:
            return  # a newer change is rendering
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.preview_ready.emit()

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.preview.setText(tr("No preview: {0}").format(message))


def _wrap(layout: QHBoxLayout) -> QWidget:
    layout.setContentsMargins(0, 0, 0, 0)
    widget = QWidget()
    widget.setLayout(layout)
    return widget
