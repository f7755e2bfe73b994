"""Accounting packages: signing in, importing administrations, synchronising master data.

Signing in creates a :class:`PackageConnection` (its tokens only in the keyring, under the
connection's ``account_key``). Importing picks administrations the account can see, with each
one's KvK number confirmed, and syncs their master data. A revoked sign-in marks the
administration "needs sign-in" instead of failing silently. Base URLs come from settings or
``FACTUURFLOW_<PACKAGE>_URL``; a connection with base URL ``sandbox`` uses the local fakes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.connectors.base import (
    Connector,
    ConnectorConfig,
    ConnectorError,
    NeedsSignIn,
    RemoteAdministration,
    config_from_env,
)
from app.connectors.registry import get_connector, package_info
from app.connectors.tokens import KeyringTokenStore
from app.errors import InvalidInput, NotFound, UserFacingError
from app.models import Administration, PackageConnection
from app.models.base import utcnow
from app.services import sandbox
from app.services.administrations import AdministrationService, admin_dto
from app.services.connections import ConnectionDTO, connection_dto
from app.services.context import BaseService, must_get
from app.services.dto import AdministrationDTO
from app.services.master_data import apply_master_data, incomplete_reason
from app.services.permissions import Right
from app.services.validation import clean_kvk

_SETTING_URL = {"exact_online": "exact_url", "twinfield": "twinfield_url"}


@dataclass(frozen=True)
class SyncResult:
    administration: AdministrationDTO
    counts: dict[str, int]
    error: str | None = None


class PackageService(BaseService):
    # -- connectors ------------------------------------------------------------------------
    def config(self, package: str, base_url: str | None) -> ConnectorConfig:
        if base_url == sandbox.SANDBOX:
            return sandbox.sandbox_config(package, self.app.paths.data / "sandbox")
        overrides: dict[str, str] = {}
        setting = _SETTING_URL.get(package)
        if base_url:
            overrides["base_url"] = base_url
        elif setting and self.app.settings.get(setting):
            overrides["base_url"] = self.app.settings.get(setting)
        if package == "twinfield" and self.app.settings.get("twinfield_login_url"):
            overrides["login_url"] = self.app.settings.get("twinfield_login_url")
        return config_from_env(package, overrides)

    def connector(self, package: str, account_key: str, base_url: str | None) -> Connector:
        store = (
            sandbox.SandboxTokenStore(self.app.paths.data / "sandbox")
            if base_url == sandbox.SANDBOX
            else KeyringTokenStore()
        )
        return get_connector(package, self.config(package, base_url), store, account_key)

    def connector_for_admin(self, s: Session, admin: Administration) -> Connector:
        conn = (
            s.get(PackageConnection, admin.connection_id)
            if admin.connection_id is not None
            else None
        )
        if conn is None:
            raise UserFacingError(
                f"{admin.name} is niet gekoppeld aan {package_info(admin.package).display_name}; "
                "meld eerst aan."
            )
        return self.connector(conn.package, conn.account_key, conn.base_url)

    # -- sign-in ---------------------------------------------------------------------------
    def sign_in(
        self,
        package: str,
        *,
        base_url: str | None = None,
        name: str | None = None,
        interactive: Callable[[Connector], object] | None = None,
    ) -> ConnectionDTO:
        """Sign in to ``package`` and record the connection.

        ``interactive(connector)`` runs the browser flow (``oauth.sign_in``); the sandbox signs
        in by itself.
        """
        self.require(Right.MANAGE_PACKAGES)
        info = package_info(package)
        if not info.implemented:
            raise UserFacingError(f"{info.display_name} is nog niet beschikbaar.")
        account_key = f"{package}:{uuid.uuid4().hex}"
        connector = self.connector(package, account_key, base_url)
        try:
            if base_url == sandbox.SANDBOX:
                sandbox.sign_in_headless(connector)
            elif interactive is not None:
                interactive(connector)
            else:
                raise InvalidInput("Aanmelden vraagt de browser; geen aanmeldmethode gegeven.")
        except ConnectorError as exc:
            raise UserFacingError(f"Aanmelden bij {info.display_name} mislukt: {exc}") from exc
        with self.tx() as s:
            conn = PackageConnection(
                package=package,
                name=name or info.display_name,
                account_key=account_key,
                base_url=base_url,
                state="ok",
            )
            s.add(conn)
            s.flush()
            self.audit(s, "connection.add", "connection", conn.id, package)
            return connection_dto(conn)

    def remote_administrations(self, connection_id: int) -> list[RemoteAdministration]:
        self.require(Right.ADD_ADMINISTRATIONS)
        with self.tx() as s:
            conn = self._connection(s, connection_id)
            package, key, url = conn.package, conn.account_key, conn.base_url
        try:
            return self.connector(package, key, url).list_administrations()
        except NeedsSignIn as exc:
            self._mark_connection(connection_id, "needs_sign_in")
            raise UserFacingError(f"Opnieuw aanmelden nodig: {exc}") from exc

    def import_administrations(
        self,
        connection_id: int,
        selection: list[tuple[str, str | None]],
        progress: Callable[[int, int, str], None] | None = None,
    ) -> list[AdministrationDTO]:
        """Import the chosen administrations (external id, KvK) and sync their master data."""
        self.require(Right.ADD_ADMINISTRATIONS)
        remote = {r.external_id: r for r in self.remote_administrations(connection_id)}
        chosen = []
        for external_id, kvk in selection:
            if external_id not in remote:
                raise NotFound(f"Administratie {external_id} is niet zichtbaar voor dit account.")
            chosen.append((remote[external_id], clean_kvk(kvk or remote[external_id].kvk)))
        out = []
        admins = AdministrationService(self.app, self.actor)
        for n, (r, kvk) in enumerate(chosen, 1):
            if progress:
                progress(n, len(chosen), r.name)
            with self.tx() as s:
                conn = self._connection(s, connection_id)
                existing = s.scalar(
                    select(Administration).where(
                        Administration.package == conn.package,
                        Administration.external_id == r.external_id,
                    )
                )
            if existing is not None:
                raise UserFacingError(
                    f"{r.name} is al geïmporteerd (administratie {existing.code})."
                )
            dto = admins.create(
                name=r.name,
                package=conn.package,
                external_id=r.external_id,
                kvk=kvk,
                vat_number=r.vat_number,
                connection_id=connection_id,
            )
            out.append(self.sync(dto.id).administration)
        return out

    # -- sync ------------------------------------------------------------------------------
    def sync(self, admin_ref: int | str) -> SyncResult:
        """Fetch and store the administration's master data; flags it when incomplete."""
        self.require(Right.ADD_ADMINISTRATIONS)
        with self.tx() as s:
            admin = AdministrationService(self.app, self.actor).resolve(s, admin_ref)
            admin_id, external_id = admin.id, admin.external_id
            connector = self.connector_for_admin(s, admin)
            if external_id is None:
                raise UserFacingError(
                    f"{admin.name} is niet gekoppeld aan een administratie in "
                    f"{package_info(admin.package).display_name} (geen extern id)."
                )
            admin.sync_state = "running"
        try:
            master = connector.fetch_master_data(external_id)
        except NeedsSignIn as exc:
            return self._sync_failed(
                admin_id, "needs_sign_in", f"Opnieuw aanmelden bij het pakket nodig: {exc}"
            )
        except ConnectorError as exc:
            return self._sync_failed(admin_id, "failed", str(exc))
        with self.tx() as s:
            admin = must_get(s, Administration, admin_id)
            counts = apply_master_data(s, admin, master)
            admin.sync_state, admin.sync_error, admin.last_sync_at = "ok", None, utcnow()
            admin.incomplete_reason = incomplete_reason(s, admin)
            self.audit(s, "administration.sync", "administration", admin.id, str(counts))
            return SyncResult(admin_dto(admin), counts)

    def sync_all(self) -> list[SyncResult]:
        results = []
        for a in AdministrationService(self.app, self.actor).list():
            if a.external_id:
                try:
                    results.append(self.sync(a.id))
                except UserFacingError as exc:
                    results.append(SyncResult(a, {}, str(exc)))
        return results

    def _sync_failed(self, admin_id: int, state: str, message: str) -> SyncResult:
        with self.tx() as s:
            admin = must_get(s, Administration, admin_id)
            admin.sync_state, admin.sync_error = state, message
            return SyncResult(admin_dto(admin), {}, message)

    def _connection(self, s: Session, connection_id: int) -> PackageConnection:
        conn = s.get(PackageConnection, connection_id)
        if conn is None:
            raise NotFound(f"Koppeling {connection_id} bestaat niet.")
        return conn

    def _mark_connection(self, connection_id: int, state: str) -> None:
        with self.tx() as s:
            conn = s.get(PackageConnection, connection_id)
            if conn is not None:
                conn.state = state
                for admin in s.scalars(
                    select(Administration).where(Administration.connection_id == connection_id)
                ):
                    admin.sync_state = state
