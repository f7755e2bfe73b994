"""Users, departments, organisation and the first start through the services and the CLI."""

import json

import pytest

from app.errors import Conflict, InvalidInput, PermissionDenied
from app.services import auth


def test_first_start_creates_the_beheerder(app_ctx):
    assert auth.needs_setup(app_ctx)
    actor = auth.setup_organisation(
        app_ctx,
        organisation="Kantoor Noord",
        first_name="Eva",
        last_name="Mulder",
        email="Eva@Noord.nl",
        password="geheim123",
    )
    assert actor.role == "beheerder" and actor.email == "eva@noord.nl"
    assert not auth.needs_setup(app_ctx)
    with pytest.raises(PermissionDenied):
        auth.login(app_ctx, "eva@noord.nl", "verkeerd!")
    assert auth.login(app_ctx, "EVA@noord.nl", "geheim123").user_id == actor.user_id
    with pytest.raises(Exception, match="bestaat al"):
        auth.setup_organisation(
            app_ctx,
            organisation="X",
            first_name="A",
            last_name="B",
            email="a@b.nl",
            password="geheim123",
        )


def test_password_hash_is_salted_scrypt():
    h1, h2 = auth.hash_password("geheim123"), auth.hash_password("geheim123")
    assert h1 != h2 and h1.startswith("scrypt$")
    assert auth.verify_password("geheim123", h1)
    assert not auth.verify_password("geheim124", h1)
    assert not auth.verify_password("x", "garbage")


def test_user_lifecycle(services_as):
    boss = services_as("marieke@vdbdewit.nl")
    team = boss.departments.find("Team MKB")
    u = boss.users.create(
        first_name="Kees",
        last_name="de Vries",
        email="kees@vdbdewit.nl",
        role="Reviewer",
        department_id=team.id,
        language="en",
    )
    assert (u.role, u.status, u.department, u.language) == (
        "reviewer",
        "aangemaakt",
        "Team MKB",
        "en",
    )
    u = boss.users.edit(u.id, role="gebruiker", last_name="de Vries-Bos")
    assert u.role == "gebruiker" and u.name == "Kees de Vries-Bos"
    assert boss.users.deactivate(u.id).status == "gedeactiveerd"
    assert boss.users.reactivate(u.id).status == "aangemaakt"
    with pytest.raises(Conflict):
        boss.users.edit(u.id, email="sanne@vdbdewit.nl")
    boss.users.delete(u.id)
    assert "kees@vdbdewit.nl" not in {x.email for x in boss.users.list()}


def test_last_beheerder_is_kept(services_as):
    boss = services_as("marieke@vdbdewit.nl")
    with pytest.raises(InvalidInput):
        boss.users.deactivate(boss.actor.user_id)
    with pytest.raises(InvalidInput):
        boss.users.edit(boss.actor.user_id, role="gebruiker")


def test_user_may_change_own_language_only(services_as):
    fatima = services_as("fatima@vdbdewit.nl")
    assert fatima.users.edit(fatima.actor.user_id, language="en").language == "en"
    with pytest.raises(PermissionDenied):
        fatima.users.edit(fatima.actor.user_id, role="beheerder")


def test_blocked_senders(services_as):
    boss = services_as("marieke@vdbdewit.nl")
    boss.users.block_sender("Spam@Facturen.example", "phishing")
    boss.users.block_sender("@rommel.example")
    assert [b.address for b in boss.users.blocked_senders()] == [
        "@rommel.example",
        "spam@facturen.example",
    ]
    with pytest.raises(Conflict):
        boss.users.block_sender("spam@facturen.example")


def test_departments_counts(services_as):
    boss = services_as("marieke@vdbdewit.nl")
    deps = {d.name: d for d in boss.departments.list()}
    assert deps["Team MKB"].administration_count == 2
    assert deps["Team MKB"].user_count == 3  # Joost, Sanne, Linda (deactivated still counted)
    with pytest.raises(Conflict):
        boss.departments.create("team mkb")


def test_cli_user_and_department_commands(cli):
    assert cli("demo", "--no-documents")[0] == 0
    code, out, err = cli(
        "user",
        "add",
        "--first-name",
        "Ruud",
        "--last-name",
        "Hendriks",
        "--email",
        "ruud@vdbdewit.nl",
        "--role",
        "teamleider",
        "--department",
        "Team MKB",
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["role"] == "teamleider"
    code, out, _ = cli("user", "list", "--json")
    users = json.loads(out)
    assert {"id", "email", "name", "role", "status"} <= set(users[0])
    assert any(u["email"] == "ruud@vdbdewit.nl" and u["status"] == "aangemaakt" for u in users)
    assert cli("user", "deactivate", "ruud@vdbdewit.nl")[0] == 0
    assert cli("user", "edit", "ruud@vdbdewit.nl", "--language", "en")[0] == 0
    assert cli("department", "add", "Team Noord")[0] == 0
    code, out, err = cli("department", "assign", "Team Noord", "BAK", "FYS", "--json")
    assert code == 0, err
    assert json.loads(out)["administration_count"] == 2
    code, out, _ = cli("admin", "list", "--json")
    admins = json.loads(out)
    assert {"id", "code", "name", "package", "kvk"} <= set(admins[0])
    assert len(admins) == 3
