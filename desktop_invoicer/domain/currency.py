"""ISO 4217 currencies and their minor-unit exponents, as Stripe uses them.

This is the one table of exponents in the app. Stripe treats some currencies as
zero-decimal (amounts are whole units, e.g. JPY) and a few as three-decimal
(BHD, JOD, KWD, OMR, TND), where Stripe requires the last digit to be 0.
"""

from __future__ import annotations

from dataclasses import dataclass

# Stripe's zero-decimal currencies (docs.stripe.com/currencies#zero-decimal).
ZERO_DECIMAL = frozenset(
    [
        "BIF",
        "CLP",
        "DJF",
        "GNF",
        "JPY",
        "KMF",
        "KRW",
        "MGA",
        "PYG",
        "RWF",
        "UGX",
        "VND",
        "VUV",
        "XAF",
        "XOF",
        "XPF",
    ]
)
# Stripe's three-decimal currencies (docs.stripe.com/currencies#three-decimal).
THREE_DECIMAL = frozenset(["BHD", "JOD", "KWD", "OMR", "TND"])

# Currencies Stripe settles or presents that use two decimals (a representative,
# maintained subset of ISO 4217; add a code here to support it).
_TWO_DECIMAL = [
    "AED",
    "AFN",
    "ALL",
    "AMD",
    "ANG",
    "AOA",
    "ARS",
    "AUD",
    "AWG",
    "AZN",
    "BAM",
    "BBD",
    "BDT",
    "BGN",
    "BMD",
    "BND",
    "BOB",
    "BRL",
    "BSD",
    "BWP",
    "BYN",
    "BZD",
    "CAD",
    "CDF",
    "CHF",
    "CNY",
    "COP",
    "CRC",
    "CVE",
    "CZK",
    "DKK",
    "DOP",
    "DZD",
    "EGP",
    "ETB",
    "EUR",
    "FJD",
    "FKP",
    "GBP",
    "GEL",
    "GIP",
    "GMD",
    "GTQ",
    "GYD",
    "HKD",
    "HNL",
    "HTG",
    "HUF",
    "IDR",
    "ILS",
    "INR",
    "ISK",
    "JMD",
    "KES",
    "KGS",
    "KHR",
    "KYD",
    "KZT",
    "LAK",
    "LBP",
    "LKR",
    "LRD",
    "LSL",
    "MAD",
    "MDL",
    "MKD",
    "MMK",
    "MNT",
    "MOP",
    "MUR",
    "MVR",
    "MWK",
    "MXN",
    "MYR",
    "MZN",
    "NAD",
    "NGN",
    "NIO",
    "NOK",
    "NPR",
    "NZD",
    "PAB",
    "PEN",
    "PGK",
    "PHP",
    "PKR",
    "PLN",
    "QAR",
    "RON",
    "RSD",
    "RUB",
    "SAR",
    "SBD",
    "SCR",
    "SEK",
    "SGD",
    "SHP",
    "SLE",
    "SOS",
    "SRD",
    "STD",
    "SZL",
    "THB",
    "TJS",
    "TOP",
    "TRY",
    "TTD",
    "TWD",
    "TZS",
    "UAH",
    "USD",
    "UYU",
    "UZS",
    "WST",
    "XCD",
    "YER",
    "ZAR",
    "ZMW",
]

_SYMBOLS = {
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "KRW": "₩",
    "INR": "₹",
    "CNY": "¥",
    "CHF": "CHF",
    "CAD": "CA$",
    "AUD": "A$",
    "NZD": "NZ$",
    "SEK": "kr",
    "NOK": "kr",
    "DKK": "kr",
    "PLN": "zł",
    "BRL": "R$",
    "MXN": "MX$",
    "VND": "₫",
    "KWD": "KD",
    "BHD": "BD",
    "JOD": "JD",
    "OMR": "OMR",
    "TND": "DT",
    "ILS": "₪",
    "TRY": "₺",
}


class UnknownCurrencyError(ValueError):
    """Raised for a code that is not a supported ISO 4217 currency."""


@dataclass(frozen=True, slots=True)
class Currency:
    """An ISO 4217 currency: its upper-case code and how many minor-unit digits it has."""

    code: str
    exponent: int

    @property
    def symbol(self) -> str:
        return _SYMBOLS.get(self.code, self.code)

    @property
    def stripe_code(self) -> str:
        """Stripe writes currency codes in lower case."""
        return self.code.lower()

    @property
    def minor_per_major(self) -> int:
        return int(10**self.exponent)

    def __str__(self) -> str:
        return self.code


def _build_table() -> dict[str, Currency]:
    table = {code: Currency(code, 2) for code in _TWO_DECIMAL}
    table.update({code: Currency(code, 0) for code in ZERO_DECIMAL})
    table.update({code: Currency(code, 3) for code in THREE_DECIMAL})
    return table


CURRENCIES: dict[str, Currency] = _build_table()


def currency(code: str) -> Currency:
    """Look up a currency by its code, in any case; raise UnknownCurrencyError otherwise."""
    normalized = code.strip().upper()
    try:
        return CURRENCIES[normalized]
    except KeyError:
        raise UnknownCurrencyError(
            f"Unknown currency '{code}'. Use an ISO 4217 code such as USD or EUR."
        ) from None


def all_codes() -> list[str]:
    return sorted(CURRENCIES)
