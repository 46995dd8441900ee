"""The Reports view, driven like a person would: pick, read, drill down, export CSV and PDF.

Expected figures are those worked out by hand in ``test_reports_aging.py`` and
``test_reports_revenue.py``.
"""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop_invoicer.documents.report_tables import ReportKind
from desktop_invoicer.domain.kpi_periods import PeriodKind
from desktop_invoicer.storage import Database
from desktop_invoicer.ui.main_window import MainWindow
from desktop_invoicer.ui.reports_view import ReportsView
from tests.insight.builders import Book
from tests.insight.conftest import SHOTS
from tests.insight.datasets import build_receivables, build_sales


def open_reports(qtbot: QtBot, window: MainWindow) -> ReportsView:
    view = window.show_view("reports")
    assert isinstance(view, ReportsView)
    wait_read(qtbot, view)
    return view


def wait_read(qtbot: QtBot, view: ReportsView) -> None:
    qtbot.waitUntil(lambda: view.loading is None and view.table is not None, timeout=10_000)


def choose(qtbot: QtBot, view: ReportsView, kind: ReportKind) -> None:
    view.report_box.setCurrentIndex(list(ReportKind).index(kind))
    wait_read(qtbot, view)
    assert view.table is not None and view.table.kind is kind


def cells(view: ReportsView) -> list[tuple[str, ...]]:
    assert view.table is not None
    model = view.model
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def export(qtbot: QtBot, view: ReportsView, window: MainWindow, path: Path) -> Path:
    fmt = path.suffix[1:]
    if fmt == "csv":
        view.ask_csv_path = lambda _parent, _title, _suggested: path  # type: ignore[assignment]
        view.csv_button.click()
    else:
        window.ctx.ask_save_path = lambda _parent, _title, _suggested: path
        view.pdf_button.click()
    qtbot.waitUntil(lambda: view.last_export == path, timeout=20_000)
    return path


def pdf_png(pdf: Path, name: str) -> Path:
    SHOTS.mkdir(exist_ok=True)
    stem = SHOTS / name
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(stem)], check=True
    )
    return next(SHOTS.glob(f"{name}*.png"))


def test_aging_report_shows_exports_and_drills_down(
    qtbot: QtBot, window: MainWindow, db: Database, book: Book, tmp_path: Path
) -> None:
    build_receivables(book)
    view = open_reports(qtbot, window)
    choose(qtbot, view, ReportKind.AGING)
    rows = cells(view)
    assert rows[0] == ("Café", "EUR", "0.00", "0.00", "0.00", "900.00", "0.00", "900.00")
    assert rows[-1] == (
        "Total USD",
        "USD",
        "350.00",
        "300.00",
        "570.00",
        "1,800.00",
        "1,234.56",
        "4,254.56",
    )
    assert not view.period_box.isEnabled()  # aging is as of today (2026-03-31)
    assert view.subtitle.text().startswith("As of 2026-03-31")
    # Selecting Beta's row lists its five open invoices.
    beta = next(i for i, r in enumerate(rows) if r[0] == "Beta")
    view.view.selectRow(beta)
    qtbot.waitUntil(lambda: view.rows_model.rowCount() == 5, timeout=5000)
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "reports-aging-hand.png"))

    csv_path = export(qtbot, view, window, tmp_path / "aging.csv")
    with csv_path.open(newline="", encoding="utf-8") as handle:
        exported = list(csv.reader(handle))
    assert exported[-1][:8] == [
        "Total USD",
        "USD",
        "350.00",
        "300.00",
        "570.00",
        "1800.00",
        "1234.56",
        "4254.56",
    ]
    pdf_path = export(qtbot, view, window, tmp_path / "aging.pdf")
    text = PdfReader(str(pdf_path)).pages[0].extract_text()
    assert "Accounts receivable aging" in text and "4,254.56" in text
    assert "My Business" in text  # the business profile's name heads the page
    pdf_png(pdf_path, "reports-aging-hand-pdf")


def test_revenue_and_tax_reports_for_a_custom_period(
    qtbot: QtBot, window: MainWindow, db: Database, book: Book, tmp_path: Path
) -> None:
    build_sales(book)
    view = open_reports(qtbot, window)
    choose(qtbot, view, ReportKind.REVENUE_MONTH)
    view.period_box.setCurrentIndex(list(PeriodKind).index(PeriodKind.CUSTOM))
    assert view.start_edit.isVisible() and view.end_edit.isVisible()
    view.start_edit.setDate(QDate(2026, 3, 1))
    view.end_edit.setDate(QDate(2026, 3, 31))
    wait_read(qtbot, view)
    assert ("Total USD", "USD", "3", "600.00", "90.00", "690.00") in cells(view)
    choose(qtbot, view, ReportKind.REVENUE_CUSTOMER)
    assert ("Acme", "USD", "3", "600.00", "90.00", "690.00") in cells(view)
    choose(qtbot, view, ReportKind.REVENUE_PRODUCT)
    rows = cells(view)
    assert ("Consulting", "USD", "3", "450.00") in rows
    assert ("Discounts and inclusive tax", "USD", "", "-20.00") in rows
    choose(qtbot, view, ReportKind.TAX)
    assert cells(view)[-1] == ("Total USD", "USD", "", "", "450.00", "90.00")
    tax_csv = export(qtbot, view, window, tmp_path / "tax.csv")
    with tax_csv.open(newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header == [
        "Month paid",
        "Currency",
        "Tax rate",
        "Invoices",
        "Taxable amount",
        "Tax",
        "Row",
    ]
    choose(qtbot, view, ReportKind.CASH_FORECAST)
    assert view.subtitle.text().startswith("Open invoices by due date")


def test_a_synced_invoice_refreshes_the_open_report(
    qtbot: QtBot, window: MainWindow, db: Database, book: Book
) -> None:
    from datetime import date

    view = open_reports(qtbot, window)
    assert cells(view) == []
    assert view.subtitle.text().endswith("· no invoices")
    book.invoice("Late Co", 4200, finalized=date(2026, 1, 5), due=date(2026, 2, 4))
    # Due 02-04, 55 days late on 03-31: 31–60.
    qtbot.waitUntil(lambda: len(cells(view)) == 2, timeout=5000)
    assert cells(view)[0] == ("Late Co", "USD", "0.00", "0.00", "42.00", "0.00", "0.00", "42.00")
