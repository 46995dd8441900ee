"""Customer groups for reminder policies: name a group, give it a policy, tick its members.

A customer's own policy (Jobs > Reminder policies > Assign to a customer) wins
over the group's; a group without a policy leaves its members on the default
policy. A customer is in one group at most: ticking them here moves them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.reminders import ReminderPolicy
from ..storage.database import Database
from .i18n import tr
from .schedule_dialog import CustomerChoice


class CustomerGroupsDialog(QDialog):
    def __init__(
        self,
        db: Database,
        customers: Sequence[CustomerChoice],
        policies: Sequence[ReminderPolicy],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(tr("Customer groups"))
        self.resize(640, 460)
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Customer groups"))
        heading.setObjectName("viewTitle")
        layout.addWidget(heading)
        hint = QLabel(
            tr(
                "A group's reminder policy applies to its members, unless a customer has a "
                "policy of their own."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        row = QHBoxLayout()
        self.groups = QComboBox()
        self.groups.currentIndexChanged.connect(self._group_changed)
        row.addWidget(QLabel(tr("Group")))
        row.addWidget(self.groups, 1)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(tr("New group name"))
        row.addWidget(self.new_name)
        self.add_button = QPushButton(tr("Add group"))
        self.add_button.clicked.connect(self.add_group)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.hide()
        layout.addWidget(self.error)

        policy_row = QHBoxLayout()
        policy_row.addWidget(QLabel(tr("Reminder policy")))
        self.policy = QComboBox()
        self.policy.addItem(tr("The default policy"), None)
        for p in policies:
            self.policy.addItem(p.name if p.enabled else tr("{0} (off)").format(p.name), p.id)
        policy_row.addWidget(self.policy, 1)
        layout.addLayout(policy_row)
        self.members = QListWidget()
        for c in customers:
            item = QListWidgetItem(c.name)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.members.addItem(item)
        layout.addWidget(self.members, 1)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            tr("Save group"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save_group)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self._load_groups()

    def _load_groups(self, select: str | None = None) -> None:
        self.groups.blockSignals(True)
        self.groups.clear()
        for gid, name, _policy in self.db.customer_groups.groups():
            self.groups.addItem(name, gid)
        if select is not None:
            self.groups.setCurrentIndex(max(0, self.groups.findData(select)))
        self.groups.blockSignals(False)
        self._group_changed()

    def current_group(self) -> str | None:
        data = self.groups.currentData()
        return None if data is None else str(data)

    def _group_changed(self, *_args: object) -> None:
        gid = self.current_group()
        enabled = gid is not None
        self.policy.setEnabled(enabled)
        self.members.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
        policy = next((p for g, _n, p in self.db.customer_groups.groups() if g == gid), None)
        self.policy.setCurrentIndex(max(0, self.policy.findData(policy)))
        members = set(self.db.customer_groups.members(gid)) if gid else set()
        for i in range(self.members.count()):
            item = self.members.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in members
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def add_group(self) -> str | None:
        self.error.hide()
        name = self.new_name.text().strip()
        if not name:
            self.error.setText(tr("Type a name for the group."))
            self.error.show()
            return None
        if any(n.lower() == name.lower() for _g, n, _p in self.db.customer_groups.groups()):
            self.error.setText(tr("There is a group called '{0}' already.").format(name))
            self.error.show()
            return None
        gid = self.db.customer_groups.create(name)
        self.new_name.clear()
        self._load_groups(select=gid)
        return gid

    def save_group(self) -> None:
        gid = self.current_group()
        if gid is None:
            return
        data = self.policy.currentData()
        self.db.customer_groups.set_policy(gid, None if data is None else str(data))
        checked = [
            str(self.members.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.members.count())
            if self.members.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.db.customer_groups.set_members(gid, checked)
        self.error.hide()
