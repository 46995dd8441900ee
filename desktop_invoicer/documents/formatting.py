"""Text for documents: dates, percentages, tax and discount labels.

Locale-neutral and free of reportlab, so exports (CSV, accounting formats) and the
UI can reuse it. Amounts are formatted only by the domain's ``Money`` methods.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from ..domain.catalog import Discount, TaxRate
from ..domain.money import Money

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

MINUS = "\u2212"  # the typographic minus sign, as wide as a digit in DejaVu Sans


def format_date(value: date, style: str = "long") -> str:
    """``15 Mar 2025`` (unambiguous in every English locale) or ISO ``2025-03-15``."""
    if style == "iso":
        return value.isoformat()
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def format_percentage(value: Decimal) -> str:
    """``8.875`` for Decimal('8.8750'), ``20`` for Decimal('20.00'): no exponent, no float."""
    text = format(value.normalize(), "f")
    return text


def amount_text(money: Money) -> str:
    """The number alone with the currency's decimals; negatives with a real minus sign."""
    if money.minor < 0:
        return MINUS + abs(money).amount_text()
    return money.amount_text()


def money_text(money: Money) -> str:
    """The amount with its currency code, ``USD 1,234.50``; negatives as ``−USD 5.00``."""
    if money.minor < 0:
        return MINUS + abs(money).format()
    return money.format()


def tax_rate_name(rate: TaxRate) -> str:
    name = rate.display_name.strip() or "Tax"
    if rate.jurisdiction.strip():
        name = f"{name} – {rate.jurisdiction.strip()}"
    return name


def tax_rate_short(rate: TaxRate) -> str:
    """For a line's tax column: ``VAT 20%``, ``VAT 20% incl.``."""
    text = f"{tax_rate_name(rate)} {format_percentage(rate.percentage)}%"
    return f"{text} incl." if rate.inclusive else text


def tax_total_label(rate: TaxRate, taxable: Money) -> str:
    """For the totals: ``Sales tax (8.875% on 1,000.00)``, ``Includes VAT (20% on 100.00)``."""
    base = (
        f"{tax_rate_name(rate)} ({format_percentage(rate.percentage)}% on {amount_text(taxable)})"
    )
    return f"Includes {base}" if rate.inclusive else base


def discount_label(discounts: Sequence[Discount]) -> str:
    """``Discount (Spring sale, 10% off)``; several discounts are listed in order."""
    parts = []
    for d in discounts:
        if d.percent_off is not None:
            off = f"{format_percentage(d.percent_off)}% off"
        else:
            assert d.amount_off is not None
            off = f"{money_text(d.amount_off)} off"
        name = d.name.strip()
        parts.append(f"{name}, {off}" if name else off)
    return f"Discount ({'; '.join(parts)})" if parts else "Discount"
