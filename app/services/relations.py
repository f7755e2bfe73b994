"""The relation list of an administration and the editing of relations' processing settings.

Serves SPEC.md §7: the list (filtered and searched in SQL), one relation's settings, an in-place
change of one or more settings, bulk edit with a preview and an undo token, KvK numbers for one
or several relations, and the master-data pickers. Reading needs the administration to be
visible; changing also needs CHANGE_PROCESSING_SETTINGS. Every change is written to the audit
log with the previous and new state of each relation (``AuditEntry.detail`` JSON), which is what
:meth:`RelationService.undo` restores from; a token is ``"<audit id>-<secret>"``.

:meth:`RelationService.create` adds a new relation (SPEC §6, "new relation from the read data"),
with checked KvK, VAT id and IBAN; :meth:`RelationService.next_code` suggests a free code.
"""

from __future__ import annotations

import builtins
import json
import re
import secrets
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from stdnum import iban as stdnum_iban
from stdnum.eu import vat as stdnum_vat

from app.errors import Conflict, InvalidInput, NotFound
from app.models import (
    Administration,
    AuditEntry,
    CostCentre,
    GLAccount,
    Journal,
    Project,
    Relation,
    VatCode,
)
from app.models.administration import RelationIban
from app.models.base import utcnow
from app.services.context import BaseService
from app.services.permissions import Right, require_admin_visible
from app.services.relation_settings import RelationSettings, apply_changes, diff, normalise
from app.services.relations_dto import (
    BulkPreview,
    BulkResult,
    FieldChange,
    GLAccountItem,
    JournalItem,
    MasterItem,
    RelationChange,
    RelationRow,
    RelationSettingsDTO,
    UndoResult,
    VatCodeItem,
    load_master,
    parse_settings,
    relation_row,
    search_filter,
    settings_of,
    state_of,
)
from app.services.validation import clean_email, clean_kvk, clean_name

TYPE_FILTERS = {
    "supplier": ("supplier", "both"),
    "leverancier": ("supplier", "both"),
    "customer": ("customer", "both"),
    "klant": ("customer", "both"),
    "both": ("both",),
}
NEW_TYPES = {
    "supplier": "supplier",
    "leverancier": "supplier",
    "customer": "customer",
    "klant": "customer",
    "both": "both",
    "beide": "both",
}
CODE_START = {"supplier": 1000, "customer": 2000, "both": 1000}


