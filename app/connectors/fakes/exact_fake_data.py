"""Seed data for the Exact Online fake: turns a plain seed dict (or the demo office from
:mod:`app.samples.office`, administrations whose package is ``exact_online``) into the fake's
JSON state, one division per administration, with records shaped like Exact's REST resources
(GUID ``ID``, 18-character right-aligned account ``Code``, VAT ``Percentage`` as a fraction,
journal ``Type`` numbers, ISO dates that the fake renders as ``/Date(ms)/``).

Seed dict format::

    {"divisions": [{"code": 100001, "name": "...", "kvk": "...", "vat_number": "...",
      "country": "NL", "gl_accounts": [{"code", "name", "kind", "blocked"}],
      "vat_codes": [{"code", "description", "percentage", "kind", "direction"}],
      "journals": [{"code", "name", "type"}], "relations": [{"code", "name", "type",
      "country", "kvk", "vat_number", "iban", "email", "city"}],
      "cost_centres": [{"code", "name"}], "projects": [{"code", "name"}],
      "periods": [{"year", "period", "closed"}]}]}
"""

from __future__ import annotations

import calendar
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

JOURNAL_TYPES = {"purchase": 22, "sales": 20, "bank": 12, "general": 90}
# Assumption (Exact's documented VAT fields): Type E = excluding, B = 0 % base only,
# N = no VAT; Charged = domestic reverse charge or intra-EU; EUSalesListing L = goods listed.
_VAT_SHAPES = {
    "high": ("E", False, "N"),
    "low": ("E", False, "N"),
    "zero": ("E", False, "N"),
    "exempt": ("N", False, "N"),
    "reverse_charge": ("E", True, "N"),
    "icp": ("E", True, "L"),
    "export": ("B", False, "N"),
}


def new_id() -> str:
    return str(uuid.uuid4())


def account_code(code: str) -> str:
    """Exact stores relation codes right-aligned in 18 characters when numeric."""
    return code.rjust(18) if code.strip().isdigit() else code


def empty_division_data() -> dict[str, list[dict[str, Any]]]:
    names = (
        "GLAccounts",
        "VATCodes",
        "Journals",
        "Accounts",
        "BankAccounts",
        "Costcenters",
        "Projects",
        "FinancialPeriods",
        "PurchaseEntries",
        "SalesEntries",
        "Documents",
        "DocumentAttachments",
    )
    return {name: [] for name in names}


def build_state(seed: dict[str, Any]) -> dict[str, Any]:
    """The fake's initial state for a seed dict (see the module docstring)."""
    state: dict[str, Any] = {"divisions": {}, "data": {}, "closed_periods": {}, "counters": {}}
    for div in seed.get("divisions", []):
        code = int(div["code"])
        key = str(code)
        state["divisions"][key] = {
            "Code": code,
            "Description": div.get("name", f"Divisie {code}"),
            "ChamberOfCommerce": div.get("kvk"),
            "VATNumber": div.get("vat_number"),
            "Country": div.get("country", "NL"),
            "Currency": "EUR",
            "HID": code,
        }
        data = empty_division_data()
        for gl in div.get("gl_accounts", []):
            data["GLAccounts"].append(
                {
                    "ID": new_id(),
                    "Code": gl["code"],
                    "Description": gl["name"],
                    "BalanceType": "B" if gl.get("kind") == "balance" else "W",
                    "IsBlocked": bool(gl.get("blocked")),
                    "Division": code,
                }
            )
        for vat in div.get("vat_codes", []):
            vtype, charged, listing = _VAT_SHAPES.get(vat.get("kind", "high"), _VAT_SHAPES["high"])
            data["VATCodes"].append(
                {
                    "ID": new_id(),
                    "Code": vat["code"],
                    "Description": vat["description"],
                    "Percentage": float(Decimal(str(vat["percentage"])) / 100),
                    "Type": vtype,
                    "Charged": charged,
                    "EUSalesListing": listing,
                    "IsBlocked": False,
                    "VATTransactionType": {"purchase": "P", "sales": "S"}.get(
                        vat.get("direction", "both"), "B"
                    ),
                    "Division": code,
                }
            )
        for j in div.get("journals", []):
            data["Journals"].append(
                {
                    "ID": new_id(),
                    "Code": j["code"],
                    "Description": j["name"],
                    "Type": JOURNAL_TYPES.get(j["type"], 90),
                    "Division": code,
                }
            )
        for rel in div.get("relations", []):
            rid = new_id()
            rtype = rel.get("type", "supplier")
            data["Accounts"].append(
                {
                    "ID": rid,
                    "Code": account_code(rel["code"]),
                    "Name": rel["name"],
                    "IsSupplier": rtype in ("supplier", "both"),
                    "IsSales": rtype in ("customer", "both"),
                    "Status": "C" if rtype in ("customer", "both") else "A",
                    "Country": rel.get("country", "NL"),
                    "ChamberOfCommerce": rel.get("kvk"),
                    "VATNumber": rel.get("vat_number"),
                    "Email": rel.get("email"),
                    "City": rel.get("city"),
                    "Blocked": False,
                    "Division": code,
                }
            )
            for iban in [rel.get("iban"), *rel.get("ibans", [])]:
                if iban:
                    data["BankAccounts"].append(
                        {
                            "ID": new_id(),
                            "Account": rid,
                            "BankAccount": iban.replace(" ", ""),
                            "Type": "A",
                            "Main": True,
                            "Division": code,
                        }
                    )
        for cc in div.get("cost_centres", []):
            data["Costcenters"].append(
                {
                    "ID": new_id(),
                    "Code": cc["code"],
                    "Description": cc["name"],
                    "Active": True,
                    "Division": code,
                }
            )
        for pr in div.get("projects", []):
            data["Projects"].append(
                {
                    "ID": new_id(),
                    "Code": pr["code"],
                    "Description": pr["name"],
                    "EndDate": None,
                    "Division": code,
                }
            )
        closed = []
        for p in div.get("periods", []):
            year, period = int(p["year"]), int(p["period"])
            last = calendar.monthrange(year, period)[1] if period <= 12 else 31
            data["FinancialPeriods"].append(
                {
                    "ID": new_id(),
                    "FinYear": year,
                    "FinPeriod": period,
                    "StartDate": date(year, min(period, 12), 1).isoformat(),
                    "EndDate": date(year, min(period, 12), last).isoformat(),
                    "Division": code,
                }
            )
            if p.get("closed"):
                closed.append([year, period])
        state["data"][key] = data
        state["closed_periods"][key] = closed
        state["counters"][key] = {"entry": 0, "document": 0}
    first = next(iter(state["divisions"]), None)
    state["current_division"] = int(first) if first else None
    return state


