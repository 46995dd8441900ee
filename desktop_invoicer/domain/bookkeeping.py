"""What an accounting export carries, as plain values (no I/O): documents, mappings, journal.

The storage room reads invoices, credit notes and payments into these values; the
documents room writes them in QuickBooks Online's, Xero's or a journal layout.
Amounts are integer minor units with their currency; :func:`amount_text` is the one
way they become text in an export (the currency's exponent, no float, no grouping).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .currency import Currency

DEFAULT_INCOME = "income"
DEFAULT_RECEIVABLE = "receivable"
DEFAULT_BANK = "bank"
DEFAULT_TAX = "tax_liability"
DEFAULT_NO_TAX = "no_tax"
DEFAULT_RETURNS = "returns"

DEFAULT_CODES: dict[str, str] = {
    DEFAULT_INCOME: "200",
    DEFAULT_RECEIVABLE: "610",
    DEFAULT_BANK: "090",
    DEFAULT_TAX: "820",
    DEFAULT_NO_TAX: "NONE",
    DEFAULT_RETURNS: "200",
}
"""Xero's demo chart of accounts numbers, as a starting point the user overrides in Settings."""

DEFAULT_LABELS: dict[str, str] = {
    DEFAULT_INCOME: "Income account (unmapped products)",
    DEFAULT_RECEIVABLE: "Accounts receivable",
    DEFAULT_BANK: "Bank / Stripe clearing account",
    DEFAULT_TAX: "Sales tax payable",
    DEFAULT_NO_TAX: "Tax code for untaxed lines",
    DEFAULT_RETURNS: "Credit notes (sales returns) account",
}


