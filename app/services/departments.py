"""Departments (afdelingen): create, rename, delete, and the administrations assigned to them.

Users of a department see its administrations. Managing departments needs MANAGE_USERS.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.errors import Conflict, NotFound
from app.models import Department, User
from app.services.context import BaseService
from app.services.dto import DepartmentDTO
from app.services.permissions import Right, require_admin_visible
from app.services.validation import clean_name


class DepartmentService(BaseService):
    def list(self, search: str | None = None) -> list[DepartmentDTO]:
        self.require(Right.MANAGE_USERS)
        with self.tx() as s:
            users = (
                select(User.department_id, func.count(User.id).label("n"))
                .group_by(User.department_id)
                .subquery()
            )
            q = (
                select(Department, func.coalesce(users.c.n, 0))
                .outerjoin(users, users.c.department_id == Department.id)
                .options(selectinload(Department.administrations))
                .order_by(Department.name)
            )
            if search:
                q = q.where(func.lower(Department.name).like(f"%{search.strip().lower()}%"))
            return [self._dto(d, n) for d, n in s.execute(q)]

    def get(self, department_id: int) -> DepartmentDTO:
        self.require(Right.MANAGE_USERS)
        with self.tx() as s:
            dep = self._get(s, department_id)
            n = s.scalar(select(func.count(User.id)).where(User.department_id == dep.id)) or 0
            return self._dto(dep, n)

    def find(self, name_or_id: str) -> DepartmentDTO:
        self.require(Right.MANAGE_USERS)
        with self.tx() as s:
            dep = None
            if str(name_or_id).isdigit():
                dep = s.get(Department, int(name_or_id))
            if dep is None:
                dep = s.scalar(
                    select(Department).where(
                        func.lower(Department.name) == str(name_or_id).strip().lower()
                    )
                )
            if dep is None:
                raise NotFound(f"Onbekende afdeling: {name_or_id}")
            n = s.scalar(select(func.count(User.id)).where(User.department_id == dep.id)) or 0
            return self._dto(dep, n)

    def create(self, name: str) -> DepartmentDTO:
        self.require(Right.MANAGE_USERS)
        name = clean_name(name, "Naam van de afdeling", 120)
        with self.tx() as s:
            self._unique(s, name)
            dep = Department(name=name)
            s.add(dep)
            s.flush()
            self.audit(s, "department.create", "department", dep.id, name)
            return self._dto(dep, 0)

    def rename(self, department_id: int, name: str) -> DepartmentDTO:
        self.require(Right.MANAGE_USERS)
        name = clean_name(name, "Naam van de afdeling", 120)
        with self.tx() as s:
            dep = self._get(s, department_id)
            self._unique(s, name, exclude=dep.id)
            dep.name = name
            self.audit(s, "department.rename", "department", dep.id, name)
        return self.get(department_id)

    def delete(self, department_id: int) -> None:
        self.require(Right.MANAGE_USERS)
        with self.tx() as s:
            dep = self._get(s, department_id)
            self.audit(s, "department.delete", "department", dep.id, dep.name)
            s.delete(dep)

    def assign(
        self, department_id: int, add: Sequence[int] = (), remove: Sequence[int] = ()
    ) -> DepartmentDTO:
        """Add and remove administrations of a department."""
        self.require(Right.MANAGE_USERS)
        with self.tx() as s:
            dep = self._get(s, department_id)
            current = {a.id: a for a in dep.administrations}
            for admin_id in add:
                if admin_id not in current:
                    admin = require_admin_visible(s, self.actor.user_id, self.actor.role, admin_id)
                    dep.administrations.append(admin)
            for admin_id in remove:
                if admin_id in current:
                    dep.administrations.remove(current[admin_id])
            self.audit(
                s, "department.assign", "department", dep.id, f"+{list(add)} -{list(remove)}"
            )
        return self.get(department_id)

    def _get(self, s: Session, department_id: int) -> Department:
        dep = s.get(Department, department_id, options=[selectinload(Department.administrations)])
        if dep is None:
            raise NotFound(f"Afdeling {department_id} bestaat niet.")
        return dep

    def _unique(self, s: Session, name: str, exclude: int | None = None) -> None:
        q = select(Department.id).where(func.lower(Department.name) == name.lower())
        if exclude is not None:
            q = q.where(Department.id != exclude)
        if s.scalar(q):
            raise Conflict(f"Er bestaat al een afdeling met de naam {name}.")

    @staticmethod
    def _dto(dep: Department, user_count: int) -> DepartmentDTO:
        ids = tuple(sorted(a.id for a in dep.administrations))
        return DepartmentDTO(dep.id, dep.name, len(ids), int(user_count), dep.created_at, ids)
