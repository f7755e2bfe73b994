"""Connectors to accounting packages behind one :class:`~app.connectors.base.Connector`
protocol: the contract and dataclasses (:mod:`.base`), token storage (:mod:`.tokens`), OAuth
helpers (:mod:`.oauth`), the HTTP layer (:mod:`.http`), the registry (:mod:`.registry`) and
one module per package. No Qt and no ORM here.
"""

from app.connectors.base import (
    Attachment,
    BookingLineData,
    BookingRequest,
    Connector,
    ConnectorConfig,
    ConnectorError,
    CostCentreData,
    ExportRefused,
    GLAccountData,
    JournalData,
    MasterData,
    NeedsSignIn,
    PeriodData,
    PostResult,
    ProjectData,
    RelationData,
    RemoteAdministration,
    Tokens,
    TransientError,
    VatCodeData,
    config_from_env,
)
from app.connectors.registry import PACKAGES, PackageInfo, PackageNotAvailable, get_connector
from app.connectors.tokens import KeyringTokenStore, MemoryTokenStore, TokenKeeper, TokenStore

__all__ = [
    "PACKAGES",
    "Attachment",
    "BookingLineData",
    "BookingRequest",
    "Connector",
    "ConnectorConfig",
    "ConnectorError",
    "CostCentreData",
    "ExportRefused",
    "GLAccountData",
    "JournalData",
    "KeyringTokenStore",
    "MasterData",
    "MemoryTokenStore",
    "NeedsSignIn",
    "PackageInfo",
    "PackageNotAvailable",
    "PeriodData",
    "PostResult",
    "ProjectData",
    "RelationData",
    "RemoteAdministration",
    "TokenKeeper",
    "TokenStore",
    "Tokens",
    "TransientError",
    "VatCodeData",
    "config_from_env",
    "get_connector",
]
