"""A generic double-entry journal CSV, for any ledger that imports journals.

Columns: ``date, entry_id, account, debit, credit, currency, reference, memo``. One
row per posting; the rows of one entry share ``entry_id`` and their debits equal
their credits (checked before anything is written). Amounts are decimal text in
the entry's currency with its exponent; entries in different currencies are never
added together.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..domain.bookkeeping import ExportBatch, JournalEntry, Mappings, amount_text, journal_entries
from .accounting_csv import write_rows

HEADER: tuple[str, ...] = (
    "date",
    "entry_id",
    "account",
    "debit",
    "credit",
    "currency",
    "reference",
    "memo",
)


class UnbalancedEntryError(ValueError):
    pass


def rows(entries: list[JournalEntry]) -> Iterator[dict[str, str]]:
    for entry in entries:
        if not entry.balanced:
            raise UnbalancedEntryError(f"Journal entry {entry.entry_id} does not balance.")
        for posting in entry.postings:
            yield {
                "date": entry.on.isoformat(),
                "entry_id": entry.entry_id,
                "account": posting.account,
                "debit": amount_text(posting.debit, entry.currency) if posting.debit else "",
                "credit": amount_text(posting.credit, entry.currency) if posting.credit else "",
                "currency": entry.currency.code,
                "reference": entry.reference,
                "memo": entry.memo,
            }


def write(path: Path, batch: ExportBatch, mappings: Mappings) -> list[Path]:
    entries = journal_entries(batch, mappings)
    for entry in entries:
        if not entry.balanced:
            raise UnbalancedEntryError(f"Journal entry {entry.entry_id} does not balance.")
    write_rows(path, HEADER, rows(entries))
    return [path]
