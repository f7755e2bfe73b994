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

from sqlalchemy import case, exists, func, or_, select
from sqlalchemy.orm import Session

from app.models import Comment, Document, ExportAttempt, ReceivedFile, Relation
from app.models.enums import CommentState, DocumentState, DocumentType
from app.services.archive import DONE_STATES, archive_page, archived_at_expr
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

_open_comment = exists().where(Comment.document_id == Document.id,
                               Comment.state == CommentState.OPEN)
_any_comment = exists().where(Comment.document_id == Document.id)
GROUP_CONDITIONS = {
    ReviewGroup.OPEN_COMMENTS: _open_comment,
    ReviewGroup.NO_COMMENTS: ~_any_comment,
    ReviewGroup.CLOSED_COMMENTS: _any_comment & ~_open_comment,
}
REVIEW_SORT = {
    "received_at": ReceivedFile.received_at, "invoice_date": Document.invoice_date,
    "invoice_number": Document.invoice_number, "relation": Relation.name,
    "amount": Document.total_incl_vat, "type": Document.type, "state": Document.state,
    "id": Document.id,
}
REVIEW_TEXT = (Document.invoice_number, Relation.name, Relation.code, ReceivedFile.original_name)

_doc_count = (select(func.count(Document.id))
              .where(Document.received_file_id == ReceivedFile.id,
                     Document.state != DocumentState.REJECTED)
              .correlate(ReceivedFile).scalar_subquery())
FILE_SORT = {
    "received_at": ReceivedFile.received_at, "name": ReceivedFile.original_name,
    "origin": ReceivedFile.origin, "state": ReceivedFile.state,
    "documents": _doc_count, "id": ReceivedFile.id,
}
FILE_TEXT = (ReceivedFile.original_name, ReceivedFile.sender, ReceivedFile.error)

EXPORT_SORT = {
    "started_at": ExportAttempt.started_at, "status": ExportAttempt.status,
    "invoice_number": Document.invoice_number, "invoice_date": Document.invoice_date,
    "relation": Relation.name, "amount": Document.total_incl_vat, "type": Document.type,
}
EXPORT_TEXT = (Document.invoice_number, Relation.name, Relation.code,
               ExportAttempt.package_reference, ExportAttempt.error_message)


