"""Documents of an administration: the queue, one document in detail, comments, rejecting,
and the workflow transitions with their history.

Reading needs the administration to be visible; commenting and rejecting need
REVIEW_DOCUMENTS. Every state change goes through :func:`move` so the history is complete and
no transition outside :data:`app.models.enums.DOCUMENT_TRANSITIONS` ever happens.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.errors import InvalidInput, NotFound
from app.models import Comment, CommentReply, Document, DocumentEvent, Relation, User
from app.models.base import utcnow
from app.models.enums import DOCUMENT_TRANSITIONS, CommentState, DocumentState
from app.services.context import BaseService
from app.services.document_dto import (
    BookingLineDTO,
    CommentDTO,
    DocumentDetail,
    DocumentRow,
    EventDTO,
    ExportDTO,
    ReplyDTO,
    read_view,
)
from app.services.permissions import Right, require_admin_visible


def move(
    s: Session,
    doc: Document,
    to_state: str,
    *,
    user_id: int | None,
    action: str,
    detail: str | None = None,
) -> None:
    """Change the document's state (checked against the workflow) and record it."""
    current = DocumentState(doc.state)
    target = DocumentState(to_state)
    if target not in DOCUMENT_TRANSITIONS[current] and target != current:
        raise InvalidInput(
            f"Document {doc.id} kan niet van '{current.value}' naar '{target.value}'."
        )
    doc.state = target.value
    s.add(
        DocumentEvent(
            document=doc,
            user_id=user_id,
            action=action,
            from_state=current.value,
            to_state=target.value,
            detail=detail,
        )
    )


def note(
    s: Session, doc: Document, *, user_id: int | None, action: str, detail: str | None = None
) -> None:
    """Record an action on the document that does not change its state."""
    s.add(DocumentEvent(document=doc, user_id=user_id, action=action, detail=detail))


