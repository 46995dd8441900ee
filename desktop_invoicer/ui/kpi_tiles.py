"""The dashboard's pieces: a KPI tile with its sparkline, the trend chart, the drill-down list.

Charts are QtCharts (``PySide6.QtCharts``). Trend values are exact fractions in
the domain; they become floats here only to be drawn. Amounts in the drill-down
list are formatted by ``Money`` in their own currency.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, date, datetime
from fractions import Fraction
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.currency import currency
from ..domain.kpi_periods import Period, PeriodKind
from ..domain.money import Money
from .i18n import N_, tr

SERIES_COLORS = ("#2f5fd0", "#d97706", "#059669", "#b42318", "#7c3aed", "#0e7490")

TILE_STYLE = """
QFrame#kpiTile { background: white; border: 1px solid #d9dde4; border-radius: 8px; }
QFrame#kpiTile[selected="true"] { border: 2px solid #2f5fd0; }
QLabel#kpiTitle { color: #374151; font-weight: 600; }
QLabel#kpiValue { color: #111827; font-size: 18pt; font-weight: 700; }
QLabel#kpiValueSmall { color: #111827; font-size: 10.5pt; font-weight: 600; }
QLabel#kpiCompare { color: #6b7280; font-size: 8.5pt; }
QToolButton#kpiHelp { border: 1px solid #c9ced6; border-radius: 9px; min-width: 18px;
    max-width: 18px; min-height: 18px; max-height: 18px; color: #374151; background: #f3f4f6; }
