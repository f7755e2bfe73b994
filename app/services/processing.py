"""Processing received files into documents with a proposed booking and open questions.

For each stored file: read it in a worker process (split when it holds several invoices),
decide purchase/sales/other, match the relation, apply what was learned for that relation,
propose the booking by its coding rule, run every validation check and turn failures into
open comments, then put the document in review (or "to authorise"). Files are claimed by
setting their state to "processing" first, so two workers never read the same file.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Administration, BookingLine, Comment, Document, ExtractedField, ReceivedFile
from app.models.base import utcnow
from app.models.enums import DocumentState, DocumentType, FileState
from app.pipeline import doctype, matching
from app.pipeline.batch import extract_as_done
from app.pipeline.coding import propose_booking
from app.pipeline.extract import ExtractionResult
from app.pipeline.intake_read import IntakeRead, read_for_intake
from app.pipeline.invoice import InvoiceData, invoice_to_json, page_texts_to_json
from app.pipeline.learning import LayoutMemory
from app.pipeline.learning import apply as apply_layout
from app.pipeline.learning_coding import CodingMemory, apply_coding
from app.pipeline.processing_types import Finding
from app.pipeline.validation import ExistingInvoice, validate
from app.services.context import BaseService, must_get
from app.services.documents import move, note
from app.services.permissions import Right, sees_all_administrations, visible_admin_ids_query
from app.services.refs import AdminRefs, load_refs
from app.services.store import FileStore

log = logging.getLogger(__name__)


@dataclass
class ProcessReport:
    files: int = 0
    documents: list[int] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)
    auto_exported: list[int] = field(default_factory=list)


@dataclass
class Proposal:
    """Everything processing decided for one invoice, before it is written."""

    direction: str
    credit: bool
    relation_id: int | None
    match_method: str | None
    match_score: float | None
    journal: str | None
    period: tuple[int, int] | None
    lines: list
    findings: list[Finding]
    invoice: InvoiceData
    new_relation: dict | None = None


def analyse(
    inv: InvoiceData,
    refs: AdminRefs,
    existing_for,
    *,
    relation_id: int | None = None,
    direction: str | None = None,
) -> Proposal:
    """The pure part of processing for one invoice against one administration.

    ``relation_id``/``direction`` force the reviewer's choice instead of matching.
    ``existing_for(relation_code)`` returns the administration's earlier invoices of that
    relation, for the duplicate check.
    """
    kind = doctype.determine_kind(inv, refs.identity)
    direction = direction or kind.direction
    credit = kind.credit
    match = None
    relation = refs.relation(relation_id) if relation_id else None
    if relation is None and direction != "other":
        match = matching.match_relation(
            inv, direction, refs.relations, refs.identity, refs.settings.name_match_threshold
        )
        relation = refs.relation(match.relation_id) if match else None
    if relation is not None:
        kind2 = doctype.determine_kind(inv, refs.identity, relation.settings)
        if kind2.direction != kind.direction and direction == kind.direction:
            direction = kind2.direction
        layout, coding_memory = relation_memory(refs, relation.id)
        if layout.fields:
            inv = apply_layout(layout, inv)
    new_relation = None
    if relation is None and direction != "other":
        proposal_rel = matching.propose_new_relation(inv, direction, refs.identity)
        new_relation = {k: getattr(proposal_rel, k) for k in proposal_rel.__dataclass_fields__}
    booking = None
    findings: list[Finding] = []
    if direction != "other":
        booking = propose_booking(
            inv,
            direction,
            relation,
            refs.master,
            refs.settings,
            credit=credit,
            relations_by_code=refs.by_code,
        )
        if relation is not None and (coding_memory.descriptions or coding_memory.rate_gl):
            booking = apply_coding(coding_memory, booking)
        existing = existing_for(relation.code) if relation else ()
        new_rel = (
            matching.propose_new_relation(inv, direction, refs.identity) if new_relation else None
        )
        findings = validate(
            inv,
            direction,
            relation,
            match,
            booking,
            refs.master,
            refs.settings,
            refs.identity,
            existing,
            new_rel,
        )
        findings += [n for n in booking.notes if n.code not in {f.code for f in findings}]
    return Proposal(
        direction=direction,
        credit=credit,
        relation_id=relation.id if relation else None,
        match_method=(match.method if match else ("manual" if relation else None)),
        match_score=(match.score if match else (1.0 if relation else None)),
        journal=booking.journal if booking else None,
        period=booking.period if booking else None,
        lines=booking.all_lines() if booking else [],
        findings=findings,
        invoice=inv,
        new_relation=new_relation,
    )


def relation_memory(refs: AdminRefs, relation_id: int) -> tuple[LayoutMemory, CodingMemory]:
    """The layout and coding memory stored on a relation (see the learning service)."""
    data = refs.memories.get(relation_id) or {}
    return LayoutMemory.from_dict(data.get("layout")), CodingMemory.from_dict(data.get("coding"))


class ProcessingService(BaseService):
    def process_pending(
        self,
        admin_ref: int | str | None = None,
        *,
        jobs: int | None = None,
        file_ids: list[int] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> ProcessReport:
        """Process every stored file (of one administration, or of the given ids).

        ``progress(done, total)`` is called after each file has been read and recorded (on the
        calling thread), so a window can show how far a large delivery has come.
        """
        self.require(Right.DELIVER_DOCUMENTS)
        claimed = self._claim(admin_ref, file_ids)
        report = ProcessReport(files=len(claimed))
        if not claimed:
            return report
        done = 0
        store = FileStore(self.app.paths.store)
        jobs = jobs or int(self.app.settings.get("workers")) or 1
        by_admin: dict[int, list[tuple[int, str, str]]] = {}
        for rf_id, admin_id, sha, name in claimed:
            by_admin.setdefault(admin_id, []).append((rf_id, sha, name))
        for admin_id, files in by_admin.items():
            with self.tx() as s:
                refs = load_refs(s, must_get(s, Administration, admin_id))
            worker = functools.partial(read_for_intake, identity=refs.identity)
            paths = [str(store.path_for(sha)) for _, sha, _ in files]
            results = extract_as_done(paths, jobs=min(jobs, len(paths)), worker=worker)
            auto: list[int] = []
            for idx, result in results:  # as each file is read: a slow scan holds none back
                rf_id = files[idx][0]
                try:
                    ids = self._record(rf_id, refs, result, auto)
                    report.documents.extend(ids)
                except Exception as exc:  # a bug for this file must not stop the batch
                    log.exception("processing received file %s failed", rf_id)
                    self._fail(rf_id, f"Interne fout bij verwerken: {exc}")
                    report.errors.append((rf_id, str(exc)))
                else:
                    if result.status != "ok":
                        report.errors.append((rf_id, result.error or "onleesbaar"))
                done += 1
                if progress is not None:
                    progress(done, len(claimed))
            if auto:
                report.auto_exported += self._auto_export(admin_id, auto)
        return report

    def _auto_export(self, admin_id: int, doc_ids: list[int]) -> list[int]:
        """Book what the administration's settings allow without review (as the office)."""
        from app.services.export import ExportService

        office = ExportService(self.app, self.app.actor_for(None))
        try:
            outcomes = office.export(admin_id, doc_ids)
        except Exception:  # the documents stay in review; a person exports them
            log.exception("automatic export for administration %s failed", admin_id)
            return []
        return [o.document_id for o in outcomes if o.status == "exported"]

    def _claim(self, admin_ref, file_ids) -> list[tuple[int, int, str, str]]:
        with self.tx() as s:
            q = select(ReceivedFile).where(ReceivedFile.state == FileState.STORED)
            if admin_ref is not None:
                from app.services.administrations import AdministrationService

                admin = AdministrationService(self.app, self.actor).resolve(s, admin_ref)
                q = q.where(ReceivedFile.administration_id == admin.id)
            elif not sees_all_administrations(self.actor.role):
                q = q.where(
                    ReceivedFile.administration_id.in_(
                        visible_admin_ids_query(self.actor.user_id, self.actor.role)
                    )
                )
            if file_ids is not None:
                q = q.where(ReceivedFile.id.in_(file_ids))
            if s.get_bind().dialect.name == "postgresql":
                q = q.with_for_update(skip_locked=True)
            rows = list(s.scalars(q.order_by(ReceivedFile.id)))
            for rf in rows:
                rf.state = FileState.PROCESSING
            return [(rf.id, rf.administration_id, rf.sha256, rf.original_name) for rf in rows]

    def _fail(self, rf_id: int, message: str) -> None:
        with self.tx() as s:
            rf = must_get(s, ReceivedFile, rf_id)
            rf.state, rf.error, rf.processed_at = FileState.ERROR, message, utcnow()

    def _record(
        self, rf_id: int, refs: AdminRefs, result: ExtractionResult, auto: list[int]
    ) -> list[int]:
        """Record what reading one file gave: an :class:`IntakeRead` from the worker, or the
        plain error result the batch reader makes for a file that timed out or crashed."""
        from app.services.processing_settings import auto_export_allowed

        with self.tx() as s:
            admin = must_get(s, Administration, refs.admin_id)
            auto_option = (admin.settings or {}).get("auto_export") or "never"
            rf = must_get(s, ReceivedFile, rf_id)
            rf.processed_at = utcnow()
            if result.status != "ok" or not isinstance(result, IntakeRead) or not result.parts:
                rf.state, rf.error = (
                    FileState.ERROR,
                    result.error or "Bestand kon niet worden gelezen",
                )
                return []
            rf.state, rf.error = FileState.PROCESSED, None
            ids = []
            for part in result.parts:
                doc = Document(
                    administration_id=refs.admin_id,
                    received_file_id=rf.id,
                    page_from=part.first_page,
                    page_to=part.last_page,
                    state=DocumentState.RECEIVED,
                )
                s.add(doc)
                s.flush()
                move(
                    s,
                    doc,
                    DocumentState.PROCESSING,
                    user_id=self.actor.user_id,
                    action="process",
                    detail=rf.original_name,
                )
                if part.split_reason and len(result.parts) > 1:
                    note(
                        s,
                        doc,
                        user_id=None,
                        action="split",
                        detail=f"pagina {part.first_page}-{part.last_page}: {part.split_reason}",
                    )
                proposal = analyse(
                    part.invoice,
                    refs,
                    functools.partial(existing_invoices, s, refs.admin_id, doc.id),
                )
                write_proposal(s, doc, proposal, user_id=self.actor.user_id, fresh=True)
                target = (
                    DocumentState.TO_AUTHORISE
                    if refs.settings.authorisation and proposal.direction != "other"
                    else DocumentState.REVIEW
                )
                move(
                    s,
                    doc,
                    target,
                    user_id=None,
                    action="processed",
                    detail=f"{len(proposal.findings)} vraag/vragen",
                )
                ids.append(doc.id)
                open_questions = sum(1 for f in proposal.findings if f.severity != "info")
                if (
                    proposal.direction != "other"
                    and admin.connection_id
                    and auto_export_allowed(
                        auto_option,
                        auto_booking_limit=admin.auto_booking_limit,
                        authorisation=refs.settings.authorisation,
                        open_comments=open_questions,
                        relation_matched=proposal.relation_id is not None,
                        total_incl_vat=proposal.invoice.total_incl_vat,
                    )
                ):
                    auto.append(doc.id)
            return ids


