"""Invoice templates: every styling decision of the PDF renderer, as data.

A template is a JSON file in ``resources/templates/`` (``classic.json`` ships with
the app) or anywhere on disk. The renderer reads colours, fonts, margins and layout
variants from an :class:`InvoiceTemplate` only, so a new look is a new JSON file.

This module does not import reportlab: the UI can list and validate templates
without paying for it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, cast, get_args

from ..domain.branding import Branding
from .paths import ResourceNotFoundError, resource_path, resources_root

HeaderLayout = Literal["split", "stacked", "band"]
TableStyleName = Literal["lines", "striped", "grid"]
PageSize = Literal["A4", "LETTER"]
DateStyle = Literal["long", "medium", "short", "iso"]
PartiesLayout = Literal["split", "columns"]
TotalsStyle = Literal["rules", "box"]
NotesLayout = Literal["stacked", "columns"]
Align = Literal["left", "center"]
Column = Literal["description", "quantity", "unit_price", "tax", "amount"]
ALL_COLUMNS: tuple[str, ...] = get_args(Column)

_HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_FONT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_TEMPLATE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
DEFAULT_TEMPLATE = "classic"


class TemplateError(ValueError):
    """Raised for a template file that cannot be used, saying what to fix."""


@dataclass(frozen=True, slots=True)
class Margins:
    """Page margins in millimetres."""

    top: float = 18.0
    right: float = 18.0
    bottom: float = 20.0
    left: float = 18.0


@dataclass(frozen=True, slots=True)
class InvoiceTemplate:
    """How an invoice looks. Fonts are names of TTF files in ``resources/fonts/``
    (without ``.ttf``) or of reportlab's built-in CID fonts for the CJK fallbacks."""

    name: str = DEFAULT_TEMPLATE
    title: str = "INVOICE"
    page_size: PageSize = "A4"
    margins: Margins = field(default_factory=Margins)
    font: str = "DejaVuSans"
    font_bold: str = "DejaVuSans-Bold"
    # Used for runs of characters the main font lacks (DejaVu has no CJK glyphs).
    cjk_font: str = "IPAGothic"  # embedded; "HeiseiKakuGo-W5" (CID, not embedded) also works
    hangul_font: str = "HYGothic-Medium"
    font_size: float = 9.0
    accent_color: str = "#1F4E79"
    text_color: str = "#1F2933"
    muted_color: str = "#6B7280"
    rule_color: str = "#D5DAE1"
    stripe_color: str = "#F3F5F8"
    show_logo: bool = True
    logo_max_width_mm: float = 45.0
    logo_max_height_mm: float = 18.0
    header_layout: HeaderLayout = "split"
    table_style: TableStyleName = "lines"
    table_header_fill: bool = True
    date_style: DateStyle = "long"
    # --- layout variants (see resources/templates/README.md) ---
    # Characters the main font lacks that are not CJK/Hangul (e.g. Arabic under a serif).
    fallback_font: str = "DejaVuSans"
    band_color: str = ""  # the "band" header's fill; empty = accent_color
    band_text_color: str = "#FFFFFF"
    title_scale: float = 2.4
    columns: tuple[str, ...] = ALL_COLUMNS  # order of the line-item columns; tax hides if unused
    cell_padding: float = 4.0
    parties_layout: PartiesLayout = "split"
    show_amount_due_box: bool = True
    totals_style: TotalsStyle = "rules"
    totals_scale: float = 1.15
    notes_layout: NotesLayout = "stacked"
    footer_align: Align = "center"
    uppercase_labels: bool = True
    section_gap_mm: float = 8.0

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> InvoiceTemplate:
        """Build and validate a template from parsed JSON; missing keys take the defaults."""
        if not isinstance(data, dict):
            raise TemplateError("A template is a JSON object.")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise TemplateError(f"Unknown template settings: {', '.join(unknown)}.")
        values = dict(data)
        if "margins" in values:
            values["margins"] = _margins(values["margins"])
        if "columns" in values:
            columns = values["columns"]
            if not isinstance(columns, list | tuple) or not all(
                isinstance(c, str) for c in columns
            ):
                raise TemplateError(f"columns: a list of {', '.join(ALL_COLUMNS)}.")
            values["columns"] = tuple(columns)
        template = cls(**values)
        template.validate()
        return template

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Margins):
                value = {m.name: getattr(value, m.name) for m in fields(value)}
            elif isinstance(value, tuple):
                value = list(value)
            result[f.name] = value
        return result

    def validate(self) -> None:
        problems: list[str] = []
        if not isinstance(self.name, str) or not _TEMPLATE_NAME.match(self.name):
            problems.append("name: use lower-case letters, digits, '-' or '_'")
        if not isinstance(self.title, str) or not (0 < len(self.title) <= 40):
            problems.append("title: 1 to 40 characters")
        for key, allowed in (
            ("page_size", PageSize),
            ("header_layout", HeaderLayout),
            ("table_style", TableStyleName),
            ("date_style", DateStyle),
            ("parties_layout", PartiesLayout),
            ("totals_style", TotalsStyle),
            ("notes_layout", NotesLayout),
            ("footer_align", Align),
        ):
            choices = get_args(allowed)
            if getattr(self, key) not in choices:
                problems.append(f"{key}: one of {', '.join(choices)}")
        for key in ("font", "font_bold", "cjk_font", "hangul_font", "fallback_font"):
            value = getattr(self, key)
            if not isinstance(value, str) or not _FONT_NAME.match(value):
                problems.append(f"{key}: a font name such as DejaVuSans")
        for key in (
            "accent_color",
            "text_color",
            "muted_color",
            "rule_color",
            "stripe_color",
            "band_color",
            "band_text_color",
        ):
            value = getattr(self, key)
            if key == "band_color" and value == "":
                continue
            if not isinstance(value, str) or not _HEX_COLOUR.match(value):
                problems.append(f"{key}: a colour such as #1F4E79")
        for key, low, high in (
            ("font_size", 6, 16),
            ("logo_max_width_mm", 5, 120),
            ("logo_max_height_mm", 5, 60),
            ("title_scale", 1, 4),
            ("cell_padding", 1, 10),
            ("totals_scale", 1, 2.5),
            ("section_gap_mm", 2, 20),
        ):
            if not _number_between(getattr(self, key), low, high):
                problems.append(f"{key}: a number from {low} to {high}")
        cols = self.columns
        if (
            not isinstance(cols, tuple)
            or any(c not in ALL_COLUMNS for c in cols)
            or len(set(cols)) != len(cols)
            or "description" not in cols
            or "amount" not in cols
        ):
            problems.append(
                f"columns: distinct names among {', '.join(ALL_COLUMNS)}, "
                "with description and amount"
            )
        for key in ("show_logo", "table_header_fill", "show_amount_due_box", "uppercase_labels"):
            if not isinstance(getattr(self, key), bool):
                problems.append(f"{key}: true or false")
        for m in fields(self.margins):
            if not _number_between(getattr(self.margins, m.name), 5, 60):
                problems.append(f"margins.{m.name}: a number of millimetres from 5 to 60")
        if problems:
            raise TemplateError(
                f"Template '{self.name}' is not valid: " + "; ".join(problems) + "."
            )


