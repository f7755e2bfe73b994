"""The Verwerkingsinstellingen page of the chosen administration (registry key
``processing-settings``): standaardcodering, rounding account, the limit for automatic booking
(a Dutch or English amount), the authorisation step, which documents may be exported without
review, journals and the certainty threshold — read and written through
:class:`app.services.processing_settings.ProcessingSettingsService`, with the service's
message shown under the field it is about.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.errors import InvalidInput, UserFacingError
from app.services.permissions import Right
from app.services.processing_settings import ProcessingSettingsDTO
from app.ui.crash import handle_error
from app.ui.i18n import format_amount
from app.ui.registry import ADMINISTRATION, PageSpec, register_page
from app.ui.relations.pickers import FieldWithError, MasterData, MasterPicker, local_decimal
from app.ui.service_text import shown
from app.ui.widgets import button, label

from .base import Page

# the start of the service's message → the field it is about
MESSAGE_FIELDS = {
    "Standaardcodering": "default_gl",
    "Afrondingsrekening": "rounding_gl",
    "Limiet automatisch boeken": "auto_booking_limit",
    "Automatisch exporteren": "auto_export",
    "Onbekende keuze voor exporteren": "auto_export",
    "Autorisatiestap": "authorisation",
    "Inkoopdagboek": "purchase_journal",
    "Verkoopdagboek": "sales_journal",
    "Zekerheidsdrempel": "confidence_threshold",
}


def auto_export_labels() -> dict[str, str]:
    return {
        "never": QCoreApplication.translate(
            "ProcessingSettings", "Nooit: elk document wordt gereviewd"
        ),
        "matched_below_limit": QCoreApplication.translate(
            "ProcessingSettings",
            "Herkende relatie, geen open opmerkingen en een bedrag tot de limiet",
        ),
        "no_open_comments": QCoreApplication.translate(
            "ProcessingSettings", "Alle documenten zonder open opmerkingen"
        ),
    }


def amount_text(value: Decimal | None) -> str:
    return format_amount(value, "").strip() if value is not None else ""


def parse_amount(text: str) -> Decimal | None:
    """The limit as typed in the interface language; None for empty."""
    try:
        return local_decimal(text)
    except ArithmeticError:
        raise InvalidInput(f"Limiet automatisch boeken: ongeldig bedrag {text!r}.") from None


class ProcessingSettingsPage(Page):
    def __init__(self, session, administration):
        super().__init__(session, administration)
        self.setObjectName("processingSettingsPage")
        self.admin_id = administration.id
        self.dto: ProcessingSettingsDTO | None = None
        self.set_header(self.tr("Verwerkingsinstellingen"), administration.name)
        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(860)
        form = QFormLayout(card)
        form.setContentsMargins(24, 20, 24, 20)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(10)
        self.rows: dict[str, FieldWithError] = {}

        def add(name: str, text: str, widget: QWidget, hint: str = "") -> None:
            row = FieldWithError(widget)
            if hint:
                row.box.insertWidget(1, label(hint, "hint", wrap=True))
            self.rows[name] = row
            form.addRow(text, row)

        self.default_gl = MasterPicker("gl", self.tr("Zoek een grootboekrekening"))
        add(
            "default_gl",
            self.tr("Standaardcodering"),
            self.default_gl,
            self.tr("Voor regels die de instellingen van de relatie niet coderen."),
        )
        self.rounding_gl = MasterPicker("gl", self.tr("Zoek een grootboekrekening"))
        add(
            "rounding_gl",
            self.tr("Afrondingsrekening"),
            self.rounding_gl,
            self.tr("Kleine afrondingsverschillen worden op deze rekening geboekt."),
        )
        self.limit = QLineEdit()
        self.limit.setPlaceholderText(self.tr("geen limiet"))
        self.limit.setMaximumWidth(200)
        add(
            "auto_booking_limit",
            self.tr("Limiet automatisch boeken (€)"),
            self.limit,
            self.tr("Documenten met een hoger totaalbedrag ziet altijd een mens."),
        )
        self.authorisation = QCheckBox(
            self.tr("Documenten eerst laten autoriseren voordat ze worden geëxporteerd")
        )
        add("authorisation", self.tr("Autorisatiestap"), self.authorisation)
        self.auto_export = QComboBox()
        for code, text in auto_export_labels().items():
            self.auto_export.addItem(text, code)
        add(
            "auto_export",
            self.tr("Exporteren zonder review"),
            self.auto_export,
            self.tr("Documenten die autorisatie nodig hebben gaan nooit zonder review."),
        )
        journals = QWidget()
        self.purchase_journal = QLineEdit()
        self.sales_journal = QLineEdit()
        jrow = QHBoxLayout(journals)
        jrow.setContentsMargins(0, 0, 0, 0)
        for edit, text in (
            (self.purchase_journal, self.tr("inkoop")),
            (self.sales_journal, self.tr("verkoop")),
        ):
            edit.setPlaceholderText(self.tr("automatisch"))
            edit.setMaximumWidth(140)
            jrow.addWidget(label(text, "hint"))
            jrow.addWidget(edit)
        jrow.addStretch(1)
        add("journals", self.tr("Dagboeken"), journals)
        self.rows["purchase_journal"] = self.rows["sales_journal"] = self.rows["journals"]
        self.threshold = QSpinBox()
        self.threshold.setRange(0, 100)
        self.threshold.setSuffix(" %")
        self.threshold.setMaximumWidth(120)
        add(
            "confidence_threshold",
            self.tr("Zekerheidsdrempel"),
            self.threshold,
            self.tr("Onder deze zekerheid telt een gelezen veld als onzeker."),
        )
        buttons = QHBoxLayout()
        self.save_button = button(self.tr("Opslaan"), "primary")
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        buttons.addWidget(self.save_button)
        self.status = label("", "hint")
        self.status.setObjectName("saveStatus")
        buttons.addWidget(self.status, 1)
        form.addRow("", self._wrap(buttons))
        self.banner = label("", "errorBanner", wrap=True)
        self.banner.hide()
        self.page_layout.addWidget(self.banner)
        self.page_layout.addWidget(card)
        self.page_layout.addStretch(1)
        self.reload()

    @staticmethod
    def _wrap(layout) -> QWidget:
        w = QWidget()
        layout.setContentsMargins(0, 6, 0, 0)
        w.setLayout(layout)
        return w

    def reload(self, *_args) -> None:
        admin_id, services = self.admin_id, self.services
        self.load(lambda: MasterData.load(services, admin_id), self._master_loaded)
        self.load(lambda: services.processing_settings.get(admin_id), self.show_settings)

    def _master_loaded(self, master: MasterData) -> None:
        for picker in (self.default_gl, self.rounding_gl):
            picker.set_items(master.of("gl"))

    def show_settings(self, dto: ProcessingSettingsDTO) -> None:
        self.dto = dto
        self.default_gl.set_code(dto.default_gl)
        self.rounding_gl.set_code(dto.rounding_gl)
        self.limit.setText(amount_text(dto.auto_booking_limit))
        self.authorisation.setChecked(dto.authorisation)
        self.auto_export.setCurrentIndex(max(self.auto_export.findData(dto.auto_export), 0))
        self.purchase_journal.setText(dto.purchase_journal or "")
        self.sales_journal.setText(dto.sales_journal or "")
        self.threshold.setValue(round(dto.confidence_threshold * 100))
        self.save_button.setEnabled(True)

    def changes(self) -> dict[str, Any]:
        """What differs from the loaded settings, as ``update(**changes)`` takes it."""
        d = self.dto
        assert d is not None
        out: dict[str, Any] = {}
        limit_text = self.limit.text().strip()
        try:
            limit = parse_amount(limit_text)
            if limit != d.auto_booking_limit:
                out["auto_booking_limit"] = str(limit) if limit is not None else ""
        except InvalidInput:
            out["auto_booking_limit"] = limit_text  # the service says what is wrong with it
        values = {
            "default_gl": self.default_gl.code(),
            "rounding_gl": self.rounding_gl.code(),
            "authorisation": self.authorisation.isChecked(),
            "auto_export": self.auto_export.currentData(),
            "purchase_journal": self.purchase_journal.text().strip() or None,
            "sales_journal": self.sales_journal.text().strip() or None,
        }
        for key, value in values.items():
            if value != getattr(d, key):
                out[key] = value if value is not None else ""
        if self.threshold.value() != round(d.confidence_threshold * 100):
            out["confidence_threshold"] = self.threshold.value() / 100
        return out

    def save(self) -> None:
        for row in self.rows.values():
            row.show_error(None)
        self.banner.hide()
        self.status.setText("")
        changes = self.changes()
        if not changes:
            self.status.setText(self.tr("Geen wijzigingen."))
            return
        admin_id = self.admin_id
        self.save_button.setEnabled(False)
        self.load(
            lambda: self.services.processing_settings.update(admin_id, **changes),
            self._saved,
            self._failed,
        )

    def _saved(self, dto: ProcessingSettingsDTO) -> None:
        self.show_settings(dto)
        self.status.setText(self.tr("Opgeslagen."))
        self.session.events.administrations_changed.emit()  # the limit is on the DTO too

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(exc, UserFacingError):
            handle_error(exc, self)
            return
        message = str(exc)
        name = next((f for p, f in MESSAGE_FIELDS.items() if message.startswith(p)), None)
        if name in self.rows:
            self.rows[name].show_error(shown(message))
        else:
            self.banner.setText(shown(message))
            self.banner.show()


register_page(
    PageSpec(
        "processing-settings",
        lambda: QCoreApplication.translate("Navigation", "Verwerkingsinstellingen"),
        "processing",
        ProcessingSettingsPage,
        ADMINISTRATION,
        Right.CHANGE_PROCESSING_SETTINGS,
        30,
    )
)
