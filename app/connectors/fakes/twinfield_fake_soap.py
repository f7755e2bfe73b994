"""The SOAP side of the Twinfield fake: envelopes in and out, faults, and the ProcessXml
service (``ProcessXmlString`` and ``ProcessXmlDocument``), which handles
``<list><type>offices</type></list>``, ``<read>`` of dimensions, VAT codes and transactions,
posted ``<transactions>`` (validated in :mod:`.twinfield_fake_books`) and browse ``<columns>``.
The Finder, Period and Documents services are in :mod:`.twinfield_fake_services`. Requests are
matched on local names; namespaces are ignored.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from app.connectors.fakes import twinfield_fake_books as books

TWF_NS = "http://www.twinfield.com/"
SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=True)


class SoapFault(Exception):
    def __init__(self, message: str, code: str = "soap:Client"):
        super().__init__(message)
        self.message, self.code = message, code


def local(el: etree._Element) -> str:
    return etree.QName(el).localname


def child(el: etree._Element | None, name: str) -> etree._Element | None:
    for sub in el if el is not None else ():
        if isinstance(sub.tag, str) and local(sub) == name:
            return sub
    return None


def child_text(el: etree._Element | None, name: str) -> str:
    sub = child(el, name)
    return (sub.text or "").strip() if sub is not None else ""


def parse_envelope(body: bytes) -> tuple[dict[str, str], etree._Element]:
    """The Twinfield header values (AccessToken, CompanyCode) and the body's operation element."""
    try:
        root = etree.fromstring(body, PARSER)
    except etree.XMLSyntaxError as exc:
        raise SoapFault(f"Invalid XML: {exc}") from exc
    header = child(child(root, "Header"), "Header")
    values = {local(e): (e.text or "").strip() for e in header} if header is not None else {}
    body_el = child(root, "Body")
    operation = next(iter(body_el), None) if body_el is not None else None
    if operation is None:
        raise SoapFault("Empty SOAP body")
    return values, operation


def envelope(payload: etree._Element) -> bytes:
    root = etree.Element(etree.QName(SOAP_NS, "Envelope"), nsmap={"soap": SOAP_NS})
    etree.SubElement(root, etree.QName(SOAP_NS, "Body")).append(payload)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def fault_envelope(fault: SoapFault) -> bytes:
    el = etree.Element(etree.QName(SOAP_NS, "Fault"))
    etree.SubElement(el, "faultcode").text = fault.code
    etree.SubElement(el, "faultstring").text = fault.message
    return envelope(el)


def twf(tag: str, parent: etree._Element | None = None, text: str | None = None):
    el = (
        etree.SubElement(parent, etree.QName(TWF_NS, tag))
        if parent is not None
        else etree.Element(etree.QName(TWF_NS, tag), nsmap={"tw": TWF_NS, "i": XSI_NS})
    )
    if text is not None:
        el.text = text
    return el


# --------------------------------------------------------------------------- ProcessXml


def process_xml(state: dict[str, Any], operation: etree._Element, company: str) -> bytes:
    name = local(operation)
    request_el = child(operation, "xmlRequest")
    if request_el is None:
        raise SoapFault("xmlRequest is missing")
    if name == "ProcessXmlString":
        request = etree.fromstring((request_el.text or "").encode("utf-8"), PARSER)
    elif name == "ProcessXmlDocument":
        request = next(iter(request_el), None)
        if request is None:
            raise SoapFault("xmlRequest is empty")
        for el in request.iter():  # strip the SOAP body's namespace from the payload
            if isinstance(el.tag, str):
                el.tag = local(el)
        etree.cleanup_namespaces(request)
    else:
        raise SoapFault(f"Unknown operation {name}")
    result = handle_request(state, request, company)
    response = twf(f"{name}Response")
    if name == "ProcessXmlString":
        twf(f"{name}Result", response, etree.tostring(result, encoding="unicode"))
    else:
        twf(f"{name}Result", response).append(result)
    return envelope(response)


