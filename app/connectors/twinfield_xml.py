"""Twinfield's XML, both ways: the ProcessXml requests the connector sends (list offices, read a
dimension, VAT code or transaction, a browse over transaction lines, and a purchase or sales
transaction built from a :class:`~app.connectors.base.BookingRequest`) and the parsers of the
answers into the plain dataclasses of :mod:`app.connectors.base`. A refused transaction is
turned into :class:`~app.connectors.base.ExportRefused` by where Twinfield put the error
(``msgtype``/``msg`` on the failing element): the period, the relation (dim2 of the total line),
a GL account, VAT code, cost centre or project, the invoice number, or the whole transaction.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from lxml import etree

from app.connectors.base import (
    BookingRequest,
    ExportRefused,
    RelationData,
    VatCodeData,
    VatKind,
)

CENT = Decimal("0.01")
# Twinfield's free text header fields are "as entered on the transaction type"; we assume
# freetext1 is available on purchase/sales types and holds at least 40 characters.
REFERENCE_FIELD = "freetext1"


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrib: str):
    el = etree.SubElement(parent, tag, **attrib)
    if text is not None:
        el.text = text
    return el


def _text(el: etree._Element | None, path: str) -> str:
    found = el.find(path) if el is not None else None
    return (found.text or "").strip() if found is not None else ""


def to_string(el: etree._Element) -> str:
    return etree.tostring(el, encoding="unicode")


# --------------------------------------------------------------------------- requests


def list_offices() -> etree._Element:
    root = etree.Element("list")
    _sub(root, "type", "offices")
    return root


def read_request(kind: str, office: str, **fields: str) -> etree._Element:
    """``<read><type>kind</type><office/>…</read>`` for dimensions, vat or transaction."""
    root = etree.Element("read")
    _sub(root, "type", kind)
    _sub(root, "office", office)
    for name, value in fields.items():
        _sub(root, name, value)
    return root


def browse_request(office: str, filters: dict[str, str], shown: tuple[str, ...]) -> etree._Element:
    """A browse over general-ledger transaction lines (browse code 000) with equal-filters."""
    root = etree.Element("columns", code="000")
    for name in dict.fromkeys(("fin.trs.head.office", *filters, *shown)):
        col = _sub(root, "column")
        _sub(col, "field", name)
        _sub(col, "visible", "true" if name in shown else "false")
        value = office if name == "fin.trs.head.office" else filters.get(name)
        if value is not None:
            _sub(col, "ask", "true")
            _sub(col, "operator", "equal")
            _sub(col, "from", value)
    return root


def _money(amount: Decimal) -> str:
    return str(abs(amount).quantize(CENT))


def transaction_request(
    req: BookingRequest, office: str, *, destiny: str, control_account: str
) -> etree._Element:
    """The ``<transactions>`` document for one purchase or sales invoice.

    Purchase: the total line (control account + supplier, incl. VAT) is credit and the detail
    lines debit; sales the other way round. A negative amount (credit note) flips the side and
    is sent as a positive value. VAT is given per detail line (``vatvalue``) so Twinfield
    books our amounts; ``autobalancevat`` lets it absorb rounding cents. Detail lines carry the
    cost centre as dim2 and the project as dim3 (Twinfield's level-2/level-3 dimensions of a
    profit-and-loss account).
    """
    total_side, detail_side = ("credit", "debit") if req.kind == "purchase" else ("debit", "credit")
    flip = {"debit": "credit", "credit": "debit"}
    root = etree.Element("transactions")
    trs = _sub(root, "transaction", destiny=destiny, autobalancevat="true", raisewarning="true")
    header = _sub(trs, "header")
    _sub(header, "office", office)
    _sub(header, "code", req.journal)
    _sub(header, "currency", req.currency)
    _sub(header, "date", req.invoice_date.strftime("%Y%m%d"))
    _sub(header, "period", f"{req.period[0]}/{req.period[1]:02d}")
    _sub(header, "invoicenumber", req.invoice_number)
    if req.due_date:
        _sub(header, "duedate", req.due_date.strftime("%Y%m%d"))
    _sub(header, REFERENCE_FIELD, req.our_reference)
    lines = _sub(trs, "lines")
    total = _sub(lines, "line", type="total", id="1")
    _sub(total, "dim1", control_account)
    _sub(total, "dim2", req.relation_code)
    _sub(total, "debitcredit", total_side if req.total_incl_vat >= 0 else flip[total_side])
    _sub(total, "value", _money(req.total_incl_vat))
    _sub(total, "description", req.description[:40])
    for i, line in enumerate(req.lines, 2):
        sign = 1 if line.amount_excl_vat >= 0 else -1
        detail = _sub(lines, "line", type="detail", id=str(i))
        _sub(detail, "dim1", line.gl_account)
        if line.cost_centre:
            _sub(detail, "dim2", line.cost_centre)
        if line.project:
            _sub(detail, "dim3", line.project)
        _sub(detail, "debitcredit", detail_side if sign > 0 else flip[detail_side])
        _sub(detail, "value", _money(line.amount_excl_vat))
        if line.vat_code:
            _sub(detail, "vatcode", line.vat_code)
            _sub(detail, "vatvalue", str((line.vat_amount * sign).quantize(CENT)))
        _sub(detail, "description", (line.description or req.description)[:40])
    return root


# --------------------------------------------------------------------------- answers


def check_result(root: etree._Element, what: str) -> None:
    """Raise ValueError with Twinfield's message when a read/list answer has result 0."""
    if root.get("result") == "0":
        msgs = [el.get("msg", "") for el in root.iter() if el.get("msgtype") == "error"]
        raise ValueError(f"{what}: {'; '.join(m for m in msgs if m) or 'geweigerd'}")


