"""Correcting a document (header fields, relation, type, booking lines) and learning from it.

The document detail page and ``factuurflow correct`` call :meth:`CorrectionService.correct`.
A header correction re-runs the booking proposal and the checks (unless the reviewer edited
the booking lines by hand, which are then kept). With ``remember`` the system learns, for the
document's relation, where each corrected field stands on its layout and the coding chosen, so
the next invoice of that relation comes out right.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.models import (
    Administration,
    BookingLine,
    Document,
    ExtractedField,
    Journal,
    Relation,
)
from app.models.enums import DocumentState
from app.pipeline.invoice import FieldInfo, InvoiceData, invoice_from_json, page_texts_from_json
from app.pipeline.learning import CannotLearn, LayoutMemory, learn, set_field
from app.pipeline.learning_coding import CodingMemory, learn_coding
from app.pipeline.parse_values import parse_amount, parse_date
from app.pipeline.processing_types import ProposedLine
from app.services.context import BaseService, must_get
from app.services.documents import DocumentService, note
from app.services.permissions import Right
from app.services.processing import analyse, existing_invoices, write_proposal
from app.services.refs import load_refs
from app.services.relations import journals_for
from app.services.relations_dto import JournalItem

HEADER_TYPES = {
    "invoice_number": "text",
    "invoice_date": "date",
    "due_date": "date",
    "currency": "text",
    "total_excl_vat": "amount",
    "total_vat": "amount",
    "total_incl_vat": "amount",
    "payment_reference": "text",
    "supplier.name": "text",
    "supplier.vat_number": "text",
    "supplier.kvk": "text",
    "supplier.iban": "text",
    "customer.name": "text",
    "customer.vat_number": "text",
    "customer.kvk": "text",
}
LINE_FIELDS = (
    "gl_account",
    "description",
    "amount",
    "vat_code",
    "vat_amount",
    "cost_centre",
    "project",
)
EDITABLE_STATES = {
    DocumentState.REVIEW,
    DocumentState.TO_AUTHORISE,
    DocumentState.TO_CONFIRM,
    DocumentState.EXPORT_ERROR,
}


@dataclass(frozen=True)
class CorrectionResult:
    detail: Any  # DocumentDetail
    learned: tuple[str, ...]
    not_learned: tuple[str, ...]


def parse_value(kind: str, text: str, name: str) -> Any:
    text = (text or "").strip()
    if text == "":
        return None
    if kind == "date":
        day = parse_date(text)
        if day is None:
            try:
                day = date.fromisoformat(text)
            except ValueError:
                day = None
        if day is None:
            raise InvalidInput(f"{name}: '{text}' is geen datum (bijv. 27-11-2026).")
        return day
    if kind == "amount":
        amount = parse_amount(text)
        if amount is None:
            try:
                amount = Decimal(text)
            except InvalidOperation:
                amount = None
        if amount is None:
            raise InvalidInput(f"{name}: '{text}' is geen bedrag (bijv. 1.234,56).")
        return Decimal(amount).quantize(Decimal("0.01"))
    if name == "currency":
        if len(text) != 3 or not text.isalpha():
            raise InvalidInput(f"Valuta: '{text}' is geen ISO-code (bijv. EUR).")
        return text.upper()
    return text


class CorrectionService(BaseService):
    def correct(
        self,
        doc_id: int,
        changes: dict[str, str],
        *,
        remember: bool = False,
        expected_version: int | None = None,
    ) -> CorrectionResult:
        self.require(Right.REVIEW_DOCUMENTS)
        if not changes and not remember:
            raise InvalidInput("Geef minstens één veld=waarde op.")
        docs = DocumentService(self.app, self.actor)
        with self.tx() as s:
            doc = docs.load(s, doc_id)
            if expected_version is not None and doc.version != expected_version:
                raise InvalidInput(
                    "Het document is intussen door iemand anders gewijzigd; open het opnieuw."
                )
            if DocumentState(doc.state) not in EDITABLE_STATES:
                raise InvalidInput(
                    f"Document {doc.id} is niet meer te wijzigen (status {doc.state})."
                )
            header, line_edits, relation_code, direction, booking = _split(changes)
            inv = document_invoice(doc)
            for name, value in header.items():
                _set_checked(inv, name, value)
                self._mark_corrected(doc, name, value)
            admin = must_get(s, Administration, doc.administration_id)
            refs = load_refs(s, admin)
            relation_id = doc.relation_id
            if relation_code is not None:
                rel = refs.by_code.get(relation_code)
                if rel is None:
                    raise InvalidInput(f"Onbekende relatie: {relation_code}")
                relation_id = rel.id
            lines_edited = bool((doc.extraction or {}).get("lines_edited"))
            if header or relation_code is not None or direction is not None:
                proposal = analyse(
                    inv,
                    refs,
                    functools.partial(existing_invoices, s, admin.id, doc.id),
                    relation_id=relation_id,
                    direction=direction or (doc.type if doc.type != "other" else None),
                )
                if lines_edited:
                    proposal.lines = _current_lines(doc)
                write_proposal(s, doc, proposal, user_id=self.actor.user_id, fresh=False)
                doc.extraction = {**doc.extraction, "lines_edited": lines_edited}
            if line_edits:
                _apply_line_edits(doc, line_edits)
                doc.extraction = {**(doc.extraction or {}), "lines_edited": True}
            if booking.get("journal_code"):
                _check_journal(s, admin, doc.type, booking["journal_code"])
            for key, value in booking.items():
                setattr(doc, key, value)
            note(
                s,
                doc,
                user_id=self.actor.user_id,
                action="correct",
                detail=", ".join(f"{k}={v}" for k, v in changes.items())[:2000],
            )
            learned: tuple[str, ...] = ()
            not_learned: tuple[str, ...] = ()
            if remember:
                learned, not_learned = self._remember(s, doc, inv, header)
            s.flush()
            return CorrectionResult(docs.detail(s, doc), learned, not_learned)

    def _mark_corrected(self, doc: Document, name: str, value: Any) -> None:
        for f in doc.fields:
            if f.name == name:
                f.value, f.corrected = (None if value is None else str(value)), True
                return
        doc.fields.append(
            ExtractedField(
                name=name,
                value=None if value is None else str(value),
                corrected=True,
                confidence=1.0,
            )
        )

    def _remember(
        self, s: Session, doc: Document, inv: InvoiceData, header: dict[str, Any]
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        if doc.relation_id is None:
            raise InvalidInput("Kies eerst de relatie; pas dan kan het systeem iets onthouden.")
        rel = s.get(Relation, doc.relation_id)
        if rel is None:
            raise NotFound(f"Relatie {doc.relation_id} bestaat niet (meer).")
        memory = dict(rel.layout_memory or {})
        layout = LayoutMemory.from_dict(memory.get("layout"))
        learned, not_learned = [], []
        # Remember every corrected field, including earlier corrections of this document.
        corrected = {f.name: f.value for f in doc.fields if f.corrected and f.name in HEADER_TYPES}
        corrected.update({k: v for k, v in header.items()})
        # Only what the reader got wrong is remembered: a field it read right needs no memory,
        # and a remembered position would only override a good reading on later invoices.
        extraction = dict(doc.extraction or {})
        read = invoice_from_json(extraction.get("original") or extraction)
        for name, value in corrected.items():
            if isinstance(value, str):
                value = parse_value(HEADER_TYPES[name], value, name)
            if _value_of(read, name) == value:
                continue
            try:
                layout = learn(layout, inv, name, value)
                learned.append(name)
            except CannotLearn:
                not_learned.append(name)
        coding = learn_coding(
            CodingMemory.from_dict(memory.get("coding")),
            [
                ProposedLine(
                    b.gl_account,
                    b.description or "",
                    b.amount,
                    b.vat_code,
                    b.vat_amount,
                    b.cost_centre,
                    b.project,
                )
                for b in doc.booking_lines
            ],
        )
        rel.layout_memory = {"layout": layout.to_dict(), "coding": coding.to_dict()}
        note(
            s,
            doc,
            user_id=self.actor.user_id,
            action="remember",
            detail=f"onthouden voor {rel.code}: {', '.join(learned) or 'codering'}"
            + (f"; niet op het document: {', '.join(not_learned)}" if not_learned else ""),
        )
        self.audit(s, "relation.learn", "relation", rel.id, ", ".join(learned))
        return tuple(learned), tuple(not_learned)


def _check_journal(s: Session, admin: Administration, doc_type: str, code: str) -> None:
    """The journal must exist in the administration's master data, and fit the document: a
    purchase document goes into a purchase journal, a sales one into a sales journal — when
    the master data has journals of that type."""
    journals = [
        JournalItem(j.code, j.name, j.type, f"{j.code} – {j.name}")
        for j in s.scalars(
            select(Journal).where(Journal.administration_id == admin.id).order_by(Journal.code)
        )
    ]
    journal = next((j for j in journals if j.code == code), None)
    if journal is None:
        raise InvalidInput(
            f"Dagboek {code} bestaat niet in administratie {admin.code}; kies "
            "een dagboek uit de lijst."
        )
    fitting = journals_for(journals, doc_type)
    if journal not in fitting:
        kind = "inkoopdagboek" if doc_type == "purchase" else "verkoopdagboek"
        raise InvalidInput(
            f"Dagboek {journal.label} is geen {kind}; kies {' of '.join(j.label for j in fitting)}."
        )


def document_invoice(doc: Document) -> InvoiceData:
    """The document's invoice data as the reader left it plus every correction so far."""
    data = dict(doc.extraction or {})
    inv = invoice_from_json(data, page_texts_from_json(data.get("page_texts")))
    inv.reverse_charge = bool(data.get("reverse_charge"))
    for f in doc.fields:
        if f.corrected and f.name in HEADER_TYPES:
            _set_checked(inv, f.name, parse_value(HEADER_TYPES[f.name], f.value or "", f.name))
    return inv


