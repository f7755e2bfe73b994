"""E-invoices, read exactly: UBL 2.1 and UN/CEFACT CII XML, standalone or carried inside a PDF.

:func:`parse_einvoice` takes the XML bytes, parses them safely (:mod:`.xmlsafe`) and dispatches on
the root element: UBL ``Invoice``/``CreditNote`` (also inside a Peppol SBDH envelope) to
:mod:`.ubl`, ``CrossIndustryInvoice`` to :mod:`.cii`. Any other XML (an order, a despatch
advice, an unrelated document, ZUGFeRD 1.0) is refused with a :class:`ReadError` naming what it
is. :func:`looks_like_xml` is the content sniff the entry point uses; PDFs carrying an e-invoice
are handled by :mod:`.pdf`, rendering an XML-only invoice to PDF by :mod:`.render`.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from app.pipeline.einvoice import cii, ubl
from app.pipeline.einvoice.xmlsafe import local_name, namespace, parse_xml
from app.pipeline.invoice import InvoiceData
from app.pipeline.limits import DEFAULT_LIMITS, Limits, ReadError

__all__ = ["looks_like_xml", "parse_einvoice", "read_einvoice_root"]

SBDH_NS = "http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader"
UBL_DOC_PREFIX = "urn:oasis:names:specification:ubl:schema:xsd:"
ZUGFERD1_NS = "urn:ferd:CrossIndustryDocument:invoice:1p0"

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def looks_like_xml(data: bytes) -> bool:
    """True when the bytes start (after a BOM and white space) with ``<?xml`` or an element."""
    head = data[:1024]
    for bom in _BOMS:
        if head.startswith(bom):
            if bom != _BOMS[0]:
                return b"<\x00" in head[:8] or b"\x00<" in head[:8]
            head = head[len(bom) :]
            break
    head = head.lstrip()
    return head.startswith(b"<?xml") or (
        head.startswith(b"<") and len(head) > 1 and (head[1:2].isalpha() or head[1:2] in b"!_")
    )


def parse_einvoice(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> InvoiceData:
    """Read UBL or CII XML bytes into an :class:`InvoiceData` (``source`` ``ubl`` or ``cii``)."""
    return read_einvoice_root(parse_xml(data, limits=limits))


def read_einvoice_root(root: Element) -> InvoiceData:
    """Dispatch a parsed root element to the UBL or CII reader, or refuse it clearly."""
    name, ns = local_name(root.tag), namespace(root.tag)
    if name == "StandardBusinessDocument":
        inner = _sbdh_payload(root)
        if inner is None:
            raise ReadError("Geen e-factuur: Peppol-envelop zonder factuur of creditnota")
        root, name, ns = inner, local_name(inner.tag), namespace(inner.tag)
    if (name, ns) in (("Invoice", ubl.INVOICE_NS), ("CreditNote", ubl.CREDIT_NOTE_NS)):
        return ubl.read_ubl(root)
    if name == "CrossIndustryInvoice" and ns == cii.ROOT_NS:
        return cii.read_cii(root)
    if ns == ZUGFERD1_NS:
        raise ReadError("ZUGFeRD 1.0 wordt niet ondersteund (alleen ZUGFeRD 2 / Factur-X)")
    if ns.startswith(UBL_DOC_PREFIX):
        raise ReadError(f"Geen factuur: dit is een UBL-{name}, geen Invoice of CreditNote")
    if name in ("Invoice", "CreditNote", "CrossIndustryInvoice"):
        raise ReadError(f"Onbekende XML-namespace voor {name}: {ns or '(geen)'}")
    raise ReadError(f"Geen e-factuur: XML met root-element <{name}> wordt niet herkend")


def _sbdh_payload(root: Element) -> Element | None:
    for child in root:
        if namespace(child.tag) != SBDH_NS and local_name(child.tag) in ("Invoice", "CreditNote"):
            return child
    return None
