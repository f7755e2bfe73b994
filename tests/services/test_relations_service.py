"""The relation list and relation settings service: list columns, SQL filters, validation
against master data, bulk edit with preview and undo, KvK numbers, pickers and rights."""

import pytest
from sqlalchemy import select

from app.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from app.models import Administration, GLAccount, Relation
from app.samples.office import demo_administrations

BOSS = "marieke@vdbdewit.nl"  # Beheerder, sees all
SANNE = "sanne@vdbdewit.nl"  # Gebruiker, Team MKB: BAK and INS
FATIMA = "fatima@vdbdewit.nl"  # Reviewer, Team Zorg: INS and FYS
PIETER = "pieter@vdbdewit.nl"  # Aanleveraar, BAK only


@pytest.fixture
def boss(services_as):
    return services_as(BOSS)


def _raw(app, admin_code, code):
    """The stored settings JSON and KvK number of a relation, straight from the database."""
    with app.transaction() as s:
        r = s.scalar(
            select(Relation)
            .join(Administration)
            .where(Relation.code == code, Administration.code == admin_code)
        )
        return dict(r.settings), r.kvk


def test_list_columns_for_a_vat_coded_relation(boss):
    rel = boss.relations.find("BAK", "400003")
    boss.relations.update_settings(
        rel.id,
        {
            "coding_rule": "vat",
            "vat_gl.0": "4950",
            "vat_gl.9": "4300",
            "vat_gl.21": "4300",
            "questions": "never",
            "dual_keywords": "creditnota, retour",
            "intercompany_relation": "400001",
            "intercompany_account": "1590",
        },
    )
    row = next(r for r in boss.relations.list("BAK") if r.code == "400003")
    assert row.display == "Kantoorhuis Vermeer B.V. (400003)"
    assert (row.type_label, row.country, row.kvk_mark) == ("Leverancier", "NL", "✓")
    assert row.coding_rule_label == "Btw-codering"
    assert row.specifications == (
        "0% 4950 – Overige algemene kosten · 9% 4300 – Kantoorkosten · 21% 4300 – Kantoorkosten"
    )
    assert row.questions_label == "Nooit"
    assert [a.key for a in row.advanced] == ["kvk", "dual", "intercompany"]
    assert "'creditnota'" in row.advanced[1].tooltip
    assert "relatie 400001" in row.advanced[2].tooltip and "1590" in row.advanced[2].tooltip


def test_list_filters_match_the_demo_truth(boss):
    truth = demo_administrations()[0].relations  # BAK
    rows = boss.relations.list("BAK")
    assert len(rows) == len(truth)
    assert {r.code for r in boss.relations.list("BAK", type="klant")} == {
        r.code for r in truth if r.type == "customer"
    }
    assert {r.code for r in boss.relations.list("BAK", missing_kvk=True)} == {
        r.code for r in truth if not r.kvk
    }
    assert {r.code for r in boss.relations.list("BAK", coding_rule="vat")} == {
        r.code for i, r in enumerate(truth) if i % 4 == 1
    }
    assert [r.code for r in boss.relations.list("BAK", search="korenaar")] == ["400021"]
    assert [r.code for r in boss.relations.list("BAK", search="51474124")] == ["400021"]
    with pytest.raises(InvalidInput):
        boss.relations.list("BAK", type="robot")


def test_rule_filter_treats_missing_key_as_fixed(boss, demo_app):
    rel = boss.relations.find("BAK", "400001")
    with demo_app.transaction() as s:
        s.get(Relation, rel.id).settings = {}
    assert "400001" in {r.code for r in boss.relations.list("BAK", coding_rule="fixed")}
    assert "400001" not in {r.code for r in boss.relations.list("BAK", coding_rule="vat")}
    boss.relations.update_field(rel.id, "coding_rule", "Samenvattingcodering")
    assert [r.code for r in boss.relations.list("BAK", coding_rule="summary")] == ["400001"]


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"fixed_gl": "9999"}, "grootboekrekening 9999 bestaat niet in administratie BAK"),
        ({"vat_gl.21": "4310", "vat_gl.9": "4100x"}, "4100x bestaat niet"),
        ({"default_vat_codes.21": "XX"}, "btw-code XX bestaat niet"),
        ({"default_vat_codes.21": "IL"}, "btw-code IL hoort bij 9%, niet bij 21%"),
        ({"cost_centre": "999"}, "kostenplaats 999 bestaat niet"),
        ({"project": "P1999"}, "project P1999 bestaat niet"),
        ({"intercompany_relation": "777777"}, "relatie 777777 bestaat niet"),
        ({"intercompany_relation": "400003"}, "eigen rekeningen"),
        ({"column_split": "60=4300,30=4310"}, "tellen op tot 90%"),
        ({"questions": "soms"}, "onbekende waarde 'soms'"),
        ({"vat_gl.150": "4300"}, "niet tussen 0 en 100%"),
        ({"kvk": "1234567"}, "8 cijfers"),
        ({"colour": "blue"}, "Onbekende instelling"),
    ],
)
def test_update_is_checked_against_master_data(boss, demo_app, changes, message):
    rel = boss.relations.find("BAK", "400003")
    before = _raw(demo_app, "BAK", "400003")
    with pytest.raises(InvalidInput, match=message):
        boss.relations.update_settings(rel.id, changes)
    assert _raw(demo_app, "BAK", "400003") == before


