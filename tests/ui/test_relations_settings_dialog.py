"""The settings dialog of one relation: every basic coding rule and advanced setting
round-trips to RelationService and back into a fresh dialog, the pickers complete from the
administration's master data, and a value the master data refuses is shown under its field."""

from __future__ import annotations

from decimal import Decimal

import pytest
from ui_demo import BEHEERDER

from app.ui.relations.settings_dialog import RelationSettingsDialog, field_of_message


@pytest.fixture
def open_dialog(qtbot, session_as, settle):
    session = session_as(BEHEERDER)
    admin = session.services.administrations.get("BAK")

    def make(code: str = "400019") -> RelationSettingsDialog:
        relation = session.services.relations.find("BAK", code)
        dialog = RelationSettingsDialog(session, relation.id, admin.id)
        qtbot.addWidget(dialog)
        dialog.show()
        settle()
        assert dialog.dto is not None
        return dialog

    return make


def fill_everything(form) -> None:
    form.coding_rule.setCurrentIndex(form.coding_rule.findData("specific"))
    form.fixed_gl.set_code("4300")
    form.vat_gl["0"].set_code("4310")
    form.vat_gl["9"].setText("4320")  # typed code without the name
    form.vat_gl["21"].set_code("4330")
    form.vat_codes["0"].set_code("IN")
    form.vat_codes["9"].set_code("IL")
    form.vat_codes["21"].set_code("IH")
    form.article_groups.set_pairs([("BROOD", "7100"), ("MEEL", "7110")])
    form.specific_articles.set_pairs([("Oven onderhoud", "4250")])
    form.cost_centre.set_code("100")
    form.project.set_code("P2026-01")
    form.questions.setCurrentIndex(form.questions.findData("always"))
    form.kvk.setText("87654321")
    form.dual_keywords.setText("creditnota, verkoop")
    form.discount_kind.setCurrentIndex(form.discount_kind.findData("percentage"))
    form.discount_value.setText("2,5")
    form.discount_gl.set_code("4970")
    form.column_split.set_pairs([("60", "4300"), ("40", "4310")])
    form.partner_mode.setCurrentIndex(form.partner_mode.findData("gl"))
    form.partner_code.setText("")
    form.partner_by_gl.set_pairs([("4300", "PARTNER-A")])
    form.project_mode.setCurrentIndex(form.project_mode.findData("gl"))
    form.project_by_gl.set_pairs([("4310", "P2026-02")])
    form.intercompany_relation.set_code("400006")
    form.intercompany_account.set_code("1300")


def test_every_setting_round_trips(open_dialog, settle):
    dialog = open_dialog()
    assert dialog.form.fixed_gl.labels["4300"] == "4300 – Kantoorkosten"
    fill_everything(dialog.form)
    saved = []
    dialog.saved.connect(saved.append)
    dialog.save_button.click()
    settle()
    assert saved, dialog.banner.text()
    stored = dialog.session.services.relations.get_settings(dialog.relation_id)
    s = stored.settings
    assert s.coding_rule == "specific" and s.fixed_gl == "4300"
    assert s.vat_gl == {"0": "4310", "9": "4320", "21": "4330"}
    assert s.default_vat_codes == {"0": "IN", "9": "IL", "21": "IH"}
    assert s.article_groups == {"BROOD": "7100", "MEEL": "7110"}
    assert s.specific_articles == {"Oven onderhoud": "4250"}
    assert (s.cost_centre, s.project, s.questions) == ("100", "P2026-01", "always")
    assert stored.kvk == "87654321"
    assert s.dual_keywords == ("creditnota", "verkoop")
    assert (s.discount_kind, s.discount_value, s.discount_gl) == (
        "percentage",
        Decimal("2.5"),
        "4970",
    )
    assert [(p.percentage, p.gl_account) for p in s.column_split] == [
        (Decimal("60"), "4300"),
        (Decimal("40"), "4310"),
    ]
    assert (s.partner_mode, s.partner_by_gl) == ("gl", {"4300": "PARTNER-A"})
    assert (s.project_mode, s.project_by_gl) == ("gl", {"4310": "P2026-02"})
    assert (s.intercompany_relation, s.intercompany_account) == ("400006", "1300")
    # back: a fresh dialog shows every value and has nothing to change
    again = open_dialog()
    form = again.form
    assert form.coding_rule.currentData() == "specific"
    assert form.vat_gl["9"].text() == "4320 – " + form.vat_gl["9"].labels["4320"].split(" – ")[1]
    assert form.vat_codes["21"].code() == "IH"
    assert form.article_groups.mapping() == {"BROOD": "7100", "MEEL": "7110"}
    assert form.discount_value.text() == "2,5"
    assert form.column_split.pairs() == [("60", "4300"), ("40", "4310")]
    assert form.kvk.text() == "87654321"
    assert form.intercompany_relation.code() == "400006"
    assert form.changes() == {}


def test_rule_shows_its_fields(open_dialog):
    dialog = open_dialog()
    form = dialog.form
    form.coding_rule.setCurrentIndex(form.coding_rule.findData("vat"))
    assert form.rows["vat_gl.21"].isVisibleTo(form)
    assert not form.rows["article_groups"].isVisibleTo(form)
    form.coding_rule.setCurrentIndex(form.coding_rule.findData("article"))
    assert form.rows["article_groups"].isVisibleTo(form)
    assert not form.rows["specific_articles"].isVisibleTo(form)
    assert not form.rows["vat_gl.21"].isVisibleTo(form)


@pytest.mark.parametrize(
    ("fill", "field"),
    [
        (lambda f: f.fixed_gl.setText("9999"), "fixed_gl"),
        (lambda f: f.vat_gl["21"].setText("9998"), "vat_gl.21"),
        (lambda f: f.cost_centre.setText("XX"), "cost_centre"),
        (lambda f: f.kvk.setText("123"), "kvk"),
        (lambda f: f.column_split.set_pairs([("60", "4300"), ("30", "4310")]), "column_split"),
    ],
)
def test_refused_value_is_shown_under_its_field(open_dialog, settle, fill, field):
    dialog = open_dialog()
    if field.startswith("vat_gl"):
        dialog.form.coding_rule.setCurrentIndex(dialog.form.coding_rule.findData("vat"))
    fill(dialog.form)
    dialog.save_button.click()
    settle()
    row = dialog.form.rows[field]
    assert dialog.isVisible()
    assert row.error.isVisibleTo(dialog), dialog.banner.text()
    assert row.error.text()
    assert dialog.save_button.isEnabled()


def test_field_of_message():
    assert field_of_message("Vaste grootboekrekening: grootboekrekening 9 bestaat niet") == (
        "fixed_gl"
    )
    assert field_of_message("Iets heel anders") is None