def parse_offices(root: etree._Element) -> list[tuple[str, str]]:
    check_result(root, "Administraties ophalen")
    return [((el.text or "").strip(), el.get("name", "")) for el in root.iter("office")]


def parse_relation(root: etree._Element, relation_type: str) -> RelationData:
    """A CRD/DEB dimension; VAT and KvK numbers are read from the dimension itself, then the
    financials, then the invoice address (field4 VAT, field5 KvK), whichever is filled."""
    address = root.find("addresses/address[@default='true']")
    if address is None:
        address = root.find("addresses/address")
    vat = (
        _text(root, "vatnumber") or _text(root, "financials/vatnumber") or _text(address, "field4")
    )
    kvk = (
        _text(root, "cocnumber")
        or _text(root, "financials/chamberofcommerce")
        or _text(address, "field5")
    )
    ibans = tuple(_text(bank, "iban").replace(" ", "") for bank in root.findall("banks/bank"))
    return RelationData(
        external_id=_text(root, "code"),
        code=_text(root, "code"),
        name=_text(root, "name"),
        type=relation_type,  # type: ignore[arg-type]
        country=_text(address, "country") or "NL",
        kvk=kvk or None,
        vat_number=vat or None,
        ibans=tuple(i for i in ibans if i),
        email=_text(address, "email") or None,
        city=_text(address, "city") or None,
    )


def vat_kind(code: str, name: str, percentage: Decimal) -> VatKind:
    """Twinfield has no VAT category field we can rely on: infer it from code and name."""
    text = f"{code} {name}".lower()
    if "verlegd" in text or "reverse" in text:
        return "reverse_charge"
    if "icp" in text or "intracom" in text or "binnen eu" in text or "eu-" in text:
        return "icp"
    if "export" in text or "buiten eu" in text or "buiten de eu" in text:
        return "export"
    if "vrijgesteld" in text or "exempt" in text or "geen btw" in text:
        return "exempt"
    if percentage >= 21:
        return "high"
    if percentage > 0:
        return "low"
    return "zero"


def parse_vat(root: etree._Element) -> VatCodeData:
    check_result(root, "Btw-code ophalen")
    latest = sorted(root.findall("percentages/percentage"), key=lambda p: _text(p, "date"))
    pct = Decimal(_text(latest[-1], "percentage") or "0") if latest else Decimal("0")
    pct = pct.quantize(Decimal(1)) if pct == pct.to_integral_value() else pct.normalize()
    code, name = _text(root, "code"), _text(root, "name")
    direction = _text(root, "type")
    return VatCodeData(
        code=code,
        description=name,
        percentage=pct,
        kind=vat_kind(code, name, pct),
        direction=direction if direction in ("purchase", "sales") else "both",  # type: ignore[arg-type]
        external_id=code,
    )


def browse_keys(root: etree._Element) -> list[tuple[str, str]]:
    """Distinct (transaction type, number) of a browse answer's rows, in order."""
    check_result(root, "Boekingen zoeken")
    keys = [(_text(tr, "key/code"), _text(tr, "key/number")) for tr in root.findall("tr")]
    return list(dict.fromkeys(keys))


def transaction_reference(root: etree._Element) -> dict[str, Any]:
    check_result(root, "Boeking lezen")
    return {
        "code": _text(root, "header/code"),
        "number": _text(root, "header/number"),
        "reference": _text(root, f"header/{REFERENCE_FIELD}"),
    }


# --------------------------------------------------------------------------- refusals

_LOCATIONS = {
    ("header", "period"): ("document", "period_closed"),
    ("header", "invoicenumber"): ("document", "duplicate_invoice"),
    ("header", "code"): ("document", "unknown_journal"),
    ("header", "office"): ("document", "unknown_administration"),
    ("total", "dim2"): ("relation", "unknown_relation"),
    ("total", "dim1"): ("document", "unknown_gl_account"),
    ("detail", "dim1"): ("document", "unknown_gl_account"),
    ("detail", "dim2"): ("document", "unknown_cost_centre"),
    ("detail", "dim3"): ("document", "unknown_project"),
    ("detail", "vatcode"): ("document", "unknown_vat_code"),
}


def refusal(trs: etree._Element) -> ExportRefused:
    """The ExportRefused for a transaction answered with ``result="0"``."""
    found: list[tuple[str, str, str]] = []
    for el in trs.iter():
        if el.get("msgtype") not in ("error", "warning"):
            continue
        parent = el.getparent()
        scope = ""
        if parent is not None and parent.tag == "header":
            scope = "header"
        elif parent is not None and parent.tag == "line":
            scope = parent.get("type", "detail")
        msg = el.get("msg", "")
        if el.tag == "transaction":
            lowered = msg.lower()
            code = "unbalanced" if "balans" in lowered or "balance" in lowered else "refused"
            found.append(("document", code, msg))
        else:
            category, code = _LOCATIONS.get((scope, el.tag), ("document", "refused"))
            found.append((category, code, msg))
    if not found:
        return ExportRefused("Twinfield heeft de boeking geweigerd.", "document", "refused")
    first = next((f for f in found if f[0] == "relation"), found[0])
    message = "; ".join(dict.fromkeys(f[2] for f in found if f[2])) or "Geweigerd door Twinfield."
    return ExportRefused(message, first[0], first[1])  # type: ignore[arg-type]
