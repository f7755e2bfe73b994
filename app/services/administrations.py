"""Administrations: the list a user may see, creating one, its settings, visits, master data.

Creating needs ADD_ADMINISTRATIONS (the creator is assigned to it); changing settings needs
CHANGE_PROCESSING_SETTINGS; everything else needs the administration to be visible to the user.
Master data is replaced as a whole by a sync (see :func:`apply_master_data`).
"""

from __future__ import annotations

import builtins
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.errors import Conflict, InvalidInput, NotFound
from app.models import Administration, AdministrationVisit, User
from app.models.base import utcnow
from app.services.context import BaseService
from app.services.dto import AdministrationDTO
from app.services.master_data import apply_master_data, incomplete_reason
from app.services.permissions import (
    Right,
    require_admin_visible,
    sees_all_administrations,
    visible_admin_ids_query,
)
from app.services.validation import clean_email, clean_kvk, clean_name

PACKAGES = {
    "exact_online": "Exact Online",
    "twinfield": "Twinfield",
    "afas": "AFAS Online",
    "accountview": "AccountView",
    "unit4": "Unit4",
    "visma_eaccounting": "Visma eAccounting",
    "visma_net": "Visma.net",
    "snelstart": "SnelStart",
}


def admin_dto(a: Administration) -> AdministrationDTO:
    return AdministrationDTO(
        id=a.id,
        code=a.code,
        name=a.name,
        package=a.package,
        external_id=a.external_id,
        kvk=a.kvk,
        vat_number=a.vat_number,
        intake_email=a.intake_email,
        watched_folder=a.watched_folder,
        sync_state=a.sync_state,
        sync_error=a.sync_error,
        last_sync_at=a.last_sync_at,
        incomplete_reason=a.incomplete_reason,
        inactive=a.inactive,
        monthly_target=a.monthly_target,
        auto_booking_limit=a.auto_booking_limit,
        created_at=a.created_at,
        settings=dict(a.settings or {}),
    )


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:30] or "administratie"