"""

TrendPoints = Sequence[tuple[Period, Fraction | None]]

PERIOD_LABELS = {  # PeriodKind.label (domain) in words the catalog holds
    PeriodKind.THIS_MONTH: N_("This month"),
    PeriodKind.LAST_30: N_("Last 30 days"),
    PeriodKind.LAST_90: N_("Last 90 days"),
    PeriodKind.THIS_QUARTER: N_("This quarter"),
    PeriodKind.THIS_YEAR: N_("This year"),
    PeriodKind.CUSTOM: N_("Custom"),
}


def period_text(kind: PeriodKind) -> str:
    return tr(PERIOD_LABELS.get(kind, kind.label))


def nice_ceiling(value: float) -> float:
    """The next of 1, 2, 5 x 10^n at or above ``value`` (a readable axis end)."""
    if value <= 0:
        return 1.0
    step = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 5, 10):
        if value <= factor * step:
            return float(factor * step)
    return float(10 * step)


def _chart(
    points_by_series: dict[str, TrendPoints], *, sparkline: bool, y_max: float | None = None
) -> QChart:
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(0, 0, 0, 0) if sparkline else QMargins(4, 4, 4, 4))
    if sparkline:
        chart.setBackgroundRoundness(0)
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.legend().hide()
    else:
        chart.legend().setVisible(len(points_by_series) > 1)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    x_axis: QDateTimeAxis | QValueAxis
    if sparkline:
        x_axis = QValueAxis()
        x_axis.setVisible(False)
    else:
        x_axis = QDateTimeAxis()
        spans = [p[-1][0].end - p[0][0].start for p in points_by_series.values() if p]
        monthly = bool(spans) and max(spans).days > 120
        x_axis.setFormat("MMM yy" if monthly else "d MMM")
        x_axis.setTickCount(5)
    y_axis = QValueAxis()
    y_axis.setVisible(not sparkline)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    low, high = 0.0, 0.0
    first_x: float | None = None
    last_x: float | None = None
    for i, (name, points) in enumerate(points_by_series.items()):
        series = QLineSeries()
        series.setName(name)
        pen = QPen(QColor(SERIES_COLORS[i % len(SERIES_COLORS)]))
        pen.setWidthF(1.6 if sparkline else 2.2)
        series.setPen(pen)
        series.setPointsVisible(True)  # a lone point (gaps around it) still shows
        series.setMarkerSize(4.0 if sparkline else 7.0)
        for index, (bucket, value) in enumerate(points):
            if value is None:
                continue
            x = float(index) if sparkline else float(_msecs(bucket.end))
            y = float(value)
            series.append(x, y)
            high = max(high, y)
            low = min(low, y)
            first_x = x if first_x is None else min(first_x, x)
            last_x = x if last_x is None else max(last_x, x)
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
    if isinstance(x_axis, QValueAxis):
        count = max((len(p) for p in points_by_series.values()), default=1)
        x_axis.setRange(0.0, float(max(count - 1, 1)))
    elif first_x is not None and last_x is not None:
        span = last_x - first_x or 86_400_000.0
        x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(first_x - span * 0.02)),
            QDateTime.fromMSecsSinceEpoch(int(last_x + span * 0.02)),
        )
    top = y_max if y_max is not None else nice_ceiling(high)
    if sparkline:  # room above and below, so points on the edges are not cut in half
        y_axis.setRange(min(low, 0.0) - top * 0.08, top * 1.08)
    else:
        y_axis.setRange(min(low, 0.0), top)
    if not sparkline:
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%.0f")
    return chart


def _msecs(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, 12, tzinfo=UTC).timestamp() * 1000)


class ChartView(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("background: transparent;")

    def show_points(
        self,
        points_by_series: dict[str, TrendPoints],
        *,
        sparkline: bool,
        y_max: float | None = None,
    ) -> None:
        old = self.chart()
        self.setChart(_chart(points_by_series, sparkline=sparkline, y_max=y_max))
        if old is not None:
            old.deleteLater()


class KpiTile(QFrame):
    """One KPI: title, "?" for its definition, value, comparison with the previous period."""

    clicked = Signal(str)
    help_requested = Signal(str)

    def __init__(self, key: str, title: str, formula: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("kpiTile")
        self.setProperty("selected", False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title)
        self.setMinimumWidth(190)
        self.setMinimumHeight(196)
        self.title = QLabel(title)
        self.title.setObjectName("kpiTitle")
        self.help = QToolButton()
        self.help.setObjectName("kpiHelp")
        self.help.setText("?")
        self.help.setToolTip(formula)
        self.help.setAccessibleName(tr("What is {0}?").format(title))
        self.help.clicked.connect(lambda: self.help_requested.emit(self.key))
        self.value = QLabel("…")
        self.value.setObjectName("kpiValue")
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        self.compare = QLabel("")
        self.compare.setObjectName("kpiCompare")
        self.compare.setWordWrap(True)
        self.compare.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.compare.setMinimumHeight(3 * self.compare.fontMetrics().lineSpacing() + 2)
        self.spark = ChartView()
        self.spark.setFixedHeight(46)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.help)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.value)
        layout.addWidget(self.compare)
        layout.addStretch(1)
        layout.addWidget(self.spark)

    def show_figure(
        self, value: str, compare: str, trend: dict[str, TrendPoints], small: bool = False
    ) -> None:
        self.value.setObjectName("kpiValueSmall" if small else "kpiValue")
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)
        self.value.setText(value)
        self.compare.setText(compare)
        self.spark.show_points(trend, sparkline=True)

    def set_selected(self, selected: bool) -> None:
        self.setProperty("selected", selected)
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.key)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.key)
            return
        super().keyPressEvent(event)


DRILL_COLUMNS = (
    N_("Number"),
    N_("Customer"),
    N_("Status"),
    N_("Issued"),
    N_("Due"),
    N_("Total"),
    N_("Remaining"),
)
STATUS_TEXTS = {
    "draft": N_("Draft"),
    "open": N_("Open"),
    "paid": N_("Paid"),
    "uncollectible": N_("Uncollectible"),
    "void": N_("Void"),
}


class InvoiceRowsModel(QAbstractTableModel):
    """A read-only list of invoices (rows from ``KpiRepository.invoice_rows``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DRILL_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(DRILL_COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row["number"] or tr("Draft")
        if column == 1:
            return row["customer_name"]
        if column == 2:
            status = str(row["status"])
            return tr(STATUS_TEXTS[status]) if status in STATUS_TEXTS else status.capitalize()
        if column == 3:
            return row["issue_date"] or ""
        if column == 4:
            return row["due_date"] or ""
        cur = currency(str(row["currency"]))
        key = "total" if column == 5 else "amount_remaining"
        return Money(int(row[key]), cur).format()


def fit_invoice_columns(table: QTableView) -> None:
    """Customer takes the free width; the others get fixed widths (never measured per row)."""
    table.setWordWrap(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(28)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    fm = table.fontMetrics()
    pad = 22
    samples = ("XXXXXXXX-0000", "", tr("Uncollectible"), "2026-12-31", "2026-12-31")
    widths = [fm.horizontalAdvance(text) + pad if text else 0 for text in samples]
    widths += [fm.horizontalAdvance("KWD 10,000.000") + pad] * 2
    for column, width in enumerate(widths):
        if width:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(60)
