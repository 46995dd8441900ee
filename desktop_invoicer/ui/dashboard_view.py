"""The KPI dashboard: five tiles for a chosen period, the trend of one, the invoices behind it.

Everything is computed on a worker (``KpiRepository.dashboard``), so the UI thread
never waits; a newer request supersedes an older one by a generation number.
Clicking a tile (or Enter on it) shows its trend and drills down to the invoices
behind its figure: those counted (the numerator; for DSO the receivables) or all
those considered (the denominator; for DSO the credit sales). "?" shows the
definition and formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.kpi_dashboard import Dashboard
from ..domain.kpi_periods import Period, PeriodKind, previous_period
from ..domain.kpis import (
    AUTOMATION,
    DEFINITIONS,
    DSO,
    ERROR_RATE,
    KPI_KEYS,
    LOWER_IS_BETTER,
    PAYMENT_SUCCESS,
    RETRY_SUCCESS,
    InvoiceFact,
    Ratio,
    days_text,
    percent_text,
)
from .i18n import N_, tr
from .kpi_tiles import (
    TILE_STYLE,
    ChartView,
    InvoiceRowsModel,
    KpiTile,
    TrendPoints,
    fit_invoice_columns,
)
from .period_controls import chosen_kind, chosen_period, period_controls
from .view_base import View
from .workers import Task

if TYPE_CHECKING:
    from ..storage.database import Database
    from .context import AppContext

REFRESH_TABLES = frozenset({"invoices", "outbox", "job_units", "audit_log"})
FACT_TABLES = frozenset({"invoices", "job_units", "audit_log"})  # what invoice facts read

# The KPI definitions (domain) are in English; these marks put their texts in the catalog.
# Per KPI: the title, the title inside a sentence, the formula.
KPI_TEXTS: dict[str, tuple[str, str, str]] = {
    PAYMENT_SUCCESS: (
        N_("Payment success rate"),
        N_("payment success rate"),
        N_("paid on the first attempt ÷ finalized"),
    ),
    DSO: (
        N_("Days sales outstanding"),
        N_("days sales outstanding"),
        N_("DSO = receivables at period end ÷ credit sales in period × days in period"),
    ),
    RETRY_SUCCESS: (
        N_("Retry success rate"),
        N_("retry success rate"),
        N_("failed payments later recovered by a retry ÷ failed payments"),
    ),
    AUTOMATION: (
        N_("Automation coverage"),
        N_("automation coverage"),
        N_("invoices created by schedules, usage or milestones ÷ all invoices"),
    ),
    ERROR_RATE: (
        N_("Error rate"),
        N_("error rate"),
        N_("(failed Stripe calls + job failures needing a person) ÷ all operations"),
    ),
}
KPI_NOTES = (  # DEFINITIONS[...].notes, shown through tr()
    N_(
        "Invoices finalized in the period, void ones left out. An invoice counts as paid on "
        "the first attempt when it is paid and no payment attempt failed before: Stripe "
        "recorded at most one attempt and no payment retry was needed. Invoices paid "
        "outside Stripe count as paid on the first attempt."
    ),
    N_(
        "Per currency, never added across currencies. Receivables at the period's last day: "
        "what is still owed on open invoices finalized by then, plus the total of invoices "
        "paid after that day. Credit sales: totals of invoices finalized in the period "
        "(void left out). Uncollectible invoices are written off and not receivable. "
        "No value when the period has no credit sales."
    ),
    N_(
        "Invoices finalized in the period whose first payment attempt failed (a payment "
        "retry was planned for them, or Stripe recorded a failed attempt). Recovered: the "
        "invoice was then paid by one of the app's payment retries (or by Stripe's own "
        "retry, when no app retry ran)."
    ),
    N_(
        "Invoices created in the period, drafts included. Automatic invoices carry the "
        "unit of work that made them in their metadata (desktop_invoicer_unit)."
    ),
    N_(
        "Operations started in the period: writes to Stripe through the outbox and units "
        "of background work (recurring invoices, reminders, payment retries). Errors: "
        "outbox writes that failed or met a conflict, and job units that failed. Lower is "
        "better."
    ),
)


def kpi_title(key: str) -> str:
    texts = KPI_TEXTS.get(key)
    return tr(texts[0]) if texts else DEFINITIONS[key].title


def kpi_title_in_sentence(key: str) -> str:
    texts = KPI_TEXTS.get(key)
    return tr(texts[1]) if texts else DEFINITIONS[key].title.lower()


def kpi_formula(key: str) -> str:
    texts = KPI_TEXTS.get(key)
    return tr(texts[2]) if texts else DEFINITIONS[key].formula


def load_dashboard(
    db: Database, period: Period, previous: Period, facts: list[InvoiceFact] | None
) -> tuple[list[InvoiceFact], Dashboard]:
    """The dashboard, and the invoice facts it was computed from (kept for the next period)."""
    if facts is None:
        facts = db.kpis.invoice_facts()
    return facts, db.kpis.dashboard(period, previous, facts)


def load_invoice_rows(db: Database, ids: Sequence[str]) -> list[dict[str, Any]]:
    return db.kpis.invoice_rows(ids)


def _delta_text(key: str, current: Fraction | None, previous: Fraction | None) -> str:
    if current is None or previous is None:
        return ""
    points = (current - previous) * 100
    if points == 0:
        return " · " + tr("no change")
    better = (points < 0) if key in LOWER_IS_BETTER else (points > 0)
    arrow = "▲" if points > 0 else "▼"
    size = percent_text(abs(points) / 100).rstrip("%")
    text = tr("{0} {1} pts (better)") if better else tr("{0} {1} pts (worse)")
    return " · " + text.format(arrow, size)


def ratio_texts(key: str, current: Ratio, previous: Ratio) -> tuple[str, str]:
    """The tile's value and its comparison line."""
    counted = tr("{0} of {1} operations") if key == ERROR_RATE else tr("{0} of {1} invoices")
    value = percent_text(current.value)
    compare = counted.format(current.numerator, current.denominator)
    compare += "\n" + tr("Previous: {0}").format(percent_text(previous.value))
    if previous.denominator:
        compare += " " + tr("({0} of {1})").format(previous.numerator, previous.denominator)
    compare += _delta_text(key, current.value, previous.value)
    return value, compare


