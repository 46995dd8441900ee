"""The vocabulary of the sample data: products and prices, currencies, tax rates,
discounts, countries with their addresses and company names, and memos.

Plain data only; :mod:`.demo_generators` draws from it.
"""

from __future__ import annotations

from dataclasses import dataclass

# -- the catalog ----------------------------------------------------------------------

# name, description, price in USD cents, per-unit quantity range
PRODUCTS = [
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
CONVERSIONS = {
    "USD": (1, 1, 50),
    "EUR": (23, 25, 50),
    "GBP": (79, 100, 50),
    "JPY": (3, 2, 100),  # 150 yen per dollar; JPY has no minor unit
    "KWD": (307, 100, 50),  # 0.307 KWD per dollar, in fils; Stripe wants a final 0
}

# display name, percentage, inclusive, jurisdiction (a country code, or US-NY)
TAX_RATES = [
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
DISCOUNTS: list[tuple[str, str | None, tuple[int, str] | None]] = [
    ("Loyalty 10%", "10", None),
    ("Launch offer 25%", "25", None),
    ("Early payment 2.5%", "2.5", None),
    ("USD 50 off", None, (5000, "USD")),
    ("EUR 20 off", None, (2000, "EUR")),
    ("¥5,000 off", None, (5000, "JPY")),
]

# -- customers ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    currency: str
    locale: str
    weight: int
    addresses: tuple[tuple[str, str, str, str], ...]  # line1, city, postal code, state
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]


INDUSTRIES = (
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

COUNTRIES = [
    Country(
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
    Country(
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
    Country(
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
    Country(
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
    Country(
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
    Country(
        "NL",
        "EUR",
        "nl-NL",
        4,
        (("Keizersgracht 174", "Amsterdam", "1016 DW", ""),),
        ("Van der Berg", "De Vries", "Oranje"),
        ("B.V.",),
    ),
    Country(
        "IE",
        "EUR",
        "en-IE",
        3,
        (("25 Grafton Street", "Dublin", "D02 VF65", ""),),
        ("Liffey", "Ó Briain", "Connemara"),
        ("Ltd", "DAC"),
    ),
    Country(
        "DK",
        "EUR",
        "da-DK",
        3,
        (("Strøget 18", "København", "1160", ""), ("Søndergade 4", "Aarhus", "8000", "")),
        ("Nørgaard", "Østergaard", "Bjørn"),
        ("ApS", "A/S"),
    ),
    Country(
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
    Country(
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
FIXED_CUSTOMERS = [
    ("Acme Corporation", "US", "acme-corporation"),
    ("Café Lumière SARL", "FR", "cafe-lumiere"),
    ("Müller & Söhne GmbH", "DE", "mueller-soehne"),
    ("株式会社山田製作所", "JP", "yamada-seisakusho"),
    ("مؤسسة النور للتجارة", "KW", "al-noor-trading"),
    ("Thames Valley Analytics Ltd", "GB", "thames-valley-analytics"),
    ("Nørgaard Design ApS", "DK", "norgaard-design"),
    ("Peña & Asociados S.L.", "ES", "pena-asociados"),
]

EMAIL_NAMES = ("billing", "accounts", "finance", "invoices", "ap")
MEMOS = (
    "",
    "",
    "Thank you for your business!",
    "Merci pour votre confiance.",
    "Vielen Dank für Ihren Auftrag.",
    "ご利用ありがとうございます。",
)
