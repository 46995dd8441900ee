"""Usage records imported from CSV, checked row by row, with a deterministic identity.

A file has one row per usage record: ``customer``, ``product`` (or ``price``),
``quantity`` and ``period``, plus an optional ``id`` (the source system's own record
id). Each row is accepted or rejected with the reason, so the person importing sees
exactly what went in. Nothing here reads a database: lookups are passed in.

**Row identity.** A row's id is a digest of what it means, not where it is in the
file: (customer, product, period, quantity), or the source ``id`` when the file has
one. Re-importing the same file (or a file that repeats rows of an earlier one)
finds those ids already stored and counts them as "already imported", never twice.
Two identical rows in one file are a duplicate: the second is rejected.

**Periods.** ``2026-03`` (a calendar month), ``2026-03-01..2026-03-15`` or
``2026-03-01/2026-03-15`` (inclusive days), or two columns ``period_start`` and
``period_end``. Usage is billed per (customer, product, period): once a period's
charge is on its way to Stripe, more usage for it is rejected rather than billed
late on a separate line nobody expects.
"""

from __future__ import annotations

import calendar
import csv
import hashlib
import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .pricing import UsagePricing

ROW_ID_LENGTH = 24

HEADER_ALIASES: Mapping[str, tuple[str, ...]] = {
    "customer": ("customer", "customer_id", "customer_email", "customer_name"),
    "product": ("product", "product_id", "price", "price_id", "product_name"),
    "quantity": ("quantity", "qty", "units"),
    "period": ("period",),
    "period_start": ("period_start", "start"),
    "period_end": ("period_end", "end"),
    "id": ("id", "record_id", "usage_id"),
}

MAX_QUANTITY = 10**12  # units in one row; more is a mistake in the file, not usage


class RowStatus(StrEnum):
    ACCEPTED = "accepted"
    ALREADY = "already_imported"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return {
            RowStatus.ACCEPTED: "Accepted",
            RowStatus.ALREADY: "Already imported",
            RowStatus.REJECTED: "Rejected",
        }[self]


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date  # inclusive

    @property
    def key(self) -> str:
        """``2026-03`` for a whole calendar month, else ``2026-03-01..2026-03-15``."""
        last = calendar.monthrange(self.start.year, self.start.month)[1]
        if self.start.day == 1 and self.end == self.start.replace(day=last):
            return f"{self.start:%Y-%m}"
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @classmethod
    def parse(cls, text: str, end_text: str | None = None) -> Period:
        """Raises ValueError with a message for the report."""
        text = text.strip()
        if end_text is not None:
            return cls._range(text, end_text.strip())
        month = re.fullmatch(r"(\d{4})-(\d{2})", text)
        if month:
            year, mon = int(month[1]), int(month[2])
            if not 1 <= mon <= 12:
                raise ValueError(f"'{text}' is not a month (use YYYY-MM).")
            return cls(date(year, mon, 1), date(year, mon, calendar.monthrange(year, mon)[1]))
        for sep in ("..", "/"):
            if sep in text:
                start, _, end = text.partition(sep)
                return cls._range(start.strip(), end.strip())
        raise ValueError(
            f"Period '{text}' is not understood: use YYYY-MM or YYYY-MM-DD..YYYY-MM-DD."
        )

    @classmethod
    def _range(cls, start: str, end: str) -> Period:
        try:
            first, last = date.fromisoformat(start), date.fromisoformat(end)
        except ValueError:
            raise ValueError(
                f"Period '{start}..{end}' has a date that is not YYYY-MM-DD."
            ) from None
        if last < first:
            raise ValueError(f"Period '{start}..{end}' ends before it starts.")
        return cls(first, last)


@dataclass(frozen=True, slots=True)
class PricedProduct:
    """A product as usage can be billed for it: its local ids, name, currency and pricing."""

    product_id: str
    name: str
    currency: str  # ISO 4217
    pricing: UsagePricing
    price_id: str | None = None


@dataclass(frozen=True, slots=True)
class CustomerRef:
    id: str
    name: str
    currency: str


@dataclass(frozen=True, slots=True)
class UsageRecord:
    """One accepted row."""

    id: str  # deterministic row identity
    customer_id: str
    product_id: str
    period: Period
    quantity: int
    currency: str
    source_id: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class RowReport:
    line: int  # line in the file (the header is line 1)
    status: RowStatus
    reason: str
    values: Mapping[str, str]
    record: UsageRecord | None = None


@dataclass(slots=True)
class ImportReport:
    rows: list[RowReport] = field(default_factory=list)
    error: str | None = None  # the whole file was refused (no header, not CSV, ...)

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status is status)

    @property
    def records(self) -> list[UsageRecord]:
        return [r.record for r in self.rows if r.status is RowStatus.ACCEPTED and r.record]

    @property
    def summary(self) -> str:
        if self.error:
            return self.error
        return (
            f"{self.count(RowStatus.ACCEPTED)} accepted, "
            f"{self.count(RowStatus.ALREADY)} already imported, "
            f"{self.count(RowStatus.REJECTED)} rejected"
        )


