"""Every cell of the role × right table of SPEC.md §3, through the service API and the CLI."""

import pytest

from app.errors import PermissionDenied
from app.models.enums import Role
from app.services.permissions import ROLE_RIGHTS, Right, has_right

# SPEC.md §3, transcribed independently of the implementation.
SPEC = {
    Right.MANAGE_ORGANISATION: {"beheerder"},
    Right.MANAGE_PACKAGES: {"beheerder", "teamleider"},
    Right.ADD_ADMINISTRATIONS: {"beheerder", "teamleider", "gebruiker"},
    Right.MANAGE_USERS: {"beheerder", "teamleider"},
    Right.CHANGE_PROCESSING_SETTINGS: {"beheerder", "teamleider", "gebruiker"},
    Right.DELIVER_DOCUMENTS: {"beheerder", "teamleider", "gebruiker", "reviewer", "aanleveraar"},
    Right.REVIEW_DOCUMENTS: {"beheerder", "teamleider", "gebruiker", "reviewer"},
    Right.ACCESS_ARCHIVE: {"beheerder", "teamleider", "gebruiker", "reviewer", "aanleveraar"},
}
EMAIL = {
    "beheerder": "marieke@vdbdewit.nl",
    "teamleider": "joost@vdbdewit.nl",
    "gebruiker": "sanne@vdbdewit.nl",
    "reviewer": "fatima@vdbdewit.nl",
    "aanleveraar": "pieter@vdbdewit.nl",
}


@pytest.mark.parametrize("role", [r.value for r in Role])
@pytest.mark.parametrize("right", list(Right))
def test_rights_table_matches_spec(role, right):
    assert has_right(role, right) == (role in SPEC[right])
    assert (right in ROLE_RIGHTS[Role(role)]) == (role in SPEC[right])


def _calls(svc):
    """One representative service call per right (rights whose services exist)."""
    return {
        Right.MANAGE_ORGANISATION: lambda: svc.organisation.update(monthly_target=500),
        Right.MANAGE_PACKAGES: lambda: svc.connections.list(),
        Right.ADD_ADMINISTRATIONS: lambda: svc.administrations.create(
            name="Nieuwe Klant B.V.", package="exact_online", kvk="12345678"),
        Right.MANAGE_USERS: lambda: svc.users.create(
            first_name="Nieuw", last_name="Lid", email="nieuw@vdbdewit.nl", role="reviewer"),
        Right.CHANGE_PROCESSING_SETTINGS: lambda: svc.administrations.update(
            svc.administrations.list()[0].id, monthly_target=99),
    }


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_service_calls_obey_the_table(services_as, role):
    svc = services_as(EMAIL[role])
    for right, call in _calls(svc).items():
        if role in SPEC[right]:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()


def test_department_management_needs_manage_users(services_as):
    assert services_as(EMAIL["teamleider"]).departments.create("Team Nieuw").name == "Team Nieuw"
    with pytest.raises(PermissionDenied):
        services_as(EMAIL["gebruiker"]).departments.create("Team Verboden")


def test_only_a_beheerder_creates_beheerders(services_as):
    with pytest.raises(PermissionDenied):
        services_as(EMAIL["teamleider"]).users.create(
            first_name="A", last_name="B", email="ab@vdbdewit.nl", role="beheerder")


CLI_CALLS = {
    Right.MANAGE_ORGANISATION: None,
    Right.MANAGE_USERS: ["user", "add", "--first-name", "Kees", "--last-name", "Kort",
                         "--email", "kees@vdbdewit.nl", "--role", "aanleveraar"],
    Right.CHANGE_PROCESSING_SETTINGS: ["admin", "edit", "BAK", "--monthly-target", "77"],
}


@pytest.mark.parametrize("role", [r.value for r in Role])
@pytest.mark.parametrize("right", [Right.MANAGE_USERS, Right.CHANGE_PROCESSING_SETTINGS])
def test_cli_obeys_the_table(cli, role, right):
    assert cli("demo", "--no-documents")[0] == 0
    if role == "aanleveraar" and right == Right.CHANGE_PROCESSING_SETTINGS:
        pass  # BAK is assigned to the Aanleveraar, so the refusal is about the right
    code, _, err = cli("--as", EMAIL[role], *CLI_CALLS[right])
    if role in SPEC[right]:
        assert code == 0, err
    else:
        assert code != 0
        assert "Geen toegang" in err
        assert "Traceback" not in err


def test_users_who_add_administrations_may_use_existing_connections(services_as, demo_app):
    from app.models import PackageConnection

    with demo_app.transaction() as s:
        s.add(PackageConnection(package="exact_online", name="Exact kantoor",
                                account_key="exact_online:test"))
    assert [c.name for c in services_as(EMAIL["gebruiker"]).connections.usable()] == ["Exact kantoor"]
    with pytest.raises(PermissionDenied):
        services_as(EMAIL["gebruiker"]).connections.list()
    with pytest.raises(PermissionDenied):
        services_as(EMAIL["reviewer"]).connections.usable()