class DocumentService(BaseService):
    def load(self, s: Session, doc_id: int) -> Document:
        doc = s.get(Document, doc_id)
        if doc is None:
            raise NotFound(f"Document {doc_id} bestaat niet.")
        require_admin_visible(s, self.actor.user_id, self.actor.role, doc.administration_id)
        return doc

    def queue(
        self,
        admin_ref: int | str,
        state: str | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[DocumentRow]:
        from app.services.administrations import AdministrationService

        if state is not None and state not in {st.value for st in DocumentState}:
            raise InvalidInput(
                f"Onbekende status: {state} "
                f"(kies uit {', '.join(st.value for st in DocumentState)})"
            )
        with self.tx() as s:
            admin = AdministrationService(self.app, self.actor).resolve(s, admin_ref)
            open_c = (
                select(func.count(Comment.id))
                .where(Comment.document_id == Document.id, Comment.state == CommentState.OPEN)
                .correlate(Document)
                .scalar_subquery()
            )
            closed_c = (
                select(func.count(Comment.id))
                .where(Comment.document_id == Document.id, Comment.state == CommentState.CLOSED)
                .correlate(Document)
                .scalar_subquery()
            )
            from app.models import ReceivedFile

            q = (
                select(
                    Document,
                    Relation.code,
                    Relation.name,
                    open_c,
                    closed_c,
                    ReceivedFile.received_at,
                )
                .outerjoin(Relation, Relation.id == Document.relation_id)
                .outerjoin(ReceivedFile, ReceivedFile.id == Document.received_file_id)
                .where(Document.administration_id == admin.id)
                .order_by(Document.id)
            )
            if state:
                q = q.where(Document.state == state)
            if limit:
                q = q.limit(limit).offset(offset)
            return [
                DocumentRow(
                    d.id,
                    d.administration_id,
                    d.state,
                    d.type,
                    d.is_credit_note,
                    code,
                    name,
                    d.invoice_number,
                    d.invoice_date,
                    d.total_incl_vat,
                    int(oc or 0),
                    int(cc or 0),
                    rec,
                    d.exported_at,
                )
                for d, code, name, oc, cc, rec in s.execute(q)
            ]

    def show(self, doc_id: int) -> DocumentDetail:
        with self.tx() as s:
            return self.detail(s, self.load(s, doc_id))

    def detail(self, s: Session, doc: Document) -> DocumentDetail:
        # Keyed by user id; looked up with nullable ids (a deleted or absent user) → None.
        names: dict[int | None, str] = dict(
            s.execute(select(User.id, User.first_name + " " + User.last_name)).tuples().all()
        )
        rel = s.get(Relation, doc.relation_id) if doc.relation_id else None
        from app.models import Administration

        admin = s.get(Administration, doc.administration_id)
        comments = s.scalars(
            select(Comment)
            .where(Comment.document_id == doc.id)
            .options(selectinload(Comment.replies))
            .order_by(Comment.id)
        )
        return DocumentDetail(
            id=doc.id,
            administration_id=doc.administration_id,
            administration_code=admin.code if admin else "",
            state=doc.state,
            type=doc.type,
            is_credit_note=doc.is_credit_note,
            source=doc.source,
            original_name=doc.received_file.original_name if doc.received_file else None,
            received_file_id=doc.received_file_id,
            page_from=doc.page_from,
            page_to=doc.page_to,
            relation_id=doc.relation_id,
            relation_code=rel.code if rel else None,
            relation_name=rel.name if rel else None,
            match_method=doc.relation_match_method,
            match_score=doc.relation_match_score,
            journal=doc.journal_code,
            period=(
                (doc.period_year, doc.period_number)
                if doc.period_year and doc.period_number is not None
                else None
            ),
            read=read_view(doc),
            lines=tuple(
                BookingLineDTO(
                    b.position,
                    b.gl_account,
                    b.description,
                    b.amount,
                    b.vat_code,
                    b.vat_amount,
                    b.cost_centre,
                    b.project,
                )
                for b in doc.booking_lines
            ),
            comments=tuple(
                CommentDTO(
                    c.id,
                    c.code,
                    c.field,
                    c.text,
                    c.state,
                    names.get(c.created_by_id),
                    c.created_at,
                    names.get(c.closed_by_id),
                    c.closed_at,
                    tuple(ReplyDTO(names.get(r.user_id), r.text, r.created_at) for r in c.replies),
                )
                for c in comments
            ),
            history=tuple(
                EventDTO(e.at, names.get(e.user_id), e.action, e.from_state, e.to_state, e.detail)
                for e in doc.events
            ),
            exports=tuple(
                ExportDTO(
                    x.request_id,
                    x.status,
                    x.started_at,
                    x.finished_at,
                    x.package_reference,
                    x.entry_number,
                    x.error_message,
                    x.error_category,
                )
                for x in doc.export_attempts
            ),
            corrected_fields=tuple(sorted(f.name for f in doc.fields if f.corrected)),
            version=doc.version,
        )

    # -- comments --------------------------------------------------------------------------
    def add_comment(self, doc_id: int, text: str, field: str | None = None) -> DocumentDetail:
        self.require(Right.REVIEW_DOCUMENTS)
        text = (text or "").strip()
        if not text:
            raise InvalidInput("Een opmerking mag niet leeg zijn.")
        with self.tx() as s:
            doc = self.load(s, doc_id)
            s.add(
                Comment(
                    document_id=doc.id, text=text, field=field, created_by_id=self.actor.user_id
                )
            )
            note(s, doc, user_id=self.actor.user_id, action="comment.add", detail=text[:200])
            s.flush()
            s.refresh(doc)
            return self.detail(s, doc)

    def reply(self, comment_id: int, text: str) -> DocumentDetail:
        self.require(Right.REVIEW_DOCUMENTS)
        if not (text or "").strip():
            raise InvalidInput("Een antwoord mag niet leeg zijn.")
        with self.tx() as s:
            comment = self._comment(s, comment_id)
            s.add(
                CommentReply(comment_id=comment.id, user_id=self.actor.user_id, text=text.strip())
            )
            note(
                s,
                comment.document,
                user_id=self.actor.user_id,
                action="comment.reply",
                detail=f"#{comment.id}: {text.strip()[:200]}",
            )
            s.flush()
            return self.detail(s, comment.document)

    def close_comment(self, comment_id: int, answer: str | None = None) -> DocumentDetail:
        self.require(Right.REVIEW_DOCUMENTS)
        with self.tx() as s:
            comment = self._comment(s, comment_id)
            if answer and answer.strip():
                s.add(
                    CommentReply(
                        comment_id=comment.id, user_id=self.actor.user_id, text=answer.strip()
                    )
                )
            comment.state = CommentState.CLOSED
            comment.closed_by_id = self.actor.user_id
            comment.closed_at = utcnow()
            note(
                s,
                comment.document,
                user_id=self.actor.user_id,
                action="comment.close",
                detail=f"#{comment.id}",
            )
            s.flush()
            return self.detail(s, comment.document)

    def reopen_comment(self, comment_id: int) -> DocumentDetail:
        self.require(Right.REVIEW_DOCUMENTS)
        with self.tx() as s:
            comment = self._comment(s, comment_id)
            comment.state = CommentState.OPEN
            comment.closed_by_id = None
            comment.closed_at = None
            note(
                s,
                comment.document,
                user_id=self.actor.user_id,
                action="comment.reopen",
                detail=f"#{comment.id}",
            )
            s.flush()
            return self.detail(s, comment.document)

    def close_all_comments(self, doc_id: int) -> DocumentDetail:
        self.require(Right.REVIEW_DOCUMENTS)
        with self.tx() as s:
            doc = self.load(s, doc_id)
            for c in doc.comments:
                if c.state == CommentState.OPEN:
                    c.state, c.closed_by_id, c.closed_at = (
                        CommentState.CLOSED,
                        self.actor.user_id,
                        utcnow(),
                    )
            note(s, doc, user_id=self.actor.user_id, action="comment.close_all")
            s.flush()
            return self.detail(s, doc)

    def approve(self, doc_id: int) -> DocumentDetail:
        """Authorise (autoriseren) a document so it may be exported."""
        self.require(Right.REVIEW_DOCUMENTS)
        with self.tx() as s:
            doc = self.load(s, doc_id)
            if doc.state != DocumentState.TO_AUTHORISE:
                raise InvalidInput(f"Document {doc.id} wacht niet op autorisatie.")
            doc.authorised_by_id, doc.authorised_at = self.actor.user_id, utcnow()
            move(s, doc, DocumentState.REVIEW, user_id=self.actor.user_id, action="approve")
            s.flush()
            return self.detail(s, doc)

    def reject(self, doc_id: int, reason: str | None = None) -> DocumentDetail:
        self.require(Right.REVIEW_DOCUMENTS)
        with self.tx() as s:
            doc = self.load(s, doc_id)
            move(
                s,
                doc,
                DocumentState.REJECTED,
                user_id=self.actor.user_id,
                action="reject",
                detail=reason,
            )
            s.flush()
            return self.detail(s, doc)

    def _comment(self, s: Session, comment_id: int) -> Comment:
        comment = s.get(Comment, comment_id)
        if comment is None:
            raise NotFound(f"Opmerking {comment_id} bestaat niet.")
        self.load(s, comment.document_id)
        return comment
