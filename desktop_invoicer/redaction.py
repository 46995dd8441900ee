"""Keep Stripe secrets out of every log line, exception text and crash report.

Rule 5 of the design: a key lives in the OS keyring only. Anything that turns an
object into text on its way to a log passes through :func:`redact`, and
:class:`RedactingFilter` is installed on every log handler the app creates.
"""

from __future__ import annotations

import logging
import re

# Secret (sk_), restricted (rk_) and webhook-like (whsec_) keys; publishable keys are
# public by design but look alike, so they are masked too.
_KEY = re.compile(r"\b((?:sk|rk|pk)_(?:test|live)_|whsec_)([A-Za-z0-9]{4,})")


def mask_key(key: str) -> str:
    """``sk_test_****abcd``: enough to recognise a key, never enough to use it."""
    match = _KEY.search(key)
    if not match:
        return "****"
    return f"{match.group(1)}****{match.group(2)[-4:]}"


def redact(text: str) -> str:
    return _KEY.sub(lambda m: f"{m.group(1)}****{m.group(2)[-4:]}", text)


class RedactingFilter(logging.Filter):
    """Rewrites a record's message and traceback text with keys masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info:
            formatter = logging.Formatter()
            record.exc_text = redact(formatter.formatException(record.exc_info))
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
