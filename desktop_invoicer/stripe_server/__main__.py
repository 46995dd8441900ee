"""``python -m desktop_invoicer.stripe_server --port 0 --state FILE [--seed-demo]``.

Prints one line ``LISTENING http://127.0.0.1:PORT`` (flushed) once it serves,
then runs until SIGTERM or SIGINT, saving the state on the way out.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from .server import StripeServer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop_invoicer.stripe_server")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--state", default=None, help="state file (kept across restarts)")
    parser.add_argument("--seed-demo", action="store_true", help="seed demo data if empty")
    parser.add_argument(
        "--api-key",
        action="append",
        default=None,
        help="accept only this secret key (repeatable); default: any sk_test_ key",
    )
    args = parser.parse_args(argv)

    server = StripeServer(
        host=args.host, port=args.port, state_path=args.state, api_keys=args.api_key
    )
    if args.seed_demo and server.state.store.count("customer") == 0:
        from .seed import seed_demo

        server.start()  # the seeded URLs point at the real port
        seed_demo(server.state)
        server.save()
    url = server.start()
    done = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        done.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    print(f"LISTENING {url}", flush=True)
    try:
        while not done.wait(0.5):
            pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
