"""The DDP's header fields: relation (a searchable combo over the administration's relations),
type, invoice number, dates, currency, totals, VAT per rate, IBAN, payment reference, journal
and period. The journal is an editable combo over the administration's journals from the synced
master data ("60 – Inkoopboek", completion on code or name), offering only the journals that
fit the document's type (purchase or sales) when the master data says which is which, and
saying at once when a typed code is not one of them (``journal_problem``). The panel remembers
what the document said, reports only what the reviewer changed (``changes()``, the keys of
``corrections.correct``), tells the viewer which field has the focus (``field_focused``) and
fills the focused field with a word picked on the document (``fill``).
The "Nieuwe relatie…" button next to the relation asks the page to create one
(``new_relation_requested``).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.ui.hub import labels
from app.ui.i18n import current_language
from app.ui.widgets import label, set_invalid

if TYPE_CHECKING:
    from app.services.document_dto import DocumentDetail
    from app.services.relations_dto import JournalItem, RelationRow

AMOUNTS = ("total_excl_vat", "total_vat", "total_incl_vat")
DATES = ("invoice_date", "due_date")
WIDE = ("supplier.iban", "payment_reference")
SEPARATOR = " – "


def show_amount(value: Any) -> str:
    if value in (None, ""):
        return ""
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"))
    except InvalidOperation:
        return str(value)
    text = f"{amount:,.2f}"
    if current_language() == "en":
        return text
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def show_date(value: Any) -> str:
    if not value:
        return ""
    text = str(value)
    if current_language() != "en" and len(text) == 10 and text[4] == "-":
        return f"{text[8:10]}-{text[5:7]}-{text[0:4]}"
    return text


def _editable_parts(combo: QComboBox) -> tuple[QCompleter, QLineEdit]:
    """The completer and line edit Qt gives an editable combo (``setEditable(True)``)."""
    completer, edit = combo.completer(), combo.lineEdit()
    if completer is None or edit is None:  # only a non-editable combo lacks them
        raise ValueError("the combo box is not editable")
    return completer, edit


class FieldsPanel(QWidget):
    field_focused = Signal(str)
    edited = Signal()
    journal_message = Signal(str)  # why the typed journal cannot be used ("" when it can)
    new_relation_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self._grid, self._cell = grid, 0
        self.relation = QComboBox()
        self.relation.setEditable(True)
        self.relation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        relation_completer, relation_edit = _editable_parts(self.relation)
        relation_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        relation_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        relation_edit.setPlaceholderText(self.tr("Zoek een relatie op naam of code"))
        self.relation.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.new_relation_button = QPushButton(self.tr("Nieuwe relatie…"))
        self.new_relation_button.setObjectName("newRelationButton")
        self.new_relation_button.setToolTip(
            self.tr("Een nieuwe relatie aanmaken met de gegevens van het document")
        )
        self.new_relation_button.clicked.connect(self.new_relation_requested.emit)
        relation_row = QWidget()
        row_layout = QHBoxLayout(relation_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.setSpacing(6)
        row_layout.addWidget(self.relation, 1)
        row_layout.addWidget(self.new_relation_button)
        self._add(self.tr("Relatie"), relation_row, wide=True, buddy=self.relation)
        self.type = QComboBox()
        for code in ("purchase", "sales", "other"):
            self.type.addItem(labels.document_type(code), code)
        self.type.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.type.currentIndexChanged.connect(lambda _i: self._fill_journals())
        self._add(self.tr("Type"), self.type)
        self.journal = QComboBox()
        self.journal.setObjectName("journalPicker")
        self.journal.setEditable(True)
        self.journal.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        journal_completer, journal_edit = _editable_parts(self.journal)
        journal_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        journal_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        journal_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.journal.activated.connect(lambda _i: self._journal_chosen())
        self.journal.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.journals: list[JournalItem] = []  # every journal of the administration
        self.edits: dict[str, QLineEdit] = {}
        for name, caption in (
            ("invoice_number", self.tr("Factuurnummer")),
            ("invoice_date", self.tr("Factuurdatum")),
            ("due_date", self.tr("Vervaldatum")),
            ("currency", self.tr("Valuta")),
            ("total_excl_vat", self.tr("Totaal excl. btw")),
            ("total_vat", self.tr("Btw")),
            ("total_incl_vat", self.tr("Totaal incl. btw")),
            ("supplier.iban", self.tr("IBAN")),
            ("payment_reference", self.tr("Betalingskenmerk")),
            ("journal", self.tr("Dagboek")),
            ("period", self.tr("Periode (JJJJ/MM)")),
        ):
            edit = journal_edit if name == "journal" else QLineEdit()
            edit.setObjectName(f"field_{name}")
            edit.setProperty("field", name)
            if name in AMOUNTS:
                edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.installEventFilter(self)
            edit.textEdited.connect(lambda _t: self.edited.emit())
            if name == "journal":
                edit.textEdited.connect(lambda _t: self._mark_journal(False))
                edit.editingFinished.connect(lambda: self._mark_journal(True))
            self.edits[name] = edit
            self._add(caption, self.journal if name == "journal" else edit, wide=name in WIDE)
            if name == "total_incl_vat":
                self.vat_rates = label("", "hint", wrap=True)
                self._add(self.tr("Btw per tarief"), self.vat_rates, wide=True)
        self.original: dict[str, str] = {}
        self.original_relation: str | None = None
        self.original_type = "purchase"
        self.focused_name: str | None = None

    def _add(
        self, caption: str, widget: QWidget, *, wide: bool = False, buddy: QWidget | None = None
    ) -> None:
        if wide and self._cell % 2:
            self._cell += 1
        row, col = divmod(self._cell, 2)
        caption_label = label(caption)
        caption_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        caption_label.setBuddy(buddy or widget)
        self._grid.addWidget(caption_label, row, col * 2)
        self._grid.addWidget(widget, row, col * 2 + 1, 1, 3 if wide else 1)
        self._cell += 2 if wide else 1

    # -- filling --------------------------------------------------------------------------
    def set_relations(self, relations: Iterable[RelationRow]) -> None:
        current = self.relation_code()
        self.relation.blockSignals(True)
        self.relation.clear()
        self.relation.addItem("", None)
        for r in relations:
            self.relation.addItem(r.display, r.code)
        self.relation.blockSignals(False)
        self._select_relation(current or self.original_relation)

    def _select_relation(self, code: str | None) -> None:
        self.relation.blockSignals(True)
        index = self.relation.findData(code) if code else 0
        if index < 0 and code:
            self.relation.addItem(code, code)
            index = self.relation.count() - 1
        self.relation.setCurrentIndex(max(index, 0))
        relation_edit = self.relation.lineEdit()
        if relation_edit is not None:  # show the start of a long name, not its end
            relation_edit.setCursorPosition(0)
        self.relation.blockSignals(False)

    def set_journals(self, journals: Iterable[JournalItem]) -> None:
        """Every journal of the administration (``relations.journals``); the combo offers
        those that fit the document's type."""
        self.journals = list(journals)
        self._fill_journals()

    def _fill_journals(self) -> None:
        from app.services.relations import journals_for

        code = self.journal_code()
        offered = journals_for(self.journals, self.type.currentData())
        self.journal.blockSignals(True)
        self.journal.clear()
        for j in offered:
            self.journal.addItem(j.label, j.code)
        self.journal.setCurrentIndex(-1)
        self.journal.blockSignals(False)
        self._show_journal(code)
        self._mark_journal(bool(code))

    def _show_journal(self, code: str | None) -> None:
        """Show ``code`` as "code – name" when it is a known journal, else as typed."""
        known = {j.code: j.label for j in self.journals}
        self.edits["journal"].setText(known.get(code, code or "") if code else "")
        self.edits["journal"].setCursorPosition(0)

    def _journal_chosen(self) -> None:
        self._mark_journal(True)
        self.edited.emit()

    def journal_code(self) -> str | None:
        """The chosen journal's code: the part before " – ", or the typed text."""
        text = self.edits["journal"].text().strip()
        return text.split(SEPARATOR, 1)[0].strip() or None if text else None

    def journal_problem(self) -> str | None:
        """Why the journal field cannot be saved (unknown code, or a journal that does not fit
        the document), or None. Says nothing before the journals are loaded."""
        from app.services.relations import journals_for

        code = self.journal_code()
        if not code or not self.journals or code == self.original.get("journal"):
            return None
        journal = next((j for j in self.journals if j.code == code), None)
        if journal is None:
            return self.tr(
                "Dagboek %1 bestaat niet in deze administratie; kies er een uit de lijst."
            ).replace("%1", code)
        offered = journals_for(self.journals, self.type.currentData())
        if journal not in offered:
            return (
                self.tr("Dagboek %1 past niet bij dit document; kies %2.")
                .replace("%1", journal.label)
                .replace("%2", self.tr(" of ").join(j.label for j in offered))
            )
        return None

    def _mark_journal(self, check: bool) -> None:
        problem = self.journal_problem() if check else None
        set_invalid(self.journal, bool(problem))
        self.journal.setToolTip(problem or "")
        self.journal_message.emit(problem or "")

    def set_detail(self, detail: DocumentDetail) -> None:
        read = detail.read
        values = {
            "invoice_number": read.get("invoice_number") or "",
            "invoice_date": show_date(read.get("invoice_date")),
            "due_date": show_date(read.get("due_date")),
            "currency": read.get("currency") or "",
            "total_excl_vat": show_amount(read.get("total_excl_vat")),
            "total_vat": show_amount(read.get("total_vat")),
            "total_incl_vat": show_amount(read.get("total_incl_vat")),
            "supplier.iban": (read.get("supplier") or {}).get("iban") or "",
            "payment_reference": read.get("payment_reference") or "",
            "journal": detail.journal or "",
            "period": f"{detail.period[0]}/{detail.period[1]:02d}" if detail.period else "",
        }
        for name, value in values.items():
            self.edits[name].setText(value)
            self.edits[name].setProperty("corrected", name in detail.corrected_fields)
            self.edits[name].setToolTip(
                self.tr("Gecorrigeerd") if name in detail.corrected_fields else ""
            )
        self.original = values
        self.original_relation = detail.relation_code
        self.original_type = detail.type
        self._select_relation(detail.relation_code)
        self.type.blockSignals(True)
        self.type.setCurrentIndex(max(0, self.type.findData(detail.type)))
        self.type.blockSignals(False)
        self._fill_journals()  # the journals of this document's type, its own shown by name
        on = self.tr("over")
        rates = [
            f"{v.get('rate')}%: {show_amount(v.get('amount'))} ({on} {show_amount(v.get('base'))})"
            for v in read.get("vat_breakdown") or []
        ]
        self.vat_rates.setText("\n".join(rates) or "–")

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(read_only)
        self.relation.setEnabled(not read_only)
        self.journal.setEnabled(not read_only)
        self.new_relation_button.setVisible(not read_only)
        self.type.setEnabled(not read_only)

    # -- what changed ---------------------------------------------------------------------
    def relation_code(self) -> str | None:
        return self.relation.currentData()

    def total_incl_vat(self) -> Decimal | None:
        from app.pipeline.parse_values import parse_amount

        text = self.edits["total_incl_vat"].text().strip()
        if not text:
            return None
        value = parse_amount(text)
        return None if value is None else Decimal(value).quantize(Decimal("0.01"))

    def changes(self) -> dict[str, str]:
        out = {
            name: edit.text().strip()
            for name, edit in self.edits.items()
            if name != "journal" and edit.text().strip() != (self.original.get(name) or "").strip()
        }
        journal = self.journal_code() or ""
        if journal != (self.original.get("journal") or ""):
            out["journal"] = journal
        code = self.relation_code()
        if code and code != self.original_relation:
            out["relation"] = code
        doc_type = self.type.currentData()
        if doc_type and doc_type != self.original_type:
            out["type"] = doc_type
        return out

    # -- focus and picking ----------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(obj, QLineEdit):
            self.focused_name = obj.property("field")
            self.field_focused.emit(self.focused_name)
        return super().eventFilter(obj, event)

    def fill(self, text: str) -> bool:
        """Put a word picked on the document into the field that last had the focus."""
        edit = self.edits.get(self.focused_name or "")
        if edit is None or edit.isReadOnly():
            return False
        edit.setText(text.strip())
        self.edited.emit()
        return True
