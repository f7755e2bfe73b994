"""Users of the office: list, create, edit, deactivate, delete, assign administrations, and the
list of blocked sender addresses (zwarte lijst).

Managing users needs the MANAGE_USERS right; only a Beheerder may create, change or remove a
Beheerder. Everyone may read and change their own language and password.
"""

from __future__ import annotations

import builtins

from sqlalchemy import delete, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from app.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from app.models import BlockedSender, Department, User
from app.models.base import utcnow
from app.models.enums import Role, UserStatus
from app.services.auth import check_password_strength, hash_password
from app.services.context import BaseService
from app.services.dto import BlockedSenderDTO, UserDTO
from app.services.permissions import Right, require_admin_visible
from app.services.validation import clean_email, clean_language, clean_name, clean_role


def user_dto(u: User) -> UserDTO:
    return UserDTO(
        id=u.id,
        email=u.email,
        first_name=u.first_name,
        last_name=u.last_name,
        name=u.name,
        role=u.role,
        status=u.status,
        language=u.language,
        department_id=u.department_id,
        department=u.department.name if u.department else None,
        created_at=u.created_at,
        last_login_at=u.last_login_at,
        administration_ids=tuple(sorted(a.id for a in u.administrations)),
    )


class UserService(BaseService):
    def list(self, search: str | None = None) -> list[UserDTO]:
        self.require(Right.MANAGE_USERS)
        with self.tx() as s:
            q = (
                select(User)
                .options(selectinload(User.department), selectinload(User.administrations))
                .order_by(User.last_name, User.first_name)
            )
            if search:
                like = f"%{search.strip().lower()}%"
                q = q.where(
                    or_(
                        func.lower(User.first_name + " " + User.last_name).like(like),
                        User.email.like(like),
                    )
                )
            return [user_dto(u) for u in s.scalars(q)]

    def get(self, user_id: int) -> UserDTO:
        if user_id != self.actor.user_id:
            self.require(Right.MANAGE_USERS)
        with self.tx() as s:
            return user_dto(self._get(s, user_id))

    def find_by_email(self, email: str) -> UserDTO:
        with self.tx() as s:
            user = s.scalar(select(User).where(User.email == email.strip().lower()))
            if user is None:
                raise NotFound(f"Onbekende gebruiker: {email}")
            if user.id != self.actor.user_id:
                self.require(Right.MANAGE_USERS)
            return user_dto(user)

    def create(
        self,
        *,
        first_name: str,
        last_name: str,
        email: str,
        role: str,
        department_id: int | None = None,
        language: str = "nl",
        password: str | None = None,
    ) -> UserDTO:
        self.require(Right.MANAGE_USERS)
        role_ = clean_role(role)
        self._guard_beheerder(role_)
        user = User(
            first_name=clean_name(first_name, "Voornaam"),
            last_name=clean_name(last_name, "Achternaam"),
            email=clean_email(email),
            role=role_,
            status=UserStatus.CREATED,
            language=clean_language(language),
        )
        if password:
            check_password_strength(password)
            user.password_hash = hash_password(password)
        with self.tx() as s:
            if s.scalar(select(User.id).where(User.email == user.email)):
                raise Conflict(f"Er bestaat al een gebruiker met e-mailadres {user.email}.")
            if department_id is not None:
                user.department = self._department(s, department_id)
            s.add(user)
            try:
                s.flush()
            except IntegrityError as exc:
                raise Conflict(
                    f"Er bestaat al een gebruiker met e-mailadres {user.email}."
                ) from exc
            self.audit(s, "user.create", "user", user.id, user.email)
            return user_dto(user)

    def edit(self, user_id: int, **changes) -> UserDTO:
        """Change first_name, last_name, email, role, department_id, language."""
        own_only = set(changes) <= {"language"} and user_id == self.actor.user_id
        if not own_only:
            self.require(Right.MANAGE_USERS)
        with self.tx() as s:
            user = self._get(s, user_id)
            if not own_only:
                self._guard_beheerder(Role(user.role))
            for key, value in changes.items():
                if key in ("first_name", "last_name"):
                    setattr(user, key, clean_name(value, "Naam"))
                elif key == "email":
                    email = clean_email(value)
                    other = s.scalar(select(User.id).where(User.email == email, User.id != user_id))
                    if other:
                        raise Conflict(f"Er bestaat al een gebruiker met e-mailadres {email}.")
                    user.email = email
                elif key == "role":
                    role_ = clean_role(value)
                    self._guard_beheerder(role_)
                    if user.role == Role.BEHEERDER and role_ != Role.BEHEERDER:
                        self._keep_one_beheerder(s, user)
                    user.role = role_
                elif key == "department_id":
                    user.department = self._department(s, value) if value is not None else None
                elif key == "language":
                    user.language = clean_language(value)
                else:
                    raise InvalidInput(f"Onbekend veld: {key}")
            self.audit(s, "user.edit", "user", user.id, ", ".join(sorted(changes)))
            return user_dto(user)

    def set_password(self, user_id: int, password: str) -> None:
        if user_id != self.actor.user_id:
            self.require(Right.MANAGE_USERS)
        check_password_strength(password)
        with self.tx() as s:
            user = self._get(s, user_id)
            if user_id != self.actor.user_id:
                self._guard_beheerder(Role(user.role))
            user.password_hash = hash_password(password)
            self.audit(s, "user.password", "user", user.id)

    def deactivate(self, user_id: int) -> UserDTO:
        return self._set_active(user_id, False)

    def reactivate(self, user_id: int) -> UserDTO:
        return self._set_active(user_id, True)

    def delete(self, user_id: int) -> None:
        self.require(Right.MANAGE_USERS)
        if user_id == self.actor.user_id:
            raise InvalidInput("U kunt uw eigen account niet verwijderen.")
        with self.tx() as s:
            user = self._get(s, user_id)
            self._guard_beheerder(Role(user.role))
            if user.role == Role.BEHEERDER:
                self._keep_one_beheerder(s, user)
            self.audit(s, "user.delete", "user", user.id, user.email)
            s.delete(user)

    def assign_administrations(self, user_id: int, admin_ids: builtins.list[int]) -> UserDTO:
        """Replace the administrations assigned directly to the user."""
        self.require(Right.MANAGE_USERS)
        with self.tx() as s:
            user = self._get(s, user_id)
            admins = [
                require_admin_visible(s, self.actor.user_id, self.actor.role, a)
                for a in sorted(set(admin_ids))
            ]
            user.administrations = admins
            self.audit(s, "user.assign", "user", user.id, ",".join(str(a) for a in admin_ids))
            return user_dto(user)

    # -- blocked senders -------------------------------------------------------------------
    def blocked_senders(self) -> builtins.list[BlockedSenderDTO]:
        self.require(Right.MANAGE_USERS)
        with self.tx() as s:
            return [
                BlockedSenderDTO(b.id, b.address, b.reason, b.created_at)
                for b in s.scalars(select(BlockedSender).order_by(BlockedSender.address))
            ]

    def block_sender(self, address: str, reason: str | None = None) -> BlockedSenderDTO:
        self.require(Right.MANAGE_USERS)
        text = address.strip().lower()
        addr = text if text.startswith("@") and "." in text else clean_email(text)
        with self.tx() as s:
            if s.scalar(select(BlockedSender.id).where(BlockedSender.address == addr)):
                raise Conflict(f"{addr} staat al op de zwarte lijst.")
            b = BlockedSender(address=addr, reason=reason, created_by_id=self.actor.user_id)
            s.add(b)
            s.flush()
            self.audit(s, "blocked.add", "blocked_sender", b.id, addr)
            return BlockedSenderDTO(b.id, b.address, b.reason, b.created_at)

    def unblock_sender(self, blocked_id: int) -> None:
        self.require(Right.MANAGE_USERS)
        with self.tx() as s:
            s.execute(delete(BlockedSender).where(BlockedSender.id == blocked_id))
            self.audit(s, "blocked.remove", "blocked_sender", blocked_id)

    # -- helpers ---------------------------------------------------------------------------
    def _get(self, s: Session, user_id: int) -> User:
        user = s.get(User, user_id, options=[selectinload(User.administrations)])
        if user is None:
            raise NotFound(f"Gebruiker {user_id} bestaat niet.")
        return user

    def _department(self, s: Session, department_id: int) -> Department:
        dep = s.get(Department, department_id)
        if dep is None:
            raise NotFound(f"Afdeling {department_id} bestaat niet.")
        return dep

    def _guard_beheerder(self, role: Role) -> None:
        if role == Role.BEHEERDER and self.actor.role != Role.BEHEERDER:
            raise PermissionDenied("Alleen een Beheerder mag Beheerders aanmaken of wijzigen.")

    def _keep_one_beheerder(self, s: Session, user: User) -> None:
        others = s.scalar(
            select(func.count(User.id)).where(
                User.role == Role.BEHEERDER,
                User.id != user.id,
                User.status != UserStatus.DEACTIVATED,
            )
        )
        if not others:
            raise InvalidInput("De organisatie moet minstens één actieve Beheerder houden.")

    def _set_active(self, user_id: int, active: bool) -> UserDTO:
        self.require(Right.MANAGE_USERS)
        if user_id == self.actor.user_id and not active:
            raise InvalidInput("U kunt uw eigen account niet deactiveren.")
        with self.tx() as s:
            user = self._get(s, user_id)
            self._guard_beheerder(Role(user.role))
            if active:
                user.status = UserStatus.ACTIVE if user.last_login_at else UserStatus.CREATED
                user.deactivated_at = None
            else:
                if user.role == Role.BEHEERDER:
                    self._keep_one_beheerder(s, user)
                user.status = UserStatus.DEACTIVATED
                user.deactivated_at = utcnow()
            self.audit(s, "user.activate" if active else "user.deactivate", "user", user.id)
            return user_dto(user)
