"""Writing synchronised master data into an administration, and judging whether it is complete.

:func:`apply_master_data` takes any object with the attributes of
``app.connectors.base.MasterData`` (gl_accounts, vat_codes, journals, relations, cost_centres,
projects, periods — each a sequence of plain records) and upserts it by code, so relation
settings and learned layouts survive a re-sync. Records that disappeared from the package are
kept but blocked/inactive, because documents may still refer to them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Administration,
    CostCentre,
    FinancialPeriod,
    GLAccount,
    Journal,
    Project,
    Relation,
    RelationIban,
    VatCode,
    VatRate,
)


def _by_code(s: Session, model: Any, admin_id: int) -> dict[str, Any]:
    return {r.code: r for r in s.scalars(select(model).where(model.administration_id == admin_id))}


def apply_master_data(s: Session, admin: Administration, md: Any) -> dict[str, int]:
    """Upsert master data into ``admin``; returns counts per kind."""
    counts: dict[str, int] = {}
    existing = _by_code(s, GLAccount, admin.id)
    seen = set()
    for g in getattr(md, "gl_accounts", ()) or ():
        row = existing.get(g.code) or GLAccount(administration_id=admin.id, code=g.code)
        row.name = g.name
        row.kind = getattr(g, "kind", None) or "profit_loss"
        row.blocked = bool(getattr(g, "blocked", False))
        row.external_id = getattr(g, "external_id", None)
        s.add(row)
        seen.add(g.code)
    for code, row in existing.items():
        if code not in seen:
            row.blocked = True
    counts["gl_accounts"] = len(seen)

    existing = _by_code(s, VatCode, admin.id)
    n = 0
    for v in getattr(md, "vat_codes", ()) or ():
        row = existing.get(v.code) or VatCode(administration_id=admin.id, code=v.code)
        row.description = getattr(v, "description", None) or v.code
        row.kind = getattr(v, "kind", None) or "high"
        row.direction = getattr(v, "direction", None) or "both"
        rates = getattr(v, "rates", None)
        if rates is None:
            rates = [
                (
                    Decimal(str(v.percentage)),
                    getattr(v, "valid_from", None),
                    getattr(v, "valid_to", None),
                )
            ]
        row.rates = [
            VatRate(percentage=Decimal(str(p)), valid_from=f, valid_to=t) for p, f, t in rates
        ]
        s.add(row)
        n += 1
    counts["vat_codes"] = n

    for model, key in ((Journal, "journals"), (CostCentre, "cost_centres"), (Project, "projects")):
        existing = _by_code(s, model, admin.id)
        n = 0
        for item in getattr(md, key, ()) or ():
            row = existing.get(item.code) or model(administration_id=admin.id, code=item.code)
            row.name = item.name
            if isinstance(row, Journal):
                row.type = item.type
            s.add(row)
            n += 1
        counts[key] = n

    existing = _by_code(s, Relation, admin.id)
    seen = set()
    for r in getattr(md, "relations", ()) or ():
        row = existing.get(r.code) or Relation(
            administration_id=admin.id, code=r.code, settings={}, layout_memory={}
        )
        row.name = r.name
        row.type = r.type
        row.external_id = getattr(r, "external_id", None)
        row.country = getattr(r, "country", None)
        row.kvk = getattr(r, "kvk", None) or None
        row.vat_number = _compact(getattr(r, "vat_number", None))
        row.email = getattr(r, "email", None) or None
        row.city = getattr(r, "city", None) or None
        row.address = getattr(r, "address", None) or row.address
        row.active = True
        ibans = [_compact(i) for i in (getattr(r, "ibans", None) or ()) if i]
        g_iban = _compact(getattr(r, "g_iban", None))
        have = {i.iban: i for i in row.ibans}
        for iban in ibans:
            if iban not in have:
                row.ibans.append(RelationIban(iban=iban))
        if g_iban and g_iban not in have:
            row.ibans.append(RelationIban(iban=g_iban, is_g_account=True))
        s.add(row)
        seen.add(r.code)
    for code, row in existing.items():
        if code not in seen and row.external_id:
            row.active = False
    counts["relations"] = len(seen)

    existing_p = {
        (p.year, p.period): p
        for p in s.scalars(
            select(FinancialPeriod).where(FinancialPeriod.administration_id == admin.id)
        )
    }
    n = 0
    for p in getattr(md, "periods", ()) or ():
        row = existing_p.get((p.year, p.period)) or FinancialPeriod(
            administration_id=admin.id, year=p.year, period=p.period
        )
        row.start_date = _date(getattr(p, "start", None) or getattr(p, "start_date", None))
        row.end_date = _date(getattr(p, "end", None) or getattr(p, "end_date", None))
        row.closed = bool(p.closed)
        s.add(row)
        n += 1
    counts["periods"] = n
    s.flush()
    return counts


def incomplete_reason(s: Session, admin: Administration) -> str | None:
    """Why this administration cannot book yet, or None when its master data is complete."""
    reasons = []

    def count(model: Any, *where: Any) -> int:
        return (
            s.scalar(
                select(func.count())
                .select_from(model)
                .where(model.administration_id == admin.id, *where)
            )
            or 0
        )

    if not count(GLAccount, GLAccount.blocked.is_(False)):
        reasons.append("geen grootboekrekeningen")
    if not count(Journal, Journal.type == "purchase"):
        reasons.append("geen inkoopdagboek")
    if not count(Journal, Journal.type == "sales"):
        reasons.append("geen verkoopdagboek")
    if not count(VatCode):
        reasons.append("geen btw-codes")
    if not count(FinancialPeriod, FinancialPeriod.closed.is_(False)):
        reasons.append("geen open boekingsperiode")
    if not admin.kvk:
        reasons.append("KvK-nummer ontbreekt")
    return "; ".join(reasons).capitalize() if reasons else None


def _compact(value: str | None) -> str | None:
    return "".join(value.split()).upper() if value else None


def _date(value: Any) -> date:
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
