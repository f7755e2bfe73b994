"""The users page (SPEC §3): a sortable, searchable table (name, role with its older name as a
hint, status, e-mail, created-at), "+ Nieuw" (Ctrl+N), edit by clicking the name or selecting a
row, deactivate/activate, delete with confirmation, and the tab with the blocked e-mail
addresses (zwarte lijst).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QTableView, QTabWidget, QVBoxLayout, QWidget

from app.models.enums import Role, UserStatus
from app.services.dto import UserDTO
from app.services.permissions import Right
from app.ui import theme
from app.ui.i18n import format_date, role_hint, role_label, status_label
from app.ui.pages.blocked import BlockedSendersTab
from app.ui.pages.user_dialog import UserDialog
from app.ui.registry import OFFICE, PageSpec, register_page
from app.ui.table_models import DtoTableModel, SortProxy
from app.ui.widgets import TableWithEmptyState, button, fit_columns, is_open, setup_table

from .base import Page


class UserTableModel(DtoTableModel):
    COL_NAME, COL_ROLE, COL_STATUS, COL_EMAIL, COL_CREATED = range(5)

    def headers(self) -> list[str]:
        return [
            self.tr("Naam"),
            self.tr("Rol"),
            self.tr("Status"),
            self.tr("E-mailadres"),
            self.tr("Aangemaakt"),
        ]

    def display(self, u: UserDTO, column: int) -> str:
        if column == self.COL_NAME:
            return u.name
        if column == self.COL_ROLE:
            label, hint = role_label(u.role), role_hint(u.role)
            return label if label == hint else f"{label}  ·  {hint}"
        if column == self.COL_STATUS:
            return status_label(u.status)
        if column == self.COL_EMAIL:
            return u.email
        return format_date(u.created_at)

    def sort_key(self, u: UserDTO, column: int) -> Any:
        if column == self.COL_NAME:
            return f"{u.last_name} {u.first_name}".lower()
        if column == self.COL_ROLE:
            return list(Role).index(Role(u.role))
        if column == self.COL_CREATED:
            return u.created_at.isoformat()
        return self.display(u, column).lower()

    def tooltip(self, u: UserDTO, column: int) -> str | None:
        if column == self.COL_ROLE:
            return self.tr("Vroegere naam: %1").replace("%1", role_hint(u.role))
        if column == self.COL_NAME:
            return self.tr("Klik om te bewerken")
        return None

    def foreground(self, u: UserDTO, column: int) -> Any:
        if column == self.COL_NAME:
            return QColor(theme.ACCENT_DARK)
        if column == self.COL_STATUS:
            return QColor(
                {UserStatus.ACTIVE: theme.SUCCESS, UserStatus.DEACTIVATED: theme.DANGER}.get(
                    UserStatus(u.status), theme.MUTED
                )
            )
        if u.status == UserStatus.DEACTIVATED:
            return QColor(theme.MUTED)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == self.COL_NAME:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return super().data(index, role)


class UsersPage(Page):
    def __init__(self, session, administration=None):
        super().__init__(session, administration)
        self.setObjectName("usersPage")
        self.departments: list = []
        self.admins: list = []
        self.dialog: UserDialog | None = None
        header = self.set_header(
            self.tr("Gebruikers"), self.tr("Collega's van het kantoor, hun rol en administraties.")
        )
        search = self.add_search(self.tr("Zoek op naam of e-mail"))
        self.new_button = button(self.tr("+ Nieuw"), "primary")
        self.new_button.setToolTip(self.tr("Nieuwe gebruiker (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_user)
        header.add_action(self.new_button)
        self.add_shortcut(QKeySequence.StandardKey.New, self.new_user)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._users_tab(), self.tr("Gebruikers"))
        self.blocked = BlockedSendersTab(session)
        self.tabs.addTab(self.blocked, self.tr("Zwarte lijst"))
        self.page_layout.addWidget(self.tabs, 1)
        search.textChanged.connect(self._search)
        session.events.users_changed.connect(self.reload)
        session.events.departments_changed.connect(self.reload)
        session.events.administrations_changed.connect(self.reload)
        self.reload()

    def _users_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(12, 12, 12, 12)
        actions = QHBoxLayout()
        self.edit_button = button(self.tr("Bewerken"), icon_name="edit")
        self.toggle_button = button(self.tr("Deactiveren"))
        self.delete_button = button(self.tr("Verwijderen"), "danger")
        for b in (self.edit_button, self.toggle_button, self.delete_button):
            b.setEnabled(False)
            actions.addWidget(b)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.model = UserTableModel(self)
        self.proxy = SortProxy(self.model, self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        setup_table(self.table)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(UserTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table, UserTableModel.COL_EMAIL)
        self.holder = TableWithEmptyState(
            self.table,
            self.tr("Nog geen gebruikers — voeg er een toe met + Nieuw."),
            self.tr("Geen gebruikers gevonden voor deze zoekopdracht."),
        )
        self.holder.watch(self.proxy)
        layout.addWidget(self.holder, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.edit_button.clicked.connect(self.edit_selected)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        return tab

    # -- data -----------------------------------------------------------------------------
    def reload(self, *_args) -> None:
        s = self.services

        def fetch():
            return s.users.list(), s.departments.list(), s.administrations.list()

        self.load(fetch, self._loaded)

    def _loaded(self, data) -> None:
        users, self.departments, self.admins = data
        selected = self.selected_user()
        self.model.set_rows(users)
        if selected is not None:
            self.select_user(selected.id)
        self._selection_changed()

    def _search(self, text: str) -> None:
        self.holder.filtering = bool(text.strip())
        self.proxy.search(text)

    # -- selection and actions ------------------------------------------------------------
    def selected_user(self) -> UserDTO | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.proxy.row_at(rows[0].row()) if rows else None

    def select_user(self, user_id: int) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.row_at(r).id == user_id:
                self.table.selectRow(r)
                return

    def _selection_changed(self, *_args) -> None:
        user = self.selected_user()
        own = user is not None and user.id == self.session.actor.user_id
        self.edit_button.setEnabled(user is not None)
        self.toggle_button.setEnabled(user is not None and not own)
        self.delete_button.setEnabled(user is not None and not own)
        deactivated = user is not None and user.status == UserStatus.DEACTIVATED
        self.toggle_button.setText(self.tr("Activeren") if deactivated else self.tr("Deactiveren"))

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == UserTableModel.COL_NAME:
            self.edit_selected()

    def new_user(self) -> UserDialog:
        return self._open_dialog(None)

    def edit_selected(self) -> UserDialog | None:
        user = self.selected_user()
        return self._open_dialog(user) if user else None

    def _open_dialog(self, user: UserDTO | None) -> UserDialog:
        if self.dialog is not None and is_open(self.dialog):
            return self.dialog
        self.dialog = dialog = UserDialog(self.session, user, self.departments, self.admins, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def toggle_selected(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        users = self.services.users
        fn = users.reactivate if user.status == UserStatus.DEACTIVATED else users.deactivate
        self.load(lambda: fn(user.id), lambda _u: self.session.events.users_changed.emit())

    def delete_selected(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Gebruiker verwijderen"),
            self.tr(
                "Weet u zeker dat u %1 wilt verwijderen? Dit kan niet ongedaan worden gemaakt."
            ).replace("%1", user.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.load(
                lambda: self.services.users.delete(user.id),
                lambda _r: self.session.events.users_changed.emit(),
            )


register_page(
    PageSpec(
        "users",
        lambda: QCoreApplication.translate("Navigation", "Gebruikers"),
        "users",
        UsersPage,
        OFFICE,
        Right.MANAGE_USERS,
        30,
    )
)
