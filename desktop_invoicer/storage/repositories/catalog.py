"""The catalog: products, prices, tax rates and discounts (Stripe coupons).

Like Stripe, the amounts that decide an invoice's totals cannot change under it:
a tax rate's percentage and inclusiveness, and a discount's percent or amount off,
are fixed once an invoice line or invoice uses them (create a new one and archive
the old). Deleting anything still used by an invoice is refused with a message
that says what to do instead. A price may change: each invoice line stores its
own unit amount.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from ...domain.catalog import Discount, Price, Product, TaxRate
from ...domain.currency import currency
from ...domain.money import Money
from ...domain.validation import MAX_NAME, check_text, raise_if_any
from ..codec import decimal_text, discount_from_row, tax_rate_from_row
from ..errors import ImmutableFieldError, InUseError, NotFoundError
from .base import EntityRepository, like_pattern

if TYPE_CHECKING:
    from ..database import Transaction


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


# -- products -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProductRow:
    """One line of the product list, with the product's active prices."""

    id: str
    name: str
    description: str
    active: bool
    prices: tuple[Money, ...]


class ProductColumn(StrEnum):
    NAME = "name"
    DESCRIPTION = "description"


@dataclass(frozen=True, slots=True)
class ProductFilter:
    search: str = ""  # substring of name or description
    active_only: bool = False


@dataclass(frozen=True, slots=True)
class ProductSort:
    column: ProductColumn = ProductColumn.NAME
    descending: bool = False


