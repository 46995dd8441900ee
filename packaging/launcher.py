"""The bundle's entry point: the same as ``python -m desktop_invoicer``.

PyInstaller needs a script, not a module path; keeping this file tiny means the
bundled app and the source tree start through the very same ``cli.main``.
"""

import sys

from desktop_invoicer.cli import main

if __name__ == "__main__":
    sys.exit(main())
