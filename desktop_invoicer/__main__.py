"""``python -m desktop_invoicer``: the same as the ``desktop-invoicer`` command."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
