"""The Dashboard view, driven like a person would, over the hand-checked March data set.

Expected figures are those worked out in ``test_kpis.py``'s docstring and tests.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_invoicer.domain.kpi_periods import PeriodKind
from desktop_invoicer.storage import Database
from desktop_invoicer.ui.dashboard_view import DashboardView
from desktop_invoicer.ui.main_window import MainWindow
from tests.insight.builders import Book, MovableClock
from tests.insight.conftest import SHOTS
from tests.insight.datasets import build_march


def open_dashboard(qtbot: QtBot, window: MainWindow, kind: PeriodKind) -> DashboardView:
    view = window.show_view("dashboard")
    assert isinstance(view, DashboardView)
    view.period_box.setCurrentIndex(list(PeriodKind).index(kind))
    wait_loaded(qtbot, view)
    return view


def wait_loaded(qtbot: QtBot, view: DashboardView) -> None:
    qtbot.waitUntil(lambda: view.loading is None and view.dashboard is not None, timeout=10_000)
    wait_rows(qtbot, view)


def wait_rows(qtbot: QtBot, view: DashboardView) -> None:
    qtbot.waitUntil(lambda: view.listing is None, timeout=10_000)


def test_tiles_show_the_hand_computed_figures(
    qtbot: QtBot, window: MainWindow, db: Database, book: Book, clock: MovableClock
) -> None:
    build_march(book, db, clock)
    view = open_dashboard(qtbot, window, PeriodKind.THIS_MONTH)
    assert view.period_label.text().startswith("2026-03-01 – 2026-03-31")
    tiles = view.tiles
    # 2 of 7 = 28.6%; February 1 of 1 = 100%; change 2/7 - 1 = -71.4 points.
    assert tiles["payment_success"].value.text() == "28.6%"
    assert "2 of 7 invoices" in tiles["payment_success"].compare.text()
    assert "Previous: 100.0% (1 of 1)" in tiles["payment_success"].compare.text()
    assert "▼ 71.4 pts (worse)" in tiles["payment_success"].compare.text()
    assert tiles["retry_success"].value.text() == "66.7%"  # 2 of 3
    assert tiles["automation"].value.text() == "22.2%"  # 2 of 9
    # Errors 2 of 5 = 40%, up from 0 of 1: worse (lower is better).
    assert tiles["error_rate"].value.text() == "40.0%"
    assert "▲ 40.0 pts (worse)" in tiles["error_rate"].compare.text()
    # DSO per currency, never one number across currencies.
    assert tiles["dso"].value.text() == "EUR 31.0 days\nJPY 0.0 days\nUSD 11.5 days"
    assert "Previous: USD 28.0 days" in tiles["dso"].compare.text()
    assert {r["number"] for r in view.rows_model.rows} == {"T-0001", "T-0005"}  # A and E
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "dashboard-march.png"))


def test_clicking_a_tile_drills_down_to_its_invoices(
    qtbot: QtBot, window: MainWindow, db: Database, book: Book, clock: MovableClock
) -> None:
    build_march(book, db, clock)
    view = open_dashboard(qtbot, window, PeriodKind.THIS_MONTH)
    qtbot.mouseClick(view.tiles["retry_success"], Qt.MouseButton.LeftButton)
    assert view.tiles["retry_success"].property("selected") is True
    # Recovered: C (T-0003) and H (T-0008).
    wait_rows(qtbot, view)
    numbers = {view.rows_model.rows[i]["number"] for i in range(2)}
    assert numbers == {"T-0003", "T-0008"}
    view.drill_mode.setCurrentIndex(1)  # all failed payments: C, D, H
    wait_rows(qtbot, view)
    assert view.rows_model.rowCount() == 3
    assert view.drill_title.text() == "Invoices behind retry success rate: 3"
    # Keyboard: focus the DSO tile and press Enter; receivables B, D, J (USD) and E (EUR).
    view.tiles["dso"].setFocus()
    view.drill_mode.setCurrentIndex(0)
    qtbot.keyClick(view.tiles["dso"], Qt.Key.Key_Return)
    wait_rows(qtbot, view)
    assert {r["number"] for r in view.rows_model.rows} == {"T-0002", "T-0004", "T-0010", "T-0005"}
    assert view.trend_title.text() == "Days sales outstanding: trend in days, per currency"
    shown = {s.name() for s in view.trend.chart().series()}
    assert shown == {"EUR", "JPY", "USD"}
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "dashboard-dso-drilldown.png"))


def test_question_mark_shows_the_definition(
    qtbot: QtBot, window: MainWindow, db: Database, book: Book, clock: MovableClock
) -> None:
    build_march(book, db, clock)
    view = open_dashboard(qtbot, window, PeriodKind.THIS_MONTH)
    qtbot.mouseClick(view.tiles["dso"].help, Qt.MouseButton.LeftButton)
    boxes = [b for b in view.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert "receivables at period end ÷ credit sales in period × days in period" in boxes[0].text()
    assert "never added across currencies" in boxes[0].informativeText()
    assert "Period: 2026-03-01 – 2026-03-31 (31 days)" in boxes[0].informativeText()
    boxes[0].grab().save(str(SHOTS / "dashboard-definition.png")) if SHOTS.exists() else None
    boxes[0].close()


def test_an_empty_workspace_shows_dashes(qtbot: QtBot, window: MainWindow) -> None:
    view = open_dashboard(qtbot, window, PeriodKind.LAST_30)
    assert all(view.tiles[k].value.text() == "—" for k in view.tiles)
    assert "0 of 0 invoices" in view.tiles["payment_success"].compare.text()


def test_a_new_invoice_refreshes_the_dashboard(
    qtbot: QtBot, window: MainWindow, db: Database, book: Book, clock: MovableClock
) -> None:
    from datetime import date

    view = open_dashboard(qtbot, window, PeriodKind.THIS_MONTH)
    assert view.tiles["payment_success"].value.text() == "—"
    book.invoice(
        "Solo", 5000, finalized=date(2026, 3, 9), status="paid", paid=date(2026, 3, 9), attempts=1
    )
    qtbot.waitUntil(lambda: view.tiles["payment_success"].value.text() == "100.0%", timeout=5000)
