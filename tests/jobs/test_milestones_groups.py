"""Customer groups for reminder policies: the customer's own assignment wins over the group's."""

from __future__ import annotations

from pathlib import Path

from desktop_invoicer.domain.reminders import ReminderPolicy, ReminderStep
from desktop_invoicer.jobs.reminders import Policies
from desktop_invoicer.storage import Database


def test_group_policy_applies_unless_the_customer_has_their_own(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "w.db")
    try:
        polite = db.reminder_policies.save(
            ReminderPolicy("", "Polite", (ReminderStep(3),), enabled=True, is_default=True)
        )
        firm = db.reminder_policies.save(
            ReminderPolicy("", "Firm", (ReminderStep(1),), enabled=True)
        )
        off = db.reminder_policies.save(ReminderPolicy("", "Off", (ReminderStep(1),)))
        key_accounts = db.customer_groups.create("Key accounts", firm.id)
        quiet = db.customer_groups.create("Quiet", None)  # no policy: the default applies
        db.customer_groups.set_members(key_accounts, ["c1", "c2", "c3"])
        db.customer_groups.set_members(quiet, ["c4"])
        db.reminder_policies.assign("c2", polite.id)  # the customer's own wins
        db.reminder_policies.assign("c3", None)  # turned off for this customer

        policies = Policies(db)
        assert policies.for_customer("c1") == firm
        assert policies.for_customer("c2") == polite
        assert policies.for_customer("c3") is None
        assert policies.for_customer("c4") == polite
        assert policies.for_customer("elsewhere") == polite

        db.customer_groups.set_policy(key_accounts, off.id)  # a disabled policy sends nothing
        assert Policies(db).for_customer("c1") is None
        db.customer_groups.set_members(quiet, ["c1"])  # moving a customer leaves the old group
        assert db.customer_groups.members(key_accounts) == ["c2", "c3"]
        assert Policies(db).for_customer("c1") == polite
        db.customer_groups.delete(quiet)
        assert [g[1] for g in db.customer_groups.groups()] == ["Key accounts"]
    finally:
        db.close()
