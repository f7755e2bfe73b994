"""The blocked e-mail addresses (zwarte lijst) tab of the users page: mail from these senders
(an address, or a whole domain written as ``@domein.nl``) is never taken in. Add with a reason,
remove the selected one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QTableView, QVBoxLayout, QWidget

from app.errors import UserFacingError
from app.services.dto import BlockedSenderDTO
from app.ui.crash import handle_error
from app.ui.i18n import format_date
from app.ui.service_text import error_text
from app.ui.session import UiSession
from app.ui.table_models import DtoTableModel, SortProxy
from app.ui.tasks import run_task
from app.ui.widgets import (
    TableWithEmptyState,
    button,
    fit_columns,
    label,
    set_invalid,
    setup_table,
)


class BlockedSenderModel(DtoTableModel):
    COL_ADDRESS, COL_REASON, COL_CREATED = range(3)

    def headers(self) -> list[str]:
        return [self.tr("E-mailadres of domein"), self.tr("Reden"), self.tr("Toegevoegd")]

    def display(self, b: BlockedSenderDTO, column: int) -> str:
        if column == self.COL_ADDRESS:
            return b.address
        if column == self.COL_REASON:
            return b.reason or ""
        return format_date(b.created_at)

    def sort_key(self, b: BlockedSenderDTO, column: int) -> Any:
        if column == self.COL_CREATED:
            return b.created_at.isoformat()
        return self.display(b, column).lower()


class BlockedSendersTab(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("blockedSendersTab")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(
            label(
                self.tr(
                    "Mail van deze afzenders wordt nooit ingenomen. Blokkeer een adres of een heel "
                    "domein (bijvoorbeeld @nieuwsbrief.nl)."
                ),
                "hint",
                wrap=True,
            )
        )
        row = QHBoxLayout()
        self.address = QLineEdit()
        self.address.setObjectName("blockedAddress")
        self.address.setPlaceholderText(self.tr("adres@domein.nl of @domein.nl"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reden (optioneel)"))
        self.add_button = button(self.tr("Toevoegen"), "primary")
        self.remove_button = button(self.tr("Verwijderen"), "danger")
        self.remove_button.setEnabled(False)
        row.addWidget(self.address, 2)
        row.addWidget(self.reason, 2)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.error = label("", "error")
        self.error.hide()
        layout.addWidget(self.error)
        self.model = BlockedSenderModel(self)
        self.proxy = SortProxy(self.model, self)
        self.table = QTableView()
        self.table.setObjectName("blockedTable")
        setup_table(self.table)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(BlockedSenderModel.COL_ADDRESS, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table, BlockedSenderModel.COL_REASON)
        holder = TableWithEmptyState(
            self.table, self.tr("De zwarte lijst is leeg — alle afzenders worden ingenomen."), ""
        )
        holder.watch(self.proxy)
        layout.addWidget(holder, 1)
        self.add_button.clicked.connect(self.add)
        self.address.returnPressed.connect(self.add)
        self.reason.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.remove_button.setEnabled(self.selected() is not None)
        )
        self.reload()

    def reload(self) -> None:
        run_task(
            self.session.services.users.blocked_senders,
            self.model.set_rows,
            lambda exc: handle_error(exc, self),
            owner=self,
        )

    def selected(self) -> BlockedSenderDTO | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def add(self) -> None:
        address = self.address.text().strip()
        if not address:
            self._show_error(self.tr("Vul een e-mailadres of domein in."))
            return
        reason = self.reason.text().strip() or None
        users = self.session.services.users
        run_task(lambda: users.block_sender(address, reason), self._added, self._failed, owner=self)

    def _added(self, _b: BlockedSenderDTO) -> None:
        self.address.clear()
        self.reason.clear()
        self._show_error(None)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserFacingError):
            self._show_error(error_text(exc))
        else:
            handle_error(exc, self)

    def _show_error(self, text: str | None) -> None:
        set_invalid(self.address, bool(text))
        self.error.setText(text or "")
        self.error.setVisible(bool(text))

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        users = self.session.services.users
        run_task(
            lambda: users.unblock_sender(chosen.id),
            lambda _r: self.reload(),
            lambda exc: handle_error(exc, self),
            owner=self,
        )
