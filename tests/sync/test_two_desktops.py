"""Two desktops of one business (two databases, one Stripe account) editing the same draft.

Each desktop notes Stripe's version of the draft as its editor opens. The first
save goes through; the second finds Stripe changed since it began and stops as a
conflict with both versions kept, never a silent overwrite. Keep mine then sends
it against Stripe's version; Take Stripe's drops it and the desktop converges.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from desktop_invoicer.domain.catalog import Customer
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.invoice import CollectionMethod, Invoice, InvoiceLine
from desktop_invoicer.domain.money import Money
from desktop_invoicer.storage import Database
from desktop_invoicer.storage.repositories.sync_state import OutboxStatus
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.changes import StripeChanges
from desktop_invoicer.sync.engine import SyncEngine
from desktop_invoicer.sync.gateway import StripeGateway
from desktop_invoicer.sync.outbox import fingerprint

from .conftest import TestClock

Desk = tuple[Database, SyncEngine, StripeChanges]


def two_desktops(
    make_db: Callable[[str], Database],
    make_gateway: Callable[..., StripeGateway],
    clock: TestClock,
) -> tuple[Desk, Desk, str, str]:
    """Desktop A makes a draft; desktop B has it after a poll. (A, B, A's id, B's id)."""
    a_db, b_db = make_db("a"), make_db("b")
    a = (a_db, SyncEngine(a_db, make_gateway(), clock), StripeChanges(a_db, actor="ana"))
    b = (b_db, SyncEngine(b_db, make_gateway(), clock), StripeChanges(b_db, actor="ben"))
    customer = a[2].save_customer(Customer("", "Initech", "ap@initech.example", currency("USD")))
    draft = a[2].save_draft(
        Invoice(
            "",
            customer.id,
            currency("USD"),
            lines=(InvoiceLine("Migration", 2, Money.of(400_00, "USD")),),
            memo="Per the statement of work",
        )
    )
    assert a[1].settle().error is None
    assert b[1].settle().error is None
    sid = str(a_db.invoices.get(draft.id).stripe_id)
    other = b_db.invoices.get_by_stripe_id(sid)
    assert other is not None and other.memo == "Per the statement of work"
    return a, b, draft.id, other.id


def test_a_draft_edited_on_both_desktops_at_once_is_a_conflict_not_an_overwrite(
    server: StripeServer,
    make_db: Callable[[str], Database],
    make_gateway: Callable[..., StripeGateway],
    clock: TestClock,
) -> None:
    (a_db, a_sync, a_changes), (b_db, b_sync, b_changes), a_id, b_id = two_desktops(
        make_db, make_gateway, clock
    )
    # Both open the draft's editor: each notes Stripe's version as it is now.
    a_base = a_changes.base_version("invoice", a_id)
    b_base = b_changes.base_version("invoice", b_id)
    assert a_base == b_base is not None
    sid = str(a_db.invoices.get(a_id).stripe_id)
    due_before = server.get("invoice", sid)["due_date"]
    # A saves first: it goes through.
    a_changes.save_draft(replace(a_db.invoices.get(a_id), memo="PO 4471 agreed"), a_base)
    assert a_sync.settle().error is None
    assert server.get("invoice", sid)["description"] == "PO 4471 agreed"
    # B saves its own edit of the same draft, begun before A's arrived.
    b_edit = replace(
        b_db.invoices.get(b_id),
        memo="Net 15 as agreed by phone",
        collection_method=CollectionMethod.SEND_INVOICE,
        days_until_due=15,
        due_date=None,
    )
    b_changes.save_draft(b_edit, b_base)
    report = b_sync.settle()
    assert report.delivery is not None or b_db.outbox.count(OutboxStatus.CONFLICT) == 1
    (conflict,) = b_db.outbox.by_status(OutboxStatus.CONFLICT)
    assert conflict.local_id == b_id and conflict.operation == "update_draft"
    assert "changed in Stripe" in str(conflict.last_error)
    # Both versions are kept: B's in the outbox, A's (Stripe's) beside it; Stripe untouched.
    assert conflict.payload["invoice"]["description"] == "Net 15 as agreed by phone"
    assert conflict.base_version["remote"]["description"] == "PO 4471 agreed"
    remote = server.get("invoice", sid)
    day = 86400
    assert remote["description"] == "PO 4471 agreed"
    assert remote["due_date"] == due_before
    # Keep mine: sent again against the version B has now seen.
    b_db.outbox.resolve_conflict(
        conflict.id,
        keep_local=True,
        new_base=fingerprint("invoice", conflict.base_version["remote"]),
    )
    assert b_sync.settle().error is None
    remote = server.get("invoice", sid)
    assert remote["description"] == "Net 15 as agreed by phone"
    assert remote["due_date"] == remote["created"] + 15 * day
    assert a_sync.settle().error is None  # and A sees B's version after a poll
    seen = a_db.invoices.get(a_id)
    assert seen.memo == "Net 15 as agreed by phone"
    assert seen.effective_due_date() == datetime.fromtimestamp(remote["due_date"], UTC).date()


def test_take_stripes_version_drops_the_second_edit_and_both_converge(
    server: StripeServer,
    make_db: Callable[[str], Database],
    make_gateway: Callable[..., StripeGateway],
    clock: TestClock,
) -> None:
    (a_db, a_sync, a_changes), (b_db, b_sync, b_changes), a_id, b_id = two_desktops(
        make_db, make_gateway, clock
    )
    a_base = a_changes.base_version("invoice", a_id)
    b_base = b_changes.base_version("invoice", b_id)
    line = InvoiceLine("Migration", 3, Money.of(400_00, "USD"))
    a_changes.save_draft(replace(a_db.invoices.get(a_id), lines=(line,)), a_base)
    assert a_sync.settle().error is None
    b_changes.save_draft(replace(b_db.invoices.get(b_id), footer="Thank you"), b_base)
    b_sync.settle()
    (conflict,) = b_db.outbox.by_status(OutboxStatus.CONFLICT)
    b_db.outbox.resolve_conflict(conflict.id, keep_local=False)
    assert b_sync.settle().error is None
    sid = str(a_db.invoices.get(a_id).stripe_id)
    remote = server.get("invoice", sid)
    assert remote["footer"] in (None, "") and remote["total"] == 1200_00
    b_sync.settle()
    assert b_db.outbox.count(OutboxStatus.CONFLICT) == 0
    mine = b_db.invoices.get(b_id)
    assert mine.totals().total.minor == 1200_00
    assert [(ln.description, ln.quantity) for ln in mine.lines] == [("Migration", 3)]
