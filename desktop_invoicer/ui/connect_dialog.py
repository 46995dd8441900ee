"""Connect a workspace to a Stripe account: paste a key, check it with Stripe, keep it in the keyring.

The key is checked on a worker (:func:`connect_account` wraps
:func:`sync.connect.connect`), and whatever is wrong is said at the field: not a
secret key, a key Stripe refuses, a restricted key missing a permission (named,
with where to add it), or no secure keyring to keep it in. The key is never
shown in a message, and the field is emptied when the dialog closes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .connection import ConnectionInfo, badge_style
from .forms import FieldErrors
from .i18n import tr
from .workers import Task, TaskRunner

if TYPE_CHECKING:
    from ..storage.database import Database
    from ..sync.connect import Connection

log = logging.getLogger(__name__)

# Where each permission the app needs sits in the Dashboard's restricted-key editor.
PERMISSION_PLACES = {
    "account": "Core > Accounts",
    "charge": "Core > Charges",
    "customer": "Core > Customers",
    "event": "Core > Events",
    "payment_intent": "Core > PaymentIntents",
    "coupon": "Billing > Coupons",
    "credit_note": "Billing > Credit notes",
    "invoice": "Billing > Invoices",
    "price": "Billing > Prices",
    "product": "Billing > Products",
    "tax_rate": "Billing > Tax rates",
}


@dataclass(frozen=True, slots=True)
class ConnectResult:
    connection: Connection | None = None
    message: str = ""  # what is wrong, for the field
    advice: str = ""  # what to do about it
    permission: str | None = None


def permission_advice(permission: str) -> str:
    """Where to add ``rak_invoice_read`` in the Stripe Dashboard."""
    body = permission.removeprefix("rak_")
    resource, _, access = body.rpartition("_")
    place = PERMISSION_PLACES.get(resource, resource.replace("_", " ").capitalize())
    level = "Write" if access == "write" else "Read"
    return tr(
        "In the Stripe Dashboard open Developers > API keys, edit this restricted key and "
        "set {0} to '{1}' (that is {2}), then paste the key here again."
    ).format(place, level, permission)


def connect_account(db: Database, workspace: str, key: str, api_base: str | None) -> ConnectResult:
    """Check ``key`` with Stripe and connect the workspace (runs on a worker thread)."""
    from ..sync import connect
    from ..sync.errors import PermissionMissingError, SyncError
    from ..sync.keys import KeyringUnavailableError

    try:
        return ConnectResult(connect.connect(db, workspace, key, api_base))
    except PermissionMissingError as exc:
        if exc.permission:
            return ConnectResult(
                message=tr("This restricted key is missing the permission {0}.").format(
                    exc.permission
                ),
                advice=permission_advice(exc.permission),
                permission=exc.permission,
            )
        return ConnectResult(message=str(exc), advice=exc.advice)
    except KeyringUnavailableError as exc:
        return ConnectResult(message=str(exc))
    except SyncError as exc:
        return ConnectResult(message=str(exc), advice=exc.advice)
    except Exception as exc:  # report, never crash the dialog (the text holds no key)
        log.exception("Connecting to Stripe failed")
        return ConnectResult(
            message=tr("The account could not be connected ({0}).").format(type(exc).__name__)
        )
    finally:
        db.close_thread_connection()


class ConnectDialog(QDialog):
    """``api_base`` points the check at another Stripe-compatible server (tests, demo)."""

    connected = Signal(object)  # sync.connect.Connection

    def __init__(
        self,
        db: Database,
        workspace: str,
        tasks: TaskRunner,
        api_base: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.workspace = workspace
        self.tasks = tasks
        self.api_base = api_base
        self.task: Task | None = None
        self.result_value: ConnectResult | None = None
        self.setWindowTitle(tr("Connect Stripe account"))
        self.setModal(True)
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        heading = QLabel(tr("Connect a Stripe account"))
        heading.setObjectName("viewTitle")
        layout.addWidget(heading)
        intro = QLabel(
            tr(
                "Workspace <b>{0}</b> will show and change this account's customers, "
                "products and invoices. Paste a secret key (sk_…) or a restricted key (rk_…) "
                "from the Stripe Dashboard, Developers &gt; API keys. The key is kept in your "
                "system's keyring, never in the workspace file."
            ).format(workspace)
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        layout.addWidget(intro)

        self.errors = FieldErrors()
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(tr("sk_live_… or rk_live_… (sk_test_… for test mode)"))
        self.key.setClearButtonEnabled(True)
        self.key.textChanged.connect(self._key_changed)
        self.show_button = QPushButton(tr("Show"))
        self.show_button.setCheckable(True)
        self.show_button.setToolTip(tr("Show or hide the key"))
        self.show_button.toggled.connect(self._toggle_echo)
        label = QLabel(tr("API key"))
        label.setBuddy(self.key)
        self.key_row = QWidget()
        row = QHBoxLayout(self.key_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(label)
        row.addWidget(self.key, 1)
        row.addWidget(self.show_button)
        layout.addWidget(self.key_row)
        self.key_error = self.errors.attach("key", self.key)
        self.key_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.key_error)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setObjectName("muted")
        self.state.hide()
        layout.addWidget(self.state)

        self.success = QWidget()
        success_layout = QHBoxLayout(self.success)
        success_layout.setContentsMargins(0, 4, 0, 4)
        self.account_label = QLabel()
        self.account_label.setWordWrap(True)
        self.mode_badge = QLabel()
        self.mode_badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        success_layout.addWidget(self.account_label, 1)
        success_layout.addWidget(self.mode_badge, 0, Qt.AlignmentFlag.AlignTop)
        self.success.hide()
        layout.addWidget(self.success)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox()
        self.connect_button = self.buttons.addButton(
            tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setObjectName("primary")
        self.connect_button.setDefault(True)
        self.connect_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start_check)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.key.setFocus()

    # -- the field -------------------------------------------------------------------

    def _toggle_echo(self, shown: bool) -> None:
        self.key.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText(tr("Hide") if shown else tr("Show"))

    def _key_changed(self, text: str) -> None:
        self.connect_button.setEnabled(bool(text.strip()) and self.task is None)
        self.errors.clear_field("key")

    def message(self) -> str:
        """The message under the key field ("" when there is none)."""
        return self.errors.message("key")

    # -- checking --------------------------------------------------------------------

    def start_check(self) -> None:
        if self.result_value is not None and self.result_value.connection is not None:
            self.accept()  # "Close" after success
            return
        key = self.key.text().strip()
        if not key or self.task is not None:
            return
        self.errors.clear()
        self.key.setReadOnly(True)
        self.connect_button.setEnabled(False)
        self.busy.show()
        self.state.setText(tr("Checking the key with Stripe…"))
        self.state.show()
        task = Task(
            "Connecting to Stripe", connect_account, self.db, self.workspace, key, self.api_base
        )
        task.signals.finished.connect(self._checked)
        task.signals.failed.connect(lambda message: self._checked(ConnectResult(message=message)))
        self.task = task
        self.tasks.start(task, announce=False)

    def _checked(self, result: object) -> None:
        self.task = None
        self.busy.hide()
        self.state.hide()
        self.key.setReadOnly(False)
        assert isinstance(result, ConnectResult)
        self.result_value = result
        if result.connection is None:
            text = tr(result.message) + (f"\n{tr(result.advice)}" if result.advice else "")
            self.errors.set("key", text)
            self.connect_button.setEnabled(bool(self.key.text().strip()))
            self.key.setFocus()
            self.key.selectAll()  # pasting the right key replaces it
            self.adjustSize()
            return
        conn = result.connection
        self.key.clear()  # the key lives in the keyring now, not in this window
        self.key_row.hide()
        info = ConnectionInfo(conn.account_id, conn.display_name, conn.livemode, conn.demo)
        self.account_label.setText(
            tr(
                "Connected to <b>{0}</b> ({1}).<br>"
                "The first sync has started: copying the account's data takes a moment; "
                "follow it in <i>Sync</i>."
            ).format(conn.display_name, conn.account_id)
        )
        self.mode_badge.setText(tr(info.mode))
        self.mode_badge.setStyleSheet(badge_style(info.mode))
        self.success.show()
        self.connect_button.setText(tr("Close"))
        self.connect_button.setEnabled(True)
        self.cancel_button.hide()
        self.adjustSize()
        self.connected.emit(conn)

    def done(self, result: int) -> None:
        if self.task is not None:
            self.task.cancel()  # a check in flight finishes on its own; its answer is dropped
            self.task.signals.finished.disconnect(self._checked)
            self.task = None
        self.key.clear()
        super().done(result)
