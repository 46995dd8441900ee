"""The demo workspace's Stripe: the bundled Stripe-compatible server, as a child process.

``--demo`` (and a fresh install) runs ``python -m desktop_invoicer.stripe_server
--port 0 --state <demo folder>/stripe-server.json --seed-demo``; the server prints
``LISTENING http://127.0.0.1:PORT`` once it serves. :func:`start_demo_server`
waits for that line (on a worker thread: it blocks), and :meth:`DemoServer.stop`
ends the process when the app quits. Nothing here needs Qt but the wording of an
error, which imports :func:`.i18n.tr` only when there is one.
"""

from __future__ import annotations

import atexit
import contextlib
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

STATE_FILE = "stripe-server.json"
LOG_FILE = "stripe-server.log"
READY_PREFIX = "LISTENING "
START_TIMEOUT = 20.0


class DemoServerError(RuntimeError):
    """The server did not start; the message says why in plain words."""


class DemoServer:
    def __init__(self, process: subprocess.Popen[str], url: str) -> None:
        self.process = process
        self.url = url
        atexit.register(self.stop)  # never leave a server behind, even after a crash

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self, timeout: float = 5.0) -> None:
        """Ask the server to save and exit (SIGTERM), then kill it if it lingers."""
        atexit.unregister(self.stop)
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)
        if self.process.stdout is not None:
            self.process.stdout.close()


def _read_line(stream: IO[str], timeout: float) -> str:
    """The first line of ``stream``, or "" if none comes within ``timeout`` seconds."""
    found: list[str] = []

    def read() -> None:
        with contextlib.suppress(OSError, ValueError):
            found.append(stream.readline())

    reader = threading.Thread(target=read, name="demo-server-ready", daemon=True)
    reader.start()
    reader.join(timeout)
    return found[0] if found else ""


def start_demo_server(folder: Path, timeout: float = START_TIMEOUT) -> DemoServer:
    """Start the server with its state in ``folder``; returns once it serves."""
    folder.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "-m",
        "desktop_invoicer.stripe_server",
        "--port",
        "0",
        "--state",
        str(folder / STATE_FILE),
        "--seed-demo",
    ]
    with open(folder / LOG_FILE, "ab") as log:
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
                encoding="utf-8",
            )
        except OSError as exc:
            from .i18n import tr

            raise DemoServerError(
                tr("The demo server could not be started ({0}).").format(exc)
            ) from None
    assert process.stdout is not None
    line = _read_line(process.stdout, timeout).strip()
    if not line.startswith(READY_PREFIX):
        DemoServer(process, "").stop()
        code = process.returncode
        from .i18n import tr

        detail = (
            tr("it exited with code {0}").format(code)
            if code is not None
            else tr("it did not answer")
        )
        raise DemoServerError(
            tr("The demo server did not start ({0}); see {1}.").format(detail, folder / LOG_FILE)
        )
    return DemoServer(process, line[len(READY_PREFIX) :].strip())
