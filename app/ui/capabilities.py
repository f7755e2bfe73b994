"""The window's view of the package services: which of the eight packages have a connector,
and a small client over ``Services.packages`` (sign in through the system browser, list the
account's administrations, import them, synchronise) that the add-administration wizard and
the administrations page use. When the office runs against the local sandbox (setting
``sandbox``) the sign-in happens without a browser. Pages ask here and say plainly when
something is not possible for this user.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.services.administrations import PACKAGES as PACKAGE_NAMES
from app.services.permissions import Right, has_right


@dataclass(frozen=True)
class PackageChoice:
    key: str
    name: str
    available: bool


def packages() -> list[PackageChoice]:
    """The eight packages with whether a connector exists (Exact Online and Twinfield when the
    connector registry cannot say)."""
    try:
        from app.connectors.registry import PACKAGES as INFOS

        return [PackageChoice(i.key, i.display_name, bool(i.implemented)) for i in INFOS]
    except ImportError:
        return [
            PackageChoice(k, v, k in ("exact_online", "twinfield"))
            for k, v in PACKAGE_NAMES.items()
        ]


@dataclass(frozen=True)
class ExistingConnection:
    id: int
    name: str


class PackageImportClient:
    """Adapter over :class:`app.services.packages.PackageService` for the wizard.

    Every method runs in a worker thread (``run_task``); ``on_url`` and ``progress`` are called
    from that thread, so callers pass a Qt signal's ``emit``.
    """

    def __init__(self, services: Any):
        self.services = services

    @property
    def sandbox(self) -> bool:
        return bool(self.services.app.settings.get("sandbox"))

    def can_sign_in(self) -> bool:
        return has_right(self.services.actor.role, Right.MANAGE_PACKAGES)

    def connections(self, package: str) -> list[ExistingConnection]:
        """Connections already signed in for ``package`` (anyone who may add administrations
        may import from them; signing in anew needs the packages right)."""
        return [ExistingConnection(c.id, c.name) for c in self.services.connections.usable(package)]

    def sign_in(self, package: str, on_url: Callable[[str], None]) -> int:
        """Sign in (browser, or headless in the sandbox); returns the new connection's id."""
        from app.connectors.oauth import sign_in
        from app.services.sandbox import SANDBOX

        def interactive(connector):
            def open_browser(url: str) -> bool:
                on_url(url)  # the window opens it with QDesktopServices and shows it
                return True

            return sign_in(connector, connector.config.redirect_uri, open_browser=open_browser)

        base_url = SANDBOX if self.sandbox else None
        return self.services.packages.sign_in(
            package, base_url=base_url, interactive=interactive
        ).id

    def list_remote_administrations(self, connection_id: int) -> list[Any]:
        return list(self.services.packages.remote_administrations(connection_id))

    def import_administrations(
        self,
        connection_id: int,
        selection: list[dict[str, Any]],
        progress: Callable[[int, int, str], None] | None = None,
    ) -> list[Any]:
        pairs = [(s["external_id"], s["kvk"]) for s in selection]
        return list(
            self.services.packages.import_administrations(connection_id, pairs, progress=progress)
        )


def import_client(services: Any) -> PackageImportClient | None:
    """The import client, or None while no package service exists."""
    return PackageImportClient(services) if hasattr(type(services), "packages") else None


def sync_function(services: Any) -> Callable[[int], Any] | None:
    """``fn(admin_id)`` that synchronises one administration's master data, when this user may
    (the service needs the add-administrations right)."""
    if not hasattr(type(services), "packages"):
        return None
    if not has_right(services.actor.role, Right.ADD_ADMINISTRATIONS):
        return None
    return services.packages.sync
