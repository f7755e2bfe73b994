"""The Exact Online fake's write side: validating and storing purchase and sales entries,
documents and document attachments the way Exact's REST API does, and answering refusals in
Exact's error shape ``{"error": {"code": "", "message": {"lang": "nl-NL", "value": "..."}}}``.

Validation order and the (Dutch) messages are this fake's stand-ins for Exact's; the
connector recognises them by keyword, as it must for the real service whose ``code`` is empty.
Functions take the division's data dict and return ``(status, body)``.
"""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, date, datetime
from typing import Any

from app.connectors.fakes.exact_fake_data import new_id

Result = tuple[int, dict[str, Any]]


def error(message: str, status: int = 400) -> Result:
    return status, {"error": {"code": "", "message": {"lang": "nl-NL", "value": message}}}


def _find(rows: list[dict], key: str, value: Any) -> dict | None:
    if isinstance(value, str):
        value = value.lower()
    for row in rows:
        v = row.get(key)
        if (v.lower() if isinstance(v, str) else v) == value:
            return row
    return None


def _as_date(value: Any) -> date | None:
    if not value:
        return None
    text = str(value)
    if text.startswith("/Date("):
        return datetime.fromtimestamp(int(text[6:-2].split("+")[0]) / 1000, UTC).date()
    return datetime.fromisoformat(text.replace("Z", "")).date()


def post_entry(
    kind: str,
    data: dict[str, list[dict]],
    closed: list[list[int]],
    counters: dict[str, int],
    body: Any,
    now: datetime,
) -> Result:
    """POST purchaseentry/PurchaseEntries (kind "purchase") or salesentry/SalesEntries."""
    if not isinstance(body, dict):
        return error("Ongeldige aanvraag: JSON-object verwacht.")
    relation_field = "Supplier" if kind == "purchase" else "Customer"
    lines_field = "PurchaseEntryLines" if kind == "purchase" else "SalesEntryLines"
    label = "Crediteur" if kind == "purchase" else "Debiteur"
    journal = _find(data["Journals"], "Code", str(body.get("Journal") or ""))
    allowed = (22, 23) if kind == "purchase" else (20, 21)
    if journal is None or journal["Type"] not in allowed:
        return error(f"Dagboek: ongeldige waarde '{body.get('Journal')}'.")
    rel_id = body.get(relation_field)
    if not rel_id:
        return error(f"Verplicht: {label} ({relation_field}).")
    relation = _find(data["Accounts"], "ID", str(rel_id))
    is_right_kind = relation and relation["IsSupplier" if kind == "purchase" else "IsSales"]
    if relation is None or not is_right_kind or relation.get("Blocked"):
        return error(f"{label}: ongeldige referentie ({relation_field} '{rel_id}').")
    try:
        entry_date = _as_date(body.get("EntryDate")) or now.date()
        due_date = _as_date(body.get("DueDate"))
    except ValueError:
        return error("Datum: ongeldige waarde.")
    year = int(body.get("ReportingYear") or entry_date.year)
    period = int(body.get("ReportingPeriod") or entry_date.month)
    if not any(p["FinYear"] == year and p["FinPeriod"] == period for p in data["FinancialPeriods"]):
        return error(f"Boekperiode {year}/{period:02d} bestaat niet.")
    if [year, period] in closed:
        return error(f"Boekperiode {year}/{period:02d} is afgesloten.")
    document = body.get("Document")
    if document and _find(data["Documents"], "ID", str(document)) is None:
        return error(f"Document: ongeldige referentie ('{document}').")
    raw_lines = body.get(lines_field)
    if not isinstance(raw_lines, list) or not raw_lines:
        return error(f"Verplicht: boekingsregels ({lines_field}).")
    entry_id = new_id()
    lines: list[dict[str, Any]] = []
    for n, raw in enumerate(raw_lines, start=1):
        gl = _find(data["GLAccounts"], "ID", str(raw.get("GLAccount") or ""))
        if gl is None or gl.get("IsBlocked"):
            return error(
                f"Regel {n}: grootboekrekening ongeldig of geblokkeerd ('{raw.get('GLAccount')}')."
            )
        vat = None
        if raw.get("VATCode"):
            vat = _find(data["VATCodes"], "Code", str(raw["VATCode"]))
            if vat is None or vat.get("IsBlocked"):
                return error(f"Regel {n}: btw-code ongeldig ('{raw['VATCode']}').")
        if raw.get("CostCenter") and _find(data["Costcenters"], "Code", raw["CostCenter"]) is None:
            return error(f"Regel {n}: kostenplaats ongeldig ('{raw['CostCenter']}').")
        if raw.get("Project") and _find(data["Projects"], "ID", str(raw["Project"])) is None:
            return error(f"Regel {n}: project: ongeldige referentie ('{raw['Project']}').")
        try:
            amount = round(float(raw.get("AmountFC")), 2)
            vat_amount = raw.get("VATAmountFC")
            vat_amount = (
                round(float(vat_amount), 2)
                if vat_amount is not None
                else round(amount * float(vat["Percentage"]) if vat else 0.0, 2)
            )
        except (TypeError, ValueError):
            return error(f"Regel {n}: bedrag ongeldig.")
        lines.append(
            {
                "ID": new_id(),
                "EntryID": entry_id,
                "LineNumber": n,
                "GLAccount": gl["ID"],
                "GLAccountCode": gl["Code"],
                "AmountFC": amount,
                "VATAmountFC": vat_amount,
                "VATCode": vat["Code"] if vat else None,
                "Description": raw.get("Description"),
                "CostCenter": raw.get("CostCenter"),
                "Project": raw.get("Project"),
            }
        )
    your_ref = (body.get("YourRef") or "").strip()
    invoice_number = body.get("InvoiceNumber")
    collection = data["PurchaseEntries" if kind == "purchase" else "SalesEntries"]
    if kind == "purchase" and your_ref:
        for e in collection:
            if (
                e["Supplier"] == relation["ID"]
                and (e.get("YourRef") or "").lower() == your_ref.lower()
            ):
                return error(
                    f"Factuurnummer leverancier '{your_ref}' bestaat al voor deze crediteur."
                )
    if kind == "sales":
        if invoice_number:
            if any(
                e["Journal"] == journal["Code"] and e.get("InvoiceNumber") == int(invoice_number)
                for e in collection
            ):
                return error(
                    f"Factuurnummer {invoice_number} bestaat al in dagboek {journal['Code']}."
                )
        else:
            used = [
                e.get("InvoiceNumber") or 0 for e in collection if e["Journal"] == journal["Code"]
            ]
            base = int(f"{year % 100}{journal['Code'] if journal['Code'].isdigit() else ''}0000")
            invoice_number = max(used, default=base) + 1
    total = round(sum(ln["AmountFC"] + ln["VATAmountFC"] for ln in lines), 2)
    counters["entry"] = counters.get("entry", 0) + 1
    entry = {
        "EntryID": entry_id,
        "EntryNumber": int(f"{year % 100}{counters['entry']:06d}"),
        "Journal": journal["Code"],
        "JournalDescription": journal["Description"],
        relation_field: relation["ID"],
        f"{relation_field}Name": relation["Name"],
        "EntryDate": entry_date.isoformat(),
        "DueDate": due_date.isoformat() if due_date else None,
        "ReportingYear": year,
        "ReportingPeriod": period,
        "Currency": body.get("Currency") or "EUR",
        "Description": body.get("Description"),
        "YourRef": your_ref or None,
        "InvoiceNumber": int(invoice_number) if invoice_number else None,
        "Document": str(document).lower() if document else None,
        "AmountFC": total,
        "VATAmountFC": round(sum(ln["VATAmountFC"] for ln in lines), 2),
        "Type": (30 if total >= 0 else 31) if kind == "purchase" else (20 if total >= 0 else 21),
        "Status": 20,
        "Created": now.isoformat(),
        lines_field: lines,
    }
    collection.append(entry)
    return 201, {"d": entry}


