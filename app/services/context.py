"""The running application's context and the service facade for one acting user.

:class:`AppContext` holds paths, settings, the engine and the session factory (one per process).
:class:`Services` binds it to an :class:`Actor` (the logged-in user, or the CLI's ``--as`` user)
and exposes every service as an attribute, so callers write ``services.users.create(...)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from app.config import Paths, Settings, resolve_paths
from app.errors import NotFound, PermissionDenied, UserFacingError
from app.models import AuditEntry, User
from app.models import db as dbmod
from app.models.enums import Role, UserStatus
from app.services.permissions import Right, require

T = TypeVar("T")

_ROW_NAMES = {  # what a missing row is called in the message (stored data is Dutch)
    "Administration": "Administratie",
    "ReceivedFile": "Bestand",
    "ExportAttempt": "Exportpoging",
    "Document": "Document",
    "Relation": "Relatie",
    "PackageConnection": "Koppeling",
}


def must_get(s: Session, model: type[T], ident: int) -> T:
    """The row of ``model`` with primary key ``ident``; NotFound when it is gone (removed by
    someone else meanwhile) instead of an error deeper down."""
    row = s.get(model, ident)
    if row is None:
        what = _ROW_NAMES.get(model.__name__, model.__name__)
        raise NotFound(f"{what} {ident} bestaat niet (meer).")
    return row


@dataclass(frozen=True)
class Actor:
    user_id: int
    email: str
    name: str
    role: str
    language: str = "nl"


class AppContext:
    """Paths, settings and database of this process."""

    def __init__(self, paths: Paths, db_url: str | None = None, *, migrate: bool = True):
        self.paths = paths.ensure()
        self.settings = Settings(paths)
        self.db_url = db_url or dbmod.sqlite_url(paths.database)
        self.engine: Engine = dbmod.create_db_engine(self.db_url)
        if migrate:
            dbmod.upgrade(self.engine)
        self.session_factory: sessionmaker[Session] = dbmod.make_session_factory(self.engine)

    @classmethod
    def open(
        cls, data_dir: str | None = None, db_url: str | None = None, *, migrate: bool = True
    ) -> AppContext:
        return cls(resolve_paths(data_dir), db_url, migrate=migrate)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with dbmod.transaction(self.session_factory) as session:
            yield session

    def close(self) -> None:
        if self.engine.dialect.name == "sqlite":
            # Keep the query planner's statistics fresh (the hub and dashboard queries rely on
            # the composite indexes being chosen).
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA optimize")
            except Exception:  # noqa: BLE001 - never fail a shutdown over statistics
                pass
        self.engine.dispose()

    def actor_for(self, email: str | None) -> Actor:
        """The user to act as: ``email``, or the organisation's first Beheerder."""
        with self.transaction() as s:
            if email:
                user = s.scalar(select(User).where(User.email == email.strip().lower()))
                if user is None:
                    raise NotFound(f"Onbekende gebruiker: {email}")
                if user.status == UserStatus.DEACTIVATED:
                    raise PermissionDenied(f"Gebruiker {email} is gedeactiveerd.")
            else:
                user = s.scalar(
                    select(User)
                    .where(User.role == Role.BEHEERDER, User.status != UserStatus.DEACTIVATED)
                    .order_by(User.id)
                    .limit(1)
                )
                if user is None:
                    raise UserFacingError(
                        "Er is nog geen organisatie. Start de app om er een aan te maken, "
                        "of maak een demokantoor met 'factuurflow demo'."
                    )
            return actor_of(user)


def actor_of(user: User) -> Actor:
    return Actor(user.id, user.email, user.name, user.role, user.language)


class BaseService:
    """Shared plumbing: transactions, rights, audit."""

    def __init__(self, app: AppContext, actor: Actor):
        self.app = app
        self.actor = actor

    def tx(self) -> AbstractContextManager[Session]:
        return self.app.transaction()

    def require(self, right: Right) -> None:
        require(self.actor.role, right)

    def audit(
        self,
        session: Session,
        action: str,
        object_type: str,
        object_id: int | None,
        detail: str | None = None,
    ) -> None:
        session.add(
            AuditEntry(
                user_id=self.actor.user_id,
                action=action,
                object_type=object_type,
                object_id=object_id,
                detail=detail,
            )
        )


class Services:
    """Every service, acting as one user."""

    def __init__(self, app: AppContext, actor: Actor):
        self.app = app
        self.actor = actor

    @cached_property
    def users(self):
        from app.services.users import UserService

        return UserService(self.app, self.actor)

    @cached_property
    def departments(self):
        from app.services.departments import DepartmentService

        return DepartmentService(self.app, self.actor)

    @cached_property
    def administrations(self):
        from app.services.administrations import AdministrationService

        return AdministrationService(self.app, self.actor)

    @cached_property
    def status(self):
        from app.services.status import StatusService

        return StatusService(self.app, self.actor)

    @cached_property
    def intake(self):
        from app.services.intake import IntakeService

        return IntakeService(self.app, self.actor)

    @cached_property
    def documents(self):
        from app.services.documents import DocumentService

        return DocumentService(self.app, self.actor)

    @cached_property
    def processing(self):
        from app.services.processing import ProcessingService

        return ProcessingService(self.app, self.actor)

    @cached_property
    def splitting(self):
        from app.services.processing import SplitService

        return SplitService(self.app, self.actor)

    @cached_property
    def corrections(self):
        from app.services.corrections import CorrectionService

        return CorrectionService(self.app, self.actor)

    @cached_property
    def packages(self):
        from app.services.packages import PackageService

        return PackageService(self.app, self.actor)

    @cached_property
    def export(self):
        from app.services.export import ExportService

        return ExportService(self.app, self.actor)

    @cached_property
    def connections(self):
        from app.services.connections import ConnectionService

        return ConnectionService(self.app, self.actor)

    @cached_property
    def organisation(self):
        from app.services.organisation import OrganisationService

        return OrganisationService(self.app, self.actor)

    @cached_property
    def relations(self):
        from app.services.relations import RelationService

        return RelationService(self.app, self.actor)

    @cached_property
    def processing_settings(self):
        from app.services.processing_settings import ProcessingSettingsService

        return ProcessingSettingsService(self.app, self.actor)

    @cached_property
    def dashboard(self):
        from app.services.dashboard import DashboardService

        return DashboardService(self.app, self.actor)

    @cached_property
    def hub(self):
        from app.services.hub import HubService

        return HubService(self.app, self.actor)

    @cached_property
    def archive(self):
        from app.services.archive import ArchiveService

        return ArchiveService(self.app, self.actor)
