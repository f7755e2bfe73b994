"""The relation list page of the chosen administration (SPEC.md §7, registry key
``relations``): search and filters (type, coding rule, missing KvK) run in SQL through
:meth:`RelationService.list`; the table edits coding rule, questions and KvK in place; ticked
rows go to "Bulk bewerken" with an "Ongedaan maken" bar afterwards; a double-click on the name
(or "Instellingen") opens the relation's settings dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QTableView,
)

from app.errors import UserFacingError
from app.services.permissions import Right
from app.services.relations_dto import BulkResult, RelationRow, RelationSettingsDTO, UndoResult
from app.ui.crash import handle_error
from app.ui.pages.base import Page
from app.ui.registry import ADMINISTRATION, PageSpec, register_page
from app.ui.relations import labels
from app.ui.relations.bulk_dialog import BulkEditDialog
from app.ui.relations.delegates import BadgeDelegate, ChoiceDelegate, KvkDelegate
from app.ui.relations.kvk_dialog import KvkNumbersDialog
from app.ui.relations.model import RelationTableModel
from app.ui.relations.settings_dialog import RelationSettingsDialog
from app.ui.relations.toast import UndoToast
from app.ui.service_text import error_text
from app.ui.table_models import RowRole, SortProxy
from app.ui.widgets import TableWithEmptyState, button, fit_columns, label, setup_table

M = RelationTableModel


class RelationsPage(Page):
    def __init__(self, session, administration):
        super().__init__(session, administration)
        self.setObjectName("relationsPage")
        self.admin_id = administration.id
        self.can_edit = session.can(Right.CHANGE_PROCESSING_SETTINGS)
        self._request = 0
        self.undo_token: str | None = None
        self.dialog: RelationSettingsDialog | None = None
        self.set_header(self.tr("Relatielijst"), administration.name)
        self.add_search(self.tr("Zoek op naam, code of KvK-nummer")).setMinimumWidth(280)
        self._build_filters()
        self.toast = UndoToast()
        self.toast_text, self.undo_button = self.toast.text, self.toast.undo_button
        self.undo_button.clicked.connect(self.undo)
        self.page_layout.addWidget(self.toast)
        self.model = RelationTableModel(self, editable=self.can_edit)
        self.proxy = SortProxy(self.model, self)
        self.table = QTableView()
        self.table.setObjectName("relationsTable")
        setup_table(self.table)
        self.table.setModel(self.proxy)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setItemDelegateForColumn(M.COL_RULE, ChoiceDelegate(labels.coding_rules, self))
        self.table.setItemDelegateForColumn(
            M.COL_QUESTIONS, ChoiceDelegate(labels.question_modes, self)
        )
        self.table.setItemDelegateForColumn(M.COL_KVK, KvkDelegate(self))
        self.table.setItemDelegateForColumn(M.COL_SETTINGS, BadgeDelegate(self))
        self.table.sortByColumn(M.COL_NAME, Qt.SortOrder.AscendingOrder)
        fit_columns(
            self.table, M.COL_SPECS, {M.COL_CHECK: 34, M.COL_NAME: 250, M.COL_SETTINGS: 112}
        )
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.setColumnHidden(M.COL_CHECK, not self.can_edit)  # ticking is for bulk edit
        self.select_all.setVisible(self.can_edit)
        self.holder = TableWithEmptyState(
            self.table,
            self.tr(
                "Deze administratie heeft nog geen relaties. Synchroniseer de stamgegevens "
                "om ze op te halen."
            ),
            self.tr("Geen relaties gevonden met deze zoekterm of filters."),
        )
        self.holder.watch(self.proxy)
        self.page_layout.addWidget(self.holder, 1)
        self.model.edit_requested.connect(self.edit_field)
        self.model.checked_changed.connect(self._update_buttons)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)
        self.search_timer.timeout.connect(self.reload)
        assert self.search is not None
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.reload()

    # -- building ---------------------------------------------------------------------------
    def _build_filters(self) -> None:
        bar = QHBoxLayout()
        bar.setSpacing(10)
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("typeFilter")
        self.type_filter.addItem(self.tr("Alle typen"), None)
        for code in ("supplier", "customer"):
            self.type_filter.addItem(labels.relation_types()[code], code)
        self.rule_filter = QComboBox()
        self.rule_filter.setObjectName("ruleFilter")
        self.rule_filter.addItem(self.tr("Alle coderingsregels"), None)
        for code, text in labels.coding_rules().items():
            self.rule_filter.addItem(text, code)
        self.kvk_filter = QCheckBox(self.tr("Zonder KvK-nummer"))
        self.kvk_filter.setObjectName("kvkFilter")
        for combo in (self.type_filter, self.rule_filter):
            combo.currentIndexChanged.connect(self.reload)
            bar.addWidget(combo)
        self.kvk_filter.toggled.connect(self.reload)
        bar.addWidget(self.kvk_filter)
        self.count_label = label("", "hint")
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        self.select_all = QCheckBox(self.tr("Alles aanvinken"))
        self.select_all.toggled.connect(lambda on: self.model.set_all_checked(on))
        bar.addWidget(self.select_all)
        self.settings_button = button(self.tr("Instellingen…"), icon_name="edit")
        self.settings_button.clicked.connect(self.open_current)
        self.header.add_action(self.settings_button)
        self.kvk_button = button(self.tr("KvK-nummers…"))
        self.kvk_button.setObjectName("kvkButton")
        self.kvk_button.setToolTip(self.tr("KvK-nummers van de aangevinkte relaties invullen"))
        self.kvk_button.clicked.connect(self.open_kvk_numbers)
        self.kvk_button.setVisible(self.can_edit)
        self.header.add_action(self.kvk_button)
        self.bulk_button = button(self.tr("Bulk bewerken"), "primary")
        self.bulk_button.setObjectName("bulkButton")
        self.bulk_button.clicked.connect(self.open_bulk)
        self.bulk_button.setVisible(self.can_edit)
        self.header.add_action(self.bulk_button)
        self.page_layout.addLayout(bar)

    def show_toast(self, text: str, *, undo: bool = False, error: bool = False) -> None:
        self.toast.show_message(text, undo=undo, error=error)

    # -- data -------------------------------------------------------------------------------
    def filters(self) -> dict:
        return {
            "search": self.search.text() if self.search else None,
            "type": self.type_filter.currentData(),
            "coding_rule": self.rule_filter.currentData(),
            "missing_kvk": self.kvk_filter.isChecked(),
        }

    def reload(self, *_args) -> None:
        self._request += 1
        request, admin_id, filters = self._request, self.admin_id, self.filters()
        self.holder.filtering = bool(
            filters["search"] or filters["type"] or filters["coding_rule"] or filters["missing_kvk"]
        )
        self.load(
            lambda: self.services.relations.list(admin_id, **filters),
            lambda rows: self._loaded(request, rows),
        )

    def _loaded(self, request: int, rows: list[RelationRow]) -> None:
        if request != self._request:
            return  # an older query answered after a newer one
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%1 relatie(s)").replace("%1", str(len(rows))))
        self.holder.refresh()

    def _update_buttons(self) -> None:
        n = len(self.model.checked)
        self.bulk_button.setText(
            self.tr("Bulk bewerken (%1)").replace("%1", str(n)) if n else self.tr("Bulk bewerken")
        )
        self.bulk_button.setEnabled(n > 0)
        self.kvk_button.setEnabled(n > 0)
        self.select_all.blockSignals(True)
        self.select_all.setChecked(bool(self.model.rows) and n == len(self.model.rows))
        self.select_all.blockSignals(False)

    def edit_field(self, relation_id: int, name: str, value) -> None:
        """In-place edit: write one setting, then show the service's fresh row."""
        self.load(
            lambda: self.services.relations.update_field(relation_id, name, value),
            self._field_saved,
            self._edit_failed,
        )

    def _field_saved(self, dto: RelationSettingsDTO) -> None:
        self.model.replace_row(dto.row)

    def _edit_failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserFacingError):
            self.show_toast(error_text(exc), error=True)
        else:
            handle_error(exc, self)

    # -- dialogs ----------------------------------------------------------------------------
    def current_row(self) -> RelationRow | None:
        index = self.table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def select_relation(self, code: str) -> bool:
        for r in range(self.proxy.rowCount()):
            if self.proxy.row_at(r).code == code:
                self.table.selectRow(r)
                self.table.setCurrentIndex(self.proxy.index(r, M.COL_NAME))
                return True
        return False

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() not in M.EDITABLE or not self.can_edit:
            self.open_settings(index.data(RowRole).id)

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_settings(row.id)

    def open_settings(self, relation_id: int) -> RelationSettingsDialog:
        self.dialog = RelationSettingsDialog(self.session, relation_id, self.admin_id, self)
        self.dialog.saved.connect(lambda dto: self.model.replace_row(dto.row))
        self.dialog.resize(760, 720)
        self.dialog.open()
        return self.dialog

    def open_bulk(self) -> BulkEditDialog | None:
        ids = [r.id for r in self.model.rows if r.id in self.model.checked]
        if not ids:
            return None
        dialog = BulkEditDialog(self.session, self.admin_id, ids, self)
        dialog.applied.connect(self._bulk_applied)
        dialog.open()
        return dialog

    def open_kvk_numbers(self) -> KvkNumbersDialog | None:
        rows = [r for r in self.model.rows if r.id in self.model.checked]
        if not rows:
            return None
        dialog = KvkNumbersDialog(self.session, rows, self)
        dialog.applied.connect(self._bulk_applied)
        dialog.open()
        return dialog

    def _bulk_applied(self, result: BulkResult) -> None:
        self.undo_token = result.token
        self.show_toast(
            self.tr("%1 relatie(s) gewijzigd.").replace("%1", str(result.preview.changed_count)),
            undo=True,
        )
        self.reload()

    def undo(self) -> None:
        token = self.undo_token
        if token is None:
            return
        self.undo_button.setEnabled(False)
        self.load(lambda: self.services.relations.undo(token), self._undone, self._undo_failed)

    def _undone(self, result: UndoResult) -> None:
        self.undo_token = None
        self.undo_button.setEnabled(True)
        self.show_toast(
            self.tr("Wijziging ongedaan gemaakt (%1 relaties).").replace(
                "%1", str(len(result.restored))
            )
        )
        self.reload()

    def _undo_failed(self, exc: BaseException) -> None:
        self.undo_button.setEnabled(True)
        self._edit_failed(exc)


register_page(
    PageSpec(
        "relations",
        lambda: QCoreApplication.translate("Navigation", "Relatielijst"),
        "relations",
        RelationsPage,
        ADMINISTRATION,
        Right.REVIEW_DOCUMENTS,
        20,
    )
)
from app.ui.relations import screens as _screens  # noqa: E402,F401  (registers relation-settings)
