"""Connected accounting-package accounts (gekoppelde pakketten): list and remove.

Tokens of a connection live in the keyring under its ``account_key``; removing a connection
deletes them. Needs MANAGE_PACKAGES. Signing in to a new account lives with the connectors.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update

from app.config import delete_secret
from app.errors import NotFound
from app.models import Administration, PackageConnection
from app.services.context import BaseService
from app.services.permissions import Right


@dataclass(frozen=True)
class ConnectionDTO:
    id: int
    package: str
    name: str
    account_key: str
    base_url: str | None
    state: str
    created_at: datetime


def connection_dto(c: PackageConnection) -> ConnectionDTO:
    return ConnectionDTO(c.id, c.package, c.name, c.account_key, c.base_url, c.state, c.created_at)


class ConnectionService(BaseService):
    def list(self) -> list[ConnectionDTO]:
        self.require(Right.MANAGE_PACKAGES)
        with self.tx() as s:
            return [
                connection_dto(c)
                for c in s.scalars(
                    select(PackageConnection).order_by(
                        PackageConnection.package, PackageConnection.name
                    )
                )
            ]

    def usable(self, package: str | None = None) -> builtins.list[ConnectionDTO]:
        """Signed-in connections a user who may add administrations can import from (without
        the right to manage the connections themselves)."""
        self.require(Right.ADD_ADMINISTRATIONS)
        with self.tx() as s:
            q = select(PackageConnection).where(PackageConnection.state == "ok")
            if package:
                q = q.where(PackageConnection.package == package)
            return [connection_dto(c) for c in s.scalars(q.order_by(PackageConnection.name))]

    def remove(self, connection_id: int) -> None:
        """Disconnect: delete the tokens; its administrations then need a new sign-in."""
        self.require(Right.MANAGE_PACKAGES)
        with self.tx() as s:
            conn = s.get(PackageConnection, connection_id)
            if conn is None:
                raise NotFound(f"Koppeling {connection_id} bestaat niet.")
            s.execute(
                update(Administration)
                .where(Administration.connection_id == conn.id)
                .values(sync_state="needs_sign_in", connection_id=None)
            )
            delete_secret(conn.account_key)
            self.audit(s, "connection.remove", "connection", conn.id, conn.package)
            s.delete(conn)
