"""The departments page (afdelingen): name, number of administrations, number of users and
created-at; "+ Nieuw" (Ctrl+N) asks for a name; editing renames the department and adds or
removes administrations by searching them; delete with confirmation.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLineEdit, QMessageBox, QTableView

from app.services.dto import DepartmentDTO
from app.services.permissions import Right
from app.ui.i18n import format_date, format_number
from app.ui.pages.department_dialog import DepartmentDialog
from app.ui.registry import OFFICE, PageSpec, register_page
from app.ui.table_models import DtoTableModel, SortProxy
from app.ui.widgets import TableWithEmptyState, button, fit_columns, is_open, setup_table

from .base import Page


class DepartmentTableModel(DtoTableModel):
    COL_NAME, COL_ADMINISTRATIONS, COL_USERS, COL_CREATED = range(4)

    def headers(self) -> list[str]:
        return [
            self.tr("Naam"),
            self.tr("Administraties"),
            self.tr("Gebruikers"),
            self.tr("Aangemaakt"),
        ]

    def display(self, d: DepartmentDTO, column: int) -> str:
        if column == self.COL_NAME:
            return d.name
        if column == self.COL_ADMINISTRATIONS:
            return format_number(d.administration_count)
        if column == self.COL_USERS:
            return format_number(d.user_count)
        return format_date(d.created_at)

    def sort_key(self, d: DepartmentDTO, column: int) -> Any:
        return {
            self.COL_NAME: d.name.lower(),
            self.COL_ADMINISTRATIONS: d.administration_count,
            self.COL_USERS: d.user_count,
            self.COL_CREATED: d.created_at.isoformat(),
        }[column]


class DepartmentsPage(Page):
    def __init__(self, session, administration=None):
        super().__init__(session, administration)
        self.setObjectName("departmentsPage")
        self.admins: list = []
        self.dialog: DepartmentDialog | None = None
        header = self.set_header(
            self.tr("Afdelingen"),
            self.tr("Gebruikers van een afdeling zien de administraties van die afdeling."),
        )
        search = self.add_search(self.tr("Zoek afdeling"))
        self.new_button = button(self.tr("+ Nieuw"), "primary")
        self.new_button.setToolTip(self.tr("Nieuwe afdeling (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_department)
        header.add_action(self.new_button)
        self.add_shortcut(QKeySequence.StandardKey.New, self.new_department)
        actions = QHBoxLayout()
        self.edit_button = button(self.tr("Bewerken"), icon_name="edit")
        self.delete_button = button(self.tr("Verwijderen"), "danger")
        for b in (self.edit_button, self.delete_button):
            b.setEnabled(False)
            actions.addWidget(b)
        actions.addStretch(1)
        self.page_layout.addLayout(actions)
        self.model = DepartmentTableModel(self)
        self.proxy = SortProxy(self.model, self)
        self.table = QTableView()
        self.table.setObjectName("departmentsTable")
        setup_table(self.table)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(DepartmentTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table, DepartmentTableModel.COL_NAME)
        self.holder = TableWithEmptyState(
            self.table,
            self.tr("Nog geen afdelingen — maak er een aan met + Nieuw."),
            self.tr("Geen afdelingen gevonden voor deze zoekopdracht."),
        )
        self.holder.watch(self.proxy)
        self.page_layout.addWidget(self.holder, 1)
        search.textChanged.connect(self._search)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        session.events.departments_changed.connect(self.reload)
        session.events.users_changed.connect(self.reload)
        session.events.administrations_changed.connect(self.reload)
        self.reload()

    def reload(self, *_args) -> None:
        s = self.services
        self.load(lambda: (s.departments.list(), s.administrations.list()), self._loaded)

    def _loaded(self, data) -> None:
        departments, self.admins = data
        self.model.set_rows(departments)
        self._selection_changed()

    def _search(self, text: str) -> None:
        self.holder.filtering = bool(text.strip())
        self.proxy.search(text)

    def selected(self) -> DepartmentDTO | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_args) -> None:
        on = self.selected() is not None
        self.edit_button.setEnabled(on)
        self.delete_button.setEnabled(on)

    def ask_name(self) -> str | None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Nieuwe afdeling"),
            self.tr("Naam van de afdeling:"),
            QLineEdit.EchoMode.Normal,
        )
        return name.strip() if ok and name.strip() else None

    def new_department(self) -> None:
        name = self.ask_name()
        if name:
            self.load(lambda: self.services.departments.create(name), self._created)

    def _created(self, dep: DepartmentDTO) -> None:
        self.session.events.departments_changed.emit()
        self.open_dialog(dep)

    def edit_selected(self) -> DepartmentDialog | None:
        dep = self.selected()
        return self.open_dialog(dep) if dep else None

    def open_dialog(self, dep: DepartmentDTO) -> DepartmentDialog:
        if self.dialog is not None and is_open(self.dialog):
            return self.dialog
        self.dialog = DepartmentDialog(self.session, dep, self.admins, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog

    def delete_selected(self) -> None:
        dep = self.selected()
        if dep is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Afdeling verwijderen"),
            self.tr(
                "Weet u zeker dat u afdeling %1 wilt verwijderen? De gebruikers blijven "
                "bestaan, maar zien de administraties van de afdeling niet meer."
            ).replace("%1", dep.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.load(
                lambda: self.services.departments.delete(dep.id),
                lambda _r: self.session.events.departments_changed.emit(),
            )


register_page(
    PageSpec(
        "departments",
        lambda: QCoreApplication.translate("Navigation", "Afdelingen"),
        "departments",
        DepartmentsPage,
        OFFICE,
        Right.MANAGE_USERS,
        40,
    )
)
