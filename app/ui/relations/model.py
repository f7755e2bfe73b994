"""The Qt table model of the relation list (SPEC.md §7): one :class:`RelationRow` per line,
a tick box per row for bulk edit, and in-place editing of the coding rule, questions and KvK.

Editing does not write to the database itself: :meth:`RelationTableModel.setData` emits
``edit_requested(relation_id, field, value)``; the page calls the service in the background and
hands the fresh row back with :meth:`RelationTableModel.replace_row` (a ``dataChanged``, no reset).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor

from app.services.relations_dto import RelationRow
from app.ui import theme
from app.ui.i18n import current_language
from app.ui.relations import labels
from app.ui.table_models import DtoTableModel, Index

CodeRole = Qt.ItemDataRole.UserRole + 2  # the stored value of an editable cell ("vat", "always")
BadgesRole = Qt.ItemDataRole.UserRole + 3  # advanced-setting keys of the settings column


class RelationTableModel(DtoTableModel):
    """Rows are :class:`RelationRow`; checked rows are remembered by relation id."""

    (
        COL_CHECK,
        COL_NAME,
        COL_TYPE,
        COL_COUNTRY,
        COL_KVK,
        COL_RULE,
        COL_SPECS,
        COL_QUESTIONS,
        COL_SETTINGS,
    ) = range(9)
    EDITABLE = {COL_KVK: "kvk", COL_RULE: "coding_rule", COL_QUESTIONS: "questions"}

    edit_requested = Signal(int, str, object)  # relation id, field, new value
    checked_changed = Signal()

    def __init__(self, parent=None, *, editable: bool = True):
        super().__init__(parent)
        self.checked: set[int] = set()
        self.editable = editable

    def headers(self) -> list[str]:
        return [
            "",
            self.tr("Relatie (code)"),
            self.tr("Type"),
            self.tr("Land"),
            self.tr("KvK"),
            self.tr("Coderingsregel"),
            self.tr("Specificaties"),
            self.tr("Vragen"),
            self.tr("Instellingen"),
        ]

    def display(self, row: RelationRow, column: int) -> str:
        if column == self.COL_NAME:
            return row.display
        if column == self.COL_TYPE:
            return labels.relation_types().get(row.type, row.type_label)
        if column == self.COL_COUNTRY:
            return row.country or ""
        if column == self.COL_KVK:
            return row.kvk_mark
        if column == self.COL_RULE:
            return labels.coding_rules().get(row.coding_rule, row.coding_rule_label)
        if column == self.COL_SPECS:
            return row.specifications
        if column == self.COL_QUESTIONS:
            return labels.question_modes().get(row.questions, row.questions_label)
        return ""

    def sort_key(self, row: RelationRow, column: int) -> Any:
        if column == self.COL_CHECK:
            return int(row.id in self.checked)
        if column == self.COL_KVK:
            return int(row.has_kvk)
        if column == self.COL_SETTINGS:
            return len(row.advanced)
        return self.display(row, column).lower()

    def tooltip(self, row: RelationRow, column: int) -> str | None:
        if column == self.COL_KVK:
            return row.kvk or self.tr("Geen KvK-nummer — dubbelklik om het in te vullen")
        if column == self.COL_SPECS and row.specifications != "—":
            return row.specifications
        if column == self.COL_SETTINGS and row.advanced:
            if current_language() == "nl":
                return "\n".join(a.tooltip for a in row.advanced)
            names = labels.advanced_names()
            return "\n".join(names.get(a.key, a.label) for a in row.advanced)
        if column in (self.COL_RULE, self.COL_QUESTIONS) and self.editable:
            return self.tr("Dubbelklik om te wijzigen")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row: RelationRow = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == self.COL_CHECK:
            checked = row.id in self.checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == CodeRole:
            return {
                self.COL_KVK: row.kvk or "",
                self.COL_RULE: row.coding_rule,
                self.COL_QUESTIONS: row.questions,
            }.get(col)
        if role == Qt.ItemDataRole.EditRole and col in self.EDITABLE:
            return self.data(index, CodeRole)
        if role == BadgesRole and col == self.COL_SETTINGS:
            return [a.key for a in row.advanced]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_KVK, self.COL_COUNTRY):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_KVK:
            return QColor(theme.SUCCESS if row.has_kvk else theme.DANGER)
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        if index.column() == self.COL_CHECK:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if self.editable and index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return False
        row: RelationRow = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.COL_CHECK:
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                self.checked.add(row.id)
            else:
                self.checked.discard(row.id)
            self.dataChanged.emit(index, index, [role])
            self.checked_changed.emit()
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() in self.EDITABLE:
            name = self.EDITABLE[index.column()]
            if (value or "") == (self.data(index, CodeRole) or ""):
                return False
            self.edit_requested.emit(row.id, name, value or None)
            return True
        return False

    # -- the page's helpers ---------------------------------------------------------------
    def set_rows(self, rows: list[RelationRow]) -> None:
        self.checked &= {r.id for r in rows}
        super().set_rows(rows)
        self.checked_changed.emit()

    def replace_row(self, fresh: RelationRow) -> None:
        """Show a changed relation (after an in-place edit) without resetting the model."""
        for i, row in enumerate(self.rows):
            if row.id == fresh.id:
                self.rows[i] = fresh
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
                return

    def row_index(self, relation_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == relation_id), -1)

    def set_all_checked(self, checked: bool) -> None:
        self.checked = {r.id for r in self.rows} if checked else set()
        if self.rows:
            col = self.COL_CHECK
            self.dataChanged.emit(self.index(0, col), self.index(len(self.rows) - 1, col))
        self.checked_changed.emit()
