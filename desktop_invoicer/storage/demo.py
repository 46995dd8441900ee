"""Sample data: a realistic demo workspace, and large data sets for benchmarks.

Everything is derived from ``seed`` (ids included) and ``today``, so the same
arguments give the same database. :func:`populate_demo` goes through the
repositories (validation, the status machine, the audit log), as a person using
the app would. :func:`bulk_generate` writes rows directly with ``executemany`` in
one transaction, using the same row mappings and search documents as the
repositories, so benchmark data looks exactly like real data to every query.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from ..domain.catalog import Address, Customer, Discount, Price, Product, TaxRate
from ..domain.currency import Currency, currency
from ..domain.invoice import Invoice, InvoiceLine, InvoiceTotals
from ..domain.money import Money
from ..domain.status import InvoiceAction, InvoiceStatus
from ..domain.totals import compute_totals
from . import search
from .repositories.base import insert_sql
from .repositories.customers import customer_columns
from .repositories.invoices import LINE_SQL, invoice_columns, line_rows, sort_date

if TYPE_CHECKING:
    from .database import Database

DEMO_ACTOR = "demo data"
HISTORY_DAYS = 548  # about 18 months


# -- the catalog ----------------------------------------------------------------------

# name, description, price in USD cents, per-unit quantity range
_PRODUCTS = [
    ("Website maintenance", "Monthly updates, backups and security patches", 45000, (1, 3)),
    ("Logo design", "Three concepts and two rounds of revisions", 120000, (1, 1)),
    ("SEO audit", "Technical and content audit with a prioritised action list", 85000, (1, 1)),
    ("Web hosting (monthly)", "Managed hosting with daily backups", 2900, (1, 12)),
    ("Consulting hour", "Strategy or technical consulting, per hour", 15000, (1, 40)),
    ("Copywriting (per page)", "Web copy, one page", 18000, (1, 8)),
    ("Photography session", "Half-day product photography", 65000, (1, 2)),
    ("Training workshop", "Full-day team workshop, up to 12 people", 240000, (1, 2)),
    ("Support retainer", "Priority support, 10 hours per month", 130000, (1, 3)),
    ("Domain renewal", "One year, .com", 1800, (1, 5)),
    ("Translation (per 1,000 words)", "Professional translation and proofreading", 12000, (1, 20)),
    ("Café catering — team lunch", "Lunch for up to 15 people, délicieux", 38000, (1, 2)),
]

# USD cents -> other currencies' minor units as (numerator, denominator, rounding step).
_CONVERSIONS = {
    "USD": (1, 1, 50),
    "EUR": (23, 25, 50),
    "GBP": (79, 100, 50),
    "JPY": (3, 2, 100),  # 150 yen per dollar; JPY has no minor unit
    "KWD": (307, 100, 50),  # 0.307 KWD per dollar, in fils; Stripe wants a final 0
}

# display name, percentage, inclusive, jurisdiction (a country code, or US-NY)
_TAX_RATES = [
    ("VAT 20%", "20", False, "GB"),
    ("MwSt. 19 %", "19", True, "DE"),
    ("TVA 20 %", "20", True, "FR"),
    ("IVA 21%", "21", False, "ES"),
    ("BTW 21%", "21", False, "NL"),
    ("VAT 23%", "23", False, "IE"),
    ("Moms 25 %", "25", True, "DK"),
    ("NY sales tax", "8.875", False, "US-NY"),
    ("消費税 10%", "10", False, "JP"),
]

# name, percent off, or (amount off, currency)
_DISCOUNTS: list[tuple[str, str | None, tuple[int, str] | None]] = [
    ("Loyalty 10%", "10", None),
    ("Launch offer 25%", "25", None),
    ("Early payment 2.5%", "2.5", None),
    ("USD 50 off", None, (5000, "USD")),
    ("EUR 20 off", None, (2000, "EUR")),
    ("¥5,000 off", None, (5000, "JPY")),
]

# -- customers ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Country:
    code: str
    currency: str
    locale: str
    weight: int
    addresses: tuple[tuple[str, str, str, str], ...]  # line1, city, postal code, state
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]


_INDUSTRIES = (
    "Analytics",
    "Design",
    "Logistics",
    "Consulting",
    "Software",
    "Foods",
    "Media",
    "Architects",
    "Dental",
    "Robotics",
    "Travel",
    "Studio",
)

_COUNTRIES = [
    _Country(
        "US",
        "USD",
        "en-US",
        30,
        (
            ("350 Fifth Avenue", "New York", "10118", "NY"),
            ("1 Market Street", "San Francisco", "94105", "CA"),
            ("233 S Wacker Dr", "Chicago", "60606", "IL"),
            ("100 Congress Ave", "Austin", "78701", "TX"),
        ),
        ("Acme", "Blue Ridge", "Summit", "Pioneer", "Lakeside", "Redwood", "Northwind", "Harbor"),
        ("Inc.", "LLC", "Co."),
    ),
    _Country(
        "GB",
        "GBP",
        "en-GB",
        14,
        (
            ("10 Downing Lane", "London", "EC1A 1BB", ""),
            ("22 Deansgate", "Manchester", "M3 4LQ", ""),
            ("5 Queen Street", "Edinburgh", "EH2 1JE", ""),
        ),
        ("Thames Valley", "Pennine", "Oakridge", "Kingsley", "Camden", "Brompton"),
        ("Ltd", "LLP"),
    ),
    _Country(
        "DE",
        "EUR",
        "de-DE",
        10,
        (
            ("Friedrichstraße 123", "Berlin", "10117", ""),
            ("Königsallee 1", "Düsseldorf", "40212", ""),
            ("Maximilianstraße 8", "München", "80539", ""),
        ),
        ("Müller", "Schäfer", "Köhler", "Weiß", "Groß", "Bäumer"),
        ("GmbH", "AG", "& Söhne GmbH"),
    ),
    _Country(
        "FR",
        "EUR",
        "fr-FR",
        8,
        (
            ("12 rue de la Paix", "Paris", "75002", ""),
            ("3 quai Saint-Antoine", "Lyon", "69002", ""),
            ("8 cours Mirabeau", "Aix-en-Provence", "13100", ""),
        ),
        ("Café Lumière", "Atelier Léon", "Éditions Zéphyr", "Château Belvédère", "Maison Benoît"),
        ("SARL", "SAS"),
    ),
    _Country(
        "ES",
        "EUR",
        "es-ES",
        5,
        (
            ("Calle de Alcalá 45", "Madrid", "28014", ""),
            ("Passeig de Gràcia 21", "Barcelona", "08007", ""),
        ),
        ("Peña", "Ibáñez", "Muñoz", "Castaño"),
        ("S.L.", "S.A."),
    ),
    _Country(
        "NL",
        "EUR",
        "nl-NL",
        4,
        (("Keizersgracht 174", "Amsterdam", "1016 DW", ""),),
        ("Van der Berg", "De Vries", "Oranje"),
        ("B.V.",),
    ),
    _Country(
        "IE",
        "EUR",
        "en-IE",
        3,
        (("25 Grafton Street", "Dublin", "D02 VF65", ""),),
        ("Liffey", "Ó Briain", "Connemara"),
        ("Ltd", "DAC"),
    ),
    _Country(
        "DK",
        "EUR",
        "da-DK",
        3,
        (("Strøget 18", "København", "1160", ""), ("Søndergade 4", "Aarhus", "8000", "")),
        ("Nørgaard", "Østergaard", "Bjørn"),
        ("ApS", "A/S"),
    ),
    _Country(
        "JP",
        "JPY",
        "ja-JP",
        6,
        (
            ("丸の内1-9-1", "千代田区, 東京", "100-0005", "東京都"),
            ("梅田3-1-1", "大阪市北区", "530-0001", "大阪府"),
        ),
        ("株式会社山田", "さくら", "東京", "富士"),
        ("製作所", "デザイン株式会社", "ロジスティクス株式会社"),
    ),
    _Country(
        "KW",
        "KWD",
        "ar-KW",
        4,
        (("Block 3, Street 15, Building 7", "Kuwait City", "13001", ""),),
        ("مؤسسة النور", "شركة الخليج", "دار الصفاء"),
        ("للتجارة", "للاستشارات"),
    ),
]

# The first customers are always these, so every demo has the interesting cases.
_FIXED_CUSTOMERS = [
    ("Acme Corporation", "US", "acme-corporation"),
    ("Café Lumière SARL", "FR", "cafe-lumiere"),
    ("Müller & Söhne GmbH", "DE", "mueller-soehne"),
    ("株式会社山田製作所", "JP", "yamada-seisakusho"),
    ("مؤسسة النور للتجارة", "KW", "al-noor-trading"),
    ("Thames Valley Analytics Ltd", "GB", "thames-valley-analytics"),
    ("Nørgaard Design ApS", "DK", "norgaard-design"),
    ("Peña & Asociados S.L.", "ES", "pena-asociados"),
]

_EMAIL_NAMES = ("billing", "accounts", "finance", "invoices", "ap")
_MEMOS = (
    "",
    "",
    "Thank you for your business!",
    "Merci pour votre confiance.",
    "Vielen Dank für Ihren Auftrag.",
    "ご利用ありがとうございます。",
)


def _rid(rng: random.Random) -> str:
    """A uuid4-shaped hex id drawn from ``rng`` (so ids are deterministic too)."""
    return f"{rng.getrandbits(128):032x}"


def _ascii_slug(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = "".join(ch if ch.isalnum() else "-" for ch in folded)
    return "-".join(part for part in slug.split("-") if part)


def _convert(usd_cents: int, code: str) -> int:
    numerator, denominator, step = _CONVERSIONS[code]
    value = usd_cents * numerator // denominator
    return max(step, (value + step // 2) // step * step)


def _make_customers(rng: random.Random, count: int) -> list[Customer]:
    by_code = {c.code: c for c in _COUNTRIES}
    weights = [c.weight for c in _COUNTRIES]
    customers = []
    for index in range(count):
        if index < len(_FIXED_CUSTOMERS):
            name, code, slug = _FIXED_CUSTOMERS[index]
            country = by_code[code]
        else:
            country = rng.choices(_COUNTRIES, weights)[0]
            prefix = rng.choice(country.prefixes)
            suffix = rng.choice(country.suffixes)
            if country.code in ("JP", "KW"):
                name = f"{prefix} {suffix}" if country.code == "KW" else f"{prefix}{suffix}"
                slug = f"{country.code.lower()}-client-{index}"
            else:
                name = f"{prefix} {rng.choice(_INDUSTRIES)} {suffix}"
                slug = _ascii_slug(f"{prefix} {name.split()[-2]}") or f"client-{index}"
        line1, city, postal, state = rng.choice(country.addresses)
        customers.append(
            Customer(
                id=_rid(rng),
                name=name,
                email=f"{rng.choice(_EMAIL_NAMES)}@{slug}.example",
                currency=currency(country.currency),
                address=Address(
                    line1=line1, city=city, postal_code=postal, state=state, country=country.code
                ),
                phone=f"+{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                locale=country.locale,
                tax_exempt=rng.random() < 0.03,
            )
        )
    return customers


@dataclass(frozen=True, slots=True)
class _Catalog:
    products: list[Product]
    prices: dict[str, list[tuple[Price, str, tuple[int, int]]]]  # by currency: price, name, qty
    tax_rates: dict[str, TaxRate]  # by jurisdiction
    discounts: list[Discount]


def _make_catalog(rng: random.Random) -> _Catalog:
    products, prices = [], []
    by_currency: dict[str, list[tuple[Price, str, tuple[int, int]]]] = {}
    for name, description, usd_cents, quantities in _PRODUCTS:
        product = Product(id=_rid(rng), name=name, description=description)
        products.append(product)
        for code in _CONVERSIONS:
            price = Price(_rid(rng), product.id, Money(_convert(usd_cents, code), currency(code)))
            prices.append(price)
            by_currency.setdefault(code, []).append((price, name, quantities))
    tax_rates = {
        jurisdiction: TaxRate(_rid(rng), label, Decimal(pct), inclusive, jurisdiction)
        for label, pct, inclusive, jurisdiction in _TAX_RATES
    }
    discounts = [
        Discount(
            _rid(rng),
            name,
            percent_off=None if pct is None else Decimal(pct),
            amount_off=None if amount is None else Money(amount[0], currency(amount[1])),
        )
        for name, pct, amount in _DISCOUNTS
    ]
    return _Catalog(products, by_currency, tax_rates, discounts)


def _store_catalog(db: Database, catalog: _Catalog) -> None:
    for product in catalog.products:
        db.products.add(product, actor=DEMO_ACTOR)
    for entries in catalog.prices.values():
        for price, _, _ in entries:
            db.prices.add(price, actor=DEMO_ACTOR)
    for rate in catalog.tax_rates.values():
        db.tax_rates.add(rate, actor=DEMO_ACTOR)
    for discount in catalog.discounts:
        db.discounts.add(discount, actor=DEMO_ACTOR)


def _tax_for(customer: Customer, catalog: _Catalog) -> tuple[TaxRate, ...]:
    if customer.tax_exempt:
        return ()
    country = customer.address.country
    if country == "US":
        return (catalog.tax_rates["US-NY"],) if customer.address.state == "NY" else ()
    rate = catalog.tax_rates.get(country)
    return (rate,) if rate else ()


def _status_for(rng: random.Random, age_days: int) -> InvoiceStatus:
    if age_days < 20:
        return InvoiceStatus.DRAFT if rng.random() < 0.4 else InvoiceStatus.OPEN
    roll = rng.random()
    for status, share in (
        (InvoiceStatus.PAID, 0.70),
        (InvoiceStatus.OPEN, 0.10),
        (InvoiceStatus.UNCOLLECTIBLE, 0.08),
        (InvoiceStatus.VOID, 0.07),
    ):
        if roll < share:
            return status
        roll -= share
    return InvoiceStatus.DRAFT


def _make_invoice(
    rng: random.Random,
    customer: Customer,
    catalog: _Catalog,
    invoice_id: str,
    lines_between: tuple[int, int],
) -> Invoice:
    cur: Currency = customer.currency
    taxes = _tax_for(customer, catalog)
    lines = []
    for price, name, (low, high) in rng.sample(
        catalog.prices[cur.code], rng.randint(*lines_between)
    ):
        lines.append(
            InvoiceLine(
                description=name,
                quantity=rng.randint(low, high),
                unit_amount=price.unit_amount,
                tax_rates=taxes,
                price_id=price.id,
            )
        )
    discounts: tuple[Discount, ...] = ()
    if rng.random() < 0.15:
        usable = [
            d for d in catalog.discounts if d.amount_off is None or d.amount_off.currency == cur
        ]
        discounts = (rng.choice(usable),)
    custom_fields: tuple[tuple[str, str], ...] = ()
    if rng.random() < 0.2:
        custom_fields = (("PO number", f"PO-{rng.randint(10000, 99999)}"),)
    return Invoice(
        id=invoice_id,
        customer_id=customer.id,
        currency=cur,
        lines=tuple(lines),
        discounts=discounts,
        memo=rng.choice(_MEMOS),
        custom_fields=custom_fields,
        days_until_due=rng.choice((14, 30, 30, 45, 60)),
    )


def _number_prefix(customer: Customer, index: int) -> str:
    letters = "".join(ch for ch in _ascii_slug(customer.name).upper() if ch.isalnum())[:4]
    return f"{letters or 'CUST'}{index:04X}"


@dataclass(frozen=True, slots=True)
class DemoSummary:
    customers: int
    invoices: int
    by_status: dict[InvoiceStatus, int]


def populate_demo(
    db: Database,
    customers: int = 60,
    invoices: int = 600,
    seed: int = 7,
    today: date | None = None,
) -> DemoSummary:
    """Fill ``db`` with a realistic, deterministic demo workspace.

    Customers from several countries (accents, a Japanese and an Arabic name),
    a catalog priced in USD, EUR, GBP, JPY and KWD, inclusive and exclusive tax
    rates, some discounts, and invoices over the last 18 months in every status.
    """
    rng = random.Random(seed)
    today = today or date.fromtimestamp(db.clock())
    catalog = _make_catalog(rng)
    people = _make_customers(rng, customers)
    prefixes = {c.id: _number_prefix(c, i + 1) for i, c in enumerate(people)}
    plans = sorted(
        ((rng.randint(0, HISTORY_DAYS), rng.randrange(customers)) for _ in range(invoices)),
        reverse=True,  # oldest first, so numbers increase with the date
    )
    by_status: dict[InvoiceStatus, int] = {}
    sequence: dict[str, int] = {}
    with db.transaction():
        _store_catalog(db, catalog)
        for customer in people:
            db.customers.add(customer, actor=DEMO_ACTOR)
        for age, who in plans:
            customer = people[who]
            invoice = _make_invoice(rng, customer, catalog, _rid(rng), (1, 4))
            status = _status_for(rng, age)
            issued = today - timedelta(days=age)
            if status is InvoiceStatus.DRAFT:
                db.invoices.save_draft(invoice, actor=DEMO_ACTOR)
            else:
                db.invoices.save_draft(replace(invoice, issue_date=issued), actor=DEMO_ACTOR)
                sequence[customer.id] = sequence.get(customer.id, 0) + 1
                number = f"{prefixes[customer.id]}-{sequence[customer.id]:04d}"
                db.invoices.set_status(
                    invoice.id, InvoiceAction.FINALIZE, actor=DEMO_ACTOR, number=number
                )
                follow_up = {
                    InvoiceStatus.PAID: InvoiceAction.PAY,
                    InvoiceStatus.VOID: InvoiceAction.VOID,
                    InvoiceStatus.UNCOLLECTIBLE: InvoiceAction.MARK_UNCOLLECTIBLE,
                }.get(status)
                if follow_up is not None:
                    db.invoices.set_status(invoice.id, follow_up, actor=DEMO_ACTOR)
            by_status[status] = by_status.get(status, 0) + 1
    return DemoSummary(customers, invoices, by_status)


# -- bulk generation for benchmarks ---------------------------------------------------


def _chunks(items: Sequence[tuple[int, int]], size: int) -> Iterator[Sequence[tuple[int, int]]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _totals(invoice: Invoice, cache: dict[tuple[object, ...], InvoiceTotals]) -> InvoiceTotals:
    """The invoice's totals, reusing the domain's totals of identical lines.

    Without discounts every line is taxed and rounded on its own and the invoice's
    totals are the sums of its lines' (``domain/totals.py``), so a line's totals
    can be computed once per (quantity, unit amount, tax rates). Invoices with
    discounts share amounts between lines and are computed whole. This keeps
    100,000 invoices within the benchmark's time budget; a test checks the
    results against ``Invoice.totals()``.
    """
    if invoice.discounts:
        return invoice.totals()
    cur = invoice.currency
    parts = []
    for line in invoice.lines:
        key = (line.quantity, line.unit_amount, tuple(r.id for r in line.tax_rates))
        found = cache.get(key)
        if found is None:
            found = cache[key] = compute_totals(cur, [line])
        parts.append(found)
    return InvoiceTotals(
        subtotal=Money(sum(p.subtotal.minor for p in parts), cur),
        discount=Money.zero(cur),
        tax=Money(sum(p.tax.minor for p in parts), cur),
        exclusive_tax=Money(sum(p.exclusive_tax.minor for p in parts), cur),
        total=Money(sum(p.total.minor for p in parts), cur),
    )


def bulk_generate(
    db: Database,
    customers: int = 10_000,
    invoices: int = 100_000,
    seed: int = 1,
    today: date | None = None,
) -> None:
    """Add many customers and invoices (2-3 lines each) fast, for benchmarks.

    One transaction, ``executemany`` per chunk, rows built by the repositories'
    own mapping functions; the invoice search index is rebuilt once at the end.
    """
    rng = random.Random(seed)
    today = today or date.fromtimestamp(db.clock())
    now = int(db.clock())
    catalog = _make_catalog(rng)
    people = _make_customers(rng, customers)
    plans = sorted(
        ((rng.randint(0, HISTORY_DAYS), rng.randrange(customers)) for _ in range(invoices)),
        reverse=True,
    )
    serial = db.invoices.count()
    conn = db.connection()
    # Index inserts in random id order thrash the default 2 MB page cache.
    cache_size = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute("PRAGMA cache_size=-262144")  # 256 MB, for this call only
    line_totals: dict[tuple[object, ...], InvoiceTotals] = {}
    invoice_sql = ""
    try:
        with db.transaction() as tx:
            _store_catalog(db, catalog)
            rows = [[c.id, *customer_columns(c).values(), now, now] for c in people]
            if rows:
                names = ["id", *customer_columns(people[0]), "created", "updated_at"]
                tx.executemany(insert_sql("customers", names), rows)
            for chunk in _chunks(plans, 5000):
                invoice_rows, lines = [], []
                for age, who in chunk:
                    customer = people[who]
                    invoice = _make_invoice(rng, customer, catalog, _rid(rng), (2, 3))
                    status = _status_for(rng, age)
                    if status is not InvoiceStatus.DRAFT:
                        serial += 1
                        invoice = replace(
                            invoice,
                            status=status,
                            issue_date=today - timedelta(days=age),
                            number=f"INV-{serial:06d}",
                        )
                    totals = _totals(invoice, line_totals)
                    if status is InvoiceStatus.PAID:
                        invoice = replace(invoice, amount_paid=totals.total.minor)
                    columns = invoice_columns(invoice, customer.name, customer.email, totals)
                    # Created on the day it is dated, like an invoice made in the app.
                    created = now - age * 86_400
                    columns.update(
                        created=created,
                        updated_at=now,
                        sort_date=sort_date(invoice.issue_date, created),
                    )
                    invoice_sql = invoice_sql or insert_sql("invoices", ["id", *columns])
                    invoice_rows.append([invoice.id, *columns.values()])
                    lines.extend(line_rows(invoice))
                tx.executemany(invoice_sql, invoice_rows)
                tx.executemany(LINE_SQL, lines)
            search.reindex_all_invoices(tx.conn)
            tx.execute(
                "INSERT INTO audit_log (at, actor, object_type, object_id, action, before, after) "
                "VALUES (?, ?, 'workspace', '', 'bulk_generate', NULL, ?)",
                (now, DEMO_ACTOR, f'{{"customers":{customers},"invoices":{invoices}}}'),
            )
            tx.changed("customers", "invoices", "audit_log")
    finally:
        conn.execute(f"PRAGMA cache_size={cache_size}")
    conn.execute("ANALYZE")  # statistics, so the planner picks the list indexes
