"""Projects and their milestones (milestone billing), and customer groups (reminder policies).

A milestone moves open -> planned (completed: its deterministic unit id written
here first) -> running (its invoice queued in the outbox) -> done or failed.
Completing is a compare-and-set on ``status = 'open'``, so pressing "complete"
twice, or on two windows, plans one invoice.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from ...domain.currency import currency
from ...domain.invoice import CollectionMethod
from ...domain.milestones import (
    Milestone,
    MilestoneStatus,
    Project,
    ProjectMode,
    milestone_unit_id,
)
from ...domain.money import Money
from ..errors import NotFoundError
from .base import Repository, new_id


def _project(row: sqlite3.Row) -> Project:
    return Project(
        id=row["id"],
        name=row["name"],
        customer_id=row["customer_id"],
        currency=currency(row["currency"]),
        mode=ProjectMode(row["mode"]),
        collection_method=CollectionMethod(row["collection_method"]),
        days_until_due=int(row["days_until_due"]),
    )


def _milestone(row: sqlite3.Row) -> Milestone:
    return Milestone(
        id=row["id"],
        project_id=row["project_id"],
        name=row["name"],
        amount=Money.of(int(row["amount"]), row["currency"]),
        position=int(row["position"]),
        status=MilestoneStatus(row["status"]),
        unit_id=row["unit_id"],
        invoice_ref=row["invoice_ref"],
        error=row["error"],
        completed_at=row["completed_at"],
    )


_MILESTONE_SELECT = (
    "SELECT m.*, p.currency FROM milestones m JOIN projects p ON p.id = m.project_id "
)


class MilestoneRepository(Repository):
    # -- projects ---------------------------------------------------------------------------

    def save_project(self, project: Project) -> Project:
        project.validate()
        saved = project if project.id else replace(project, id=new_id())
        now = self._now()
        with self._db.transaction() as tx:
            tx.execute(
                "INSERT INTO projects (id, name, customer_id, currency, mode, collection_method, "
                "days_until_due, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, mode = excluded.mode, "
                "collection_method = excluded.collection_method, "
                "days_until_due = excluded.days_until_due, updated_at = excluded.updated_at",
                (
                    saved.id,
                    saved.name,
                    saved.customer_id,
                    saved.currency.code,
                    saved.mode.value,
                    saved.collection_method.value,
                    saved.days_until_due,
                    now,
                    now,
                ),
            )
            tx.changed("projects")
        return saved

    def project(self, id: str) -> Project:
        row = self._read().execute("SELECT * FROM projects WHERE id = ?", (id,)).fetchone()
        if row is None:
            raise NotFoundError("project", id)
        return _project(row)

    def projects(self) -> list[Project]:
        rows = self._read().execute("SELECT * FROM projects ORDER BY name COLLATE NOCASE, id")
        return [_project(r) for r in rows]

    # -- milestones -------------------------------------------------------------------------

    def add_milestone(self, project_id: str, name: str, amount: Money) -> Milestone:
        project = self.project(project_id)
        milestone = Milestone(new_id(), project_id, name.strip(), amount)
        milestone.validate(project)
        with self._db.transaction() as tx:
            position = tx.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM milestones WHERE project_id = ?",
                (project_id,),
            ).fetchone()[0]
            tx.execute(
                "INSERT INTO milestones (id, project_id, position, name, amount, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (milestone.id, project_id, position, milestone.name, amount.minor, self._now()),
            )
            tx.changed("milestones")
        return self.milestone(milestone.id)

    def milestone(self, id: str) -> Milestone:
        row = self._read().execute(_MILESTONE_SELECT + "WHERE m.id = ?", (id,)).fetchone()
        if row is None:
            raise NotFoundError("milestone", id)
        return _milestone(row)

    def milestones(self, project_id: str) -> list[Milestone]:
        rows = self._read().execute(
            _MILESTONE_SELECT + "WHERE m.project_id = ? ORDER BY m.position", (project_id,)
        )
        return [_milestone(r) for r in rows]

    def with_status(self, status: MilestoneStatus) -> list[Milestone]:
        rows = self._read().execute(
            _MILESTONE_SELECT + "WHERE m.status = ? ORDER BY m.completed_at, m.id",
            (status.value,),
        )
        return [_milestone(r) for r in rows]

    def complete(self, id: str) -> Milestone:
        """Mark complete: writes the unit id; a second call changes nothing."""
        found = self.milestone(id)
        unit = milestone_unit_id(found.project_id, found.id)
        with self._db.transaction() as tx:
            tx.execute(
                "UPDATE milestones SET status = 'planned', unit_id = ?, completed_at = ?, "
                "updated_at = ? WHERE id = ? AND status = 'open'",
                (unit, self._now(), self._now(), id),
            )
            tx.changed("milestones")
        return self.milestone(id)

    def set_status(
        self,
        id: str,
        status: MilestoneStatus,
        *,
        outbox_id: int | None = None,
        invoice_ref: str | None = None,
        error: str | None = None,
    ) -> None:
        with self._db.transaction() as tx:
            tx.execute(
                "UPDATE milestones SET status = ?, outbox_id = coalesce(?, outbox_id), "
                "invoice_ref = coalesce(?, invoice_ref), error = ?, updated_at = ? WHERE id = ?",
                (status.value, outbox_id, invoice_ref, error, self._now(), id),
            )
            tx.changed("milestones")

    def outbox_id(self, id: str) -> int | None:
        row = self._read().execute("SELECT outbox_id FROM milestones WHERE id = ?", (id,))
        found = row.fetchone()
        return None if found is None else found["outbox_id"]


class CustomerGroupRepository(Repository):
    """Named groups of customers, each with an optional reminder policy."""

    def create(self, name: str, policy_id: str | None = None) -> str:
        if not name.strip():
            raise ValueError("A group needs a name.")
        gid = new_id()
        with self._db.transaction() as tx:
            tx.execute(
                "INSERT INTO customer_groups (id, name, policy_id, created_at) VALUES (?, ?, ?, ?)",
                (gid, name.strip(), policy_id, self._now()),
            )
            tx.changed("customer_groups")
        return gid

    def groups(self) -> list[tuple[str, str, str | None]]:
        """(id, name, policy id) of every group, by name."""
        rows = self._read().execute(
            "SELECT id, name, policy_id FROM customer_groups ORDER BY name COLLATE NOCASE"
        )
        return [(r["id"], r["name"], r["policy_id"]) for r in rows]

    def set_policy(self, group_id: str, policy_id: str | None) -> None:
        with self._db.transaction() as tx:
            tx.execute(
                "UPDATE customer_groups SET policy_id = ? WHERE id = ?", (policy_id, group_id)
            )
            tx.changed("customer_groups")

    def set_members(self, group_id: str, customer_ids: list[str]) -> None:
        """The group's members become exactly these (a customer leaves any other group)."""
        with self._db.transaction() as tx:
            tx.execute("DELETE FROM customer_group_members WHERE group_id = ?", (group_id,))
            tx.executemany(
                "INSERT INTO customer_group_members (customer_id, group_id) VALUES (?, ?) "
                "ON CONFLICT (customer_id) DO UPDATE SET group_id = excluded.group_id",
                [(c, group_id) for c in customer_ids],
            )
            tx.changed("customer_group_members")

    def members(self, group_id: str) -> list[str]:
        rows = self._read().execute(
            "SELECT customer_id FROM customer_group_members WHERE group_id = ? ORDER BY 1",
            (group_id,),
        )
        return [r["customer_id"] for r in rows]

    def delete(self, group_id: str) -> None:
        with self._db.transaction() as tx:
            tx.execute("DELETE FROM customer_groups WHERE id = ?", (group_id,))
            tx.changed("customer_groups", "customer_group_members")

    def group_policies(self) -> dict[str, str | None]:
        """customer id -> the policy of the customer's group (None: the group has none)."""
        rows = self._read().execute(
            "SELECT m.customer_id, g.policy_id FROM customer_group_members m "
            "JOIN customer_groups g ON g.id = m.group_id"
        )
        return {r["customer_id"]: r["policy_id"] for r in rows}