class DocType(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"
    PAYMENT = "payment"


class ExportFormat(StrEnum):
    QUICKBOOKS = "quickbooks"
    XERO = "xero"
    JOURNAL = "journal"

    @property
    def label(self) -> str:
        return {
            ExportFormat.QUICKBOOKS: "QuickBooks Online (invoice CSV)",
            ExportFormat.XERO: "Xero (sales invoice and credit note CSV)",
            ExportFormat.JOURNAL: "Double-entry journal (CSV)",
        }[self]

    @property
    def documents(self) -> tuple[DocType, ...]:
        """The kinds of document the format's files can carry."""
        if self is ExportFormat.QUICKBOOKS:
            return (DocType.INVOICE,)
        if self is ExportFormat.XERO:
            return (DocType.INVOICE, DocType.CREDIT_NOTE)
        return (DocType.INVOICE, DocType.CREDIT_NOTE, DocType.PAYMENT)


def amount_text(minor: int, cur: Currency) -> str:
    """``123456`` EUR -> ``1234.56``; JPY -> ``123456``; KWD ``1234`` -> ``1.234``. Exact."""
    sign = "-" if minor < 0 else ""
    digits = str(abs(minor))
    places = cur.exponent
    if places == 0:
        return f"{sign}{digits}"
    digits = digits.rjust(places + 1, "0")
    return f"{sign}{digits[:-places]}.{digits[-places:]}"


@dataclass(frozen=True, slots=True)
class Mappings:
    """Product -> income account, tax rate -> tax code, and the default accounts."""

    products: Mapping[str, str] = field(default_factory=dict)
    tax_rates: Mapping[str, str] = field(default_factory=dict)
    defaults: Mapping[str, str] = field(default_factory=dict)

    def default(self, name: str) -> str:
        return self.defaults.get(name) or DEFAULT_CODES[name]

    def income_account(self, product_id: str | None) -> str:
        return (product_id and self.products.get(product_id)) or self.default(DEFAULT_INCOME)

    def tax_code(self, tax_rate_ids: Sequence[str]) -> str:
        for rate in tax_rate_ids:
            if self.tax_rates.get(rate):
                return self.tax_rates[rate]
        return self.default(DEFAULT_NO_TAX) if not tax_rate_ids else self.default(DEFAULT_TAX)


@dataclass(frozen=True, slots=True)
class DocTax:
    tax_rate_id: str | None
    label: str  # "VAT 19%"
    amount: int  # minor units


@dataclass(frozen=True, slots=True)
class DocLine:
    description: str
    quantity: int
    unit_amount: int  # tax-exclusive unit price, minor units (see ``net``)
    amount: int  # quantity x unit amount
    discount: int  # minor units taken off this line
    inclusive_tax: int  # tax already inside ``amount`` (inclusive rates)
    exclusive_tax: int  # tax added on top
    product_id: str | None = None
    product_name: str = ""
    tax_rate_ids: tuple[str, ...] = ()

    @property
    def net(self) -> int:
        """What the line earns, without any tax and after its discount."""
        return self.amount - self.discount - self.inclusive_tax

    @property
    def tax(self) -> int:
        return self.inclusive_tax + self.exclusive_tax


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    email: str = ""
    line1: str = ""
    line2: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""


@dataclass(frozen=True, slots=True)
class AccountingDoc:
    """An invoice or a credit note as the bookkeeper needs it."""

    doc_type: DocType
    doc_id: str  # Stripe id (or local id)
    number: str
    currency: Currency
    issue_date: date
    due_date: date | None
    customer: Party
    lines: tuple[DocLine, ...]
    total: int
    taxes: tuple[DocTax, ...] = ()
    reference: str = ""  # a credit note: the invoice number it credits
    memo: str = ""

    @property
    def net(self) -> int:
        return sum(line.net for line in self.lines)

    @property
    def tax(self) -> int:
        return self.total - self.net


@dataclass(frozen=True, slots=True)
class Payment:
    doc_id: str  # "<invoice stripe id>" of the paid invoice, prefixed "pay:"
    invoice_number: str
    currency: Currency
    paid_on: date
    amount: int
    customer: str


@dataclass(frozen=True, slots=True)
class ExportBatch:
    """Everything one export covers."""

    invoices: tuple[AccountingDoc, ...] = ()
    credit_notes: tuple[AccountingDoc, ...] = ()
    payments: tuple[Payment, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        return {
            DocType.INVOICE.value: len(self.invoices),
            DocType.CREDIT_NOTE.value: len(self.credit_notes),
            DocType.PAYMENT.value: len(self.payments),
        }

    @property
    def empty(self) -> bool:
        return not (self.invoices or self.credit_notes or self.payments)

    def ids(self) -> list[tuple[DocType, str]]:
        return [
            *((DocType.INVOICE, d.doc_id) for d in self.invoices),
            *((DocType.CREDIT_NOTE, d.doc_id) for d in self.credit_notes),
            *((DocType.PAYMENT, p.doc_id) for p in self.payments),
        ]

    def only(self, kinds: Sequence[DocType]) -> ExportBatch:
        return ExportBatch(
            self.invoices if DocType.INVOICE in kinds else (),
            self.credit_notes if DocType.CREDIT_NOTE in kinds else (),
            self.payments if DocType.PAYMENT in kinds else (),
        )


# -- the double-entry journal ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Posting:
    account: str
    debit: int  # minor units, >= 0
    credit: int  # minor units, >= 0


@dataclass(frozen=True, slots=True)
class JournalEntry:
    entry_id: str
    on: date
    currency: Currency
    reference: str
    memo: str
    postings: tuple[Posting, ...]

    @property
    def balanced(self) -> bool:
        return sum(p.debit for p in self.postings) == sum(p.credit for p in self.postings)


def _grouped(pairs: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    totals: dict[str, int] = {}
    for account, amount in pairs:
        totals[account] = totals.get(account, 0) + amount
    return [(a, v) for a, v in totals.items() if v]


def _side(account: str, amount: int, *, debit: bool) -> Posting:
    """A posting on its natural side; a negative amount goes on the other side."""
    if (amount >= 0) == debit:
        return Posting(account, abs(amount), 0)
    return Posting(account, 0, abs(amount))


def journal_entries(batch: ExportBatch, mappings: Mappings) -> list[JournalEntry]:
    """Balanced entries: invoice (Dr receivable / Cr income, tax), credit note (the reverse),
    payment (Dr bank / Cr receivable). Each entry in its document's currency."""
    receivable = mappings.default(DEFAULT_RECEIVABLE)
    entries: list[JournalEntry] = []
    for doc in batch.invoices:
        income = _grouped([(mappings.income_account(ln.product_id), ln.net) for ln in doc.lines])
        taxes = _grouped(
            [
                (mappings.tax_code(ln.tax_rate_ids) if ln.tax_rate_ids else "", ln.tax)
                for ln in doc.lines
            ]
        )
        # Stripe's total is the truth; a cent of rounding between it and the lines goes to
        # the first income account, so the entry always balances.
        diff = doc.total - sum(v for _, v in income) - sum(v for _, v in taxes)
        if diff:
            income = (
                [(income[0][0], income[0][1] + diff), *income[1:]]
                if income
                else [(mappings.default(DEFAULT_INCOME), diff)]
            )
        postings = [_side(receivable, doc.total, debit=True)]
        postings += [_side(a, v, debit=False) for a, v in income]
        postings += [_side(a or mappings.default(DEFAULT_TAX), v, debit=False) for a, v in taxes]
        entries.append(
            JournalEntry(
                f"INV-{doc.doc_id}",
                doc.issue_date,
                doc.currency,
                doc.number,
                f"Invoice {doc.number} to {doc.customer.name}",
                tuple(postings),
            )
        )
    for doc in batch.credit_notes:
        returns = _grouped([(mappings.default(DEFAULT_RETURNS), doc.net)])
        taxes = _grouped(
            [
                (mappings.tax_code([t.tax_rate_id]) if t.tax_rate_id else "", t.amount)
                for t in doc.taxes
            ]
        )
        tax_left = doc.tax - sum(v for _, v in taxes)
        if tax_left:
            taxes.append(("", tax_left))
        postings = [_side(a, v, debit=True) for a, v in returns]
        postings += [_side(a or mappings.default(DEFAULT_TAX), v, debit=True) for a, v in taxes]
        postings.append(_side(receivable, doc.total, debit=False))
        entries.append(
            JournalEntry(
                f"CN-{doc.doc_id}",
                doc.issue_date,
                doc.currency,
                doc.number,
                f"Credit note {doc.number} on {doc.reference}",
                tuple(postings),
            )
        )
    for pay in batch.payments:
        payment = (
            _side(mappings.default(DEFAULT_BANK), pay.amount, debit=True),
            _side(receivable, pay.amount, debit=False),
        )
        entries.append(
            JournalEntry(
                f"PAY-{pay.doc_id.removeprefix('pay:')}",
                pay.paid_on,
                pay.currency,
                pay.invoice_number,
                f"Payment of {pay.invoice_number} by {pay.customer}",
                payment,
            )
        )
    return entries
