"""Deterministic demo office data: three fictional Dutch administrations with master data.

A bakery (Exact Online), an installation company (Twinfield) and a physiotherapy practice (Exact
Online), each with a chart of accounts, VAT codes, journals, cost centres, projects, 30+
relations and financial periods. All identifiers (KvK, VAT ids, IBANs, G-rekeningen) are generated
from stable seeds and pass python-stdnum's checks; the same supplier carries the same numbers in
every administration. Plain frozen dataclasses, no database, no Qt.
"""

from __future__ import annotations

import random
from decimal import Decimal
from functools import cache

from app.samples import chart, identifiers
from app.samples.catalogue import COMMON_SUPPLIERS, RelationSpec
from app.samples.catalogue_branch import (
    BAKERY,
    BAKERY_CUSTOMERS,
    INSTALLER,
    INSTALLER_CUSTOMERS,
    PHYSIO,
    PHYSIO_CUSTOMERS,
)
from app.samples.records import (
    Company,
    DemoAdministration,
    DemoRelation,
    GLAccount,
    JournalDef,
    VatCodeDef,
)

__all__ = [
    "Company",
    "DemoAdministration",
    "DemoRelation",
    "GLAccount",
    "JournalDef",
    "VatCodeDef",
    "all_customers",
    "all_suppliers",
    "demo_administrations",
]

_SEED_PREFIX = "factuurflow-samples-v1:"


def _rng(key: str, purpose: str) -> random.Random:
    return random.Random(f"{_SEED_PREFIX}{key}:{purpose}")


def _phone(key: str, country: str = "NL", area: str | None = None) -> str:
    rng = _rng(key, "phone")
    if country != "NL":
        prefix = {"DE": "+49", "BE": "+32"}.get(country, "+00")
        return f"{prefix} {identifiers.digits(rng, 9, first_nonzero=True)}"
    area = area or rng.choice(("010", "020", "030", "033", "040", "050", "055", "070"))
    rest = identifiers.digits(rng, 10 - len(area), first_nonzero=True)
    return f"{area}-{rest}"


@cache
def _relation(spec: RelationSpec, code: str) -> DemoRelation:
    foreign = spec.country != "NL"
    flags = spec.flags.split()
    vat = identifiers.vat_number_for(
        spec.country, _rng(spec.key, "vat"), sole_trader="zzp" in flags
    )
    iban = identifiers.iban_for(spec.country, _rng(spec.key, "iban"), spec.bank)
    g_iban = identifiers.nl_iban(_rng(spec.key, "g-iban"), "INGB") if "g" in flags else None
    return DemoRelation(
        code=code,
        name=spec.name,
        type=spec.type,
        country=spec.country,
        kvk=None if foreign else identifiers.kvk_number(_rng(spec.key, "kvk")),
        vat_number=vat,
        iban=iban,
        address=spec.address,
        postcode=spec.postcode,
        city=spec.city,
        email=("invoices@" if "en" in flags else "facturen@") + spec.domain
        if spec.type == "supplier"
        else "crediteuren@" + spec.domain,
        default_gl=spec.default_gl,
        default_vat=spec.default_vat,
        articles=tuple((c, d, Decimal(p)) for c, d, p in spec.articles),
        g_iban=g_iban,
        website="www." + spec.domain,
        phone=_phone(spec.key, spec.country),
        category=spec.category,
        lang="en" if "en" in flags else "nl",
    )


def _company(
    code: str,
    name: str,
    address: str,
    postcode: str,
    city: str,
    domain: str,
    bank: str,
    area: str,
    legal_form: str = "B.V.",
) -> Company:
    return Company(
        code=code,
        name=name,
        kvk=identifiers.kvk_number(_rng(code, "kvk")),
        vat_number=identifiers.nl_vat_number(_rng(code, "vat"), sole_trader=legal_form != "B.V."),
        iban=identifiers.nl_iban(_rng(code, "iban"), bank),
        address=address,
        postcode=postcode,
        city=city,
        email=f"administratie@{domain}",
        website=f"www.{domain}",
        phone=_phone(code, "NL", area),
        legal_form=legal_form,
    )


def _relations(
    own: tuple[RelationSpec, ...], customers: tuple[RelationSpec, ...], package: str
) -> tuple[DemoRelation, ...]:
    suppliers = COMMON_SUPPLIERS + own
    if package == "twinfield":
        s_codes = [f"{2000 + i}" for i in range(len(suppliers))]
        c_codes = [f"{1000 + i}" for i in range(len(customers))]
    else:
        s_codes = [f"{400001 + i}" for i in range(len(suppliers))]
        c_codes = [f"{100001 + i}" for i in range(len(customers))]
    out = [_relation(s, c) for s, c in zip(suppliers, s_codes, strict=True)]
    out += [_relation(s, c) for s, c in zip(customers, c_codes, strict=True)]
    return tuple(out)


