"""Numbers set on Stripe drafts: across a killed process, and two desktops on one account.

The real stripe client over HTTP to the local server; the crash is a real SIGKILL of a
child process at a chosen point.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from desktop_invoicer.storage import Database
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.errors import StripeRejectedError
from desktop_invoicer.sync.gateway import StripeGateway
from desktop_invoicer.sync.numbering import assign_number

from .conftest import KEY, new_draft

DAY = date(2025, 3, 9)

_CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import date
    from pathlib import Path
    from desktop_invoicer.storage import Database
    from desktop_invoicer.sync.gateway import GatewayConfig, StripeGateway

    path, url, key, invoice_id, stripe_id, stage = sys.argv[1:]
    db = Database.open(Path(path))
    number = db.numbering.reserve(invoice_id, date(2025, 3, 9))
    if stage == "after_stripe":
        gw = StripeGateway(GatewayConfig(key, api_base=url, timeout=10.0))
        gw.update_invoice(stripe_id, {"number": number}, f"number:{invoice_id}:{number}")
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def _killed_child(
    path: Path, server: StripeServer, invoice_id: str, stripe_id: str, stage: str
) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), server.url, KEY, invoice_id, stripe_id, stage],
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("stage", ["after_reserve", "after_stripe"])
def test_a_kill_between_reserving_and_saving_neither_skips_nor_reuses(
    tmp_path: Path,
    server: StripeServer,
    make_gateway: Callable[[], StripeGateway],
    stage: str,
) -> None:
    path = tmp_path / "desk.db"
    Database.open(path).close()  # migrated before the child runs
    gateway = make_gateway()
    first, second = new_draft(gateway, "first"), new_draft(gateway, "second")
    _killed_child(path, server, "local-1", first, stage)

    db = Database.open(path)
    try:
        # Restarted: the killed run's reservation is found and used, not a new number.
        assert assign_number(gateway, db.numbering, "local-1", first, DAY) == "INV-2025-0001"
        assert assign_number(gateway, db.numbering, "local-2", second, DAY) == "INV-2025-0002"
        assert [(r.number, r.state) for r in db.numbering.reservations()] == [
            ("INV-2025-0001", "assigned"),
            ("INV-2025-0002", "assigned"),
        ]
    finally:
        db.close()
    numbers = [gateway.finalize_invoice(i, f"fin:{i}")["number"] for i in (first, second)]
    assert numbers == ["INV-2025-0001", "INV-2025-0002"]


def test_two_desktops_on_one_account_get_consecutive_unique_numbers(
    make_db: Callable[[str], Database], make_gateway: Callable[[], StripeGateway]
) -> None:
    desk_a, desk_b = make_db("a"), make_db("b")
    gw_a, gw_b = make_gateway(), make_gateway()
    drafts = [new_draft(gw_a, f"customer {i}") for i in range(6)]
    got = []
    for i, stripe_id in enumerate(drafts):  # the desktops take turns, each unaware of the other
        desk, gw = (desk_a, gw_a) if i % 2 == 0 else (desk_b, gw_b)
        got.append(assign_number(gw, desk.numbering, f"local-{i}", stripe_id, DAY))
    assert got == [f"INV-2025-{n:04d}" for n in range(1, 7)]
    finals = [gw_a.finalize_invoice(s, f"fin:{s}")["number"] for s in drafts]
    assert finals == got
    # Each desktop knows which numbers the other used: never offered again.
    taken_by_b = {r.number for r in desk_a.numbering.reservations() if r.state == "taken"}
    assert taken_by_b == {"INV-2025-0002", "INV-2025-0004"}


def test_the_local_server_refuses_a_duplicate_number(
    make_gateway: Callable[[], StripeGateway],
) -> None:
    gateway = make_gateway()
    one, two = new_draft(gateway, "one"), new_draft(gateway, "two")
    gateway.update_invoice(one, {"number": "X-1"}, "n1")
    with pytest.raises(StripeRejectedError) as caught:
        gateway.update_invoice(two, {"number": "X-1"}, "n2")
    assert caught.value.rejection.param == "number"
