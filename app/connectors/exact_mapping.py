"""Pure translation between Exact Online's REST records and the connector dataclasses: the
``/Date(ms)/`` date format, GL accounts, VAT codes, journals, accounts (relations), cost centres,
projects and financial periods; the JSON body of a purchase or sales entry; the reference tag
that carries Factuurflow's request id; and the mapping of Exact's error messages (whose ``code``
is empty, so only the text tells them apart) to :class:`ExportRefused` categories.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from app.connectors.base import (
    BookingRequest,
    CostCentreData,
    ExportRefused,
    GLAccountData,
    GLKind,
    JournalData,
    JournalType,
    PeriodData,
    ProjectData,
    RelationData,
    RelationType,
    VatCodeData,
    VatDirection,
    VatKind,
)

_DATE = re.compile(r"/Date\((-?\d+)(?:[+-]\d+)?\)/")
CENT = Decimal("0.01")
# Exact document types (documents/DocumentTypes). Assumption: 10 = sales invoice,
# 20 = purchase invoice, as listed by the DocumentTypes resource in Dutch divisions.
DOCUMENT_TYPE = {"purchase": 20, "sales": 10}
ENTRY_RESOURCE = {"purchase": "purchaseentry/PurchaseEntries", "sales": "salesentry/SalesEntries"}


def parse_date(value: Any) -> date | None:
    """``/Date(1514764800000)/`` (or an ISO string) -> date; None stays None."""
    if not value:
        return None
    m = _DATE.fullmatch(str(value))
    if m:
        return datetime.fromtimestamp(int(m.group(1)) / 1000, UTC).date()
    return datetime.fromisoformat(str(value).replace("Z", "")).date()


def odata_str(value: str) -> str:
    """An OData string literal: single quotes doubled."""
    return "'" + value.replace("'", "''") + "'"


def account_code_literal(code: str) -> str:
    """Exact's relation ``Code`` is right-aligned in 18 characters when numeric, and a $filter
    must contain the leading spaces (documented on crm/Accounts)."""
    code = code.strip()
    return odata_str(code.rjust(18) if code.isdigit() else code)


def reference_tag(our_reference: str) -> str:
    return f"FF:{our_reference}"


def percentage(fraction: Any) -> Decimal:
    """Exact's ``Percentage`` is a fraction (0.21); ours is 21."""
    value = (Decimal(str(fraction or 0)) * 100).quantize(CENT)
    return value.to_integral() if value == value.to_integral() else value.normalize()


def gl_account(row: Mapping[str, Any]) -> GLAccountData:
    kind: GLKind = "balance" if row.get("BalanceType") == "B" else "profit_loss"
    return GLAccountData(
        str(row["Code"]).strip(),
        row.get("Description") or "",
        kind,
        bool(row.get("IsBlocked")),
        str(row.get("ID") or ""),
    )


def vat_code(row: Mapping[str, Any]) -> VatCodeData:
    pct = percentage(row.get("Percentage"))
    listing = (row.get("EUSalesListing") or "N").upper()
    text = (row.get("Description") or "").lower()
    kind: VatKind
    # Assumption: Exact has no single "kind" field; derive it from Type (N = no VAT,
    # B = 0 % base only), Charged (reverse charge / intra-EU) and EUSalesListing (L/S/T).
    if row.get("Type") == "N":
        kind = "exempt"
    elif any(w in text for w in ("invoer", "import", "buiten de eu", "export", "uitvoer")):
        kind = "export"
    elif listing in ("L", "S", "T"):
        kind = "icp"
    elif row.get("Charged"):
        kind = "reverse_charge"
    elif row.get("Type") == "B" or pct == 0:
        kind = "zero"
    else:
        kind = "high" if pct >= 15 else "low"
    directions: dict[str, VatDirection] = {"P": "purchase", "S": "sales"}
    direction = directions.get(row.get("VATTransactionType") or "B", "both")
    return VatCodeData(
        str(row["Code"]).strip(),
        row.get("Description") or "",
        pct,
        kind,
        direction,
        str(row.get("ID") or ""),
    )


def journal(row: Mapping[str, Any]) -> JournalData:
    t = int(row.get("Type") or 90)
    types: dict[int, JournalType] = {
        20: "sales",
        21: "sales",
        22: "purchase",
        23: "purchase",
        10: "bank",
        12: "bank",
        16: "bank",
    }
    jtype = types.get(t, "general")
    return JournalData(
        str(row["Code"]).strip(), row.get("Description") or "", jtype, str(row.get("ID") or "")
    )


def relation(row: Mapping[str, Any], ibans: tuple[str, ...] = ()) -> RelationData:
    supplier, customer = bool(row.get("IsSupplier")), bool(row.get("IsSales"))
    customer = customer or row.get("Status") == "C"
    rtype: RelationType = (
        "both" if supplier and customer else ("customer" if customer else "supplier")
    )
    return RelationData(
        external_id=str(row["ID"]),
        code=str(row.get("Code") or "").strip(),
        name=row.get("Name") or "",
        type=rtype,
        country=(row.get("Country") or "NL").strip(),
        kvk=(row.get("ChamberOfCommerce") or None),
        vat_number=(row.get("VATNumber") or None),
        ibans=ibans,
        email=row.get("Email") or None,
        city=row.get("City") or None,
    )