class RelationService(BaseService):
    # ----------------------------------------------------------------- reading
    def list(
        self,
        admin: int | str,
        *,
        search: str | None = None,
        type: str | None = None,
        coding_rule: str | None = None,
        missing_kvk: bool = False,
        include_inactive: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> builtins.list[RelationRow]:
        """The relation list, filtered and ordered by name in SQL."""
        with self.tx() as s:
            a = self._admin(s, admin)
            q = select(Relation).where(Relation.administration_id == a.id)
            if not include_inactive:
                q = q.where(Relation.active.is_(True))
            if type:
                if type.strip().lower() not in TYPE_FILTERS:
                    raise InvalidInput(f"Onbekend type: {type!r} (leverancier, klant of both)")
                q = q.where(Relation.type.in_(TYPE_FILTERS[type.strip().lower()]))
            if coding_rule:
                rule = normalise("coding_rule", coding_rule)
                q = q.where(
                    func.coalesce(Relation.settings["coding_rule"].as_string(), "fixed") == rule
                )
            if missing_kvk:
                q = q.where(or_(Relation.kvk.is_(None), Relation.kvk == ""))
            if search and search.strip():
                like = f"%{search.strip().lower()}%"
                q = q.where(
                    or_(
                        func.lower(Relation.name).like(like),
                        func.lower(Relation.code).like(like),
                        Relation.kvk.like(like),
                    )
                )
            q = q.order_by(func.lower(Relation.name), Relation.code).offset(offset)
            if limit is not None:
                q = q.limit(limit)
            relations = list(s.scalars(q))
            master = load_master(s, a.id, a.code, full=False)
            return [relation_row(r, settings_of(r), master) for r in relations]

    def find(self, admin: int | str, code: str) -> RelationRow:
        """One relation of the administration by its code."""
        with self.tx() as s:
            a = self._admin(s, admin)
            r = s.scalar(
                select(Relation).where(
                    Relation.administration_id == a.id, Relation.code == str(code).strip()
                )
            )
            if r is None:
                raise NotFound(f"Relatie {code} bestaat niet in administratie {a.code}.")
            return relation_row(r, settings_of(r), load_master(s, a.id, a.code, full=False))

    def get_settings(self, relation_id: int) -> RelationSettingsDTO:
        with self.tx() as s:
            r = self._relation(s, relation_id)
            return self._settings_dto(s, r)

    def next_code(self, admin: int | str, type: str = "supplier") -> str:
        """A free code: one above the highest numeric code of this type (1000/2000 to start)."""
        kind = _clean_type(type)
        with self.tx() as s:
            a = self._admin(s, admin)
            return self._next_code(s, a.id, kind)

    # ---------------------------------------------------------------- changing
    def create(
        self,
        admin: int | str,
        *,
        code: str | None = None,
        name: str,
        type: str = "supplier",
        country: str | None = None,
        kvk: str | None = None,
        vat_number: str | None = None,
        iban: str | None = None,
        email: str | None = None,
        city: str | None = None,
        address: str | None = None,
        settings: dict[str, Any] | None = None,
    ) -> RelationRow:
        """A new relation (e.g. from a document's read supplier); ``code`` empty = next free."""
        self.require(Right.CHANGE_PROCESSING_SETTINGS)
        kind = _clean_type(type)
        name = clean_name(name, "Naam van de relatie", 200)
        kvk = clean_kvk(kvk)
        vat = _clean_vat(vat_number)
        account = _clean_iban(iban)
        mail = clean_email(email) if email and email.strip() else None
        land = _clean_country(country) or (vat[:2] if vat and vat[:2] != "EL" else None)
        with self.tx() as s:
            a = self._admin(s, admin)
            code = (str(code).strip() if code else "") or self._next_code(s, a.id, kind)
            if len(code) > 40:
                raise InvalidInput("Relatiecode is te lang (maximaal 40 tekens).")
            if (
                s.scalar(
                    select(Relation.id).where(
                        Relation.administration_id == a.id, Relation.code == code
                    )
                )
                is not None
            ):
                raise Conflict(f"Relatiecode {code} bestaat al in administratie {a.code}.")
            values = RelationSettings()
            if settings:
                values = apply_changes(
                    values, settings, load_master(s, a.id, a.code), own_code=code
                )
            r = Relation(
                administration_id=a.id,
                code=code,
                name=name,
                type=kind,
                country=land,
                kvk=kvk,
                vat_number=vat,
                email=mail,
                city=(city or "").strip() or None,
                address=(address or "").strip()[:300] or None,
                settings=values.to_dict(),
                layout_memory={},
                active=True,
            )
            if account:
                r.ibans.append(RelationIban(iban=account))
            s.add(r)
            s.flush()
            self.audit(s, "relation.create", "relation", r.id, f"{a.code}/{code} {name}")
            return relation_row(r, settings_of(r), load_master(s, a.id, a.code, full=False))

    def update_settings(self, relation_id: int, changes: dict[str, Any]) -> RelationSettingsDTO:
        """Change settings of one relation (``kvk`` included); checked against master data."""
        self.require(Right.CHANGE_PROCESSING_SETTINGS)
        with self.tx() as s:
            r = self._relation(s, relation_id)
            self._write(s, r.administration_id, [r], changes, "relation.update")
            return self._settings_dto(s, r)

    def update_field(self, relation_id: int, name: str, value: Any) -> RelationSettingsDTO:
        """In-place edit of one setting (a double-clicked cell of the relation list)."""
        return self.update_settings(relation_id, {name: value})

    def set_kvk(self, relation_id: int, kvk: str | None) -> RelationSettingsDTO:
        return self.update_settings(relation_id, {"kvk": kvk})

    def set_kvk_numbers(self, numbers: dict[int, str | None]) -> BulkResult:
        """KvK numbers for several relations of one administration at once (8 digits each)."""
        self.require(Right.CHANGE_PROCESSING_SETTINGS)
        cleaned = {int(rid): clean_kvk(kvk) for rid, kvk in numbers.items()}
        with self.tx() as s:
            relations, admin_id = self._relations(s, cleaned)
            summary = tuple(self._change(r, None, cleaned[r.id]) for r in relations)
            token = self._record(
                s, admin_id, relations, "relation.kvk", lambda r: (settings_of(r), cleaned[r.id])
            )
            return BulkResult(token, BulkPreview(admin_id, summary))

    def preview_bulk(self, relation_ids: Iterable[int], changes: dict[str, Any]) -> BulkPreview:
        """What ``apply_bulk`` would change, per relation, without changing anything."""
        self.require(Right.CHANGE_PROCESSING_SETTINGS)
        with self.tx() as s:
            relations, admin_id = self._relations(s, relation_ids)
            new = self._new_settings(s, admin_id, relations, changes)
            return BulkPreview(
                admin_id, tuple(self._change(r, new[r.id], r.kvk) for r in relations)
            )

    def apply_bulk(self, relation_ids: Iterable[int], changes: dict[str, Any]) -> BulkResult:
        """Apply the same changes to every relation; returns the summary and an undo token."""
        self.require(Right.CHANGE_PROCESSING_SETTINGS)
        if "kvk" in changes:
            raise InvalidInput(
                "KvK-nummers verschillen per relatie; gebruik 'KvK-nummers "
                "invullen' om ze voor meerdere relaties tegelijk te zetten."
            )
        with self.tx() as s:
            relations, admin_id = self._relations(s, relation_ids)
            new = self._new_settings(s, admin_id, relations, changes)
            preview = BulkPreview(
                admin_id, tuple(self._change(r, new[r.id], r.kvk) for r in relations)
            )
            token = self._record(
                s, admin_id, relations, "relation.bulk", lambda r: (new[r.id], r.kvk)
            )
            return BulkResult(token, preview)

    def undo(self, token: str, *, force: bool = False) -> UndoResult:
        """Restore exactly the settings and KvK numbers from before the change of ``token``.

        Refuses (Conflict) when a relation was changed again afterwards, unless ``force``.
        """
        self.require(Right.CHANGE_PROCESSING_SETTINGS)
        entry_id, _, secret = str(token).strip().partition("-")
        with self.tx() as s:
            entry = s.get(AuditEntry, int(entry_id)) if entry_id.isdigit() else None
            data = json.loads(entry.detail or "{}") if entry is not None else {}
            if (
                entry is None
                or not entry.action.startswith("relation.")
                or not secrets.compare_digest(str(data.get("token", "")), secret)
            ):
                raise NotFound(f"Onbekende of verlopen code om ongedaan te maken: {token}")
            if data.get("undone_at"):
                raise Conflict("Deze wijziging is al ongedaan gemaakt.")
            admin_id = int(data["administration_id"])
            require_admin_visible(s, self.actor.user_id, self.actor.role, admin_id)
            ids = [int(i) for i in data["before"]]
            relations = {r.id: r for r in s.scalars(select(Relation).where(Relation.id.in_(ids)))}
            later = [
                relations[i].code
                for i in ids
                if i in relations and state_of(relations[i]) != data["after"][str(i)]
            ]
            if later and not force:
                raise Conflict(
                    "Relatie(s) " + ", ".join(sorted(later)) + " zijn na deze "
                    "wijziging opnieuw gewijzigd; ongedaan maken zou dat overschrijven."
                )
            restored = []
            for i in ids:
                r = relations.get(i)
                if r is None:  # removed since; nothing to restore
                    continue
                before = data["before"][str(i)]
                restored.append(self._change(r, parse_settings(before["settings"]), before["kvk"]))
                r.settings, r.kvk = before["settings"], before["kvk"]
            entry.detail = json.dumps(
                {**data, "undone_at": utcnow().isoformat(), "undone_by": self.actor.user_id}
            )
            self.audit(s, "relation.undo", "audit_entry", entry.id, f"{len(restored)} relaties")
            return UndoResult(str(token), admin_id, tuple(restored))

    # ----------------------------------------------------------- master data
    def gl_accounts(
        self,
        admin: int | str,
        search: str | None = None,
        *,
        include_blocked: bool = False,
        limit: int = 200,
    ) -> builtins.list[GLAccountItem]:
        with self.tx() as s:
            a = self._admin(s, admin)
            q = select(GLAccount).where(GLAccount.administration_id == a.id)
            if not include_blocked:
                q = q.where(GLAccount.blocked.is_(False))
            q = search_filter(q, GLAccount, search).order_by(GLAccount.code).limit(limit)
            return [
                GLAccountItem(g.code, g.name, g.kind, g.blocked, f"{g.code} – {g.name}")
                for g in s.scalars(q)
            ]

    def vat_codes(self, admin: int | str) -> builtins.list[VatCodeItem]:
        with self.tx() as s:
            a = self._admin(s, admin)
            master = load_master(s, a.id, a.code)
            rows = s.scalars(
                select(VatCode).where(VatCode.administration_id == a.id).order_by(VatCode.code)
            )
            return [
                VatCodeItem(
                    v.code,
                    v.description,
                    v.kind,
                    v.direction,
                    tuple(sorted(master.vat_codes.get(v.code, ()), key=float)),
                )
                for v in rows
            ]

    def journals(
        self, admin: int | str, document_type: str | None = None
    ) -> builtins.list[JournalItem]:
        """The administration's journals by code; with ``document_type`` purchase or sales
        only the journals of that type — when the master data has any (else all of them)."""
        with self.tx() as s:
            a = self._admin(s, admin)
            rows = [
                JournalItem(j.code, j.name, j.type, f"{j.code} – {j.name}")
                for j in s.scalars(
                    select(Journal).where(Journal.administration_id == a.id).order_by(Journal.code)
                )
            ]
        return journals_for(rows, document_type)

    def cost_centres(
        self, admin: int | str, search: str | None = None
    ) -> builtins.list[MasterItem]:
        return self._items(admin, CostCentre, search)

    def projects(self, admin: int | str, search: str | None = None) -> builtins.list[MasterItem]:
        return self._items(admin, Project, search)

    # ---------------------------------------------------------------- helpers
    @staticmethod
    def _next_code(s: Session, admin_id: int, kind: str) -> str:
        codes = s.scalars(
            select(Relation.code).where(
                Relation.administration_id == admin_id, Relation.type.in_(TYPE_FILTERS[kind])
            )
        )
        numbers = [int(c) for c in codes if c and c.isdigit()]
        taken = set(s.scalars(select(Relation.code).where(Relation.administration_id == admin_id)))
        number = max(numbers) + 1 if numbers else CODE_START[kind]
        while str(number) in taken:
            number += 1
        return str(number)

    def _items(self, admin: int | str, model: Any, search: str | None) -> builtins.list[MasterItem]:
        with self.tx() as s:
            a = self._admin(s, admin)
            q = search_filter(select(model).where(model.administration_id == a.id), model, search)
            return [
                MasterItem(m.code, m.name, f"{m.code} – {m.name}")
                for m in s.scalars(q.order_by(model.code))
            ]

    def _admin(self, s: Session, admin: int | str):
        from app.services.administrations import AdministrationService

        return AdministrationService(self.app, self.actor).resolve(s, admin)

    def _relation(self, s: Session, relation_id: int) -> Relation:
        r = s.get(Relation, int(relation_id))
        if r is None:
            raise NotFound(f"Relatie {relation_id} bestaat niet of is niet zichtbaar voor u.")
        try:
            require_admin_visible(s, self.actor.user_id, self.actor.role, r.administration_id)
        except NotFound as exc:
            raise NotFound(
                f"Relatie {relation_id} bestaat niet of is niet zichtbaar voor u."
            ) from exc
        return r

    def _relations(self, s: Session, ids: Iterable[int]) -> tuple[builtins.list[Relation], int]:
        wanted = list(dict.fromkeys(int(i) for i in ids))
        if not wanted:
            raise InvalidInput("Kies minstens één relatie.")
        found = {r.id: r for r in s.scalars(select(Relation).where(Relation.id.in_(wanted)))}
        missing = [i for i in wanted if i not in found]
        if missing:
            raise NotFound(f"Relatie {missing[0]} bestaat niet of is niet zichtbaar voor u.")
        admins = {r.administration_id for r in found.values()}
        if len(admins) > 1:
            raise InvalidInput("Bulkbewerking wijzigt relaties van één administratie tegelijk.")
        admin_id = admins.pop()
        require_admin_visible(s, self.actor.user_id, self.actor.role, admin_id)
        return [found[i] for i in wanted], admin_id

    def _new_settings(
        self, s: Session, admin_id: int, relations: builtins.list[Relation], changes: dict[str, Any]
    ) -> dict[int, Any]:
        if not changes:
            raise InvalidInput("Geen wijzigingen opgegeven.")
        admin = s.get(Administration, admin_id)
        master = load_master(s, admin_id, admin.code if admin else "")
        return {
            r.id: apply_changes(settings_of(r), changes, master, own_code=r.code) for r in relations
        }

    def _write(
        self,
        s: Session,
        admin_id: int,
        relations: builtins.list[Relation],
        changes: dict[str, Any],
        action: str,
    ) -> str:
        changes = dict(changes)
        has_kvk = "kvk" in changes
        kvk = clean_kvk(changes.pop("kvk")) if has_kvk else None
        if not changes and not has_kvk:
            raise InvalidInput("Geen wijzigingen opgegeven.")
        new = (
            self._new_settings(s, admin_id, relations, changes)
            if changes
            else {r.id: settings_of(r) for r in relations}
        )
        return self._record(
            s, admin_id, relations, action, lambda r: (new[r.id], kvk if has_kvk else r.kvk)
        )

    def _record(
        self, s: Session, admin_id: int, relations: builtins.list[Relation], action: str, target
    ) -> str:
        """Write the new state of each relation and audit before/after; returns the token."""
        secret = secrets.token_hex(8)
        before, after = {}, {}
        for r in relations:
            before[str(r.id)] = state_of(r)
            settings, kvk = target(r)
            r.settings, r.kvk = settings.to_dict(), kvk
            after[str(r.id)] = state_of(r)
        entry = AuditEntry(
            user_id=self.actor.user_id,
            action=action,
            object_type="relation",
            object_id=relations[0].id if len(relations) == 1 else None,
            detail=json.dumps(
                {"token": secret, "administration_id": admin_id, "before": before, "after": after}
            ),
        )
        s.add(entry)
        s.flush()
        return f"{entry.id}-{secret}"

    @staticmethod
    def _change(r: Relation, new_settings, new_kvk: str | None) -> RelationChange:
        changes = (
            [FieldChange(*c) for c in diff(settings_of(r), new_settings)]
            if new_settings is not None
            else []
        )
        if (r.kvk or None) != (new_kvk or None):
            changes.append(FieldChange("kvk", "KvK-nummer", r.kvk or "—", new_kvk or "—"))
        return RelationChange(r.id, r.code, r.name, tuple(changes))

    def _settings_dto(self, s: Session, r: Relation) -> RelationSettingsDTO:
        master = load_master(s, r.administration_id, "", full=False)
        settings = settings_of(r)
        return RelationSettingsDTO(
            r.id,
            r.administration_id,
            r.code,
            r.name,
            r.kvk,
            settings,
            relation_row(r, settings, master),
        )


def journals_for(
    journals: Iterable[JournalItem], document_type: str | None
) -> builtins.list[JournalItem]:
    """The journals that fit a document of ``document_type``: the purchase journals for a
    purchase document, the sales journals for a sales one — when there are any; else all."""
    journals = builtins.list(journals)
    if document_type in ("purchase", "sales"):
        fitting = [j for j in journals if j.type == document_type]
        if fitting:
            return fitting
    return journals


def _clean_type(value: str | None) -> str:
    kind = NEW_TYPES.get((value or "supplier").strip().lower())
    if kind is None:
        raise InvalidInput(f"Onbekend type: {value!r} (leverancier, klant of both)")
    return kind


def _clean_country(value: str | None) -> str | None:
    text = (value or "").strip().upper()
    if not text:
        return None
    if not re.fullmatch(r"[A-Z]{2}", text):
        raise InvalidInput(f"Ongeldige landcode: {value!r} (twee letters, bijv. NL)")
    return text


def _clean_vat(value: str | None) -> str | None:
    """An EU VAT id (btw-nummer), checked with python-stdnum; stored compact (NL...B01)."""
    if not value or not str(value).strip():
        return None
    try:
        compact = stdnum_vat.compact(str(value))
    except Exception:  # noqa: BLE001 - stdnum raises its own ValidationError family
        compact = ""
    if not compact or not stdnum_vat.is_valid(compact):
        raise InvalidInput(f"Ongeldig btw-nummer: {value!r} (bijv. NL123456789B01)")
    return compact[:20]


def _clean_iban(value: str | None) -> str | None:
    """An IBAN, checked (country format and check digits) with python-stdnum; stored compact."""
    if not value or not str(value).strip():
        return None
    compact = stdnum_iban.compact(str(value))
    if not stdnum_iban.is_valid(compact):
        raise InvalidInput(f"Ongeldig IBAN: {value!r} (controleer land, lengte en controlecijfers)")
    return compact
