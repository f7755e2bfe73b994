"""Bulk edit of the ticked relations: the user ticks which settings to set and their values,
sees the summary of what will change per relation (``preview_bulk``), then applies it
(``apply_bulk``). The page gets the :class:`BulkResult` with its undo token and offers
"Ongedaan maken".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserFacingError
from app.services.relations_dto import BulkPreview, BulkResult
from app.ui.crash import handle_error
from app.ui.relations import labels
from app.ui.relations.pickers import MasterData, MasterPicker
from app.ui.relations.settings_form import _combo
from app.ui.service_text import error_text
from app.ui.session import UiSession
from app.ui.tasks import run_task
from app.ui.widgets import button, label


class BulkEditDialog(QDialog):
    """``applied(BulkResult)`` once the changes are written."""

    applied = Signal(object)

    def __init__(
        self,
        session: UiSession,
        admin_id: int,
        relation_ids: list[int],
        parent: QWidget | None = None,
        *,
        master: MasterData | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.relation_ids = list(relation_ids)
        self.preview: BulkPreview | None = None
        self.setObjectName("bulkEditDialog")
        self.setWindowTitle(self.tr("Bulk bewerken"))
        self.setMinimumWidth(640)
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 18, 20, 16)
        box.setSpacing(10)
        box.addWidget(
            label(
                self.tr("%1 relatie(s) bewerken").replace("%1", str(len(self.relation_ids))),
                object_name="sectionTitle",
            )
        )
        box.addWidget(
            label(
                self.tr(
                    "Vink aan welke instellingen u voor alle gekozen relaties "
                    "wilt zetten; de rest blijft zoals het is."
                ),
                "hint",
                wrap=True,
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.fields: dict[str, tuple[QCheckBox, QWidget]] = {}
        specs: list[tuple[str, str, QWidget]] = [
            ("coding_rule", self.tr("Coderingsregel"), _combo(labels.coding_rules())),
            ("fixed_gl", self.tr("Vaste grootboekrekening"), MasterPicker("gl")),
            ("questions", self.tr("Vragen stellen"), _combo(labels.question_modes())),
            ("cost_centre", self.tr("Kostenplaats"), MasterPicker("cost_centre")),
            ("project", self.tr("Project"), MasterPicker("project")),
            ("discount_kind", self.tr("Korting"), _combo(labels.discount_kinds())),
            ("partner_mode", self.tr("Partnercodering"), _combo(labels.assign_modes())),
            ("project_mode", self.tr("Projectcodering"), _combo(labels.assign_modes())),
        ]
        for row, (name, text, widget) in enumerate(specs):
            check = QCheckBox(text)
            check.setObjectName(f"bulk_{name}")
            widget.setEnabled(False)
            check.toggled.connect(widget.setEnabled)
            check.toggled.connect(self._invalidate)
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._invalidate)
            elif isinstance(widget, MasterPicker):
                widget.textChanged.connect(self._invalidate)
            grid.addWidget(check, row, 0)
            grid.addWidget(widget, row, 1)
            self.fields[name] = (check, widget)
        grid.setColumnStretch(1, 1)
        box.addLayout(grid)
        self.preview_button = button(self.tr("Voorbeeld bekijken"))
        self.preview_button.clicked.connect(self.show_preview)
        box.addWidget(self.preview_button)
        self.error = label("", "errorBanner", wrap=True)
        self.error.setObjectName("bulkError")
        self.error.hide()
        box.addWidget(self.error)
        self.summary_label = label("", "hint")
        box.addWidget(self.summary_label)
        self.summary = QTreeWidget()
        self.summary.setHeaderLabels(
            [self.tr("Relatie / instelling"), self.tr("Nu"), self.tr("Wordt")]
        )
        self.summary.setMinimumHeight(160)
        box.addWidget(self.summary, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.apply_button = button(self.tr("Toepassen"), "primary")
        self.apply_button.setEnabled(False)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        if master is None:
            services = session.services
            run_task(lambda: MasterData.load(services, admin_id), self._master, owner=self)
        else:
            self._master(master)

    def _master(self, master: MasterData) -> None:
        for _check, widget in self.fields.values():
            if isinstance(widget, MasterPicker):
                widget.set_items(master.of(widget.kind))

    def choose(self, name: str, value: Any) -> None:
        """Tick setting ``name`` and set its value (a code; used by tests and the page)."""
        check, widget = self.fields[name]
        check.setChecked(True)
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        else:
            assert isinstance(widget, MasterPicker)
            widget.set_code(value)

    def changes(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, (check, widget) in self.fields.items():
            if check.isChecked():
                if isinstance(widget, QComboBox):
                    out[name] = widget.currentData()
                elif isinstance(widget, MasterPicker):
                    out[name] = widget.code()
        return out

    def _invalidate(self, *_args) -> None:
        self.preview = None
        self.apply_button.setEnabled(False)

    def _error(self, exc: BaseException) -> None:
        if isinstance(exc, UserFacingError):
            self.error.setText(error_text(exc))
            self.error.show()
        else:
            handle_error(exc, self)

    def show_preview(self) -> None:
        self.error.hide()
        changes, ids = self.changes(), self.relation_ids
        if not changes:
            self.error.setText(self.tr("Vink minstens één instelling aan."))
            self.error.show()
            return
        run_task(
            lambda: self.session.services.relations.preview_bulk(ids, changes),
            self._previewed,
            self._error,
            owner=self,
        )

    def _previewed(self, preview: BulkPreview) -> None:
        self.preview = preview
        self.summary.clear()
        for rel in preview.relations:
            top = QTreeWidgetItem([f"{rel.name} ({rel.code})", "", ""])
            if not rel.changed:
                top.setText(1, self.tr("geen wijziging"))
            for change in rel.changes:
                QTreeWidgetItem(top, [change.label, change.before, change.after])
            self.summary.addTopLevelItem(top)
            top.setExpanded(True)
        self.summary.resizeColumnToContents(0)
        self.summary_label.setText(
            self.tr("%1 van %2 relaties veranderen.")
            .replace("%1", str(preview.changed_count))
            .replace("%2", str(len(preview.relations)))
        )
        self.apply_button.setEnabled(preview.changed_count > 0)

    def apply(self) -> None:
        changes, ids = self.changes(), self.relation_ids
        self.apply_button.setEnabled(False)
        run_task(
            lambda: self.session.services.relations.apply_bulk(ids, changes),
            self._applied,
            self._error,
            owner=self,
        )

    def _applied(self, result: BulkResult) -> None:
        self.applied.emit(result)
        self.accept()
