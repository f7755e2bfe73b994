"""The building blocks of the dashboard: a collapsible card (:class:`Panel`) whose header has a
chevron, a title, an optional count badge and room for actions, and the big-number card of the
counter panels (:class:`StatPanel`). A panel remembers whether it was collapsed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.ui import theme
from app.ui.widgets import icon, label


class Panel(QFrame):
    """A card with a header (click the chevron to collapse) and a body."""

    toggled = Signal(bool)  # expanded

    def __init__(self, key: str, title: str, settings: QSettings | None = None, parent=None):
        super().__init__(parent)
        self.key = key
        self.settings = settings
        self.expanded: bool = True
        self.setObjectName("card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 12)
        outer.setSpacing(8)
        head = QHBoxLayout()
        head.setSpacing(6)
        self.chevron = QToolButton()
        self.chevron.setObjectName(f"collapse_{key}")
        self.chevron.setAutoRaise(True)
        self.chevron.setCursor(Qt.CursorShape.PointingHandCursor)
        self.chevron.clicked.connect(lambda: self.set_expanded(not self.expanded))
        head.addWidget(self.chevron)
        self.title_text = title
        self.badge = ""
        self.title = label(title, object_name="sectionTitle", wrap=True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        head.addWidget(self.title, 1)
        self.action_bar = QHBoxLayout()
        self.action_bar.setSpacing(6)
        head.addLayout(self.action_bar)
        outer.addLayout(head)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(6)
        outer.addWidget(self.body, 1)
        self.expanded = True
        stored = settings.value(f"dashboard/collapsed/{key}") if settings else None
        self.set_expanded(str(stored).lower() != "true")

    def set_expanded(self, expanded: bool) -> None:
        self.expanded = expanded
        self.body.setVisible(expanded)
        self.chevron.setIcon(icon("chevron-down" if expanded else "chevron-up"))
        self.chevron.setToolTip(self.tr("Inklappen") if expanded else self.tr("Uitklappen"))
        if self.settings is not None:
            self.settings.setValue(f"dashboard/collapsed/{self.key}", not expanded)
        self.toggled.emit(expanded)

    def set_badge(self, text: str) -> None:
        """A muted count after the title, e.g. "(92)" (wraps with the title)."""
        self.badge = text
        title = html.escape(self.title_text)
        muted = f' <span style="color:{theme.MUTED}; font-weight:400">{html.escape(text)}</span>'
        self.title.setText(title + (muted if text else ""))

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.body_layout.addWidget(widget, stretch)
        return widget

    def add_action(self, widget: QWidget) -> None:
        self.action_bar.addWidget(widget)


class StatPanel(Panel):
    """Panels 1–3: one big number with a caption."""

    def __init__(self, key: str, title: str, caption: str, settings=None, parent=None):
        super().__init__(key, title, settings, parent)
        self.value: QLabel = label("–", object_name="cardValue")
        self.value.setObjectName("cardValue")
        self.add(self.value)
        self.caption = label(caption, object_name="cardLabel", wrap=True)
        self.add(self.caption)

    def set_value(self, text: str, caption: str | None = None) -> None:
        self.value.setText(text)
        if caption is not None:
            self.caption.setText(caption)


class ListPanel(Panel):
    """A panel with a compact table (sized to at most ``max_rows`` rows) or an empty text."""

    link_clicked = Signal(int)  # source row whose link cell was clicked

    def __init__(self, key: str, title: str, model, empty: str, settings=None, *, max_rows=6):
        super().__init__(key, title, settings)
        from PySide6.QtWidgets import QHeaderView, QTableView

        from app.ui.table_models import SortProxy
        from app.ui.widgets import setup_table

        self.model = model
        self.max_rows = max_rows
        self.proxy = SortProxy(model, self)
        self.table = QTableView()
        self.table.setObjectName(f"table_{key}")
        setup_table(self.table)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(False)  # a few rows; the arrows would cost header width
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)  # Enter on a link cell
        self.table.setMouseTracking(True)
        self.add(self.table)
        self.empty = label(empty, object_name="emptyState", wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(56)
        self.add(self.empty)
        model.modelReset.connect(self._fit)
        self._fit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.proxy.sort(column, order)

    def stretch(self, column: int) -> None:
        from PySide6.QtWidgets import QHeaderView

        self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _fit(self) -> None:
        rows = self.model.rowCount()
        self.table.setVisible(rows > 0)
        self.empty.setVisible(rows == 0)
        shown = min(rows, self.max_rows)
        height = self.table.horizontalHeader().sizeHint().height() + shown * 30 + 4
        self.table.setFixedHeight(height)
        self.set_badge(f"({rows})" if rows else "")

    def _clicked(self, index) -> None:
        link = getattr(self.model, "COL_LINK", -1)
        if index.isValid() and index.column() == link:
            self.link_clicked.emit(self.proxy.mapToSource(index).row())
