"""Frozen dataclasses of the relation list and its editing (SPEC.md §7), and their builders.

Returned by :class:`app.services.relations.RelationService`: a :class:`RelationRow` per line of
the relation list, the full settings of one relation, the before/after summary of an edit or a
bulk edit, and the master-data picker items. :func:`load_master` reads the
:class:`MasterSnapshot` the settings are checked against.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import CostCentre, GLAccount, Project, Relation, VatCode, VatRate
from app.pipeline.processing_types import RelationSettings, rate_key
from app.services.relation_labels import (
    CHOICE_LABELS,
    TYPE_LABELS,
    AdvancedSetting,
    advanced_settings,
    specifications,
)
from app.services.relation_settings import MasterSnapshot


@dataclass(frozen=True)
class RelationRow:
    """One line of the relation list."""

    id: int
    administration_id: int
    code: str
    name: str
    display: str  # "Name (code)"
    type: str
    type_label: str
    country: str | None
    kvk: str | None
    has_kvk: bool
    kvk_mark: str  # ✓ / ✗
    coding_rule: str
    coding_rule_label: str
    specifications: str
    questions: str
    questions_label: str
    advanced: tuple[AdvancedSetting, ...]
    active: bool


@dataclass(frozen=True)
class RelationSettingsDTO:
    relation_id: int
    administration_id: int
    code: str
    name: str
    kvk: str | None
    settings: RelationSettings  # a detached copy; change it through update_settings
    row: RelationRow


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class RelationChange:
    relation_id: int
    code: str
    name: str
    changes: tuple[FieldChange, ...]

    @property
    def changed(self) -> bool:
        return bool(self.changes)


@dataclass(frozen=True)
class BulkPreview:
    administration_id: int
    relations: tuple[RelationChange, ...]

    @property
    def changed_count(self) -> int:
        return sum(1 for r in self.relations if r.changed)


@dataclass(frozen=True)
class BulkResult:
    token: str  # give it to RelationService.undo to restore the previous settings
    preview: BulkPreview


@dataclass(frozen=True)
class UndoResult:
    token: str
    administration_id: int
    restored: tuple[RelationChange, ...]


@dataclass(frozen=True)
class GLAccountItem:
    code: str
    name: str
    kind: str
    blocked: bool
    label: str  # "4300 – Kantoorkosten"


@dataclass(frozen=True)
class VatCodeItem:
    code: str
    description: str
    kind: str
    direction: str
    rates: tuple[str, ...]  # rate keys, e.g. ("9",)


@dataclass(frozen=True)
class JournalItem:
    code: str
    name: str
    type: str  # purchase | sales | bank | general
    label: str  # "60 – Inkoopboek"


@dataclass(frozen=True)
class MasterItem:
    code: str
    name: str
    label: str


def parse_settings(data: dict[str, Any] | None) -> RelationSettings:
    """Settings from stored JSON; damaged JSON reads as the defaults rather than breaking."""
    try:
        return RelationSettings.from_dict(data or {})
    except ValueError:
        return RelationSettings()


def settings_of(r: Relation) -> RelationSettings:
    return parse_settings(r.settings)


def relation_row(r: Any, settings: RelationSettings, master: MasterSnapshot) -> RelationRow:
    return RelationRow(
        id=r.id,
        administration_id=r.administration_id,
        code=r.code,
        name=r.name,
        display=f"{r.name} ({r.code})",
        type=r.type,
        type_label=TYPE_LABELS.get(r.type, r.type),
        country=r.country,
        kvk=r.kvk,
        has_kvk=bool(r.kvk),
        kvk_mark="✓" if r.kvk else "✗",
        coding_rule=settings.coding_rule,
        coding_rule_label=CHOICE_LABELS["coding_rule"][settings.coding_rule],
        specifications=specifications(settings, master.gl_name),
        questions=settings.questions,
        questions_label=CHOICE_LABELS["questions"][settings.questions],
        advanced=advanced_settings(settings, r.kvk),
        active=bool(r.active),
    )


def load_master(s: Session, admin_id: int, admin_code: str, *, full: bool = True) -> MasterSnapshot:
    """GL accounts (always) and, with ``full``, VAT codes, cost centres, projects, relations."""
    gls = {
        code: (name, bool(blocked))
        for code, name, blocked in s.execute(
            select(GLAccount.code, GLAccount.name, GLAccount.blocked).where(
                GLAccount.administration_id == admin_id
            )
        )
    }
    if not full:
        return MasterSnapshot(admin_code, gls)
    vats: dict[str, set[str]] = {}
    for code, pct in s.execute(
        select(VatCode.code, VatRate.percentage)
        .outerjoin(VatRate, VatRate.vat_code_id == VatCode.id)
        .where(VatCode.administration_id == admin_id)
    ):
        vats.setdefault(code, set())
        if pct is not None:
            vats[code].add(rate_key(Decimal(pct)))

    def codes(model: Any) -> frozenset[str]:
        return frozenset(s.scalars(select(model.code).where(model.administration_id == admin_id)))

    return MasterSnapshot(
        admin_code,
        gls,
        {k: frozenset(v) for k, v in vats.items()},
        codes(CostCentre),
        codes(Project),
        codes(Relation),
    )


def search_filter(q: Any, model: Any, search: str | None) -> Any:
    """Narrow a master-data query to codes or names containing ``search``."""
    if search and search.strip():
        like = f"%{search.strip().lower()}%"
        q = q.where(or_(func.lower(model.code).like(like), func.lower(model.name).like(like)))
    return q


def state_of(r: Relation) -> dict[str, Any]:
    """What an undo restores: the stored settings JSON exactly as it is, and the KvK number."""
    return {"settings": dict(r.settings or {}), "kvk": r.kvk}
