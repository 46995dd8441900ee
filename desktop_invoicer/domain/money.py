"""Money: an integer count of minor units plus an ISO 4217 currency.

No float ever holds an amount. Text typed by a person is parsed with ``Decimal``
and refused when it has more decimals than the currency allows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .currency import Currency, currency

# Stripe's largest amount is 8 digits in most currencies (99,999,999 minor units for
# a single charge); invoices may exceed a charge, so the app allows 12 digits.
MAX_MINOR_UNITS = 999_999_999_999


class MoneyError(ValueError):
    """Raised for amounts that cannot be represented or combined."""


class CurrencyMismatchError(MoneyError):
    """Raised when two amounts of different currencies meet."""


@dataclass(frozen=True, slots=True, order=False)
class Money:
    """An exact amount: ``minor`` units of ``currency`` (cents for USD, yen for JPY)."""

    minor: int
    currency: Currency

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise MoneyError(f"Money needs an integer number of minor units, not {self.minor!r}")

    @classmethod
    def of(cls, minor: int, code: str) -> Money:
        return cls(minor, currency(code))

    @classmethod
    def zero(cls, cur: Currency | str) -> Money:
        return cls(0, cur if isinstance(cur, Currency) else currency(cur))

    @classmethod
    def parse(cls, text: str, cur: Currency | str) -> Money:
        """Parse what a person typed ("1,234.50", "12") in major units of ``cur``."""
        cur = cur if isinstance(cur, Currency) else currency(cur)
        cleaned = text.strip().replace(",", "").replace("_", "").replace(" ", "")
        if cleaned.startswith(cur.symbol):
            cleaned = cleaned[len(cur.symbol) :]
        if not cleaned:
            raise MoneyError("Enter an amount.")
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise MoneyError(f"'{text}' is not an amount.") from None
        if not value.is_finite():
            raise MoneyError(f"'{text}' is not an amount.")
        exponent = value.as_tuple().exponent
        assert isinstance(exponent, int)
        if -exponent > cur.exponent:
            if cur.exponent == 0:
                raise MoneyError(f"{cur.code} has no decimals; enter a whole amount.")
            raise MoneyError(f"{cur.code} allows at most {cur.exponent} decimals.")
        minor = int(value.scaleb(cur.exponent))
        if abs(minor) > MAX_MINOR_UNITS:
            raise MoneyError("That amount is too large.")
        return cls(minor, cur)

    def _check(self, other: Money) -> None:
        if self.currency != other.currency:
            raise CurrencyMismatchError(
                f"Cannot combine {self.currency.code} and {other.currency.code} amounts."
            )

    def __add__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def times(self, quantity: int) -> Money:
        return Money(self.minor * quantity, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._check(other)
        return self.minor < other.minor

    def __le__(self, other: Money) -> bool:
        self._check(other)
        return self.minor <= other.minor

    def __gt__(self, other: Money) -> bool:
        self._check(other)
        return self.minor > other.minor

    def __ge__(self, other: Money) -> bool:
        self._check(other)
        return self.minor >= other.minor

    @property
    def is_zero(self) -> bool:
        return self.minor == 0

    def to_decimal(self) -> Decimal:
        """The amount in major units, exactly (for display and exports)."""
        return Decimal(self.minor).scaleb(-self.currency.exponent)

    def amount_text(self, grouping: bool = True) -> str:
        """The number alone, with the currency's decimals: ``1,234.50``, ``1,235`` for JPY."""
        places = self.currency.exponent
        text = f"{self.to_decimal():,.{places}f}" if grouping else f"{self.to_decimal():.{places}f}"
        return text

    def format(self) -> str:
        """A plain, locale-neutral rendering: ``USD 1,234.50``."""
        sign = "-" if self.minor < 0 else ""
        return f"{sign}{self.currency.code} {abs(self).amount_text()}"

    def __abs__(self) -> Money:
        return Money(abs(self.minor), self.currency)

    def __str__(self) -> str:
        return self.format()

    def allocate(self, weights: Sequence[int]) -> list[Money]:
        """Split into parts proportional to ``weights`` that add up exactly.

        Leftover minor units go one each to the parts with the largest remainders
        (earliest first on ties), so no minor unit is ever lost or invented.
        """
        if not weights or any(w < 0 for w in weights) or sum(weights) == 0:
            raise MoneyError("Allocation needs non-negative weights with a positive sum.")
        total = sum(weights)
        sign = -1 if self.minor < 0 else 1
        magnitude = abs(self.minor)
        shares = [magnitude * w // total for w in weights]
        remainders = [magnitude * w % total for w in weights]
        leftover = magnitude - sum(shares)
        order = sorted(range(len(weights)), key=lambda i: (-remainders[i], i))
        for i in order[:leftover]:
            shares[i] += 1
        return [Money(sign * s, self.currency) for s in shares]


def total(amounts: Iterable[Money], cur: Currency) -> Money:
    """Sum amounts of one currency; an empty sum is zero of ``cur``."""
    result = Money.zero(cur)
    for amount in amounts:
        result = result + amount
    return result
