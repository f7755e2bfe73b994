"""The look: Fusion style, a light palette and one accent colour, applied as one Qt stylesheet.

Widgets opt into variants through object names and dynamic properties instead of their own
stylesheets: ``objectName`` ``nav``, ``pageTitle``, ``card``, ``emptyState``; property
``role="primary"`` / ``"danger"`` on buttons, ``role="error"`` / ``"hint"`` on labels.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

ICONS = (Path(__file__).resolve().parents[2] / "resources" / "icons").as_posix()
ACCENT = "#2563a8"
ACCENT_DARK = "#1d4f87"
ACCENT_SOFT = "#e3edf8"
TEXT = "#1f2933"
MUTED = "#5f6b7a"
BORDER = "#d5dbe3"
WINDOW = "#f6f7f9"
SURFACE = "#ffffff"
NAV_BG = "#eef1f5"
DANGER = "#b42318"
SUCCESS = "#1e7b4a"
WARNING = "#9a6700"

STYLESHEET = f"""
QWidget {{ font-size: 10pt; }}
QMainWindow, QDialog, QWizard {{ background: {WINDOW}; }}
QToolTip {{ color: {TEXT}; background: {SURFACE}; border: 1px solid {BORDER}; padding: 4px; }}

#nav {{ background: {NAV_BG}; border-right: 1px solid {BORDER}; }}
#nav QListView {{ background: transparent; border: none; outline: 0; }}
#navScroll, #navSections {{ background: transparent; }}
#nav QListView::item {{ padding: 7px 10px; border-radius: 6px; margin: 1px 6px; }}
#nav QListView::item:selected {{ background: {ACCENT_SOFT}; color: {ACCENT_DARK}; }}
#nav QListView::item:hover:!selected {{ background: #e2e7ee; }}
#navSection {{ color: {MUTED}; font-size: 8pt; font-weight: 600; padding: 10px 16px 2px 16px; }}
#brand {{ font-size: 13pt; font-weight: 700; color: {ACCENT_DARK}; padding: 14px 16px 6px 16px; }}
#loginDialog {{ background: {SURFACE}; }}
#loginBrand {{ font-size: 15pt; font-weight: 700; color: {ACCENT_DARK}; }}
#userBox {{ border-top: 1px solid {BORDER}; }}
#userName {{ font-weight: 600; }}

#pageTitle {{ font-size: 16pt; font-weight: 600; }}
#pageSubtitle {{ color: {MUTED}; }}
#sectionTitle {{ font-size: 11pt; font-weight: 600; }}
#card {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px; }}
#cardValue {{ font-size: 20pt; font-weight: 600; color: {ACCENT_DARK}; }}
#cardLabel {{ color: {MUTED}; }}
#emptyState {{ color: {MUTED}; font-size: 11pt; }}
#placeholderBox {{ background: {SURFACE}; border: 1px dashed {BORDER}; border-radius: 8px; }}

QLabel[role="error"] {{ color: {DANGER}; }}
QLabel[role="hint"] {{ color: {MUTED}; }}
QLabel[role="banner"] {{ background: #fdf3e1; border: 1px solid #f0d9a8; border-radius: 6px;
    padding: 8px; color: {WARNING}; }}
QLabel[role="errorBanner"] {{ background: #fdecea; border: 1px solid #f5c2bd;
    border-radius: 6px; padding: 8px; color: {DANGER}; }}
#problemBanner {{ background: #fdecea; border: 1px solid #f5c2bd; border-radius: 6px; }}
#problemBanner QLabel {{ background: transparent; border: none; color: {DANGER}; }}
#bannerTitle {{ font-weight: 600; }}
#statusBar {{ background: {ACCENT_SOFT}; color: {ACCENT_DARK}; border-top: 1px solid {BORDER}; }}
#statusBar QLabel {{ color: {ACCENT_DARK}; }}

QPushButton {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px;
    padding: 6px 14px; min-height: 18px; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:focus {{ border-color: {ACCENT}; }}
QPushButton:disabled {{ color: #9aa5b1; background: #f1f3f5; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton[role="primary"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[role="primary"]:disabled {{ background: #9db7d6; border-color: #9db7d6; }}
QPushButton[role="danger"] {{ color: {DANGER}; }}
QPushButton[role="danger"]:disabled {{ color: #d9a29c; }}
QPushButton[role="link"] {{ border: none; background: transparent; color: {ACCENT};
    padding: 2px 4px; text-align: left; }}

QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QPlainTextEdit {{ background: {SURFACE};
    border: 1px solid {BORDER}; border-radius: 6px; padding: 5px 8px;
    selection-background-color: {ACCENT}; }}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QPlainTextEdit:focus {{
    border-color: {ACCENT}; }}
QComboBox::drop-down {{ border: none; width: 26px; }}
QComboBox::down-arrow {{ image: url({ICONS}/chevron-down.svg); width: 12px; height: 12px; }}
QComboBox QAbstractItemView {{ background: {SURFACE}; border: 1px solid {BORDER};
    selection-background-color: {ACCENT_SOFT}; selection-color: {TEXT}; }}
QSpinBox {{ padding-right: 24px; }}
QSpinBox::up-button, QSpinBox::down-button {{ border: none; width: 22px; background: transparent; }}
QSpinBox::up-arrow {{ image: url({ICONS}/chevron-up.svg); width: 10px; height: 10px; }}
QSpinBox::down-arrow {{ image: url({ICONS}/chevron-down.svg); width: 10px; height: 10px; }}
QListView::item {{ padding: 5px 6px; }}
QListView::item:selected {{ background: {ACCENT_SOFT}; color: {TEXT}; }}
QListView::item:disabled {{ color: #9aa5b1; }}
QLineEdit[invalid="true"] {{ border-color: {DANGER}; }}

QTableView, QListView, QTreeView {{ background: {SURFACE}; alternate-background-color: #f7f9fb;
    border: 1px solid {BORDER}; border-radius: 6px; gridline-color: transparent;
    selection-background-color: {ACCENT_SOFT}; selection-color: {TEXT}; }}
QHeaderView::section {{ background: #f0f3f6; color: {MUTED}; font-weight: 600;
    border: none; border-bottom: 1px solid {BORDER}; padding: 6px 8px; }}
QTableView::item {{ padding: 4px 8px; }}

QTabWidget::pane {{ border: 1px solid {BORDER}; border-radius: 6px; background: {SURFACE};
    top: -1px; }}
QTabBar::tab {{ padding: 7px 16px; border: 1px solid transparent; color: {MUTED}; }}
QTabBar::tab:selected {{ color: {ACCENT_DARK}; border-bottom: 2px solid {ACCENT}; }}
QProgressBar {{ border: 1px solid {BORDER}; border-radius: 6px; background: {SURFACE};
    text-align: center; height: 16px; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 5px; }}
QMenuBar {{ background: {WINDOW}; }}
QLineEdit:disabled, QComboBox:disabled {{ color: #9aa5b1; background: #f1f3f5; }}
"""


def apply_theme(app: QApplication) -> None:
    """Fusion, a light palette with the accent colour, a readable font and the stylesheet."""
    app.setStyle("Fusion")
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.Base, QColor(SURFACE))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f9fb"))
    pal.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.Button, QColor(SURFACE))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a96a3"))
    app.setPalette(pal)
    font = QFont(app.font())
    font.setPointSize(10)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
