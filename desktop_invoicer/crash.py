"""Crash reports: an unexpected exception is written, redacted, to the log folder.

``sys.excepthook`` (installed by the GUI and the CLI) calls :func:`write_report`,
which puts the traceback through :func:`~desktop_invoicer.redaction.redact` before it
reaches the disk, so a Stripe key in an exception's text or a local variable's repr
never lands in a report. The person sees a short message that names the file.
"""

from __future__ import annotations

import datetime as dt
import logging
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from . import __version__
from .redaction import redact

log = logging.getLogger(__name__)


def format_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    lines = [
        f"Desktop Invoicer {__version__} crash report",
        f"time: {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}",
        f"python: {sys.version.split()[0]} on {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return redact("\n".join(line.rstrip("\n") for line in lines)) + "\n"


def write_report(
    folder: Path, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    path = folder / f"crash-{stamp}.txt"
    path.write_text(format_report(exc_type, exc, tb), encoding="utf-8")
    return path


def install(folder: Path, notify: Callable[[str], None] | None = None) -> None:
    """Report uncaught exceptions to ``folder`` (and tell the person, if ``notify`` is given)."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            path = write_report(folder, exc_type, exc, tb)
        except OSError:
            path = None
        log.error("unexpected error: %s", redact(f"{exc_type.__name__}: {exc}"))
        if notify is not None:
            where = f" A report was saved to {path}." if path else ""
            notify(f"Something went wrong: {redact(str(exc)) or exc_type.__name__}.{where}")

    sys.excepthook = hook