def _number_between(value: object, low: float, high: float) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and low <= value <= high


def _margins(value: object) -> Margins:
    if not isinstance(value, dict):
        raise TemplateError("margins: an object with top, right, bottom and left in millimetres.")
    data = cast(dict[str, Any], value)
    unknown = sorted(set(data) - {"top", "right", "bottom", "left"})
    if unknown:
        raise TemplateError(f"Unknown margins: {', '.join(unknown)}.")
    return Margins(**data)


def load_template_file(path: Path) -> InvoiceTemplate:
    """Read and validate a template JSON file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TemplateError(f"Cannot read template {path}: {exc.strerror or exc}.") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise TemplateError(f"Template {path} is not valid JSON: {exc}.") from None
    try:
        return InvoiceTemplate.from_dict(data)
    except TypeError as exc:  # a wrongly typed nested value reaching a constructor
        raise TemplateError(f"Template {path} is not valid: {exc}.") from None


@lru_cache(maxsize=16)
def _load_builtin(name: str) -> InvoiceTemplate:
    return load_template_file(resource_path("templates", f"{name}.json"))


def load_template(name_or_path: str | Path = DEFAULT_TEMPLATE) -> InvoiceTemplate:
    """A bundled template by name (``"classic"``) or a template file by path."""
    if isinstance(name_or_path, Path) or str(name_or_path).endswith(".json"):
        return load_template_file(Path(name_or_path))
    if not _TEMPLATE_NAME.match(name_or_path):
        raise TemplateError(f"'{name_or_path}' is not a template name.")
    try:
        return _load_builtin(name_or_path)
    except ResourceNotFoundError:
        available = ", ".join(available_templates())
        raise TemplateError(
            f"There is no template '{name_or_path}'. Available: {available}."
        ) from None


def available_templates() -> list[str]:
    """Names of the bundled templates."""
    folder = resources_root() / "templates"
    return sorted(p.stem for p in folder.glob("*.json"))


# Font families a person can choose in Settings > Branding: (regular, bold) TTF files in
# resources/fonts/, embedded in every PDF. All cover Latin, Greek and Cyrillic; the Sans
# families also Arabic and Hebrew; other characters use the template's fallback fonts.
FAMILY_FILES: dict[str, tuple[str, str]] = {
    "DejaVuSans": ("DejaVuSans", "DejaVuSans-Bold"),
    "DejaVuSansCondensed": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
    "DejaVuSerif": ("DejaVuSerif", "DejaVuSerif-Bold"),
}


def branded(template: InvoiceTemplate, branding: Branding) -> InvoiceTemplate:
    """``template`` with the business's accent colour and font family, where set."""
    changes: dict[str, Any] = {}
    if branding.accent_color and _HEX_COLOUR.match(branding.accent_color):
        changes["accent_color"] = branding.accent_color.upper()
        if template.band_color:
            changes["band_color"] = branding.accent_color.upper()
    family = FAMILY_FILES.get(branding.font_family)
    if family is not None:
        changes["font"], changes["font_bold"] = family
    return replace(template, **changes) if changes else template


def template_for(branding: Branding) -> InvoiceTemplate:
    """The business's chosen template (classic when unset or gone), with its brand applied."""
    name = branding.template or DEFAULT_TEMPLATE
    try:
        base = load_template(name)
    except TemplateError:
        base = load_template(DEFAULT_TEMPLATE)
    return branded(base, branding)
