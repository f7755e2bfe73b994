"""The navigation's "Recent" list: the administrations the user opened last (from
``administrations.recent``). A click or Enter opens one; files dragged onto one are delivered to
*that* administration, whichever is chosen: the row under the cursor is highlighted while
dragging, and ``may_deliver`` (set by the window) can refuse the drop with a reason, which the
window shows (``drag_refused``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from app.services.dto import AdministrationDTO
from app.ui.dropzone import accept_drag, dropped_paths
from app.ui.widgets import icon

ADMIN_ROLE = Qt.ItemDataRole.UserRole


class AdminDropList(QListWidget):
    """``chosen(admin)`` on a click or Enter; ``files_dropped(admin, paths)`` on a drop;
    ``drag_over(admin or None)`` while files are dragged over it; ``drag_refused(admin,
    reason)`` when ``may_deliver`` says no."""

    chosen = Signal(object)
    files_dropped = Signal(object, list)
    drag_over = Signal(object)
    drag_refused = Signal(object, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recentAdministrations")
        self.setIconSize(QSize(18, 18))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.may_deliver: Callable[[AdministrationDTO], str | None] = lambda _admin: None
        self.drop_row: int | None = None
        self.itemClicked.connect(self._activated)
        self.itemActivated.connect(self._activated)

    def set_administrations(self, admins: list[AdministrationDTO]) -> None:
        self.clear()
        for admin in admins:
            item = QListWidgetItem(icon("administrations"), admin.name)
            item.setData(ADMIN_ROLE, admin)
            item.setToolTip(
                self.tr("%1 (%2) — klik om te openen, of sleep bestanden hierheen")
                .replace("%1", admin.name)
                .replace("%2", admin.code)
            )
            self.addItem(item)
        height = sum(self.sizeHintForRow(i) + 2 for i in range(self.count())) + 6
        self.setFixedHeight(height if self.count() else 0)
        self.setVisible(bool(admins))

    def administrations(self) -> list[AdministrationDTO]:
        return [self.item(i).data(ADMIN_ROLE) for i in range(self.count())]

    def row_of(self, admin_id: int) -> int | None:
        ids = [a.id for a in self.administrations()]
        return ids.index(admin_id) if admin_id in ids else None

    def _activated(self, item: QListWidgetItem) -> None:
        self.clearSelection()
        self.chosen.emit(item.data(ADMIN_ROLE))

    # -- drag and drop --------------------------------------------------------------------
    def _admin_at(self, pos: QPoint) -> tuple[int | None, AdministrationDTO | None]:
        item = self.itemAt(pos)
        if item is None:
            return None, None
        return self.row(item), item.data(ADMIN_ROLE)

    def _highlight(self, row: int | None) -> None:
        if row == self.drop_row:
            return
        self.drop_row = row
        self.blockSignals(True)
        self.clearSelection()
        if row is not None:
            self.item(row).setSelected(True)
        self.blockSignals(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # Accept any files here, also between rows: an ignored enter would pass the drag on to
        # the window (the chosen administration). Each row is judged as the drag moves.
        if accept_drag(event, bool(dropped_paths(event))):
            row, admin = self._admin_at(event.position().toPoint())
            if admin is not None and self.may_deliver(admin) is None:
                self._highlight(row)
                self.drag_over.emit(admin)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        paths = dropped_paths(event)
        row, admin = self._admin_at(event.position().toPoint())
        if not paths or row is None or admin is None:  # between rows: no target (moves still come)
            self._highlight(None)
            self.drag_over.emit(None)
            event.ignore()
            return
        reason = self.may_deliver(admin)
        self._highlight(row if reason is None else None)
        if reason is not None:
            self.drag_refused.emit(admin, reason)
            event.ignore(self.visualItemRect(self.item(row)))
            return
        self.drag_over.emit(admin)
        accept_drag(event, True)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._highlight(None)
        self.drag_over.emit(None)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        _row, admin = self._admin_at(event.position().toPoint())
        self._highlight(None)
        self.drag_over.emit(None)
        if admin is None or not paths:
            event.ignore()
            return
        reason = self.may_deliver(admin)
        if reason is not None:
            event.ignore()
            self.drag_refused.emit(admin, reason)
            return
        accept_drag(event, True)
        self.files_dropped.emit(admin, [Path(p) for p in paths])