def handle_request(state: dict[str, Any], req: etree._Element, company: str) -> etree._Element:
    offices = state["offices"]
    kind = child_text(req, "type")
    if req.tag == "list" and kind == "offices":
        root = etree.Element("offices", result="1")
        for code, office in sorted(offices.items()):
            etree.SubElement(root, "office", name=office["name"], shortname=office["name"][:20])
            root[-1].text = code
        return root
    if not company and req.tag != "list":
        raise SoapFault("Toegang geweigerd. Company ontbreekt in request header.")
    if req.tag == "read" and kind == "dimensions":
        return _read_dimension(offices, req, company)
    if req.tag == "read" and kind == "vat":
        return _read_vat(offices, req, company)
    if req.tag == "read" and kind == "transaction":
        return books.read_transaction(offices, req, company)
    if req.tag in ("transactions", "transaction"):
        items = [req] if req.tag == "transaction" else req.findall("transaction")
        stored = [books.process_transaction(offices, trs, company) for trs in items]
        for trs, ok in zip(items, stored, strict=True):
            trs.set("result", "1" if ok else "0")
        req.set("result", "1" if all(stored) else "0")
        return req
    if req.tag == "columns":
        return books.browse(offices, req, company)
    req.set("result", "0")
    req.set("msgtype", "error")
    req.set("msg", f"Onbekend verzoek {req.tag}/{kind}.")
    return req


def _not_found(req: etree._Element, msg: str) -> etree._Element:
    req.set("result", "0")
    req.set("msgtype", "error")
    req.set("msg", msg)
    return req


def _read_dimension(offices, req, company) -> etree._Element:
    office = offices.get(child_text(req, "office") or company)
    dimtype, code = child_text(req, "dimtype"), child_text(req, "code")
    dim = office["dims"].get(dimtype, {}).get(code) if office else None
    if dim is None:
        return _not_found(req, f"Dimensie {dimtype} {code} bestaat niet.")
    root = etree.Element("dimension", status="hide" if dim["hidden"] else "active", result="1")
    for name, value in (
        ("office", office["code"]),
        ("type", dimtype),
        ("code", code),
        ("uid", dim["uid"]),
        ("name", dim["name"]),
        ("shortname", dim["name"][:20]),
        ("website", ""),
        ("cocnumber", dim.get("cocnumber", "")),
        ("vatnumber", dim.get("vatnumber", "")),
    ):
        etree.SubElement(root, name).text = value
    if dimtype in ("CRD", "DEB"):
        financials = etree.SubElement(root, "financials")
        etree.SubElement(financials, "duedays").text = "30"
        addresses = etree.SubElement(root, "addresses")
        address = etree.SubElement(addresses, "address", id="1", type="invoice", default="true")
        for name, value in (
            ("name", dim["name"]),
            ("country", dim.get("country", "NL")),
            ("city", dim.get("city", "")),
            ("email", dim.get("email", "")),
            ("field4", dim.get("vatnumber", "")),
            ("field5", dim.get("cocnumber", "")),
        ):
            etree.SubElement(address, name).text = value
        banks = etree.SubElement(root, "banks")
        for i, iban in enumerate(dim.get("ibans", []), 1):
            bank = etree.SubElement(banks, "bank", id=str(i), default=str(i == 1).lower())
            etree.SubElement(bank, "iban").text = iban
    return root


def _read_vat(offices, req, company) -> etree._Element:
    office = offices.get(child_text(req, "office") or company)
    code = child_text(req, "code")
    vat = office["vat"].get(code) if office else None
    if vat is None:
        return _not_found(req, f"Btw-code {code} bestaat niet.")
    root = etree.Element("vat", status="active", result="1")
    for name, value in (
        ("code", code),
        ("name", vat["name"]),
        ("shortname", code),
        ("type", vat["type"]),
    ):
        etree.SubElement(root, name).text = value
    pct = etree.SubElement(etree.SubElement(root, "percentages"), "percentage", status="active")
    etree.SubElement(pct, "date").text = "20190101"
    etree.SubElement(pct, "percentage").text = vat["percentage"]
    etree.SubElement(pct, "name").text = vat["name"]
    return root
