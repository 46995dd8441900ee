"""The app's icon for windows, the task bar and dialogs.

The PNGs are rendered from ``resources/icons/app.svg`` by ``packaging/make_icons.py``
(committed, so no SVG renderer is needed at run time). QIcon reads each file only
when a size is asked for, so setting the icon costs nothing at cold start.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

SIZES = (16, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The app icon in every size we ship (an empty icon if the resources are missing)."""
    from ..documents.paths import ResourceNotFoundError, resource_path

    icon = QIcon()
    try:
        folder = resource_path("icons")
    except ResourceNotFoundError:
        return icon
    for size in SIZES:
        path = folder / f"app-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon
