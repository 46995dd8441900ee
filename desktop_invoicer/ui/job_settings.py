"""Settings > Background jobs: whether and how often the app runs them, retries, catch-up.

Saved in the workspace (``jobs`` setting, :mod:`..jobs.settings`); the window's
jobs scheduler picks up the new interval (or stops) at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..domain.validation import FieldError, ValidationError
from ..jobs.settings import JobSettings, load, save
from .form_dialog import section_title
from .forms import FieldErrors, form_layout
from .i18n import tr
from .settings_card import SettingsCard, button_row, muted_label

if TYPE_CHECKING:
    from .context import AppContext


def parse_days(text: str) -> tuple[int, ...]:
    """``"3, 7, 14"`` -> (3, 7, 14); ValueError says what is wrong."""
    days: list[int] = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit():
            raise ValueError(tr("'{0}' is not a number of days.").format(part))
        days.append(int(part))
    return tuple(days)


class JobSettingsCard(SettingsCard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        form = form_layout()
        form.addRow(section_title(tr("Background jobs")))
        self.background = QCheckBox(tr("Run due jobs in the background while the app is open"))
        self.errors.add_row(form, "", "background", self.background)
        self.interval = QSpinBox()
        self.interval.setRange(1, 1440)
        self.interval.setSuffix(tr(" minutes"))
        self.errors.add_row(form, tr("Every"), "interval_minutes", self.interval)
        self.time_zone = QLineEdit()
        self.time_zone.setPlaceholderText(tr("e.g. Europe/Berlin"))
        self.errors.add_row(form, tr("Business time zone"), "time_zone", self.time_zone)
        self.catch_up = QComboBox()
        self.catch_up.addItem(tr("Bill every missed period"), "all")
        self.catch_up.addItem(tr("Bill only the latest missed period"), "latest")
        self.errors.add_row(form, tr("New schedules, after downtime"), "catch_up", self.catch_up)
        self.reminders = QCheckBox(tr("Send payment reminders"))
        self.errors.add_row(form, "", "reminders", self.reminders)
        self.retries = QCheckBox(tr("Retry failed automatic payments"))
        self.errors.add_row(form, "", "retries", self.retries)
        self.retry_days = QLineEdit()
        self.retry_days.setPlaceholderText(tr("e.g. 3, 7, 14"))
        self.errors.add_row(form, tr("Retry after (days)"), "retry_days", self.retry_days)
        self.saved = muted_label()
        self.save_button = QPushButton(tr("Save"))
        self.save_button.clicked.connect(self.save)
        buttons = button_row(self.saved, self.save_button, grow=self.saved)
        self.card_layout(form, self.errors.general, buttons)
        self.background.toggled.connect(self.interval.setEnabled)
        self.retries.toggled.connect(self.retry_days.setEnabled)
        self.load()

    def load(self) -> None:
        s = load(self.ctx.db)
        self.background.setChecked(s.background)
        self.interval.setValue(s.interval_minutes)
        self.interval.setEnabled(s.background)
        self.time_zone.setText(s.time_zone)
        self.catch_up.setCurrentIndex(max(0, self.catch_up.findData(s.catch_up)))
        self.reminders.setChecked(s.reminders)
        self.retries.setChecked(s.retries)
        self.retry_days.setText(", ".join(str(d) for d in s.retry_days))
        self.retry_days.setEnabled(s.retries)

    def collect(self) -> JobSettings:
        try:
            days = parse_days(self.retry_days.text())
        except ValueError as exc:
            raise ValidationError([FieldError("retry_days", str(exc))]) from None
        settings = JobSettings(
            time_zone=self.time_zone.text().strip() or "UTC",
            retry_days=days,
            reminders=self.reminders.isChecked(),
            retries=self.retries.isChecked(),
            background=self.background.isChecked(),
            interval_minutes=self.interval.value(),
            catch_up=str(self.catch_up.currentData()),
        )
        settings.validate()
        return settings

    def save(self) -> bool:
        self.errors.clear()
        self.saved.clear()
        try:
            settings = self.collect()
        except ValidationError as exc:
            self.errors.show(_retry_field(exc))
            return False
        save(self.ctx.db, settings)
        jobs = getattr(self.ctx.stripe, "jobs", None)
        apply = getattr(jobs, "apply_settings", None)
        if callable(apply):
            apply()
        self.saved.setText(tr("Saved."))
        self.status_message.emit(tr("Background job settings saved."))
        return True


def _retry_field(exc: ValidationError) -> ValidationError:
    """The retry schedule's own errors name its fields; show them at the days box."""
    known = {"time_zone", "interval_minutes", "catch_up", "retry_days"}
    return ValidationError(
        [e if e.field in known else FieldError("retry_days", e.message) for e in exc.errors]
    )
