"""A table model that reads its rows a page at a time, so 100,000 rows open instantly.

The model never holds all rows: it asks its :class:`PageSource` for the row count,
then for the page that holds a row the view paints, and keeps the last few pages in
a small LRU. Sorting and filtering belong to the source (an SQL ``ORDER BY`` and
``WHERE``); the model only resets when they change.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from .formatting import money_text

RowT = TypeVar("RowT")
RowT_co = TypeVar("RowT_co", covariant=True)

Index = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

#: The row object behind an index (for editing and selection).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: ``(foreground, background)`` colours of a badge-like cell, or None.
BADGE_ROLE = Qt.ItemDataRole.UserRole + 2

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _TOOLTIP, _FOREGROUND, int(ROW_ROLE), int(BADGE_ROLE)})


@lru_cache(maxsize=64)
def _color(name: str) -> QColor:
    return QColor(name)


class PageSource(Protocol[RowT_co]):
    """Where a paged model reads rows from: a count and one slice at a time."""

    def count(self) -> int: ...

    def page(self, offset: int, limit: int) -> Sequence[RowT_co]: ...


@runtime_checkable
class Sortable(Protocol):
    """A source that can order its rows by a column's key."""

    def set_sort(self, key: str, descending: bool) -> None: ...


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """One column: its header, how a row shows in it, and how it sorts."""

    header: str
    display: Callable[[RowT], str]
    key: str = ""  # sort key understood by the source; empty: not sortable
    alignment: Qt.AlignmentFlag = LEFT
    width: int = 120
    badge: Callable[[RowT], tuple[str, str]] | None = None
    tooltip: Callable[[RowT], str] | None = None
    stretch: bool = False


def money_column(
    header: str,
    minor: Callable[[RowT], int],
    code: Callable[[RowT], str],
    key: str = "",
    width: int = 130,
) -> Column[RowT]:
    """A right-aligned amount in the row's own currency (``1,234.50 USD``, ``1,235 JPY``)."""
    return Column(
        header=header,
        display=lambda row: money_text(minor(row), code(row)),
        key=key,
        alignment=RIGHT,
        width=width,
    )


@dataclass
class PageStats:
    """What the model has read so far: for tests and the status bar."""

    pages_loaded: int = 0
    count_queries: int = 0
    largest_cache: int = 0
    limits: set[int] = field(default_factory=set)


class PagedTableModel(QAbstractTableModel, Generic[RowT]):
    """A read-only table over a :class:`PageSource`, loading ``page_size`` rows at a time."""

    def __init__(
        self,
        source: PageSource[RowT],
        columns: Sequence[Column[RowT]],
        page_size: int = 200,
        max_pages: int = 6,
        parent: QObject | None = None,
        sort: tuple[int, Qt.SortOrder] | None = None,
    ) -> None:
        """``sort``, the header's initial sort indicator, is given to ``source`` at once,
        so that the view's first :meth:`sort` call finds it done (no second count)."""
        super().__init__(parent)
        if page_size <= 0 or max_pages <= 0:
            raise ValueError("page_size and max_pages must be positive")
        self._columns = list(columns)
        self._page_size = page_size
        self._max_pages = max_pages
        self._pages: OrderedDict[int, list[RowT]] = OrderedDict()
        self._count: int | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        if sort is not None and 0 <= sort[0] < len(self._columns) and self._columns[sort[0]].key:
            self._sort = sort
        self._source = self.prepare(source)
        self.stats = PageStats()

    # -- the source --------------------------------------------------------------------

    @property
    def source(self) -> PageSource[RowT]:
        return self._source

    @property
    def columns(self) -> list[Column[RowT]]:
        return list(self._columns)

    @property
    def page_size(self) -> int:
        return self._page_size

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    def prepare(self, source: PageSource[RowT]) -> PageSource[RowT]:
        """Give ``source`` the current sort (before it is queried, perhaps on a worker)."""
        if self._sort is not None and isinstance(source, Sortable):
            source.set_sort(
                self._columns[self._sort[0]].key, self._sort[1] == Qt.SortOrder.DescendingOrder
            )
        return source

    def set_source(
        self,
        source: PageSource[RowT],
        count: int | None = None,
        first_page: Sequence[RowT] | None = None,
    ) -> None:
        """Show another source (a new filter, say); the current sort carries over.

        ``count`` and ``first_page``, when given, were read already (on a worker
        thread, for a slow query) and seed the model instead of a new query.
        """
        self.beginResetModel()
        self._source = self.prepare(source)
        self._forget()
        if count is not None:
            self._count = max(0, count)
        if first_page is not None:
            self._pages[0] = list(first_page)
            self.stats.pages_loaded += 1
        self.endResetModel()

    def reload(self) -> None:
        """Forget every cached row and count: after a filter change or a database write."""
        self.beginResetModel()
        self._forget()
        self.endResetModel()

    def _forget(self) -> None:
        self._pages.clear()
        self._count = None

    # -- reading rows ------------------------------------------------------------------

    def row(self, row: int) -> RowT | None:
        """The row object at ``row``, loading its page if needed; None past the end."""
        count = self._count if self._count is not None else self.rowCount()
        if row < 0 or row >= count:
            return None
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            page = list(self._source.page(number * self._page_size, self._page_size))
            self.stats.pages_loaded += 1
            self.stats.limits.add(self._page_size)
            self._pages[number] = page
            while len(self._pages) > self._max_pages:
                self._pages.popitem(last=False)
            self.stats.largest_cache = max(self.stats.largest_cache, len(self._pages))
        else:
            self._pages.move_to_end(number)
        # A write between the count and the page can leave a short page: show a blank row.
        return page[offset] if offset < len(page) else None

    def find_row(self, predicate: Callable[[RowT], bool], near: int = 0) -> int:
        """The row number of a cached-or-nearby row matching ``predicate``, or -1.

        Looks at the page around ``near`` first (where a selection most likely is),
        then at the cached pages; it never scans the whole table.
        """
        total = self.rowCount()
        if total == 0:
            return -1
        near = min(max(near, 0), total - 1)
        candidates = [near // self._page_size, *self._pages.keys()]
        for number in dict.fromkeys(candidates):
            start = number * self._page_size
            for r in range(start, min(start + self._page_size, total)):
                item = self.row(r)
                if item is not None and predicate(item):
                    return r
        return -1

    # -- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        if self._count is None:
            self._count = max(0, self._source.count())
            self.stats.count_queries += 1
        return self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each paint: plain ints, no
        # enum look-ups, and a fast "no" for the roles the model does not answer.
        if role not in _ROLES or not index.isValid():
            return None
        number = index.column()
        if not 0 <= number < len(self._columns):
            return None
        column = self._columns[number]
        if role == _ALIGNMENT:
            return column.alignment
        item = self.row(index.row())
        if item is None:
            return None
        if role == _DISPLAY:
            return column.display(item)
        if role == ROW_ROLE:
            return item
        if role == BADGE_ROLE:
            return column.badge(item) if column.badge is not None else None
        if role == _FOREGROUND:
            return _color(column.badge(item)[0]) if column.badge is not None else None
        if role == _TOOLTIP and column.tooltip is not None:
            return column.tooltip(item)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or not self._columns[column].key:
            return
        if self._sort == (column, order):
            return
        self.beginResetModel()
        self._sort = (column, order)
        self.prepare(self._source)
        self._forget()
        self.endResetModel()

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        if isinstance(self._source, Sortable):
            self._source.set_sort(self._columns[column].key, order == Qt.SortOrder.DescendingOrder)
