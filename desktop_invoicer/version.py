"""The app's name and version, from the installed package's metadata.

``importlib.metadata`` reads the ``desktop-invoicer`` distribution (an install, an
editable install, or the metadata PyInstaller copies into the bundle); a bare
source tree without any install falls back to ``desktop_invoicer.__version__``.
"""

from __future__ import annotations

from functools import lru_cache

DISTRIBUTION = "desktop-invoicer"
APP_NAME = "Desktop Invoicer"


@lru_cache(maxsize=1)
def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        from . import __version__

        return __version__


@lru_cache(maxsize=1)
def app_summary() -> str:
    """The one-line description from the metadata (for the About dialog)."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        return str(metadata(DISTRIBUTION)["Summary"] or "")
    except (PackageNotFoundError, KeyError):
        return "Desktop invoicing for small businesses, on Stripe."
