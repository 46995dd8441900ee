"""Settings > Accounting: products to income accounts, tax rates to tax codes, and the export.

The codes are the accounting system's own (an account number such as ``4000``, a
Xero tax type such as ``OUTPUT2``, a QuickBooks tax code). An empty product or tax
rate code falls back to the default account or tax code below it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..domain.bookkeeping import DEFAULT_CODES, DEFAULT_LABELS, Mappings
from .form_dialog import section_title
from .forms import form_layout
from .i18n import tr
from .settings_card import SettingsCard, button_row, muted_label

if TYPE_CHECKING:
    from ..storage.database import Database
    from .context import AppContext


class AccountingCard(SettingsCard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db: Database = ctx.db
        self.products = self._table([tr("Product"), tr("Income account")])
        self.tax_rates = self._table([tr("Tax rate"), tr("Tax code")])
        self.defaults: dict[str, QLineEdit] = {}
        form = form_layout()
        for name, label in DEFAULT_LABELS.items():
            edit = QLineEdit()
            edit.setPlaceholderText(DEFAULT_CODES[name])
            self.defaults[name] = edit
            form.addRow(tr(label), edit)
        self.saved = muted_label()
        self.save_button = QPushButton(tr("Save mappings"))
        self.save_button.clicked.connect(self.save)
        self.export_button = QPushButton(tr("Export for accounting…"))
        self.export_button.clicked.connect(self.open_export)
        buttons = button_row(self.saved, self.export_button, self.save_button, grow=self.saved)
        layout = self.card_layout()
        layout.addWidget(section_title(tr("Accounting")))
        hint = QLabel(
            tr(
                "Map products and tax rates to your accounting system's codes. Exports "
                "to QuickBooks Online, Xero or a journal use them."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        layout.addWidget(hint)
        tables = QHBoxLayout()
        tables.addWidget(self.products)
        tables.addWidget(self.tax_rates)
        layout.addLayout(tables)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.load()

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().hide()
        table.setMinimumHeight(150)
        return table

    def load(self) -> None:
        mappings = self.db.exports.mappings()
        conn = self.db.connection()
        products = conn.execute(
            "SELECT id, name FROM products WHERE active = 1 ORDER BY name COLLATE NOCASE"
        ).fetchall()
        rates = conn.execute(
            "SELECT id, display_name, percentage, inclusive FROM tax_rates WHERE active = 1 "
            "ORDER BY display_name, percentage"
        ).fetchall()
        self._fill(self.products, [(r[0], r[1]) for r in products], mappings.products)
        self._fill(
            self.tax_rates,
            [
                (r[0], (tr("{0} {1}% incl.") if r[3] else "{0} {1}%").format(r[1], r[2]))
                for r in rates
            ],
            mappings.tax_rates,
        )
        for name, edit in self.defaults.items():
            edit.setText(mappings.defaults.get(name, ""))

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, str]], codes: Mapping[str, str]) -> None:
        table.setRowCount(len(rows))
        for i, (ref, label) in enumerate(rows):
            name = QTableWidgetItem(label)
            name.setData(Qt.ItemDataRole.UserRole, ref)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(i, 0, name)
            table.setItem(i, 1, QTableWidgetItem(codes.get(ref, "")))

    @staticmethod
    def _codes(table: QTableWidget) -> dict[str, str]:
        out = {}
        for i in range(table.rowCount()):
            label = table.item(i, 0)
            if label is None:
                continue
            ref = label.data(Qt.ItemDataRole.UserRole)
            item = table.item(i, 1)
            code = item.text().strip() if item is not None else ""
            if code:
                out[str(ref)] = code
        return out

    def collect(self) -> Mappings:
        return Mappings(
            self._codes(self.products),
            self._codes(self.tax_rates),
            {k: e.text().strip() for k, e in self.defaults.items() if e.text().strip()},
        )

    def save(self) -> None:
        self.db.exports.save_mappings(self.collect())
        self.saved.setText(tr("Saved."))
        self.status_message.emit(tr("Accounting mappings saved."))

    def open_export(self) -> None:
        from .export_dialog import ExportDialog

        dialog = ExportDialog(self.ctx, date.fromtimestamp(self.db.clock()), self)
        dialog.exported.connect(
            lambda result: self.status_message.emit(
                tr("Exported {0} documents for accounting.").format(sum(result.counts.values()))
            )
        )
        dialog.open()