def seed_from_demo() -> dict[str, Any] | None:
    """The seed for the demo office's Exact Online administrations, or None when the demo
    module (``app.samples.office``) is not available."""
    try:
        from app.samples.office import demo_administrations  # type: ignore[import-not-found]
    except ImportError:
        return None
    divisions = []
    for n, adm in enumerate(demo_administrations()):
        if adm.package != "exact_online":
            continue
        ext = str(adm.external_id)
        code = int(ext) if ext.isdigit() else 900000 + n
        divisions.append(
            {
                "code": code,
                "name": adm.company.name,
                "kvk": adm.company.kvk,
                "vat_number": adm.company.vat_number,
                "country": adm.company.country,
                "gl_accounts": [
                    {"code": g.number, "name": g.name, "kind": g.kind} for g in adm.gl_accounts
                ],
                "vat_codes": [
                    {
                        "code": v.code,
                        "description": v.description,
                        "percentage": str(v.percentage),
                        "kind": v.kind,
                        "direction": v.direction,
                    }
                    for v in adm.vat_codes
                ],
                "journals": [
                    {"code": j.code, "name": j.name, "type": j.type} for j in adm.journals
                ],
                "relations": [
                    {
                        "code": r.code,
                        "name": r.name,
                        "type": r.type,
                        "country": r.country,
                        "kvk": r.kvk,
                        "vat_number": r.vat_number,
                        "iban": r.iban,
                        "email": r.email,
                        "city": r.city,
                    }
                    for r in adm.relations
                ],
                "cost_centres": [{"code": c, "name": nm} for c, nm in adm.cost_centres],
                "projects": [{"code": c, "name": nm} for c, nm in adm.projects],
                "periods": [{"year": y, "period": p, "closed": c} for y, p, c in adm.periods],
            }
        )
    return {"divisions": divisions}


def minimal_seed() -> dict[str, Any]:
    """A small, self-contained division for the sandbox when the demo office is missing."""
    return {
        "divisions": [
            {
                "code": 100001,
                "name": "Bakkerij De Korenschoof B.V.",
                "kvk": "12345678",
                "vat_number": "NL001234567B01",
                "country": "NL",
                "gl_accounts": [
                    {"code": "1600", "name": "Crediteuren", "kind": "balance"},
                    {"code": "4000", "name": "Inkoop grondstoffen", "kind": "profit_loss"},
                    {"code": "4500", "name": "Kantoorkosten", "kind": "profit_loss"},
                    {"code": "8000", "name": "Omzet", "kind": "profit_loss"},
                ],
                "vat_codes": [
                    {
                        "code": "IH",
                        "description": "Inkoop btw hoog 21%",
                        "percentage": "21",
                        "kind": "high",
                        "direction": "purchase",
                    },
                    {
                        "code": "VH",
                        "description": "Verkoop btw hoog 21%",
                        "percentage": "21",
                        "kind": "high",
                        "direction": "sales",
                    },
                ],
                "journals": [
                    {"code": "60", "name": "Inkoopboek", "type": "purchase"},
                    {"code": "70", "name": "Verkoopboek", "type": "sales"},
                ],
                "relations": [
                    {
                        "code": "2001",
                        "name": "Meelfabriek Noord B.V.",
                        "type": "supplier",
                        "iban": "NL91ABNA0417164300",
                        "city": "Groningen",
                    },
                    {"code": "1001", "name": "Hotel De Zon", "type": "customer", "city": "Zwolle"},
                ],
                "cost_centres": [{"code": "100", "name": "Winkel"}],
                "projects": [{"code": "P01", "name": "Verbouwing"}],
                "periods": [
                    {"year": y, "period": p, "closed": y < 2026 or p <= 9}
                    for y in (2025, 2026)
                    for p in range(1, 13)
                ],
            }
        ]
    }
