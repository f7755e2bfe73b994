"""Editing a booking line's GL account, VAT code, cost centre or project with completion from the
administration's master data ("4300 – Kantoorkosten"): the editor is a line edit with a
contains-match completer, and only the code before the dash is stored. The lists are loaded once
per DDP in the background (``relations.gl_accounts``, ``vat_codes``, ``cost_centres``,
``projects``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.ui.ddp.lines import BookingLinesModel
from app.ui.tasks import run_task

if TYPE_CHECKING:
    from app.services.relations import RelationService

SEPARATOR = " – "
COLUMNS = {
    BookingLinesModel.COL_GL: "gl",
    BookingLinesModel.COL_VAT_CODE: "vat",
    BookingLinesModel.COL_COST_CENTRE: "cost_centre",
    BookingLinesModel.COL_PROJECT: "project",
}


def load_master(relations: RelationService, admin_id: int) -> Callable[[], dict[str, list[str]]]:
    """A background function returning {kind: ["code – name", ...]}."""

    def work() -> dict[str, list[str]]:
        return {
            "gl": [g.label for g in relations.gl_accounts(admin_id, limit=2000)],
            "vat": [f"{v.code}{SEPARATOR}{v.description}" for v in relations.vat_codes(admin_id)],
            "cost_centre": [m.label for m in relations.cost_centres(admin_id)],
            "project": [m.label for m in relations.projects(admin_id)],
        }

    return work


class MasterDataDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lists: dict[str, list[str]] = {}

    def load(self, relations: RelationService, admin_id: int, owner: QObject | None) -> None:
        run_task(load_master(relations, admin_id), self._loaded, lambda _exc: None, owner=owner)

    def _loaded(self, lists: dict[str, list[str]]) -> None:
        self.lists = lists

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        kind = COLUMNS.get(index.column())
        if kind and self.lists.get(kind):
            completer = QCompleter(self.lists[kind], editor)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)  # createEditor makes every editor
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QLineEdit)  # createEditor makes every editor
        text = editor.text().strip()
        if index.column() in COLUMNS and SEPARATOR in text:
            text = text.split(SEPARATOR, 1)[0].strip()
        model.setData(index, text, Qt.ItemDataRole.EditRole)
