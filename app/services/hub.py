"""Document Hub queries per administration (SPEC.md §5): received files, review, export, archive.

Everything is counted, filtered, sorted and paged in SQL and returned as frozen dataclasses of
:mod:`app.services.hub_dto`. The review groups follow the unbounded-list pattern: the page asks
:meth:`HubService.review_ids` for the sorted ids of a group once and then :meth:`HubService.rows`
for the rows it is about to show. Review state means :data:`REVIEW_STATES` (in review, or waiting
for authorisation/confirmation). Rights: every call needs the administration visible; received
files need nothing more; review groups, counters, the export and export-error tabs need
REVIEW_DOCUMENTS; the archive tab needs ACCESS_ARCHIVE (an Aanleveraar sees received files and
the archive only).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.models import Comment, Document, ExportAttempt, ReceivedFile, Relation
from app.models.enums import CommentState, DocumentState, DocumentType
from app.services.archive import DONE_STATES, archive_page
from app.services.context import BaseService
from app.services.document_dto import DocumentRow
from app.services.hub_dto import (
    ArchiveRow,
    ExportErrorRow,
    ExportErrors,
    ExportRow,
    Page,
    ReceivedFileRow,
    ReviewCounters,
    ReviewGroup,
)
from app.services.listing import chunks, contains_words, month_start, ordered, page_bounds
from app.services.permissions import Right, sees_all_administrations, visible_admin_ids_query

REVIEW_STATES = (DocumentState.REVIEW, DocumentState.TO_AUTHORISE, DocumentState.TO_CONFIRM)
FINISHED_STATES = (*DONE_STATES, DocumentState.REJECTED)
RECENT_DAYS = 7

# IN (subquery) rather than a correlated EXISTS: SQLite without statistics would otherwise probe
# the comments through their state index once per document (~40x slower at 10k documents).
_has_open = Document.id.in_(select(Comment.document_id).where(Comment.state == CommentState.OPEN))
_has_any = Document.id.in_(select(Comment.document_id))
GROUP_CONDITIONS = {
    ReviewGroup.OPEN_COMMENTS: _has_open,
    ReviewGroup.NO_COMMENTS: ~_has_any,
    ReviewGroup.CLOSED_COMMENTS: _has_any & ~_has_open,
}
REVIEW_SORT = {
    "received_at": ReceivedFile.received_at,
    "invoice_date": Document.invoice_date,
    "invoice_number": Document.invoice_number,
    "relation": Relation.name,
    "amount": Document.total_incl_vat,
    "type": Document.type,
    "state": Document.state,
    "id": Document.id,
}
REVIEW_TEXT = (Document.invoice_number, Relation.name, Relation.code, ReceivedFile.original_name)

_doc_count = (
    select(func.count(Document.id))
    .where(Document.received_file_id == ReceivedFile.id, Document.state != DocumentState.REJECTED)
    .correlate(ReceivedFile)
    .scalar_subquery()
)
FILE_SORT = {
    "received_at": ReceivedFile.received_at,
    "name": ReceivedFile.original_name,
    "origin": ReceivedFile.origin,
    "state": ReceivedFile.state,
    "documents": _doc_count,
    "id": ReceivedFile.id,
}
FILE_TEXT = (ReceivedFile.original_name, ReceivedFile.sender, ReceivedFile.error)

EXPORT_SORT = {
    "id": ExportAttempt.id,
    "started_at": ExportAttempt.started_at,
    "status": ExportAttempt.status,
    "invoice_number": Document.invoice_number,
    "invoice_date": Document.invoice_date,
    "relation": Relation.name,
    "amount": Document.total_incl_vat,
    "type": Document.type,
}
ATTEMPT_SORTS = {"id", "started_at", "status"}
EXPORT_TEXT = (
    Document.invoice_number,
    Relation.name,
    Relation.code,
    ExportAttempt.package_reference,
    ExportAttempt.error_message,
)


class HubService(BaseService):
    def _admin_id(self, s: Session, admin_ref: int | str, right: Right | None = None) -> int:
        if right is not None:
            self.require(right)
        from app.services.administrations import AdministrationService

        return AdministrationService(self.app, self.actor).resolve(s, admin_ref).id

    # -- received files ---------------------------------------------------------------------
    def received_files(
        self,
        admin_ref: int | str,
        *,
        offset: int = 0,
        limit: int = 100,
        sort: str = "received_at",
        descending: bool = True,
        text: str | None = None,
    ) -> Page[ReceivedFileRow]:
        """Every file that came in: origin, when, state, error and number of documents."""
        offset, limit = page_bounds(offset, limit)
        with self.tx() as s:
            aid = self._admin_id(s, admin_ref)
            where = (ReceivedFile.administration_id == aid) & contains_words(FILE_TEXT, text)
            total = s.scalar(select(func.count(ReceivedFile.id)).where(where))
            q = select(
                ReceivedFile.id,
                ReceivedFile.original_name,
                ReceivedFile.origin,
                ReceivedFile.sender,
                ReceivedFile.received_at,
                ReceivedFile.state,
                ReceivedFile.error,
                _doc_count,
                ReceivedFile.duplicate_of_id,
                ReceivedFile.processed_at,
            ).where(where)
            q = ordered(q, sort, FILE_SORT, ReceivedFile.id, descending)
            rows = tuple(ReceivedFileRow(*r) for r in s.execute(q.offset(offset).limit(limit)))
            return Page(int(total or 0), offset, rows)

    # -- review -----------------------------------------------------------------------------
    def counters(self, admin_ref: int | str, *, now: datetime | None = None) -> ReviewCounters:
        """The Review tab's counters (definitions on :class:`ReviewCounters`)."""
        with self.tx() as s:
            aid = self._admin_id(s, admin_ref, Right.REVIEW_DOCUMENTS)
            per_type = {t: [0, 0] for t in DocumentType}
            to_review = s.execute(
                select(Document.type, func.count(Document.id))
                .where(Document.administration_id == aid, Document.state.in_(REVIEW_STATES))
                .group_by(Document.type)
            ).all()
            this_month = s.execute(
                select(Document.type, func.count(Document.id))
                .join(ReceivedFile, ReceivedFile.id == Document.received_file_id)
                .where(
                    ReceivedFile.administration_id == aid,
                    ReceivedFile.received_at >= month_start(now),
                    Document.state != DocumentState.REJECTED,
                )
                .group_by(Document.type)
            ).all()
            for column, rows in ((0, to_review), (1, this_month)):
                for doc_type, n in rows:
                    key = DocumentType(doc_type) if doc_type in per_type else DocumentType.OTHER
                    per_type[key][column] += int(n)
            active = select(Document.id).where(
                Document.administration_id == aid, Document.state.notin_(FINISHED_STATES)
            )
            open_actions = s.scalar(
                select(func.count(Comment.id)).where(
                    Comment.state == CommentState.OPEN, Comment.document_id.in_(active)
                )
            )
            p, sa, o = (
                per_type[DocumentType.PURCHASE],
                per_type[DocumentType.SALES],
                per_type[DocumentType.OTHER],
            )
            return ReviewCounters(
                p[0] + sa[0] + o[0], p[0], p[1], sa[0], sa[1], o[0], o[1], int(open_actions or 0)
            )

    def review_ids(
        self,
        admin_ref: int | str,
        group: ReviewGroup | str,
        *,
        sort: str = "id",
        descending: bool = False,
        text: str | None = None,
    ) -> list[int]:
        """The ids of one review group, sorted and filtered in SQL (no paging: ids are small).

        The default order, by id, is the order the documents arrived in; it is answered from
        the indexes alone. Other ``sort`` keys: see :data:`REVIEW_SORT`.
        """
        with self.tx() as s:
            aid = self._admin_id(s, admin_ref, Right.REVIEW_DOCUMENTS)
            q = (
                select(Document.id)
                .outerjoin(Relation, Relation.id == Document.relation_id)
                .outerjoin(ReceivedFile, ReceivedFile.id == Document.received_file_id)
                .where(
                    Document.administration_id == aid,
                    Document.state.in_(REVIEW_STATES),
                    GROUP_CONDITIONS[ReviewGroup(group)],
                    contains_words(REVIEW_TEXT, text),
                )
            )
            return list(s.scalars(ordered(q, sort, REVIEW_SORT, Document.id, descending)))

    def rows(self, ids: list[int]) -> list[DocumentRow]:
        """The rows of these documents, in the order asked; invisible ones are left out."""
        self.require(Right.REVIEW_DOCUMENTS)
        found: dict[int, DocumentRow] = {}
        with self.tx() as s:
            for chunk in chunks(ids):
                q = (
                    select(
                        Document.id,
                        Document.administration_id,
                        Document.state,
                        Document.type,
                        Document.is_credit_note,
                        Relation.code,
                        Relation.name,
                        Document.invoice_number,
                        Document.invoice_date,
                        Document.total_incl_vat,
                        ReceivedFile.received_at,
                        Document.exported_at,
                    )
                    .outerjoin(Relation, Relation.id == Document.relation_id)
                    .outerjoin(ReceivedFile, ReceivedFile.id == Document.received_file_id)
                    .where(Document.id.in_(chunk))
                )
                if not sees_all_administrations(self.actor.role):
                    q = q.where(
                        Document.administration_id.in_(
                            visible_admin_ids_query(self.actor.user_id, self.actor.role)
                        )
                    )
                counts = {
                    doc_id: (int(o or 0), int(n) - int(o or 0))
                    for doc_id, o, n in s.execute(
                        select(
                            Comment.document_id,
                            func.sum(case((Comment.state == CommentState.OPEN, 1), else_=0)),
                            func.count(Comment.id),
                        )
                        .where(Comment.document_id.in_(chunk))
                        .group_by(Comment.document_id)
                    )
                }
                for (
                    doc_id,
                    admin_id,
                    state,
                    doc_type,
                    credit,
                    code,
                    name,
                    number,
                    day,
                    total,
                    received_at,
                    exported_at,
                ) in s.execute(q):
                    open_n, closed_n = counts.get(doc_id, (0, 0))
                    found[doc_id] = DocumentRow(
                        doc_id,
                        admin_id,
                        state,
                        doc_type,
                        credit,
                        code,
                        name,
                        number,
                        day,
                        total,
                        open_n,
                        closed_n,
                        received_at,
                        exported_at,
                    )
        return [found[i] for i in ids if i in found]

    # -- export -----------------------------------------------------------------------------
    def exports(
        self,
        admin_ref: int | str,
        *,
        offset: int = 0,
        limit: int = 100,
        sort: str = "id",
        descending: bool = True,
        text: str | None = None,
        status: str | None = None,
    ) -> Page[ExportRow]:
        """What was sent to the package: every export attempt with its status.

        The default order, newest attempt first by id, is the order they were started in (an
        attempt is written before the package is called) and needs no sort in the database.
        """
        offset, limit = page_bounds(offset, limit)
        with self.tx() as s:
            aid = self._admin_id(s, admin_ref, Right.REVIEW_DOCUMENTS)
            # The administration's documents come from the (administration_id, state) index
            # alone, so counting and the first page never read the wide document rows.
            where: ColumnElement[bool] = ExportAttempt.document_id.in_(
                select(Document.id).where(Document.administration_id == aid)
            )
            if status:
                where = where & (ExportAttempt.status == status)
            if text:
                where = where & contains_words(EXPORT_TEXT, text)
                counted = (
                    select(func.count(ExportAttempt.id))
                    .join(Document, Document.id == ExportAttempt.document_id)
                    .outerjoin(Relation, Relation.id == Document.relation_id)
                    .where(where)
                )
            else:
                counted = select(func.count(ExportAttempt.id)).where(where)
            total = s.scalar(counted)
            q = (
                select(
                    ExportAttempt.id,
                    Document.id,
                    ExportAttempt.status,
                    ExportAttempt.started_at,
                    ExportAttempt.finished_at,
                    Document.type,
                    Document.is_credit_note,
                    Document.invoice_number,
                    Document.invoice_date,
                    Relation.code,
                    Relation.name,
                    Document.total_incl_vat,
                    ExportAttempt.package_reference,
                    ExportAttempt.entry_number,
                    ExportAttempt.error_message,
                    Document.state,
                )
                .join(Document, Document.id == ExportAttempt.document_id)
                .outerjoin(Relation, Relation.id == Document.relation_id)
            )
            if text or sort not in ATTEMPT_SORTS:
                q = ordered(q.where(where), sort, EXPORT_SORT, ExportAttempt.id, descending)
                rows = tuple(ExportRow(*r) for r in s.execute(q.offset(offset).limit(limit)))
            else:  # page the attempts alone, then join only the rows shown
                ids = list(
                    s.scalars(
                        ordered(
                            select(ExportAttempt.id).where(where),
                            sort,
                            EXPORT_SORT,
                            ExportAttempt.id,
                            descending,
                        )
                        .offset(offset)
                        .limit(limit)
                    )
                )
                found = (
                    {r[0]: ExportRow(*r) for r in s.execute(q.where(ExportAttempt.id.in_(ids)))}
                    if ids
                    else {}
                )
                rows = tuple(found[i] for i in ids)
            return Page(int(total or 0), offset, rows)

    def export_errors(self, admin_ref: int | str) -> ExportErrors:
        """Documents in export error with their latest attempt, split by what to fix.

        A refusal the package blamed on the relation (``error_category == "relation"``) is a
        relation error; anything else, and a document that never reached the package, is a
        document error.
        """
        with self.tx() as s:
            aid = self._admin_id(s, admin_ref, Right.REVIEW_DOCUMENTS)
            latest = (
                select(ExportAttempt.document_id, func.max(ExportAttempt.id).label("aid"))
                .join(Document, Document.id == ExportAttempt.document_id)
                .where(
                    Document.administration_id == aid, Document.state == DocumentState.EXPORT_ERROR
                )
                .group_by(ExportAttempt.document_id)
                .subquery()
            )
            attempted = func.coalesce(
                ExportAttempt.finished_at, ExportAttempt.started_at, Document.updated_at
            )
            q = (
                select(
                    Document.id,
                    ExportAttempt.id,
                    ExportAttempt.error_category,
                    Document.type,
                    Document.is_credit_note,
                    Document.invoice_number,
                    Document.invoice_date,
                    Relation.code,
                    Relation.name,
                    ExportAttempt.error_message,
                    ExportAttempt.error_code,
                    attempted,
                )
                .outerjoin(latest, latest.c.document_id == Document.id)
                .outerjoin(ExportAttempt, ExportAttempt.id == latest.c.aid)
                .outerjoin(Relation, Relation.id == Document.relation_id)
                .where(
                    Document.administration_id == aid, Document.state == DocumentState.EXPORT_ERROR
                )
                .order_by(attempted.desc(), Document.id.desc())
            )
            relation: list[ExportErrorRow] = []
            document: list[ExportErrorRow] = []
            for r in s.execute(q):
                category = "relation" if r[2] == "relation" else "document"
                row = ExportErrorRow(r[0], r[1], category, *r[3:])
                (relation if category == "relation" else document).append(row)
            return ExportErrors(tuple(relation), tuple(document))

    # -- archive tab ------------------------------------------------------------------------
    def recent_archive(
        self,
        admin_ref: int | str,
        *,
        now: datetime | None = None,
        offset: int = 0,
        limit: int = 100,
        sort: str = "exported_at",
        descending: bool = True,
        text: str | None = None,
    ) -> Page[ArchiveRow]:
        """Exported in the last 7 days, with the age in words ("30 uur geleden")."""
        now = now or datetime.now(UTC)
        with self.tx() as s:
            aid = self._admin_id(s, admin_ref, Right.ACCESS_ARCHIVE)
            cutoff = now - timedelta(days=RECENT_DAYS)
            # The IN (subquery) lets SQLite answer from the exported_at index and the
            # (administration_id, state) index without reading the wide rows (50x faster).
            where = (Document.exported_at >= cutoff) & Document.id.in_(
                select(Document.id).where(Document.exported_at >= cutoff)
            )
            return archive_page(
                s,
                aid,
                where,
                text=text,
                offset=offset,
                limit=limit,
                sort=sort,
                descending=descending,
                now=now,
                language=self.actor.language,
            )
