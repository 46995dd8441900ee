"""Customers as CSV, and the preview of an import (CSV or vCard) before anything is written.

The preview sorts every incoming record against the existing customers: **new**,
**changed** (with each field's old and new value), **unchanged**, or **rejected**
(with the reason: no name, an invalid email or country, an unknown currency, a
duplicate in the file...). Matching: the ``id`` column / vCard ``UID`` (a Stripe id
or a local id) first, then the email address (case-insensitive). Nothing here
writes; the dialog applies the new and changed ones through the outbox.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from ..domain.catalog import Address, Customer
from ..domain.currency import UnknownCurrencyError, currency
from ..domain.validation import ValidationError
from .vcard import Card

CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "email",
    "phone",
    "address_line1",
    "address_line2",
    "city",
    "postal_code",
    "state",
    "country",
    "currency",
    "locale",
    "tax_exempt",
)
FIELDS = ("name", "email", "phone", "address", "currency", "locale")


def write_csv(customers: Iterable[Customer]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for c in customers:
        a = c.address
        writer.writerow(
            [
                c.stripe_id or c.id,
                c.name,
                c.email,
                c.phone,
                a.line1,
                a.line2,
                a.city,
                a.postal_code,
                a.state,
                a.country,
                c.currency.code,
                c.locale,
                "yes" if c.tax_exempt else "no",
            ]
        )
    return out.getvalue()


def read_csv(text: str) -> list[Card]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if "name" not in header:
        return [Card(1, problems=("The file has no 'name' column.",))]
    cards = []
    for number, row in enumerate(reader, 2):
        get = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}.get
        cards.append(
            Card(
                line=number,
                uid=get("id") or "",
                name=get("name") or "",
                email=get("email") or "",
                phone=get("phone") or "",
                line1=get("address_line1") or "",
                line2=get("address_line2") or "",
                city=get("city") or "",
                region=get("state") or "",
                postal_code=get("postal_code") or "",
                country=(get("country") or "").upper(),
                currency=(get("currency") or "").upper(),
                locale=get("locale") or "",
                problems=() if get("name") else ("The row has no name.",),
            )
        )
    return cards


class Verdict(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class PreviewRow:
    line: int
    verdict: Verdict
    name: str
    customer: Customer | None = None  # what would be saved (new or changed)
    existing: Customer | None = None
    changes: tuple[tuple[str, str, str], ...] = ()  # (field, old, new)
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Preview:
    rows: tuple[PreviewRow, ...] = field(default=())

    def of(self, verdict: Verdict) -> list[PreviewRow]:
        return [r for r in self.rows if r.verdict is verdict]

    @property
    def to_write(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.verdict in (Verdict.NEW, Verdict.CHANGED)]

    def summary(self) -> str:
        counts = {v: len(self.of(v)) for v in Verdict}
        return (
            f"{counts[Verdict.NEW]} new, {counts[Verdict.CHANGED]} changed, "
            f"{counts[Verdict.UNCHANGED]} unchanged, {counts[Verdict.REJECTED]} rejected"
        )


def _text(customer: Customer, name: str) -> str:
    if name == "address":
        return ", ".join(customer.address.lines())
    if name == "currency":
        return customer.currency.code
    return str(getattr(customer, name))


def preview(cards: Sequence[Card], existing: Sequence[Customer], default_currency: str) -> Preview:
    by_id = {c.id: c for c in existing}
    by_id.update({c.stripe_id: c for c in existing if c.stripe_id})
    by_email = {c.email.lower(): c for c in existing if c.email}
    seen: set[str] = set()
    rows: list[PreviewRow] = []
    for card in cards:
        if card.problems:
            rows.append(PreviewRow(card.line, Verdict.REJECTED, card.name, reason=card.problems[0]))
            continue
        match = by_id.get(card.uid) if card.uid else None
        if match is None and card.email:
            match = by_email.get(card.email.lower())
        key = match.id if match else (card.email.lower() or card.name.lower())
        if key in seen:
            rows.append(
                PreviewRow(
                    card.line,
                    Verdict.REJECTED,
                    card.name,
                    reason="The same customer appears earlier in the file.",
                )
            )
            continue
        seen.add(key)
        try:
            code = card.currency or (match.currency.code if match else default_currency)
            cur = currency(code)
        except UnknownCurrencyError:
            rows.append(
                PreviewRow(
                    card.line,
                    Verdict.REJECTED,
                    card.name,
                    reason=f"'{card.currency}' is not a currency code.",
                )
            )
            continue
        address = Address(
            card.line1, card.line2, card.city, card.postal_code, card.region, card.country.upper()
        )
        if match is None:
            candidate = Customer(
                id="",
                name=card.name,
                email=card.email,
                currency=cur,
                address=address,
                phone=card.phone,
                locale=card.locale or "en",
            )
        else:
            # Stripe sets a customer's currency with their first invoice and never changes
            # it, so an import changes the currency of a customer not yet in Stripe only.
            candidate = replace(
                match,
                name=card.name,
                email=card.email or match.email,
                phone=card.phone or match.phone,
                currency=match.currency if match.stripe_id else cur,
                address=address if any((card.line1, card.city, card.country)) else match.address,
                locale=card.locale or match.locale,
            )
        try:
            candidate.validate()
        except ValidationError as exc:
            rows.append(PreviewRow(card.line, Verdict.REJECTED, card.name, reason=str(exc)))
            continue
        if match is None:
            rows.append(PreviewRow(card.line, Verdict.NEW, card.name, candidate))
            continue
        changes = tuple(
            (name, _text(match, name), _text(candidate, name))
            for name in FIELDS
            if _text(match, name) != _text(candidate, name)
        )
        verdict = Verdict.CHANGED if changes else Verdict.UNCHANGED
        rows.append(
            PreviewRow(
                card.line, verdict, card.name, candidate if changes else None, match, changes
            )
        )
    return Preview(tuple(rows))
