"""The user form, for "+ Nieuw" and for editing: tab "Basis" (first and last name, role, e-mail,
department, language) with inline validation messages, and tab "Administraties" (a search field
over a checkable list; administrations that come through the department are shown ticked and
locked). Saving calls ``users.create``/``users.edit`` and ``users.assign_administrations``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput, UserFacingError
from app.models.enums import Role
from app.services.dto import AdministrationDTO, DepartmentDTO, UserDTO
from app.services.validation import clean_email
from app.ui.crash import handle_error
from app.ui.i18n import LANGUAGES, role_hint, role_label
from app.ui.pages.admin_checklist import AdminChecklist
from app.ui.service_text import shown
from app.ui.session import UiSession
from app.ui.tasks import run_task
from app.ui.widgets import label, set_invalid


class UserDialog(QDialog):
    """Accepts with :attr:`result_user` set to the saved user."""

    def __init__(
        self,
        session: UiSession,
        user: UserDTO | None,
        departments: list[DepartmentDTO],
        admins: list[AdministrationDTO],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.user = user
        self.departments = departments
        self.result_user: UserDTO | None = None
        self.setObjectName("userDialog")
        self.setWindowTitle(self.tr("Gebruiker bewerken") if user else self.tr("Nieuwe gebruiker"))
        self.setMinimumSize(560, 460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        title = user.name if user else self.tr("Nieuwe gebruiker")
        layout.addWidget(label(title, object_name="pageTitle"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._basis_tab(), self.tr("Basis"))
        self.checklist = AdminChecklist(admins)
        self.checklist.set_checked(user.administration_ids if user else ())
        self.tabs.addTab(self.checklist, self.tr("Administraties"))
        self._department_changed()
        layout.addWidget(self.tabs, 1)
        self.banner = label("", "errorBanner", wrap=True)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setProperty("role", "primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        chain = [
            self.first_name,
            self.last_name,
            self.role,
            self.email,
            self.department,
            self.language,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.first_name.setFocus()

    def _basis_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        form.setContentsMargins(18, 16, 18, 16)
        form.setVerticalSpacing(4)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        u = self.user
        self.first_name = QLineEdit(u.first_name if u else "")
        self.last_name = QLineEdit(u.last_name if u else "")
        self.email = QLineEdit(u.email if u else "")
        self.email.setPlaceholderText(self.tr("naam@kantoor.nl"))
        self.role = QComboBox()
        actor_role = self.session.actor.role
        for role in Role:
            if (
                role is Role.BEHEERDER
                and actor_role != Role.BEHEERDER
                and (u is None or u.role != Role.BEHEERDER)
            ):
                continue
            self.role.addItem(
                f"{role_label(role)}  ({role_hint(role)})"
                if role_label(role) != role_hint(role)
                else role_label(role),
                role.value,
            )
        self.role.setCurrentIndex(max(0, self.role.findData(u.role if u else Role.GEBRUIKER)))
        self.department = QComboBox()
        self.department.addItem(self.tr("Geen afdeling"), None)
        for dep in self.departments:
            self.department.addItem(dep.name, dep.id)
        if u and u.department_id:
            self.department.setCurrentIndex(max(0, self.department.findData(u.department_id)))
        self.department.currentIndexChanged.connect(self._department_changed)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(u.language if u else "nl")))
        self.errors: dict[str, QLabel] = {}
        for key, text, widget in [
            ("first_name", self.tr("Voornaam"), self.first_name),
            ("last_name", self.tr("Achternaam"), self.last_name),
            ("role", self.tr("Rol"), self.role),
            ("email", self.tr("E-mailadres"), self.email),
            ("department", self.tr("Afdeling"), self.department),
            ("language", self.tr("Taal"), self.language),
        ]:
            form.addRow(text, widget)
            error = label("", "error")
            error.setObjectName(f"{key}Error")
            error.hide()
            form.addRow("", error)
            self.errors[key] = error
        return tab

    def _department_changed(self, *_args) -> None:
        dep_id = self.department.currentData()
        via = next((d.administration_ids for d in self.departments if d.id == dep_id), ())
        self.checklist.set_locked(via, self.tr("via afdeling"))

    # -- validation and saving ------------------------------------------------------------
    def _field_error(self, key: str, widget: QWidget, message: str | None) -> bool:
        set_invalid(widget, bool(message))
        self.errors[key].setText(message or "")
        self.errors[key].setVisible(bool(message))
        return not message

    def validate(self) -> bool:
        ok = self._field_error(
            "first_name",
            self.first_name,
            None if self.first_name.text().strip() else self.tr("Vul de voornaam in."),
        )
        ok &= self._field_error(
            "last_name",
            self.last_name,
            None if self.last_name.text().strip() else self.tr("Vul de achternaam in."),
        )
        email = self.email.text().strip()
        message = None
        if not email:
            message = self.tr("Vul het e-mailadres in.")
        else:
            try:
                clean_email(email)
            except InvalidInput:
                message = self.tr("Dit is geen geldig e-mailadres.")
        ok &= self._field_error("email", self.email, message)
        if not ok:
            self.tabs.setCurrentIndex(0)
        return ok

    def values(self) -> dict:
        return dict(
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            email=self.email.text().strip().lower(),
            role=self.role.currentData(),
            department_id=self.department.currentData(),
            language=self.language.currentData(),
        )

    def save(self) -> None:
        if not self.validate():
            return
        values = self.values()
        admin_ids = sorted(self.checklist.checked_ids())
        users = self.session.services.users
        user = self.user

        def work() -> UserDTO:
            if user is None:
                saved = users.create(**values)
            else:
                changes = {k: v for k, v in values.items() if getattr(user, k) != v}
                saved = users.edit(user.id, **changes) if changes else user
            if (
                user is None
                and admin_ids
                or user is not None
                and tuple(admin_ids) != tuple(user.administration_ids)
            ):
                saved = users.assign_administrations(saved.id, admin_ids)
            return saved

        self.buttons.setEnabled(False)
        run_task(work, self._saved, self._failed, owner=self)

    def _saved(self, user: UserDTO) -> None:
        self.buttons.setEnabled(True)
        self.result_user = user
        self.session.events.users_changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, UserFacingError):
            handle_error(exc, self)
            return
        text = str(exc)
        if "e-mailadres" in text.lower():
            self._field_error("email", self.email, shown(text))
            self.tabs.setCurrentIndex(0)
        else:
            self.banner.setText(shown(text))
            self.banner.show()

    def keyPressEvent(self, event) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(self.focusWidget(), QLineEdit)
            and self.focusWidget() is not self.checklist.search
        ):
            self.save()
            return
        super().keyPressEvent(event)