class AdministrationService(BaseService):
    def visible_ids(self, s: Session) -> set[int]:
        return set(s.scalars(visible_admin_ids_query(self.actor.user_id, self.actor.role)))

    def list(self, search: str | None = None) -> list[AdministrationDTO]:
        with self.tx() as s:
            q = select(Administration).order_by(Administration.name)
            if not sees_all_administrations(self.actor.role):
                q = q.where(
                    Administration.id.in_(
                        visible_admin_ids_query(self.actor.user_id, self.actor.role)
                    )
                )
            if search:
                like = f"%{search.strip().lower()}%"
                q = q.where(
                    or_(
                        func.lower(Administration.name).like(like),
                        func.lower(Administration.code).like(like),
                        Administration.kvk.like(like),
                    )
                )
            return [admin_dto(a) for a in s.scalars(q)]

    def get(self, ref: int | str) -> AdministrationDTO:
        with self.tx() as s:
            return admin_dto(self._get(s, ref))

    def resolve(self, s: Session, ref: int | str) -> Administration:
        """The visible administration with this id or code (for other services)."""
        return self._get(s, ref)

    def create(
        self,
        *,
        name: str,
        package: str,
        code: str | None = None,
        external_id: str | None = None,
        kvk: str | None = None,
        vat_number: str | None = None,
        ibans: builtins.list[str] | None = None,
        connection_id: int | None = None,
        intake_email: str | None = None,
        master_data: Any = None,
    ) -> AdministrationDTO:
        self.require(Right.ADD_ADMINISTRATIONS)
        if package not in PACKAGES:
            raise InvalidInput(f"Onbekend pakket: {package} (kies uit {', '.join(PACKAGES)})")
        name = clean_name(name, "Naam van de administratie", 200)
        with self.tx() as s:
            code = self._unique_code(s, code or slug(name))
            admin = Administration(
                name=name,
                package=package,
                code=code,
                external_id=external_id,
                kvk=clean_kvk(kvk),
                vat_number=vat_number,
                ibans=list(ibans or []),
                connection_id=connection_id,
                intake_email=clean_email(intake_email) if intake_email else None,
            )
            s.add(admin)
            s.flush()
            user = s.get(User, self.actor.user_id)
            if user is not None:
                user.administrations.append(admin)
            if master_data is not None:
                apply_master_data(s, admin, master_data)
                admin.sync_state = "ok"
                admin.last_sync_at = utcnow()
            admin.incomplete_reason = incomplete_reason(s, admin)
            self.audit(s, "administration.create", "administration", admin.id, name)
            return admin_dto(admin)

    def update(self, ref: int | str, **changes: Any) -> AdministrationDTO:
        """Change kvk, intake_email, watched_folder, monthly_target, auto_booking_limit, name,
        inactive, or settings (merged)."""
        self.require(Right.CHANGE_PROCESSING_SETTINGS)
        with self.tx() as s:
            admin = self._get(s, ref)
            for key, value in changes.items():
                if key == "kvk":
                    admin.kvk = clean_kvk(value)
                elif key == "name":
                    admin.name = clean_name(value, "Naam van de administratie", 200)
                elif key == "intake_email":
                    email = clean_email(value) if value else None
                    if email and s.scalar(
                        select(Administration.id).where(
                            Administration.intake_email == email, Administration.id != admin.id
                        )
                    ):
                        raise Conflict(f"Het intake-adres {email} is al in gebruik.")
                    admin.intake_email = email
                elif key == "watched_folder":
                    admin.watched_folder = str(value).strip() or None if value else None
                elif key == "monthly_target":
                    admin.monthly_target = _positive_int(value, "Maanddoel")
                elif key == "auto_booking_limit":
                    admin.auto_booking_limit = _amount(value, "Limiet automatisch boeken")
                elif key == "inactive":
                    admin.inactive = bool(value)
                elif key == "settings":
                    admin.settings = {**(admin.settings or {}), **dict(value)}
                else:
                    raise InvalidInput(f"Onbekend veld: {key}")
            self.audit(
                s, "administration.update", "administration", admin.id, ", ".join(sorted(changes))
            )
            return admin_dto(admin)

    def record_visit(self, ref: int | str) -> None:
        with self.tx() as s:
            admin = self._get(s, ref)
            visit = s.get(AdministrationVisit, (self.actor.user_id, admin.id))
            if visit is None:
                s.add(AdministrationVisit(user_id=self.actor.user_id, administration_id=admin.id))
            else:
                visit.visited_at = utcnow()

    def recent(self, limit: int = 5) -> builtins.list[AdministrationDTO]:
        """The visible administrations this user opened last (most recent first), topped up
        alphabetically to ``limit`` (the navigation's drop targets)."""
        with self.tx() as s:
            q = (
                select(Administration)
                .join(
                    AdministrationVisit,
                    (AdministrationVisit.administration_id == Administration.id)
                    & (AdministrationVisit.user_id == self.actor.user_id),
                )
                .order_by(AdministrationVisit.visited_at.desc(), Administration.name)
            )
            rest = select(Administration).order_by(Administration.name)
            if not sees_all_administrations(self.actor.role):
                visible = visible_admin_ids_query(self.actor.user_id, self.actor.role)
                q = q.where(Administration.id.in_(visible))
                rest = rest.where(Administration.id.in_(visible))
            found = list(s.scalars(q.limit(limit)))
            if len(found) < limit:
                seen = {a.id for a in found}
                rest = rest.where(Administration.id.not_in(seen)) if seen else rest
                found += list(s.scalars(rest.limit(limit - len(found))))
            return [admin_dto(a) for a in found]

    def periods(self, ref: int | str) -> builtins.list[tuple[int, int, date, date, bool]]:
        from app.models import FinancialPeriod

        with self.tx() as s:
            admin = self._get(s, ref)
            rows = s.scalars(
                select(FinancialPeriod)
                .where(FinancialPeriod.administration_id == admin.id)
                .order_by(FinancialPeriod.year, FinancialPeriod.period)
            )
            return [(p.year, p.period, p.start_date, p.end_date, p.closed) for p in rows]

    def _get(self, s: Session, ref: int | str) -> Administration:
        admin_id: int | None = None
        if isinstance(ref, int) or str(ref).isdigit():
            admin_id = int(ref)
            if s.get(Administration, admin_id) is None:
                admin_id = None
        if admin_id is None:
            admin_id = s.scalar(
                select(Administration.id).where(
                    func.lower(Administration.code) == str(ref).strip().lower()
                )
            )
        if admin_id is None:
            raise NotFound(f"Onbekende administratie: {ref}")
        return require_admin_visible(s, self.actor.user_id, self.actor.role, admin_id)

    def _unique_code(self, s: Session, code: str) -> str:
        base, n = slug(code), 1
        candidate = base
        while s.scalar(select(Administration.id).where(Administration.code == candidate)):
            n += 1
            candidate = f"{base}-{n}"
        return candidate


def _positive_int(value: Any, label: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        n = int(value)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"{label}: geef een geheel getal op.") from exc
    if n < 0:
        raise InvalidInput(f"{label} mag niet negatief zijn.")
    return n


def _amount(value: Any, label: str) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        text = str(value).strip().replace("€", "").replace(" ", "")
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        amount = Decimal(text).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError) as exc:
        raise InvalidInput(f"{label}: ongeldig bedrag {value!r}.") from exc
    if amount < 0:
        raise InvalidInput(f"{label} mag niet negatief zijn.")
    return amount
