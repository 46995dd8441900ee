"""vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) for customers, written and read by hand.

Only what a customer has: ``FN`` and ``ORG`` (the name), ``EMAIL``, ``TEL``, ``ADR``
(``;;street;city;region;postal code;country``, the second street line after a
newline in the street part), ``UID`` (the Stripe id, else the local id) and two
extension properties for what vCard has no field for: ``X-CURRENCY`` and
``X-LOCALE``. Text is escaped (``\\`` ``,`` ``;`` and newlines), lines are CRLF
and folded at 75 octets as both RFCs require; reading unfolds and unescapes, and
accepts either version.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..domain.catalog import Customer


@dataclass(frozen=True, slots=True)
class Card:
    """One contact as read from a vCard (strings, not validated yet)."""

    line: int  # where the card starts in the file, for messages
    uid: str = ""
    name: str = ""
    email: str = ""
    phone: str = ""
    line1: str = ""
    line2: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    currency: str = ""
    locale: str = ""
    problems: tuple[str, ...] = field(default=())


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def split_unescaped(text: str, sep: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current.append(text[i : i + 2])
            i += 2
            continue
        if ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


def fold(line: str) -> str:
    """Fold a content line at 75 octets (never inside a UTF-8 character)."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        limit = 75 if not out else 74  # continuation lines start with a space
        if size + width > limit:
            out.append("".join(current))
            current, size = [], 0
        current.append(ch)
        size += width
    out.append("".join(current))
    return "\r\n ".join(out)


def card(customer: Customer, version: str = "4.0") -> str:
    if version not in ("3.0", "4.0"):
        raise ValueError("vCard version 3.0 or 4.0")
    a = customer.address
    street = "\n".join(p for p in (a.line1, a.line2) if p)
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"FN:{escape(customer.name)}"]
    if version == "3.0":  # N is required in 3.0; a company has only a family-name part
        lines.append(f"N:{escape(customer.name)};;;;")
    lines.append(f"ORG:{escape(customer.name)}")
    if customer.email:
        kind = "TYPE=work" if version == "4.0" else "TYPE=INTERNET,WORK"
        lines.append(f"EMAIL;{kind}:{escape(customer.email)}")
    if customer.phone:
        lines.append(f"TEL;TYPE=work:{escape(customer.phone)}")
    if any((street, a.city, a.state, a.postal_code, a.country)):
        parts = ["", "", street, a.city, a.state, a.postal_code, a.country]
        lines.append("ADR;TYPE=work:" + ";".join(escape(p) for p in parts))
    lines.append(f"UID:{escape(customer.stripe_id or customer.id)}")
    lines.append(f"X-CURRENCY:{customer.currency.code}")
    lines.append(f"X-LOCALE:{escape(customer.locale)}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)


def write(customers: Iterable[Customer], version: str = "4.0") -> str:
    return "".join(card(c, version) for c in customers)


def _unfold(text: str) -> Iterator[tuple[int, str]]:
    current: str | None = None
    start = 0
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if raw[:1] in (" ", "\t") and current is not None:
            current += raw[1:]
            continue
        if current is not None:
            yield start, current
        current, start = raw, number
    if current is not None:
        yield start, current


def read(text: str) -> list[Card]:
    """Every card in ``text``; a card missing its end or its name is reported in ``problems``."""
    cards: list[Card] = []
    values: dict[str, str] | None = None
    begin = 0
    for number, line in _unfold(text.lstrip("\ufeff")):
        if not line.strip():
            continue
        head, sep, value = line.partition(":")
        if not sep:
            continue
        name = head.split(";")[0].strip().upper()
        if "." in name:  # item1.EMAIL (Apple's grouping)
            name = name.split(".", 1)[1]
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            values, begin = {}, number
            continue
        if values is None:
            continue
        if name == "END":
            cards.append(_card(begin, values))
            values = None
            continue
        if name not in values:  # the first of each property counts
            values[name] = value
    if values is not None:
        cards.append(Card(begin, problems=("The card has no END:VCARD line.",)))
    return cards


def _card(begin: int, values: dict[str, str]) -> Card:
    adr = split_unescaped(values.get("ADR", ""), ";") + [""] * 7
    street = unescape(adr[2]).split("\n")
    name = unescape(values.get("FN") or values.get("ORG", "").split(";")[0]).strip()
    problems = () if name else ("The card has no name (FN).",)
    return Card(
        line=begin,
        uid=unescape(values.get("UID", "")).strip(),
        name=name,
        email=unescape(values.get("EMAIL", "")).strip(),
        phone=unescape(values.get("TEL", "")).strip().removeprefix("tel:"),
        line1=street[0].strip(),
        line2=" ".join(s.strip() for s in street[1:]),
        city=unescape(adr[3]).strip(),
        region=unescape(adr[4]).strip(),
        postal_code=unescape(adr[5]).strip(),
        country=unescape(adr[6]).strip(),
        currency=unescape(values.get("X-CURRENCY", "")).strip(),
        locale=unescape(values.get("X-LOCALE", "")).strip(),
        problems=problems,
    )
