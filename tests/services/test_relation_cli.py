"""The ``relation``, ``settings`` and ``dashboard`` commands, run in-process on the demo office."""

import json

import pytest


@pytest.fixture
def demo_cli(cli):
    assert cli("demo", "--no-documents")[0] == 0
    return cli


def _row(cli, code, admin="BAK"):
    code_, out, err = cli("relation", "list", admin, "--search", code, "--json")
    assert code_ == 0, err
    return next(r for r in json.loads(out) if r["code"] == code)


def test_relation_list_with_filters(demo_cli):
    code, out, err = demo_cli("relation", "list", "BAK", "--type", "klant", "--json")
    assert code == 0, err
    assert sorted(r["code"] for r in json.loads(out)) == ["100001", "100002", "100003", "100004"]
    code, out, _ = demo_cli("relation", "list", "BAK", "--missing-kvk", "--json")
    assert sorted(r["code"] for r in json.loads(out)) == ["400019", "400020", "400027"]
    assert all(r["kvk_mark"] == "✗" for r in json.loads(out))
    code, out, _ = demo_cli("relation", "list", "BAK", "--rule", "vat")
    assert code == 0 and "Btw-codering" in out and "Vaste codering" not in out


def test_relation_edit_and_errors(demo_cli):
    code, out, err = demo_cli(
        "relation",
        "edit",
        "BAK",
        "400003",
        "--rule",
        "vat",
        "--vat-gl",
        "0=4950",
        "--vat-gl",
        "9=4300",
        "--vat-gl",
        "21=4300",
        "--questions",
        "never",
        "--cost-centre",
        "100",
        "--set",
        "dual_keywords=creditnota",
    )
    assert code == 0, err
    row = _row(demo_cli, "400003")
    assert row["specifications"] == (
        "0% 4950 – Overige algemene kosten · 9% 4300 – Kantoorkosten · 21% 4300 – "
        "Kantoorkosten · kostenplaats 100"
    )
    assert (row["questions_label"], row["advanced"]) == ("Nooit", ["kvk", "dual"])
    code, _, err = demo_cli("relation", "edit", "BAK", "400003", "--gl", "9999")
    assert code == 2 and "grootboekrekening 9999 bestaat niet" in err
    code, _, err = demo_cli("relation", "edit", "BAK", "400003", "--kvk", "123")
    assert code == 2 and "8 cijfers" in err
    code, _, err = demo_cli("relation", "edit", "BAK", "999999", "--gl", "4300")
    assert code == 2 and "Relatie 999999 bestaat niet" in err
    code, _, err = demo_cli("relation", "edit", "BAK", "400003")
    assert code == 2 and "minstens één instelling" in err


def test_relation_bulk_dry_run_apply_and_undo(demo_cli):
    before = [_row(demo_cli, c)["questions"] for c in ("400001", "400002")]
    code, out, err = demo_cli(
        "relation", "bulk", "BAK", "400001", "400002", "--questions", "always", "--dry-run"
    )
    assert code == 0, err
    assert "Altijd" in out and "proefrun" in out
    assert [_row(demo_cli, c)["questions"] for c in ("400001", "400002")] == before
    code, out, err = demo_cli(
        "relation", "bulk", "BAK", "400001", "400002", "--questions", "always", "--json"
    )
    assert code == 0, err
    result = json.loads(out)
    assert result["changed"] == 2
    assert [_row(demo_cli, c)["questions"] for c in ("400001", "400002")] == ["always"] * 2
    code, out, err = demo_cli("relation", "undo", result["token"])
    assert code == 0 and "2 relaties teruggezet" in out, err
    assert [_row(demo_cli, c)["questions"] for c in ("400001", "400002")] == before


def test_relation_kvk_command(demo_cli):
    code, out, err = demo_cli("relation", "kvk", "BAK", "400019=12345678", "400020=87654321")
    assert code == 0, err
    assert "Ongedaan maken" in out
    assert _row(demo_cli, "400019")["kvk"] == "12345678"


def test_settings_show_and_edit(demo_cli):
    code, out, err = demo_cli(
        "settings",
        "edit",
        "BAK",
        "--default-gl",
        "4950",
        "--auto-booking-limit",
        "2500",
        "--auto-export",
        "matched_below_limit",
        "--authorisation",
        "ja",
        "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert (data["default_gl"], data["auto_booking_limit"], data["authorisation"]) == (
        "4950",
        "2500.00",
        True,
    )
    code, out, _ = demo_cli("settings", "show", "BAK")
    assert "4950 – Overige algemene kosten" in out and "Autorisatiestap" in out
    code, _, err = demo_cli("settings", "edit", "BAK", "--sales-journal", "60")
    assert code == 2 and "geen verkoopdagboek" in err
    code, _, err = demo_cli(
        "settings", "edit", "BAK", "--as", "fatima@vdbdewit.nl", "--rounding-gl", "4900"
    )
    assert code == 2 and "Geen toegang" in err


def test_dashboard_command(demo_cli):
    code, out, err = demo_cli("dashboard", "--month-target", "420", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["monthly_target"]["organisation_target"] == 420
    assert data["inactive_users"]["allowed"] is True
    assert {u["email"] for u in data["inactive_users"]["rows"]} == {"daan@vdbdewit.nl"}
    code, out, err = demo_cli("dashboard", "--admin", "BAK", "--as", "sanne@vdbdewit.nl")
    assert code == 0, err
    assert "Bestanden ontvangen deze maand: 0" in out