@cache
def _administrations() -> tuple[DemoAdministration, ...]:
    bakery = _company(
        "BAK",
        "Bakkerij Van der Meulen B.V.",
        "Dorpsstraat 12",
        "3732 HJ",
        "De Bilt",
        "bakkerijvandermeulen.nl",
        "RABO",
        "030",
    )
    installer = _company(
        "INS",
        "Installatiebedrijf De Graaf & Zn. B.V.",
        "Industrieweg 45",
        "7202 CA",
        "Zutphen",
        "degraafinstallatie.nl",
        "ABNA",
        "0575",
    )
    physio = _company(
        "FYS",
        "Fysiotherapie Het Middelpunt",
        "Stationsplein 3",
        "2011 LR",
        "Haarlem",
        "fysiohetmiddelpunt.nl",
        "INGB",
        "023",
        legal_form="Maatschap",
    )
    return (
        DemoAdministration(
            company=bakery,
            package="exact_online",
            external_id="3215587",
            gl_accounts=chart.gl_accounts("bakery"),
            vat_codes=chart.vat_codes(),
            journals=chart.journals("exact_online"),
            cost_centres=(
                ("100", "Bakkerij"),
                ("200", "Winkel De Bilt"),
                ("300", "Winkel Bilthoven"),
                ("400", "Zakelijke levering"),
            ),
            projects=(
                ("P2026-01", "Verbouwing winkel Bilthoven"),
                ("P2026-02", "Nieuwe oven"),
                ("P2026-03", "Kerstactie 2026"),
            ),
            relations=_relations(BAKERY, BAKERY_CUSTOMERS, "exact_online"),
            periods=chart.periods(),
        ),
        DemoAdministration(
            company=installer,
            package="twinfield",
            external_id="NLA002584",
            gl_accounts=chart.gl_accounts("installer"),
            vat_codes=chart.vat_codes(),
            journals=chart.journals("twinfield"),
            cost_centres=(
                ("KP10", "Installatie"),
                ("KP20", "Service en onderhoud"),
                ("KP30", "Elektra"),
                ("KP90", "Algemeen"),
            ),
            projects=(
                ("2026-014", "Renovatie Hanzehof 24 woningen"),
                ("2026-021", "Warmtepompen Thuis aan de IJssel"),
                ("2026-027", "Nieuwbouw Zelhem fase 2"),
                ("2026-030", "Onderhoud De Regenboog"),
            ),
            relations=_relations(INSTALLER, INSTALLER_CUSTOMERS, "twinfield"),
            periods=chart.periods(),
        ),
        DemoAdministration(
            company=physio,
            package="exact_online",
            external_id="2984410",
            gl_accounts=chart.gl_accounts("physio"),
            vat_codes=chart.vat_codes(),
            journals=chart.journals("exact_online"),
            cost_centres=(
                ("10", "Praktijk Centrum"),
                ("20", "Praktijk Schalkwijk"),
                ("30", "Bedrijfsfysiotherapie"),
            ),
            projects=(
                ("FYS-01", "Bedrijfsfysio Drukkerij Haarlem"),
                ("FYS-02", "Sportbegeleiding HFC Spaarne"),
            ),
            relations=_relations(PHYSIO, PHYSIO_CUSTOMERS, "exact_online"),
            periods=chart.periods(),
        ),
    )


def demo_administrations() -> list[DemoAdministration]:
    """The three demo administrations (same content on every call)."""
    return list(_administrations())


def _unique(relations: list[DemoRelation]) -> list[DemoRelation]:
    seen: dict[str, DemoRelation] = {}
    for rel in relations:
        seen.setdefault(rel.name, rel)
    return list(seen.values())


def all_suppliers() -> list[DemoRelation]:
    """Every supplier over all administrations, once each (first administration's code)."""
    return _unique([r for a in _administrations() for r in a.relations if r.type == "supplier"])


def all_customers() -> list[DemoRelation]:
    """Every customer over all administrations, once each."""
    return _unique([r for a in _administrations() for r in a.relations if r.type == "customer"])


def administration_for(relation: DemoRelation) -> DemoAdministration:
    """The first administration that has this relation (by name)."""
    for admin in _administrations():
        if any(r.name == relation.name for r in admin.relations):
            return admin
    raise LookupError(relation.name)
