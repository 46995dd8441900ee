"""Find the app's bundled resources (fonts, document templates) without importing Qt.

The resources live in the repository's top-level ``resources/`` folder. This module
looks for that folder in the places where it can be, in order:

1. ``$DESKTOP_INVOICER_RESOURCES`` (an explicit override, e.g. for packagers);
2. ``desktop_invoicer/resources/`` inside the installed package (when shipped as
   package data);
3. ``resources/`` beside the ``desktop_invoicer`` package (a source checkout or an
   editable install);
4. ``resources/`` inside a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

ENV_VAR = "DESKTOP_INVOICER_RESOURCES"

# .../desktop_invoicer/documents/paths.py -> .../desktop_invoicer
_PACKAGE_DIR = Path(__file__).resolve().parent.parent


class ResourceNotFoundError(FileNotFoundError):
    """Raised when a bundled resource is missing, naming every place that was searched."""


def _builtin_candidates() -> list[Path]:
    roots = [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):
        roots.append(Path(bundle) / "resources")
    return roots


@lru_cache(maxsize=1)
def _builtin_root() -> Path | None:
    for root in _builtin_candidates():
        if (root / "fonts").is_dir() and (root / "templates").is_dir():
            return root
    return None


def resources_root() -> Path:
    """The folder holding ``fonts/`` and ``templates/``; raise ResourceNotFoundError otherwise."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    root = _builtin_root()
    if root is None:
        searched = ", ".join(str(p) for p in _builtin_candidates())
        raise ResourceNotFoundError(f"The app's resources folder is missing (searched {searched}).")
    return root


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``.

    Raises ResourceNotFoundError if the file or folder does not exist.
    """
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise ResourceNotFoundError(f"Bundled resource {'/'.join(parts)} is missing ({path}).")
    return path
