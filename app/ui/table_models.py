"""The table-model conventions of every list page: a :class:`DtoTableModel` holds a list of
DTOs, exposes ``SortRole`` (a sortable key) and ``RowRole`` (the DTO itself), and is reset only
when a new list arrives; :class:`SortProxy` is the one shared sort-and-search proxy for small
lists that load fully (users, departments, administrations).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

SortRole = Qt.ItemDataRole.UserRole
RowRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class DtoTableModel(QAbstractTableModel):
    """Base of the list models; subclasses define ``headers()``, ``display()`` and may override
    ``sort_key()``, ``tooltip()`` and ``decoration()``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Any] = []

    # -- to override ----------------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: Any, column: int) -> Any:
        return self.display(row, column).lower()

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def foreground(self, row: Any, column: int) -> Any:
        return None

    # -- Qt API ---------------------------------------------------------------------------
    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, row: int) -> Any:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, col)
        if role == SortRole:
            key = self.sort_key(row, col)
            return "" if key is None else key
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, col)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers())
        ):
            return self.headers()[section]
        return None


class SortProxy(QSortFilterProxyModel):
    """Sorts on ``SortRole`` and searches every column's text, case-insensitively."""

    def __init__(self, source: QAbstractTableModel, parent=None):
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def row_at(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(RowRole)

    def search(self, text: str) -> None:
        self.setFilterFixedString(text.strip())

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
