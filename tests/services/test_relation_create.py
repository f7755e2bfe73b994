"""Creating a relation (SPEC §6 "new relation from the read data"): the service with its checks
and rights, and ``relation add --from-doc`` on a document from an unknown supplier."""

import json

import pytest

from app.errors import Conflict, InvalidInput, PermissionDenied
from app.models.administration import RelationIban
from app.samples.generator import generate_invoice
from app.samples.office import demo_administrations
from app.services.demo_documents import RECENT

BAK = demo_administrations()[0]
IBAN = "NL91ABNA0417164300"
VAT = "NL004495445B01"


@pytest.fixture
def boss(services_as):
    return services_as("marieke@vdbdewit.nl")


def test_create_with_next_code_and_checked_numbers(boss, demo_app):
    rel = boss.relations
    code = rel.next_code("BAK", "supplier")
    suppliers = [r.code for r in rel.list("BAK", type="supplier") if r.code.isdigit()]
    assert int(code) == max(int(c) for c in suppliers) + 1
    row = rel.create(
        "BAK",
        name="  Nieuwe   Bakkerij BV ",
        type="leverancier",
        kvk="1234 5678",
        vat_number="nl 0044.95.445.B01",
        iban="nl91 abna 0417 1643 00",
        email="Info@Nieuw.nl",
        settings={"fixed_gl": "4300"},
    )
    assert (row.code, row.name, row.type, row.kvk, row.country) == (
        code,
        "Nieuwe Bakkerij BV",
        "supplier",
        "12345678",
        "NL",
    )
    assert rel.find("BAK", code).id == row.id
    assert rel.get_settings(row.id).settings.fixed_gl == "4300"
    with demo_app.transaction() as s:
        assert [i.iban for i in s.query(RelationIban).filter_by(relation_id=row.id)] == [IBAN]
    assert rel.next_code("BAK", "supplier") == str(int(code) + 1)
    assert rel.create("BAK", code="K-1", name="Klant", type="klant").type == "customer"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": " "}, "Naam van de relatie is verplicht"),
        ({"type": "partner"}, "Onbekend type"),
        ({"kvk": "123"}, "8 cijfers"),
        ({"vat_number": "NL123456789B99"}, "Ongeldig btw-nummer"),
        ({"iban": "NL00ABNA0417164300"}, "Ongeldig IBAN"),
        ({"country": "Nederland"}, "Ongeldige landcode"),
        ({"settings": {"fixed_gl": "9999"}}, "9999"),
    ],
)
def test_create_refuses_invalid_input(boss, fields, message):
    with pytest.raises(InvalidInput, match=message):
        boss.relations.create("BAK", **{"name": "Nieuw", **fields})


def test_duplicate_code_and_rights(boss, services_as):
    existing = boss.relations.list("BAK", type="supplier")[0].code
    with pytest.raises(Conflict, match=f"Relatiecode {existing} bestaat al"):
        boss.relations.create("BAK", code=existing, name="Dubbel")
    with pytest.raises(PermissionDenied):
        services_as("fatima@vdbdewit.nl").relations.create("BAK", name="Mag niet")


def test_add_from_document_of_unknown_supplier(boss, cli, tmp_path):
    known = {r.name for r in BAK.relations}
    stranger = next(
        s for a in demo_administrations()[1:] for s in a.suppliers if s.name not in known
    )
    g = generate_invoice(24, supplier=stranger, customer=BAK.company, date_range=RECENT)
    path = tmp_path / "x.pdf"
    path.write_bytes(g.pdf)
    boss.intake.take_in("BAK", [path])
    boss.processing.process_pending("BAK")
    doc = boss.documents.queue("BAK")[-1].id
    assert boss.documents.show(doc).relation_code is None
    code, out, err = cli("relation", "add", "BAK", "--from-doc", str(doc), "--json")
    assert code == 0, err
    made = json.loads(out)
    assert made["name"] == stranger.name and made["document_updated"]
    detail = boss.documents.show(doc)
    assert detail.relation_code == made["code"]
    assert not any(c.code == "relation_unknown" and c.state == "open" for c in detail.comments)
    code, _, err = cli("relation", "add", "BAK", "--code", made["code"], "--name", "Weer")
    assert code != 0 and "bestaat al" in err
