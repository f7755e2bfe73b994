"""SOAP 1.1 transport for Twinfield's cluster web services (ProcessXml, Finder, Period and
Documents): builds the envelope with the ``Header`` carrying ``AccessToken`` and
``CompanyCode`` (namespace ``http://www.twinfield.com/``), posts it with ``requests``, and
returns the body's response element or raises :class:`SoapFault` for a SOAP fault.

Why not :class:`app.connectors.http.HttpClient`: SOAP 1.1 sends faults (an expired access
token, no access to the office) as HTTP 500 with the reason in the body, and HttpClient turns
every 5xx into a retry or a TransientError without the body. The policy is the same, though:
reads are retried with exponential backoff on network errors and 5xx that are not faults;
a write that may have reached the server is never retried and raises TransientError ("outcome
unknown"). Responses are parsed with entity resolution, DTDs and network access disabled.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from urllib.parse import urlsplit

import requests
from lxml import etree

from app.connectors.base import TransientError

log = logging.getLogger(__name__)

TWF_NS = "http://www.twinfield.com/"
SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SAFE_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
)


class SoapFault(Exception):
    """The service answered with a SOAP fault; ``message`` is its faultstring."""

    def __init__(self, message: str, code: str = ""):
        super().__init__(message)
        self.message = message
        self.code = code

    @property
    def token_rejected(self) -> bool:
        """True when the fault says the access token is invalid or expired."""
        text = self.message.lower()
        return "token" in text and any(
            word in text for word in ("invalid", "expired", "ongeldig", "verlopen")
        )


def parse_xml(data: bytes | str) -> etree._Element:
    """Parse untrusted XML safely (no DTD, no entities, no network)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if b"<!DOCTYPE" in raw[:2048].upper():
        raise ValueError("XML with a DTD is not accepted")
    return etree.fromstring(raw, SAFE_PARSER)


def twf(tag: str, parent: etree._Element | None = None, text: str | None = None):
    """An element in the Twinfield namespace (a root element when ``parent`` is None)."""
    qname = etree.QName(TWF_NS, tag)
    if parent is None:
        el = etree.Element(qname, nsmap={None: TWF_NS, "i": XSI_NS})
    else:
        el = etree.SubElement(parent, qname)
    if text is not None:
        el.text = text
    return el


def local(el: etree._Element) -> str:
    return etree.QName(el).localname


def find_local(el: etree._Element | None, *path: str) -> etree._Element | None:
    """Follow child local names (namespaces ignored); None when a step is missing."""
    for name in path:
        if el is None:
            return None
        el = next((c for c in el if isinstance(c.tag, str) and local(c) == name), None)
    return el


def text_local(el: etree._Element | None, *path: str) -> str:
    found = find_local(el, *path)
    return (found.text or "").strip() if found is not None else ""


class SoapClient:
    """Posts SOAP envelopes; see the module docstring for the retry policy."""

    def __init__(
        self,
        session: requests.Session | None = None,
        *,
        timeout: float = 60.0,
        max_retries: int = 3,
        backoff: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.session = session or requests.Session()
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self.sleep = sleep

    def call(
        self,
        url: str,
        action: str,
        operation: etree._Element,
        header: Mapping[str, str],
        *,
        idempotent: bool,
    ) -> etree._Element:
        """Send ``operation`` and return the first element of the response body."""
        body = self._envelope(operation, header)
        headers = {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": f'"{action}"'}
        path = urlsplit(url).path
        failures = 0
        while True:
            try:
                resp = self.session.post(url, data=body, headers=headers, timeout=self.timeout)
            except requests.RequestException as exc:
                sent = not _certainly_not_sent(exc)
                log.warning("SOAP %s on %s failed: %s", action, path, type(exc).__name__)
                if (sent and not idempotent) or failures >= self.max_retries:
                    raise TransientError(_unknown_outcome(sent and not idempotent)) from None
            else:
                log.debug("SOAP %s on %s -> %s", action, path, resp.status_code)
                fault = _fault(resp)
                if fault is not None:
                    raise fault
                if resp.status_code < 400:
                    return _payload(resp.content)
                if not idempotent or failures >= self.max_retries or resp.status_code < 500:
                    raise TransientError(
                        f"Twinfield gaf een serverfout ({resp.status_code})"
                        + ("; de uitkomst is onbekend." if not idempotent else ".")
                    )
            failures += 1
            self.sleep(min(self.backoff * 2 ** (failures - 1), 20.0))

    @staticmethod
    def _envelope(operation: etree._Element, header: Mapping[str, str]) -> bytes:
        root = etree.Element(etree.QName(SOAP_NS, "Envelope"), nsmap={"soap": SOAP_NS})
        soap_header = etree.SubElement(root, etree.QName(SOAP_NS, "Header"))
        twf_header = etree.SubElement(
            soap_header, etree.QName(TWF_NS, "Header"), nsmap={None: TWF_NS}
        )
        for name, value in header.items():
            if value:
                etree.SubElement(twf_header, etree.QName(TWF_NS, name)).text = value
        etree.SubElement(root, etree.QName(SOAP_NS, "Body")).append(operation)
        return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def _fault(resp: requests.Response) -> SoapFault | None:
    if resp.status_code < 400 or b"Fault" not in resp.content:
        return None
    try:
        root = parse_xml(resp.content)
    except (ValueError, etree.XMLSyntaxError):
        return None
    fault = find_local(root, "Body", "Fault")
    if fault is None:
        return None
    return SoapFault(
        text_local(fault, "faultstring") or "SOAP fault", text_local(fault, "faultcode")
    )


def _payload(content: bytes) -> etree._Element:
    try:
        root = parse_xml(content)
    except (ValueError, etree.XMLSyntaxError) as exc:
        raise TransientError("Twinfield gaf een onleesbaar antwoord.") from exc
    body = find_local(root, "Body")
    payload = next((c for c in body if isinstance(c.tag, str)), None) if body is not None else None
    if payload is None:
        raise TransientError("Twinfield gaf een leeg antwoord.")
    return payload


def _certainly_not_sent(exc: requests.RequestException) -> bool:
    """True when the request cannot have reached the server (connect failed)."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    text = repr(exc.args[0]) if exc.args else ""
    return isinstance(exc, requests.ConnectionError) and (
        "NewConnectionError" in text or "Connection refused" in text
    )


def _unknown_outcome(unknown: bool) -> str:
    if unknown:
        return (
            "Geen antwoord van Twinfield; de uitkomst is onbekend. Controleer of de boeking is "
            "aangekomen voordat u opnieuw exporteert."
        )
    return "Twinfield is niet bereikbaar (netwerkfout of time-out)."
