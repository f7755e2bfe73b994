"""Direct ORM inserts with known truth for the Document Hub and Archive tests.

Documents are written straight into the tables (no reading), so each test states exactly which
states, types, comments, export attempts and dates exist and can check every count against it.
"""

from __future__ import annotations

import hashlib
import itertools
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select

from app.models import (
    Administration,
    Comment,
    Document,
    ExportAttempt,
    ReceivedFile,
    Relation,
)

NOW = datetime(2026, 11, 15, 12, 0, tzinfo=UTC)
_seq = itertools.count(1)


def admin_id(app, code: str) -> int:
    with app.transaction() as s:
        return s.scalar(select(Administration.id).where(Administration.code == code))


def relations(app, admin: int) -> list[tuple[int, str, str]]:
    """(id, code, name) of the administration's relations, by code."""
    with app.transaction() as s:
        return list(
            s.execute(
                select(Relation.id, Relation.code, Relation.name)
                .where(Relation.administration_id == admin)
                .order_by(Relation.code)
            )
        )


def add_file(
    app,
    admin: int,
    name: str = "factuur.pdf",
    *,
    received_at: datetime = NOW,
    state: str = "processed",
    error: str | None = None,
    origin: str = "folder",
    sender: str | None = None,
) -> int:
    n = next(_seq)
    with app.transaction() as s:
        rf = ReceivedFile(
            administration_id=admin,
            sha256=hashlib.sha256(b"%d" % n).hexdigest(),
            size=100 + n,
            origin=origin,
            original_name=name,
            sender=sender,
            received_at=received_at,
            state=state,
            error=error,
        )
        s.add(rf)
        s.flush()
        return rf.id


def add_doc(
    app,
    admin: int,
    *,
    state: str = "review",
    type: str = "purchase",
    comments: tuple[str, ...] = (),
    relation_id: int | None = None,
    number: str | None = None,
    amount: str | None = "121.00",
    invoice_date: date | None = date(2026, 11, 1),
    created_at: datetime = NOW,
    exported_at: datetime | None = None,
    archived_at: datetime | None = None,
    file_id: int | None = None,
    file: bool = True,
    search_text: str | None = None,
    attempts: tuple[dict, ...] = (),
) -> int:
    """One document; ``comments`` lists comment states ("open"/"closed").

    Without ``file_id`` it gets a received file of its own, received at ``created_at``
    (``file=False``: no file at all).
    """
    if file_id is None and file:
        file_id = add_file(app, admin, received_at=created_at)
    with app.transaction() as s:
        doc = Document(
            administration_id=admin,
            received_file_id=file_id,
            type=type,
            state=state,
            relation_id=relation_id,
            invoice_number=number or f"F-{next(_seq):05d}",
            invoice_date=invoice_date,
            currency="EUR",
            total_incl_vat=Decimal(amount) if amount is not None else None,
            created_at=created_at,
            updated_at=created_at,
            exported_at=exported_at,
            archived_at=archived_at,
            search_text=search_text,
            extraction={},
        )
        s.add(doc)
        s.flush()
        for i, st in enumerate(comments):
            s.add(Comment(document_id=doc.id, text=f"vraag {i}", state=st))
        for a in attempts:
            s.add(ExportAttempt(document_id=doc.id, request_id=f"req-{next(_seq)}", **a))
        return doc.id
