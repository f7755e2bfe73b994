"""Plain views of documents for the queue, the CLI's ``show`` and the document detail page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.models import Document


@dataclass(frozen=True)
class DocumentRow:
    id: int
    administration_id: int
    state: str
    type: str
    is_credit_note: bool
    relation_code: str | None
    relation_name: str | None
    invoice_number: str | None
    invoice_date: date | None
    total_incl_vat: Decimal | None
    open_comments: int
    closed_comments: int
    received_at: datetime | None
    exported_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "state": self.state,
            "type": self.type,
            "relation": self.relation_code,
            "invoice_number": self.invoice_number,
            "invoice_date": self.invoice_date.isoformat() if self.invoice_date else None,
            "total_incl_vat": _money(self.total_incl_vat),
            "open_comments": self.open_comments,
        }


@dataclass(frozen=True)
class BookingLineDTO:
    position: int
    gl_account: str | None
    description: str | None
    amount: Decimal
    vat_code: str | None
    vat_amount: Decimal
    cost_centre: str | None
    project: str | None


@dataclass(frozen=True)
class ReplyDTO:
    user: str | None
    text: str
    created_at: datetime


@dataclass(frozen=True)
class CommentDTO:
    id: int
    code: str | None
    field: str | None
    text: str
    state: str
    created_by: str | None
    created_at: datetime
    closed_by: str | None
    closed_at: datetime | None
    replies: tuple[ReplyDTO, ...] = ()


@dataclass(frozen=True)
class EventDTO:
    at: datetime
    user: str | None
    action: str
    from_state: str | None
    to_state: str | None
    detail: str | None


@dataclass(frozen=True)
class ExportDTO:
    request_id: str
    status: str
    started_at: datetime
    finished_at: datetime | None
    package_reference: str | None
    entry_number: str | None
    error_message: str | None
    error_category: str | None


@dataclass(frozen=True)
class DocumentDetail:
    id: int
    administration_id: int
    administration_code: str
    state: str
    type: str
    is_credit_note: bool
    source: str | None
    original_name: str | None
    received_file_id: int | None
    page_from: int | None
    page_to: int | None
    relation_id: int | None
    relation_code: str | None
    relation_name: str | None
    match_method: str | None
    match_score: float | None
    journal: str | None
    period: tuple[int, int] | None
    read: dict[str, Any]  # extract --json keys, with corrections applied
    lines: tuple[BookingLineDTO, ...]
    comments: tuple[CommentDTO, ...]
    history: tuple[EventDTO, ...]
    exports: tuple[ExportDTO, ...]
    corrected_fields: tuple[str, ...] = ()
    version: int = 1
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def open_comments(self) -> int:
        return sum(1 for c in self.comments if c.state == "open")

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "administration": self.administration_code,
            "state": self.state,
            "type": self.type,
            "file": self.original_name,
            "pages": [self.page_from, self.page_to] if self.page_from else None,
            **self.read,
            "relation": {
                "code": self.relation_code,
                "name": self.relation_name,
                "method": self.match_method,
                "score": self.match_score,
            }
            if self.relation_code
            else None,
            "booking": {
                "journal": self.journal,
                "period": f"{self.period[0]}/{self.period[1]:02d}" if self.period else None,
                "relation": self.relation_code,
                "lines": [
                    {
                        "gl_account": ln.gl_account,
                        "description": ln.description,
                        "amount": _money(ln.amount),
                        "vat_code": ln.vat_code,
                        "vat_amount": _money(ln.vat_amount),
                        "cost_centre": ln.cost_centre,
                        "project": ln.project,
                    }
                    for ln in self.lines
                ],
            },
            "comments": [
                {
                    "id": c.id,
                    "code": c.code,
                    "field": c.field,
                    "text": c.text,
                    "state": c.state,
                    "created_by": c.created_by,
                    "created_at": c.created_at.isoformat(),
                    "closed_by": c.closed_by,
                    "replies": [
                        {"user": r.user, "text": r.text, "at": r.created_at.isoformat()}
                        for r in c.replies
                    ],
                }
                for c in self.comments
            ],
            "history": [
                {
                    "at": e.at.isoformat(),
                    "user": e.user,
                    "action": e.action,
                    "from": e.from_state,
                    "to": e.to_state,
                    "detail": e.detail,
                }
                for e in self.history
            ],
            "exports": [
                {
                    "request_id": x.request_id,
                    "status": x.status,
                    "package_reference": x.package_reference,
                    "entry_number": x.entry_number,
                    "error": x.error_message,
                    "category": x.error_category,
                    "started_at": x.started_at.isoformat(),
                }
                for x in self.exports
            ],
            "corrected_fields": list(self.corrected_fields),
        }


def _money(v: Decimal | None) -> str | None:
    return None if v is None else str(Decimal(v).quantize(Decimal("0.01")))


HEADER_COLUMNS = (
    "invoice_number",
    "invoice_date",
    "due_date",
    "currency",
    "total_excl_vat",
    "total_vat",
    "total_incl_vat",
    "payment_reference",
)


def read_view(doc: Document) -> dict[str, Any]:
    """The extract --json keys of a document: what was read, overlaid with its current values."""
    base = {
        k: v
        for k, v in (doc.extraction or {}).items()
        if k not in ("page_texts", "original", "lines_edited")
    }
    for key in HEADER_COLUMNS:
        value = getattr(doc, key)
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, Decimal):
            value = _money(value)
        base[key] = value
    supplier = dict(base.get("supplier") or {})
    if doc.iban:
        supplier["iban"] = doc.iban
    base["supplier"] = supplier or {"name": None, "kvk": None, "vat_number": None, "iban": None}
    base["document_type"] = base.get("document_type") or (
        "credit_note" if doc.is_credit_note else "invoice"
    )
    return base
