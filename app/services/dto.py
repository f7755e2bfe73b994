"""Plain frozen dataclasses the services return; no ORM object ever leaves a service."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any


def to_dict(obj: Any) -> dict[str, Any]:
    """A JSON-ready dict of a DTO (datetimes ISO, Decimals as strings)."""

    def conv(v: Any) -> Any:
        if isinstance(v, datetime):
            return v.isoformat()
        if isinstance(v, Decimal):
            return str(v)
        if isinstance(v, dict):
            return {k: conv(x) for k, x in v.items()}
        if isinstance(v, list | tuple):
            return [conv(x) for x in v]
        return v

    return {k: conv(v) for k, v in asdict(obj).items()}


@dataclass(frozen=True)
class UserDTO:
    id: int
    email: str
    first_name: str
    last_name: str
    name: str
    role: str
    status: str
    language: str
    department_id: int | None
    department: str | None
    created_at: datetime
    last_login_at: datetime | None
    administration_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class DepartmentDTO:
    id: int
    name: str
    administration_count: int
    user_count: int
    created_at: datetime
    administration_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class AdministrationDTO:
    id: int
    code: str
    name: str
    package: str
    external_id: str | None
    kvk: str | None
    vat_number: str | None
    intake_email: str | None
    watched_folder: str | None
    sync_state: str
    sync_error: str | None
    last_sync_at: datetime | None
    incomplete_reason: str | None
    inactive: bool
    monthly_target: int | None
    auto_booking_limit: Decimal | None
    created_at: datetime
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BlockedSenderDTO:
    id: int
    address: str
    reason: str | None
    created_at: datetime


@dataclass(frozen=True)
class OrganisationDTO:
    id: int
    name: str
    kvk: str | None
    address: str | None
    email_domain: str | None
    monthly_target: int | None
    created_at: datetime
