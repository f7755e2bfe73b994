"""Received files and the documents read from them, with fields, booking, comments and history.

A received file is stored once by content hash; a file can yield several documents (a PDF with
several invoices is split). A document moves along the workflow states of
:data:`app.models.enums.DOCUMENT_TRANSITIONS`; every move is a :class:`DocumentEvent`. Export
attempts carry a request id written *before* the package is called, which is what makes export
exactly-once.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, UTCDateTime, utcnow


class ReceivedFile(Base):
    __tablename__ = "received_files"
    __table_args__ = (
        Index("ix_received_files_admin_hash", "administration_id", "sha256"),
        Index("ix_received_files_admin_received", "administration_id", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("administrations.id", ondelete="CASCADE"), index=True
    )
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str | None] = mapped_column(String(100))
    origin: Mapped[str] = mapped_column(String(20))
    original_name: Mapped[str] = mapped_column(String(500))
    sender: Mapped[str | None] = mapped_column(String(254))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    state: Mapped[str] = mapped_column(String(20), default="stored", index=True)
    error: Mapped[str | None] = mapped_column(Text)
    duplicate_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("received_files.id", ondelete="SET NULL")
    )
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    documents: Mapped[list[Document]] = relationship(back_populates="received_file")


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (
        Index("ix_documents_admin_state", "administration_id", "state", "id"),
        Index("ix_documents_admin_state_type", "administration_id", "state", "type"),
        Index("ix_documents_admin_created", "administration_id", "created_at", "state"),
        Index("ix_documents_admin_exported", "administration_id", "exported_at"),
        Index(
            "ix_documents_admin_relation_number",
            "administration_id",
            "relation_id",
            "invoice_number",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("administrations.id", ondelete="CASCADE")
    )
    received_file_id: Mapped[int | None] = mapped_column(
        ForeignKey("received_files.id", ondelete="SET NULL"), index=True
    )
    page_from: Mapped[int | None] = mapped_column(Integer)
    page_to: Mapped[int | None] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(10), default="purchase")
    is_credit_note: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(20), default="received")
    source: Mapped[str | None] = mapped_column(String(10))
    relation_id: Mapped[int | None] = mapped_column(
        ForeignKey("relations.id", ondelete="SET NULL"), index=True
    )
    relation_match_method: Mapped[str | None] = mapped_column(String(20))
    relation_match_score: Mapped[float | None] = mapped_column(Float)
    invoice_number: Mapped[str | None] = mapped_column(String(100))
    invoice_date: Mapped[date | None] = mapped_column(Date, index=True)
    due_date: Mapped[date | None] = mapped_column(Date)
    currency: Mapped[str | None] = mapped_column(String(3))
    total_excl_vat: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    total_vat: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    total_incl_vat: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    payment_reference: Mapped[str | None] = mapped_column(String(100))
    iban: Mapped[str | None] = mapped_column(String(34))
    journal_code: Mapped[str | None] = mapped_column(String(20))
    period_year: Mapped[int | None] = mapped_column(Integer)
    period_number: Mapped[int | None] = mapped_column(Integer)
    extraction: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    search_text: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    authorised_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    authorised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    received_file: Mapped[ReceivedFile | None] = relationship(back_populates="documents")
    fields: Mapped[list[ExtractedField]] = relationship(
        back_populates="document", cascade="all, delete-orphan"
    )
    booking_lines: Mapped[list[BookingLine]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="BookingLine.position"
    )
    comments: Mapped[list[Comment]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Comment.id"
    )
    events: Mapped[list[DocumentEvent]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="DocumentEvent.id"
    )
    export_attempts: Mapped[list[ExportAttempt]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="ExportAttempt.id"
    )


class ExtractedField(Base):
    __tablename__ = "extracted_fields"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(60))
    value: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float | None] = mapped_column(Float)
    page: Mapped[int | None] = mapped_column(Integer)
    x0: Mapped[float | None] = mapped_column(Float)
    y0: Mapped[float | None] = mapped_column(Float)
    x1: Mapped[float | None] = mapped_column(Float)
    y1: Mapped[float | None] = mapped_column(Float)
    corrected: Mapped[bool] = mapped_column(Boolean, default=False)
    document: Mapped[Document] = relationship(back_populates="fields")


class BookingLine(Base):
    __tablename__ = "booking_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    gl_account: Mapped[str | None] = mapped_column(String(30))
    description: Mapped[str | None] = mapped_column(String(300))
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    vat_code: Mapped[str | None] = mapped_column(String(20))
    vat_amount: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))
    cost_centre: Mapped[str | None] = mapped_column(String(30))
    project: Mapped[str | None] = mapped_column(String(30))
    relation_code: Mapped[str | None] = mapped_column(String(40))  # intercompany lines
    document: Mapped[Document] = relationship(back_populates="booking_lines")


class Comment(Base):
    __tablename__ = "comments"
    __table_args__ = (Index("ix_comments_state_document", "state", "document_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str | None] = mapped_column(String(40))  # validation check that raised it
    field: Mapped[str | None] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(10), default="open")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    document: Mapped[Document] = relationship(back_populates="comments")
    replies: Mapped[list[CommentReply]] = relationship(
        back_populates="comment", cascade="all, delete-orphan", order_by="CommentReply.id"
    )


class CommentReply(Base):
    __tablename__ = "comment_replies"

    id: Mapped[int] = mapped_column(primary_key=True)
    comment_id: Mapped[int] = mapped_column(
        ForeignKey("comments.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    comment: Mapped[Comment] = relationship(back_populates="replies")


class DocumentEvent(Base):
    """One step in a document's history: a state transition or another action."""

    __tablename__ = "document_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(40))
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str | None] = mapped_column(String(20))
    detail: Mapped[str | None] = mapped_column(Text)
    document: Mapped[Document] = relationship(back_populates="events")


class ExportAttempt(Base):
    __tablename__ = "export_attempts"
    __table_args__ = (
        # a document's attempts in order (its last one: max(id)); also serves the foreign key
        Index("ix_export_attempts_document_attempt", "document_id", "id"),
        # the refused (or pending) attempts newest first, e.g. the dashboard's open actions
        Index("ix_export_attempts_status_attempt", "status", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    request_id: Mapped[str] = mapped_column(String(64), unique=True)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    package_reference: Mapped[str | None] = mapped_column(String(100))
    entry_number: Mapped[str | None] = mapped_column(String(100))
    error_message: Mapped[str | None] = mapped_column(Text)
    error_category: Mapped[str | None] = mapped_column(String(20))  # relation|document
    error_code: Mapped[str | None] = mapped_column(String(60))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    document: Mapped[Document] = relationship(back_populates="export_attempts")
