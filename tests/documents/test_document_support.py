"""Resources, fonts, formatting and the import-time promise (no reportlab on app start)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_invoicer.documents import paths
from desktop_invoicer.documents.formatting import (
    MINUS,
    amount_text,
    discount_label,
    format_date,
    format_percentage,
    money_text,
    tax_rate_short,
    tax_total_label,
)
from desktop_invoicer.documents.paths import ResourceNotFoundError, resource_path
from desktop_invoicer.domain.catalog import Discount, TaxRate
from desktop_invoicer.domain.money import Money


def test_resources_are_found_relative_to_the_package() -> None:
    assert resource_path("fonts", "DejaVuSans.ttf").stat().st_size > 100_000
    assert resource_path("fonts", "DejaVuSans-Bold.ttf").is_file()
    assert "Bitstream" in resource_path("fonts", "LICENSE").read_text(encoding="utf-8")
    assert resource_path("templates", "classic.json").is_file()


def test_missing_resource_names_the_file() -> None:
    with pytest.raises(ResourceNotFoundError, match=r"fonts/Nope\.ttf"):
        resource_path("fonts", "Nope.ttf")


def test_resources_folder_can_be_overridden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "X.ttf").write_bytes(b"x")
    monkeypatch.setenv(paths.ENV_VAR, str(tmp_path))
    assert resource_path("fonts", "X.ttf") == tmp_path / "fonts" / "X.ttf"


def test_importing_the_app_and_templates_does_not_import_reportlab() -> None:
    code = (
        "import sys\n"
        "import desktop_invoicer, desktop_invoicer.documents\n"
        "import desktop_invoicer.documents.template, desktop_invoicer.documents.formatting\n"
        "from desktop_invoicer.documents.template import load_template, available_templates\n"
        "load_template(); available_templates()\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] == 'reportlab']\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@pytest.mark.parametrize(
    ("value", "text"),
    [("8.8750", "8.875"), ("20.00", "20"), ("100", "100"), ("0.0001", "0.0001"), ("5", "5")],
)
def test_percentages_without_exponents(value: str, text: str) -> None:
    assert format_percentage(Decimal(value)) == text


def test_dates() -> None:
    assert format_date(date(2025, 3, 1)) == "1 Mar 2025"
    assert format_date(date(2025, 12, 31), "iso") == "2025-12-31"


def test_money_text_uses_the_domain_formatting() -> None:
    assert money_text(Money.of(123456, "USD")) == "USD 1,234.56"
    assert money_text(Money.of(123456, "JPY")) == "JPY 123,456"
    assert money_text(Money.of(1234560, "KWD")) == "KWD 1,234.560"
    assert money_text(Money.of(-500, "EUR")) == f"{MINUS}EUR 5.00"
    assert amount_text(Money.of(-500, "EUR")) == f"{MINUS}5.00"
    assert amount_text(Money.of(0, "EUR")) == "0.00"


def test_tax_and_discount_labels() -> None:
    ny = TaxRate("t", "Sales tax", Decimal("8.8750"), False, jurisdiction="NY")
    vat = TaxRate("v", "VAT", Decimal("20"), True)
    assert tax_rate_short(ny) == "Sales tax – NY 8.875%"
    assert tax_rate_short(vat) == "VAT 20% incl."
    assert tax_total_label(ny, Money.of(100000, "USD")) == "Sales tax – NY (8.875% on 1,000.00)"
    assert tax_total_label(vat, Money.of(10000, "GBP")) == "Includes VAT (20% on 100.00)"
    both = [
        Discount("a", "Spring", percent_off=Decimal("12.5")),
        Discount("b", "", amount_off=Money.of(500, "USD")),
    ]
    assert discount_label(both) == "Discount (Spring, 12.5% off; USD 5.00 off)"
