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
            name="Nieuwe Klant B.V.", package="exact_online", kvk="12345678"
        ),
        Right.MANAGE_USERS: lambda: svc.users.create(
            first_name="Nieuw", last_name="Lid", email="nieuw@vdbdewit.nl", role="reviewer"
        ),
        Right.CHANGE_PROCESSING_SETTINGS: lambda: svc.administrations.update(
            svc.administrations.list()[0].id, monthly_target=99
        ),
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
            first_name="A", last_name="B", email="ab@vdbdewit.nl", role="beheerder"
        )


def _einvoice(tmp_path, seed=41):
    from app.samples.generator import generate_invoice
    from app.samples.office import demo_administrations
    from app.samples.ubl_writer import truth_to_ubl

    bak = demo_administrations()[0]
    g = generate_invoice(seed, supplier=bak.suppliers[0], customer=bak.company)
    path = tmp_path / f"e{seed}.xml"
    path.write_bytes(truth_to_ubl(g.truth))
    return path


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_document_rights_through_the_services(services_as, role, tmp_path):
    boss = services_as(EMAIL["beheerder"])
    svc = services_as(EMAIL[role])
    admin = svc.administrations.list()[0].code
    boss.intake.take_in(admin, [_einvoice(tmp_path)])
    boss.processing.process_pending(admin)
    doc_id = boss.documents.queue(admin)[0].id
    calls = {
        Right.DELIVER_DOCUMENTS: lambda: svc.intake.take_in(admin, [_einvoice(tmp_path, 42)]),
        Right.REVIEW_DOCUMENTS: lambda: svc.documents.add_comment(doc_id, "Klopt dit?"),
        Right.ACCESS_ARCHIVE: lambda: svc.archive.search(admin),
    }
    for right, call in calls.items():
        if role in SPEC[right]:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_cli_obeys_the_table_for_every_right(cli, role, tmp_path):
    assert cli("demo", "--no-documents")[0] == 0
    visible = {
        "beheerder": "BAK",
        "teamleider": "BAK",
        "gebruiker": "BAK",
        "reviewer": "INS",
        "aanleveraar": "BAK",
    }[role]
    assert cli("intake", visible, str(_einvoice(tmp_path)))[0] == 0
    import json

    doc_id = json.loads(cli("queue", visible, "--json")[1])[0]["id"]
    calls = {
        Right.MANAGE_ORGANISATION: ["org", "edit", "--monthly-target", "500"],
        Right.MANAGE_PACKAGES: ["connection", "list"],
        # No connection 999 exists: allowed roles get "not found", others "no access".
        Right.ADD_ADMINISTRATIONS: ["admin", "add", "exact_online", "--connection", "999"],
        Right.MANAGE_USERS: [
            "user",
            "add",
            "--first-name",
            "Kees",
            "--last-name",
            "Kort",
            "--email",
            f"kees.{role}@vdbdewit.nl",
            "--role",
            "aanleveraar",
        ],
        Right.CHANGE_PROCESSING_SETTINGS: ["admin", "edit", visible, "--monthly-target", "77"],
        Right.DELIVER_DOCUMENTS: ["intake", visible, str(_einvoice(tmp_path, 43))],
        Right.REVIEW_DOCUMENTS: ["comment", "add", str(doc_id), "Klopt de btw?"],
        Right.ACCESS_ARCHIVE: ["archive", visible],
    }
    for right, argv in calls.items():
        code, _, err = cli("--as", EMAIL[role], *argv)
        assert "Traceback" not in err
        if role in SPEC[right]:
            assert "Geen toegang" not in err, (right, err)
            if right is not Right.ADD_ADMINISTRATIONS:
                assert code == 0, (right, err)
        else:
            assert code != 0 and "Geen toegang" in err, (right, err)


def test_users_who_add_administrations_may_use_existing_connections(services_as, demo_app):
    from app.models import PackageConnection

    with demo_app.transaction() as s:
        s.add(
            PackageConnection(
                package="exact_online", name="Exact kantoor", account_key="exact_online:test"
            )
        )
    assert [c.name for c in services_as(EMAIL["gebruiker"]).connections.usable()] == [
        "Exact kantoor"
    ]
    with pytest.raises(PermissionDenied):
        services_as(EMAIL["gebruiker"]).connections.list()
    with pytest.raises(PermissionDenied):
        services_as(EMAIL["reviewer"]).connections.usable()