def existing_invoices(s: Session, admin_id: int, exclude_doc: int, relation_code: str):
    from app.models import Relation

    rel_id = s.scalar(
        select(Relation.id).where(
            Relation.administration_id == admin_id, Relation.code == relation_code
        )
    )
    rows = s.execute(
        select(
            Document.id, Document.invoice_number, Document.total_incl_vat, Document.invoice_date
        ).where(
            Document.administration_id == admin_id,
            Document.relation_id == rel_id,
            Document.id != exclude_doc,
            Document.state != DocumentState.REJECTED,
        )
    )
    return [ExistingInvoice(relation_code, n, t, d, i) for i, n, t, d in rows]


HEADER_VALUES = (  # the read header values a document keeps in its own columns
    "invoice_number",
    "invoice_date",
    "due_date",
    "currency",
    "total_excl_vat",
    "total_vat",
    "total_incl_vat",
    "payment_reference",
)
FIELD_NAMES = (
    *HEADER_VALUES,
    "supplier.name",
    "supplier.vat_number",
    "supplier.kvk",
    "supplier.iban",
    "customer.name",
    "customer.vat_number",
    "customer.kvk",
)


def write_proposal(
    s: Session, doc: Document, p: Proposal, *, user_id: int | None, fresh: bool
) -> None:
    """Write a proposal onto the document: header, fields, booking lines, system comments.

    Open system comments (those with a check code) are replaced by the new findings; closed
    ones and people's comments stay, so the history of answered questions is kept.
    """
    inv = p.invoice
    data = invoice_to_json(inv)
    data["reverse_charge"] = inv.reverse_charge
    data["page_texts"] = (
        page_texts_to_json(inv.page_texts)
        if fresh
        else ((doc.extraction or {}).get("page_texts") or page_texts_to_json(inv.page_texts))
    )
    # What the reader itself read, kept through later corrections (learning compares with it).
    data["original"] = (
        {k: v for k, v in data.items() if k not in ("page_texts", "fields")}
        if fresh
        else (doc.extraction or {}).get("original")
    )
    if p.new_relation:
        data["proposed_relation"] = p.new_relation
    doc.extraction = data
    doc.source = inv.source
    doc.type = {"purchase": DocumentType.PURCHASE, "sales": DocumentType.SALES}.get(
        p.direction, DocumentType.OTHER
    )
    doc.is_credit_note = p.credit
    doc.relation_id = p.relation_id
    doc.relation_match_method, doc.relation_match_score = p.match_method, p.match_score
    for key in HEADER_VALUES:
        setattr(doc, key, getattr(inv, key))
    doc.iban = inv.supplier.iban if p.direction != "sales" else None
    doc.journal_code = p.journal
    doc.period_year, doc.period_number = p.period if p.period else (None, None)
    doc.search_text = " ".join(
        filter(None, [inv.invoice_number, inv.supplier.name, inv.customer.name, inv.full_text()])
    )[:200_000]
    corrected = {f.name for f in doc.fields if f.corrected}
    doc.fields = [f for f in doc.fields if f.corrected]
    for name in FIELD_NAMES:
        if name in corrected:
            continue
        value = _field_value(inv, name)
        info = inv.fields.get(name)
        if value is None and info is None:
            continue
        bbox = info.bbox if info and info.bbox else (None, None, None, None)
        doc.fields.append(
            ExtractedField(
                name=name,
                value=None if value is None else str(value),
                confidence=info.confidence if info else None,
                page=info.page if info else None,
                x0=bbox[0],
                y0=bbox[1],
                x1=bbox[2],
                y1=bbox[3],
            )
        )
    doc.booking_lines = [
        BookingLine(
            position=i + 1,
            gl_account=ln.gl_account,
            description=(ln.description or "")[:300],
            amount=Decimal(ln.amount),
            vat_code=ln.vat_code,
            vat_amount=Decimal(ln.vat_amount),
            cost_centre=ln.cost_centre,
            project=ln.project,
        )
        for i, ln in enumerate(p.lines)
    ]
    wanted = {(f.code, f.text_nl): f for f in p.findings if f.severity != "info"}
    for c in list(doc.comments):
        if c.code and c.state == "open":
            if (c.code, c.text) in wanted:
                wanted.pop((c.code, c.text))
            else:
                c.state, c.closed_at = "closed", utcnow()  # the check passes now
    for f in wanted.values():
        doc.comments.append(Comment(code=f.code, field=f.field, text=f.text_nl))
    infos = [f.text_nl for f in p.findings if f.severity == "info"]
    if infos:
        note(s, doc, user_id=user_id, action="info", detail=" | ".join(infos)[:2000])


