"""A small two-column editor for the mapping settings of a relation (article group → GL,
specific article → GL, GL → partner/project, column-split percentage → GL): rows can be added
and removed, the value column completes codes from the administration's master data.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.relations.pickers import MasterPicker
from app.ui.table_models import Index
from app.ui.widgets import button


class _PickerDelegate(QStyledItemDelegate):
    def __init__(self, editor: MappingEditor, kind: str):
        super().__init__(editor)
        self.owner = editor
        self.kind = kind

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        picker = MasterPicker(self.kind, parent=parent)
        picker.setClearButtonEnabled(False)
        picker.set_items(self.owner.items.get(self.kind, []))
        return picker

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, MasterPicker)
        editor.set_code(index.data(Qt.ItemDataRole.UserRole) or index.data() or None)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        assert isinstance(editor, MasterPicker)
        code = editor.code() or ""
        model.setData(index, code, Qt.ItemDataRole.UserRole)
        model.setData(index, editor.labels.get(code, code), Qt.ItemDataRole.DisplayRole)


class MappingEditor(QWidget):
    """Rows of (key, code); ``key_kind``/``value_kind`` name master data to complete from."""

    def __init__(
        self,
        key_header: str,
        value_header: str,
        *,
        key_kind: str | None = None,
        value_kind: str | None = "gl",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.items: dict[str, list[tuple[str, str]]] = {}
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([key_header, value_header])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(96)
        self.table.setMaximumHeight(150)
        for col, kind in ((0, key_kind), (1, value_kind)):
            if kind:
                self.table.setItemDelegateForColumn(col, _PickerDelegate(self, kind))
        box.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = button(self.tr("+ Regel"), "link")
        self.add_button.clicked.connect(lambda: self.add_row("", ""))
        self.remove_button = button(self.tr("Regel verwijderen"), "link")
        self.remove_button.clicked.connect(self.remove_current)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        box.addLayout(row)

    def set_items(self, items: dict[str, list[tuple[str, str]]]) -> None:
        self.items = items
        for r in range(self.table.rowCount()):
            for c in range(2):
                self._relabel(self.table.item(r, c))

    def _relabel(self, item: QTableWidgetItem | None) -> None:
        if item is None:
            return
        code = item.data(Qt.ItemDataRole.UserRole) or ""
        col = item.column()
        delegate = self.table.itemDelegateForColumn(col)
        kind = delegate.kind if isinstance(delegate, _PickerDelegate) else None
        labels = dict(self.items.get(kind, [])) if kind else {}
        item.setText(labels.get(code, code))

    def add_row(self, key: str, value: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, code in ((0, key), (1, value)):
            item = QTableWidgetItem(code)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.table.setItem(r, c, item)
            self._relabel(item)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def set_pairs(self, pairs: list[tuple[str, str]]) -> None:
        self.table.setRowCount(0)
        for key, value in pairs:
            self.add_row(str(key), str(value or ""))

    def pairs(self) -> list[tuple[str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            cells = []
            for c in range(2):
                item = self.table.item(r, c)
                picked = isinstance(self.table.itemDelegateForColumn(c), _PickerDelegate)
                if item is None:
                    code = ""
                elif picked:
                    code = item.data(Qt.ItemDataRole.UserRole) or item.text()
                else:
                    code = item.text()
                cells.append(str(code or "").strip())
            if cells[0] or cells[1]:
                out.append((cells[0], cells[1]))
        return out

    def mapping(self) -> dict[str, str]:
        return {k: v for k, v in self.pairs() if k}