class ProductRepository(EntityRepository[Product]):
    table = "products"
    object_type = "product"

    def _columns(self, value: Product) -> dict[str, Any]:
        return {
            "name": value.name,
            "description": value.description,
            "active": int(value.active),
            "stripe_id": value.stripe_id,
        }

    def _from_row(self, row: sqlite3.Row) -> Product:
        return Product(
            id=row["id"],
            name=row["name"],
            description=row["description"],
            active=bool(row["active"]),
            stripe_id=row["stripe_id"],
        )

    def _with_id(self, value: Product, new: str) -> Product:
        return replace(value, id=new)

    def _validate(self, value: Product) -> None:
        value.validate()

    def _check_delete(self, tx: Transaction, value: Product) -> None:
        used = tx.execute(
            "SELECT count(DISTINCT l.invoice_id) FROM invoice_lines AS l "
            "JOIN prices AS p ON p.id = l.price_id WHERE p.product_id = ?",
            (value.id,),
        ).fetchone()[0]
        if used:
            raise InUseError(
                f"'{value.name}' is used on {_plural(used, 'invoice')} and cannot be deleted. "
                "Archive it instead (clear Active)."
            )

    def _remove(self, tx: Transaction, value: Product) -> None:
        # Prices exist only for their product; none is used (checked above).
        tx.execute("DELETE FROM prices WHERE product_id = ?", (value.id,))
        tx.execute("DELETE FROM products WHERE id = ?", (value.id,))
        tx.changed("prices")

    def _where(self, filter: ProductFilter) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if filter.active_only:
            clauses.append("p.active = 1")
        text = filter.search.strip()
        if text:
            clauses.append("(p.name LIKE ? ESCAPE '\\' OR p.description LIKE ? ESCAPE '\\')")
            params += [like_pattern(text)] * 2
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def count(self, filter: ProductFilter = ProductFilter()) -> int:
        where, params = self._where(filter)
        return int(
            self._read().execute(f"SELECT count(*) FROM products AS p{where}", params).fetchone()[0]
        )

    def page(
        self,
        filter: ProductFilter = ProductFilter(),
        sort: ProductSort = ProductSort(),
        offset: int = 0,
        limit: int = 100,
    ) -> list[ProductRow]:
        where, params = self._where(filter)
        direction = "DESC" if sort.descending else "ASC"
        rows = (
            self._read()
            .execute(
                f"SELECT p.id, p.name, p.description, p.active FROM products AS p{where} "
                f"ORDER BY p.{sort.column.value} COLLATE NOCASE {direction}, p.id {direction} "
                "LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
            .fetchall()
        )
        prices: dict[str, list[Money]] = {}
        if rows:
            marks = ",".join("?" * len(rows))
            for product_id, code, amount in self._read().execute(
                f"SELECT product_id, currency, unit_amount FROM prices "
                f"WHERE active = 1 AND product_id IN ({marks}) ORDER BY currency, unit_amount",
                [r["id"] for r in rows],
            ):
                prices.setdefault(product_id, []).append(Money(amount, currency(code)))
        return [
            ProductRow(
                r["id"],
                r["name"],
                r["description"],
                bool(r["active"]),
                tuple(prices.get(r["id"], ())),
            )
            for r in rows
        ]

    def all(self, *, active_only: bool = False) -> list[Product]:
        """Every product by name (catalogs are small)."""
        where = " WHERE active = 1" if active_only else ""
        rows = self._read().execute(
            f"SELECT * FROM products{where} ORDER BY name COLLATE NOCASE, id"
        )
        return [self._from_row(r) for r in rows]


# -- prices ---------------------------------------------------------------------------


class PriceRepository(EntityRepository[Price]):
    table = "prices"
    object_type = "price"

    def _columns(self, value: Price) -> dict[str, Any]:
        return {
            "product_id": value.product_id,
            "currency": value.unit_amount.currency.code,
            "unit_amount": value.unit_amount.minor,
            "active": int(value.active),
            "stripe_id": value.stripe_id,
        }

    def _from_row(self, row: sqlite3.Row) -> Price:
        return Price(
            id=row["id"],
            product_id=row["product_id"],
            unit_amount=Money(row["unit_amount"], currency(row["currency"])),
            active=bool(row["active"]),
            stripe_id=row["stripe_id"],
        )

    def _with_id(self, value: Price, new: str) -> Price:
        return replace(value, id=new)

    def _validate(self, value: Price) -> None:
        value.validate()

    def _check_refs(self, tx: Transaction, value: Price) -> None:
        found = tx.execute("SELECT 1 FROM products WHERE id = ?", (value.product_id,)).fetchone()
        if found is None:
            raise NotFoundError("product", value.product_id)

    def _check_delete(self, tx: Transaction, value: Price) -> None:
        used = tx.execute(
            "SELECT count(DISTINCT invoice_id) FROM invoice_lines WHERE price_id = ?", (value.id,)
        ).fetchone()[0]
        if used:
            raise InUseError(
                f"This price is used on {_plural(used, 'invoice')} and cannot be deleted. "
                "Archive it instead (clear Active)."
            )

    def for_product(
        self, product_id: str, *, active_only: bool = False, currency_code: str | None = None
    ) -> list[Price]:
        """A product's prices, by currency then amount."""
        sql = "SELECT * FROM prices WHERE product_id = ?"
        params: list[Any] = [product_id]
        if active_only:
            sql += " AND active = 1"
        if currency_code:
            sql += " AND currency = ?"
            params.append(currency_code.upper())
        rows = self._read().execute(sql + " ORDER BY currency, unit_amount, id", params)
        return [self._from_row(r) for r in rows]


# -- tax rates ------------------------------------------------------------------------


class TaxRateRepository(EntityRepository[TaxRate]):
    table = "tax_rates"
    object_type = "tax_rate"

    def _columns(self, value: TaxRate) -> dict[str, Any]:
        return {
            "display_name": value.display_name,
            "percentage": decimal_text(value.percentage),
            "inclusive": int(value.inclusive),
            "jurisdiction": value.jurisdiction,
            "active": int(value.active),
            "stripe_id": value.stripe_id,
        }

    def _from_row(self, row: sqlite3.Row) -> TaxRate:
        return tax_rate_from_row(row)

    def _with_id(self, value: TaxRate, new: str) -> TaxRate:
        return replace(value, id=new)

    def _validate(self, value: TaxRate) -> None:
        value.validate()

    def _used(self, tx: Transaction, id: str) -> int:
        needle = f'"{id}"'
        return int(
            tx.execute(
                "SELECT count(DISTINCT invoice_id) FROM invoice_lines "
                "WHERE instr(tax_rate_ids, ?) > 0",
                (needle,),
            ).fetchone()[0]
        )

    def _check_update(self, tx: Transaction, before: TaxRate, after: TaxRate) -> None:
        if (before.percentage, before.inclusive) == (after.percentage, after.inclusive):
            return
        used = self._used(tx, before.id)
        if used:
            raise ImmutableFieldError(
                f"'{before.display_name}' is used on {_plural(used, 'invoice')}, so its "
                "percentage and inclusiveness cannot change. Create a new tax rate and "
                "archive this one."
            )

    def _check_delete(self, tx: Transaction, value: TaxRate) -> None:
        used = self._used(tx, value.id)
        if used:
            raise InUseError(
                f"'{value.display_name}' is used on {_plural(used, 'invoice')} and cannot be "
                "deleted. Archive it instead (clear Active)."
            )

    def all(self, *, active_only: bool = False) -> list[TaxRate]:
        where = " WHERE active = 1" if active_only else ""
        rows = self._read().execute(
            f"SELECT * FROM tax_rates{where} ORDER BY display_name COLLATE NOCASE, id"
        )
        return [self._from_row(r) for r in rows]


# -- discounts ------------------------------------------------------------------------


class DiscountRepository(EntityRepository[Discount]):
    table = "discounts"
    object_type = "discount"

    def _columns(self, value: Discount) -> dict[str, Any]:
        return {
            "name": value.name,
            "percent_off": None if value.percent_off is None else decimal_text(value.percent_off),
            "amount_off": None if value.amount_off is None else value.amount_off.minor,
            "currency": None if value.amount_off is None else value.amount_off.currency.code,
            "stripe_id": value.stripe_id,
        }

    def _from_row(self, row: sqlite3.Row) -> Discount:
        return discount_from_row(row)

    def _with_id(self, value: Discount, new: str) -> Discount:
        return replace(value, id=new)

    def _validate(self, value: Discount) -> None:
        # The amounts were checked when the Discount was built.
        raise_if_any([check_text("name", value.name, MAX_NAME, required=True)])

    def _used(self, tx: Transaction, id: str) -> int:
        return int(
            tx.execute(
                "SELECT count(*) FROM invoices WHERE instr(discounts, ?) > 0", (f'"{id}"',)
            ).fetchone()[0]
        )

    def _check_update(self, tx: Transaction, before: Discount, after: Discount) -> None:
        if (before.percent_off, before.amount_off) == (after.percent_off, after.amount_off):
            return
        used = self._used(tx, before.id)
        if used:
            raise ImmutableFieldError(
                f"'{before.name}' is used on {_plural(used, 'invoice')}, so the amount off "
                "cannot change. Create a new discount instead."
            )

    def _check_delete(self, tx: Transaction, value: Discount) -> None:
        used = self._used(tx, value.id)
        if used:
            raise InUseError(
                f"'{value.name}' is used on {_plural(used, 'invoice')} and cannot be deleted."
            )

    def all(self) -> list[Discount]:
        rows = self._read().execute("SELECT * FROM discounts ORDER BY name COLLATE NOCASE, id")
        return [self._from_row(r) for r in rows]