def cost_centre(row: Mapping[str, Any]) -> CostCentreData:
    return CostCentreData(
        str(row["Code"]).strip(),
        row.get("Description") or "",
        row.get("Active") is False,
        str(row.get("ID") or ""),
    )


def project(row: Mapping[str, Any], today: date) -> ProjectData:
    end = parse_date(row.get("EndDate"))
    return ProjectData(
        str(row["Code"]).strip(),
        row.get("Description") or "",
        bool(end and end < today),
        str(row.get("ID") or ""),
    )


def period(row: Mapping[str, Any], closed: bool = False) -> PeriodData:
    start, end = parse_date(row.get("StartDate")), parse_date(row.get("EndDate"))
    assert start and end
    return PeriodData(int(row["FinYear"]), int(row["FinPeriod"]), start, end, closed)


def check_balance(req: BookingRequest) -> None:
    """Exact derives an entry's total from its lines (header AmountFC is read-only), so it can
    never refuse an unbalanced entry: Factuurflow must, before sending."""
    if not req.lines:
        raise ExportRefused("De boeking heeft geen regels.", "document", "no_lines")
    total = sum((ln.amount_excl_vat + ln.vat_amount for ln in req.lines), Decimal("0"))
    if total.quantize(CENT) != Decimal(req.total_incl_vat).quantize(CENT):
        raise ExportRefused(
            f"De boeking is niet in balans: regels {total.quantize(CENT)} tegenover "
            f"factuurtotaal {Decimal(req.total_incl_vat).quantize(CENT)}.",
            "document",
            "unbalanced",
        )


def _amount(value: Decimal) -> float:
    return float(Decimal(value).quantize(CENT, ROUND_HALF_UP))


def entry_body(
    req: BookingRequest,
    relation_id: str,
    gl_ids: Mapping[str, str],
    project_ids: Mapping[str, str],
    document_id: str | None,
) -> dict[str, Any]:
    """The POST body of a purchase or sales entry. The supplier's invoice number goes in
    ``YourRef`` (Exact's field for it, checked for duplicates per supplier); our request id
    goes first in ``Description`` so truncation cannot cut it off. Sales: a numeric invoice
    number also goes in ``InvoiceNumber`` (Int32); ``YourRef`` carries it either way so
    :meth:`find_booking` works for alphanumeric numbers too (assumption)."""
    lines_field = "PurchaseEntryLines" if req.kind == "purchase" else "SalesEntryLines"
    lines = []
    for ln in req.lines:
        line: dict[str, Any] = {
            "GLAccount": gl_ids[ln.gl_account],
            "Description": ln.description[:100],
            "AmountFC": _amount(ln.amount_excl_vat),
            "VATAmountFC": _amount(ln.vat_amount),
        }
        if ln.vat_code:
            line["VATCode"] = ln.vat_code
        if ln.cost_centre:
            line["CostCenter"] = ln.cost_centre
        if ln.project:
            line["Project"] = project_ids[ln.project]
        lines.append(line)
    body: dict[str, Any] = {
        "Journal": req.journal,
        "Supplier" if req.kind == "purchase" else "Customer": relation_id,
        "EntryDate": req.invoice_date.isoformat(),
        "ReportingYear": req.period[0],
        "ReportingPeriod": req.period[1],
        "Currency": req.currency,
        "YourRef": req.invoice_number,
        "Description": f"{reference_tag(req.our_reference)} {req.description}".strip()[:255],
        lines_field: lines,
    }
    if req.due_date:
        body["DueDate"] = req.due_date.isoformat()
    if req.kind == "sales" and req.invoice_number.isdigit() and int(req.invoice_number) < 2**31:
        body["InvoiceNumber"] = int(req.invoice_number)
    if document_id:
        body["Document"] = document_id
    return body


_RULES: tuple[tuple[str, str, str], ...] = (
    # (regex on the lower-cased message, category, code) - first match wins
    (r"(period|periode).*(closed|afgesloten|locked|geblokkeerd)", "document", "period_closed"),
    (r"(period|periode).*(not exist|bestaat niet|invalid|ongeldig)", "document", "unknown_period"),
    (r"already exists|bestaat al|al gebruikt|duplicate|dubbel", "document", "duplicate_invoice"),
    (r"g/?l ?account|grootboek", "document", "unknown_gl_account"),
    (r"vat ?code|btw-?code", "document", "unknown_vat_code"),
    (r"cost ?cent|kostenplaats", "document", "unknown_cost_centre"),
    (r"project", "document", "unknown_project"),
    (r"balance|balans", "document", "unbalanced"),
    (r"supplier|customer|crediteur|debiteur|relatie|account", "relation", "unknown_relation"),
    (r"journal|dagboek", "document", "unknown_journal"),
)


def refusal(message: str) -> ExportRefused:
    """Exact's 400 message -> ExportRefused with the right category and a stable code."""
    low = message.lower()
    for pattern, category, code in _RULES:
        if re.search(pattern, low):
            return ExportRefused(message, category, code)  # type: ignore[arg-type]
    return ExportRefused(message, "document", "refused")


def error_message(payload: Any, fallback: str) -> str:
    """The text of ``{"error": {"code": "", "message": {"lang": "", "value": "..."}}}``."""
    try:
        value = payload["error"]["message"]
        return str(value["value"] if isinstance(value, dict) else value) or fallback
    except (KeyError, TypeError):
        return fallback
