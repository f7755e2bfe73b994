"""SQLAlchemy 2 ORM models, engine/session setup and Alembic migrations.

Import the model classes from here; :mod:`app.models.db` creates engines and runs migrations.
"""

from app.models.administration import (
    Administration,
    CostCentre,
    FinancialPeriod,
    GLAccount,
    Journal,
    PackageConnection,
    Project,
    Relation,
    RelationIban,
    VatCode,
    VatRate,
)
from app.models.base import Base
from app.models.document import (
    BookingLine,
    Comment,
    CommentReply,
    Document,
    DocumentEvent,
    ExportAttempt,
    ExtractedField,
    ReceivedFile,
)
from app.models.organisation import (
    AdministrationVisit,
    AuditEntry,
    BlockedSender,
    Department,
    Organisation,
    User,
    department_administrations,
    user_administrations,
)

__all__ = [
    "Administration",
    "AdministrationVisit",
    "AuditEntry",
    "Base",
    "BlockedSender",
    "BookingLine",
    "Comment",
    "CommentReply",
    "CostCentre",
    "Department",
    "Document",
    "DocumentEvent",
    "ExportAttempt",
    "ExtractedField",
    "FinancialPeriod",
    "GLAccount",
    "Journal",
    "Organisation",
    "PackageConnection",
    "Project",
    "ReceivedFile",
    "Relation",
    "RelationIban",
    "User",
    "VatCode",
    "VatRate",
    "department_administrations",
    "user_administrations",
]