@dataclass(frozen=True, slots=True)
class Lookups:
    """What checking a row needs to know about the workspace."""

    customer: Callable[[str], CustomerRef | None]
    products: Callable[[str], Sequence[PricedProduct]]  # every priced match for the key
    known_ids: Callable[[Iterable[str]], set[str]]  # row ids stored already
    billed: Callable[[str, str, str], bool]  # (customer, product, period key) billed already


def row_id(customer_id: str, product_id: str, period: Period, quantity: int, source_id: str) -> str:
    if source_id:
        text = f"usage-src|{source_id}"
    else:
        text = f"usage|{customer_id}|{product_id}|{period.key}|{quantity}"
    return hashlib.sha256(text.encode()).hexdigest()[:ROW_ID_LENGTH]


def parse_quantity(text: str) -> int:
    cleaned = text.strip().replace("_", "")
    if not re.fullmatch(r"\d+", cleaned):
        if re.fullmatch(r"-\d+", cleaned):
            raise ValueError(f"Quantity {text.strip()} is negative.")
        raise ValueError(f"Quantity '{text.strip()}' is not a whole number of units.")
    value = int(cleaned)
    if value == 0:
        raise ValueError("Quantity is 0: nothing to bill.")
    if value > MAX_QUANTITY:
        raise ValueError(f"Quantity {value} is implausibly large.")
    return value


def _columns(header: Sequence[str]) -> tuple[dict[str, int], str | None]:
    found: dict[str, int] = {}
    normal = [h.strip().lower().replace(" ", "_") for h in header]
    for name, aliases in HEADER_ALIASES.items():
        for index, title in enumerate(normal):
            if title in aliases and name not in found:
                found[name] = index
    missing = [n for n in ("customer", "product", "quantity") if n not in found]
    if "period" not in found and not ("period_start" in found and "period_end" in found):
        missing.append("period")
    if missing:
        return found, (
            "The file has no column for " + ", ".join(missing) + ". Expected a header row with "
            "customer, product, quantity and period."
        )
    return found, None


def check(text: str, lookups: Lookups) -> ImportReport:
    """Check every row of a CSV text; the accepted rows are ``report.records``."""
    report = ImportReport()
    try:
        sample = text[:4096]
        dialect: type[csv.Dialect] | csv.Dialect = csv.excel
        if sample.strip():
            try:
                dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
            except csv.Error:
                dialect = csv.excel
        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), dialect))
    except csv.Error as exc:
        report.error = f"The file is not readable as CSV: {exc}."
        return report
    if not rows:
        report.error = "The file is empty."
        return report
    columns, error = _columns(rows[0])
    if error:
        report.error = error
        return report
    seen: dict[str, int] = {}
    parsed: list[tuple[int, dict[str, str], UsageRecord | str]] = []
    for number, cells in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        values = {name: (cells[i].strip() if i < len(cells) else "") for name, i in columns.items()}
        parsed.append((number, values, _record(number, values, lookups)))
    known = lookups.known_ids(r.id for _, _, r in parsed if isinstance(r, UsageRecord))
    for number, values, result in parsed:
        if isinstance(result, str):
            report.rows.append(RowReport(number, RowStatus.REJECTED, result, values))
        elif result.id in seen:
            reason = f"Duplicate of line {seen[result.id]}."
            report.rows.append(RowReport(number, RowStatus.REJECTED, reason, values))
        elif result.id in known:
            seen[result.id] = number
            reason = "Imported before; not counted again."
            report.rows.append(RowReport(number, RowStatus.ALREADY, reason, values, result))
        else:
            seen[result.id] = number
            report.rows.append(RowReport(number, RowStatus.ACCEPTED, "", values, result))
    return report


def _record(number: int, values: Mapping[str, str], lookups: Lookups) -> UsageRecord | str:
    """The row as a record, or the reason it is rejected (the first problem found)."""
    customer_key = values.get("customer", "")
    product_key = values.get("product", "")
    if not customer_key:
        return "No customer."
    customer = lookups.customer(customer_key)
    if customer is None:
        return f"Unknown customer '{customer_key}'."
    if not product_key:
        return "No product."
    candidates = lookups.products(product_key)
    if not candidates:
        return f"Unknown product '{product_key}' (or it has no active price)."
    product = next((p for p in candidates if p.currency == customer.currency), None)
    if product is None and len({p.currency for p in candidates}) == 1:
        product = candidates[0]  # one currency: it bills in that
    if product is None:
        have = ", ".join(sorted({p.currency for p in candidates}))
        return (
            f"'{product_key}' is priced in {have}, none of them {customer.name}'s currency "
            f"({customer.currency}): name the price to use."
        )
    try:
        quantity = parse_quantity(values.get("quantity", ""))
    except ValueError as exc:
        return str(exc)
    try:
        if values.get("period"):
            period = Period.parse(values["period"])
        elif values.get("period_start") or values.get("period_end"):
            period = Period.parse(values.get("period_start", ""), values.get("period_end", ""))
        else:
            return "No period."
    except ValueError as exc:
        return str(exc)
    if lookups.billed(customer.id, product.product_id, period.key):
        return f"Usage of {product.name} for {period.key} was billed already."
    source = values.get("id", "")
    return UsageRecord(
        id=row_id(customer.id, product.product_id, period, quantity, source),
        customer_id=customer.id,
        product_id=product.product_id,
        period=period,
        quantity=quantity,
        currency=product.currency,
        source_id=source,
        line=number,
    )
