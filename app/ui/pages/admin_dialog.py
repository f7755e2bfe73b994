"""Editing an administration's settings: KvK number, intake e-mail address, watched folder
(with a folder picker), monthly target and the limit for automatic booking, saved through
``administrations.update``; wrong input is reported next to the field.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput, UserFacingError
from app.services.administrations import PACKAGES
from app.services.dto import AdministrationDTO
from app.services.validation import clean_email
from app.ui.crash import handle_error
from app.ui.i18n import current_language, format_amount
from app.ui.service_text import error_text
from app.ui.session import UiSession
from app.ui.tasks import run_task
from app.ui.widgets import button, label, set_invalid


def parse_amount(text: str) -> Decimal | None:
    """An amount typed in Dutch (1.234,56) or English (1,234.56) notation; None when empty."""
    raw = text.strip().replace("€", "").replace(" ", "")
    if not raw:
        return None
    if current_language() == "en" or (
        "," not in raw and raw.count(".") == 1 and len(raw.split(".")[1]) != 3
    ):
        raw = raw.replace(",", "")
    else:
        raw = raw.replace(".", "").replace(",", ".")
    return Decimal(raw)


class AdministrationDialog(QDialog):
    def __init__(self, session: UiSession, admin: AdministrationDTO, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.admin = admin
        self.result_admin: AdministrationDTO | None = None
        self.setObjectName("administrationDialog")
        self.setWindowTitle(self.tr("Administratie bewerken"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.addWidget(label(admin.name, object_name="pageTitle"))
        layout.addWidget(label(PACKAGES.get(admin.package, admin.package), "hint"))
        form = QFormLayout()
        form.setVerticalSpacing(4)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kvk = QLineEdit(admin.kvk or "")
        self.kvk.setPlaceholderText(self.tr("8 cijfers"))
        self.intake = QLineEdit(admin.intake_email or "")
        self.intake.setPlaceholderText(self.tr("facturen@kantoor.nl"))
        self.folder = QLineEdit(admin.watched_folder or "")
        self.folder.setPlaceholderText(self.tr("Geen map"))
        browse = button(self.tr("Bladeren…"))
        browse.clicked.connect(self.choose_folder)
        folder_box = QWidget()
        folder_row = QHBoxLayout(folder_box)
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.target = QSpinBox()
        self.target.setRange(0, 1_000_000)
        self.target.setSpecialValueText(self.tr("geen"))
        self.target.setSuffix(self.tr(" documenten"))
        self.target.setValue(admin.monthly_target or 0)
        limit = admin.auto_booking_limit
        self.limit = QLineEdit(format_amount(limit).replace("€", "").strip() if limit else "")
        self.limit.setPlaceholderText(self.tr("bijvoorbeeld 250,00 — leeg is nooit"))
        self.errors: dict[str, QLabel] = {}
        fields: list[tuple[str, str, QWidget]] = [
            ("kvk", self.tr("KvK-nummer"), self.kvk),
            ("intake", self.tr("Intake-adres"), self.intake),
            ("folder", self.tr("Bewaakte map"), folder_box),
            ("target", self.tr("Maanddoel"), self.target),
            ("limit", self.tr("Limiet automatisch boeken (€)"), self.limit),
        ]
        for key, text, field in fields:
            form.addRow(text, field)
            error = label("", "error")
            error.hide()
            form.addRow("", error)
            self.errors[key] = error
        layout.addLayout(form)
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

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Kies de bewaakte map"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def _error(self, key: str, widget: QWidget, message: str | None) -> bool:
        set_invalid(widget, bool(message))
        self.errors[key].setText(message or "")
        self.errors[key].setVisible(bool(message))
        return not message

    def validate(self) -> dict | None:
        kvk = re.sub(r"[\s.]", "", self.kvk.text())
        ok = self._error(
            "kvk",
            self.kvk,
            None
            if not kvk or re.fullmatch(r"\d{8}", kvk)
            else self.tr("Een KvK-nummer heeft 8 cijfers."),
        )
        intake = self.intake.text().strip()
        message = None
        if intake:
            try:
                clean_email(intake)
            except InvalidInput:
                message = self.tr("Dit is geen geldig e-mailadres.")
        ok &= self._error("intake", self.intake, message)
        limit: Decimal | None = None
        try:
            limit = parse_amount(self.limit.text())
            message = (
                None
                if limit is None or limit >= 0
                else self.tr("Het bedrag mag niet negatief zijn.")
            )
        except (InvalidOperation, ValueError):
            message = self.tr("Dit is geen geldig bedrag.")
        ok &= self._error("limit", self.limit, message)
        if not ok:
            return None
        return dict(
            kvk=kvk or None,
            intake_email=intake or None,
            watched_folder=self.folder.text().strip() or None,
            monthly_target=self.target.value() or None,
            auto_booking_limit=str(limit) if limit is not None else None,
        )

    def save(self) -> None:
        changes = self.validate()
        if changes is None:
            return
        admins, admin_id = self.session.services.administrations, self.admin.id
        self.buttons.setEnabled(False)
        run_task(lambda: admins.update(admin_id, **changes), self._saved, self._failed, owner=self)

    def _saved(self, admin: AdministrationDTO) -> None:
        self.buttons.setEnabled(True)
        self.result_admin = admin
        self.session.events.administrations_changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, UserFacingError):
            self.banner.setText(error_text(exc))
            self.banner.show()
        else:
            handle_error(exc, self)
