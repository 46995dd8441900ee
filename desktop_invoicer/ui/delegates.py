"""Item delegates: the status badge drawn as a small rounded label."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .paged_model import BADGE_ROLE


class BadgeDelegate(QStyledItemDelegate):
    """Paints the cell's text inside a pill coloured by the model's ``BADGE_ROLE``."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        colors = index.data(BADGE_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not colors or not text:
            super().paint(painter, option, index)
            return
        # The selection background first, like any other cell.
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)

        foreground, background = colors
        font = option.font
        font.setPointSizeF(max(font.pointSizeF() - 0.5, 7.0))
        font.setBold(True)
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(str(text)) + 16
        height = metrics.height() + 4
        rect = option.rect
        pill = QRectF(rect.x() + 6, rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor(foreground))
        painter.setFont(font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, str(text))
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 20, hint.height())
