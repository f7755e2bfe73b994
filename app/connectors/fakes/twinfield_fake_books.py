"""Transactions in the Twinfield fake: validating and storing a posted ``<transaction>`` the way
Twinfield's ProcessXml does (errors go on the failing element as ``msgtype``/``msg`` attributes,
``result="0"`` on the transaction, nothing stored), reading one back, and answering a browse
(``<columns code="000">``) over the stored transaction lines. Checks: known office and
transaction type, period open, known dimensions (GL account, relation, cost centre, project) and
VAT code, debit equals credit, and the invoice number not used before for the same relation.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from lxml import etree

from app.connectors.fakes.twinfield_fake_data import (
    find_dim,
    find_transaction,
    next_number,
    period_state,
)

CENT = Decimal("0.01")
HEADER_FIELDS = (
    "office",
    "code",
    "number",
    "date",
    "period",
    "currency",
    "invoicenumber",
    "duedate",
    "paymentreference",
    "freetext1",
    "freetext2",
    "freetext3",
)
LINE_FIELDS = (
    "dim1",
    "dim2",
    "dim3",
    "value",
    "debitcredit",
    "vatcode",
    "vatvalue",
    "description",
)


def _text(el: etree._Element | None, path: str) -> str:
    found = el.find(path) if el is not None else None
    return (found.text or "").strip() if found is not None else ""


def _fail(el: etree._Element, msg: str, msgtype: str = "error") -> None:
    el.set("msgtype", msgtype)
    el.set("msg", msg)


def _money(text: str) -> Decimal | None:
    try:
        return Decimal(text).quantize(CENT, ROUND_HALF_UP)
    except (InvalidOperation, ValueError):
        return None


def _signed(line: etree._Element, amount: Decimal) -> Decimal:
    return amount if _text(line, "debitcredit") == "debit" else -amount


def process_transaction(offices: dict[str, Any], trs: etree._Element, company: str) -> bool:
    """Validate ``trs`` in place (marking errors) and store it when clean. True when stored."""
    header = trs.find("header")
    if header is None:
        _fail(trs, "Het element header ontbreekt.")
        return False
    office_code = _text(header, "office") or company
    office = offices.get(office_code)
    if office is None:
        _fail(
            header.find("office") if header.find("office") is not None else header,
            f"Administratie {office_code} bestaat niet of is niet toegankelijk.",
        )
        return False
    ok = True
    code_el = header.find("code")
    journal = office["journals"].get(_text(header, "code"))
    if journal is None:
        _fail(
            code_el if code_el is not None else header,
            f"Dagboek {_text(header, 'code')} bestaat niet.",
        )
        ok = False
    trs_date = _text(header, "date")
    if len(trs_date) != 8 or not trs_date.isdigit():
        _fail(
            header.find("date") if header.find("date") is not None else header,
            "Boekdatum ontbreekt of is ongeldig (JJJJMMDD).",
        )
        return False
    period_text = _text(header, "period") or f"{trs_date[:4]}/{trs_date[4:6]}"
    year, _, month = period_text.partition("/")
    state = period_state(office, int(year), int(month or 0))
    if state != "open":
        period_el = header.find("period")
        if period_el is None:
            period_el = etree.SubElement(header, "period")
            period_el.text = period_text
        word = "gesloten" if state == "closed" else "niet aanwezig"
        _fail(period_el, f"Periode {period_text} is {word} voor dit dagboek.")
        ok = False

    relation_types = ("DEB",) if journal and journal["category"] == "sales" else ("CRD",)
    balance = Decimal("0")
    relation = ""
    lines = trs.findall("lines/line")
    if not any(line.get("type") == "total" for line in lines):
        _fail(trs, "Een totaalregel ontbreekt.")
        ok = False
    for line in lines:
        kind = line.get("type", "detail")
        value = _money(_text(line, "value"))
        if value is None:
            _fail(
                line.find("value") if line.find("value") is not None else line,
                "Bedrag ontbreekt of is ongeldig.",
            )
            ok = False
            continue
        dim1 = _text(line, "dim1")
        if find_dim(office, dim1, ("BAS", "PNL")) is None:
            _fail(
                line.find("dim1") if line.find("dim1") is not None else line,
                f"Grootboekrekening {dim1} bestaat niet.",
            )
            ok = False
        if kind == "total":
            relation = _text(line, "dim2")
            if find_dim(office, relation, relation_types) is None:
                word = "Debiteur" if relation_types == ("DEB",) else "Crediteur"
                _fail(
                    line.find("dim2") if line.find("dim2") is not None else line,
                    f"{word} {relation} bestaat niet.",
                )
                ok = False
            balance += _signed(line, value)
            continue
        # Detail lines: dim2 is the cost centre (KPL) and dim3 the project (PRJ) of a P&L line.
        for path, dimtype, label in (("dim2", "KPL", "Kostenplaats"), ("dim3", "PRJ", "Project")):
            code = _text(line, path)
            if code and find_dim(office, code, (dimtype,)) is None:
                _fail(line.find(path), f"{label} {code} bestaat niet.")
                ok = False
        vat_total = Decimal("0")
        vatcode = _text(line, "vatcode")
        if vatcode:
            vat = office["vat"].get(vatcode)
            if vat is None:
                _fail(line.find("vatcode"), f"Btw-code {vatcode} bestaat niet.")
                ok = False
            elif _text(line, "vatvalue"):
                vat_total = _money(_text(line, "vatvalue")) or Decimal("0")
            else:
                pct = Decimal(vat["percentage"]) / 100
                vat_total = (value * pct).quantize(CENT, ROUND_HALF_UP)
        balance += _signed(line, value + vat_total)
    if ok and balance != 0:
        _fail(trs, f"De boeking is niet in balans; verschil {abs(balance):.2f}.")
        ok = False

    invoice = _text(header, "invoicenumber")
    inv_el = header.find("invoicenumber")
    warn = "false" not in (
        trs.get("raisewarning"),
        inv_el.get("raisewarning") if inv_el is not None else None,
    )
    if ok and invoice and relation and warn and _invoice_used(office, relation, invoice):
        _fail(inv_el, f"Factuurnummer {invoice} is al gebruikt voor relatie {relation}.", "warning")
        ok = False
    if not ok:
        return False
    _store(office, trs, header, lines, office_code, int(year))
    return True


def _invoice_used(office: dict[str, Any], relation: str, invoice: str) -> bool:
    for stored in office["transactions"]:
        if stored["header"].get("invoicenumber") == invoice and any(
            ln["type"] == "total" and ln.get("dim2") == relation for ln in stored["lines"]
        ):
            return True
    return False


def _store(office, trs, header, lines, office_code: str, year: int) -> None:
    journal = _text(header, "code")
    number = next_number(office, journal, year)
    number_el = header.find("number")
    if number_el is None:
        number_el = etree.SubElement(header, "number")
    number_el.text = number
    destiny = trs.get("destiny", "temporary")
    office["transactions"].append(
        {
            "office": office_code,
            "code": journal,
            "number": number,
            "location": destiny,
            "header": {f: _text(header, f) for f in HEADER_FIELDS if _text(header, f)}
            | {"office": office_code},
            "lines": [
                {"type": ln.get("type", "detail"), "id": ln.get("id", str(i))}
                | {f: _text(ln, f) for f in LINE_FIELDS if _text(ln, f)}
                for i, ln in enumerate(lines, 1)
            ],
        }
    )
    trs.set("location", destiny)


def transaction_xml(trs: dict[str, Any]) -> etree._Element:
    """A stored transaction as ProcessXml's read answer shows it."""
    root = etree.Element("transaction", location=trs["location"], result="1")
    header = etree.SubElement(root, "header")
    for name in HEADER_FIELDS:
        if name in trs["header"]:
            etree.SubElement(header, name).text = trs["header"][name]
    lines = etree.SubElement(root, "lines")
    for ln in trs["lines"]:
        line = etree.SubElement(lines, "line", type=ln["type"], id=ln["id"])
        for name in LINE_FIELDS:
            if name in ln:
                etree.SubElement(line, name).text = ln[name]
    return root


