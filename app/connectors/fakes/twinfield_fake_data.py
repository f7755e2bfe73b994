"""The books behind the Twinfield fake, as plain JSON-able dicts in the fake server's ``state``:
one "office" (Twinfield's word for an administration) per seeded administration, holding its
dimensions by type (BAS/PNL general-ledger accounts, CRD suppliers, DEB customers, KPL cost
centres, PRJ projects), VAT codes, transaction types (journals), periods with their open/closed
flag and the transactions booked so far. Seeds are duck-typed: anything with the attributes of
:class:`SeedAdministration` (the demo administrations of :mod:`app.samples.office` qualify),
whose items carry the fields of the dataclasses in :mod:`app.connectors.base`.
"""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

# Twinfield's customary control accounts (Dutch standard chart): the total line of a purchase
# transaction goes to "Crediteuren", of a sales transaction to "Debiteuren".
CREDITORS_ACCOUNT = "1600"
DEBTORS_ACCOUNT = "1300"

ORGANISATION_CODE = "FACTUURFLOW-DEMO"

_JOURNAL_CATEGORY = {"purchase": "purchase", "sales": "sales", "bank": "bank", "general": "journal"}


@dataclass
class SeedAdministration:
    """An explicit seed for tests: the attributes the fake reads from a demo administration."""

    external_id: str
    company: str
    gl_accounts: Sequence[Any] = ()
    vat_codes: Sequence[Any] = ()
    journals: Sequence[Any] = ()
    relations: Sequence[Any] = ()
    cost_centres: Sequence[Any] = ()
    projects: Sequence[Any] = ()
    periods: Sequence[Any] = ()
    kvk: str = ""
    package: str = "twinfield"


def demo_seed() -> list[Any]:
    """The demo office's Twinfield administrations, or :func:`example_seed` without samples."""
    try:
        from app.samples.office import demo_administrations
    except ImportError:
        return example_seed()
    return [a for a in demo_administrations() if getattr(a, "package", "") == "twinfield"]


def example_seed() -> list[SeedAdministration]:
    """Two small offices with every kind of master data; used by tests and as a fallback."""
    from app.connectors.base import (
        CostCentreData,
        GLAccountData,
        JournalData,
        PeriodData,
        ProjectData,
        RelationData,
        VatCodeData,
    )

    def pct(text: str) -> Any:
        from decimal import Decimal

        return Decimal(text)

    periods = [
        PeriodData(
            2026, m, date(2026, m, 1), date(2026, m, calendar.monthrange(2026, m)[1]), closed=m == 1
        )
        for m in range(1, 13)
    ]
    bakery = SeedAdministration(
        external_id="TF001",
        company="Bakkerij De Korenaar B.V.",
        kvk="12345678",
        gl_accounts=[
            GLAccountData("1510", "Te vorderen btw", "balance"),
            GLAccountData("4000", "Kantoorkosten"),
            GLAccountData("4100", "Huisvestingskosten"),
            GLAccountData("8000", "Omzet"),
        ],
        vat_codes=[
            VatCodeData("IH", "BTW hoog inkoop", pct("21"), "high", "purchase"),
            VatCodeData("IL", "BTW laag inkoop", pct("9"), "low", "purchase"),
            VatCodeData("IV", "Inkoop btw verlegd", pct("0"), "reverse_charge", "purchase"),
            VatCodeData("VH", "BTW hoog verkoop", pct("21"), "high", "sales"),
        ],
        journals=[
            JournalData("INK", "Inkoopfacturen", "purchase"),
            JournalData("VRK", "Verkoopfacturen", "sales"),
            JournalData("BNK", "Bank", "bank"),
            JournalData("MEMO", "Memoriaal", "general"),
        ],
        relations=[
            RelationData(
                "2000",
                "2000",
                "Drukkerij Jansen",
                "supplier",
                kvk="87654321",
                vat_number="NL001234567B01",
                ibans=("NL91ABNA0417164300",),
                email="info@jansen.example",
                city="Utrecht",
            ),
            RelationData("2001", "2001", "Energie Direct B.V.", "supplier"),
            RelationData(
                "3000", "3000", "Groothandel Zuid", "both", country="BE", vat_number="BE0123456749"
            ),
            RelationData("1000", "1000", "Cafe Centraal", "customer"),
        ],
        cost_centres=[CostCentreData("100", "Winkel"), CostCentreData("200", "Bakkerij")],
        projects=[ProjectData("P01", "Verbouwing")],
        periods=periods,
    )
    garage = SeedAdministration(
        external_id="TF002",
        company="Garage Van Dijk",
        gl_accounts=[GLAccountData("4000", "Kantoorkosten")],
        journals=[JournalData("INK", "Inkoop", "purchase")],
    )
    return [bakery, garage]


def _company_name(company: Any) -> tuple[str, str]:
    if isinstance(company, str):
        return company, ""
    name = getattr(company, "name", None) or str(company)
    return name, str(getattr(company, "kvk", "") or "")


def _dim(dimtype: str, code: str, name: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": dimtype,
        "code": code,
        "name": name,
        "uid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"twinfield:{dimtype}:{code}")),
        "hidden": bool(extra.pop("hidden", False)),
        **extra,
    }


def _period_key(year: int, period: int) -> str:
    return f"{year}/{period:02d}"


def _code_name(item: Any) -> tuple[str, str, bool]:
    """(code, name, blocked) of a dataclass item or a ``(code, name)`` tuple."""
    if isinstance(item, tuple):
        return str(item[0]), str(item[1]), False
    code = getattr(item, "code", None) or getattr(item, "number", "")
    return str(code), str(item.name), bool(getattr(item, "blocked", False))


