"""A read-only table of whole rows, one selected at a time (the Escalations and Rules lists)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget


def row_table(
    headers: Sequence[str], stretch: int, widths: Iterable[tuple[int, int]]
) -> QTableWidget:
    """``headers`` already translated; column ``stretch`` takes the spare width, the
    others get ``(column, width)`` from ``widths``."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in widths:
        table.setColumnWidth(column, width)
    return table
