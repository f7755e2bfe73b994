"""Read a UBL 2.1 ``Invoice`` or ``CreditNote`` (SI-UBL 2.0 / NLCIUS, Peppol BIS Billing 3.0).

Maps the EN 16931 business terms onto :class:`InvoiceData`: parties (name, KvK from an identifier
with scheme 0106 or a Dutch legal registration, VAT id, address, e-mail), the supplier's IBAN from
``PaymentMeans/PayeeFinancialAccount``, number, dates, currency, totals from
``LegalMonetaryTotal``, VAT per rate from the ``TaxTotal`` in the document currency, lines and the
payment reference (``PaymentID``). Sign handling for credit notes lives in :mod:`.common`.
"""

from __future__ import annotations

from decimal import Decimal
from xml.etree.ElementTree import Element

from app.pipeline.einvoice.common import (
    compact_vat,
    document_type_for,
    finalize,
    join_address,
    pick_kvk,
)
from app.pipeline.einvoice.xmlsafe import decimal, iban_or_none, iso_date, local_name, text
from app.pipeline.invoice import InvoiceData, InvoiceLine, Party, VatLine

NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"


def _t(el: Element | None, path: str) -> str | None:
    return text(el, path, NS)


def _d(el: Element | None, path: str) -> Decimal | None:
    return decimal(el, path, NS)


def read_ubl(root: Element) -> InvoiceData:
    """Turn a parsed UBL ``Invoice``/``CreditNote`` root into an :class:`InvoiceData`."""
    credit_root = local_name(root.tag) == "CreditNote"
    type_code = _t(root, "cbc:CreditNoteTypeCode" if credit_root else "cbc:InvoiceTypeCode")
    currency = _t(root, "cbc:DocumentCurrencyCode")
    inv = InvoiceData(
        source="ubl",
        document_type=document_type_for(type_code, credit_root=credit_root),
        invoice_number=_t(root, "cbc:ID"),
        invoice_date=iso_date(_t(root, "cbc:IssueDate")),
        due_date=_due_date(root),
        currency=currency,
        supplier=_party(root.find("cac:AccountingSupplierParty/cac:Party", NS)),
        customer=_party(root.find("cac:AccountingCustomerParty/cac:Party", NS)),
    )
    for means in root.findall("cac:PaymentMeans", NS):
        inv.payment_reference = inv.payment_reference or _t(means, "cbc:PaymentID")
        account = _t(means, "cac:PayeeFinancialAccount/cbc:ID")
        inv.supplier.iban = inv.supplier.iban or iban_or_none(account)
    totals = root.find("cac:LegalMonetaryTotal", NS)
    inv.total_excl_vat = _d(totals, "cbc:TaxExclusiveAmount")
    inv.total_incl_vat = _d(totals, "cbc:TaxInclusiveAmount")
    tax_total = _tax_total(root, currency)
    if tax_total is not None:
        inv.total_vat = _d(tax_total, "cbc:TaxAmount")
        inv.vat_breakdown = [_vat_line(sub) for sub in tax_total.findall("cac:TaxSubtotal", NS)]
    line_tag = "cac:CreditNoteLine" if credit_root else "cac:InvoiceLine"
    qty_tag = "cbc:CreditedQuantity" if credit_root else "cbc:InvoicedQuantity"
    inv.lines = [_line(el, qty_tag) for el in root.findall(line_tag, NS)]
    return finalize(inv)


def _due_date(root: Element):
    due = iso_date(_t(root, "cbc:DueDate"))
    if due is None:
        for path in ("cac:PaymentMeans/cbc:PaymentDueDate", "cac:PaymentTerms/cbc:PaymentDueDate"):
            due = iso_date(_t(root, path))
            if due is not None:
                break
    return due


def _tax_total(root: Element, currency: str | None) -> Element | None:
    """The ``TaxTotal`` in the document currency (a second one may be in the VAT currency)."""
    totals = root.findall("cac:TaxTotal", NS)
    for total in totals:
        amount = total.find("cbc:TaxAmount", NS)
        if amount is not None and amount.get("currencyID") in (None, currency):
            return total
    return totals[0] if totals else None


def _vat_line(sub: Element) -> VatLine:
    category = sub.find("cac:TaxCategory", NS)
    return VatLine(
        rate=_d(category, "cbc:Percent") or Decimal("0"),
        base=_d(sub, "cbc:TaxableAmount") or Decimal("0"),
        amount=_d(sub, "cbc:TaxAmount") or Decimal("0"),
        category=_t(category, "cbc:ID"),
    )


def _line(el: Element, qty_tag: str) -> InvoiceLine:
    price = _d(el, "cac:Price/cbc:PriceAmount")
    base_qty = _d(el, "cac:Price/cbc:BaseQuantity")
    if price is not None and base_qty not in (None, Decimal("0")):
        price = price / base_qty
    item = el.find("cac:Item", NS)
    return InvoiceLine(
        description=_t(item, "cbc:Name") or _t(item, "cbc:Description"),
        quantity=_d(el, qty_tag),
        unit_price=price,
        amount=_d(el, "cbc:LineExtensionAmount"),
        vat_rate=_d(item, "cac:ClassifiedTaxCategory/cbc:Percent"),
        article_code=_t(item, "cac:SellersItemIdentification/cbc:ID"),
    )


def _party(party: Element | None) -> Party:
    if party is None:
        return Party()
    legal = party.find("cac:PartyLegalEntity", NS)
    country = _t(party, "cac:PostalAddress/cac:Country/cbc:IdentificationCode")
    identifiers: list[tuple[str | None, str | None]] = []
    for path in (
        "cac:PartyLegalEntity/cbc:CompanyID",
        "cac:PartyIdentification/cbc:ID",
        "cbc:EndpointID",
    ):
        for el in party.findall(path, NS):
            identifiers.append((el.get("schemeID"), text(el)))
    vat_number = None
    for scheme in party.findall("cac:PartyTaxScheme", NS):
        if (_t(scheme, "cac:TaxScheme/cbc:ID") or "VAT").upper() == "VAT":
            vat_number = _t(scheme, "cbc:CompanyID")
            if vat_number:
                vat_number = vat_number.replace(" ", "")
                break
    address = party.find("cac:PostalAddress", NS)
    return Party(
        name=_t(party, "cac:PartyName/cbc:Name") or _t(legal, "cbc:RegistrationName"),
        kvk=pick_kvk(identifiers, country),
        vat_number=compact_vat(vat_number),
        address=join_address(
            _t(address, "cbc:StreetName"),
            _t(address, "cbc:AdditionalStreetName"),
            " ".join(p for p in (_t(address, "cbc:PostalZone"), _t(address, "cbc:CityName")) if p)
            or None,
            country,
        ),
        email=_t(party, "cac:Contact/cbc:ElectronicMail"),
        country=country,
    )
