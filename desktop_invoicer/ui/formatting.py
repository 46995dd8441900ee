"""How amounts, dates and statuses look on screen (no Qt widgets, only colours)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..domain.currency import UnknownCurrencyError, currency
from ..domain.money import Money
from ..domain.status import InvoiceStatus
from .i18n import tr

if TYPE_CHECKING:
    from ..domain.catalog import Customer


def money_text(minor: int, code: str) -> str:
    """``1,234.50 USD``; JPY has no decimals, KWD three (from the one currency table)."""
    try:
        cur = currency(code)
    except UnknownCurrencyError:
        return f"{minor} {code.upper()}"
    return f"{Money(minor, cur).amount_text()} {cur.code}"


def format_money(amount: Money) -> str:
    return f"{amount.amount_text()} {amount.currency.code}"


def customer_label(customer: Customer) -> str:
    """How a customer appears in pickers: ``Acme <billing@acme.example>``."""
    return f"{customer.name} <{customer.email}>" if customer.email else customer.name


def date_text(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


# Text and background colours of the status badge: readable on white, and
# distinguishable without relying on hue alone (the label carries the meaning).
STATUS_COLORS: dict[InvoiceStatus, tuple[str, str]] = {
    InvoiceStatus.DRAFT: ("#4b5563", "#eef0f3"),
    InvoiceStatus.OPEN: ("#1d4ed8", "#e3ecfd"),
    InvoiceStatus.PAID: ("#166534", "#dcf3e4"),
    InvoiceStatus.VOID: ("#6b7280", "#f1f1f1"),
    InvoiceStatus.UNCOLLECTIBLE: ("#b42318", "#fde7e5"),
}


def status_colors(status: InvoiceStatus | str) -> tuple[str, str]:
    try:
        return STATUS_COLORS[InvoiceStatus(status)]
    except ValueError:
        return ("#374151", "#f3f4f6")


def status_label(status: InvoiceStatus | str) -> str:
    try:
        return tr(InvoiceStatus(status).label)
    except ValueError:
        return str(status).capitalize()