def read_transaction(offices: dict[str, Any], req: etree._Element, company: str):
    office = offices.get(_text(req, "office") or company)
    trs = find_transaction(office, _text(req, "code"), _text(req, "number")) if office else None
    if trs is None:
        req.set("result", "0")
        _fail(req, "Boeking niet gevonden.")
        return req
    return transaction_xml(trs)


BROWSE_FIELDS = {
    "fin.trs.head.office": lambda t, ln: t["office"],
    "fin.trs.head.code": lambda t, ln: t["code"],
    "fin.trs.head.number": lambda t, ln: t["number"],
    "fin.trs.head.yearperiod": lambda t, ln: t["header"].get("period", ""),
    "fin.trs.head.status": lambda t, ln: "final" if t["location"] == "final" else "temporary",
    "fin.trs.line.dim1": lambda t, ln: ln.get("dim1", ""),
    "fin.trs.line.dim2": lambda t, ln: ln.get("dim2", ""),
    "fin.trs.line.invnumber": lambda t, ln: t["header"].get("invoicenumber", ""),
    "fin.trs.line.description": lambda t, ln: ln.get("description", ""),
    "fin.trs.line.valuesigned": lambda t, ln: ln.get("value", ""),
}


def browse(offices: dict[str, Any], columns: etree._Element, company: str) -> etree._Element:
    """Answer ``<columns code="000">``: one row per stored line matching every filter."""
    filters, shown = [], []
    for col in columns.findall("column"):
        name = _text(col, "field")
        if name not in BROWSE_FIELDS:
            columns.set("result", "0")
            _fail(col, f"Onbekend veld {name}.")
            return columns
        if _text(col, "operator") in ("equal", "between"):
            filters.append((name, _text(col, "from"), _text(col, "to") or _text(col, "from")))
        if _text(col, "visible") != "false":
            shown.append(name)
    office_filter = next((f for f in filters if f[0] == "fin.trs.head.office"), None)
    office = offices.get(office_filter[1] if office_filter else company)
    rows = []
    for trs in office["transactions"] if office else []:
        for ln in trs["lines"]:
            values = {name: get(trs, ln) for name, get in BROWSE_FIELDS.items()}
            if all(lo <= values[name] <= hi for name, lo, hi in filters):
                rows.append((trs, ln, values))
    root = etree.Element("browse", result="1", first="1", last=str(len(rows)))
    root.set("total", str(len(rows)))
    th = etree.SubElement(root, "th")
    for name in shown:
        etree.SubElement(th, "td", label=name, type="String").text = name
    for trs, ln, values in rows:
        tr = etree.SubElement(root, "tr")
        for name in shown:
            etree.SubElement(tr, "td", field=name, type="String").text = values[name]
        key = etree.SubElement(tr, "key")
        for name, value in (
            ("office", trs["office"]),
            ("code", trs["code"]),
            ("number", trs["number"]),
            ("line", ln["id"]),
        ):
            etree.SubElement(key, name).text = value
    return root
