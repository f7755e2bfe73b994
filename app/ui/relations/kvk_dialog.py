"""KvK numbers for several relations at once (SPEC.md §7, advanced settings): one 8-digit field
per ticked relation, saved together with :meth:`RelationService.set_kvk_numbers`, which checks
every number and returns an undo token like bulk edit does.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserFacingError
from app.services.relations_dto import BulkResult, RelationRow
from app.ui.crash import handle_error
from app.ui.service_text import error_text
from app.ui.session import UiSession
from app.ui.tasks import run_task
from app.ui.widgets import label


class KvkNumbersDialog(QDialog):
    """``applied(BulkResult)`` once the numbers are written."""

    applied = Signal(object)

    def __init__(self, session: UiSession, rows: list[RelationRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.rows = rows
        self.setObjectName("kvkNumbersDialog")
        self.setWindowTitle(self.tr("KvK-nummers invullen"))
        self.setMinimumWidth(560)
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 18, 20, 16)
        box.addWidget(label(self.tr("KvK-nummers invullen"), object_name="sectionTitle"))
        box.addWidget(
            label(
                self.tr("Acht cijfers per relatie; laat een veld leeg om het nummer te wissen."),
                "hint",
                wrap=True,
            )
        )
        holder = QWidget()
        form = QFormLayout(holder)
        self.edits: dict[int, QLineEdit] = {}
        for row in rows:
            edit = QLineEdit(row.kvk or "")
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), edit))
            edit.setPlaceholderText("12345678")
            self.edits[row.id] = edit
            form.addRow(row.display.replace("&", "&&"), edit)  # no mnemonic
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setMinimumHeight(min(60 + 40 * len(rows), 420))
        box.addWidget(scroll, 1)
        self.error = label("", "errorBanner", wrap=True)
        self.error.setObjectName("kvkError")
        self.error.hide()
        box.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Opslaan"))
        self.save_button.setProperty("role", "primary")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def numbers(self) -> dict[int, str | None]:
        """The changed numbers only (None clears)."""
        old = {r.id: r.kvk or None for r in self.rows}
        new = {rid: edit.text().strip() or None for rid, edit in self.edits.items()}
        return {rid: kvk for rid, kvk in new.items() if kvk != old[rid]}

    def save(self) -> None:
        numbers = self.numbers()
        if not numbers:
            self.reject()
            return
        self.error.hide()
        self.save_button.setEnabled(False)
        run_task(
            lambda: self.session.services.relations.set_kvk_numbers(numbers),
            self._saved,
            self._failed,
            owner=self,
        )

    def _saved(self, result: BulkResult) -> None:
        self.applied.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, UserFacingError):
            self.error.setText(error_text(exc))
            self.error.show()
        else:
            handle_error(exc, self)
