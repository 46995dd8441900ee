"""Payments tests reuse the jobs tests' server, linked clock and desktops."""

from __future__ import annotations

from tests.jobs.conftest import (  # noqa: F401  (fixtures)
    clock,
    desktop,
    make_desktop,
    server,
)
