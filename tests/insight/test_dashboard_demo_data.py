"""The dashboard and reports over the demo Stripe account (600 invoices, 5 currencies), synced
by the real ``stripe`` client from the local Stripe-compatible server.

The figures are checked against the server's own objects (its raw invoices, not
our cache or our formulas), and every view and report PDF is saved for a person
to look at in /tmp/insight-shots.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from pytestqt.qtbot import QtBot

from desktop_invoicer.documents.report_tables import ReportKind
from desktop_invoicer.domain.business import BusinessProfile
from desktop_invoicer.domain.catalog import Address
from desktop_invoicer.domain.kpi_periods import PeriodKind, period_for, previous_period
from desktop_invoicer.domain.reports import aging
from desktop_invoicer.storage import Database
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.engine import SyncEngine
from desktop_invoicer.sync.gateway import GatewayConfig, StripeGateway
from desktop_invoicer.ui.dashboard_view import DashboardView
from desktop_invoicer.ui.reports_view import ReportsView
from desktop_invoicer.ui.session import build_main_window
from desktop_invoicer.ui.ui_settings import open_settings
from tests.insight.builders import Book
from tests.insight.conftest import SHOTS

KEY = "sk_test_insight000000000000000000"


@pytest.fixture
def server() -> Iterator[StripeServer]:
    srv = StripeServer()
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def demo_db(tmp_path: Path, server: StripeServer) -> Iterator[Database]:
    server.seed(
        customers=60,
        products=8,
        invoices=600,
        currencies=("usd", "eur", "gbp", "jpy", "kwd"),
        rng_seed=42,
    )
    db = Database.open(tmp_path / "demo.db", clock=lambda: float(server.clock.now()))
    gateway = StripeGateway(
        GatewayConfig(KEY, api_base=server.url, requests_per_second=500.0, timeout=10.0)
    )
    report = SyncEngine(db, gateway, lambda: float(server.clock.now())).run_once()
    gateway.close()
    assert report.error is None
    yield db
    db.close()


def today_of(server: StripeServer) -> date:
    return datetime.fromtimestamp(server.clock.now(), UTC).date()


def server_invoices(server: StripeServer) -> list[dict[str, Any]]:
    return [i for i in server.objects("invoice") if not i.get("deleted")]


def utc_day(seconds: int | None) -> date | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, UTC).date()


def test_figures_match_the_servers_own_objects(demo_db: Database, server: StripeServer) -> None:
    today = today_of(server)
    period = period_for(PeriodKind.LAST_90, today)
    dash = demo_db.kpis.dashboard(period, previous_period(PeriodKind.LAST_90, period))
    invoices = server_invoices(server)
    # Payment success straight from Stripe's objects: finalized in the period, not void;
    # paid with at most one attempt.
    finalized = [
        i
        for i in invoices
        if i["status"] not in ("void", "draft")
        and period.start <= utc_day(i["status_transitions"]["finalized_at"]) <= period.end  # type: ignore[operator]
    ]
    first_try = [i for i in finalized if i["status"] == "paid" and i["attempt_count"] <= 1]
    success = dash.ratios["payment_success"].current
    assert (success.numerator, success.denominator) == (len(first_try), len(finalized))
    assert success.denominator > 50
    # Aging totals: Stripe's amount_remaining of open invoices, per currency.
    expected: dict[str, int] = {}
    for i in invoices:
        if i["status"] == "open" and i["amount_remaining"] > 0:
            code = i["currency"].upper()
            expected[code] = expected.get(code, 0) + i["amount_remaining"]
    report = aging(demo_db.reports.open_items(), today)
    assert {code: a.total for code, a in report.totals.items()} == expected
    assert set(expected) == {"USD", "EUR", "GBP", "JPY", "KWD"}


def logo_file(path: Path) -> Path:
    image = QImage(360, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1F4E79"))
    painter = QPainter(image)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(56)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "NORTHWIND")
    painter.end()
    image.save(str(path))
    return path


def add_automation_and_failures(db: Database, server: StripeServer) -> None:
    """Automatic invoices, payment retries and failed writes in the last weeks."""
    book = Book(db)
    today = today_of(server)
    for n in range(24):
        day = today - timedelta(days=3 + n * 3)
        book.invoice(
            "Northwind Subscriptions",
            4900 + 100 * n,
            finalized=day,
            status="paid" if n % 4 else "open",
            paid=day + timedelta(days=2) if n % 4 else None,
            attempts=2 if n % 5 == 0 else 1,
            automated=True,
        )
    failed = [
        book.invoice(
            "Retry Ltd",
            12000 + n,
            finalized=today - timedelta(days=4 + 7 * n),
            status="paid" if n % 3 else "open",
            attempts=1,
            paid=today - timedelta(days=1 + 7 * n) if n % 3 else None,
        )
        for n in range(9)
    ]
    for n, invoice_id in enumerate(failed):
        book.retry_unit(invoice_id, 1, "paid" if n % 3 else "declined")
    for n in range(30):
        item = db.outbox.enqueue("invoice", failed[n % len(failed)], "send", {}, f"key-{n}")
        if n % 7 == 0:
            db.outbox.mark_failed(item.id, "Stripe refused")
        else:
            db.outbox.mark_sent(item.id)


def test_screenshots_of_the_dashboard_and_every_report(
    qtbot: QtBot, demo_db: Database, server: StripeServer, tmp_path: Path
) -> None:
    add_automation_and_failures(demo_db, server)
    demo_db.settings.save_business_profile(
        BusinessProfile(
            name="Northwind Studio Ltd",
            email="accounts@northwind.example",
            phone="+44 20 7946 0000",
            address=Address(
                "12 Harbour Street", city="London", postal_code="E14 5AB", country="GB"
            ),
            logo_path=str(logo_file(tmp_path / "logo.png")),
        )
    )
    window = build_main_window(demo_db, open_settings(), "demo")
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    SHOTS.mkdir(exist_ok=True)
    dashboard = window.show_view("dashboard")
    assert isinstance(dashboard, DashboardView)
    for period_kind, name in (
        (PeriodKind.LAST_90, "dashboard-demo-90d"),
        (PeriodKind.THIS_YEAR, "dashboard-demo-year"),
    ):
        dashboard.period_box.setCurrentIndex(list(PeriodKind).index(period_kind))
        qtbot.waitUntil(
            lambda: dashboard.loading is None and dashboard.listing is None, timeout=20_000
        )
        assert dashboard.rows_model.rowCount() > 0
        window.grab().save(str(SHOTS / f"{name}.png"))
    qtbot.mouseClick(dashboard.tiles["dso"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dashboard.listing is None, timeout=20_000)
    window.grab().save(str(SHOTS / "dashboard-demo-dso.png"))

    reports = window.show_view("reports")
    assert isinstance(reports, ReportsView)
    for kind in ReportKind:
        reports.report_box.setCurrentIndex(list(ReportKind).index(kind))
        qtbot.waitUntil(
            lambda kind=kind: (  # type: ignore[misc]
                reports.loading is None and reports.table is not None and reports.table.kind is kind
            ),
            timeout=20_000,
        )
        window.grab().save(str(SHOTS / f"report-{kind.value}.png"))
        pdf = tmp_path / f"{kind.value}.pdf"
        window.ctx.ask_save_path = lambda _p, _t, _s, pdf=pdf: pdf  # type: ignore[misc]
        reports.pdf_button.click()
        qtbot.waitUntil(lambda pdf=pdf: reports.last_export == pdf, timeout=30_000)  # type: ignore[misc]
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                str(pdf),
                str(SHOTS / f"report-{kind.value}-pdf"),
            ],
            check=True,
        )
    window.close()
