"""Small pieces the hub tabs, the DDP and the Archive page share: a table view over a lazy model
with an empty state, Enter/double-click to open a row, and a counter card.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHeaderView, QTableView, QVBoxLayout, QWidget

from app.ui.hub.lazy_model import LazyTableModel
from app.ui.widgets import TableWithEmptyState, label, setup_table


class OpenableTable(QTableView):
    """A table whose row opens on Enter/Return, a double click or a click in ``open_column``."""

    open_row = Signal(int)

    def __init__(self, model, *, open_column: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        setup_table(self)
        self.setSortingEnabled(False)  # sorted in SQL on a header click, see below
        self.setModel(model)
        self.open_column = open_column
        self.doubleClicked.connect(lambda index: self.open_row.emit(index.row()))
        self.clicked.connect(self._clicked)
        header = self.horizontalHeader()
        if isinstance(model, LazyTableModel) and model.SORT_KEYS:
            header.setSectionsClickable(True)
            header.sectionClicked.connect(self._sort_clicked)
            current = [c for c, k in model.SORT_KEYS.items() if k == model.sort_name]
            header.setSortIndicatorShown(bool(current))
            if current:
                order = (
                    Qt.SortOrder.DescendingOrder
                    if model.descending
                    else Qt.SortOrder.AscendingOrder
                )
                header.setSortIndicator(current[0], order)
        for col in range(model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        if open_column is not None:
            self.setColumnWidth(open_column, 34)
        self.installEventFilter(self)

    def _sort_clicked(self, column: int) -> None:
        model = self.model()
        if not isinstance(model, LazyTableModel):  # only connected for a lazy model
            return
        key = model.SORT_KEYS.get(column)
        if key is None:
            return
        descending = not model.descending if model.sort_name == key else False
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.horizontalHeader().setSortIndicatorShown(True)
        self.horizontalHeader().setSortIndicator(column, order)
        model.sort(column, order)

    def _clicked(self, index) -> None:
        if self.open_column is not None and index.column() == self.open_column:
            self.open_row.emit(index.row())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # PySide6 hands key presses over as QKeyEvent (it resolves the event's subclass)
        if obj is self and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
                self.open_row.emit(self.currentIndex().row())
                return True
        return super().eventFilter(obj, event)

    def current_row(self) -> int | None:
        index = self.currentIndex()
        return index.row() if index.isValid() else None

    def fit(self, stretch: int | None = None) -> None:
        """Columns fit their contents; ``stretch`` takes the free width."""
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(60)
        header.setStretchLastSection(False)
        for col in range(self.model().columnCount()):
            if col == stretch:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            elif col == self.open_column:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
                self.setColumnWidth(col, 34)
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(34)


def table_box(view: QTableView, empty: str) -> TableWithEmptyState:
    box = TableWithEmptyState(view, empty, empty)
    box.watch(view.model())
    return box


class CounterCard(QFrame):
    """A number with a label under it (the Review tab's counters)."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.value = label("–", object_name="cardValue")
        self.caption = label(caption, object_name="cardLabel", wrap=True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, text: str) -> None:
        self.value.setText(text)
