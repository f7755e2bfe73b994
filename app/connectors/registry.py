"""Which accounting packages exist and how to get a connector for one. :data:`PACKAGES` lists
all eight packages the product names, with display names and whether a connector is
implemented; :func:`get_connector` imports the implementing module lazily and builds the
connector for one signed-in account. A package module exposes a class taking
``(config, token_store, account_key)``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from app.connectors.base import Connector, ConnectorConfig
from app.connectors.tokens import TokenStore
from app.errors import UserFacingError


@dataclass(frozen=True)
class PackageInfo:
    key: str
    display_name: str
    implemented: bool
    oauth: bool  # sign in via the system browser (else the package's own key scheme)
    factory: str = ""  # "module:ClassName", empty when not implemented


PACKAGES: tuple[PackageInfo, ...] = (
    PackageInfo(
        "exact_online", "Exact Online", True, True, "app.connectors.exact:ExactOnlineConnector"
    ),
    PackageInfo(
        "twinfield", "Twinfield", True, True, "app.connectors.twinfield:TwinfieldConnector"
    ),
    PackageInfo("afas", "AFAS Online", False, False),
    PackageInfo("accountview", "AccountView", False, False),
    PackageInfo("unit4", "Unit4", False, True),
    PackageInfo("visma_eaccounting", "Visma eAccounting", False, True),
    PackageInfo("visma_net", "Visma.net", False, True),
    PackageInfo("snelstart", "SnelStart", False, False),
)


class PackageNotAvailable(UserFacingError):
    """The package is known but has no connector yet (or is unknown)."""


def package_info(package: str) -> PackageInfo:
    for info in PACKAGES:
        if info.key == package:
            return info
    raise PackageNotAvailable(f"Onbekend boekhoudpakket: {package!r}")


def get_connector(
    package: str, config: ConnectorConfig, token_store: TokenStore, account_key: str
) -> Connector:
    """A connector for ``package`` acting for the account whose tokens are ``account_key``."""
    info = package_info(package)
    if not info.implemented or not info.factory:
        raise PackageNotAvailable(f"{info.display_name} is nog niet beschikbaar.")
    module_name, _, class_name = info.factory.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        raise PackageNotAvailable(f"{info.display_name} is nog niet beschikbaar.") from exc
    cls = getattr(module, class_name)
    return cls(config, token_store, account_key)
