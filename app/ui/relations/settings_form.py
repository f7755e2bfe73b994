"""The form of one relation's processing settings (SPEC.md §7) in two tabs: the basic coding
rule ("Codering": vaste codering, btw-codering per rate, artikel- and specifieke codering,
samenvattingcodering, cost centre, project, questions) and the advanced settings
("Geavanceerd": KvK, duale relatie, kortingen, kolom splitsen, partner- and projectcodering,
rekening-courant). :meth:`RelationSettingsForm.changes` returns only what the user changed, in
the shape :meth:`RelationService.update_settings` takes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QTabWidget, QWidget

from app.pipeline.processing_types import RelationSettings
from app.ui.relations import labels
from app.ui.relations.mapping_editor import MappingEditor
from app.ui.relations.pickers import FieldWithError, MasterData, MasterPicker, local_decimal

RATES = ("0", "9", "21")


def _combo(choices: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    for code, text in choices.items():
        combo.addItem(text, code)
    return combo


def _decimal(text: str) -> Decimal | None:
    """The typed number (0 for empty), or None when it is not a number."""
    try:
        return local_decimal(text) or Decimal("0")
    except ArithmeticError:
        return None


class RelationSettingsForm(QTabWidget):
    """Every setting as a widget; ``rows[name]`` wraps it with an inline error."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: dict[str, FieldWithError] = {}
        self.tab_of: dict[str, int] = {}
        self.original: RelationSettings = RelationSettings()
        self.original_kvk: str | None = None
        self.pickers: list[MasterPicker] = []
        self.mappings: list[MappingEditor] = []
        self.addTab(self._coding_tab(), self.tr("Codering"))
        self.addTab(self._advanced_tab(), self.tr("Geavanceerd"))
        self.coding_rule.currentIndexChanged.connect(self._rule_changed)
        self.discount_kind.currentIndexChanged.connect(self._discount_changed)
        self.partner_mode.currentIndexChanged.connect(self._modes_changed)
        self.project_mode.currentIndexChanged.connect(self._modes_changed)

    # -- building -------------------------------------------------------------------------
    def _add(self, form: QFormLayout, tab: int, name: str, text: str, widget: QWidget) -> None:
        row = FieldWithError(widget)
        row.setObjectName(f"field_{name}")
        self.rows[name] = row
        self.tab_of[name] = tab
        form.addRow(text, row)

    def _picker(self, kind: str, placeholder: str = "") -> MasterPicker:
        picker = MasterPicker(kind, placeholder or self.tr("Zoek op code of naam"))
        self.pickers.append(picker)
        return picker

    def _mapping(self, *args, **kwargs) -> MappingEditor:
        editor = MappingEditor(*args, **kwargs)
        self.mappings.append(editor)
        return editor

    def _form(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(16, 14, 16, 14)
        form.setVerticalSpacing(8)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return page, form

    def _coding_tab(self) -> QWidget:
        page, form = self._form()
        self.coding_rule = _combo(labels.coding_rules())
        self._add(form, 0, "coding_rule", self.tr("Coderingsregel"), self.coding_rule)
        self.fixed_gl = self._picker("gl")
        self._add(form, 0, "fixed_gl", self.tr("Vaste grootboekrekening"), self.fixed_gl)
        self.vat_gl = {rate: self._picker("gl") for rate in RATES}
        for rate in RATES:
            self._add(
                form,
                0,
                f"vat_gl.{rate}",
                self.tr("Grootboek bij %1% btw").replace("%1", rate),
                self.vat_gl[rate],
            )
        self.vat_codes = {rate: self._picker("vat") for rate in RATES}
        for rate in RATES:
            self._add(
                form,
                0,
                f"default_vat_codes.{rate}",
                self.tr("Btw-code bij %1%").replace("%1", rate),
                self.vat_codes[rate],
            )
        self.article_groups = self._mapping(
            self.tr("Artikelgroep of trefwoord"), self.tr("Grootboekrekening")
        )
        self._add(form, 0, "article_groups", self.tr("Artikelgroepen"), self.article_groups)
        self.specific_articles = self._mapping(
            self.tr("Artikel (code of omschrijving)"), self.tr("Grootboekrekening")
        )
        self._add(
            form, 0, "specific_articles", self.tr("Specifieke artikelen"), self.specific_articles
        )
        self.cost_centre = self._picker("cost_centre")
        self._add(form, 0, "cost_centre", self.tr("Kostenplaats"), self.cost_centre)
        self.project = self._picker("project")
        self._add(form, 0, "project", self.tr("Project"), self.project)
        self.questions = _combo(labels.question_modes())
        self._add(form, 0, "questions", self.tr("Vragen stellen"), self.questions)
        return page

    def _advanced_tab(self) -> QWidget:
        page, form = self._form()
        self.kvk = QLineEdit()
        self.kvk.setPlaceholderText(self.tr("8 cijfers"))
        self._add(form, 1, "kvk", self.tr("KvK-nummer"), self.kvk)
        self.dual_keywords = QLineEdit()
        self.dual_keywords.setPlaceholderText(self.tr("bijv. creditnota, verkoop"))
        self._add(
            form, 1, "dual_keywords", self.tr("Duale relatie: trefwoorden"), self.dual_keywords
        )
        self.discount_kind = _combo(labels.discount_kinds())
        self._add(form, 1, "discount_kind", self.tr("Korting"), self.discount_kind)
        self.discount_value = QLineEdit()
        self._add(form, 1, "discount_value", self.tr("Percentage of bedrag"), self.discount_value)
        self.discount_gl = self._picker("gl")
        self._add(form, 1, "discount_gl", self.tr("Grootboek korting"), self.discount_gl)
        self.column_split = self._mapping(self.tr("Percentage"), self.tr("Grootboekrekening"))
        self._add(form, 1, "column_split", self.tr("Kolom splitsen"), self.column_split)
        self.partner_mode = _combo(labels.assign_modes())
        self._add(form, 1, "partner_mode", self.tr("Partnercodering"), self.partner_mode)
        self.partner_code = QLineEdit()
        self._add(form, 1, "partner_code", self.tr("Partnercode"), self.partner_code)
        self.partner_by_gl = self._mapping(
            self.tr("Grootboekrekening"), self.tr("Partner"), key_kind="gl", value_kind=None
        )
        self._add(form, 1, "partner_by_gl", self.tr("Partner per grootboek"), self.partner_by_gl)
        self.project_mode = _combo(labels.assign_modes())
        self._add(form, 1, "project_mode", self.tr("Projectcodering"), self.project_mode)
        self.project_by_gl = self._mapping(
            self.tr("Grootboekrekening"), self.tr("Project"), key_kind="gl", value_kind="project"
        )
        self._add(form, 1, "project_by_gl", self.tr("Project per grootboek"), self.project_by_gl)
        self.intercompany_relation = self._picker("relation")
        self._add(
            form,
            1,
            "intercompany_relation",
            self.tr("Rekening-courant: relatie"),
            self.intercompany_relation,
        )
        self.intercompany_account = self._picker("gl")
        self._add(
            form,
            1,
            "intercompany_account",
            self.tr("Rekening-courant: grootboek"),
            self.intercompany_account,
        )
        return page

    # -- visibility -------------------------------------------------------------------------
    def _show(self, name: str, visible: bool) -> None:
        row = self.rows[name]
        parent = row.parentWidget()
        form = parent.layout() if parent is not None else None
        if isinstance(form, QFormLayout):
            form.setRowVisible(row, visible)

    def _rule_changed(self) -> None:
        rule = self.coding_rule.currentData()
        for rate in RATES:
            self._show(f"vat_gl.{rate}", rule == "vat")
        self._show("article_groups", rule in ("article", "specific"))
        self._show("specific_articles", rule == "specific")

    def _discount_changed(self) -> None:
        kind = self.discount_kind.currentData()
        self._show("discount_value", kind in ("percentage", "fixed"))
        self._show("discount_gl", kind != "none")

    def _modes_changed(self) -> None:
        self._show("partner_code", self.partner_mode.currentData() == "relation")
        self._show("partner_by_gl", self.partner_mode.currentData() == "gl")
        self._show("project_by_gl", self.project_mode.currentData() == "gl")

    # -- data -------------------------------------------------------------------------------
    def set_master(self, master: MasterData) -> None:
        for picker in self.pickers:
            picker.set_items(master.of(picker.kind))
        for editor in self.mappings:
            editor.set_items(master.items)

    def set_settings(self, s: RelationSettings, kvk: str | None) -> None:
        self.original, self.original_kvk = s, kvk
        self.coding_rule.setCurrentIndex(self.coding_rule.findData(s.coding_rule))
        self.fixed_gl.set_code(s.fixed_gl)
        for rate in RATES:
            self.vat_gl[rate].set_code(s.vat_gl.get(rate))
            self.vat_codes[rate].set_code(s.default_vat_codes.get(rate))
        self.article_groups.set_pairs(list(s.article_groups.items()))
        self.specific_articles.set_pairs(list(s.specific_articles.items()))
        self.cost_centre.set_code(s.cost_centre)
        self.project.set_code(s.project)
        self.questions.setCurrentIndex(self.questions.findData(s.questions))
        self.kvk.setText(kvk or "")
        self.dual_keywords.setText(", ".join(s.dual_keywords))
        self.discount_kind.setCurrentIndex(self.discount_kind.findData(s.discount_kind))
        self.discount_value.setText(self._number(s.discount_value) if s.discount_value else "")
        self.discount_gl.set_code(s.discount_gl)
        self.column_split.set_pairs(
            [(self._number(p.percentage), p.gl_account or "") for p in s.column_split]
        )
        self.partner_mode.setCurrentIndex(self.partner_mode.findData(s.partner_mode))
        self.partner_code.setText(s.partner_code or "")
        self.partner_by_gl.set_pairs(list(s.partner_by_gl.items()))
        self.project_mode.setCurrentIndex(self.project_mode.findData(s.project_mode))
        self.project_by_gl.set_pairs(list(s.project_by_gl.items()))
        self.intercompany_relation.set_code(s.intercompany_relation)
        self.intercompany_account.set_code(s.intercompany_account)
        self._rule_changed()
        self._discount_changed()
        self._modes_changed()

    @staticmethod
    def _number(value: Decimal) -> str:
        from app.ui.i18n import current_language

        text = format(value.normalize(), "f")
        return text if current_language() == "en" else text.replace(".", ",")

    def values(self) -> dict[str, Any]:
        """Every setting as the form shows it, in the stored shape."""
        discount = _decimal(self.discount_value.text())
        return {
            "coding_rule": self.coding_rule.currentData(),
            "fixed_gl": self.fixed_gl.code(),
            "vat_gl": {r: p.code() for r, p in self.vat_gl.items() if p.code()},
            "default_vat_codes": {r: p.code() for r, p in self.vat_codes.items() if p.code()},
            "article_groups": self.article_groups.mapping(),
            "specific_articles": self.specific_articles.mapping(),
            "cost_centre": self.cost_centre.code(),
            "project": self.project.code(),
            "questions": self.questions.currentData(),
            "dual_keywords": [k.strip() for k in self.dual_keywords.text().split(",") if k.strip()],
            "discount_kind": self.discount_kind.currentData(),
            "discount_value": discount if discount is not None else self.discount_value.text(),
            "discount_gl": self.discount_gl.code(),
            "column_split": [
                {"percentage": k, "gl_account": v or None} for k, v in self.column_split.pairs()
            ],
            "partner_mode": self.partner_mode.currentData(),
            "partner_code": self.partner_code.text().strip() or None,
            "partner_by_gl": self.partner_by_gl.mapping(),
            "project_mode": self.project_mode.currentData(),
            "project_by_gl": self.project_by_gl.mapping(),
            "intercompany_relation": self.intercompany_relation.code(),
            "intercompany_account": self.intercompany_account.code(),
        }

    def changes(self) -> dict[str, Any]:
        """Only the settings that differ from what was loaded (``kvk`` included)."""
        before = self.original.to_dict()
        out: dict[str, Any] = {}
        for name, value in self.values().items():
            old = before.get(name)
            if name == "discount_value":
                same = isinstance(value, Decimal) and value == Decimal(str(old))
            elif name == "column_split":
                same = [(str(_decimal(p["percentage"])), p["gl_account"]) for p in value] == [
                    (str(Decimal(p["percentage"])), p["gl_account"]) for p in old or ()
                ]
            elif name == "dual_keywords":
                same = list(value) == list(old or ())
            else:
                same = (value or None) == (old or None)
            if not same:
                out[name] = value
        kvk = self.kvk.text().strip() or None
        if kvk != (self.original_kvk or None):
            out["kvk"] = kvk
        return out

    def show_error(self, name: str | None, text: str) -> bool:
        """Show ``text`` under field ``name`` (and switch to its tab); False if no such field."""
        row = self.rows.get(name or "")
        if row is None:
            return False
        row.show_error(text)
        self.setCurrentIndex(self.tab_of[name or ""])
        return True

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.show_error(None)
