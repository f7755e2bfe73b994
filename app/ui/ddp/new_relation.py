"""The DDP's "Nieuwe relatie…" dialog (SPEC §6): a small form prefilled from the relation the
document proposes (``DocumentDetail.read["proposed_relation"]``: name, KvK, VAT id, IBAN,
country, e-mail). The page creates the relation through ``relations.create`` and sets it on the
document; the service checks the numbers, so the dialog only collects them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import label

TEXT_FIELDS = ("code", "name", "kvk", "vat_number", "iban", "country", "email")


class NewRelationDialog(QDialog):
    def __init__(self, proposed: dict[str, Any] | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newRelationDialog")
        self.setWindowTitle(self.tr("Nieuwe relatie"))
        proposed = proposed or {}
        layout = QVBoxLayout(self)
        if proposed:
            layout.addWidget(
                label(self.tr("Ingevuld met de gegevens van het document."), "hint", wrap=True)
            )
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name, caption in (
            ("name", self.tr("Naam")),
            ("code", self.tr("Code")),
            ("kvk", self.tr("KvK-nummer")),
            ("vat_number", self.tr("Btw-nummer")),
            ("iban", self.tr("IBAN")),
            ("country", self.tr("Land")),
            ("email", self.tr("E-mail")),
        ):
            edit = QLineEdit(str(proposed.get(name) or ""))
            edit.setObjectName(f"newRelation_{name}")
            self.edits[name] = edit
            form.addRow(caption, edit)
            if name == "code":
                edit.setPlaceholderText(self.tr("Automatisch (eerstvolgende vrije)"))
                self.type = QComboBox()
                self.type.addItem(self.tr("Leverancier"), "supplier")
                self.type.addItem(self.tr("Klant"), "customer")
                self.type.addItem(self.tr("Beide"), "both")
                self.type.setCurrentIndex(
                    max(0, self.type.findData(proposed.get("type") or "supplier"))
                )
                form.addRow(self.tr("Type"), self.type)
        self.address = str(proposed.get("address") or "")
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Aanmaken"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        """The keyword arguments for ``relations.create`` (without the administration)."""
        out: dict[str, Any] = {n: self.edits[n].text().strip() or None for n in TEXT_FIELDS}
        out["name"] = out["name"] or ""
        out["type"] = self.type.currentData()
        out["address"] = self.address or None
        return out
