"""Invoice number formats such as ``INV-{YYYY}-{seq:04}``, as values.

Where numbers come from (the design, issue 10)
----------------------------------------------
Stripe assigns a number when it finalizes an invoice: ``{customer.invoice_prefix}-{seq}``
per customer, or one account-wide sequence. A business that wants its own format
(``INV-2025-0042``, restarting each year) sets ``number`` on the draft just before
finalizing (Stripe allows ``number`` on a draft update, and a number must be unique
in the account). So:

1. The format lives in the workspace (``storage/repositories/numbering.py``).
2. Finalizing first *reserves* the next number of the format's scope (its text with
   the date filled in, e.g. ``INV-2025-``) in SQLite, write-ahead, keyed by the
   invoice: a crash after reserving and before saving finds the same reservation on
   restart and uses that number (never a second one, so no gap; never for another
   invoice, so no reuse).
3. The number is then set on the Stripe draft and the invoice finalized. If Stripe
   refuses it as taken (another desktop on the account got there first), the
   reservation is marked ``taken`` (the number is in use, by the other desktop:
   not a gap) and the next one is tried.
4. Numbers seen in Stripe (synced invoices) move the sequence past them
   (``observe``), so a desktop that was offline never proposes a used number.

A format without ``{seq}`` is refused; date tokens are ``{YYYY}``, ``{YY}``,
``{MM}``; ``{seq:04}`` pads to 4 digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .validation import FieldError

DEFAULT_FORMAT = "INV-{YYYY}-{seq:04}"
MAX_NUMBER_LENGTH = 26  # what Stripe's dashboard accepts for an invoice number
_TOKEN = re.compile(r"\{(YYYY|YY|MM|seq(?::0?(\d))?)\}")
_ALLOWED_TEXT = re.compile(r"^[A-Za-z0-9_./#-]*$")


@dataclass(frozen=True, slots=True)
class NumberFormat:
    pattern: str = DEFAULT_FORMAT

    def errors(self) -> list[FieldError]:
        tokens = _TOKEN.findall(self.pattern)
        literal = _TOKEN.sub("", self.pattern)
        problems: list[FieldError] = []
        if sum(1 for name, _ in tokens if name.startswith("seq")) != 1:
            problems.append(FieldError("pattern", "Put {seq} (or {seq:04}) in the format once."))
        elif "{" in literal or "}" in literal:
            problems.append(FieldError("pattern", "Use only {YYYY}, {YY}, {MM} and {seq:04}."))
        elif not _ALLOWED_TEXT.match(literal):
            problems.append(
                FieldError("pattern", "Use letters, digits and - _ . / # around the tokens.")
            )
        elif len(self.format(date(2099, 12, 31), 10**self.width)) > MAX_NUMBER_LENGTH:
            problems.append(FieldError("pattern", f"Numbers must fit in {MAX_NUMBER_LENGTH}."))
        return problems

    @property
    def width(self) -> int:
        for name, digits in _TOKEN.findall(self.pattern):
            if name.startswith("seq"):
                return int(digits or 1)
        return 1

    def _fill(self, issued: date, seq_text: str) -> str:
        def token(match: re.Match[str]) -> str:
            name = match.group(1)
            if name == "YYYY":
                return f"{issued.year:04d}"
            if name == "YY":
                return f"{issued.year % 100:02d}"
            if name == "MM":
                return f"{issued.month:02d}"
            return seq_text

        return _TOKEN.sub(token, self.pattern)

    def scope(self, issued: date) -> str:
        """The sequence this date numbers in: the format with the date filled in."""
        return self._fill(issued, "{seq}")

    def format(self, issued: date, seq: int) -> str:
        return self._fill(issued, f"{seq:0{self.width}d}")

    def sequence_of(self, number: str, scope: str) -> int | None:
        """The sequence number in ``number`` if it belongs to ``scope``, else None."""
        before, _, after = scope.partition("{seq}")
        match = re.fullmatch(re.escape(before) + r"(\d+)" + re.escape(after), number)
        return int(match.group(1)) if match else None

    def scopes_of(self, number: str) -> tuple[str, int] | None:
        """(scope, sequence) of any number this format could have made, else None."""
        parts: list[str] = []
        names: list[str] = []
        last = 0
        for match in _TOKEN.finditer(self.pattern):
            parts.append(re.escape(self.pattern[last : match.start()]))
            name = match.group(1)
            names.append("seq" if name.startswith("seq") else name)
            parts.append(
                {"YYYY": r"(\d{4})", "YY": r"(\d{2})", "MM": r"(\d{2})"}.get(name, r"(\d+)")
            )
            last = match.end()
        parts.append(re.escape(self.pattern[last:]))
        found = re.fullmatch("".join(parts), number)
        if found is None:
            return None
        values = dict(zip(names, found.groups(), strict=True))
        seq = int(values.pop("seq"))
        year = int(values.get("YYYY") or 2000 + int(values.get("YY") or 0))
        month = int(values.get("MM") or 1)
        if not 1 <= month <= 12:
            return None
        return self.scope(date(year, month, 1)), seq