class HubService(BaseService):
    def _admin_id(self, s: Session, admin_ref: int | str, right: Right | None = None) -> int:
        if right is not None:
            self.require(right)
        from app.services.administrations import AdministrationService

        return AdministrationService(self.app, self.actor).resolve(s, admin_ref).id

    # -- received files ---------------------------------------------------------------------
    def received_files(self, admin_ref: int | str, *, offset: int = 0, limit: int = 100,
                       sort: str = "received_at", descending: bool = True,
                       text: str | None = None) -> Page[ReceivedFileRow]:
        """Every file that came in: origin, when, state, error and number of documents."""
        offset, limit = page_bounds(offset, limit)
        with self.tx() as s:
            aid = self._admin_id(s, admin_ref)
            where = (ReceivedFile.administration_id == aid) & contains_words(FILE_TEXT, text)
            total = s.scalar(select(func.count(ReceivedFile.id)).where(where))
            q = (select(ReceivedFile.id, ReceivedFile.original_name, ReceivedFile.origin,
                        ReceivedFile.sender, ReceivedFile.received_at, ReceivedFile.state,
                        ReceivedFile.error, _doc_count,
                        ReceivedFile.duplicate_of_id, ReceivedFile.processed_at)
                 .where(where))
            q = ordered(q, sort, FILE_SORT, ReceivedFile.id, descending)
            rows = tuple(ReceivedFileRow(*r) for r in s.execute(q.offset(offset).limit(limit)))
            return Page(int(total or 0), offset, rows)

    # -- review -----------------------------------------------------------------------------
    def counters(self, admin_ref: int | str, *, now: datetime | None = None) -> ReviewCounters:
        """The Review tab's counters (definitions on :class:`ReviewCounters`)."""
        with self.tx() as s:
            aid = self._admin_id(s, admin_ref, Right.REVIEW_DOCUMENTS)
            start = month_start(now)
            in_review = Document.state.in_(REVIEW_STATES)
            this_month = (Document.created_at >= start) & (
                Document.state != DocumentState.REJECTED)
            per_type = {t: (0, 0) for t in DocumentType}
            rows = s.execute(
                select(Document.type, func.sum(case((in_review, 1), else_=0)),
                       func.sum(case((this_month, 1), else_=0)))
                .where(Document.administration_id == aid,
                       or_(in_review, Document.created_at >= start))
                .group_by(Document.type))
            for doc_type, to_review, month in rows:
                key = DocumentType(doc_type) if doc_type in per_type else DocumentType.OTHER
                prev = per_type[key]
                per_type[key] = (prev[0] + int(to_review or 0), prev[1] + int(month or 0))
            open_actions = s.scalar(
                select(func.count(Comment.id)).join(Document, Document.id == Comment.document_id)
                .where(Document.administration_id == aid, Comment.state == CommentState.OPEN,
                       Document.state.notin_(FINISHED_STATES)))
            p, sa, o = (per_type[DocumentType.PURCHASE], per_type[DocumentType.SALES],
                        per_type[DocumentType.OTHER])
            return ReviewCounters(p[0] + sa[0] + o[0], p[0], p[1], sa[0], sa[1], o[0], o[1],
                                  int(open_actions or 0))

    def review_ids(self, admin_ref: int | str, group: ReviewGroup | str, *,
                   sort: str = "received_at", descending: bool = False,
                   text: str | None = None) -> list[int]:
        """The ids of one review group, sorted and filtered in SQL (no paging: ids are small)."""
        with self.tx() as s:
            aid = self._admin_id(s, admin_ref, Right.REVIEW_DOCUMENTS)
            q = (select(Document.id)
                 .outerjoin(Relation, Relation.id == Document.relation_id)
                 .outerjoin(ReceivedFile, ReceivedFile.id == Document.received_file_id)
                 .where(Document.administration_id == aid, Document.state.in_(REVIEW_STATES),
                        GROUP_CONDITIONS[ReviewGroup(group)], contains_words(REVIEW_TEXT, text)))
            return list(s.scalars(ordered(q, sort, REVIEW_SORT, Document.id, descending)))

    def rows(self, ids: list[int]) -> list[DocumentRow]:
        """The rows of these documents, in the order asked; invisible ones are left out."""
        self.require(Right.REVIEW_DOCUMENTS)
        open_c = (select(func.count(Comment.id)).where(
            Comment.document_id == Document.id, Comment.state == CommentState.OPEN)
            .correlate(Document).scalar_subquery())
        all_c = (select(func.count(Comment.id)).where(Comment.document_id == Document.id)
                 .correlate(Document).scalar_subquery())
        found: dict[int, DocumentRow] = {}
        with self.tx() as s:
            for chunk in chunks(ids):
                q = (select(Document.id, Document.administration_id, Document.state,
                            Document.type, Document.is_credit_note, Relation.code, Relation.name,
                            Document.invoice_number, Document.invoice_date,
                            Document.total_incl_vat, open_c, all_c, ReceivedFile.received_at,
                            Document.exported_at)
                     .outerjoin(Relation, Relation.id == Document.relation_id)
                     .outerjoin(ReceivedFile, ReceivedFile.id == Document.received_file_id)
                     .where(Document.id.in_(chunk)))
                if not sees_all_administrations(self.actor.role):
                    q = q.where(Document.administration_id.in_(
                        visible_admin_ids_query(self.actor.user_id, self.actor.role)))
                for r in s.execute(q):
                    oc, ac = int(r[10] or 0), int(r[11] or 0)
                    found[r[0]] = DocumentRow(*r[:10], oc, ac - oc, r[12], r[13])
        return [found[i] for i in ids if i in found]

    # -- export -----------------------------------------------------------------------------
    def exports(self, admin_ref: int | str, *, offset: int = 0, limit: int = 100,
                sort: str = "started_at", descending: bool = True, text: str | None = None,
                status: str | None = None) -> Page[ExportRow]:
        """What was sent to the package: every export attempt with its status."""
        offset, limit = page_bounds(offset, limit)
        with self.tx() as s:
            aid = self._admin_id(s, admin_ref, Right.REVIEW_DOCUMENTS)
            where = (Document.administration_id == aid) & contains_words(EXPORT_TEXT, text)
            if status:
                where = where & (ExportAttempt.status == status)
            base = (select(ExportAttempt.id)
                    .join(Document, Document.id == ExportAttempt.document_id)
                    .outerjoin(Relation, Relation.id == Document.relation_id).where(where))
            total = s.scalar(select(func.count()).select_from(base.subquery()))
            q = (select(ExportAttempt.id, Document.id, ExportAttempt.status,
                        ExportAttempt.started_at, ExportAttempt.finished_at, Document.type,
                        Document.is_credit_note, Document.invoice_number, Document.invoice_date,
                        Relation.code, Relation.name, Document.total_incl_vat,
                        ExportAttempt.package_reference, ExportAttempt.entry_number,
                        ExportAttempt.error_message, Document.state)
                 .join(Document, Document.id == ExportAttempt.document_id)
                 .outerjoin(Relation, Relation.id == Document.relation_id).where(where))
            q = ordered(q, sort, EXPORT_SORT, ExportAttempt.id, descending)
            rows = tuple(ExportRow(*r) for r in s.execute(q.offset(offset).limit(limit)))
            return Page(int(total or 0), offset, rows)

    def export_errors(self, admin_ref: int | str) -> ExportErrors:
        """Documents in export error with their latest attempt, split by what to fix.

        A refusal the package blamed on the relation (``error_category == "relation"``) is a
        relation error; anything else, and a document that never reached the package, is a
        document error.
        """
        with self.tx() as s:
            aid = self._admin_id(s, admin_ref, Right.REVIEW_DOCUMENTS)
            latest = (select(ExportAttempt.document_id, func.max(ExportAttempt.id).label("aid"))
                      .join(Document, Document.id == ExportAttempt.document_id)
                      .where(Document.administration_id == aid,
                             Document.state == DocumentState.EXPORT_ERROR)
                      .group_by(ExportAttempt.document_id).subquery())
            attempted = func.coalesce(ExportAttempt.finished_at, ExportAttempt.started_at,
                                      Document.updated_at)
            q = (select(Document.id, ExportAttempt.id, ExportAttempt.error_category,
                        Document.type, Document.is_credit_note, Document.invoice_number,
                        Document.invoice_date, Relation.code, Relation.name,
                        ExportAttempt.error_message, ExportAttempt.error_code, attempted)
                 .outerjoin(latest, latest.c.document_id == Document.id)
                 .outerjoin(ExportAttempt, ExportAttempt.id == latest.c.aid)
                 .outerjoin(Relation, Relation.id == Document.relation_id)
                 .where(Document.administration_id == aid,
                        Document.state == DocumentState.EXPORT_ERROR)
                 .order_by(attempted.desc(), Document.id.desc()))
            relation, document = [], []
            for r in s.execute(q):
                category = "relation" if r[2] == "relation" else "document"
                row = ExportErrorRow(r[0], r[1], category, *r[3:])
                (relation if category == "relation" else document).append(row)
            return ExportErrors(tuple(relation), tuple(document))

    # -- archive tab ------------------------------------------------------------------------
    def recent_archive(self, admin_ref: int | str, *, now: datetime | None = None,
                       offset: int = 0, limit: int = 100, sort: str = "archived_at",
                       descending: bool = True, text: str | None = None) -> Page[ArchiveRow]:
        """Exported in the last 7 days, with the age in words ("30 uur geleden")."""
        now = now or datetime.now(UTC)
        with self.tx() as s:
            aid = self._admin_id(s, admin_ref, Right.ACCESS_ARCHIVE)
            where = archived_at_expr >= now - timedelta(days=RECENT_DAYS)
            return archive_page(s, aid, where, text=text, offset=offset, limit=limit,
                                sort=sort, descending=descending, now=now,
                                language=self.actor.language)
