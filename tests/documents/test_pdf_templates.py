"""Templates: loading and validating JSON, and every layout variant rendering."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from desktop_invoicer.documents.fonts import FontError
from desktop_invoicer.documents.samples import sample_business, sample_customer, sample_invoice
from desktop_invoicer.documents.template import (
    InvoiceTemplate,
    Margins,
    TemplateError,
    available_templates,
    load_template,
)
from desktop_invoicer.domain.status import InvoiceStatus

from .helpers import Render, money


def test_classic_ships_and_matches_the_defaults() -> None:
    assert "classic" in available_templates()
    assert load_template() == load_template("classic") == InvoiceTemplate()


def test_round_trip_through_json(tmp_path: Path) -> None:
    custom = replace(
        InvoiceTemplate(), name="bold", accent_color="#AA3300", margins=Margins(10, 12, 14, 16)
    )
    path = tmp_path / "bold.json"
    path.write_text(json.dumps(custom.to_dict()), encoding="utf-8")
    assert load_template(path) == custom
    assert load_template(str(path)) == custom


def test_missing_keys_take_the_defaults() -> None:
    template = InvoiceTemplate.from_dict({"name": "mini", "accent_color": "#000000"})
    assert template.font == "DejaVuSans"
    assert template.margins == Margins()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"colour": "#000000"}, "Unknown template settings: colour"),
        ({"accent_color": "blue"}, "accent_color: a colour such as"),
        ({"header_layout": "diagonal"}, "header_layout: one of split, stacked"),
        ({"table_style": "dots"}, "table_style: one of lines, striped, grid"),
        ({"font_size": 40}, "font_size: a number from 6 to 16"),
        ({"font_size": True}, "font_size: a number"),
        ({"show_logo": "yes"}, "show_logo: true or false"),
        ({"margins": {"top": 1}}, "margins.top"),
        ({"margins": {"middle": 10}}, "Unknown margins: middle"),
        ({"margins": 10}, "margins: an object"),
        ({"name": "Not A Name"}, "name: use lower-case"),
        ({"font": "../../etc/passwd"}, "font: a font name"),
    ],
)
def test_invalid_templates_say_what_to_fix(data: dict[str, Any], message: str) -> None:
    with pytest.raises(TemplateError, match=message):
        InvoiceTemplate.from_dict(data)


def test_unreadable_files_and_unknown_names(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(TemplateError, match="not valid JSON"):
        load_template(bad)
    with pytest.raises(TemplateError, match="Cannot read template"):
        load_template(tmp_path / "missing.json")
    with pytest.raises(TemplateError, match=r"There is no template 'fancy'\. Available: classic"):
        load_template("fancy")


def test_a_font_that_does_not_exist_is_a_clear_error(render: Render) -> None:
    template = replace(InvoiceTemplate(), font="NoSuchFont")
    with pytest.raises(FontError, match="NoSuchFont"):
        render(sample_invoice(), sample_customer(), sample_business(), template)


@pytest.mark.parametrize(
    "changes",
    [
        {"header_layout": "stacked"},
        {"table_style": "striped", "table_header_fill": False},
        {"table_style": "grid", "page_size": "LETTER"},
        {"title": "TAX INVOICE", "accent_color": "#7A1F5C", "font_size": 11.0},
    ],
)
def test_every_variant_renders(render: Render, changes: dict[str, Any]) -> None:
    template = replace(InvoiceTemplate(), **changes)
    template.validate()
    invoice = sample_invoice("USD", line_count=40, status=InvoiceStatus.PAID)
    pdf = render(invoice, sample_customer(), sample_business(), template)
    assert template.title in pdf.text
    assert "NW-2025-0042" in pdf.text
    assert f"Total {money(invoice.totals().total)}" in pdf.text
    assert f"Page 2 of {len(pdf.pages)}" in pdf.pages[1]
    width, height = pdf.reader.pages[0].mediabox.width, pdf.reader.pages[0].mediabox.height
    expected = (612, 792) if template.page_size == "LETTER" else (595, 842)
    assert (round(width), round(height)) == expected
