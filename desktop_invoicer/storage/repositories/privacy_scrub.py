"""Taking a person out of stored values: what a privacy erasure rewrites, and how.

Personal keys are dropped from JSON wherever they appear (Stripe payloads, audit
snapshots, outbox payloads); a name key keeps its place with the pseudonym; and any
text holding the person's name, email, phone or street is rewritten with the
pseudonym. Numbers are never touched, so amounts, dates and tax stay as they were.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..codec import dumps, loads

MIN_NEEDLE = 3  # shorter strings would rewrite unrelated text

PERSONAL_KEYS = frozenset(
    {
        "email",
        "phone",
        "address",
        "shipping",
        "billing_details",
        "receipt_email",
        "customer_email",
        "customer_phone",
        "customer_address",
        "customer_shipping",
        "customer_tax_ids",
        "tax_ids",
        "preferred_locales",
        "invoice_settings",
    }
)
NAME_KEYS = frozenset({"name", "customer_name"})


def scrub(value: Any, needles: Iterable[str], pseudonym: str) -> Any:
    """``value`` (JSON data or text) without the person: personal keys dropped, their
    name, email, phone and address text replaced by ``pseudonym``. Numbers stay."""
    needles = sorted({n for n in needles if n and len(n) >= MIN_NEEDLE}, key=len, reverse=True)
    pattern = (
        re.compile("|".join(re.escape(n) for n in needles), re.IGNORECASE) if needles else None
    )

    def walk(item: Any) -> Any:
        if isinstance(item, dict):
            out: dict[str, Any] = {}
            for key, inner in item.items():
                if key in PERSONAL_KEYS:
                    out[key] = None
                elif key in NAME_KEYS and isinstance(inner, str) and inner:
                    out[key] = pseudonym
                else:
                    out[key] = walk(inner)
            return out
        if isinstance(item, list):
            return [walk(inner) for inner in item]
        if isinstance(item, str) and pattern is not None:
            return pattern.sub(pseudonym, item)
        return item

    return walk(value)


def scrub_text(text: Any, needles: Iterable[str], pseudonym: str) -> Any:
    """A stored column: JSON text is scrubbed as data, other text as text."""
    if not isinstance(text, str) or not text:
        return text
    if text[:1] in "{[":
        try:
            return dumps(scrub(loads(text), needles, pseudonym))
        except ValueError:
            pass
    result = scrub(text, needles, pseudonym)
    return result
