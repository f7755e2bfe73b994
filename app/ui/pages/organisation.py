"""Organisation settings (Beheerder only): name, KvK number, address, e-mail domain and the
office's monthly target, saved through ``organisation.update``. Other roles never see the page
and the service refuses them anyway.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from app.errors import UserFacingError
from app.services.dto import OrganisationDTO
from app.services.permissions import Right
from app.ui.crash import handle_error
from app.ui.registry import OFFICE, PageSpec, register_page
from app.ui.service_text import error_text
from app.ui.widgets import button, label, set_invalid

from .base import Page


class OrganisationPage(Page):
    def __init__(self, session, administration=None):
        super().__init__(session, administration)
        self.setObjectName("organisationPage")
        self.set_header(self.tr("Organisatie-instellingen"), self.tr("De gegevens van uw kantoor."))
        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(720)
        form = QFormLayout(card)
        form.setContentsMargins(24, 20, 24, 20)
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(18)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.kvk = QLineEdit()
        self.kvk.setPlaceholderText(self.tr("8 cijfers"))
        self.kvk.setMaxLength(12)
        self.kvk_error = label("", "error")
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(80)
        self.email_domain = QLineEdit()
        self.email_domain.setPlaceholderText(self.tr("bijvoorbeeld kantoor.nl"))
        self.monthly_target = QSpinBox()
        self.monthly_target.setRange(0, 1_000_000)
        self.monthly_target.setSpecialValueText(self.tr("geen"))
        self.monthly_target.setSuffix(self.tr(" documenten"))
        self.name_error = label("", "error")
        form.addRow(self.tr("Naam"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("KvK-nummer"), self.kvk)
        form.addRow("", self.kvk_error)
        form.addRow(self.tr("Adres"), self.address)
        form.addRow(self.tr("E-maildomein"), self.email_domain)
        form.addRow(self.tr("Maanddoel"), self.monthly_target)
        self.message = label("", "hint")
        self.save_button = button(self.tr("Opslaan"), "primary")
        self.save_button.clicked.connect(self.save)
        self.add_shortcut("Ctrl+S", self.save)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.save_button)
        form.addRow(row)
        for err in (self.name_error, self.kvk_error):
            err.hide()
        self.page_layout.addWidget(card)
        self.page_layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        self.load(self.services.organisation.get, self._show)

    def _show(self, org: OrganisationDTO) -> None:
        self.name.setText(org.name)
        self.kvk.setText(org.kvk or "")
        self.address.setPlainText(org.address or "")
        self.email_domain.setText(org.email_domain or "")
        self.monthly_target.setValue(org.monthly_target or 0)

    def validate(self) -> bool:
        name_ok = bool(self.name.text().strip())
        kvk = re.sub(r"[\s.]", "", self.kvk.text())
        kvk_ok = not kvk or bool(re.fullmatch(r"\d{8}", kvk))
        self.name_error.setText(self.tr("Vul de naam van de organisatie in."))
        self.kvk_error.setText(self.tr("Een KvK-nummer heeft 8 cijfers."))
        for widget, err, ok in (
            (self.name, self.name_error, name_ok),
            (self.kvk, self.kvk_error, kvk_ok),
        ):
            set_invalid(widget, not ok)
            err.setVisible(not ok)
        return name_ok and kvk_ok

    def save(self) -> None:
        if not self.validate():
            return
        changes = dict(
            name=self.name.text(),
            kvk=self.kvk.text(),
            address=self.address.toPlainText(),
            email_domain=self.email_domain.text(),
            monthly_target=self.monthly_target.value() or None,
        )
        self.save_button.setEnabled(False)
        self.load(lambda: self.services.organisation.update(**changes), self._saved, self._failed)

    def _saved(self, org: OrganisationDTO) -> None:
        self.save_button.setEnabled(True)
        self._show(org)
        self.message.setText(self.tr("Opgeslagen."))
        self.session.events.organisation_changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, UserFacingError):
            self.message.setText(error_text(exc))
        else:
            handle_error(exc, self)


register_page(
    PageSpec(
        "organisation",
        lambda: QCoreApplication.translate("Navigation", "Organisatie-instellingen"),
        "organisation",
        OrganisationPage,
        OFFICE,
        Right.MANAGE_ORGANISATION,
        50,
    )
)
