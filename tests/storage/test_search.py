"""Full-text search: prefixes, amounts as typed, numbers, emails, and hostile input."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_invoicer.domain.status import InvoiceAction
from desktop_invoicer.storage import (
    CustomerFilter,
    Database,
    InvoiceColumn,
    InvoiceFilter,
    InvoiceSort,
)
from desktop_invoicer.storage.search import amount_words, match_expression, number_words

from .helpers import customer, draft


@pytest.fixture
def searchable(db: Database) -> Database:
    acme = db.customers.add(customer("Acme Corporation", "billing@acme.example"))
    cafe = db.customers.add(customer("Café Lumière SARL", "compta@cafe-lumiere.example", "EUR"))
    yamada = db.customers.add(customer("株式会社山田製作所", "keiri@yamada.example", "JPY"))
    noor = db.customers.add(customer("مؤسسة النور للتجارة", "ap@al-noor.example", "KWD"))
    first = db.invoices.save_draft(draft(acme.id, ("Website maintenance", 1, 123450)))
    db.invoices.set_status(first.id, InvoiceAction.FINALIZE, number="ACME-0042")
    db.invoices.save_draft(draft(cafe.id, ("Logo design", 1, 99900), code="EUR"))
    db.invoices.save_draft(draft(yamada.id, ("翻訳サービス", 1, 1234567), code="JPY"))
    db.invoices.save_draft(draft(noor.id, ("Consulting hour", 10, 46050), code="KWD"))
    return db


def found(db: Database, text: str) -> list[str]:
    rows = db.invoices.page(InvoiceFilter(search=text), InvoiceSort(InvoiceColumn.RELEVANCE))
    assert db.invoices.count(InvoiceFilter(search=text)) == len(rows)
    return [r.customer_name for r in rows]


def test_match_expression_quotes_every_word() -> None:
    assert match_expression("acm") == '"acm"*'
    assert match_expression('say "hi" -x') == '"say"* """hi"""* "-x"*'
    assert match_expression("  ") is None
    assert match_expression('" * - ( )') is None


def test_amount_and_number_words() -> None:
    assert amount_words(123450, "USD") == "1234.50 1,234.50 USD"
    assert amount_words(1234567, "JPY") == "1234567 1,234,567 JPY"
    assert amount_words(460500, "KWD") == "460.500 KWD"
    assert number_words("INV-000420") == "INV-000420 INV-420"
    assert number_words("ACME-42") == "ACME-42"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("acm", ["Acme Corporation"]),  # prefix as you type
        ("ACME", ["Acme Corporation"]),
        ("1234.50", ["Acme Corporation"]),
        ("1,234.50", ["Acme Corporation"]),
        ("1,23", ["Acme Corporation", "株式会社山田製作所"]),  # 1,234.50 and 1,234,567
        ("999.00", ["Café Lumière SARL"]),
        ("1,234,567", ["株式会社山田製作所"]),
        ("460.500", ["مؤسسة النور للتجارة"]),
        ("ACME-0042", ["Acme Corporation"]),
        ("0042", ["Acme Corporation"]),
        ("42", ["Acme Corporation"]),
        ("billing@acme", ["Acme Corporation"]),
        ("compta@cafe-lumiere.example", ["Café Lumière SARL"]),
        ("cafe lumiere", ["Café Lumière SARL"]),  # accents fold
        ("LUMIÈRE", ["Café Lumière SARL"]),
        ("株式会社", ["株式会社山田製作所"]),
        ("翻訳", ["株式会社山田製作所"]),
        ("النور", ["مؤسسة النور للتجارة"]),
        ("website maint", ["Acme Corporation"]),
        ("logo acme", []),  # every word must match
        ("eur", ["Café Lumière SARL"]),
    ],
)
def test_invoice_search(searchable: Database, text: str, expected: list[str]) -> None:
    assert sorted(found(searchable, text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '""',
        "*",
        "-",
        "AND",
        "OR",
        "NOT",
        "acme AND",
        "a OR b",
        "NEAR(acme)",
        "number:1",
        "^acme",
        "acme*",
        "(",
        ")",
        "'",
        "\\",
        "%",
        "_",
        "\x00",
        "🧾",
        "a\u0301",
        "\u200b",
    ],
)
def test_hostile_text_never_raises(searchable: Database, text: str) -> None:
    searchable.invoices.page(InvoiceFilter(search=text))
    searchable.invoices.count(InvoiceFilter(search=text))
    searchable.customers.page(CustomerFilter(search=text))


def test_operators_are_plain_words(searchable: Database) -> None:
    acme = searchable.customers.page(CustomerFilter(search="acme"))[0]
    searchable.customers.update(
        replace(searchable.customers.get(acme.id), name="Research AND Development")
    )
    assert [r.name for r in searchable.customers.page(CustomerFilter(search="and"))] == [
        "Research AND Development"
    ]
    assert found(searchable, "-") == found(searchable, "")


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=40))
def test_any_text_is_a_safe_search(searchable: Database, text: str) -> None:
    filter = InvoiceFilter(search=text)
    assert searchable.invoices.count(filter) == len(searchable.invoices.page(filter))
    searchable.customers.count(CustomerFilter(search=text))


def test_number_outranks_a_mention_in_the_lines(db: Database) -> None:
    acme = db.customers.add(customer())
    mention = db.invoices.save_draft(draft(acme.id, ("Follow-up to order 7781", 1, 100)))
    numbered = db.invoices.save_draft(draft(acme.id, ("Work", 1, 100)))
    db.invoices.set_status(numbered.id, InvoiceAction.FINALIZE, number="ORD-7781")
    rows = db.invoices.page(InvoiceFilter(search="7781"), InvoiceSort(InvoiceColumn.RELEVANCE))
    assert [r.id for r in rows] == [numbered.id, mention.id]


def test_search_follows_edits(db: Database) -> None:
    acme = db.customers.add(customer())
    invoice = db.invoices.save_draft(draft(acme.id, ("Logo design", 1, 100)))
    assert db.invoices.count(InvoiceFilter(search="logo")) == 1
    db.invoices.save_draft(
        replace(invoice, lines=(replace(invoice.lines[0], description="SEO audit"),))
    )
    assert db.invoices.count(InvoiceFilter(search="logo")) == 0
    assert db.invoices.count(InvoiceFilter(search="seo")) == 1
    db.rebuild_search()
    assert db.invoices.count(InvoiceFilter(search="seo")) == 1
