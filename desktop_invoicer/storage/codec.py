"""Conversions between domain values and what SQLite stores (JSON text, ISO dates).

One place decides how a value is written, so the repositories, the audit log and
bulk generation agree. Percentages are exact decimal text (never REAL); amounts
are integers of minor units beside a currency code.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

from ..domain.currency import Currency, currency
from ..domain.money import Money

if TYPE_CHECKING:  # imported where used: reading a setting must not load the catalog
    from ..domain.catalog import Address, Discount, TaxRate


_EMPTY: dict[type, str] = {list: "[]", tuple: "[]", dict: "{}"}


def dumps(value: Any) -> str:
    """Compact JSON that keeps non-ASCII text readable."""
    if not value and type(value) in _EMPTY:  # most metadata and id lists: a backfill writes
        return _EMPTY[type(value)]  # hundreds of thousands of them
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def decimal_text(value: Decimal) -> str:
    """``Decimal`` as exact positional text: ``8.875``, ``20``, never ``2E+1``."""
    return format(value, "f")


def date_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def parse_date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def address_to_json(address: Address) -> dict[str, str]:
    return {f.name: getattr(address, f.name) for f in dataclasses.fields(address)}


def address_from_json(data: dict[str, Any] | None) -> Address:
    from ..domain.catalog import Address

    if not data:
        return Address()
    names = {f.name for f in dataclasses.fields(Address)}
    return Address(**{k: str(v) for k, v in data.items() if k in names})


def to_jsonable(value: Any) -> Any:
    """Any domain value as plain JSON data (for the audit log and outbox payloads)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Money):
        return {"minor": value.minor, "currency": value.currency.code}
    if isinstance(value, Currency):
        return value.code
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    raise TypeError(f"Cannot store {type(value).__name__} as JSON")


def tax_rate_from_row(row: sqlite3.Row) -> TaxRate:
    from ..domain.catalog import TaxRate

    return TaxRate(
        id=row["id"],
        display_name=row["display_name"],
        percentage=Decimal(row["percentage"]),
        inclusive=bool(row["inclusive"]),
        jurisdiction=row["jurisdiction"],
        active=bool(row["active"]),
        stripe_id=row["stripe_id"],
    )


def discount_from_row(row: sqlite3.Row) -> Discount:
    from ..domain.catalog import Discount

    amount = row["amount_off"]
    return Discount(
        id=row["id"],
        name=row["name"],
        percent_off=None if row["percent_off"] is None else Decimal(row["percent_off"]),
        amount_off=None if amount is None else Money(amount, currency(row["currency"])),
        stripe_id=row["stripe_id"],
    )
