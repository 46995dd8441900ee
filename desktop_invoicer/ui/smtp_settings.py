"""Settings > E-mail server: the SMTP server that sends reminder steps set to "SMTP".

The password goes to the OS keyring only (never the database); the field stays
empty and says whether one is stored. Saving and "Send test email" run on a
worker: the keyring and the mail server may take their time, the window does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..domain.validation import ValidationError
from ..jobs import mailer
from ..jobs.mailer import Security, SmtpSettings
from .form_dialog import section_title
from .forms import FieldErrors, form_layout
from .i18n import tr
from .settings_card import SettingsCard, button_row, muted_label
from .workers import Task

if TYPE_CHECKING:
    from ..storage.database import Database
    from .context import AppContext

DEFAULT_PORTS = {Security.STARTTLS: 587, Security.SSL: 465, Security.NONE: 25}


def _store(db: Database, settings: SmtpSettings, password: str) -> bool:
    """Save the settings, and the password when one was typed (worker thread)."""
    try:
        if password:
            mailer.save_password(settings, password)
        mailer.save(db, settings)
        return mailer.load_password(settings) is not None
    finally:
        db.close_thread_connection()


def _test(settings: SmtpSettings, password: str, to: str) -> str:
    mailer.send_test(settings, password or mailer.load_password(settings), to)
    return to


class SmtpSettingsCard(SettingsCard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.task: Task | None = None
        current = mailer.load(ctx.db)

        form = form_layout()
        form.addRow(section_title(tr("E-mail server for reminders (SMTP)")))
        self.host = QLineEdit(current.host)
        self.host.setPlaceholderText(tr("e.g. smtp.example.com"))
        self.errors.add_row(form, tr("Server"), "host", self.host)
        self.security = QComboBox()
        for security in Security:
            self.security.addItem(tr(security.label), security.value)
        self.security.setCurrentIndex(max(0, self.security.findData(current.security.value)))
        self.security.currentIndexChanged.connect(self._security_changed)
        self.errors.add_row(form, tr("Encryption"), "security", self.security)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        self.errors.add_row(form, tr("Port"), "port", self.port)
        self.user = QLineEdit(current.user)
        self.user.setPlaceholderText(tr("empty: the server needs no login"))
        self.errors.add_row(form, tr("User name"), "user", self.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(form, tr("Password"), "password", self.password)
        self.from_address = QLineEdit(current.from_address)
        self.from_address.setPlaceholderText(tr("billing@yourcompany.example"))
        self.errors.add_row(form, tr("From address"), "from_address", self.from_address)
        self.from_name = QLineEdit(current.from_name)
        self.errors.add_row(form, tr("From name"), "from_name", self.from_name)
        self.test_to = QLineEdit(current.from_address)
        self.errors.add_row(form, tr("Send the test to"), "test_to", self.test_to)

        self.note = muted_label(wrap=True)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(tr("Send test email"))
        self.test_button.clicked.connect(self.send_test)
        buttons = button_row(self.note, self.test_button, self.save_button, grow=self.note)
        self.card_layout(form, self.errors.general, buttons)
        # the keyring is not asked here (it may be slow, or prompt): the hint says how it works
        self._password_hint(False)

    def _password_hint(self, stored: bool) -> None:
        self.password.setPlaceholderText(
            tr("stored in the system keyring (type to replace)")
            if stored
            else tr("kept in the system keyring only; empty keeps the stored one")
        )

    def _security_changed(self, *_args: object) -> None:
        security = Security(str(self.security.currentData()))
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[security])

    def collect(self) -> SmtpSettings:
        settings = SmtpSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=Security(str(self.security.currentData())),
            user=self.user.text().strip(),
            from_address=self.from_address.text().strip(),
            from_name=self.from_name.text().strip(),
        )
        settings.validate()
        return settings

    def _collected(self) -> SmtpSettings | None:
        self.errors.clear()
        try:
            return self.collect()
        except ValidationError as exc:
            self.errors.show(exc)
            return None

    def _busy(self, busy: bool, text: str = "") -> None:
        self.save_button.setEnabled(not busy)
        self.test_button.setEnabled(not busy)
        if text:
            self.note.setText(text)

    def save(self) -> Task | None:
        settings = self._collected()
        if settings is None:
            return None
        self._busy(True, tr("Saving…"))
        task = Task(tr("Save e-mail settings"), _store, self.ctx.db, settings, self.password.text())
        task.signals.finished.connect(self._saved)
        task.signals.failed.connect(self._failed)
        self.ctx.tasks.start(task)  # connected first: a quick task reports at once
        self.task = task
        return task

    def _saved(self, stored: object) -> None:
        self.password.clear()
        self._password_hint(bool(stored))
        self._busy(False, tr("Saved."))
        self.status_message.emit(tr("E-mail server settings saved."))

    def _failed(self, message: str) -> None:
        self._busy(False, "")
        self.errors.general.setText(message)
        self.errors.general.show()

    def send_test(self) -> Task | None:
        settings = self._collected()
        to = self.test_to.text().strip()
        if settings is None:
            return None
        if "@" not in to:
            self.errors.set("test_to", tr("Type the address to send the test to."))
            return None
        self._busy(True, tr("Sending a test to {0}…").format(to))
        task = Task(tr("Send test email"), _test, settings, self.password.text(), to)
        task.signals.finished.connect(self._tested)
        task.signals.failed.connect(self._failed)
        self.ctx.tasks.start(task)  # connected first: a quick task reports at once
        self.task = task
        return task

    def _tested(self, to: object) -> None:
        self._busy(False, tr("Test email sent to {0}. Check that it arrived.").format(to))
        self.status_message.emit(tr("Test email sent to {0}.").format(to))
