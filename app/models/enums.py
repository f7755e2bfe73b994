"""The domain's fixed vocabularies: roles, statuses, document types and workflow states.

Stored as plain strings (portable across SQLite and PostgreSQL, readable in the database); the
Dutch labels the UI shows live here too so every page and command uses the same words.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    BEHEERDER = "beheerder"
    TEAMLEIDER = "teamleider"
    GEBRUIKER = "gebruiker"
    REVIEWER = "reviewer"
    AANLEVERAAR = "aanleveraar"


ROLE_LABELS = {
    Role.BEHEERDER: ("Beheerder", "Accountant Manager"),
    Role.TEAMLEIDER: ("Teamleider", "Accountant+"),
    Role.GEBRUIKER: ("Gebruiker", "Accountant"),
    Role.REVIEWER: ("Reviewer", "End User+"),
    Role.AANLEVERAAR: ("Aanleveraar", "End User"),
}


class UserStatus(StrEnum):
    CREATED = "aangemaakt"
    ACTIVE = "actief"
    DEACTIVATED = "gedeactiveerd"


USER_STATUS_LABELS = {
    UserStatus.CREATED: ("Aangemaakt", "Created"),
    UserStatus.ACTIVE: ("Actief", "Active"),
    UserStatus.DEACTIVATED: ("Gedeactiveerd", "Deactivated"),
}


class DocumentType(StrEnum):
    PURCHASE = "purchase"
    SALES = "sales"
    OTHER = "other"


class DocumentState(StrEnum):
    RECEIVED = "received"
    PROCESSING = "processing"
    TO_AUTHORISE = "to_authorise"
    TO_CONFIRM = "to_confirm"
    REVIEW = "review"
    EXPORTING = "exporting"
    EXPORTED = "exported"
    EXPORT_ERROR = "export_error"
    ARCHIVED = "archived"
    REJECTED = "rejected"


DOCUMENT_STATE_LABELS = {
    DocumentState.RECEIVED: ("Ontvangen", "Received"),
    DocumentState.PROCESSING: ("In verwerking", "Processing"),
    DocumentState.TO_AUTHORISE: ("Te autoriseren", "To authorise"),
    DocumentState.TO_CONFIRM: ("Te bevestigen", "To confirm"),
    DocumentState.REVIEW: ("Review", "Review"),
    DocumentState.EXPORTING: ("Wordt geëxporteerd", "Exporting"),
    DocumentState.EXPORTED: ("Geëxporteerd", "Exported"),
    DocumentState.EXPORT_ERROR: ("Exportfout", "Export error"),
    DocumentState.ARCHIVED: ("Gearchiveerd", "Archived"),
    DocumentState.REJECTED: ("Afgewezen", "Rejected"),
}

# Which state may follow which; the services refuse any other transition.
DOCUMENT_TRANSITIONS: dict[DocumentState, frozenset[DocumentState]] = {
    DocumentState.RECEIVED: frozenset({DocumentState.PROCESSING, DocumentState.REJECTED}),
    DocumentState.PROCESSING: frozenset(
        {
            DocumentState.TO_AUTHORISE,
            DocumentState.TO_CONFIRM,
            DocumentState.REVIEW,
            DocumentState.EXPORTING,
            DocumentState.REJECTED,
            DocumentState.RECEIVED,
        }
    ),
    DocumentState.TO_AUTHORISE: frozenset(
        {
            DocumentState.REVIEW,
            DocumentState.TO_CONFIRM,
            DocumentState.REJECTED,
            DocumentState.PROCESSING,
        }
    ),
    DocumentState.TO_CONFIRM: frozenset(
        {
            DocumentState.REVIEW,
            DocumentState.EXPORTING,
            DocumentState.REJECTED,
            DocumentState.PROCESSING,
        }
    ),
    DocumentState.REVIEW: frozenset(
        {
            DocumentState.EXPORTING,
            DocumentState.TO_AUTHORISE,
            DocumentState.REJECTED,
            DocumentState.PROCESSING,
            DocumentState.REVIEW,
        }
    ),
    DocumentState.EXPORTING: frozenset(
        {DocumentState.EXPORTED, DocumentState.EXPORT_ERROR, DocumentState.REVIEW}
    ),
    DocumentState.EXPORTED: frozenset({DocumentState.ARCHIVED}),
    DocumentState.EXPORT_ERROR: frozenset(
        {DocumentState.EXPORTING, DocumentState.REVIEW, DocumentState.REJECTED}
    ),
    DocumentState.ARCHIVED: frozenset(),
    DocumentState.REJECTED: frozenset({DocumentState.REVIEW}),
}


class FileOrigin(StrEnum):
    DRAG_DROP = "drag_drop"
    FOLDER = "folder"
    EMAIL = "email"
    CLI = "cli"
    MANUAL_UPLOAD = "manual_upload"
    DEMO = "demo"


class FileState(StrEnum):
    STORED = "stored"
    PROCESSING = "processing"
    PROCESSED = "processed"
    ERROR = "error"
    DUPLICATE = "duplicate"


class RelationType(StrEnum):
    SUPPLIER = "supplier"
    CUSTOMER = "customer"
    BOTH = "both"


class SyncState(StrEnum):
    NEVER = "never"
    RUNNING = "running"
    OK = "ok"
    FAILED = "failed"
    NEEDS_SIGN_IN = "needs_sign_in"


class ExportStatus(StrEnum):
    PENDING = "pending"
    SUCCESS = "success"
    REFUSED = "refused"
    UNKNOWN = "unknown"


class CommentState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