def post_document(
    data: dict[str, list[dict]], counters: dict[str, int], body: Any, now: datetime
) -> Result:
    if not isinstance(body, dict) or not body.get("Subject"):
        return error("Verplicht: Onderwerp (Subject).")
    if body.get("Account") and _find(data["Accounts"], "ID", str(body["Account"])) is None:
        return error(f"Relatie: ongeldige referentie ('{body['Account']}').")
    counters["document"] = counters.get("document", 0) + 1
    doc = {
        "ID": new_id(),
        "Subject": body["Subject"],
        "Type": int(body.get("Type") or 55),
        "Account": str(body["Account"]).lower() if body.get("Account") else None,
        "DocumentDate": _iso(body.get("DocumentDate")) or now.date().isoformat(),
        "HID": counters["document"],
        "Created": now.isoformat(),
    }
    data["Documents"].append(doc)
    return 201, {"d": doc}


def post_attachment(data: dict[str, list[dict]], body: Any, base_url: str) -> Result:
    if not isinstance(body, dict) or not body.get("Document") or not body.get("FileName"):
        return error("Verplicht: Document en FileName.")
    if _find(data["Documents"], "ID", str(body["Document"])) is None:
        return error(f"Document: ongeldige referentie ('{body['Document']}').")
    try:
        content = base64.b64decode(body.get("Attachment") or "", validate=True)
    except (binascii.Error, ValueError):
        return error("Attachment: ongeldige base64-inhoud.")
    if not content:
        return error("Verplicht: Attachment.")
    att_id = new_id()
    att = {
        "ID": att_id,
        "Document": str(body["Document"]).lower(),
        "FileName": body["FileName"],
        "FileSize": float(len(content)),
        "Attachment": body["Attachment"],
        "Url": f"{base_url}/docs/SysAttachment.aspx?ID={att_id}",
    }
    data["DocumentAttachments"].append(att)
    return 201, {"d": {k: v for k, v in att.items() if k != "Attachment"}}


def _iso(value: Any) -> str | None:
    d = _as_date(value) if value else None
    return d.isoformat() if d else None
