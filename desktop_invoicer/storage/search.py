"""Full-text search: turning typed text into safe FTS5 queries, and invoice documents.

What a person types is never passed to FTS5 as syntax. Each word becomes a quoted
phrase with a prefix star (``acm`` -> ``"acm"*``), so quotes, ``*``, ``-``,
``AND``/``OR``/``NOT``, ``NEAR`` and column filters are plain text and a query can
never raise. FTS5 tokenizes the inside of each phrase the same way as the
documents, so ``1,234.50`` becomes the phrase ``1 234 50`` and matches an amount
indexed as ``1,234.50``. Words with no letters or digits are dropped; text with
none left means "no search" (every row).

An invoice's document has five columns: number (also without leading zeros, so
``420`` finds ``INV-000420``), customer name, customer email,
line descriptions, and amounts. Amounts are written the ways people type them:
``1234.50 1,234.50 USD`` for a total of 123450 USD minor units (``1235 1,235 JPY``
for JPY), using the currency's exponent from the domain. Rows are keyed by the
invoice's rowid; :func:`rebuild_all` recreates both indexes (run after VACUUM).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..domain.currency import UnknownCurrencyError, currency
from ..domain.money import Money

# bm25 column weights for invoices_fts: number, customer, email, lines, amounts.
INVOICE_WEIGHTS = "10.0, 5.0, 3.0, 1.0, 2.0"
# bm25 column weights for customers_fts: name, email.
CUSTOMER_WEIGHTS = "5.0, 3.0"

_CHUNK = 500


def match_expression(text: str) -> str | None:
    """The FTS5 query for ``text``: every word required, each as a prefix.

    Returns None when the text has nothing searchable (empty, or only punctuation).
    """
    text = text.encode("utf-8", "ignore").decode("utf-8")  # drop lone surrogates
    phrases = []
    for word in text.split():
        word = "".join(ch for ch in word if ch.isprintable())
        if not any(ch.isalnum() for ch in word):
            continue
        phrases.append('"' + word.replace('"', '""') + '"*')
    return " ".join(phrases) if phrases else None


def amount_words(minor: int, currency_code: str) -> str:
    """An amount as people type it: ``1234.50 1,234.50 USD``."""
    try:
        money = Money(minor, currency(currency_code))
    except UnknownCurrencyError:
        return f"{minor} {currency_code}"
    plain = money.amount_text(grouping=False)
    grouped = money.amount_text(grouping=True)
    words = [plain] if plain == grouped else [plain, grouped]
    return " ".join([*words, money.currency.code])


def number_words(number: str | None) -> str:
    """An invoice number, plus the same without leading zeros: ``INV-000420 INV-420``."""
    if not number:
        return ""
    short = re.sub(r"\d+", lambda m: str(int(m.group())), number)
    return number if short == number else f"{number} {short}"


def invoice_document(
    number: str | None,
    customer_name: str,
    customer_email: str,
    descriptions: Iterable[str],
    total: int,
    currency_code: str,
) -> tuple[str, str, str, str, str]:
    """The five FTS columns of one invoice."""
    return (
        number_words(number),
        customer_name,
        customer_email,
        "\n".join(descriptions),
        amount_words(total, currency_code),
    )


_DOCUMENT_SQL = """
    SELECT i.rowid, i.number, i.customer_name, i.customer_email, i.total, i.currency,
           (SELECT group_concat(l.description, char(10)) FROM invoice_lines AS l
             WHERE l.invoice_id = i.id)
      FROM invoices AS i
"""

_INSERT_SQL = (
    "INSERT INTO invoices_fts (rowid, number, customer, email, lines, amounts) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)


def _documents(rows: Iterable[Sequence[Any]]) -> Iterator[tuple[Any, ...]]:
    for rowid, number, name, email, total, code, lines in rows:
        yield (
            rowid,
            *invoice_document(
                number,
                name,
                email,
                [lines] if lines else [],
                total,
                code,
            ),
        )


def index_invoices(conn: sqlite3.Connection, invoice_ids: Sequence[str]) -> None:
    """(Re)write the search documents of these invoices; call inside the write."""
    for start in range(0, len(invoice_ids), _CHUNK):
        chunk = list(invoice_ids[start : start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(f"{_DOCUMENT_SQL} WHERE i.id IN ({marks})", chunk).fetchall()
        conn.execute(
            f"DELETE FROM invoices_fts WHERE rowid IN "
            f"(SELECT rowid FROM invoices WHERE id IN ({marks}))",
            chunk,
        )
        conn.executemany(_INSERT_SQL, _documents(rows))


def reindex_all_invoices(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM invoices_fts")
    conn.executemany(_INSERT_SQL, _documents(conn.execute(_DOCUMENT_SQL)))


def insert_documents(
    conn: sqlite3.Connection, documents: Iterable[tuple[int, str, str, str, str, str]]
) -> None:
    """Bulk-insert ready documents as ``(rowid, number, customer, email, lines, amounts)``."""
    conn.executemany(_INSERT_SQL, documents)


def rebuild_all(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO customers_fts (customers_fts) VALUES ('rebuild')")
    reindex_all_invoices(conn)
