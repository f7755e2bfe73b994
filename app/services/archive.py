"""The Archive page: exported documents of an administration, searchable, and their originals.

A document is in the archive once it is exported (state exported or archived, with its
``exported_at`` set by the export). The hub's archive tab shows what was exported in the last 7
days (:meth:`app.services.hub.HubService.recent_archive`); this page shows what is older —
exactly the complement, both on the indexed ``exported_at`` —
searchable by relation, invoice number, amount range, invoice-date range and full text
(``Document.search_text``: ``ILIKE`` on PostgreSQL, ``lower() LIKE`` on SQLite — every word must
occur). Lists follow the unbounded-list pattern (:meth:`ArchiveService.ids` then
:meth:`ArchiveService.rows`), or :meth:`ArchiveService.search` for one page. Everything needs
ACCESS_ARCHIVE and the administration visible.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.errors import InvalidInput, NotFound
from app.models import Document, ReceivedFile, Relation
from app.models.enums import DocumentState
from app.services.context import BaseService
from app.services.hub_dto import ArchiveRow, Page, humanize_age
from app.services.listing import chunks, contains_words, ordered, page_bounds
from app.services.permissions import (
    Right,
    require_admin_visible,
    sees_all_administrations,
    visible_admin_ids_query,
)
from app.services.store import FileStore

DONE_STATES = (DocumentState.EXPORTED, DocumentState.ARCHIVED)
ARCHIVE_AFTER_DAYS = 7

ARCHIVE_SORT = {
    "exported_at": Document.exported_at,
    "invoice_date": Document.invoice_date,
    "invoice_number": Document.invoice_number,
    "relation": Relation.name,
    "amount": Document.total_incl_vat,
    "type": Document.type,
    "id": Document.id,
}
FULL_TEXT = (Document.search_text, Document.invoice_number, Relation.name, Relation.code)
_COLUMNS = (
    Document.id,
    Document.administration_id,
    Document.type,
    Document.is_credit_note,
    Document.invoice_number,
    Document.invoice_date,
    Relation.code,
    Relation.name,
    Document.total_incl_vat,
    Document.currency,
    Document.exported_at,
    Document.archived_at,
    ReceivedFile.original_name,
)


@dataclass(frozen=True)
class ArchiveQuery:
    """What to look for; every criterion given must hold."""

    relation: str | None = None  # words in the relation's name or code
    relation_id: int | None = None
    number: str | None = None  # part of the invoice number
    amount_min: Decimal | None = None  # total incl. VAT
    amount_max: Decimal | None = None
    date_from: date | None = None  # invoice date, inclusive
    date_to: date | None = None
    text: str | None = None  # full text: every word somewhere in the document
    type: str | None = None  # purchase | sales | other

    def where(self) -> ColumnElement[bool]:
        if (
            self.amount_min is not None
            and self.amount_max is not None
            and self.amount_min > self.amount_max
        ):
            raise InvalidInput("Het minimumbedrag is hoger dan het maximumbedrag.")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InvalidInput("De begindatum ligt na de einddatum.")
        cond = contains_words((Relation.name, Relation.code), self.relation)
        cond = cond & contains_words((Document.invoice_number,), self.number)
        cond = cond & contains_words(FULL_TEXT, self.text)
        for column, op, value in (
            (Document.relation_id, "eq", self.relation_id),
            (Document.type, "eq", self.type),
            (Document.total_incl_vat, "ge", self.amount_min),
            (Document.total_incl_vat, "le", self.amount_max),
            (Document.invoice_date, "ge", self.date_from),
            (Document.invoice_date, "le", self.date_to),
        ):
            if value is not None:
                cond = cond & getattr(column, f"__{op}__")(value)
        return cond


def _base(columns, admin_id: int, where) -> Select:
    return (
        select(*columns)
        .outerjoin(Relation, Relation.id == Document.relation_id)
        .outerjoin(ReceivedFile, ReceivedFile.id == Document.received_file_id)
        .where(Document.administration_id == admin_id, Document.state.in_(DONE_STATES), where)
    )


def _row(r, now: datetime | None, language: str) -> ArchiveRow:
    age = humanize_age(now - r[10], language) if now is not None and r[10] else ""
    return replace(ArchiveRow(*r), age=age)


def archive_page(
    s: Session,
    admin_id: int,
    where,
    *,
    text: str | None,
    offset: int,
    limit: int,
    sort: str,
    descending: bool,
    now: datetime | None = None,
    language: str = "nl",
) -> Page[ArchiveRow]:
    """One page of archived documents matching ``where`` and the full ``text``."""
    offset, limit = page_bounds(offset, limit)
    where = where & contains_words(FULL_TEXT, text)
    total = s.scalar(_base((func.count(Document.id),), admin_id, where))
    q = ordered(_base(_COLUMNS, admin_id, where), sort, ARCHIVE_SORT, Document.id, descending)
    rows = tuple(_row(r, now, language) for r in s.execute(q.offset(offset).limit(limit)))
    return Page(int(total or 0), offset, rows)


class ArchiveService(BaseService):
    def _admin_id(self, s: Session, admin_ref: int | str) -> int:
        self.require(Right.ACCESS_ARCHIVE)
        from app.services.administrations import AdministrationService

        return AdministrationService(self.app, self.actor).resolve(s, admin_ref).id

    @staticmethod
    def _older(query: ArchiveQuery, now: datetime | None) -> ColumnElement[bool]:
        cutoff = (now or datetime.now(UTC)) - timedelta(days=ARCHIVE_AFTER_DAYS)
        return (Document.exported_at < cutoff) & query.where()

    def search(
        self,
        admin_ref: int | str,
        query: ArchiveQuery | None = None,
        *,
        offset: int = 0,
        limit: int = 100,
        sort: str = "exported_at",
        descending: bool = True,
        now: datetime | None = None,
    ) -> Page[ArchiveRow]:
        """One page of the archive (exported more than 7 days ago) matching ``query``."""
        query = query or ArchiveQuery()
        with self.tx() as s:
            aid = self._admin_id(s, admin_ref)
            return archive_page(
                s,
                aid,
                self._older(query, now),
                text=None,
                offset=offset,
                limit=limit,
                sort=sort,
                descending=descending,
            )

    def ids(
        self,
        admin_ref: int | str,
        query: ArchiveQuery | None = None,
        *,
        sort: str = "exported_at",
        descending: bool = True,
        now: datetime | None = None,
    ) -> list[int]:
        """All matching ids, sorted in SQL (the page keeps these plus a row cache)."""
        query = query or ArchiveQuery()
        with self.tx() as s:
            aid = self._admin_id(s, admin_ref)
            q = _base((Document.id,), aid, self._older(query, now))
            return list(s.scalars(ordered(q, sort, ARCHIVE_SORT, Document.id, descending)))

    def rows(self, ids: list[int]) -> list[ArchiveRow]:
        """The rows of these archived documents, in the order asked; others are left out."""
        self.require(Right.ACCESS_ARCHIVE)
        found: dict[int, ArchiveRow] = {}
        with self.tx() as s:
            for chunk in chunks(ids):
                q = (
                    select(*_COLUMNS)
                    .outerjoin(Relation, Relation.id == Document.relation_id)
                    .outerjoin(ReceivedFile, ReceivedFile.id == Document.received_file_id)
                    .where(Document.id.in_(chunk), Document.state.in_(DONE_STATES))
                )
                if not sees_all_administrations(self.actor.role):
                    q = q.where(
                        Document.administration_id.in_(
                            visible_admin_ids_query(self.actor.user_id, self.actor.role)
                        )
                    )
                for r in s.execute(q):
                    found[r[0]] = _row(r, None, self.actor.language)
        return [found[i] for i in ids if i in found]

    def original(self, doc_id: int) -> tuple[str, bytes]:
        """The file the archived document was read from: (original file name, bytes)."""
        self.require(Right.ACCESS_ARCHIVE)
        with self.tx() as s:
            row = s.execute(
                select(
                    Document.administration_id,
                    Document.state,
                    ReceivedFile.original_name,
                    ReceivedFile.sha256,
                )
                .outerjoin(ReceivedFile, ReceivedFile.id == Document.received_file_id)
                .where(Document.id == doc_id)
            ).first()
            if row is None:
                raise NotFound(f"Document {doc_id} bestaat niet.")
            require_admin_visible(s, self.actor.user_id, self.actor.role, row[0])
        if row[1] not in DONE_STATES:
            raise NotFound(f"Document {doc_id} staat niet in het archief.")
        if row[3] is None:
            raise NotFound(f"Van document {doc_id} is geen origineel bestand bewaard.")
        try:
            return row[2], FileStore(self.app.paths.store).read(row[3])
        except FileNotFoundError as exc:
            raise NotFound(
                f"Het originele bestand van document {doc_id} ontbreekt in de opslag."
            ) from exc
