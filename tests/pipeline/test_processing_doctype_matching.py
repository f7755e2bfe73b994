"""Purchase/sales detection, dual relations, and relation matching precedence and exclusions."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest

from app.pipeline.doctype import determine_kind, is_credit
from app.pipeline.invoice import InvoiceData, PageText, Party, Word
from app.pipeline.matching import match_relation, propose_new_relation
from app.pipeline.processing_ids import name_score, norm_name
from app.pipeline.processing_types import (
    AdminIdentity,
    ColumnSplitPart,
    RelationRef,
    RelationSettings,
)

OWN_VAT, OWN_IBAN, OWN_KVK = "NL100000009B01", "NL91ABNA0417164300", "12345678"
ADMIN = AdminIdentity("Bakkerij Zon B.V.", OWN_KVK, OWN_VAT, (OWN_IBAN,))
VAT_X, VAT_Y = "NL100000010B01", "NL100000022B01"
IBAN_Y, IBAN_Z = "NL02ABNA0123456789", "NL20INGB0001234567"


def doc(supplier=None, customer=None, text="", **kw) -> InvoiceData:
    pages = [PageText(1, 595, 842, [Word(t, (0, 0, 1, 1)) for t in text.split()])] if text else []
    return InvoiceData(
        supplier=supplier or Party(), customer=customer or Party(), page_texts=pages, **kw
    )


RELATIONS = [
    RelationRef(1, "X", "Xenon Trading", vat_number=VAT_X),
    RelationRef(2, "Y", "Ypsilon Logistiek", ibans=(IBAN_Y,)),
    RelationRef(3, "Z", "Zeta Installatie", kvk="87654321"),
    RelationRef(4, "JB", "Jansen Bouw BV", city="Utrecht"),
    RelationRef(
        5, "OWN", "Eigen administratie", type="both", vat_number=OWN_VAT, ibans=(OWN_IBAN,)
    ),
    RelationRef(6, "K1", "Klant Een", type="customer", vat_number=VAT_Y),
    RelationRef(7, "DV1", "Bakkerij De Vries", city="Utrecht"),
    RelationRef(8, "DV2", "Bakkerij De Vries", city="Zwolle"),
]


# --- document type -------------------------------------------------------------------------


def test_own_identifier_as_issuer_makes_a_sales_document():
    assert (
        determine_kind(doc(Party("Whoever", vat_number="nl 1000.00.009.b01")), ADMIN).direction
        == "sales"
    )
    assert (
        determine_kind(doc(Party("X", iban="NL91 ABNA 0417 1643 00")), ADMIN).direction == "sales"
    )
    assert determine_kind(doc(Party("X", kvk="1234 5678")), ADMIN).direction == "sales"


def test_own_identifier_on_the_customer_side_makes_a_purchase_document():
    kind = determine_kind(
        doc(Party("Xenon Trading", vat_number=VAT_X), Party(vat_number=OWN_VAT)), ADMIN
    )
    assert kind.direction == "purchase" and not kind.credit


def test_fuzzy_own_name_as_issuer_means_sales_but_a_similar_customer_name_does_not():
    assert determine_kind(doc(Party("BAKKERIJ ZON BV")), ADMIN).direction == "sales"
    kind = determine_kind(doc(Party("Meelhandel Noord"), Party("Bakkerij Zon")), ADMIN)
    assert kind.direction == "purchase"


def test_other_is_passed_through_and_credit_is_detected():
    assert (
        determine_kind(doc(Party("BAKKERIJ ZON BV"), document_type="other"), ADMIN).direction
        == "other"
    )
    assert is_credit(doc(document_type="credit_note"))
    assert is_credit(doc(total_incl_vat=D("-5.00")))
    assert is_credit(doc(text="CREDITNOTA 2026-01"))
    assert not is_credit(doc(text="FACTUUR 2026-01", total_incl_vat=D("5.00")))


def test_dual_relation_keyword_flips_purchase_and_sales():
    settings = RelationSettings(dual_keywords=("Doorbelasting",))
    purchase = doc(Party("Xenon Trading"), text="Factuur doorbelasting energie")
    kind = determine_kind(purchase, ADMIN, settings)
    assert kind.direction == "sales" and kind.dual_keyword == "Doorbelasting"
    sales = doc(Party("Bakkerij Zon BV"), text="Factuur doorbelasting")
    assert determine_kind(sales, ADMIN, settings).direction == "purchase"
    # a keyword inside another word does not count
    assert (
        determine_kind(doc(Party("X"), text="doorbelastingen"), ADMIN, settings).direction
        == "purchase"
    )


# --- matching ------------------------------------------------------------------------------


def test_vat_id_beats_iban_beats_kvk_beats_name():
    full = Party("Jansen Bouw", vat_number=VAT_X, iban=IBAN_Y, kvk="87654321")
    m = match_relation(doc(full), "purchase", RELATIONS, ADMIN)
    assert (m.code, m.method, m.score) == ("X", "vat", 1.0)
    no_vat = Party("Jansen Bouw", iban=IBAN_Y, kvk="87654321")
    assert match_relation(doc(no_vat), "purchase", RELATIONS, ADMIN).code == "Y"
    kvk_only = Party("Jansen Bouw", kvk="8765 4321")
    assert match_relation(doc(kvk_only), "purchase", RELATIONS, ADMIN).method == "kvk"
    name_only = match_relation(doc(Party("JANSEN BOUW B.V.")), "purchase", RELATIONS, ADMIN)
    assert (name_only.code, name_only.method, name_only.score) == ("JB", "name", 1.0)


def test_never_matches_on_the_administrations_own_identifiers():
    # the reader took the customer's (= own) VAT id and IBAN as the supplier's
    misread = Party("Ypsilon Logistiek", vat_number=OWN_VAT, iban=OWN_IBAN, kvk=OWN_KVK)
    m = match_relation(doc(misread), "purchase", RELATIONS, ADMIN)
    assert m.code == "Y" and m.method == "name"
    nothing = match_relation(
        doc(Party("Onbekend", vat_number=OWN_VAT)), "purchase", RELATIONS, ADMIN
    )
    assert nothing is None


def test_identifiers_only_in_the_text_still_match_but_own_ones_are_skipped():
    text = f"Factuur aan Bakkerij Zon btw {OWN_VAT} Leverancier btw NL 1000.00.010 B01"
    m = match_relation(doc(Party(), text=text), "purchase", RELATIONS, ADMIN)
    assert (m.code, m.method) == ("X", "vat_text")


def test_relation_type_filters_customers_from_purchase_matching():
    assert match_relation(doc(Party(vat_number=VAT_Y)), "purchase", RELATIONS, ADMIN) is None
    m = match_relation(doc(customer=Party(vat_number=VAT_Y)), "sales", RELATIONS, ADMIN)
    assert m.code == "K1"


def test_city_hint_decides_between_equal_names_and_ambiguity_lowers_the_score():
    zwolle = Party("Bakkerij de Vries", address="Markt 1, 8011 AB Zwolle")
    assert match_relation(doc(zwolle), "purchase", RELATIONS, ADMIN).code == "DV2"
    unsure = match_relation(doc(Party("Bakkerij de Vries")), "purchase", RELATIONS, ADMIN)
    assert unsure.score < 0.95


def test_weak_name_gives_none_and_a_new_relation_proposal_without_own_ids():
    party = Party("Totaal Anders Consultancy", vat_number=OWN_VAT, iban=IBAN_Z, kvk="55554444")
    assert match_relation(doc(party), "purchase", RELATIONS, ADMIN) is None
    new = propose_new_relation(doc(party), "purchase", ADMIN)
    assert (new.type, new.name, new.vat_number, new.iban, new.kvk, new.country) == (
        "supplier",
        "Totaal Anders Consultancy",
        None,
        IBAN_Z,
        "55554444",
        "NL",
    )


def test_name_normalisation_strips_legal_forms():
    assert norm_name("Jansen & Zn. Holding B.V.") == "jansen en zn"
    assert norm_name("V.O.F. De Molen") == "de molen"
    assert name_score("De Molen VOF", "de molen") == 1.0
    assert name_score("Jansen Bouw", "Pietersen Transport") < 0.6


# --- settings serialisation ----------------------------------------------------------------


def test_relation_settings_round_trip_through_json_with_defaults_and_version():
    s = RelationSettings(
        coding_rule="vat",
        vat_gl={"21": "4000", "9": "4100"},
        discount_kind="percentage",
        discount_value=D("2.5"),
        column_split=(ColumnSplitPart(D("70"), "4000"), ColumnSplitPart(D("30"), cost_centre="K2")),
        dual_keywords=("doorbelasting",),
        known_ibans=(IBAN_Z,),
        intercompany_relation="IC01",
    )
    data = json.loads(json.dumps(s.to_dict()))
    assert data["version"] == 1
    assert RelationSettings.from_dict(data) == s
    assert RelationSettings.from_dict({}) == RelationSettings()
    assert (
        RelationSettings.from_dict({"coding_rule": "article", "unknown": 1}).coding_rule
        == "article"
    )


@pytest.mark.parametrize(
    "bad",
    [
        {"coding_rule": "magic"},
        {"questions": "sometimes"},
        {"version": 99},
        {"column_split": [{"percentage": "50"}]},
    ],
)
def test_relation_settings_reject_bad_values(bad):
    with pytest.raises(ValueError):
        RelationSettings.from_dict(bad)


def test_a_name_merely_contained_in_another_is_not_certain():
    # "Zon" is not the administration "Bakkerij Zon"
    assert determine_kind(doc(Party("Zon B.V.")), ADMIN).direction == "purchase"
    rels = [RelationRef(9, "J", "Jansen")]
    m = match_relation(doc(Party("Jansen Bouw en Transport")), "purchase", rels, ADMIN)
    assert m.code == "J" and m.score < 0.9


def test_settings_of_the_wrong_shape_raise_value_error():
    with pytest.raises(ValueError):
        RelationSettings.from_dict({"column_split": [{"gl_account": "4000"}]})
    with pytest.raises(ValueError):
        RelationSettings.from_dict({"discount_value": "abc"})


def test_new_relation_country_prefers_the_stated_country_then_the_vat_prefix():
    stated = doc(Party("Müller GmbH", vat_number="DE123456789", country="at"))
    assert propose_new_relation(stated, "purchase", ADMIN).country == "AT"
    by_vat = doc(Party("Müller GmbH", vat_number="DE123456789", iban=IBAN_Z))
    assert propose_new_relation(by_vat, "purchase", ADMIN).country == "DE"
    sales = doc(customer=Party("Klant", iban=IBAN_Z))
    assert propose_new_relation(sales, "sales", ADMIN).type == "customer"


def test_own_vat_id_misread_as_the_issuers_with_the_administration_as_customer_is_purchase():
    # an ICP invoice prints the customer's (own) VAT id; the reader put it on the supplier
    inv = doc(
        Party("CloudWerk Software GmbH", vat_number=OWN_VAT, iban="DE85500105175209577180"),
        Party("Bakkerij Zon B.V."),
    )
    kind = determine_kind(inv, ADMIN)
    assert kind.direction == "purchase" and "misread" in kind.reason
    rels = [*RELATIONS, RelationRef(10, "CW", "CloudWerk Software GmbH", country="DE")]
    m = match_relation(inv, kind.direction, rels, ADMIN)
    assert (m.code, m.method) == ("CW", "name")
