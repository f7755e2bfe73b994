"""Write a generated invoice's truth as an SI-UBL 2.0 (NLCIUS) e-invoice, for demo content.

The output follows the UBL 2.1 Invoice/CreditNote structure with the NLCIUS customization id,
KvK as PartyLegalEntity CompanyID (scheme 0106), VAT per rate in TaxSubtotals and the IBAN in
PaymentMeans, so the e-invoice reader treats it like any supplier's e-invoice.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0"


def _amt(value: str | Decimal, currency: str) -> str:
    return f'currencyID="{currency}">{Decimal(value).copy_abs():.2f}'


def _party(tag: str, p: dict[str, Any], iban: bool = False) -> str:
    name = escape(p.get("name") or "")
    vat = p.get("vat_number")
    kvk = p.get("kvk")
    return f"""  <cac:{tag}><cac:Party>
    <cac:PartyName><cbc:Name>{name}</cbc:Name></cac:PartyName>
    <cac:PostalAddress><cac:Country><cbc:IdentificationCode>{(vat or "NL")[:2]}</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    {f"<cac:PartyTaxScheme><cbc:CompanyID>{vat}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>" if vat else ""}
    <cac:PartyLegalEntity><cbc:RegistrationName>{name}</cbc:RegistrationName>{f'<cbc:CompanyID schemeID="0106">{kvk}</cbc:CompanyID>' if kvk else ""}</cac:PartyLegalEntity>
  </cac:Party></cac:{tag}>"""


def truth_to_ubl(truth: dict[str, Any]) -> bytes:
    """An SI-UBL 2.0 document for ``truth`` (the ``extract --json`` shape of a generated invoice)."""
    cur = truth.get("currency") or "EUR"
    credit = truth.get("document_type") == "credit_note"
    root = "CreditNote" if credit else "Invoice"
    line_tag = "CreditNoteLine" if credit else "InvoiceLine"
    qty_tag = "CreditedQuantity" if credit else "InvoicedQuantity"
    sup = truth.get("supplier") or {}
    subtotals = "".join(
        f"""<cac:TaxSubtotal><cbc:TaxableAmount {_amt(v["base"], cur)}</cbc:TaxableAmount>
      <cbc:TaxAmount {_amt(v["amount"], cur)}</cbc:TaxAmount>
      <cac:TaxCategory><cbc:ID>{"S" if Decimal(v["rate"]) else "Z"}</cbc:ID><cbc:Percent>{v["rate"]}</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>"""
        for v in truth.get("vat_breakdown") or []
    )
    lines = "".join(
        f"""<cac:{line_tag}><cbc:ID>{i}</cbc:ID><cbc:{qty_tag} unitCode="C62">{Decimal(ln.get("quantity") or 1).copy_abs()}</cbc:{qty_tag}>
    <cbc:LineExtensionAmount {_amt(ln["amount"], cur)}</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>{escape(ln.get("description") or "")}</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>{"S" if Decimal(ln.get("vat_rate") or 0) else "Z"}</cbc:ID><cbc:Percent>{ln.get("vat_rate") or 0}</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
    <cac:Price><cbc:PriceAmount {_amt(ln.get("unit_price") or ln["amount"], cur)}</cbc:PriceAmount></cac:Price></cac:{line_tag}>"""
        for i, ln in enumerate(truth.get("lines") or [], 1)
    )
    type_code = (
        "<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>"
        if credit
        else "<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>"
    )
    due = (
        f"<cbc:DueDate>{truth['due_date']}</cbc:DueDate>"
        if truth.get("due_date") and not credit
        else ""
    )
    ref = truth.get("payment_reference")
    payment_id = f"<cbc:PaymentID>{escape(ref)}</cbc:PaymentID>" if ref else ""
    payee = (
        f"<cac:PayeeFinancialAccount><cbc:ID>{sup['iban']}</cbc:ID></cac:PayeeFinancialAccount>"
        if sup.get("iban")
        else ""
    )
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<{root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:{root}-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>{CUSTOMIZATION}</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>{escape(truth["invoice_number"])}</cbc:ID>
  <cbc:IssueDate>{truth["invoice_date"]}</cbc:IssueDate>
  {due}
  {type_code}
  <cbc:DocumentCurrencyCode>{cur}</cbc:DocumentCurrencyCode>
{_party("AccountingSupplierParty", sup)}
{_party("AccountingCustomerParty", truth.get("customer") or {})}
  <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>{payment_id}
    {payee}</cac:PaymentMeans>
  <cac:TaxTotal><cbc:TaxAmount {_amt(truth["total_vat"], cur)}</cbc:TaxAmount>{subtotals}</cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount {_amt(truth["total_excl_vat"], cur)}</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount {_amt(truth["total_excl_vat"], cur)}</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount {_amt(truth["total_incl_vat"], cur)}</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount {_amt(truth["total_incl_vat"], cur)}</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
{lines}
</{root}>
"""
    return xml.encode("utf-8")
