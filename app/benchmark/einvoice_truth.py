"""Independent truth for the e-invoice fixtures, read straight from the XML with lxml XPaths.

Deliberately separate from :mod:`app.pipeline.einvoice` (the code being measured): UBL 2.1
``Invoice``/``CreditNote`` (also inside a Peppol envelope) and UN/CEFACT CII, plus the XML
embedded in Factur-X/ZUGFeRD PDFs. Only fields the EN 16931 business terms state unambiguously
are filled: number (BT-1), type (BT-3), dates (BT-2, BT-9), currency (BT-5), totals (BT-109,
BT-110, BT-112), VAT breakdown (BG-23), seller/buyer name and VAT id, KvK (scheme 0106), payee
IBAN and payment reference (BT-83). Credit notes get negative amounts, as in ``extract --json``.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pymupdf
from lxml import etree
from stdnum import iban as std_iban

CREDIT_CODES = {"81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"}


def _p(path: str) -> str:
    """``a/b`` → namespace-agnostic XPath over local names (``..`` and ``@x`` kept)."""
    parts = []
    for step in path.split("/"):
        if step in ("", ".", "..") or step.startswith("@"):
            parts.append(step)
        else:
            parts.append(f"*[local-name()='{step}']")
    return "/".join(parts)


def _first(el: Any, path: str) -> Any:
    found = el.xpath(_p(path)) if el is not None else []
    return found[0] if found else None


def _text(el: Any, path: str) -> str | None:
    node = _first(el, path)
    if node is None:
        return None
    value = node if isinstance(node, str) else node.text
    return value.strip() if value and value.strip() else None


def _dec(value: str | None) -> Decimal | None:
    try:
        return Decimal(value) if value is not None else None
    except InvalidOperation:
        return None


def _money(v: Decimal | None, sign: int) -> str | None:
    return None if v is None else str((v * sign).quantize(Decimal("0.01")) + 0)


def _rate(v: Decimal | None) -> str | None:
    return None if v is None else format(v.normalize(), "f")


def _amount_in(el: Any, tag: str, currency: str | None) -> str | None:
    nodes = el.xpath(_p(tag)) if el is not None else []
    for node in nodes:
        if currency is None or node.get("currencyID") in (None, currency):
            return node.text
    return nodes[0].text if nodes else None


def _iban(value: str | None) -> str | None:
    """The payee account only when it is an IBAN (the field is defined as one)."""
    if not value:
        return None
    compact = std_iban.compact(value)
    return compact if std_iban.is_valid(compact) else None


def _kvk(ids: list[Any], vat: str | None) -> str | None:
    """KvK from legal-registration ids: scheme 0106 / NL:KVK, or 8 digits for a Dutch party."""
    for node in ids:
        scheme, value = (node.get("schemeID") or "").upper(), (node.text or "").strip()
        if scheme in ("0106", "NL:KVK") or (
            not scheme
            and len(value) == 8
            and value.isdigit()
            and (vat or "").upper().startswith("NL")
        ):
            return value
    return None


def _names(*names: str | None) -> list[str] | None:
    """Acceptable names (legal and trading name); scoring accepts any of them."""
    out = [n for n in names if n]
    return list(dict.fromkeys(out)) or None


def _ymd(value: str | None) -> str | None:
    if value and len(value) == 8 and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return value[:10] if value else None


def _ubl(root: Any) -> dict[str, Any]:
    name = etree.QName(root).localname
    code = _text(root, "InvoiceTypeCode") or _text(root, "CreditNoteTypeCode")
    credit = name == "CreditNote" or (code or "") in CREDIT_CODES
    sign = -1 if credit else 1
    currency = _text(root, "DocumentCurrencyCode")
    totals = _first(root, "LegalMonetaryTotal")
    tax_total = next((t for t in root.xpath(_p("TaxTotal"))
                      if _amount_in(t, "TaxAmount", currency) is not None
                      and t.xpath(_p("TaxAmount"))[0].get("currencyID") in (None, currency)),
                     _first(root, "TaxTotal"))  # fmt: skip
    supplier = _first(root, "AccountingSupplierParty/Party")
    customer = _first(root, "AccountingCustomerParty/Party")

    def party(p: Any) -> dict[str, Any]:
        vat = next((_text(s, "CompanyID") for s in (p.xpath(_p("PartyTaxScheme")) if p is not None else [])
                    if (_text(s, "TaxScheme/ID") or "VAT").upper() == "VAT"), None)  # fmt: skip
        kvk = _kvk(p.xpath(_p("PartyLegalEntity/CompanyID")) if p is not None else [], vat)
        name = _names(_text(p, "PartyLegalEntity/RegistrationName"), _text(p, "PartyName/Name"))
        return {"name": name, "vat_number": vat, "kvk": kvk}

    breakdown = [
        {"rate": _rate(_dec(_text(s, "TaxCategory/Percent")) or Decimal("0")),
         "base": _money(_dec(_text(s, "TaxableAmount")), sign),
         "amount": _money(_dec(_text(s, "TaxAmount")), sign)}
        for s in (tax_total.xpath(_p("TaxSubtotal")) if tax_total is not None else [])
    ]  # fmt: skip
    sup, cus = party(supplier), party(customer)
    return {
        "source": "ubl",
        "document_type": "credit_note" if credit else "invoice",
        "invoice_number": _text(root, "ID"),
        "invoice_date": _text(root, "IssueDate"),
        "due_date": _text(root, "DueDate") or _text(root, "PaymentMeans/PaymentDueDate"),
        "currency": currency,
        "total_excl_vat": _money(_dec(_text(totals, "TaxExclusiveAmount")), sign),
        "total_vat": _money(_dec(_amount_in(tax_total, "TaxAmount", currency)), sign),
        "total_incl_vat": _money(_dec(_text(totals, "TaxInclusiveAmount")), sign),
        "vat_breakdown": breakdown,
        "supplier": {**sup, "iban": _iban(_text(root, "PaymentMeans/PayeeFinancialAccount/ID"))},
        "customer": {"name": cus["name"], "vat_number": cus["vat_number"], "kvk": cus["kvk"]},
        "payment_reference": _text(root, "PaymentMeans/PaymentID"),
    }


def _cii(root: Any) -> dict[str, Any]:
    code = _text(root, "ExchangedDocument/TypeCode")
    sign = -1 if (code or "") in CREDIT_CODES else 1
    trade = _first(root, "SupplyChainTradeTransaction")
    settle = _first(trade, "ApplicableHeaderTradeSettlement")
    agreement = _first(trade, "ApplicableHeaderTradeAgreement")
    currency = _text(settle, "InvoiceCurrencyCode")
    sums = _first(settle, "SpecifiedTradeSettlementHeaderMonetarySummation")

    def party(p: Any) -> dict[str, Any]:
        regs = p.xpath(_p("SpecifiedTaxRegistration/ID")) if p is not None else []
        orgs = p.xpath(_p("SpecifiedLegalOrganization/ID")) if p is not None else []
        vat = next((r.text for r in regs if r.get("schemeID") == "VA"), None)
        return {"name": _names(_text(p, "Name"), _text(p, "SpecifiedLegalOrganization/TradingBusinessName")),
                "vat_number": vat, "kvk": _kvk(orgs, vat)}  # fmt: skip

    breakdown = [
        {"rate": _rate(_dec(_text(t, "RateApplicablePercent")) or Decimal("0")),
         "base": _money(_dec(_text(t, "BasisAmount")), sign),
         "amount": _money(_dec(_text(t, "CalculatedAmount")), sign)}
        for t in (settle.xpath(_p("ApplicableTradeTax")) if settle is not None else [])
    ]  # fmt: skip
    sup = party(_first(agreement, "SellerTradeParty"))
    cus = party(_first(agreement, "BuyerTradeParty"))
    means = _first(settle, "SpecifiedTradeSettlementPaymentMeans")
    return {
        "source": "cii",
        "document_type": "credit_note" if sign < 0 else "invoice",
        "invoice_number": _text(root, "ExchangedDocument/ID"),
        "invoice_date": _ymd(_text(root, "ExchangedDocument/IssueDateTime/DateTimeString")),
        "due_date": _ymd(
            _text(settle, "SpecifiedTradePaymentTerms/DueDateDateTime/DateTimeString")
        ),
        "currency": currency,
        "total_excl_vat": _money(_dec(_text(sums, "TaxBasisTotalAmount")), sign),
        "total_vat": _money(_dec(_amount_in(sums, "TaxTotalAmount", currency)), sign),
        "total_incl_vat": _money(_dec(_text(sums, "GrandTotalAmount")), sign),
        "vat_breakdown": breakdown,
        "supplier": {
            **sup,
            "iban": _iban(_text(means, "PayeePartyCreditorFinancialAccount/IBANID")),
        },
        "customer": cus,
        "payment_reference": _text(settle, "PaymentReference"),
    }


def truth_from_xml(data: bytes) -> dict[str, Any] | None:
    """Truth for an XML e-invoice, or None when the XML is not an invoice or credit note."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(data, parser=parser)
    if etree.QName(root).localname == "StandardBusinessDocument":
        inner = root.xpath("*[local-name()='Invoice' or local-name()='CreditNote']")
        if not inner:
            return None
        root = inner[0]
    name = etree.QName(root).localname
    if name in ("Invoice", "CreditNote"):
        return _ubl(root)
    if name == "CrossIndustryInvoice":
        return _cii(root)
    return None


def embedded_xml(pdf: bytes) -> bytes | None:
    """The Factur-X/ZUGFeRD XML embedded in a PDF, if any."""
    with pymupdf.open("pdf", pdf) as doc:
        for name in doc.embfile_names():
            if name.lower().endswith(".xml"):
                return doc.embfile_get(name)
    return None


def einvoice_truth(path: Path) -> dict[str, Any] | None:
    data = path.read_bytes()
    if path.suffix.lower() == ".pdf":
        xml = embedded_xml(data)
        if xml is None:
            return None
        truth = truth_from_xml(xml)
        if truth is not None:
            with pymupdf.open("pdf", data) as doc:
                truth["pages"] = doc.page_count
        return truth
    return truth_from_xml(data)
