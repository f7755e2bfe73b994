"""Searchable pickers for the administration's master data (GL accounts, VAT codes, cost
centres, projects, relations): a line edit with a :class:`QCompleter` that matches anywhere in
"code – name", keeps the typed code when it is not in the list (the service then says why it is
wrong) and shows an inline error under the field. :class:`MasterData` loads the lists once per
dialog in the background.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QVBoxLayout, QWidget

from app.ui.i18n import current_language
from app.ui.widgets import label, set_invalid

SEP = " – "


def local_decimal(text: str) -> Decimal | None:
    """A number as written in the interface language (1.250,50 in Dutch, 1,250.50 in English);
    None for empty. Raises ArithmeticError for anything else."""
    text = text.strip().replace("€", "").replace("%", "").replace(" ", "")
    if not text:
        return None
    if current_language() == "en":
        text = text.replace(",", "")
    elif "," in text or re.fullmatch(r"\d{1,3}(\.\d{3})+", text):
        text = text.replace(".", "").replace(",", ".")
    return Decimal(text)


@dataclass
class MasterData:
    """Picker items of one administration: kind → [(code, label)]."""

    items: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    @classmethod
    def load(cls, services, admin_id: int) -> MasterData:
        rel = services.relations
        return cls(
            {
                "gl": [(g.code, g.label) for g in rel.gl_accounts(admin_id, limit=5000)],
                "vat": [(v.code, f"{v.code}{SEP}{v.description}") for v in rel.vat_codes(admin_id)],
                "cost_centre": [(m.code, m.label) for m in rel.cost_centres(admin_id)],
                "project": [(m.code, m.label) for m in rel.projects(admin_id)],
                "relation": [(r.code, f"{r.code}{SEP}{r.name}") for r in rel.list(admin_id)],
            }
        )

    def of(self, kind: str) -> list[tuple[str, str]]:
        return self.items.get(kind, [])


class MasterPicker(QLineEdit):
    """Type a code or part of a name; the completer offers "code – name" of ``kind``."""

    def __init__(self, kind: str, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.labels: dict[str, str] = {}
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(placeholder)
        self.list_model = QStringListModel(self)
        completer = QCompleter(self.list_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.textEdited.connect(lambda _t: set_invalid(self, False))

    def set_items(self, items: list[tuple[str, str]]) -> None:
        code = self.code()
        self.labels = dict(items)
        self.list_model.setStringList([text for _c, text in items])
        self.set_code(code)

    def set_code(self, code: str | None) -> None:
        self.setText(self.labels.get(code, code or "") if code else "")

    def code(self) -> str | None:
        """The chosen code: the part before " – ", or the typed text; None when empty."""
        text = self.text().strip()
        if not text:
            return None
        return text.split(SEP, 1)[0].strip()

    def is_known(self) -> bool:
        code = self.code()
        return code is None or code in self.labels


class FieldWithError(QWidget):
    """A field with a red message under it (hidden while there is none)."""

    def __init__(self, field_widget: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self.field = field_widget
        box.addWidget(field_widget)
        self.error = label("", "error", wrap=True)
        self.error.setObjectName("fieldError")
        self.error.hide()
        box.addWidget(self.error)

    def show_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))
        set_invalid(self.field, bool(text))
