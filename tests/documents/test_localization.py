"""The label catalog and CLDR formatting of documents (babel)."""

from __future__ import annotations

import string
from datetime import date
from decimal import Decimal

import pytest

from desktop_invoicer.documents.localization import (
    LABEL_LANGUAGES,
    DocumentLocale,
    label_catalog,
)
from desktop_invoicer.domain.locales import is_rtl, normalize_locale
from desktop_invoicer.domain.money import Money


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_language_has_every_label_with_the_same_placeholders() -> None:
    catalog = label_catalog()
    assert set(LABEL_LANGUAGES) <= set(catalog)
    english = catalog["en"]
    for language in LABEL_LANGUAGES:
        assert set(catalog[language]) == set(english), language
        for key, text in english.items():
            assert _fields(catalog[language][key]) == _fields(text), (language, key)


@pytest.mark.parametrize(
    ("locale", "minor", "code", "expected"),
    [
        ("en", 123456, "USD", "$1,234.56"),
        ("de", 123456, "EUR", "1.234,56\u00a0€"),
        ("fr", 123456, "EUR", "1\u202f234,56\u00a0€"),
        ("ja", 123456, "JPY", "￥123,456"),
        ("de", 1234560, "KWD", "1.234,560\u00a0KWD"),
        ("en", 1234560, "KWD", "KWD\u00a01,234.560"),
        ("en", -500, "USD", "-$5.00"),
        ("ar", 1234560, "KWD", "\u200f1,234.560\u00a0د.ك.\u200f"),
    ],
)
def test_money_in_the_customers_locale(locale: str, minor: int, code: str, expected: str) -> None:
    assert DocumentLocale(locale).money(Money.of(minor, code)) == expected


def test_dates_numbers_and_percentages() -> None:
    day = date(2025, 3, 31)
    assert DocumentLocale("en").date(day) == "March 31, 2025"
    assert DocumentLocale("de").date(day) == "31. März 2025"
    assert DocumentLocale("fr").date(day) == "31 mars 2025"
    assert DocumentLocale("ja").date(day) == "2025年3月31日"
    assert DocumentLocale("de").date(day, "iso") == "2025-03-31"
    assert DocumentLocale("de").percent(Decimal("8.875")) == "8,875\u00a0%"
    assert DocumentLocale("en").percent(Decimal("20.00")) == "20%"
    assert DocumentLocale("de").number(1234567) == "1.234.567"


def test_unknown_locales_fall_back() -> None:
    assert DocumentLocale("xx-YY").money(Money.of(100, "USD")) == "$1.00"
    assert DocumentLocale("pt-BR").label("total") == "Total"  # no Portuguese labels yet
    assert DocumentLocale("de-AT").label("total") == "Gesamtbetrag"
    assert normalize_locale("de_AT") == "de"
    assert normalize_locale("fr-ca") == "fr-CA"
    assert normalize_locale("") == "en"
    assert is_rtl("ar") and is_rtl("he-IL") and not is_rtl("fr")
