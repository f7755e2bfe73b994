"""The connector framework's contract: the :class:`Connector` protocol every accounting package
implements, the plain frozen dataclasses that cross it (tokens, administrations, master data,
booking requests and results), the three error classes a connector raises, and per-package
configuration read from settings or ``FACTUURFLOW_*`` environment variables. Nothing here does
I/O; the registry that builds connectors lives in :mod:`app.connectors.registry`. This module
is a stable interface shared by all connectors: extend it, do not change what is here.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Literal, Protocol, runtime_checkable

from app.errors import UserFacingError

GLKind = Literal["balance", "profit_loss"]
VatKind = Literal["high", "low", "zero", "exempt", "reverse_charge", "icp", "export"]
VatDirection = Literal["purchase", "sales", "both"]
JournalType = Literal["purchase", "sales", "bank", "general"]
RelationType = Literal["supplier", "customer", "both"]
BookingKind = Literal["purchase", "sales"]
ErrorCategory = Literal["relation", "document"]


# --------------------------------------------------------------------------- errors


class ConnectorError(UserFacingError):
    """Base of the errors a connector raises. Messages never contain tokens or secrets."""


class ExportRefused(ConnectorError):
    """The package refused the booking (closed period, unknown relation, unbalanced entry,
    duplicate invoice number, unknown GL/VAT code...). Re-exporting unchanged will fail again.

    ``category`` is "relation" when the relation must be fixed, otherwise "document";
    ``code`` is a short machine-readable reason (e.g. "period_closed", "unknown_relation",
    "unbalanced", "duplicate_invoice", "unknown_gl_account", "unknown_vat_code") or the
    package's own error code.
    """

    def __init__(self, message: str, category: ErrorCategory = "document", code: str = ""):
        super().__init__(message)
        self.message = message
        self.category: ErrorCategory = category
        self.code = code

    def __reduce__(self) -> tuple[Any, ...]:  # keep category and code across pickling
        return (type(self), (self.message, self.category, self.code))


class NeedsSignIn(ConnectorError):
    """No usable tokens: never signed in, refresh token revoked or expired (invalid_grant)."""


class TransientError(ConnectorError):
    """Network error, timeout or 5xx after retries. For a POST the outcome is UNKNOWN: the
    caller must call :meth:`Connector.find_booking` before posting again."""


# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True)
class Tokens:
    """OAuth tokens (or a package's own key). ``expires_at`` is epoch seconds (0 = unknown);
    ``extra`` carries package specifics, e.g. Twinfield's cluster URL. Token values are kept
    out of ``repr`` so they never reach logs."""

    access_token: str = field(repr=False)
    refresh_token: str = field(default="", repr=False)
    expires_at: float = 0.0
    extra: Mapping[str, str] = field(default_factory=dict, hash=False)

    def expires_within(self, seconds: float, now: float | None = None) -> bool:
        if not self.expires_at:
            return False
        return self.expires_at - (time.time() if now is None else now) <= seconds

    def to_json(self) -> str:
        return json.dumps(
            {
                "access_token": self.access_token,
                "refresh_token": self.refresh_token,
                "expires_at": self.expires_at,
                "extra": dict(self.extra),
            }
        )

    @classmethod
    def from_json(cls, text: str) -> Tokens:
        data = json.loads(text)
        return cls(
            access_token=data["access_token"],
            refresh_token=data.get("refresh_token", ""),
            expires_at=float(data.get("expires_at") or 0.0),
            extra=dict(data.get("extra") or {}),
        )


# --------------------------------------------------------------------------- master data


@dataclass(frozen=True)
class RemoteAdministration:
    external_id: str
    name: str
    kvk: str | None = None
    vat_number: str | None = None
    country: str = "NL"


@dataclass(frozen=True)
class GLAccountData:
    code: str
    name: str
    kind: GLKind = "profit_loss"
    blocked: bool = False
    external_id: str = ""


@dataclass(frozen=True)
class VatCodeData:
    code: str
    description: str
    percentage: Decimal  # 21 for 21 %, not 0.21
    kind: VatKind = "high"
    direction: VatDirection = "both"
    external_id: str = ""


@dataclass(frozen=True)
class JournalData:
    code: str
    name: str
    type: JournalType
    external_id: str = ""


@dataclass(frozen=True)
class RelationData:
    external_id: str
    code: str
    name: str
    type: RelationType = "supplier"
    country: str = "NL"
    kvk: str | None = None
    vat_number: str | None = None
    ibans: tuple[str, ...] = ()
    email: str | None = None
    city: str | None = None


@dataclass(frozen=True)
class CostCentreData:
    code: str
    name: str
    blocked: bool = False
    external_id: str = ""


@dataclass(frozen=True)
class ProjectData:
    code: str
    name: str
    blocked: bool = False
    external_id: str = ""


@dataclass(frozen=True)
class PeriodData:
    year: int
    period: int
    start: date
    end: date
    closed: bool = False


@dataclass(frozen=True)
class MasterData:
    gl_accounts: tuple[GLAccountData, ...] = ()
    vat_codes: tuple[VatCodeData, ...] = ()
    journals: tuple[JournalData, ...] = ()
    relations: tuple[RelationData, ...] = ()
    cost_centres: tuple[CostCentreData, ...] = ()
    projects: tuple[ProjectData, ...] = ()
    periods: tuple[PeriodData, ...] = ()


# --------------------------------------------------------------------------- bookings


@dataclass(frozen=True)
class BookingLineData:
    gl_account: str  # GL account code
    description: str
    amount_excl_vat: Decimal
    vat_code: str | None = None
    vat_amount: Decimal = Decimal("0")
    cost_centre: str | None = None  # code
    project: str | None = None  # code


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes = field(repr=False)
    mime: str = "application/pdf"


@dataclass(frozen=True)
class BookingRequest:
    """One purchase or sales invoice to book. ``our_reference`` is a unique request id that
    the connector stores with the booking in the package so :meth:`Connector.find_booking`
    can find it again (exactly-once export). Amounts are positive for a normal invoice and
    negative for a credit note; ``total_incl_vat`` = sum(lines excl) + sum(line VAT)."""

    kind: BookingKind
    journal: str
    relation_code: str
    invoice_number: str
    invoice_date: date
    due_date: date | None
    period: tuple[int, int]  # (year, period number)
    currency: str
    description: str
    our_reference: str
    total_incl_vat: Decimal
    lines: tuple[BookingLineData, ...]
    relation_external_id: str | None = None
    attachment: Attachment | None = None


@dataclass(frozen=True)
class PostResult:
    external_id: str  # the package's id of the entry
    entry_number: str | None = None
    attachment_id: str | None = None


# --------------------------------------------------------------------------- the protocol


@runtime_checkable
class Connector(Protocol):
    """One accounting package, for one signed-in account (``account_key`` in the token store).

    Every method that talks to the package refreshes the tokens first when they expire within
    60 seconds, and raises :class:`NeedsSignIn`, :class:`ExportRefused` or
    :class:`TransientError`. Packages without OAuth implement ``authorization_url`` /
    ``exchange_code`` with their own key scheme (or raise NotImplementedError for them).
    """

    package: str

    def authorization_url(self, state: str, code_challenge: str) -> str: ...

    def exchange_code(self, code: str, code_verifier: str) -> Tokens: ...

    def refresh(self, tokens: Tokens) -> Tokens: ...

    def list_administrations(self) -> list[RemoteAdministration]: ...

    def fetch_master_data(self, external_id: str) -> MasterData: ...

    def post_booking(self, external_id: str, req: BookingRequest) -> PostResult: ...

    def find_booking(self, external_id: str, req: BookingRequest) -> PostResult | None: ...


# --------------------------------------------------------------------------- configuration


@dataclass(frozen=True)
class ConnectorConfig:
    """Where and as whom to talk to a package. ``extra`` holds package specifics
    (Twinfield: ``login_url``). The secret is kept out of ``repr``."""

    package: str
    base_url: str = ""
    auth_url: str = ""
    token_url: str = ""
    client_id: str = ""
    client_secret: str = field(default="", repr=False)
    redirect_uri: str = "http://127.0.0.1:53682/callback"
    extra: Mapping[str, str] = field(default_factory=dict, hash=False)


# Environment variable prefix per package: FACTUURFLOW_<PREFIX>_URL, _AUTH_URL, _TOKEN_URL,
# _CLIENT_ID, _CLIENT_SECRET, _REDIRECT_URI, _LOGIN_URL (Twinfield).
ENV_PREFIX: dict[str, str] = {
    "exact_online": "EXACT",
    "twinfield": "TWINFIELD",
    "afas": "AFAS",
    "accountview": "ACCOUNTVIEW",
    "unit4": "UNIT4",
    "visma_eaccounting": "VISMA_EACCOUNTING",
    "visma_net": "VISMA_NET",
    "snelstart": "SNELSTART",
}

_DEFAULTS: dict[str, dict[str, str]] = {
    "exact_online": {"base_url": "https://start.exactonline.nl"},
    "twinfield": {
        "login_url": "https://login.twinfield.com",
        "base_url": "https://api.accounting.twinfield.com",
    },
}

_AUTH_PATHS: dict[str, tuple[str, str]] = {
    # package: (auth path, token path), relative to base_url (Twinfield: login_url)
    "exact_online": ("/api/oauth2/auth", "/api/oauth2/token"),
    "twinfield": ("/auth/authentication/connect/authorize", "/auth/authentication/connect/token"),
}


def config_from_env(
    package: str,
    overrides: Mapping[str, str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> ConnectorConfig:
    """Build a package's config: defaults < environment < ``overrides`` (e.g. from settings).

    Keys of ``overrides``: base_url, auth_url, token_url, client_id, client_secret,
    redirect_uri and any extra (login_url). Auth/token URLs default to the package's paths
    under the (possibly overridden) base URL, or the login URL for Twinfield, so pointing
    ``FACTUURFLOW_EXACT_URL`` at the sandbox moves OAuth along with it.
    """
    if package not in ENV_PREFIX:
        raise ValueError(f"unknown package {package!r}")
    env = os.environ if environ is None else environ
    prefix = f"FACTUURFLOW_{ENV_PREFIX[package]}_"
    env_keys = {
        "base_url": "URL",
        "auth_url": "AUTH_URL",
        "token_url": "TOKEN_URL",
        "client_id": "CLIENT_ID",
        "client_secret": "CLIENT_SECRET",
        "redirect_uri": "REDIRECT_URI",
        "login_url": "LOGIN_URL",
    }
    values: dict[str, str] = dict(_DEFAULTS.get(package, {}))
    for key, suffix in env_keys.items():
        if env.get(prefix + suffix):
            values[key] = env[prefix + suffix]
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    values = {k: v.rstrip("/") if k.endswith("_url") else v for k, v in values.items()}
    if package in _AUTH_PATHS:
        auth_root = values.get("login_url") or values.get("base_url", "")
        auth_path, token_path = _AUTH_PATHS[package]
        values.setdefault("auth_url", auth_root + auth_path)
        values.setdefault("token_url", auth_root + token_path)
    known = {"base_url", "auth_url", "token_url", "client_id", "client_secret", "redirect_uri"}
    kwargs: dict[str, Any] = {k: v for k, v in values.items() if k in known}
    extra = {k: v for k, v in values.items() if k not in known}
    return ConnectorConfig(package=package, extra=extra, **kwargs)
