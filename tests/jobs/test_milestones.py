"""Milestone billing: completing a milestone creates its invoice once, as a draft or sent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.milestones import MilestoneStatus, Project, ProjectMode
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.validation import ValidationError
from desktop_invoicer.jobs import milestones
from desktop_invoicer.stripe_server import StripeServer

from .conftest import Desktop, invoices_of_unit, local_customer_id, stripe_customer


def project(desktop: Desktop, server: StripeServer, mode: ProjectMode) -> Project:
    cus = stripe_customer(server)
    desktop.sync()
    return desktop.db.milestones.save_project(
        Project("", "Website relaunch", local_customer_id(desktop.db, cus), currency("EUR"), mode)
    )


def test_completing_a_milestone_twice_bills_it_once_as_a_draft(
    desktop: Desktop, server: StripeServer
) -> None:
    p = project(desktop, server, ProjectMode.DRAFT)
    design = desktop.db.milestones.add_milestone(p.id, "Design", Money.of(250000, "EUR"))
    build = desktop.db.milestones.add_milestone(p.id, "Build", Money.of(500000, "EUR"))
    assert [m.name for m in desktop.db.milestones.milestones(p.id)] == ["Design", "Build"]

    done = milestones.complete(desktop.db, desktop.runner.changes, design.id)
    again = milestones.complete(desktop.db, desktop.runner.changes, design.id)
    assert done.status is again.status is MilestoneStatus.RUNNING
    report = desktop.run()
    assert "1 milestone invoice(s) created." in report.summary
    (invoice,) = invoices_of_unit(server, done.unit_id or "")
    assert invoice["status"] == "draft" and invoice["total"] == 250000
    assert invoice["metadata"]["desktop_invoicer_milestone"] == design.id
    settled = desktop.db.milestones.milestone(design.id)
    assert settled.status is MilestoneStatus.DONE and settled.invoice_ref == invoice["id"]
    assert desktop.db.milestones.milestone(build.id).status is MilestoneStatus.OPEN
    milestones.complete(desktop.db, desktop.runner.changes, design.id)  # done: nothing happens
    desktop.run()
    assert len(invoices_of_unit(server, done.unit_id or "")) == 1


def test_a_send_project_finalizes_and_sends(desktop: Desktop, server: StripeServer) -> None:
    p = project(desktop, server, ProjectMode.SEND)
    m = desktop.db.milestones.add_milestone(p.id, "Go-live", Money.of(99000, "EUR"))
    milestones.complete(desktop.db, desktop.runner.changes, m.id)
    desktop.run()
    (invoice,) = invoices_of_unit(server, desktop.db.milestones.milestone(m.id).unit_id or "")
    assert invoice["status"] == "open"
    assert [s["invoice"] for s in server.sent_invoices] == [invoice["id"]]


def test_a_second_desktop_adopts_the_milestone_invoice(
    make_desktop: Callable[[str], Desktop], server: StripeServer
) -> None:
    a, b = make_desktop("a"), make_desktop("b")
    p = project(a, server, ProjectMode.DRAFT)
    m = a.db.milestones.add_milestone(p.id, "Design", Money.of(1000, "EUR"))
    b.sync()
    # the same project on the second desktop (same ids, as a restored backup would have)
    customer = a.db.customers.get(p.customer_id)
    b.db.milestones.save_project(
        replace(p, customer_id=local_customer_id(b.db, customer.stripe_id or ""))
    )
    with b.db.transaction() as tx:
        tx.execute(
            "INSERT INTO milestones (id, project_id, position, name, amount, updated_at) "
            "VALUES (?, ?, 0, 'Design', 1000, 0)",
            (m.id, p.id),
        )
    milestones.complete(a.db, a.runner.changes, m.id)
    a.run()
    milestones.complete(b.db, b.runner.changes, m.id)
    b.run()
    unit = a.db.milestones.milestone(m.id).unit_id or ""
    assert len(invoices_of_unit(server, unit)) == 1
    assert (
        b.db.milestones.milestone(m.id).invoice_ref == a.db.milestones.milestone(m.id).invoice_ref
    )


def test_milestone_fields_are_checked(desktop: Desktop, server: StripeServer) -> None:
    p = project(desktop, server, ProjectMode.DRAFT)
    with pytest.raises(ValidationError) as caught:
        desktop.db.milestones.add_milestone(p.id, " ", Money.of(0, "EUR"))
    assert caught.value.for_field("name") == "Name is required."
    assert caught.value.for_field("amount") == "The amount must be more than zero."
    with pytest.raises(ValidationError) as caught:
        desktop.db.milestones.add_milestone(p.id, "X", Money.of(5, "USD"))
    assert caught.value.for_field("amount") == "The project bills in EUR."
