"""The Qt desktop interface: main window, views, paged models, editors and workers.

Qt appears in this package alone. Everything below it (domain, storage, documents)
is plain Python that the UI drives; slow work runs in :mod:`.workers`.
"""

from __future__ import annotations
