"""The settings dialog of one relation: loads its settings and the administration's master data
in the background, shows :class:`RelationSettingsForm`, and saves only the changed settings with
:meth:`RelationService.update_settings`. The service checks everything against master data; its
message is shown under the field it is about (or as a banner), and the dialog stays open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.errors import UserFacingError
from app.services.permissions import Right
from app.services.relation_labels import FIELD_LABELS
from app.services.relations_dto import RelationSettingsDTO
from app.ui.crash import handle_error
from app.ui.relations.pickers import MasterData
from app.ui.relations.settings_form import RelationSettingsForm
from app.ui.service_text import error_text
from app.ui.session import UiSession
from app.ui.tasks import run_task
from app.ui.widgets import label


def field_of_message(message: str) -> str | None:
    """The setting a service message is about: its Dutch label starts the message."""
    for name, text in sorted(FIELD_LABELS.items(), key=lambda kv: -len(kv[1])):
        if message.startswith(text + ":") or message.startswith(text + " "):
            return name
    if message.startswith("Korting"):
        return "discount_value"
    if "KvK" in message:
        return "kvk"
    return None


class RelationSettingsDialog(QDialog):
    """``saved(RelationSettingsDTO)`` after a successful save."""

    saved = Signal(object)

    def __init__(
        self,
        session: UiSession,
        relation_id: int,
        admin_id: int,
        parent: QWidget | None = None,
        *,
        master: MasterData | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.relation_id = relation_id
        self.admin_id = admin_id
        self.dto: RelationSettingsDTO | None = None
        self.setObjectName("relationSettingsDialog")
        self.setWindowTitle(self.tr("Verwerkingsinstellingen van de relatie"))
        self.setMinimumWidth(680)
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 18, 20, 16)
        box.setSpacing(10)
        self.title = label(self.tr("Relatie laden…"), object_name="sectionTitle")
        box.addWidget(self.title)
        self.subtitle = label("", "hint", wrap=True)
        box.addWidget(self.subtitle)
        self.banner = label("", "errorBanner", wrap=True)
        self.banner.setObjectName("settingsError")
        self.banner.hide()
        box.addWidget(self.banner)
        self.form = RelationSettingsForm()
        box.addWidget(self.form, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Opslaan"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        editable = session.can(Right.CHANGE_PROCESSING_SETTINGS)
        self.form.setEnabled(editable)
        self.editable = editable
        services = session.services
        if master is None:
            run_task(
                lambda: MasterData.load(services, admin_id),
                self._master_loaded,
                self._failed,
                owner=self,
            )
        else:
            self._master_loaded(master)
        run_task(
            lambda: services.relations.get_settings(relation_id),
            self._loaded,
            self._failed,
            owner=self,
        )

    def _master_loaded(self, master: MasterData) -> None:
        self.form.set_master(master)

    def _loaded(self, dto: RelationSettingsDTO) -> None:
        self.dto = dto
        self.title.setText(f"{dto.name} ({dto.code})")
        self.subtitle.setText(
            self.tr(
                "Hoe documenten van deze relatie worden gecodeerd. Grootboekrekeningen, "
                "btw-codes, kostenplaatsen en projecten komen uit de administratie."
            )
        )
        self.form.set_settings(dto.settings, dto.kvk)
        self.save_button.setEnabled(self.editable)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserFacingError):
            self.show_error(error_text(exc))
        else:
            handle_error(exc, self)

    def show_error(self, message: str) -> None:
        """The message under its field when we know which one, else as a banner."""
        name = field_of_message(message)
        if name is not None and name not in self.form.rows:
            parts = [n for n in self.form.rows if n.startswith(name + ".")]
            hit = [n for n in parts if self._mentions(n, message)]
            name = (hit or parts)[0] if (hit or parts) else None
        if not self.form.show_error(name, message):
            self.banner.setText(message)
            self.banner.show()

    def _mentions(self, name: str, message: str) -> bool:
        """Whether the message names the code typed in field ``name``."""
        text = str(self.form.rows[name].field.property("text") or "")
        code = text.split(" – ")[0].strip()
        return bool(code) and f" {code} " in f" {message} "

    def save(self) -> None:
        self.form.clear_errors()
        self.banner.hide()
        changes = self.form.changes()
        if not changes:
            self.accept()
            return
        self.save_button.setEnabled(False)
        rid = self.relation_id
        run_task(
            lambda: self.session.services.relations.update_settings(rid, changes),
            self._saved,
            self._save_failed,
            owner=self,
        )

    def _saved(self, dto: RelationSettingsDTO) -> None:
        self.dto = dto
        self.saved.emit(dto)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._failed(exc)

    def keyPressEvent(self, event) -> None:  # Enter in a picker must not save the dialog
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.save_button.hasFocus():
            event.accept()
            return
        super().keyPressEvent(event)
