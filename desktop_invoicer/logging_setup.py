"""Log to a rotating file in the data folder, with Stripe keys redacted."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from .redaction import RedactingFilter


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "desktop-invoicer.log"
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.setLevel(level)
    for existing in root.handlers:
        existing.addFilter(RedactingFilter())
    root.addHandler(handler)
    # stripe-python logs every request at INFO; our gateway logs what matters.
    logging.getLogger("stripe").setLevel(logging.WARNING)
    return path
