"""The Reports view: pick a report and a period, read it, drill into a row, export CSV or PDF.

Reports are read and built on a worker (:func:`build_report`); the table shows
total rows in bold and amounts right-aligned, always per currency. Selecting a
row lists the invoices behind it. Exports run on a worker too: CSV with plain
numbers, PDF with the business's letterhead (``documents/reports_pdf.py``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..documents.report_tables import (
    ReportKind,
    ReportTable,
    aging_table,
    forecast_table,
    revenue_customer_table,
    revenue_month_table,
    revenue_product_table,
    tax_table,
)
from ..domain.kpi_periods import Period, PeriodKind
from ..domain.reports import (
    aging,
    cash_forecast,
    revenue_by_customer,
    revenue_by_month,
    revenue_by_product,
    tax_collected,
)
from .i18n import N_, tr
from .kpi_tiles import InvoiceRowsModel, fit_invoice_columns
from .period_controls import chosen_kind, chosen_period, period_controls
from .view_base import View
from .workers import Task

if TYPE_CHECKING:
    from ..storage.database import Database
    from .context import AppContext

# The report tables (documents/report_tables.py) are built in English, the language of the
# CSV and PDF exports; the view shows their texts through tr(). These marks put them in
# the catalog.
REPORT_LABELS = {
    ReportKind.AGING: N_("Accounts receivable aging"),
    ReportKind.REVENUE_MONTH: N_("Revenue by month"),
    ReportKind.REVENUE_PRODUCT: N_("Revenue by product"),
    ReportKind.REVENUE_CUSTOMER: N_("Revenue by customer"),
    ReportKind.CASH_FORECAST: N_("Cash forecast"),
    ReportKind.TAX: N_("Tax collected"),
}
FORECAST_BUCKETS = (N_("Overdue"), N_("Later"))


def report_text(kind: ReportKind) -> str:
    return tr(REPORT_LABELS.get(kind, kind.label))


def subtitle_text(kind: ReportKind, period: Period, as_of: date) -> str:
    """The report's subtitle in the interface language (the table's own is English)."""
    start, end = period.start.isoformat(), period.end.isoformat()
    if kind is ReportKind.AGING:
        return tr("As of {0} · days past due").format(as_of.isoformat())
    if kind is ReportKind.CASH_FORECAST:
        return tr(
            "Open invoices by due date (payment plan instalments on their own dates), "
            "weeks from {0}"
        ).format(as_of.isoformat())
    if kind is ReportKind.TAX:
        return tr("Invoices paid {0} – {1} (cash basis)").format(start, end)
    return tr("Invoices finalized {0} – {1}").format(start, end)


def build_report(
    db: Database, kind: ReportKind, period: Period, as_of: date, grouping: bool = True
) -> ReportTable:
    """Read and build one report (runs on a worker)."""
    reports = db.reports
    if kind is ReportKind.AGING:
        return aging_table(aging(reports.open_items(), as_of), grouping)
    if kind is ReportKind.CASH_FORECAST:
        plans = reports.plan_instalments()
        buckets, amounts = cash_forecast(reports.open_items(), as_of, plans=plans)
        return forecast_table(buckets, amounts, as_of, grouping)
    if kind is ReportKind.TAX:
        return tax_table(tax_collected(reports.tax_items(period)), period, grouping)
    items = reports.revenue_items(period)
    if kind is ReportKind.REVENUE_MONTH:
        return revenue_month_table(revenue_by_month(items), period, grouping)
    if kind is ReportKind.REVENUE_CUSTOMER:
        return revenue_customer_table(revenue_by_customer(items), period, grouping)
    lines = reports.product_lines(period)
    return revenue_product_table(revenue_by_product(lines, items), period, grouping)


def export_report(
    db: Database,
    kind: ReportKind,
    period: Period,
    as_of: date,
    path: Path,
    fmt: str,
) -> Path:
    """Write the report to ``path`` as ``csv`` or ``pdf`` (runs on a worker)."""
    if fmt == "csv":
        from ..documents.reports_csv import write_report_csv

        return write_report_csv(build_report(db, kind, period, as_of, grouping=False), path)
    from ..documents.reports_pdf import write_report_pdf

    table = build_report(db, kind, period, as_of)
    return write_report_pdf(table, db.settings.business_profile(), path, as_of)


def ask_csv_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, tr("CSV files (*.csv)"))
    if not path:
        return None
    return Path(path if path.lower().endswith(".csv") else f"{path}.csv")


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: ReportTable | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: ReportTable) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.table is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.table.headers[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.table.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.table is None or not index.isValid():
            return None
        row = self.table.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell_text(row.cells, index.column(), row.total)
        if role == Qt.ItemDataRole.FontRole and row.total:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.table.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _cell_text(self, cells: tuple[str, ...], column: int, total: bool) -> str:
        """A cell; the row labels the table builds in English ("Total EUR", "Overdue") are
        translated, names and figures are shown as they are."""
        text = cells[column]
        if column != 0 or len(cells) < 2:
            return text
        if total and text == f"Total {cells[1]}":
            return tr("Total {0}").format(cells[1])
        forecast = self.table is not None and self.table.kind is ReportKind.CASH_FORECAST
        return tr(text) if forecast and text in FORECAST_BUCKETS else text


class ReportsView(View):
    title = N_("Reports")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ask_csv_path = ask_csv_path  # tests answer instead of a file dialog
        self.table: ReportTable | None = None
        self._generation = 0
        self.loading: Task | None = None
        self.exporting: Task | None = None
        self.last_export: Path | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(700)
        self._debounce.timeout.connect(self.refresh)

        heading = QLabel(tr("Reports"))
        heading.setObjectName("viewTitle")
        self.report_box = QComboBox()
        self.report_box.setAccessibleName(tr("Report"))
        for kind in ReportKind:
            self.report_box.addItem(report_text(kind), kind.value)
        today = self.today()
        self.period_box, self.start_edit, self.end_edit = period_controls(
            PeriodKind.THIS_YEAR, date(today.year, 1, 1), today, lambda: self.refresh()
        )
        self.csv_button = QPushButton(tr("Export CSV…"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.pdf_button = QPushButton(tr("Export PDF…"))
        self.pdf_button.setObjectName("primary")
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(self.report_box)
        top.addWidget(self.period_box)
        top.addWidget(self.start_edit)
        top.addWidget(self.end_edit)
        top.addStretch(1)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)

        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.model = ReportTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._drill(cur))

        self.drill_title = QLabel(tr("Select a row to list the invoices behind it."))
        self.drill_title.setObjectName("sectionTitle")
        self.rows_model = InvoiceRowsModel(self)
        self.rows_table = QTableView()
        self.rows_table.setModel(self.rows_model)
        self.rows_table.setAlternatingRowColors(True)
        self.rows_table.setShowGrid(False)
        self.rows_table.verticalHeader().hide()
        self.rows_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_invoice_columns(self.rows_table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.drill_title)
        lower_layout.addWidget(self.rows_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setSizes([420, 200])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        self.report_box.currentIndexChanged.connect(lambda _i: self._controls_changed())
        self.period_box.currentIndexChanged.connect(lambda _i: self._controls_changed())
        self._controls_changed()

    def today(self) -> date:
        return datetime.fromtimestamp(self.ctx.db.clock(), UTC).date()

    def kind(self) -> ReportKind:
        return ReportKind(self.report_box.currentData())

    def period(self) -> Period:
        return chosen_period(self.period_box, self.start_edit, self.end_edit, self.today())

    def _controls_changed(self) -> None:
        uses_period = self.kind().uses_period
        custom = chosen_kind(self.period_box) is PeriodKind.CUSTOM
        self.period_box.setEnabled(uses_period)
        self.start_edit.setVisible(uses_period and custom)
        self.end_edit.setVisible(uses_period and custom)
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        kind, period, today = self.kind(), self.period(), self.today()
        self.subtitle.setText(tr("Reading…"))
        task = Task(f"Reading {kind.label}", build_report, self.ctx.db, kind, period, today)
        subtitle = subtitle_text(kind, period, today)
        task.signals.finished.connect(lambda table: self._arrived(generation, table, subtitle))
        task.signals.failed.connect(lambda message: self._failed(generation, message))
        self.loading = task
        self.ctx.tasks.start(task, announce=False)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.loading = None
            self.subtitle.setText(tr("The report could not be read: {0}").format(message))

    def _arrived(self, generation: int, table: ReportTable, subtitle: str = "") -> None:
        if generation != self._generation:
            return
        self.loading = None
        self.table = table
        self.model.set_table(table)
        empty = "" if table.rows else " · " + tr("no invoices")
        self.subtitle.setText(f"{subtitle or table.subtitle}{empty}")
        self.note.setText(tr(table.note))
        self.rows_model.set_rows([])
        self.drill_title.setText(tr("Select a row to list the invoices behind it."))

    def _drill(self, index: QModelIndex) -> None:
        if self.table is None or not index.isValid():
            return
        row = self.table.rows[index.row()]
        self.drill_title.setText(
            tr("Invoices behind “{0}”: {1}").format(row.cells[0], len(row.ids))
        )
        task = Task("Listing invoices", self.ctx.db.kpis.invoice_rows, row.ids)
        task.signals.finished.connect(self.rows_model.set_rows)
        self.ctx.tasks.start(task, announce=False)

    def export(self, fmt: str) -> None:
        kind = self.kind()
        suggested = str(self.ctx.export_folder / f"{kind.value}-{self.today().isoformat()}.{fmt}")
        title = tr("Export {0} as {1}").format(report_text(kind), fmt.upper())
        if fmt == "csv":
            path = self.ask_csv_path(self, title, suggested)
        else:
            path = self.ctx.ask_save_path(self, title, suggested)
        if path is None:
            return
        task = Task(
            tr("Exporting {0}").format(report_text(kind)),
            export_report,
            self.ctx.db,
            kind,
            self.period(),
            self.today(),
            path,
            fmt,
        )
        task.signals.finished.connect(self._exported)
        task.signals.failed.connect(
            lambda message: self.ctx.show_error(self, tr("Export failed"), message)
        )
        self.exporting = task
        self.ctx.tasks.start(task)

    def _exported(self, path: Path) -> None:
        self.exporting = None
        self.last_export = path
        self.status_message.emit(tr("Saved {0}").format(path))

    def on_database_changed(self, table: str) -> None:
        if table in ("invoices", "payment_plans"):
            self._debounce.start()  # a sync writes page after page: read once it settles
