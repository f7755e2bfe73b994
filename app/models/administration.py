"""An administration (one client company's books in one package) and its master data.

Master data (GL accounts, VAT codes with dated percentages, journals, relations, cost centres,
projects, financial periods) is synchronised from the accounting package and is what a booking
may use. Relations carry their processing settings as a JSON document whose schema lives in
``app.pipeline`` (the coding rules are pipeline logic).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, UTCDateTime, utcnow
from app.models.organisation import (
    Department,
    User,
    department_administrations,
    user_administrations,
)


class PackageConnection(Base):
    """A signed-in account at an accounting package; its tokens live only in the keyring."""

    __tablename__ = "package_connections"

    id: Mapped[int] = mapped_column(primary_key=True)
    package: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(200))
    account_key: Mapped[str] = mapped_column(String(200), unique=True)  # keyring entry name
    base_url: Mapped[str | None] = mapped_column(String(300))
    state: Mapped[str] = mapped_column(String(20), default="ok")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Administration(Base):
    __tablename__ = "administrations"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    package: Mapped[str] = mapped_column(String(30))
    external_id: Mapped[str | None] = mapped_column(String(100))
    connection_id: Mapped[int | None] = mapped_column(
        ForeignKey("package_connections.id", ondelete="SET NULL")
    )
    kvk: Mapped[str | None] = mapped_column(String(8))
    vat_number: Mapped[str | None] = mapped_column(String(20))
    ibans: Mapped[list[str]] = mapped_column(default=list)
    intake_email: Mapped[str | None] = mapped_column(String(254), unique=True)
    watched_folder: Mapped[str | None] = mapped_column(String(500))
    sync_state: Mapped[str] = mapped_column(String(20), default="never")
    sync_error: Mapped[str | None] = mapped_column(Text)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    incomplete_reason: Mapped[str | None] = mapped_column(Text)
    inactive: Mapped[bool] = mapped_column(Boolean, default=False)
    monthly_target: Mapped[int | None] = mapped_column(Integer)
    auto_booking_limit: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    users: Mapped[list[User]] = relationship(
        secondary=user_administrations, back_populates="administrations"
    )
    departments: Mapped[list[Department]] = relationship(
        secondary=department_administrations, back_populates="administrations"
    )


class _AdminOwned:
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("administrations.id", ondelete="CASCADE"), index=True
    )


class GLAccount(_AdminOwned, Base):
    __tablename__ = "gl_accounts"
    __table_args__ = (UniqueConstraint("administration_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="profit_loss")  # balance|profit_loss
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    external_id: Mapped[str | None] = mapped_column(String(100))


class VatCode(_AdminOwned, Base):
    __tablename__ = "vat_codes"
    __table_args__ = (UniqueConstraint("administration_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # high|low|zero|exempt|reverse_charge|icp|export
    direction: Mapped[str] = mapped_column(String(10))  # purchase|sales|both
    rates: Mapped[list[VatRate]] = relationship(
        back_populates="vat_code", cascade="all, delete-orphan", order_by="VatRate.valid_from"
    )


class VatRate(Base):
    """The percentage of a VAT code from a date (6% low rate until 2018, 9% after)."""

    __tablename__ = "vat_rates"

    id: Mapped[int] = mapped_column(primary_key=True)
    vat_code_id: Mapped[int] = mapped_column(
        ForeignKey("vat_codes.id", ondelete="CASCADE"), index=True
    )
    percentage: Mapped[Decimal] = mapped_column(Numeric(6, 3))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    vat_code: Mapped[VatCode] = relationship(back_populates="rates")


class Journal(_AdminOwned, Base):
    __tablename__ = "journals"
    __table_args__ = (UniqueConstraint("administration_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(20))  # purchase|sales|bank|general


class CostCentre(_AdminOwned, Base):
    __tablename__ = "cost_centres"
    __table_args__ = (UniqueConstraint("administration_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(200))


class Project(_AdminOwned, Base):
    __tablename__ = "projects"
    __table_args__ = (UniqueConstraint("administration_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(200))


class FinancialPeriod(_AdminOwned, Base):
    __tablename__ = "financial_periods"
    __table_args__ = (UniqueConstraint("administration_id", "year", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    period: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)


class Relation(_AdminOwned, Base):
    __tablename__ = "relations"
    __table_args__ = (UniqueConstraint("administration_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40))
    external_id: Mapped[str | None] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(10))  # supplier|customer|both
    country: Mapped[str | None] = mapped_column(String(2))
    kvk: Mapped[str | None] = mapped_column(String(8), index=True)
    vat_number: Mapped[str | None] = mapped_column(String(20), index=True)
    email: Mapped[str | None] = mapped_column(String(254))
    address: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(100))
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    layout_memory: Mapped[dict[str, Any]] = mapped_column(default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    ibans: Mapped[list[RelationIban]] = relationship(
        back_populates="relation", cascade="all, delete-orphan"
    )


class RelationIban(Base):
    __tablename__ = "relation_ibans"
    __table_args__ = (UniqueConstraint("relation_id", "iban"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    relation_id: Mapped[int] = mapped_column(
        ForeignKey("relations.id", ondelete="CASCADE"), index=True
    )
    iban: Mapped[str] = mapped_column(String(34), index=True)
    is_g_account: Mapped[bool] = mapped_column(Boolean, default=False)
    relation: Mapped[Relation] = relationship(back_populates="ibans")
