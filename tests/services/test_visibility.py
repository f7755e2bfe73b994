"""A user sees only the administrations assigned to them directly or through their department."""

import pytest

from app.errors import NotFound


def codes(svc):
    return {a.code for a in svc.administrations.list()}


def test_beheerder_sees_all(services_as):
    assert codes(services_as("marieke@vdbdewit.nl")) == {"BAK", "INS", "FYS"}


def test_department_and_direct_assignment(services_as):
    # Fatima (reviewer) is in Team Zorg & Installatie → INS and FYS, never BAK.
    fatima = services_as("fatima@vdbdewit.nl")
    assert codes(fatima) == {"INS", "FYS"}
    with pytest.raises(NotFound):
        fatima.administrations.get("BAK")
    bak_id = services_as("marieke@vdbdewit.nl").administrations.get("BAK").id
    with pytest.raises(NotFound):
        fatima.administrations.get(bak_id)
    # Pieter (aanleveraar, no department) has BAK directly.
    assert codes(services_as("pieter@vdbdewit.nl")) == {"BAK"}


def test_assignment_changes_visibility(services_as):
    boss = services_as("marieke@vdbdewit.nl")
    pieter = boss.users.find_by_email("pieter@vdbdewit.nl")
    fys = boss.administrations.get("FYS")
    boss.users.assign_administrations(pieter.id, [fys.id])
    assert codes(services_as("pieter@vdbdewit.nl")) == {"FYS"}
    team = boss.departments.find("Team Zorg & Installatie")
    boss.departments.assign(team.id, remove=[fys.id])
    assert codes(services_as("fatima@vdbdewit.nl")) == {"INS"}


def test_status_only_counts_visible_administrations(services_as):
    data = services_as("pieter@vdbdewit.nl").status.overview()
    assert [a["code"] for a in data["administrations"]] == ["BAK"]


def test_cli_hides_foreign_administration(cli):
    cli("demo", "--no-documents")
    code, out, err = cli("--as", "fatima@vdbdewit.nl", "admin", "show", "BAK")
    assert code != 0 and "Onbekende administratie" in err or "niet zichtbaar" in err
    code, out, _ = cli("--as", "fatima@vdbdewit.nl", "admin", "list", "--json")
    assert code == 0 and "BAK" not in out
