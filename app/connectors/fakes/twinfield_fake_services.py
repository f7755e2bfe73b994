"""The Finder, Period and Documents services of the Twinfield fake. Finder ``Search`` pages
(firstRow/maxRows, ``TotalRows``) through offices (OFF), dimensions (DIM, option ``dimtype``
mandatory, hidden ones only with option ``hidden=1``), VAT codes (VAT, option ``vattype``) and
transaction types (TRS, option ``category``), answering errors in ``SearchResult``. The Period
service answers ``GetYears``/``GetPeriods``; the Documents service stores a PDF uploaded for a
booked transaction. The shapes of the last two are assumptions, noted where they are built.
"""

from __future__ import annotations

import base64
import fnmatch
import uuid
from typing import Any

from lxml import etree

from app.connectors.fakes.twinfield_fake_data import find_transaction, periods_of_year, years
from app.connectors.fakes.twinfield_fake_soap import (
    XSI_NS,
    SoapFault,
    child,
    child_text,
    envelope,
    twf,
)

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


# --------------------------------------------------------------------------- Finder


def finder_search(state: dict[str, Any], operation: etree._Element, company: str) -> bytes:
    kind = child_text(operation, "type")
    pattern = child_text(operation, "pattern") or "*"
    field = int(child_text(operation, "field") or 0)
    first = int(child_text(operation, "firstRow") or 1)
    max_rows = int(child_text(operation, "maxRows") or 100)
    options = {}
    options_el = child(operation, "options")
    for pair in options_el if options_el is not None else ():
        strings = [(s.text or "") for s in pair]
        if len(strings) == 2:
            options[strings[0]] = strings[1]
    office = state["offices"].get(options.get("office") or company)
    messages: list[tuple[str, str]] = []
    rows: list[tuple[str, str]] = []
    if kind == "OFF":
        rows = [(code, o["name"]) for code, o in sorted(state["offices"].items())]
    elif office is None:
        messages.append(("NoAccessToOffice", "Geen toegang tot de administratie."))
    elif kind == "DIM":
        dimtype = options.get("dimtype", "")
        if not dimtype:
            messages.append(("OptionMandatory", "Optie dimtype is verplicht."))
        show_hidden = options.get("hidden") == "1"
        dims = office["dims"].get(dimtype, {}).values()
        rows = [(d["code"], d["name"]) for d in dims if show_hidden or not d["hidden"]]
    elif kind == "VAT":
        wanted = options.get("vattype")
        rows = [(c, v["name"]) for c, v in office["vat"].items() if wanted in (None, v["type"])]
    elif kind == "TRS":
        wanted = options.get("category")
        rows = [
            (c, j["name"]) for c, j in office["journals"].items() if wanted in (None, j["category"])
        ]
    else:
        messages.append(("InvalidFinderType", f"Onbekend finder-type {kind}."))
    if first < 1 or max_rows < 1:
        messages.append(("ParameterTooSmall", "firstRow en maxRows moeten minstens 1 zijn."))
    rows = sorted(r for r in rows if _matches(pattern, field, r))
    response = twf("SearchResponse")
    result = twf("SearchResult", response)
    for code, text in messages:
        msg = twf("MessageOfErrorCodes", result)
        twf("Type", msg, "Error")
        twf("Text", msg, text)
        twf("Code", msg, code)
    if not messages:
        data = twf("data", response)
        twf("TotalRows", data, str(len(rows)))
        columns = twf("Columns", data)
        for name in ("Code", "Naam"):
            twf("string", columns, name)
        items = twf("Items", data)
        for row in rows[first - 1 : first - 1 + max_rows]:
            item = twf("ArrayOfString", items)
            for value in row:
                twf("string", item, value)
    return envelope(response)


def _matches(pattern: str, field: int, row: tuple[str, str]) -> bool:
    targets = {0: row, 1: row[:1], 2: row[1:]}.get(field, row)
    return any(fnmatch.fnmatchcase(t.lower(), pattern.lower()) for t in targets)


# --------------------------------------------------------------------------- Periods, Documents


def period_query(state: dict[str, Any], operation: etree._Element, company: str) -> bytes:
    # Assumed shape (Twinfield's WCF PeriodService): Query(query i:type="GetYears"|"GetPeriods")
    # with CompanyCode and Year; GetPeriods answers Period{Number, Name, EndDate, IsOpen}.
    query = child(operation, "query")
    kind = query.get(etree.QName(XSI_NS, "type"), "") if query is not None else ""
    kind = kind.rpartition(":")[2]
    office = state["offices"].get(child_text(query, "CompanyCode") or company)
    if office is None:
        raise SoapFault("Geen toegang tot de administratie.")
    response = twf("QueryResponse")
    result = twf("QueryResult", response)
    if kind == "GetYears":
        result.set(etree.QName(XSI_NS, "type"), "GetYearsResult")
        years_el = twf("Years", result)
        for year in years(office):
            twf("int", years_el, str(year))
    elif kind == "GetPeriods":
        result.set(etree.QName(XSI_NS, "type"), "GetPeriodsResult")
        periods_el = twf("Periods", result)
        for p in periods_of_year(office, int(child_text(query, "Year") or 0)):
            period = twf("Period", periods_el)
            twf("EndDate", period, p["end"] + "T00:00:00")
            twf("IsOpen", period, str(p["open"]).lower())
            twf("Name", period, MONTHS[(p["number"] - 1) % 12])
            twf("Number", period, str(p["number"]))
    else:
        raise SoapFault(f"Onbekende query {kind}.")
    return envelope(response)


def document_upload(state: dict[str, Any], operation: etree._Element, company: str) -> bytes:
    # Assumed shape of the Documents service (/webservices/documentservice.svc, whose operations
    # the public docs do not show): Upload(request{CompanyCode, TransactionCode,
    # TransactionNumber, FileName, ContentType, Content base64}) -> UploadResult{DocumentId}.
    request = child(operation, "request")
    office = state["offices"].get(child_text(request, "CompanyCode") or company)
    code, number = child_text(request, "TransactionCode"), child_text(request, "TransactionNumber")
    trs = find_transaction(office, code, number) if office else None
    if trs is None:
        raise SoapFault(f"Boeking {code} {number} niet gevonden.")
    try:
        content = base64.b64decode(child_text(request, "Content"), validate=True)
    except ValueError as exc:
        raise SoapFault("Content is geen geldige base64.") from exc
    doc_id = str(uuid.uuid4())
    office["documents"].append(
        {
            "id": doc_id,
            "code": code,
            "number": number,
            "filename": child_text(request, "FileName"),
            "content_type": child_text(request, "ContentType"),
            "size": len(content),
            "content_b64": base64.b64encode(content).decode("ascii"),
        }
    )
    response = twf("UploadResponse")
    twf("DocumentId", twf("UploadResult", response), doc_id)
    return envelope(response)
