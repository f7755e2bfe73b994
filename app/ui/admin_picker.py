"""The administration picker in the navigation: a button showing the chosen administration that
opens a small popup with a search field and the administrations the user may see (the list
comes from ``administrations.list``, which already applies the visibility rules).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import AdministrationDTO
from app.ui.table_models import RowRole
from app.ui.widgets import SearchField, icon, label


class _AdminListModel(QStringListModel):
    def __init__(self, admins: list[AdministrationDTO], parent=None):
        super().__init__([a.name for a in admins], parent)
        self.admins = admins

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == RowRole and index.isValid():
            return self.admins[index.row()]
        return super().data(index, role)


class AdminPickerPopup(QFrame):
    """Popup: type to filter, Enter or click to choose, Esc to close."""

    chosen = Signal(object)

    def __init__(self, admins: list[AdministrationDTO], parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("card")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a hidden popup keeps no focus
        self.setMinimumWidth(320)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.search = SearchField(self.tr("Zoek administratie…"))
        layout.addWidget(self.search)
        self.all_admins = admins
        self.list = QListView()
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setMinimumHeight(220)
        layout.addWidget(self.list)
        self.empty = label(self.tr("Geen administraties gevonden."), "hint")
        layout.addWidget(self.empty)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._choose_current)
        self.list.activated.connect(self._choose)
        self.list.clicked.connect(self._choose)
        self._filter("")

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        shown = [
            a
            for a in self.all_admins
            if not needle
            or needle in a.name.lower()
            or needle in a.code.lower()
            or needle in (a.kvk or "")
        ]
        self.list.setModel(_AdminListModel(shown, self.list))
        self.empty.setVisible(not shown)
        if shown:
            self.list.setCurrentIndex(self.list.model().index(0, 0))

    def _choose_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self._choose(index)

    def _choose(self, index) -> None:
        admin = index.data(RowRole)
        self.close()  # first: the chosen page then gets the keyboard, not this hidden popup
        self.chosen.emit(admin)


class AdminPicker(QPushButton):
    """Shows the current administration; ``chosen(AdministrationDTO)`` when one is picked."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("adminPicker")
        self.setIcon(icon("administrations"))
        self.admins: list[AdministrationDTO] = []
        self.current: AdministrationDTO | None = None
        self.setToolTip(self.tr("Kies een administratie (Ctrl+K)"))
        self.clicked.connect(self.open_popup)
        self._update_text()

    def set_administrations(self, admins: list[AdministrationDTO]) -> None:
        self.admins = admins
        if self.current is not None:
            match = [a for a in admins if a.id == self.current.id]
            self.current = match[0] if match else None
        self._update_text()

    def set_current(self, admin: AdministrationDTO | None) -> None:
        self.current = admin
        self._update_text()

    def _update_text(self) -> None:
        name = self.current.name if self.current else self.tr("Kies een administratie…")
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(name, Qt.TextElideMode.ElideRight, 170))
        self.setStyleSheet("text-align: left; padding-left: 10px;")

    def open_popup(self) -> AdminPickerPopup:
        popup = AdminPickerPopup(self.admins, self)
        popup.chosen.connect(self._picked)
        popup.move(self.mapToGlobal(QPoint(0, self.height() + 2)))
        popup.show()
        popup.search.setFocus()
        return popup

    def _picked(self, admin: AdministrationDTO) -> None:
        self.set_current(admin)
        self.chosen.emit(admin)
