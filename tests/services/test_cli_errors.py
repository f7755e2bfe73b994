"""Bad input to the CLI gives a one-line error and a non-zero exit code, never a traceback."""

import json

import pytest


@pytest.fixture
def demo_cli(cli):
    assert cli("demo", "--no-documents")[0] == 0
    return cli


def assert_clean_error(result, fragment):
    code, out, err = result
    assert code != 0
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, err
    assert fragment.lower() in lines[0].lower()


def test_unknown_user(demo_cli):
    assert_clean_error(
        demo_cli("--as", "niemand@example.nl", "admin", "list"), "Onbekende gebruiker"
    )


def test_duplicate_email(demo_cli):
    args = [
        "user",
        "add",
        "--first-name",
        "Sanne",
        "--last-name",
        "Jansen",
        "--email",
        "SANNE@vdbdewit.nl",
        "--role",
        "gebruiker",
    ]
    assert_clean_error(demo_cli(*args), "bestaat al")


def test_invalid_email(demo_cli):
    args = [
        "user",
        "add",
        "--first-name",
        "A",
        "--last-name",
        "B",
        "--email",
        "geen-adres",
        "--role",
        "gebruiker",
    ]
    assert_clean_error(demo_cli(*args), "Ongeldig e-mailadres")


def test_unknown_role(demo_cli):
    args = [
        "user",
        "add",
        "--first-name",
        "A",
        "--last-name",
        "B",
        "--email",
        "a@b.nl",
        "--role",
        "koning",
    ]
    assert_clean_error(demo_cli(*args), "Onbekende rol")


def test_wrong_password(demo_cli, monkeypatch):
    monkeypatch.setenv("FACTUURFLOW_PASSWORD", "fout-wachtwoord")
    assert_clean_error(
        demo_cli("login", "marieke@vdbdewit.nl"), "Onjuist e-mailadres of wachtwoord"
    )
    monkeypatch.setenv("FACTUURFLOW_PASSWORD", "demo1234")
    code, out, _ = demo_cli("login", "marieke@vdbdewit.nl", "--json")
    assert code == 0 and json.loads(out)["role"] == "beheerder"


def test_deactivated_user_cannot_log_in_or_act(demo_cli, monkeypatch):
    monkeypatch.setenv("FACTUURFLOW_PASSWORD", "demo1234")
    assert_clean_error(demo_cli("login", "linda@vdbdewit.nl"), "gedeactiveerd")
    assert_clean_error(demo_cli("--as", "linda@vdbdewit.nl", "admin", "list"), "gedeactiveerd")


def test_no_organisation_yet(cli):
    assert_clean_error(cli("user", "list"), "nog geen organisatie")


def test_bad_kvk(demo_cli):
    assert_clean_error(demo_cli("admin", "edit", "BAK", "--kvk", "1234"), "KvK")


def test_bad_database_url(data_dir, capsys):
    from app.cli import main

    code = main(["--data-dir", str(data_dir), "--db", "nonsense://", "user", "list"])
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err and "database" in err.lower()
