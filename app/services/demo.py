"""A realistic demo office for a first start, for screenshots and for trying the whole flow.

Creates the organisation, users in every role (one deactivated, one never logged in), two
departments and the three demo administrations of :mod:`app.samples.office` with their master
data. Every demo user's password is :data:`DEMO_PASSWORD`. Documents are taken in by the
processing services afterwards (see the ``demo`` command).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, select

from app.errors import UserFacingError
from app.models import Administration, Department, Organisation, User
from app.models.base import utcnow
from app.models.enums import Role, UserStatus
from app.services.auth import hash_password
from app.services.context import AppContext
from app.services.master_data import apply_master_data, incomplete_reason

DEMO_PASSWORD = "demo1234"
DEMO_ORGANISATION = "Van den Berg & De Wit Accountants"
DEMO_DOMAIN = "vdbdewit.nl"

# (first, last, role, status, department index or None, language, months since last login)
DEMO_USERS = [
    ("Marieke", "van den Berg", Role.BEHEERDER, UserStatus.ACTIVE, None, "nl", 0),
    ("Joost", "de Wit", Role.TEAMLEIDER, UserStatus.ACTIVE, 0, "nl", 0),
    ("Sanne", "Jansen", Role.GEBRUIKER, UserStatus.ACTIVE, 0, "nl", 0),
    ("Daan", "Bakker", Role.GEBRUIKER, UserStatus.ACTIVE, 1, "en", 7),
    ("Fatima", "El Amrani", Role.REVIEWER, UserStatus.ACTIVE, 1, "nl", 0),
    ("Pieter", "Visser", Role.AANLEVERAAR, UserStatus.CREATED, None, "nl", None),
    ("Linda", "Smit", Role.GEBRUIKER, UserStatus.DEACTIVATED, 0, "nl", 9),
]
DEMO_DEPARTMENTS = ["Team MKB", "Team Zorg & Installatie"]


@dataclass(frozen=True)
class DemoSummary:
    organisation: str
    users: list[str]
    administrations: list[str]
    password: str


def demo_email(first: str, last: str) -> str:
    """Demo addresses are first name @ the office's domain (all first names differ)."""
    return f"{first.lower()}@{DEMO_DOMAIN}"


def master_data_of(demo_admin: Any) -> SimpleNamespace:
    """The demo administration's master data in the shape of a package sync."""
    ns = SimpleNamespace
    by_code: dict[str, list] = {}
    for v in demo_admin.vat_codes:
        by_code.setdefault(v.code, []).append(v)
    vat_codes = [
        ns(
            code=code,
            description=vs[0].description,
            kind=vs[0].kind,
            direction=vs[0].direction,
            rates=[(v.percentage, v.valid_from, v.valid_to) for v in vs],
        )
        for code, vs in by_code.items()
    ]
    periods = []
    for year, period, closed in demo_admin.periods:
        start = date(year, period, 1)
        end = date(year, period, calendar.monthrange(year, period)[1])
        periods.append(ns(year=year, period=period, start=start, end=end, closed=closed))
    return ns(
        gl_accounts=[
            ns(code=g.number, name=g.name, kind=g.kind, blocked=False)
            for g in demo_admin.gl_accounts
        ],
        vat_codes=vat_codes,
        journals=list(demo_admin.journals),
        cost_centres=[ns(code=c, name=n) for c, n in demo_admin.cost_centres],
        projects=[ns(code=c, name=n) for c, n in demo_admin.projects],
        relations=[
            ns(
                code=r.code,
                name=r.name,
                type=r.type,
                country=r.country,
                kvk=r.kvk,
                vat_number=r.vat_number,
                ibans=[r.iban] if r.iban else [],
                g_iban=r.g_iban,
                email=r.email,
                city=r.city,
                address=f"{r.address}, {r.postcode} {r.city}",
                external_id=None,
            )
            for r in demo_admin.relations
        ],
        periods=periods,
    )


def demo_relation_settings(rel: Any, index: int) -> dict[str, Any]:
    """Processing settings a bookkeeper would have given this relation: mostly fixed coding on
    its usual account, VAT coding for some, "always ask" for one in ten."""
    from app.pipeline.processing_types import RelationSettings

    rule = "vat" if index % 4 == 1 else "fixed"
    settings = RelationSettings(
        coding_rule=rule,
        fixed_gl=rel.default_gl,
        vat_gl={"0": rel.default_gl, "9": rel.default_gl, "21": rel.default_gl}
        if rule == "vat"
        else {},
        questions="always" if index % 10 == 7 else "unsure",
        known_ibans=tuple(i for i in (rel.iban, rel.g_iban) if i),
    )
    return settings.to_dict()


def set_demo_coding(s: Any, admin: Administration, demo_admin: Any) -> None:
    from app.models import Relation

    by_code = {
        r.code: r for r in s.scalars(select(Relation).where(Relation.administration_id == admin.id))
    }
    for i, rel in enumerate(demo_admin.relations):
        if rel.code in by_code:
            by_code[rel.code].settings = demo_relation_settings(rel, i)


def create_demo_office(app: AppContext) -> DemoSummary:
    """Fill an empty database with the demo office; refuses when an organisation exists."""
    from app.samples.office import demo_administrations

    with app.transaction() as s:
        if s.scalar(select(func.count(Organisation.id))):
            raise UserFacingError(
                "Deze database heeft al een organisatie; het demokantoor wordt alleen in een "
                "lege database aangemaakt (gebruik --data-dir voor een aparte map)."
            )
        s.add(
            Organisation(
                name=DEMO_ORGANISATION,
                kvk="56781234",
                address="Stationsplein 12, 3511 ED Utrecht",
                email_domain=DEMO_DOMAIN,
                monthly_target=400,
            )
        )
        departments = [Department(name=n) for n in DEMO_DEPARTMENTS]
        s.add_all(departments)
        pw = hash_password(DEMO_PASSWORD)
        now = utcnow()
        users = []
        for first, last, role, status, dep, lang, months in DEMO_USERS:
            users.append(
                User(
                    first_name=first,
                    last_name=last,
                    email=demo_email(first, last),
                    role=role,
                    status=status,
                    language=lang,
                    password_hash=pw,
                    department=departments[dep] if dep is not None else None,
                    last_login_at=None if months is None else now - timedelta(days=30 * months + 1),
                    deactivated_at=now if status == UserStatus.DEACTIVATED else None,
                )
            )
        s.add_all(users)
        s.flush()
        admins = []
        for i, d in enumerate(demo_administrations()):
            c = d.company
            admin = Administration(
                code=c.code,
                name=c.name,
                package=d.package,
                external_id=d.external_id,
                kvk=c.kvk,
                vat_number=c.vat_number,
                ibans=[c.iban],
                intake_email=f"{c.code.lower()}@inbox.{DEMO_DOMAIN}",
                monthly_target=[150, 120, 80][i % 3],
                settings={},
            )
            s.add(admin)
            s.flush()
            apply_master_data(s, admin, master_data_of(d))
            set_demo_coding(s, admin, d)
            admin.sync_state = "ok"
            admin.last_sync_at = now
            admin.incomplete_reason = incomplete_reason(s, admin)
            admins.append(admin)
        # Team MKB: the first two; Team Zorg & Installatie: the last two.
        departments[0].administrations = admins[:2]
        departments[1].administrations = admins[1:]
        users[0].administrations = list(admins)
        users[5].administrations = [admins[0]]  # the Aanleveraar delivers for one client
        return DemoSummary(
            DEMO_ORGANISATION, [u.email for u in users], [a.code for a in admins], DEMO_PASSWORD
        )
