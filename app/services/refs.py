"""Building the pipeline's plain inputs from the database for one administration.

Processing and correcting a document need the administration's identity, its relations with
their settings, its master data and its own processing settings as plain dataclasses
(:mod:`app.pipeline.processing_types`); this module reads them once per batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import (
    Administration,
    CostCentre,
    FinancialPeriod,
    GLAccount,
    Journal,
    Project,
    Relation,
    VatCode,
)
from app.pipeline.processing_types import (
    AdminIdentity,
    AdminSettings,
    GlAccount,
    MasterDataRef,
    Period,
    RelationRef,
    RelationSettings,
)
from app.pipeline.processing_types import Journal as JournalRef
from app.pipeline.processing_types import VatCode as VatCodeRef

# The database's VAT kinds (package vocabulary) → the pipeline's.
_VAT_KIND = {
    "high": "normal",
    "low": "normal",
    "zero": "zero",
    "exempt": "exempt",
    "reverse_charge": "reverse_charge",
    "icp": "icp",
    "export": "export",
}


@dataclass(frozen=True)
class AdminRefs:
    admin_id: int
    identity: AdminIdentity
    relations: tuple[RelationRef, ...]
    master: MasterDataRef
    settings: AdminSettings
    memories: dict[int, dict] = field(default_factory=dict)  # relation id -> learned memory

    @property
    def by_code(self) -> dict[str, RelationRef]:
        return {r.code: r for r in self.relations}

    def relation(self, relation_id: int | None) -> RelationRef | None:
        for r in self.relations:
            if r.id == relation_id:
                return r
        return None


def relation_ref(r: Relation) -> RelationRef:
    return RelationRef(
        id=r.id,
        code=r.code,
        name=r.name,
        type=r.type,
        country=r.country,
        kvk=r.kvk,
        vat_number=r.vat_number,
        ibans=tuple(i.iban for i in r.ibans),
        address=r.address,
        city=r.city,
        settings=RelationSettings.from_dict(r.settings or {}),
    )


def admin_settings(admin: Administration) -> AdminSettings:
    s = dict(admin.settings or {})
    defaults = AdminSettings()

    def text(key: str) -> str | None:
        return str(s[key]) if s.get(key) else None

    return AdminSettings(
        default_gl=text("default_gl"),
        rounding_gl=text("rounding_gl"),
        purchase_journal=text("purchase_journal"),
        sales_journal=text("sales_journal"),
        auto_booking_limit=admin.auto_booking_limit,
        authorisation=(
            bool(s["authorisation"]) if "authorisation" in s else defaults.authorisation
        ),
        confidence_threshold=(
            float(s["confidence_threshold"])
            if s.get("confidence_threshold") is not None
            else defaults.confidence_threshold
        ),
    )


def load_refs(s: Session, admin: Administration) -> AdminRefs:
    aid = admin.id
    relations = list(
        s.scalars(
            select(Relation)
            .where(Relation.administration_id == aid, Relation.active.is_(True))
            .options(selectinload(Relation.ibans))
        )
    )
    gls = {
        g.code: GlAccount(g.name, "balance" if g.kind == "balance" else "pl", g.blocked)
        for g in s.scalars(select(GLAccount).where(GLAccount.administration_id == aid))
    }
    vats = []
    for v in s.scalars(
        select(VatCode).where(VatCode.administration_id == aid).options(selectinload(VatCode.rates))
    ):
        for rate in v.rates or []:
            vats.append(
                VatCodeRef(
                    v.code,
                    Decimal(rate.percentage),
                    _VAT_KIND.get(v.kind, "normal"),
                    "sales" if v.direction == "sales" else "purchase",
                    rate.valid_from,
                    rate.valid_to,
                )
            )
    journals = tuple(
        JournalRef(j.code, j.type)
        for j in s.scalars(
            select(Journal).where(Journal.administration_id == aid).order_by(Journal.code)
        )
    )
    ccs = tuple(s.scalars(select(CostCentre.code).where(CostCentre.administration_id == aid)))
    projects = tuple(s.scalars(select(Project.code).where(Project.administration_id == aid)))
    periods = tuple(
        Period(p.year, p.period, p.start_date, p.end_date, p.closed)
        for p in s.scalars(select(FinancialPeriod).where(FinancialPeriod.administration_id == aid))
    )
    return AdminRefs(
        admin_id=aid,
        identity=AdminIdentity(admin.name, admin.kvk, admin.vat_number, tuple(admin.ibans or ())),
        relations=tuple(relation_ref(r) for r in relations),
        master=MasterDataRef(gls, tuple(vats), journals, ccs, projects, periods),
        settings=admin_settings(admin),
        memories={r.id: r.layout_memory for r in relations if r.layout_memory},
    )