def _field_value(inv: InvoiceData, name: str):
    obj: object = inv
    for part in name.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


def workers_default() -> int:
    return max(1, min(4, (os.cpu_count() or 2)))


def parse_ranges(specs: list[str], last_page: int) -> list[tuple[int, int]]:
    """``["1-2", "3", "4-5"]`` → [(1, 2), (3, 3), (4, 5)], checked against the page count."""
    from app.errors import InvalidInput

    out = []
    for spec in specs:
        try:
            a, _, b = spec.partition("-")
            first, last = int(a), int(b or a)
        except ValueError as exc:
            raise InvalidInput(f"Ongeldig paginabereik: {spec} (bijv. 1-2)") from exc
        if not 1 <= first <= last <= last_page:
            raise InvalidInput(f"Paginabereik {spec} valt buiten 1-{last_page}.")
        out.append((first, last))
    pages = [p for a, b in out for p in range(a, b + 1)]
    if len(pages) != len(set(pages)):
        raise InvalidInput("Paginabereiken overlappen.")
    return out


class SplitService(BaseService):
    """Manual split (Splitsen): one document's pages into several documents, each read anew."""

    def split(self, doc_id: int, specs: list[str]) -> list[int]:
        from app.errors import InvalidInput
        from app.pipeline.extract import extract_bytes
        from app.pipeline.intake_read import pdf_pages
        from app.services.documents import DocumentService

        self.require(Right.REVIEW_DOCUMENTS)
        with self.tx() as s:
            doc = DocumentService(self.app, self.actor).load(s, doc_id)
            rf = doc.received_file
            if rf is None or doc.page_from is None or doc.page_to is None:
                raise InvalidInput("Alleen een PDF-document kan worden gesplitst.")
            if doc.state not in (
                DocumentState.REVIEW,
                DocumentState.TO_AUTHORISE,
                DocumentState.TO_CONFIRM,
                DocumentState.EXPORT_ERROR,
            ):
                raise InvalidInput(f"Document {doc.id} kan niet meer worden gesplitst.")
            count = doc.page_to - doc.page_from + 1
            ranges = parse_ranges(specs, count)
            if len(ranges) < 2:
                raise InvalidInput("Geef minstens twee paginabereiken op.")
            data = FileStore(self.app.paths.store).read(rf.sha256)
            refs = load_refs(s, must_get(s, Administration, doc.administration_id))
            new_ids = []
            for first, last in ranges:
                abs_first, abs_last = doc.page_from + first - 1, doc.page_from + last - 1
                part = extract_bytes(pdf_pages(data, abs_first, abs_last), rf.original_name)
                inv = (
                    part.invoice
                    if part.ok and part.invoice
                    else InvoiceData(pages=last - first + 1)
                )
                new = Document(
                    administration_id=doc.administration_id,
                    received_file_id=rf.id,
                    page_from=abs_first,
                    page_to=abs_last,
                    state=DocumentState.RECEIVED,
                )
                s.add(new)
                s.flush()
                move(
                    s,
                    new,
                    DocumentState.PROCESSING,
                    user_id=self.actor.user_id,
                    action="split",
                    detail=f"uit document {doc.id}, pagina {abs_first}-{abs_last}",
                )
                proposal = analyse(
                    inv, refs, functools.partial(existing_invoices, s, refs.admin_id, new.id)
                )
                write_proposal(s, new, proposal, user_id=self.actor.user_id, fresh=True)
                move(s, new, DocumentState.REVIEW, user_id=None, action="processed")
                new_ids.append(new.id)
            move(
                s,
                doc,
                DocumentState.REJECTED,
                user_id=self.actor.user_id,
                action="split",
                detail="gesplitst in " + ", ".join(f"#{i}" for i in new_ids),
            )
            return new_ids
