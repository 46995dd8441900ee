"""Number formats as values (domain/numbering.py)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_invoicer.domain.numbering import NumberFormat

MARCH = date(2025, 3, 9)


def test_default_format_and_scope() -> None:
    fmt = NumberFormat()
    assert fmt.pattern == "INV-{YYYY}-{seq:04}"
    assert fmt.format(MARCH, 42) == "INV-2025-0042"
    assert fmt.format(MARCH, 123456) == "INV-2025-123456"  # grows past the padding
    assert fmt.scope(MARCH) == "INV-2025-{seq}"
    assert fmt.sequence_of("INV-2025-0042", "INV-2025-{seq}") == 42
    assert fmt.sequence_of("INV-2024-0042", "INV-2025-{seq}") is None
    assert fmt.scopes_of("INV-2024-0007") == ("INV-2024-{seq}", 7)
    assert fmt.scopes_of("ACME-0001") is None


def test_month_and_short_year_tokens() -> None:
    fmt = NumberFormat("{YY}{MM}/{seq:03}")
    assert fmt.format(MARCH, 5) == "2503/005"
    assert fmt.scopes_of("2503/005") == ("2503/{seq}", 5)
    assert fmt.scopes_of("2513/005") is None  # no 13th month


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("INV-{YYYY}", "Put {seq}"),
        ("{seq}-{seq}", "Put {seq}"),
        ("INV-{DD}-{seq}", "Use only"),
        ("INV {seq}", "Use letters"),
        ("A-VERY-LONG-PREFIX-{YYYY}-{seq:06}", "fit in 26"),
    ],
)
def test_bad_formats_say_what_to_fix(pattern: str, message: str) -> None:
    errors = NumberFormat(pattern).errors()
    assert errors and message in errors[0].message
