"""The languages and locales a customer's documents can be in.

A customer's ``locale`` is a BCP 47 tag as Stripe's ``preferred_locales`` takes it
(``de``, ``fr-CA``, ``pt-BR``): the same value drives the Stripe-hosted invoice and
email language, our PDF labels, and CLDR formatting of dates and money (babel, in
``documents/``). Pure data: no babel here, so the domain stays dependency-free.
"""

from __future__ import annotations

# Stripe's invoice/customer locales (docs.stripe.com/invoicing/customize#customer-locales),
# with the name a person picks from. "en" first: the default.
STRIPE_LOCALES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("en-GB", "English (United Kingdom)"),
    ("ar", "العربية — Arabic"),
    ("bg", "Български — Bulgarian"),
    ("cs", "Čeština — Czech"),
    ("da", "Dansk — Danish"),
    ("de", "Deutsch — German"),
    ("el", "Ελληνικά — Greek"),
    ("es", "Español — Spanish"),
    ("es-419", "Español (Latinoamérica)"),
    ("et", "Eesti — Estonian"),
    ("fi", "Suomi — Finnish"),
    ("fil", "Filipino"),
    ("fr", "Français — French"),
    ("fr-CA", "Français (Canada)"),
    ("he", "עברית — Hebrew"),
    ("hr", "Hrvatski — Croatian"),
    ("hu", "Magyar — Hungarian"),
    ("id", "Bahasa Indonesia"),
    ("it", "Italiano — Italian"),
    ("ja", "日本語 — Japanese"),
    ("ko", "한국어 — Korean"),
    ("lt", "Lietuvių — Lithuanian"),
    ("lv", "Latviešu — Latvian"),
    ("ms", "Bahasa Melayu — Malay"),
    ("mt", "Malti — Maltese"),
    ("nb", "Norsk bokmål — Norwegian"),
    ("nl", "Nederlands — Dutch"),
    ("pl", "Polski — Polish"),
    ("pt", "Português — Portuguese"),
    ("pt-BR", "Português (Brasil)"),
    ("ro", "Română — Romanian"),
    ("ru", "Русский — Russian"),
    ("sk", "Slovenčina — Slovak"),
    ("sl", "Slovenščina — Slovenian"),
    ("sv", "Svenska — Swedish"),
    ("th", "ไทย — Thai"),
    ("tr", "Türkçe — Turkish"),
    ("vi", "Tiếng Việt — Vietnamese"),
    ("zh", "中文 (简体) — Chinese, Simplified"),
    ("zh-HK", "中文 (香港) — Chinese, Hong Kong"),
    ("zh-TW", "中文 (繁體) — Chinese, Traditional"),
)
LOCALE_CODES = frozenset(code for code, _ in STRIPE_LOCALES)
DEFAULT_LOCALE = "en"
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})


def language_of(tag: str) -> str:
    """``de`` for ``de-AT``/``de_AT``; ``en`` for an empty tag."""
    return (tag or DEFAULT_LOCALE).replace("_", "-").split("-")[0].lower() or DEFAULT_LOCALE


def is_rtl(tag: str) -> bool:
    return language_of(tag) in RTL_LANGUAGES


def normalize_locale(tag: str) -> str:
    """A Stripe locale code for ``tag``: exact, else its language, else ``en``."""
    cleaned = (tag or "").strip().replace("_", "-")
    for code in LOCALE_CODES:
        if code.lower() == cleaned.lower():
            return code
    language = language_of(cleaned)
    return language if language in LOCALE_CODES else DEFAULT_LOCALE


def locale_label(tag: str) -> str:
    return dict(STRIPE_LOCALES).get(normalize_locale(tag), tag)
