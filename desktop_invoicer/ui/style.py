"""The app's look: Fusion with a light palette and a short style sheet."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#2f5fd0"

STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: #f6f7f9; }}
QListWidget#navigation {{
    background: #eceff4; border: none; border-right: 1px solid #d9dde4;
    padding: 10px 0; font-size: 10.5pt; outline: 0;
}}
QListWidget#navigation::item {{ padding: 9px 18px; margin: 1px 8px; border-radius: 6px; color: #1f2937; }}
QListWidget#navigation::item:hover {{ background: #e1e6ee; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QLabel#viewTitle {{ font-size: 15pt; font-weight: 600; color: #111827; }}
QLabel#sectionTitle {{ font-size: 10.5pt; font-weight: 600; color: #374151; padding-top: 6px; }}
QLabel#muted, QLabel#countLabel {{ color: #6b7280; }}
QLabel#fieldError {{ color: #b42318; font-size: 8.5pt; }}
QLabel#formError {{
    color: #7a1a12; background: #fde7e5; border: 1px solid #f5b8b1;
    border-radius: 4px; padding: 6px 8px;
}}
QLabel#banner {{
    color: #7a4b00; background: #fff4d6; border: 1px solid #f1d48a;
    border-radius: 4px; padding: 6px 8px;
}}
QLabel#totalValue {{ font-weight: 600; }}
QLabel#grandTotal {{ font-size: 12pt; font-weight: 700; color: #111827; }}
QLineEdit, QComboBox, QDateEdit, QPlainTextEdit, QSpinBox {{
    background: white; border: 1px solid #c9ced6; border-radius: 4px; padding: 4px 6px;
    selection-background-color: {ACCENT};
}}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QPlainTextEdit:focus, QSpinBox:focus {{
    border: 1px solid {ACCENT};
}}
QLineEdit:read-only, QPlainTextEdit[readOnly="true"] {{ background: #f3f4f6; color: #374151; }}
QLineEdit:disabled, QComboBox:disabled, QDateEdit:disabled {{
    background: #f3f4f6; color: #6b7280; border-color: #e5e7eb;
}}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] {{
    border: 1px solid #d92d20; background: #fffafa;
}}
QTableView {{
    background: white; alternate-background-color: #f9fafb; border: 1px solid #d9dde4;
    gridline-color: #eef0f3; selection-background-color: #dbe6fb; selection-color: #111827;
}}
QTableView::item {{ padding: 0 6px; }}
QHeaderView::section {{
    background: #f3f4f6; color: #374151; font-weight: 600; border: none;
    border-bottom: 1px solid #d9dde4; border-right: 1px solid #e5e7eb; padding: 5px 8px;
}}
QPushButton {{
    background: white; border: 1px solid #c9ced6; border-radius: 4px; padding: 5px 14px;
    min-height: 18px;
}}
QPushButton:hover {{ background: #f3f4f6; }}
QPushButton#primary {{
    background: {ACCENT}; color: white; border: 1px solid #244fb3;
}}
QPushButton#primary:hover {{ background: #274fb0; }}
QPushButton:disabled {{ color: #9ca3af; background: #f3f4f6; border-color: #e5e7eb; }}
QToolButton#removeLine {{ border: none; color: #6b7280; font-size: 11pt; padding: 2px 6px; }}
QToolButton#removeLine:hover {{ color: #b42318; }}
QToolButton#taxButton {{
    background: white; border: 1px solid #c9ced6; border-radius: 4px; padding: 4px 6px;
    text-align: left;
}}
QFrame#card {{ background: white; border: 1px solid #d9dde4; border-radius: 6px; }}
QScrollArea#linesScroll, QWidget#linesHolder {{ background: transparent; }}
QFrame#totalsCard {{ background: white; border: 1px solid #d9dde4; border-radius: 6px; }}
QStatusBar {{ background: #eceff4; border-top: 1px solid #d9dde4; color: #374151; }}
QTabWidget::pane {{ border: 1px solid #d9dde4; border-radius: 4px; background: white; top: -1px; }}
QTabBar::tab {{ padding: 5px 12px; border: 1px solid transparent; }}
QTabBar::tab:selected {{ background: white; border: 1px solid #d9dde4; border-bottom-color: white; }}
"""


def apply_style(app: QApplication) -> None:
    if app.property("desktopInvoicerStyled") is True:
        return
    app.setProperty("desktopInvoicerStyled", True)
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f6f7f9"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f9fafb"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#111827"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#111827"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#ffffff"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
