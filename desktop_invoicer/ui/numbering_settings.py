"""Settings > Numbering: the workspace's own invoice number format, or Stripe's numbers.

Off (the default), Stripe numbers each invoice when it is finalized (the customer's
``invoice_prefix`` and a sequence). On, the draft gets the next number of the format
just before it is finalized (``sync/numbering.py``): reserved in the workspace first,
so a crash never skips or repeats one, and checked by Stripe so two desktops on one
account never share one.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.numbering import NumberFormat
from ..domain.validation import ValidationError
from .form_dialog import section_title
from .forms import FieldErrors, form_layout
from .i18n import tr
from .settings_card import SettingsCard, button_row, muted_label

if TYPE_CHECKING:
    from .context import AppContext


class NumberingCard(SettingsCard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        repo = ctx.db.numbering
        self.enabled = QCheckBox(tr("Number invoices with this format (else Stripe numbers them)"))
        self.enabled.setChecked(repo.enabled())
        self.pattern = QLineEdit(repo.number_format().pattern)
        self.pattern.setPlaceholderText(tr("INV-{YYYY}-{seq:04}"))
        self.pattern.setToolTip(
            tr("{YYYY} year, {YY} short year, {MM} month, {seq:04} the sequence")
        )
        self.next_label = muted_label()
        help_text = muted_label(
            tr(
                "The sequence starts again when the text around {seq} changes (a new year with "
                "{YYYY}). Numbers are never reused or skipped, across restarts and desktops."
            ),
            wrap=True,
        )
        self.save_button = QPushButton(tr("Save numbering"))
        self.saved = muted_label()

        form = form_layout()
        form.addRow(section_title(tr("Invoice numbers")))
        form.addRow("", self.enabled)
        self.errors.add_row(form, tr("Format"), "pattern", self.pattern)
        form.addRow(tr("Next number"), self.next_label)
        buttons = button_row(self.save_button, self.saved, grow=self.saved)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_text)
        layout.addWidget(self.errors.general)
        layout.addLayout(buttons)

        self.pattern.textChanged.connect(self.update_next)
        self.save_button.clicked.connect(self.save)
        self.update_next()

    def _today(self) -> datetime:
        return datetime.fromtimestamp(self.ctx.db.clock(), UTC)

    def update_next(self) -> None:
        fmt = NumberFormat(self.pattern.text().strip())
        problems = fmt.errors()
        if problems:
            self.next_label.setText(tr(problems[0].message))
            return
        self.next_label.setText(self.ctx.db.numbering.next_number(self._today().date(), fmt))

    def save(self) -> bool:
        self.errors.clear()
        self.saved.clear()
        fmt = NumberFormat(self.pattern.text().strip())
        try:
            self.ctx.db.numbering.set_number_format(fmt)
            self.ctx.db.numbering.set_enabled(self.enabled.isChecked())
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        self.saved.setText(tr("Saved."))
        self.status_message.emit(tr("Invoice numbering saved."))
        return True
