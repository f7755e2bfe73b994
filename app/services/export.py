"""Booking documents into the accounting package, exactly once.

Before the package is called the document goes to "exporting" and an export attempt with a new
request id is committed; the request id travels with the booking (the connector stores it in
the package). An attempt whose outcome is unknown (timeout, crash, lost answer) is resolved
before anything is posted again: the connector looks the booking up by that request id and
posts only when it is not there — with the same request id. So a booking is never made twice
and never lost. Refusals become export errors with the package's own message and a category
(relation or document); after a fix, re-export posts again.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.connectors.base import (
    Attachment,
    BookingLineData,
    BookingRequest,
    ExportRefused,
    NeedsSignIn,
    PostResult,
    TransientError,
)
from app.connectors.registry import package_info
from app.errors import InvalidInput, UserFacingError
from app.models import Administration, Document, ExportAttempt, FinancialPeriod, Relation
from app.models.base import utcnow
from app.models.enums import CommentState, DocumentState, ExportStatus
from app.services.context import BaseService, must_get
from app.services.documents import DocumentService, move
from app.services.export_payload import attachment_for
from app.services.packages import PackageService
from app.services.permissions import Right

log = logging.getLogger(__name__)
EXPORTABLE = {
    DocumentState.REVIEW,
    DocumentState.TO_CONFIRM,
    DocumentState.EXPORT_ERROR,
    DocumentState.EXPORTING,
}
ARCHIVE_AFTER = timedelta(days=7)


@dataclass(frozen=True)
class ExportOutcome:
    document_id: int
    status: str  # exported | export_error | unknown | skipped
    message: str | None = None
    package_reference: str | None = None


class Crash(Exception):  # noqa: N818 - test hook: simulates the process dying at a step
    pass


class ExportService(BaseService):
    crash_at: str | None = None  # tests: "before_call" | "after_call" simulate a crash there

    def export(
        self, admin_ref: int | str, doc_ids: list[int] | None = None, *, force: bool = False
    ) -> list[ExportOutcome]:
        """Export the given documents (default: every document ready for export)."""
        self.require(Right.REVIEW_DOCUMENTS)
        from app.services.administrations import AdministrationService

        with self.tx() as s:
            admin = AdministrationService(self.app, self.actor).resolve(s, admin_ref)
            q = select(Document.id).where(Document.administration_id == admin.id)
            if doc_ids:
                q = q.where(Document.id.in_(doc_ids))
            else:
                q = q.where(
                    Document.state.in_(
                        [DocumentState.REVIEW, DocumentState.TO_CONFIRM, DocumentState.EXPORTING]
                    ),
                    Document.type != "other",
                )
            ids = list(s.scalars(q.order_by(Document.id)))
            admin_id = admin.id
        outcomes = [
            self._export_one(admin_id, doc_id, force, explicit=bool(doc_ids)) for doc_id in ids
        ]
        self.archive_old(admin_id)
        return outcomes

    def _export_one(self, admin_id: int, doc_id: int, force: bool, explicit: bool) -> ExportOutcome:
        with self.tx() as s:
            doc = DocumentService(self.app, self.actor).load(s, doc_id)
            if DocumentState(doc.state) not in EXPORTABLE:
                if explicit:
                    raise InvalidInput(
                        f"Document {doc.id} kan niet worden geëxporteerd (status {doc.state})."
                    )
                return ExportOutcome(doc.id, "skipped", f"status {doc.state}")
            open_comments = sum(1 for c in doc.comments if c.state == CommentState.OPEN)
            if open_comments and not force:
                if explicit:
                    raise InvalidInput(
                        f"Document {doc.id} heeft nog {open_comments} open "
                        "vraag/vragen; los ze op of sluit ze eerst."
                    )
                return ExportOutcome(doc.id, "skipped", f"{open_comments} open vragen")
            pending = self._pending_attempt(s, doc)
            resumed = pending is not None  # an earlier run's outcome is unknown: look first
            if pending is None:
                problem = preflight(s, doc)
                if problem:
                    return self._refuse_locally(s, doc, *problem)
                pending = ExportAttempt(
                    document_id=doc.id,
                    request_id=uuid.uuid4().hex,
                    status=ExportStatus.PENDING,
                    user_id=self.actor.user_id,
                )
                s.add(pending)
                if doc.state != DocumentState.EXPORTING:
                    move(
                        s,
                        doc,
                        DocumentState.EXPORTING,
                        user_id=self.actor.user_id,
                        action="export",
                        detail=f"verzoek {pending.request_id}",
                    )
            request = booking_request(s, doc, pending.request_id, attachment_for(self.app, s, doc))
            admin = must_get(s, Administration, admin_id)
            connector = PackageService(self.app, self.actor).connector_for_admin(s, admin)
            s.flush()
            external_id, attempt_id = admin.external_id, pending.id
            if external_id is None:  # rolls back: no attempt is left behind
                raise UserFacingError(
                    f"{admin.name} is niet gekoppeld aan een administratie in "
                    f"{package_info(admin.package).display_name} (geen extern id)."
                )
        # The attempt (with its request id) is committed: from here on a crash is recoverable.
        if self.crash_at == "before_call":
            raise Crash("before_call")
        try:
            result = connector.find_booking(external_id, request) if resumed else None
            if result is None:
                result = connector.post_booking(external_id, request)
        except ExportRefused as exc:
            return self._finish(attempt_id, refused=exc)
        except TransientError as exc:
            try:
                result = connector.find_booking(external_id, request)
            except (TransientError, ExportRefused):
                result = None
            if result is None:
                return self._finish(attempt_id, unknown=str(exc))
        except NeedsSignIn as exc:
            return self._finish(
                attempt_id,
                refused=ExportRefused(
                    f"Opnieuw aanmelden bij het boekhoudpakket nodig ({exc}); her-exporteer daarna.",
                    "document",
                    "needs_sign_in",
                ),
            )
        if self.crash_at == "after_call":
            raise Crash("after_call")
        return self._finish(attempt_id, result=result)

    def _pending_attempt(self, s: Session, doc: Document) -> ExportAttempt | None:
        for attempt in doc.export_attempts:
            if attempt.status in (ExportStatus.PENDING, ExportStatus.UNKNOWN):
                return attempt
        return None

    def _refuse_locally(
        self, s: Session, doc: Document, message: str, category: str
    ) -> ExportOutcome:
        s.add(
            ExportAttempt(
                document_id=doc.id,
                request_id=uuid.uuid4().hex,
                status=ExportStatus.REFUSED,
                finished_at=utcnow(),
                error_message=message,
                error_category=category,
                error_code="missing_data",
                user_id=self.actor.user_id,
            )
        )
        move(s, doc, DocumentState.EXPORTING, user_id=self.actor.user_id, action="export")
        move(
            s,
            doc,
            DocumentState.EXPORT_ERROR,
            user_id=None,
            action="export.refused",
            detail=message,
        )
        return ExportOutcome(doc.id, "export_error", message)

    def _finish(
        self,
        attempt_id: int,
        *,
        result: PostResult | None = None,
        refused: ExportRefused | None = None,
        unknown: str | None = None,
    ) -> ExportOutcome:
        with self.tx() as s:
            attempt = must_get(s, ExportAttempt, attempt_id)
            doc = attempt.document
            attempt.finished_at = utcnow()
            if result is not None:
                attempt.status = ExportStatus.SUCCESS
                attempt.package_reference = result.external_id
                attempt.entry_number = result.entry_number
                doc.exported_at = utcnow()
                move(
                    s,
                    doc,
                    DocumentState.EXPORTED,
                    user_id=None,
                    action="export.done",
                    detail=f"geboekt als {result.entry_number or result.external_id}",
                )
                return ExportOutcome(doc.id, "exported", None, result.external_id)
            if refused is not None:
                attempt.status = ExportStatus.REFUSED
                attempt.error_message = refused.message
                attempt.error_category = refused.category
                attempt.error_code = refused.code
                if refused.code == "period_closed" and doc.period_year:
                    s.execute(
                        update(FinancialPeriod)
                        .where(
                            FinancialPeriod.administration_id == doc.administration_id,
                            FinancialPeriod.year == doc.period_year,
                            FinancialPeriod.period == doc.period_number,
                        )
                        .values(closed=True)
                    )
                move(
                    s,
                    doc,
                    DocumentState.EXPORT_ERROR,
                    user_id=None,
                    action="export.refused",
                    detail=refused.message,
                )
                return ExportOutcome(doc.id, "export_error", refused.message)
            attempt.status = ExportStatus.UNKNOWN
            attempt.error_message = (
                f"Onbekend of de boeking is aangekomen ({unknown}); "
                "bij de volgende export wordt dit eerst nagekeken."
            )
            return ExportOutcome(doc.id, "unknown", attempt.error_message)

    def archive_old(self, admin_id: int) -> int:
        """Exported documents older than seven days move to the archive."""
        with self.tx() as s:
            cutoff = utcnow() - ARCHIVE_AFTER
            docs = list(
                s.scalars(
                    select(Document).where(
                        Document.administration_id == admin_id,
                        Document.state == DocumentState.EXPORTED,
                        Document.exported_at < cutoff,
                    )
                )
            )
            for doc in docs:
                move(s, doc, DocumentState.ARCHIVED, user_id=None, action="archive")
                doc.archived_at = utcnow()
            return len(docs)


def preflight(s: Session, doc: Document) -> tuple[str, str] | None:
    """Mandatory data missing before the package is even called: (message, category)."""
    if doc.relation_id is None:
        return ("Geen relatie gekozen; kies of maak de relatie en her-exporteer.", "relation")
    if not doc.booking_lines:
        return ("Het document heeft geen boekingsregels.", "document")
    missing = [str(b.position) for b in doc.booking_lines if not b.gl_account]
    if missing:
        return (f"Regel {', '.join(missing)} heeft geen grootboekrekening.", "document")
    if not doc.invoice_number or not doc.invoice_date:
        return ("Factuurnummer of factuurdatum ontbreekt.", "document")
    if doc.total_incl_vat is None:
        return ("Het totaalbedrag ontbreekt.", "document")
    booked = sum((b.amount + b.vat_amount for b in doc.booking_lines), Decimal("0"))
    if booked != doc.total_incl_vat:
        return (
            f"De boeking is niet in balans: regels {booked} ≠ totaal {doc.total_incl_vat}.",
            "document",
        )
    if not doc.journal_code or not doc.period_year or doc.period_number is None:
        return ("Dagboek of periode ontbreekt.", "document")
    return None


def booking_request(
    s: Session, doc: Document, request_id: str, attachment: Attachment | None
) -> BookingRequest:
    invoice_date, total = doc.invoice_date, doc.total_incl_vat
    year, number = doc.period_year, doc.period_number
    if invoice_date is None or total is None or year is None or number is None:
        # preflight() refuses such a document before an attempt is made
        raise InvalidInput(
            f"Document {doc.id} mist factuurdatum, totaalbedrag of periode; vul ze aan en "
            "her-exporteer."
        )
    rel = s.get(Relation, doc.relation_id)
    return BookingRequest(
        kind="sales" if doc.type == "sales" else "purchase",
        journal=doc.journal_code or "",
        relation_code=rel.code if rel else "",
        relation_external_id=rel.external_id if rel else None,
        invoice_number=doc.invoice_number or "",
        invoice_date=invoice_date,
        due_date=doc.due_date,
        period=(year, number),
        currency=doc.currency or "EUR",
        description=f"{rel.name if rel else ''} {doc.invoice_number or ''}".strip()[:60],
        our_reference=request_id,
        total_incl_vat=total,
        lines=tuple(
            BookingLineData(
                b.gl_account or "",
                b.description or "",
                b.amount,
                b.vat_code,
                b.vat_amount,
                b.cost_centre,
                b.project,
            )
            for b in doc.booking_lines
        ),
        attachment=attachment,
    )