class DashboardView(View):
    title = N_("Dashboard")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(TILE_STYLE)
        self.dashboard: Dashboard | None = None
        self._facts: list[InvoiceFact] | None = None  # dropped when invoices change
        self.selected = PAYMENT_SUCCESS
        self._generation = 0
        self._rows_generation = 0
        self.loading: Task | None = None
        self.listing: Task | None = None  # the drill-down read in flight
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(700)
        self._debounce.timeout.connect(self.refresh)

        heading = QLabel(tr("Dashboard"))
        heading.setObjectName("viewTitle")
        today = self.today()
        self.period_box, self.start_edit, self.end_edit = period_controls(
            PeriodKind.LAST_90, today.replace(day=1), today, lambda: self._custom_changed()
        )
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.period_label = QLabel()
        self.period_label.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(QLabel(tr("Period:")))
        top.addWidget(self.period_box)
        top.addWidget(self.start_edit)
        top.addWidget(self.end_edit)
        top.addWidget(self.period_label)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        self.period_box.currentIndexChanged.connect(lambda _i: self._period_changed())

        self.tiles: dict[str, KpiTile] = {}
        tiles_row = QHBoxLayout()
        tiles_row.setSpacing(10)
        for key in KPI_KEYS:
            tile = KpiTile(key, kpi_title(key), kpi_formula(key))
            tile.clicked.connect(self.select)
            tile.help_requested.connect(self.show_definition)
            self.tiles[key] = tile
            tiles_row.addWidget(tile, 1)

        self.trend_title = QLabel()
        self.trend_title.setObjectName("sectionTitle")
        self.trend = ChartView()
        self.trend.setMinimumHeight(220)
        trend_box = QWidget()
        trend_layout = QVBoxLayout(trend_box)
        trend_layout.setContentsMargins(0, 0, 0, 0)
        trend_layout.addWidget(self.trend_title)
        trend_layout.addWidget(self.trend, 1)

        self.drill_title = QLabel()
        self.drill_title.setObjectName("sectionTitle")
        self.drill_mode = QComboBox()
        self.drill_mode.setAccessibleName(tr("Invoices to list"))
        self.drill_mode.addItems([tr("Counted"), tr("All considered")])
        self.drill_mode.currentIndexChanged.connect(lambda _i: self._load_rows())
        self.rows_model = InvoiceRowsModel(self)
        self.rows_table = QTableView()
        self.rows_table.setModel(self.rows_model)
        self.rows_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_table.setAlternatingRowColors(True)
        self.rows_table.setShowGrid(False)
        self.rows_table.verticalHeader().hide()
        fit_invoice_columns(self.rows_table)
        drill_head = QHBoxLayout()
        drill_head.addWidget(self.drill_title, 1)
        drill_head.addWidget(self.drill_mode)
        drill_box = QWidget()
        drill_layout = QVBoxLayout(drill_box)
        drill_layout.setContentsMargins(0, 0, 0, 0)
        drill_layout.addLayout(drill_head)
        drill_layout.addWidget(self.rows_table, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(trend_box)
        splitter.addWidget(drill_box)
        splitter.setSizes([420, 720])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(tiles_row)
        layout.addWidget(splitter, 1)
        self._period_changed()

    # -- period ---------------------------------------------------------------------

    def today(self) -> date:
        return datetime.fromtimestamp(self.ctx.db.clock(), UTC).date()

    def kind(self) -> PeriodKind:
        return chosen_kind(self.period_box)

    def periods(self) -> tuple[Period, Period]:
        period = chosen_period(self.period_box, self.start_edit, self.end_edit, self.today())
        return period, previous_period(self.kind(), period)

    def _period_changed(self) -> None:
        custom = self.kind() is PeriodKind.CUSTOM
        self.start_edit.setVisible(custom)
        self.end_edit.setVisible(custom)
        self.refresh()

    def _custom_changed(self) -> None:
        if self.kind() is PeriodKind.CUSTOM:
            self._debounce.start()

    # -- loading --------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        period, previous = self.periods()
        self.period_label.setText(tr("{0}  (vs {1})").format(period.label(), previous.label()))
        self.status_message.emit(tr("Computing the dashboard…"))
        task = Task(
            "Computing the dashboard", load_dashboard, self.ctx.db, period, previous, self._facts
        )
        task.signals.finished.connect(lambda result: self._arrived(generation, *result))
        task.signals.failed.connect(lambda message: self._failed(generation, message))
        self.loading = task
        self.ctx.tasks.start(task, announce=False)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.loading = None
            self.status_message.emit(tr("The dashboard could not be computed: {0}").format(message))

    def _arrived(self, generation: int, facts: list[InvoiceFact], dashboard: Dashboard) -> None:
        if generation != self._generation:
            return
        self.loading = None
        self._facts = facts
        self.dashboard = dashboard
        for key, figure in dashboard.ratios.items():
            value, compare = ratio_texts(key, figure.current, figure.previous)
            self.tiles[key].show_figure(value, compare, {key: figure.trend})
        self._show_dso(dashboard)
        self.status_message.emit(tr("Dashboard up to date."))
        self.select(self.selected)

    def _show_dso(self, dashboard: Dashboard) -> None:
        figure = dashboard.dso
        if figure is None:
            return
        if not figure.current:
            value = "—"
        else:
            value = "\n".join(f"{c} {days_text(d.value)}" for c, d in figure.current.items())
        previous = ", ".join(f"{c} {days_text(d.value)}" for c, d in figure.previous.items())
        compare = (
            tr("Previous: {0}").format(previous or "—")
            + "\n"
            + tr("Per currency, {0}-day period").format(dashboard.period.days)
        )
        trend: dict[str, TrendPoints] = {
            code: tuple((b, values.get(code)) for b, values in figure.trend)
            for code in figure.current
        }
        self.tiles[DSO].show_figure(value, compare, trend, small=len(figure.current) > 1)

    # -- selection and drill-down ---------------------------------------------------

    def select(self, key: str) -> None:
        self.selected = key
        for k, tile in self.tiles.items():
            tile.set_selected(k == key)
        dashboard = self.dashboard
        if dashboard is None:
            return
        title = kpi_title(key)
        if key == DSO and dashboard.dso is not None:
            series: dict[str, TrendPoints] = {
                code: tuple((b, values.get(code)) for b, values in dashboard.dso.trend)
                for code in dashboard.dso.current
            }
            self.trend_title.setText(tr("{0}: trend in days, per currency").format(title))
        else:
            series = {
                title: tuple(
                    (b, None if v is None else v * 100) for b, v in dashboard.ratios[key].trend
                )
            }
            self.trend_title.setText(tr("{0}: trend in %").format(title))
        self.trend.show_points(series, sparkline=False, y_max=None if key == DSO else 100.0)
        self.drill_mode.setItemText(0, tr("Receivables") if key == DSO else tr("Counted"))
        self.drill_mode.setItemText(1, tr("Credit sales") if key == DSO else tr("All considered"))
        self._load_rows()

    def drill_ids(self) -> tuple[str, ...]:
        dashboard = self.dashboard
        if dashboard is None:
            return ()
        counted = self.drill_mode.currentIndex() == 0
        if self.selected == DSO:
            if dashboard.dso is None:
                return ()
            found: list[str] = []
            for d in dashboard.dso.current.values():
                found.extend(d.receivable_ids if counted else d.sales_ids)
            return tuple(found)
        ratio = dashboard.ratios[self.selected].current
        return ratio.numerator_ids if counted else ratio.denominator_ids

    def _load_rows(self) -> None:
        ids = self.drill_ids()
        self._rows_generation += 1
        generation = self._rows_generation
        title = kpi_title_in_sentence(self.selected)
        self.drill_title.setText(tr("Invoices behind {0}: {1}").format(title, len(ids)))
        task = Task("Listing invoices", load_invoice_rows, self.ctx.db, ids)
        task.signals.finished.connect(lambda rows: self._rows_arrived(generation, rows))
        self.listing = task
        self.ctx.tasks.start(task, announce=False)

    def _rows_arrived(self, generation: int, rows: list[dict[str, Any]]) -> None:
        if generation == self._rows_generation:
            self.listing = None
            self.rows_model.set_rows(rows)

    def show_definition(self, key: str) -> QMessageBox:
        title = kpi_title(key)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(tr("<b>{0}</b><br><br><code>{1}</code>").format(title, kpi_formula(key)))
        notes = tr(DEFINITIONS[key].notes)
        if self.dashboard is not None:
            period, previous = self.dashboard.period, self.dashboard.previous
            notes += "\n\n" + tr(
                "Period: {0} ({1} days), compared with {2} ({3} days). Days are UTC calendar days."
            ).format(period.label(), period.days, previous.label(), previous.days)
        box.setInformativeText(notes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def on_database_changed(self, table: str) -> None:
        if table in REFRESH_TABLES:
            if table in FACT_TABLES:
                self._facts = None
            self._debounce.start()
