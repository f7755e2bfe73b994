"""Editing a department: its name and the administrations assigned to it (search and tick);
saving renames (when changed) and calls ``departments.assign`` with what was added and removed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserFacingError
from app.services.dto import AdministrationDTO, DepartmentDTO
from app.ui.crash import handle_error
from app.ui.pages.admin_checklist import AdminChecklist
from app.ui.service_text import error_text
from app.ui.session import UiSession
from app.ui.tasks import run_task
from app.ui.widgets import label, set_invalid


class DepartmentDialog(QDialog):
    def __init__(
        self,
        session: UiSession,
        department: DepartmentDTO,
        admins: list[AdministrationDTO],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.department = department
        self.result_department: DepartmentDTO | None = None
        self.setObjectName("departmentDialog")
        self.setWindowTitle(self.tr("Afdeling bewerken"))
        self.setMinimumSize(560, 500)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        form = QFormLayout()
        self.name = QLineEdit(department.name)
        form.addRow(self.tr("Naam"), self.name)
        layout.addLayout(form)
        self.name_error = label("", "error")
        self.name_error.hide()
        layout.addWidget(self.name_error)
        layout.addWidget(
            label(self.tr("Administraties van deze afdeling"), object_name="sectionTitle")
        )
        self.checklist = AdminChecklist(admins)
        inner = self.checklist.layout()
        if inner is not None:
            inner.setContentsMargins(0, 0, 0, 0)
        self.checklist.set_checked(department.administration_ids)
        layout.addWidget(self.checklist, 1)
        self.banner = label("", "errorBanner", wrap=True)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Opslaan"))
        save.setProperty("role", "primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.checklist.search.setFocus()

    def save(self) -> None:
        name = self.name.text().strip()
        set_invalid(self.name, not name)
        self.name_error.setText(self.tr("Vul de naam van de afdeling in."))
        self.name_error.setVisible(not name)
        if not name:
            return
        dep = self.department
        chosen = self.checklist.checked_ids()
        before = set(dep.administration_ids)
        add, remove = sorted(chosen - before), sorted(before - chosen)
        departments = self.session.services.departments

        def work() -> DepartmentDTO:
            result = dep
            if name != dep.name:
                result = departments.rename(dep.id, name)
            if add or remove:
                result = departments.assign(dep.id, add=add, remove=remove)
            return result

        self.buttons.setEnabled(False)
        run_task(work, self._saved, self._failed, owner=self)

    def _saved(self, dep: DepartmentDTO) -> None:
        self.buttons.setEnabled(True)
        self.result_department = dep
        self.session.events.departments_changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, UserFacingError):
            self.banner.setText(error_text(exc))
            self.banner.show()
        else:
            handle_error(exc, self)
