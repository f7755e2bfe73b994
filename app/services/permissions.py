"""The role → rights table of SPEC.md §3, enforced in one place.

Every service call that changes or reveals something checks a right here, whatever the caller
(CLI or UI), so hiding a button is never the only protection. Visibility of administrations:
a Beheerder sees all of them; every other user sees the administrations assigned to them
directly or through their department.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from app.errors import NotFound, PermissionDenied
from app.models import (
    Administration,
    User,
    department_administrations,
    user_administrations,
)
from app.models.enums import Role


class Right(StrEnum):
    MANAGE_ORGANISATION = "manage_organisation"
    MANAGE_PACKAGES = "manage_packages"
    ADD_ADMINISTRATIONS = "add_administrations"
    MANAGE_USERS = "manage_users"  # users, departments, templates
    CHANGE_PROCESSING_SETTINGS = "change_processing_settings"
    DELIVER_DOCUMENTS = "deliver_documents"
    REVIEW_DOCUMENTS = "review_documents"
    ACCESS_ARCHIVE = "access_archive"


RIGHT_LABELS = {
    Right.MANAGE_ORGANISATION: "organisatie-instellingen beheren",
    Right.MANAGE_PACKAGES: "gekoppelde boekhoudpakketten beheren",
    Right.ADD_ADMINISTRATIONS: "administraties toevoegen",
    Right.MANAGE_USERS: "gebruikers, afdelingen en sjablonen beheren",
    Right.CHANGE_PROCESSING_SETTINGS: "verwerkingsinstellingen wijzigen",
    Right.DELIVER_DOCUMENTS: "documenten aanleveren",
    Right.REVIEW_DOCUMENTS: "documenten reviewen",
    Right.ACCESS_ARCHIVE: "het archief raadplegen",
}

_R = Right
ROLE_RIGHTS: dict[Role, frozenset[Right]] = {
    Role.BEHEERDER: frozenset(Right),
    Role.TEAMLEIDER: frozenset(
        {
            _R.MANAGE_PACKAGES,
            _R.ADD_ADMINISTRATIONS,
            _R.MANAGE_USERS,
            _R.CHANGE_PROCESSING_SETTINGS,
            _R.DELIVER_DOCUMENTS,
            _R.REVIEW_DOCUMENTS,
            _R.ACCESS_ARCHIVE,
        }
    ),
    Role.GEBRUIKER: frozenset(
        {
            _R.ADD_ADMINISTRATIONS,
            _R.CHANGE_PROCESSING_SETTINGS,
            _R.DELIVER_DOCUMENTS,
            _R.REVIEW_DOCUMENTS,
            _R.ACCESS_ARCHIVE,
        }
    ),
    Role.REVIEWER: frozenset({_R.DELIVER_DOCUMENTS, _R.REVIEW_DOCUMENTS, _R.ACCESS_ARCHIVE}),
    Role.AANLEVERAAR: frozenset({_R.DELIVER_DOCUMENTS, _R.ACCESS_ARCHIVE}),
}


def has_right(role: str, right: Right) -> bool:
    return right in ROLE_RIGHTS.get(Role(role), frozenset())


def require(role: str, right: Right) -> None:
    """Raise :class:`PermissionDenied` unless ``role`` has ``right``."""
    if not has_right(role, right):
        from app.models.enums import ROLE_LABELS

        label = ROLE_LABELS[Role(role)][0]
        raise PermissionDenied(f"Geen toegang: de rol {label} mag geen {RIGHT_LABELS[right]}.")


def sees_all_administrations(role: str) -> bool:
    return Role(role) is Role.BEHEERDER


def visible_admin_ids_query(user_id: int, role: str):
    """A SELECT of the ids of the administrations this user may see."""
    if sees_all_administrations(role):
        return select(Administration.id)
    direct = select(user_administrations.c.administration_id).where(
        user_administrations.c.user_id == user_id
    )
    via_department = (
        select(department_administrations.c.administration_id)
        .join(User, User.department_id == department_administrations.c.department_id)
        .where(User.id == user_id)
    )
    return union(direct, via_department)


def require_admin_visible(
    session: Session, user_id: int, role: str, admin_id: int
) -> Administration:
    """The administration, or :class:`NotFound` when it does not exist or is not visible."""
    admin = session.get(Administration, admin_id)
    if admin is None:
        raise NotFound(f"Administratie {admin_id} bestaat niet of is niet zichtbaar voor u.")
    if not sees_all_administrations(role):
        ids = set(session.scalars(visible_admin_ids_query(user_id, role)))
        if admin_id not in ids:
            raise NotFound(f"Administratie {admin_id} bestaat niet of is niet zichtbaar voor u.")
    return admin
