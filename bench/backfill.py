"""Benchmark: backfill throughput against Stripe's test-mode rate limit, in the same run.

The local Stripe-compatible server runs as a subprocess (its CPU never shares our
GIL), seeded with 10,000 customers and 50,000 invoices (their payments and
charges too). Then, each into a fresh workspace database:

* "rate limited": the server emulates Stripe's test-mode limits (25 requests/s
  per account and per endpoint) and the gateway runs with its test-mode defaults.
  The bound is what the rate limit allows at best: requests/s x 100 objects per
  page. Goal: 0.9 of that bound or better.
* "raw": the server's limiter off and the gateway's unbounded, for context: how
  fast the app applies objects when the network is not what limits it.

Objects are everything the backfill copies (tax rates, products, prices,
customers, invoices, payments, charges, ...), timed over ``Backfill.run()``.
One unmeasured request first warms the server's API code (its first request
takes about 0.1 s; real Stripe has no such start) and the app's gateway, which
has always checked the key with a few requests before a first backfill.

    python bench/backfill.py [--quick] [--customers N] [--invoices N] [--rate N]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop_invoicer.storage import Database  # noqa: E402
from desktop_invoicer.sync.backfill import Backfill  # noqa: E402
from desktop_invoicer.sync.cache import StripeCache  # noqa: E402
from desktop_invoicer.sync.gateway import GatewayConfig, StripeGateway  # noqa: E402

GOAL = 0.9
PAGE = 100  # objects per list request
KEY = "sk_test_bench" + "0" * 24
UNLIMITED = 100_000.0  # requests/s for the raw run's gateway


@dataclass(frozen=True)
class Result:
    run: str
    objects: int
    seconds: float
    requests: int
    rate_limited: int
    bound: float | None  # objects/s the rate limit allows
    cpu: float  # seconds of CPU this process used
    server_cpu: float  # seconds of CPU the server process used

    @property
    def per_second(self) -> float:
        return self.objects / self.seconds

    @property
    def ratio(self) -> float | None:
        return None if self.bound is None else self.per_second / self.bound


class LocalStripe:
    """``python -m desktop_invoicer.stripe_server`` in a subprocess, driven by its admin API."""

    def __init__(self, state: Path) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "desktop_invoicer.stripe_server",
                "--port",
                "0",
                "--state",
                str(state),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline().split()
        if len(line) != 2 or line[0] != "LISTENING":
            self.close()
            raise SystemExit(f"the local Stripe server did not start: {line}")
        self.url = line[1]

    def admin(self, path: str, body: dict[str, Any]) -> Any:
        request = urllib.request.Request(
            f"{self.url}/_admin/{path}",
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=900) as response:
            return json.loads(response.read())

    def cpu_seconds(self) -> float:
        """User + system CPU the server process has used (Linux; 0 elsewhere)."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def warm_up(server: LocalStripe) -> None:
    """Unmeasured: the server's first API request loads its routes (about 0.1 s), and the
    app's gateway has made requests before its first backfill (the key was checked)."""
    server.admin("faults/set_rate_limits", {"per_account": None, "per_endpoint": None})
    gateway = StripeGateway(GatewayConfig(KEY, api_base=server.url, requests_per_second=UNLIMITED))
    try:
        gateway.account()
        gateway.events_page(limit=1)
        gateway.list_page("customers", limit=1)
    finally:
        gateway.close()


def backfill(server: LocalStripe, folder: Path, name: str, rate: float | None) -> Result:
    """One backfill into a fresh workspace; ``rate`` None runs with no limit anywhere."""
    if rate is None:
        server.admin("faults/set_rate_limits", {"per_account": None, "per_endpoint": None})
        config = GatewayConfig(KEY, api_base=server.url, requests_per_second=UNLIMITED)
        config.endpoint_requests_per_second = UNLIMITED
    else:
        server.admin(
            "faults/set_rate_limits", {"per_account": int(rate), "per_endpoint": int(rate)}
        )
        config = GatewayConfig(KEY, api_base=server.url)  # the test-mode defaults
    gateway = StripeGateway(config)
    db = Database.open(folder / f"{name}.db")
    try:
        run = Backfill(gateway, db, StripeCache(db), time.time)
        server_cpu = server.cpu_seconds()
        cpu = time.process_time()
        started = time.perf_counter()
        progress = run.run()
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
        server_cpu = server.cpu_seconds() - server_cpu
    finally:
        db.close()
        gateway.close()
    stats = gateway.stats
    bound = None if rate is None else rate * PAGE
    return Result(
        name, progress.total, seconds, stats.reads, stats.rate_limited, bound, cpu, server_cpu
    )


def print_table(title: str, results: list[Result]) -> None:
    header = ("run", "objects", "seconds", "objects/s", "bound", "ratio", "goal", "ok?")
    rows = []
    for r in results:
        ratio = r.ratio
        rows.append(
            (
                r.run,
                f"{r.objects:,}",
                f"{r.seconds:.1f}",
                f"{r.per_second:,.0f}",
                "-" if r.bound is None else f"{r.bound:,.0f}",
                "-" if ratio is None else f"{ratio:.2f}",
                "-" if ratio is None else f"{GOAL}",
                "-" if ratio is None else "yes" if ratio >= GOAL else "NO",
            )
        )
    widths = [max(len(c) for c in column) for column in zip(header, *rows, strict=True)]
    print(f"\n{title}")
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("-|-".join("-" * w for w in widths))
    for row in rows:
        cells = [
            row[0].ljust(widths[0]),
            *(c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)),
        ]
        print(" | ".join(cells))
    for r in results:
        print(
            f"{r.run}: {r.requests:,} list requests "
            f"({r.objects / max(r.requests, 1):.1f} objects each), {r.rate_limited} answered 429; "
            f"CPU: app {r.cpu:.1f} s, server {r.server_cpu:.1f} s ({os.cpu_count()} CPUs)"
        )
    sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 customers, 5,000 invoices")
    parser.add_argument("--customers", type=int, help="default 10,000 (--quick: 1,000)")
    parser.add_argument("--invoices", type=int, help="default 50,000 (--quick: 5,000)")
    parser.add_argument("--rate", type=float, default=25.0, help="emulated requests/s (25)")
    args = parser.parse_args()
    customers = args.customers or (1_000 if args.quick else 10_000)
    invoices = args.invoices or (5_000 if args.quick else 50_000)

    with tempfile.TemporaryDirectory(prefix="bench-backfill-") as tmp:
        folder = Path(tmp)
        server = LocalStripe(folder / "stripe-state.json")
        try:
            started = time.perf_counter()
            made = server.admin("seed", {"customers": customers, "invoices": invoices})
            print(
                f"seeded {', '.join(f'{n:,} {k}' for k, n in made.items() if n)} "
                f"in {time.perf_counter() - started:.1f} s",
                file=sys.stderr,
            )
            warm_up(server)
            results = [
                backfill(server, folder, "rate limited", args.rate),
                backfill(server, folder, "raw (no limit)", None),
            ]
        finally:
            server.close()
    print_table(
        f"Backfill of {customers:,} customers and {invoices:,} invoices from the local "
        f"server, {args.rate:g} requests/s per account and per endpoint emulated",
        results,
    )


if __name__ == "__main__":
    main()