def test_blocked_gl_account_is_refused_and_hidden_from_picker(boss, demo_app):
    with demo_app.transaction() as s:
        for g in s.scalars(select(GLAccount).where(GLAccount.code == "4340")):
            g.blocked = True
    rel = boss.relations.find("BAK", "400003")
    with pytest.raises(InvalidInput, match="4340 – Drukwerk is geblokkeerd"):
        boss.relations.update_settings(rel.id, {"fixed_gl": "4340"})
    assert "4340" not in {g.code for g in boss.relations.gl_accounts("BAK")}
    assert "4340" in {g.code for g in boss.relations.gl_accounts("BAK", include_blocked=True)}


def test_master_data_pickers(boss):
    assert [g.label for g in boss.relations.gl_accounts("BAK", "kantoor")] == [
        "4300 – Kantoorkosten"
    ]
    vat = {v.code: v for v in boss.relations.vat_codes("BAK")}
    assert vat["IL"].rates == ("9",) and vat["IH"].rates == ("21",)
    assert [c.code for c in boss.relations.cost_centres("BAK", "winkel")] == ["200", "300"]
    assert [p.code for p in boss.relations.projects("INS")] == [
        "2026-014",
        "2026-021",
        "2026-027",
        "2026-030",
    ]


def test_single_field_edit_and_settings_dto(boss):
    rel = boss.relations.find("INS", "2020")
    dto = boss.relations.update_field(rel.id, "project", "2026-021")
    assert dto.settings.project == "2026-021" and dto.code == "2020"
    assert any(a.key == "project" for a in dto.row.advanced)
    dto = boss.relations.update_field(rel.id, "project", "")
    assert dto.settings.project is None
    assert boss.relations.get_settings(rel.id).settings.project is None


def test_bulk_preview_apply_and_undo_restore_exactly(boss, demo_app):
    codes = ["400001", "400002", "400021"]
    ids = [boss.relations.find("BAK", c).id for c in codes]
    before = {c: _raw(demo_app, "BAK", c) for c in codes}
    changes = {"questions": "always", "vat_gl.21": "4300", "cost_centre": "100"}
    preview = boss.relations.preview_bulk(ids, changes)
    assert {c: _raw(demo_app, "BAK", c) for c in codes} == before  # preview changes nothing
    assert preview.changed_count == 3
    first = preview.relations[0]
    assert (first.code, [c.field for c in first.changes]) == (
        "400001",
        ["vat_gl", "cost_centre", "questions"],
    )
    assert [(c.before, c.after) for c in first.changes][2] == ("Bij twijfel", "Altijd")
    result = boss.relations.apply_bulk(ids, changes)
    for c in codes:
        settings, _ = _raw(demo_app, "BAK", c)
        assert (settings["questions"], settings["vat_gl"]["21"], settings["cost_centre"]) == (
            "always",
            "4300",
            "100",
        )
    undone = boss.relations.undo(result.token)
    assert len(undone.restored) == 3
    assert {c: _raw(demo_app, "BAK", c) for c in codes} == before
    with pytest.raises(Conflict, match="al ongedaan"):
        boss.relations.undo(result.token)
    with pytest.raises(NotFound):
        boss.relations.undo(result.token.split("-")[0] + "-deadbeef")
    with pytest.raises(InvalidInput, match="KvK-nummers verschillen"):
        boss.relations.apply_bulk(ids, {"kvk": "12345678"})


def test_undo_refuses_to_overwrite_a_later_change_unless_forced(boss, demo_app):
    ids = [boss.relations.find("BAK", c).id for c in ("400004", "400005")]
    before = _raw(demo_app, "BAK", "400004")
    token = boss.relations.apply_bulk(ids, {"questions": "never"}).token
    boss.relations.update_field(ids[0], "fixed_gl", "4500")
    with pytest.raises(Conflict, match="400004"):
        boss.relations.undo(token)
    boss.relations.undo(token, force=True)
    assert _raw(demo_app, "BAK", "400004") == before


