"""A searchable, checkable list of administrations, used to assign administrations to a user or
a department: type to filter, tick to assign; "Alles selecteren" ticks what the filter shows.
Administrations that come through another route (the user's department) can be shown ticked
and locked.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.services.administrations import PACKAGES
from app.services.dto import AdministrationDTO
from app.ui.widgets import SearchField, button, label

ID_ROLE = Qt.ItemDataRole.UserRole


class AdminChecklist(QWidget):
    """``changed()`` whenever a tick changes."""

    changed = Signal()

    def __init__(self, admins: list[AdministrationDTO], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("adminChecklist")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        row = QHBoxLayout()
        self.search = SearchField(self.tr("Zoek administratie…"))
        self.search.setMinimumWidth(200)
        self.search.bind_shortcut(self)
        row.addWidget(self.search, 1)
        self.select_all = button(self.tr("Alles selecteren"))
        self.select_none = button(self.tr("Niets"))
        row.addWidget(self.select_all)
        row.addWidget(self.select_none)
        layout.addLayout(row)
        self.list = QListWidget()
        self.list.setObjectName("adminList")
        self.list.setAlternatingRowColors(True)
        layout.addWidget(self.list, 1)
        self.count = label("", "hint")
        layout.addWidget(self.count)
        self._locked: set[int] = set()
        self._saved: dict[int, Qt.CheckState] = {}
        self._locked_note = ""
        for admin in admins:
            item = QListWidgetItem()
            item.setData(ID_ROLE, admin.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, admin)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self._relabel()
        if not admins:
            self.count.setText(
                self.tr("Nog geen administraties — voeg er een toe op de pagina Administraties.")
            )
        self.search.textChanged.connect(self._filter)
        self.select_all.clicked.connect(lambda: self._tick_visible(True))
        self.select_none.clicked.connect(lambda: self._tick_visible(False))
        self.list.itemChanged.connect(self._item_changed)

    def _items(self) -> Iterable[QListWidgetItem]:
        return (self.list.item(i) for i in range(self.list.count()))

    def _relabel(self) -> None:
        self.list.blockSignals(True)
        for item in self._items():
            admin: AdministrationDTO = item.data(Qt.ItemDataRole.UserRole + 1)
            text = f"{admin.name}   ·   {PACKAGES.get(admin.package, admin.package)}"
            if admin.id in self._locked:
                text += f"   ({self._locked_note})"
            item.setText(text)
        self.list.blockSignals(False)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for item in self._items():
            admin: AdministrationDTO = item.data(Qt.ItemDataRole.UserRole + 1)
            hay = f"{admin.name} {admin.code} {admin.kvk or ''}".lower()
            item.setHidden(bool(needle) and needle not in hay)

    def _tick_visible(self, on: bool) -> None:
        for item in self._items():
            if not item.isHidden() and item.data(ID_ROLE) not in self._locked:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self._update_count()
        self.changed.emit()

    def _update_count(self) -> None:
        if self.list.count():
            self.count.setText(
                self.tr("Geselecteerd: %1").replace("%1", str(len(self.checked_ids())))
            )

    def set_checked(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        self.list.blockSignals(True)
        for item in self._items():
            admin_id = item.data(ID_ROLE)
            state = Qt.CheckState.Checked if admin_id in wanted else Qt.CheckState.Unchecked
            if admin_id in self._locked:
                self._saved[admin_id] = state
            else:
                item.setCheckState(state)
        self.list.blockSignals(False)
        self._update_count()

    def set_locked(self, ids: Iterable[int], note: str) -> None:
        """Show ``ids`` as ticked and not changeable (they come through another route)."""
        new = set(ids)
        self.list.blockSignals(True)
        for item in self._items():
            admin_id = item.data(ID_ROLE)
            flags = Qt.ItemFlag.ItemIsUserCheckable
            if admin_id in new and admin_id not in self._locked:
                self._saved[admin_id] = item.checkState()
                item.setCheckState(Qt.CheckState.Checked)
            elif admin_id in self._locked and admin_id not in new:
                item.setCheckState(self._saved.pop(admin_id, Qt.CheckState.Unchecked))
            item.setFlags(flags if admin_id in new else flags | Qt.ItemFlag.ItemIsEnabled)
        self.list.blockSignals(False)
        self._locked = new
        self._locked_note = note
        self._relabel()
        self._update_count()

    def checked_ids(self) -> set[int]:
        """The directly assigned ids (locked ones are not included unless ticked themselves)."""
        ids = set()
        for item in self._items():
            admin_id = item.data(ID_ROLE)
            state = (
                self._saved.get(admin_id, Qt.CheckState.Unchecked)
                if admin_id in self._locked
                else item.checkState()
            )
            if state == Qt.CheckState.Checked:
                ids.add(admin_id)
        return ids

    def item_for(self, admin_id: int) -> QListWidgetItem | None:
        return next((i for i in self._items() if i.data(ID_ROLE) == admin_id), None)