def _period(item: Any) -> tuple[str, dict[str, Any]]:
    """A PeriodData or a ``(year, period, closed)`` tuple (monthly periods assumed)."""
    if isinstance(item, tuple):
        year, number, closed = item
        end = date(year, number, calendar.monthrange(year, number)[1]) if number <= 12 else None
    else:
        year, number, closed, end = item.year, item.period, item.closed, item.end
    end = end or date(year, 12, 31)
    return _period_key(year, number), {"closed": bool(closed), "end": end.isoformat()}


def _ibans(rel: Any) -> list[str]:
    found = list(getattr(rel, "ibans", ()) or ())
    found += [getattr(rel, name, None) for name in ("iban", "g_iban")]
    return [i for i in dict.fromkeys(found) if i]


def office_from_seed(adm: Any) -> dict[str, Any]:
    """One office dict from a seed administration (base dataclasses or the demo's records)."""
    name, kvk = _company_name(getattr(adm, "company", ""))
    dims: dict[str, dict[str, Any]] = {t: {} for t in ("BAS", "PNL", "CRD", "DEB", "KPL", "PRJ")}
    for acc in getattr(adm, "gl_accounts", ()):
        code, label, blocked = _code_name(acc)
        dimtype = "BAS" if acc.kind == "balance" else "PNL"
        dims[dimtype][code] = _dim(dimtype, code, label, hidden=blocked)
    for code, label in ((CREDITORS_ACCOUNT, "Crediteuren"), (DEBTORS_ACCOUNT, "Debiteuren")):
        dims["BAS"].setdefault(code, _dim("BAS", code, label))
    for rel in getattr(adm, "relations", ()):
        types = {"supplier": ("CRD",), "customer": ("DEB",), "both": ("CRD", "DEB")}[rel.type]
        for dimtype in types:
            dims[dimtype][rel.code] = _dim(
                dimtype,
                rel.code,
                rel.name,
                country=getattr(rel, "country", "") or "NL",
                cocnumber=getattr(rel, "kvk", "") or "",
                vatnumber=getattr(rel, "vat_number", "") or "",
                ibans=_ibans(rel),
                email=getattr(rel, "email", "") or "",
                city=getattr(rel, "city", "") or "",
            )
    for dimtype, attr in (("KPL", "cost_centres"), ("PRJ", "projects")):
        for item in getattr(adm, attr, ()):
            code, label, blocked = _code_name(item)
            dims[dimtype][code] = _dim(dimtype, code, label, hidden=blocked)
    vat = {
        v.code: {
            "name": v.description,
            "percentage": str(v.percentage),
            # Twinfield VAT codes are either purchase or sales codes; "both" becomes purchase.
            "type": "sales" if v.direction == "sales" else "purchase",
        }
        for v in getattr(adm, "vat_codes", ())
    }
    journals = {
        j.code: {"name": j.name, "category": _JOURNAL_CATEGORY.get(j.type, "journal")}
        for j in getattr(adm, "journals", ())
    }
    periods = dict(_period(p) for p in getattr(adm, "periods", ()))
    return {
        "code": str(adm.external_id),
        "name": name,
        "kvk": kvk or str(getattr(adm, "kvk", "") or ""),
        "dims": dims,
        "vat": vat,
        "journals": journals,
        "periods": periods,
        "transactions": [],
        "counters": {},
        "documents": [],
    }


def initial_state(seed: Iterable[Any]) -> dict[str, Any]:
    offices = [office_from_seed(adm) for adm in seed]
    return {
        "organisation": ORGANISATION_CODE,
        "offices": {o["code"]: o for o in offices},
        "oauth": {"codes": {}, "access": {}, "refresh": {}},
    }


# --------------------------------------------------------------------------- lookups


def find_dim(office: dict[str, Any], code: str, types: Iterable[str]) -> dict[str, Any] | None:
    for dimtype in types:
        dim = office["dims"].get(dimtype, {}).get(code)
        if dim is not None:
            return dim
    return None


def period_state(office: dict[str, Any], year: int, period: int) -> str:
    """ "open", "closed" or "missing". Offices seeded without periods have every period open."""
    if not office["periods"]:
        return "open"
    entry = office["periods"].get(_period_key(year, period))
    if entry is None:
        return "missing"
    return "closed" if entry["closed"] else "open"


def years(office: dict[str, Any]) -> list[int]:
    found = sorted({int(key[:4]) for key in office["periods"]})
    return found or [date.today().year]


def periods_of_year(office: dict[str, Any], year: int) -> list[dict[str, Any]]:
    """Number, end date and open flag per period of ``year`` (twelve open months if unseeded)."""
    out = []
    for key, entry in sorted(office["periods"].items()):
        if int(key[:4]) == year:
            out.append({"number": int(key[5:]), "end": entry["end"], "open": not entry["closed"]})
    if not out and not office["periods"]:
        for month in range(1, 13):
            end = date(year, month, calendar.monthrange(year, month)[1])
            out.append({"number": month, "end": end.isoformat(), "open": True})
    return out


def next_number(office: dict[str, Any], journal: str, year: int) -> str:
    """Twinfield numbers transactions per transaction type as YYYY + five digits."""
    key = f"{journal}:{year}"
    office["counters"][key] = office["counters"].get(key, 0) + 1
    return f"{year}{office['counters'][key]:05d}"


def find_transaction(office: dict[str, Any], code: str, number: str) -> dict[str, Any] | None:
    for trs in office["transactions"]:
        if trs["code"] == code and trs["number"] == number:
            return trs
    return None