def _value_of(inv: InvoiceData, name: str) -> Any:
    obj: Any = inv
    for part in name.split("."):
        obj = getattr(obj, part, None)
    return obj


def _set_checked(inv: InvoiceData, name: str, value: Any) -> None:
    """Set a field a person confirmed: its confidence is certain from now on."""
    set_field(inv, name, value)
    old = inv.fields.get(name)
    inv.fields[name] = FieldInfo(1.0, old.page if old else None, old.bbox if old else None)


def _split(changes: dict[str, str]):
    header: dict[str, Any] = {}
    lines: dict[int, dict[str, Any]] = {}
    relation = direction = None
    booking: dict[str, Any] = {}
    for key, raw in changes.items():
        key = key.strip()
        if key in HEADER_TYPES:
            header[key] = parse_value(HEADER_TYPES[key], raw, key)
        elif key == "relation":
            relation = raw.strip()
        elif key == "type":
            if raw not in ("purchase", "sales", "other"):
                raise InvalidInput("type: kies purchase, sales of other.")
            direction = raw
        elif key == "journal":
            booking["journal_code"] = raw.strip() or None
        elif key == "period":
            try:
                year, number = (int(x) for x in raw.replace("-", "/").split("/"))
            except ValueError as exc:
                raise InvalidInput("period: schrijf als JJJJ/MM, bijv. 2026/11.") from exc
            booking["period_year"], booking["period_number"] = year, number
        elif key.startswith("line."):
            parts = key.split(".")
            if len(parts) != 3 or not parts[1].isdigit() or parts[2] not in LINE_FIELDS:
                raise InvalidInput(f"Onbekend regelveld: {key} (bijv. line.1.gl_account)")
            value: Any = raw.strip() or None
            if parts[2] in ("amount", "vat_amount"):
                value = parse_value("amount", raw, key) or Decimal("0")
            lines.setdefault(int(parts[1]), {})[parts[2]] = value
        else:
            raise InvalidInput(f"Onbekend veld: {key}")
    return header, lines, relation, direction, booking


def _current_lines(doc: Document) -> list[ProposedLine]:
    return [
        ProposedLine(
            b.gl_account,
            b.description or "",
            b.amount,
            b.vat_code,
            b.vat_amount,
            b.cost_centre,
            b.project,
        )
        for b in doc.booking_lines
    ]


def _apply_line_edits(doc: Document, edits: dict[int, dict[str, Any]]) -> None:
    by_pos = {b.position: b for b in doc.booking_lines}
    for pos, values in sorted(edits.items()):
        line = by_pos.get(pos)
        if line is None:
            if pos != len(doc.booking_lines) + 1:
                raise InvalidInput(
                    f"Regel {pos} bestaat niet (nieuwe regel: line.{len(doc.booking_lines) + 1}.…)."
                )
            line = BookingLine(position=pos, amount=Decimal("0"), vat_amount=Decimal("0"))
            doc.booking_lines.append(line)
            by_pos[pos] = line
        for key, value in values.items():
            setattr(line, key, value)