def test_kvk_numbers_for_several_relations(boss, demo_app):
    ids = [boss.relations.find("BAK", c).id for c in ("400019", "400020")]
    with pytest.raises(InvalidInput, match="8 cijfers"):
        boss.relations.set_kvk_numbers({ids[0]: "12345678", ids[1]: "12AB5678"})
    assert _raw(demo_app, "BAK", "400019")[1] is None
    result = boss.relations.set_kvk_numbers({ids[0]: "1234 5678", ids[1]: "87.65.43.21"})
    assert [c.changes[0].after for c in result.preview.relations] == ["12345678", "87654321"]
    assert not boss.relations.list("BAK", missing_kvk=True, search="gmbh")
    boss.relations.undo(result.token)
    assert {r.code for r in boss.relations.list("BAK", missing_kvk=True)} >= {"400019", "400020"}
    assert boss.relations.set_kvk(ids[0], "11223344").kvk == "11223344"


def test_rights_and_visibility(services_as):
    boss = services_as(BOSS)
    bak = boss.relations.find("BAK", "400003").id
    fys = boss.relations.find("FYS", "400003").id
    ins = boss.relations.find("INS", "2002").id
    pieter, fatima, sanne = services_as(PIETER), services_as(FATIMA), services_as(SANNE)
    assert pieter.relations.get_settings(bak).code == "400003"  # visible: may read
    with pytest.raises(PermissionDenied):
        pieter.relations.update_field(bak, "questions", "always")
    with pytest.raises(PermissionDenied):
        fatima.relations.apply_bulk([ins], {"questions": "always"})
    with pytest.raises(NotFound):
        fatima.relations.list("BAK")
    with pytest.raises(NotFound):
        sanne.relations.update_field(fys, "questions", "always")
    with pytest.raises(NotFound):
        sanne.relations.get_settings(fys)
    assert sanne.relations.update_field(bak, "questions", "always").settings.questions == "always"
    with pytest.raises(InvalidInput, match="één administratie"):
        boss.relations.preview_bulk([bak, ins], {"questions": "never"})
    token = boss.relations.apply_bulk([fys], {"questions": "never"}).token
    with pytest.raises(NotFound):
        sanne.relations.undo(token)


def test_undo_restores_the_stored_json_byte_for_byte(boss, demo_app):
    """Older or partial settings JSON (no version, unknown keys) comes back exactly."""
    rel = boss.relations.find("BAK", "400012")
    raw = {"coding_rule": "fixed", "fixed_gl": "4210", "legacy_flag": 1}
    with demo_app.transaction() as s:
        s.get(Relation, rel.id).settings = raw
    token = boss.relations.apply_bulk([rel.id], {"questions": "always"}).token
    assert _raw(demo_app, "BAK", "400012")[0]["questions"] == "always"
    boss.relations.undo(token)
    assert _raw(demo_app, "BAK", "400012")[0] == raw


def test_journal_picker_offers_the_journals_that_fit(boss, demo_app):
    labels = [j.label for j in boss.relations.journals("BAK")]
    assert labels == [
        "10 – Kas",
        "20 – Bank",
        "60 – Inkoopboek",
        "70 – Verkoopboek",
        "90 – Memoriaal",
    ]
    assert [j.code for j in boss.relations.journals("BAK", "purchase")] == ["60"]
    assert [j.code for j in boss.relations.journals("BAK", "sales")] == ["70"]
    assert len(boss.relations.journals("BAK", "other")) == 5
    with demo_app.transaction() as s:  # master data that does not say which is which
        from app.models import Journal

        admin = s.scalar(select(Administration).where(Administration.code == "BAK"))
        for j in s.scalars(select(Journal).where(Journal.administration_id == admin.id)):
            j.type = "general"
    assert len(boss.relations.journals("BAK", "purchase")) == 5


def test_journal_correction_is_checked_against_master_data(boss, demo_app):
    from app.models import Document

    with demo_app.transaction() as s:
        admin = s.scalar(select(Administration).where(Administration.code == "BAK"))
        doc = Document(administration_id=admin.id, state="review", type="purchase", extraction={})
        s.add(doc)
        s.flush()
        doc_id = doc.id
    with pytest.raises(InvalidInput, match="Dagboek 99 bestaat niet in administratie BAK"):
        boss.corrections.correct(doc_id, {"journal": "99"})
    with pytest.raises(
        InvalidInput, match="70 – Verkoopboek is geen inkoopdagboek; kies 60 – Inkoopboek"
    ):
        boss.corrections.correct(doc_id, {"journal": "70"})
    assert boss.corrections.correct(doc_id, {"journal": "60"}).detail.journal == "60"
