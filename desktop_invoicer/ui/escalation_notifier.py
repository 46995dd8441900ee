"""Desktop notifications for new escalations, while the app runs (whatever view is open).

Installed with the workspace: a first check a few seconds after start (not on the
cold-start path), then again a few seconds after invoices change (a sync, a job
run). The escalation job runs on a worker; each invoice is escalated, and so
announced, once (the job's transaction decides which check saw it first).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from ..domain.escalation import Notice, OverdueInvoice, notice
from ..jobs.clock import Clock, SystemClock
from .i18n import N_, tr

if TYPE_CHECKING:
    from .context import AppContext

FIRST_CHECK_MS = 5_000
DEBOUNCE_MS = 5_000
ESCALATED = N_("Invoices escalated")  # domain.escalation.notice's title


def localized_notice(new: list[OverdueInvoice], tray_available: bool) -> Notice | None:
    """:func:`domain.escalation.notice` (where and whether), its words in the interface language."""
    found = notice(new, tray_available)
    if found is None:
        return None
    if len(new) == 1:
        inv = new[0]
        text = tr("Invoice {0} for {1} needs you.").format(
            inv.number or inv.invoice_ref, inv.customer_name
        )
    else:
        text = tr("{0} overdue invoices need you. Open Escalations to see them.").format(len(new))
    return Notice(found.channel, tr(ESCALATED), text)


def run_check(db: Any, clock: Clock) -> list[Any]:
    """Runs on a worker: the escalation job; the newly escalated invoices."""
    from ..jobs import escalation

    try:
        return escalation.run(db, clock).escalated
    finally:
        db.close_thread_connection()


def deliver(notice_: Notice, parent: QWidget, status: Any) -> str:
    """Show ``notice_`` as a tray message or on the status bar; returns the channel used."""
    if notice_.channel == "tray":
        tray = QSystemTrayIcon(parent.windowIcon(), parent)
        tray.show()
        title = tr(notice_.title)
        tray.showMessage(title, notice_.text, QSystemTrayIcon.MessageIcon.Warning, 10_000)
        QTimer.singleShot(15_000, tray.deleteLater)
        return "tray"
    status(f"{tr(notice_.title)}: {notice_.text}")
    return "status"


class EscalationNotifier(QObject):
    checked = Signal(object)  # the Notice, or None
    clock: Clock = SystemClock()  # tests set a ManualClock

    def __init__(self, ctx: AppContext, window: QWidget, status: Any) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.status = status
        self.running = False
        self.last_notice: Notice | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        ctx.bridge.changed.connect(self._changed)

    def start(self, delay_ms: int = FIRST_CHECK_MS) -> None:
        self._timer.start(delay_ms)

    def _changed(self, table: str) -> None:
        if table == "invoices" and not self._timer.isActive():
            self._timer.start(DEBOUNCE_MS)

    def check(self) -> None:
        from .workers import Task

        if self.running or self.ctx.db.closed:
            return
        self.running = True
        task = Task("Checking escalations", run_check, self.ctx.db, self.clock)
        task.signals.finished.connect(self._checked)
        task.signals.failed.connect(self._failed)
        self.ctx.tasks.start(task, announce=False)

    def _failed(self, _message: str) -> None:
        self.running = False  # a closed or busy workspace: the next change tries again

    def _checked(self, escalated: object) -> None:
        self.running = False
        if self.ctx.db.closed:  # the workspace was switched or closed meanwhile
            return
        found = list(escalated) if isinstance(escalated, list) else []
        self.last_notice = localized_notice(found, QSystemTrayIcon.isSystemTrayAvailable())
        if self.last_notice is not None:
            deliver(self.last_notice, self.window, self.status)
            self.ctx.db.escalations.mark_notified([i.invoice_ref for i in found])
        self.checked.emit(self.last_notice)


def install(ctx: AppContext, window: Any) -> EscalationNotifier:
    notifier = EscalationNotifier(ctx, window, window.show_message)
    window.escalation_notifier = notifier
    notifier.start()
    return notifier
