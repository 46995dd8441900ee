"""Words, dates, numbers and money on a document, in the customer's locale.

Labels come from ``resources/labels/labels.json`` (see the README beside it);
dates, numbers, percentages and money are formatted from CLDR data by babel.
Money goes from integer minor units to a ``Decimal`` (never a float) and is
printed with the app's own exponent for the currency (``domain/currency.py``,
Stripe's table), not CLDR's, so JPY has 0 and KWD 3 decimals whatever CLDR says.

No reportlab here: exports and the UI can use it too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date
from babel.numbers import format_currency, format_decimal, format_percent

from ..domain.catalog import Discount, TaxRate
from ..domain.locales import DEFAULT_LOCALE, is_rtl, language_of
from ..domain.money import Money
from .formatting import tax_rate_name
from .paths import resource_path

LABEL_LANGUAGES = ("en", "de", "fr", "ja", "ar")
# CLDR's currency spacing, simplified: a letter symbol never touches a digit (KWD 1.5).
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")


@lru_cache(maxsize=1)
def label_catalog() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(
        resource_path("labels", "labels.json").read_text(encoding="utf-8")
    )
    return data


@lru_cache(maxsize=64)
def _babel_locale(tag: str) -> Locale:
    try:
        return Locale.parse((tag or DEFAULT_LOCALE).replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        try:
            return Locale.parse(language_of(tag))
        except (UnknownLocaleError, ValueError):
            return Locale.parse(DEFAULT_LOCALE)


@lru_cache(maxsize=256)
def _with_exponent(pattern: str, exponent: int) -> str:
    """A CLDR number pattern with exactly ``exponent`` fraction digits."""
    digits = "0" + ("." + "0" * exponent if exponent else "")
    return re.sub(r"[#,]*0(?:\.[0#]+)?", lambda m: m.group(0).split(".")[0][:-1] + digits, pattern)


@dataclass(frozen=True)
class DocumentLocale:
    """Formatting and labels for one locale (a BCP 47 tag such as ``de`` or ``fr-CA``)."""

    tag: str = DEFAULT_LOCALE

    @property
    def locale(self) -> Locale:
        return _babel_locale(self.tag)

    @property
    def language(self) -> str:
        return language_of(self.tag)

    @property
    def rtl(self) -> bool:
        return is_rtl(self.tag)

    def label(self, key: str, **values: Any) -> str:
        catalog = label_catalog()
        text = catalog.get(self.language, {}).get(key) or catalog["en"][key]
        return text.format(**values) if values else text

    def date(self, value: date, style: str = "long") -> str:
        if style == "iso":
            return value.isoformat()
        return str(babel_format_date(value, style, locale=self.locale))

    def number(self, value: int | Decimal) -> str:
        return str(format_decimal(value, locale=self.locale))

    def percent(self, value: Decimal) -> str:
        """``8.875`` → ``8.875%`` / ``8,875 %``: the percentage as given, all its digits."""
        text = format(value.normalize(), "f")
        decimals = len(text.split(".")[1]) if "." in text else 0
        pattern = str(self.locale.percent_formats[None].pattern)
        return str(
            format_percent(
                value / 100,
                format=_with_exponent(pattern, decimals),
                locale=self.locale,
                decimal_quantization=False,
            )
        )

    def amount(self, money: Money) -> str:
        """The number alone, with the currency's decimals: ``1.234,50``."""
        pattern = _with_exponent(
            str(self.locale.decimal_formats[None].pattern), money.currency.exponent
        )
        return str(format_decimal(money.to_decimal(), format=pattern, locale=self.locale))

    def money(self, money: Money) -> str:
        """The amount with its currency as this locale writes it: ``1.234,50 €``, ``¥1,235``."""
        pattern = _with_exponent(
            str(self.locale.currency_formats["standard"].pattern), money.currency.exponent
        )
        text = format_currency(
            money.to_decimal(),
            money.currency.code,
            format=pattern,
            locale=self.locale,
            currency_digits=False,
        )
        return _LETTER_DIGIT.sub("\u00a0", str(text))


def document_locale(tag: str | None) -> DocumentLocale:
    return DocumentLocale(tag or DEFAULT_LOCALE)


def tax_short(loc: DocumentLocale, rate: TaxRate) -> str:
    """For a line's tax column: ``VAT 20%``, ``MwSt. 19 % inkl.``."""
    text = f"{tax_rate_name(rate)} {loc.percent(rate.percentage)}"
    return f"{text} {loc.label('inclusive')}" if rate.inclusive else text


def tax_total(loc: DocumentLocale, rate: TaxRate, taxable: Money) -> str:
    """For the totals: ``Sales tax – NY (8.875% on 1,000.00)``, ``Includes VAT (…)``."""
    text = loc.label(
        "tax_on",
        name=tax_rate_name(rate),
        rate=loc.percent(rate.percentage),
        base=loc.amount(taxable),
    )
    return loc.label("includes", name=text) if rate.inclusive else text


def discount_text(loc: DocumentLocale, discounts: Sequence[Discount]) -> str:
    """``Discount (Spring sale, 10% off)``; several discounts are listed in order."""
    parts = []
    for d in discounts:
        if d.percent_off is not None:
            value = loc.percent(d.percent_off)
        else:
            assert d.amount_off is not None
            value = loc.money(d.amount_off)
        off = loc.label("off", value=value)
        name = d.name.strip()
        parts.append(f"{name}, {off}" if name else off)
    title = loc.label("discount")
    return f"{title} ({'; '.join(parts)})" if parts else title
