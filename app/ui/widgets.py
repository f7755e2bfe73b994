"""Small building blocks every page shares: icons from ``resources/icons``, the page header,
the search field, a table set up the same way everywhere with an empty state, inline form
errors and buttons in the theme's variants.
"""

from __future__ import annotations

from functools import cache

import shiboken6
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import RESOURCES


@cache
def icon(name: str) -> QIcon:
    """The SVG icon ``resources/icons/<name>.svg`` (an empty icon when it does not exist)."""
    path = RESOURCES / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def button(
    text: str, role: str | None = None, icon_name: str | None = None, parent: QWidget | None = None
) -> QPushButton:
    """A push button in one of the theme's variants (``primary``, ``danger``, ``link``)."""
    btn = QPushButton(text, parent)
    if role:
        btn.setProperty("role", role)
    if icon_name:
        btn.setIcon(icon(icon_name))
    btn.setAutoDefault(False)
    return btn


def label(
    text: str = "", role: str | None = None, *, wrap: bool = False, object_name: str | None = None
) -> QLabel:
    lbl = QLabel(text)
    if role:
        lbl.setProperty("role", role)
    if object_name:
        lbl.setObjectName(object_name)
    lbl.setWordWrap(wrap)
    return lbl


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark an input red (the stylesheet's ``invalid`` property) and repolish it."""
    widget.setProperty("invalid", "true" if invalid else "false")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class PageHeader(QWidget):
    """Title, optional subtitle, and the page's actions on the right."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = label(title, object_name="pageTitle")
        texts.addWidget(self.title)
        self.subtitle = label(subtitle, object_name="pageSubtitle", wrap=True)
        self.subtitle.setVisible(bool(subtitle))
        texts.addWidget(self.subtitle)
        layout.addLayout(texts, 1)
        self.action_bar = QHBoxLayout()
        self.action_bar.setSpacing(8)
        layout.addLayout(self.action_bar)

    def add_action(self, widget: QWidget) -> None:
        self.action_bar.addWidget(widget)


class SearchField(QLineEdit):
    """A search box with a magnifier and a clear button; Ctrl+F on the page focuses it."""

    def __init__(self, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(300)
        self.setToolTip(self.tr("Zoeken (Ctrl+F)"))

    def _focus_and_select(self) -> None:
        self.setFocus()
        self.selectAll()

    def bind_shortcut(self, page: QWidget) -> QShortcut:
        shortcut = QShortcut(QKeySequence.StandardKey.Find, page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._focus_and_select)
        return shortcut


def setup_table(view: QTableView) -> None:
    """Alternating rows, whole-row selection, sorting, no row numbers, stretching last column."""
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(34)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setMinimumSectionSize(60)


class TableWithEmptyState(QStackedWidget):
    """A table that gives way to a friendly message when its model has no rows."""

    def __init__(
        self, view: QTableView, empty_text: str, no_match_text: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.view = view
        self.empty_text = empty_text
        self.no_match_text = no_match_text
        self.filtering = False
        self.addWidget(view)
        self.empty = label(empty_text, object_name="emptyState", wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        holder = QWidget()
        holder.setObjectName("placeholderBox")
        box = QVBoxLayout(holder)
        box.addWidget(self.empty)
        self.addWidget(holder)

    def watch(self, model: QAbstractItemModel) -> None:
        for sig in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            sig.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        model = self.view.model()
        rows = model.rowCount() if model is not None else 0
        self.empty.setText(self.no_match_text if self.filtering else self.empty_text)
        self.setCurrentIndex(0 if rows else 1)


def fit_columns(view: QTableView, stretch: int, fixed: dict[int, int] | None = None) -> None:
    """Column ``stretch`` takes the free width, ``fixed`` columns get a set (resizable) width,
    the others fit their contents, so no header or short value is cut off."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for col in range(view.model().columnCount()):
        if col == stretch:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        elif fixed and col in fixed:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(col, fixed[col])
        else:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)


def is_open(widget: QWidget | None) -> bool:
    """True while ``widget`` exists (not deleted on close) and is shown."""
    return widget is not None and shiboken6.isValid(widget) and widget.isVisible()
