"""Settings > Backups: back up now, a schedule with retention, and restore into a new workspace.

Backups use SQLite's online backup API in a worker (the app keeps working while it
copies). A scheduled backup is taken by the background jobs after their run when one
is due. Restoring never touches the open workspace: it creates a new one that copies
everything from Stripe before any job runs there.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..storage.backup import BackupSettings, history
from .form_dialog import section_title
from .forms import form_layout
from .i18n import N_, tr
from .settings_card import SettingsCard, button_row, error_label, muted_label

if TYPE_CHECKING:
    from ..storage.backup import BackupInfo
    from ..storage.database import Database
    from .context import AppContext
    from .workers import Task

SCHEDULES = (("off", N_("Off")), ("daily", N_("Every day")), ("weekly", N_("Every week")))


def _when(ts: int) -> str:
    return datetime.fromtimestamp(ts, tz=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class BackupCard(SettingsCard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db: Database = ctx.db
        self.task: Task | None = None
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(str(self.db.path.parent / "backups"))
        self.schedule = QComboBox()
        for value, label in SCHEDULES:
            self.schedule.addItem(tr(label), value)
        self.keep_daily = QSpinBox()
        self.keep_daily.setRange(1, 365)
        self.keep_daily.setSuffix(tr(" daily"))
        self.keep_weekly = QSpinBox()
        self.keep_weekly.setRange(0, 260)
        self.keep_weekly.setSuffix(tr(" weekly"))
        keep = QHBoxLayout()
        keep.addWidget(self.keep_daily)
        keep.addWidget(self.keep_weekly)
        keep.addStretch(1)
        self.error = error_label(wrap=False)
        self.list = QListWidget()
        self.list.setMinimumHeight(110)
        self.list.setAccessibleName(tr("Backups"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.saved = muted_label()
        self.save_button = QPushButton(tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.backup_button = QPushButton(tr("Back up now"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(tr("Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)

        form = form_layout()
        form.addRow(section_title(tr("Backups")))
        form.addRow(tr("&Folder"), self.folder)
        form.addRow(tr("&Schedule"), self.schedule)
        form.addRow(tr("Keep"), keep)
        buttons = button_row(
            self.saved, self.restore_button, self.backup_button, self.save_button, grow=self.saved
        )
        layout = self.card_layout()
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(tr("Recent backups (restore one into a new workspace):")))
        layout.addWidget(self.list)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        settings = BackupSettings.load(self.db)
        self.folder.setText(settings.folder)
        self.schedule.setCurrentIndex(max(0, self.schedule.findData(settings.schedule)))
        self.keep_daily.setValue(settings.keep_daily)
        self.keep_weekly.setValue(settings.keep_weekly)
        self.load_list()

    def load_list(self) -> None:
        self.list.clear()
        for info in history(self.db):
            item = QListWidgetItem(
                tr("{0}   {1:.1f} MB   integrity {2}   {3}").format(
                    _when(info.created_at),
                    info.size_bytes / 1_048_576,
                    info.integrity,
                    info.path.name,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(self.list.count() > 0)

    def collect(self) -> BackupSettings:
        return BackupSettings(
            folder=self.folder.text().strip(),
            schedule=str(self.schedule.currentData()),
            keep_daily=self.keep_daily.value(),
            keep_weekly=self.keep_weekly.value(),
        )

    def save(self) -> bool:
        self.error.hide()
        try:
            self.collect().save(self.db)
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return False
        self.saved.setText(tr("Saved."))
        self.status_message.emit(tr("Backup settings saved."))
        return True

    def backup_now(self) -> None:
        if not self.save():
            return
        from ..storage.backup import backup_database

        self.backup_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.task = self.ctx.tasks.submit(tr("Back up"), backup_database, self.db)
        self.task.signals.progress.connect(self._progress)
        self.task.signals.finished.connect(self._backed_up)
        self.task.signals.failed.connect(self._failed)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _backed_up(self, info: BackupInfo) -> None:
        self.progress.hide()
        self.backup_button.setEnabled(True)
        self.load_list()
        self.saved.setText(tr("Backed up to {0}.").format(info.path.name))
        self.status_message.emit(tr("Backed up the workspace to {0}").format(info.path))

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.backup_button.setEnabled(True)
        self.restore_button.setEnabled(self.list.count() > 0)
        self.error.setText(message)
        self.error.show()

    def restore_selected(self, slug: str | None = None) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        path = Path(str(item.data(Qt.ItemDataRole.UserRole)))
        if not slug:
            from ..storage.paths import slugify

            suggested = slugify(f"{self.ctx.workspace or 'workspace'}-restored")
            text, ok = QInputDialog.getText(
                self,
                tr("Restore into a new workspace"),
                tr(
                    "The backup becomes a new workspace; the open one is not changed.\n"
                    "It copies everything from Stripe before any background job runs.\n\n"
                    "Name of the new workspace:"
                ),
                text=suggested,
            )
            if not ok or not text.strip():
                return
            slug = slugify(text)
        from ..jobs.backups import restore_workspace

        self.restore_button.setEnabled(False)
        self.task = self.ctx.tasks.submit(
            tr("Restore"), restore_workspace, path, slug, source_slug=self.ctx.workspace or None
        )
        self.task.signals.finished.connect(lambda target: self._restored(slug or "", target))
        self.task.signals.failed.connect(self._failed)

    def _restored(self, slug: str, target: Path) -> None:
        self.restore_button.setEnabled(True)
        self.saved.setText(tr("Restored into workspace '{0}'.").format(slug))
        self.status_message.emit(
            tr("Restored into the new workspace '{0}'; open it to reconcile with Stripe.").format(
                slug
            )
        )
