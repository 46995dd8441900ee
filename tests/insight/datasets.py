"""Shared data sets of the insight tests (see the module docstring of ``test_kpis.py``)."""

from __future__ import annotations

from datetime import date

from desktop_invoicer.domain.units import JobUnit, UnitKind, UnitStatus
from desktop_invoicer.storage import Database
from tests.insight.builders import Book, MovableClock


def build_march(book: Book, db: Database, clock: MovableClock) -> dict[str, str]:
    d = date
    ids = {
        "A": book.invoice(
            "Acme", 100000, finalized=d(2026, 3, 2), status="paid", paid=d(2026, 3, 10), attempts=1
        ),
        "B": book.invoice("Acme", 50000, finalized=d(2026, 3, 5)),
        "C": book.invoice(
            "Beta", 30000, finalized=d(2026, 3, 8), status="paid", paid=d(2026, 3, 20), attempts=2
        ),
        "D": book.invoice("Beta", 20000, finalized=d(2026, 3, 12), attempts=1),
        "E": book.invoice(
            "Café",
            40000,
            code="EUR",
            finalized=d(2026, 3, 15),
            status="paid",
            paid=d(2026, 4, 5),
            attempts=1,
        ),
        "F": book.invoice("Café", 10000, code="EUR", finalized=d(2026, 3, 20), status="void"),
        "G": book.invoice(
            "Acme", 25000, finalized=d(2026, 2, 20), status="paid", paid=d(2026, 3, 3), attempts=1
        ),
        "H": book.invoice(
            "Yamada",
            12000,
            code="JPY",
            finalized=d(2026, 3, 25),
            status="paid",
            paid=d(2026, 3, 28),
            attempts=2,
        ),
        "I": book.invoice("Acme", 9900, status="draft", created=d(2026, 3, 30), automated=True),
        "J": book.invoice(
            "Acme", 15000, finalized=d(2026, 3, 18), automated=True, amount_paid=5000
        ),
    }
    clock.set(d(2026, 3, 12))
    book.retry_unit(ids["D"], 1, "declined")
    clock.set(d(2026, 3, 26))
    book.retry_unit(ids["H"], 1, "paid")
    # Operations: outbox writes on 03-10 (one failed), and a recurring unit that failed on 03-30.
    clock.set(d(2026, 3, 10))
    failed = db.outbox.enqueue("invoice", ids["A"], "pay", {}, "key-a")
    db.outbox.mark_failed(failed.id, "card_declined")
    sent = db.outbox.enqueue("invoice", ids["B"], "send", {}, "key-b")
    db.outbox.mark_sent(sent.id)
    clock.set(d(2026, 3, 30))
    db.job_units.plan(
        [
            JobUnit(
                "rec-1", UnitKind.RECURRING, d(2026, 3, 30), schedule_id="s1", period_key="2026-03"
            )
        ]
    )
    db.job_units.finish("rec-1", UnitStatus.FAILED, error="customer deleted")
    db.job_units.plan(
        [
            JobUnit(
                "rec-2",
                UnitKind.RECURRING,
                d(2026, 3, 30),
                status=UnitStatus.SKIPPED,
                schedule_id="s1",
                period_key="2026-02",
            )
        ]
    )
    # Operations in February: one outbox write that was sent.
    clock.set(d(2026, 2, 20))
    ok = db.outbox.enqueue("invoice", ids["G"], "finalize", {}, "key-g")
    db.outbox.mark_sent(ok.id)
    clock.set(d(2026, 3, 31))  # "today" for the views
    return ids


def build_receivables(book: Book) -> None:
    """Open invoices due on chosen days (see ``test_reports_aging.py``), as of 2026-03-31."""
    d, f = date, date(2026, 1, 1)
    book.invoice("Acme", 10000, finalized=f, due=d(2026, 4, 10))
    book.invoice("Acme", 25000, finalized=f, due=d(2026, 3, 31))
    book.invoice("Acme", 4000, finalized=f, due=d(2026, 3, 30))
    book.invoice("Acme", 6000, finalized=f, due=d(2026, 3, 1))
    book.invoice("Acme", 7000, finalized=f, due=d(2026, 2, 28))
    book.invoice("Beta", 50000, finalized=f, due=d(2026, 1, 30))
    book.invoice("Beta", 80000, finalized=f, due=d(2026, 1, 29))
    book.invoice("Beta", 100000, finalized=f, due=d(2025, 12, 31))
    book.invoice("Beta", 123456, finalized=f, due=d(2025, 12, 30))
    book.invoice("Beta", 30000, finalized=f, due=d(2026, 3, 15), amount_paid=10000)
    # Not receivable: paid, void, draft, uncollectible.
    book.invoice("Beta", 99999, finalized=f, due=d(2026, 1, 1), status="paid", paid=f)
    book.invoice("Beta", 88888, finalized=f, due=d(2026, 1, 1), status="void")
    book.invoice("Beta", 77777, status="draft", created=f)
    book.invoice("Beta", 66666, finalized=f, due=d(2025, 6, 1), status="uncollectible")
    book.invoice("Café", 90000, code="EUR", finalized=f, due=d(2026, 1, 15))
    book.invoice("Yamada", 5000, code="JPY", finalized=f, due=d(2026, 3, 1))


def build_sales(book: Book) -> dict[str, str]:
    """Invoices R1..R8 of ``test_reports_revenue.py``."""
    d = date
    vat = book.rate("VAT", "20")
    gst = book.rate("GST", "20", inclusive=True)
    consult, hosting = ("Consulting", 2, 15000), ("Hosting", 1, 5000)
    return {
        "R1": book.invoice(
            "Acme",
            0,
            finalized=d(2026, 3, 5),
            status="paid",
            paid=d(2026, 3, 10),
            lines=(consult, hosting),
            rates=(vat,),
        ),
        "R2": book.invoice("Acme", 0, finalized=d(2026, 3, 20), lines=(("Consulting", 1, 15000),)),
        "R3": book.invoice("Beta", 0, finalized=d(2026, 2, 25), lines=(("Hosting", 3, 5000),)),
        "R4": book.invoice(
            "Beta", 0, finalized=d(2026, 3, 7), status="void", lines=(("Consulting", 1, 15000),)
        ),
        "R5": book.invoice(
            "Café",
            0,
            code="EUR",
            finalized=d(2026, 3, 12),
            status="paid",
            paid=d(2026, 4, 2),
            lines=(("Design", 1, 80000),),
            rates=(vat,),
        ),
        "R6": book.invoice(
            "Yamada",
            0,
            code="JPY",
            finalized=d(2026, 3, 28),
            status="uncollectible",
            lines=(("Consulting", 3, 20000),),
        ),
        "R7": book.invoice("Beta", 0, finalized=d(2026, 4, 1), lines=(("Hosting", 1, 5000),)),
        "R8": book.invoice(
            "Acme",
            0,
            finalized=d(2026, 3, 15),
            status="paid",
            paid=d(2026, 3, 15),
            lines=(("Hosting", 1, 12000),),
            rates=(gst,),
        ),
    }
