"""The period picker the Dashboard and Reports share: a period combo and two date edits.

The date edits are for ``Custom`` only; the view shows or hides them as the
period changes. ``chosen_period`` reads the three back as a :class:`Period`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit

from ..domain.kpi_periods import Period, PeriodKind, period_for
from .i18n import tr
from .kpi_tiles import period_text


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def period_controls(
    default: PeriodKind, start: date, today: date, dates_changed: Callable[[], None]
) -> tuple[QComboBox, QDateEdit, QDateEdit]:
    """The period combo (on ``default``) and the From/To edits (``start`` to ``today``)."""
    box = QComboBox()
    box.setAccessibleName(tr("Period"))
    for kind in PeriodKind:
        box.addItem(period_text(kind), kind.value)
    box.setCurrentIndex(list(PeriodKind).index(default))
    start_edit = QDateEdit(QDate(start.year, start.month, start.day))
    end_edit = QDateEdit(QDate(today.year, today.month, today.day))
    for edit, name in ((start_edit, tr("From")), (end_edit, tr("To"))):
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        edit.dateChanged.connect(lambda _d: dates_changed())
    return box, start_edit, end_edit


def chosen_kind(box: QComboBox) -> PeriodKind:
    return PeriodKind(box.currentData())


def chosen_period(
    box: QComboBox, start_edit: QDateEdit, end_edit: QDateEdit, today: date
) -> Period:
    """The period the controls name; a custom range in either order."""
    kind = chosen_kind(box)
    custom = None
    if kind is PeriodKind.CUSTOM:
        start = _day(start_edit.date())
        end = _day(end_edit.date())
        custom = Period(min(start, end), max(start, end))
    return period_for(kind, today, custom)
