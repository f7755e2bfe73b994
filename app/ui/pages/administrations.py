"""The administrations page: the administrations the user may see with package, KvK, intake
address, watched folder, sync state and last sync; "+ Administratie toevoegen" (the import
wizard, Ctrl+N), edit the settings of the selected one, "Nu synchroniseren" (disabled with a
tooltip while no sync service exists) and "Openen" to work in it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QTableView

from app.errors import UserFacingError
from app.models.enums import SyncState
from app.services.administrations import PACKAGES
from app.services.dto import AdministrationDTO
from app.services.permissions import Right
from app.ui import theme
from app.ui.capabilities import sync_function
from app.ui.crash import handle_error
from app.ui.i18n import format_datetime
from app.ui.pages.admin_dialog import AdministrationDialog
from app.ui.pages.admin_wizard import AddAdministrationWizard
from app.ui.registry import OFFICE, PageSpec, register_page
from app.ui.table_models import DtoTableModel, SortProxy
from app.ui.widgets import TableWithEmptyState, button, fit_columns, setup_table

from .base import Page


def sync_label(state: str) -> str:
    labels: dict[str, str] = {
        SyncState.NEVER: QCoreApplication.translate("Sync", "Nog niet gesynchroniseerd"),
        SyncState.RUNNING: QCoreApplication.translate("Sync", "Bezig…"),
        SyncState.OK: QCoreApplication.translate("Sync", "In orde"),
        SyncState.FAILED: QCoreApplication.translate("Sync", "Mislukt"),
        SyncState.NEEDS_SIGN_IN: QCoreApplication.translate("Sync", "Opnieuw aanmelden"),
    }
    return labels.get(state, state)


class AdministrationTableModel(DtoTableModel):
    (COL_NAME, COL_PACKAGE, COL_KVK, COL_INTAKE, COL_FOLDER, COL_SYNC, COL_LAST_SYNC) = range(7)

    def headers(self) -> list[str]:
        return [
            self.tr("Naam"),
            self.tr("Pakket"),
            self.tr("KvK"),
            self.tr("Intake-adres"),
            self.tr("Bewaakte map"),
            self.tr("Synchronisatie"),
            self.tr("Laatste sync"),
        ]

    def display(self, a: AdministrationDTO, column: int) -> str:
        return [
            a.name,
            PACKAGES.get(a.package, a.package),
            a.kvk or "—",
            a.intake_email or "—",
            a.watched_folder or "—",
            sync_label(a.sync_state),
            format_datetime(a.last_sync_at) or "—",
        ][column]

    def sort_key(self, a: AdministrationDTO, column: int) -> Any:
        if column == self.COL_LAST_SYNC:
            return a.last_sync_at.isoformat() if a.last_sync_at else ""
        return self.display(a, column).lower()

    def tooltip(self, a: AdministrationDTO, column: int) -> str | None:
        if column == self.COL_SYNC and a.sync_error:
            return a.sync_error
        if column == self.COL_NAME and a.incomplete_reason:
            return self.tr("Onvolledig: %1").replace("%1", a.incomplete_reason)
        if column in (self.COL_INTAKE, self.COL_FOLDER):
            return self.display(a, column)
        return None

    def foreground(self, a: AdministrationDTO, column: int) -> Any:
        if column == self.COL_SYNC:
            colours: dict[str, str] = {
                SyncState.OK: theme.SUCCESS,
                SyncState.FAILED: theme.DANGER,
                SyncState.NEEDS_SIGN_IN: theme.WARNING,
            }
            return QColor(colours.get(a.sync_state, theme.MUTED))
        if column == self.COL_NAME and a.incomplete_reason:
            return QColor(theme.WARNING)
        if a.inactive:
            return QColor(theme.MUTED)
        return None


class AdministrationsPage(Page):
    open_requested = Signal(object)

    def __init__(self, session, administration=None):
        super().__init__(session, administration)
        self.setObjectName("administrationsPage")
        self.dialog = None
        self.wanted: int | None = None  # an administration to select once the list is loaded
        header = self.set_header(
            self.tr("Administraties"), self.tr("De boekhoudingen van uw klanten die u kunt zien.")
        )
        search = self.add_search(self.tr("Zoek op naam, pakket of KvK"))
        self.add_button = button(self.tr("+ Administratie toevoegen"), "primary")
        self.add_button.setToolTip(
            self.tr("Administraties importeren uit een boekhoudpakket (Ctrl+N)")
        )
        self.add_button.clicked.connect(self.add_administration)
        self.add_button.setVisible(session.can(Right.ADD_ADMINISTRATIONS))
        header.add_action(self.add_button)
        self.add_shortcut(QKeySequence.StandardKey.New, self.add_administration)
        actions = QHBoxLayout()
        self.open_button = button(self.tr("Openen"))
        self.edit_button = button(self.tr("Bewerken"), icon_name="edit")
        self.edit_button.setVisible(session.can(Right.CHANGE_PROCESSING_SETTINGS))
        self.sync_button = button(self.tr("Nu synchroniseren"), icon_name="sync")
        self.sync = sync_function(session.services)
        self.sync_button.setVisible(session.can(Right.ADD_ADMINISTRATIONS))
        for b in (self.open_button, self.edit_button, self.sync_button):
            b.setEnabled(False)
            actions.addWidget(b)
        actions.addStretch(1)
        self.page_layout.addLayout(actions)
        self.model = AdministrationTableModel(self)
        self.proxy = SortProxy(self.model, self)
        self.table = QTableView()
        self.table.setObjectName("administrationsTable")
        setup_table(self.table)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(AdministrationTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table, AdministrationTableModel.COL_FOLDER)
        self.holder = TableWithEmptyState(
            self.table,
            self.tr("Nog geen administraties — voeg er een toe met + Administratie toevoegen."),
            self.tr("Geen administraties gevonden voor deze zoekopdracht."),
        )
        self.holder.watch(self.proxy)
        self.page_layout.addWidget(self.holder, 1)
        search.textChanged.connect(self._search)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.sync_button.clicked.connect(self.sync_selected)
        session.events.administrations_changed.connect(self.reload)
        self._selection_changed()
        self.reload()

    def reload(self, *_args) -> None:
        self.load(self.services.administrations.list, self._loaded)

    def _loaded(self, admins: list[AdministrationDTO]) -> None:
        self.model.set_rows(admins)
        if self.wanted is not None:
            self._select(self.wanted)
        self._selection_changed()

    def select_administration(self, admin_id: int) -> None:
        """Select (and scroll to) ``admin_id``, now or when the list has loaded (the
        dashboard's "Oplossen" of an incomplete administration lands here)."""
        self.wanted = admin_id
        self._select(admin_id)
        self.table.setFocus()

    def _select(self, admin_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.row_at(row).id == admin_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                self.wanted = None
                return True
        return False

    def _search(self, text: str) -> None:
        self.holder.filtering = bool(text.strip())
        self.proxy.search(text)

    def selected(self) -> AdministrationDTO | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_args) -> None:
        on = self.selected() is not None
        self.open_button.setEnabled(on)
        self.edit_button.setEnabled(on)
        self.sync_button.setEnabled(on and self.sync is not None)
        self.sync_button.setToolTip(
            self.tr("Haalt grootboekrekeningen, btw-codes, relaties en perioden opnieuw op.")
            if self.sync is not None
            else self.tr("Synchroniseren is nog niet beschikbaar in deze versie.")
        )

    def open_selected(self) -> None:
        admin = self.selected()
        if admin is not None:
            self.open_requested.emit(admin)

    def edit_selected(self) -> AdministrationDialog | None:
        admin = self.selected()
        if admin is None or not self.session.can(Right.CHANGE_PROCESSING_SETTINGS):
            return None
        self.dialog = AdministrationDialog(self.session, admin, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog

    def add_administration(self) -> AddAdministrationWizard | None:
        if not self.session.can(Right.ADD_ADMINISTRATIONS):
            return None
        self.dialog = AddAdministrationWizard(self.session, parent=self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog

    def sync_selected(self) -> None:
        admin, sync = self.selected(), self.sync
        if admin is None or sync is None:
            return
        self.sync_button.setEnabled(False)
        self.load(lambda: sync(admin.id), self._synced, self._sync_failed)

    def _synced(self, result) -> None:
        self.session.events.administrations_changed.emit()
        error = getattr(result, "error", None)
        if error:
            handle_error(UserFacingError(error), self)

    def _sync_failed(self, exc: BaseException) -> None:
        self.session.events.administrations_changed.emit()
        handle_error(exc, self)


register_page(
    PageSpec(
        "administrations",
        lambda: QCoreApplication.translate("Navigation", "Administraties"),
        "administrations",
        AdministrationsPage,
        OFFICE,
        None,
        20,
    )
)
