"""The paged model reads a bounded number of pages however far the view scrolls."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from desktop_invoicer.ui.paged_model import RIGHT, Column, PagedTableModel, money_column


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    minor: int
    currency: str


class CountingSource:
    """100,000 synthetic rows, made on demand, counting every query."""

    def __init__(self, total: int = 100_000) -> None:
        self.total = total
        self.pages: list[tuple[int, int]] = []
        self.counts = 0
        self.sort: tuple[str, bool] = ("id", False)

    def count(self) -> int:
        self.counts += 1
        return self.total

    def page(self, offset: int, limit: int) -> Sequence[Row]:
        self.pages.append((offset, limit))
        end = min(offset + limit, self.total)
        descending = self.sort[1]
        ids = [self.total - 1 - i if descending else i for i in range(offset, end)]
        codes = ("USD", "JPY", "KWD")
        return [Row(i, f"Row {i}", i * 1001, codes[i % 3]) for i in ids]

    def set_sort(self, key: str, descending: bool) -> None:
        self.sort = (key, descending)


def columns() -> list[Column[Row]]:
    return [
        Column("Name", lambda r: r.name, key="name"),
        money_column("Total", lambda r: r.minor, lambda r: r.currency, key="total"),
    ]


def test_scrolling_100k_rows_loads_a_bounded_number_of_pages(qtbot: QtBot) -> None:
    source = CountingSource()
    model = PagedTableModel(source, columns(), page_size=200, max_pages=6)
    view = QTableView()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setModel(model)
    view.resize(600, 800)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)

    assert model.rowCount() == 100_000
    bar = view.verticalScrollBar()
    for step in range(0, 101):
        bar.setValue(bar.maximum() * step // 100)
        view.grab()
    view.scrollToBottom()
    view.grab()

    assert model.stats.largest_cache <= 6  # never more than the LRU holds
    assert all(limit == 200 for _offset, limit in source.pages)  # never all rows at once
    # One page per visited screen (plus a neighbour when a screen straddles two pages).
    assert len(source.pages) <= 2 * 101 + 4
    assert {offset for offset, _ in source.pages} >= {0, 99_800}
    assert source.counts == 1
    assert model.data(model.index(99_999, 0)) == "Row 99999"


def test_money_columns_are_right_aligned_in_the_rows_currency(qtbot: QtBot) -> None:
    model = PagedTableModel(CountingSource(10), columns())
    assert model.data(model.index(1, 1)) == "1,001 JPY"  # no decimals
    assert model.data(model.index(2, 1)) == "2.002 KWD"  # three decimals
    assert model.data(model.index(3, 1)) == "30.03 USD"
    assert model.data(model.index(3, 1), Qt.ItemDataRole.TextAlignmentRole) == RIGHT


def test_sort_and_reload_reset_the_model_and_forget_pages(qtbot: QtBot) -> None:
    source = CountingSource(1000)
    model = PagedTableModel(source, columns(), page_size=100)
    assert model.data(model.index(0, 0)) == "Row 0"
    with qtbot.waitSignal(model.modelReset):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert source.sort == ("name", True)
    assert model.cached_pages == 0
    assert model.data(model.index(0, 0)) == "Row 999"
    source.total = 10
    with qtbot.waitSignal(model.modelReset):
        model.reload()
    assert model.rowCount() == 10


def test_a_short_page_shows_blank_rows_instead_of_failing(qtbot: QtBot) -> None:
    source = CountingSource(50)
    model = PagedTableModel(source, columns(), page_size=100)
    assert model.rowCount() == 50
    source.total = 10  # rows deleted between the count and the page
    assert model.data(model.index(40, 0)) is None
    assert model.data(model.index(5, 0)) == "Row 5"


def test_find_row_looks_only_near_the_hint(qtbot: QtBot) -> None:
    source = CountingSource()
    model = PagedTableModel(source, columns(), page_size=100)
    assert model.find_row(lambda r: r.id == 5_050, near=5_000) == 5_050
    assert len(source.pages) == 1
    assert model.find_row(lambda r: r.id == 90_000, near=0) == -1


def test_a_table_sorted_from_the_start_counts_once(qtbot: QtBot) -> None:
    """The header's first sort finds the model already sorted: one count, no reset."""
    source = CountingSource(1000)
    order = Qt.SortOrder.DescendingOrder
    model = PagedTableModel(source, columns(), sort=(1, order))
    assert source.sort == ("total", True)  # given to the source before any query
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    resets: list[None] = []
    model.modelReset.connect(lambda: resets.append(None))
    view.horizontalHeader().setSortIndicator(1, order)
    view.setSortingEnabled(True)
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    assert (source.counts, resets) == (1, [])
    assert model.data(model.index(0, 0)) == "Row 999"
