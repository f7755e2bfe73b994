"""Read a UN/CEFACT Cross Industry Invoice (EN 16931 CII: Factur-X, ZUGFeRD 2, XRechnung).

Maps ``ExchangedDocument`` (number, type code, issue date), the header trade agreement (seller and
buyer: name, KvK via scheme 0106 or a Dutch legal registration, VAT id with scheme ``VA``,
address, e-mail), and the header trade settlement (currency, payment reference, the seller's IBAN,
VAT per rate from ``ApplicableTradeTax``, due date from ``SpecifiedTradePaymentTerms``, totals
from the monetary summation) plus the trade line items onto :class:`InvoiceData`. Profiles without
lines (Factur-X MINIMUM, BASIC WL) simply yield no lines.
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
from app.pipeline.einvoice.xmlsafe import cii_date, decimal, iban_or_none, text
from app.pipeline.invoice import InvoiceData, InvoiceLine, Party, VatLine

NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}
ROOT_NS = NS["rsm"]


def _t(el: Element | None, path: str) -> str | None:
    return text(el, path, NS)


def _d(el: Element | None, path: str) -> Decimal | None:
    return decimal(el, path, NS)


def _date(el: Element | None, path: str):
    if el is None:
        return None
    stamp = el.find(path + "/udt:DateTimeString", NS)
    if stamp is None:
        return None
    return cii_date(text(stamp), stamp.get("format"))


def read_cii(root: Element) -> InvoiceData:
    """Turn a parsed ``rsm:CrossIndustryInvoice`` root into an :class:`InvoiceData`."""
    doc = root.find("rsm:ExchangedDocument", NS)
    tx = root.find("rsm:SupplyChainTradeTransaction", NS)
    agreement = tx.find("ram:ApplicableHeaderTradeAgreement", NS) if tx is not None else None
    settlement = tx.find("ram:ApplicableHeaderTradeSettlement", NS) if tx is not None else None
    currency = _t(settlement, "ram:InvoiceCurrencyCode")
    inv = InvoiceData(
        source="cii",
        document_type=document_type_for(_t(doc, "ram:TypeCode")),
        invoice_number=_t(doc, "ram:ID"),
        invoice_date=_date(doc, "ram:IssueDateTime"),
        currency=currency,
        supplier=_party(
            agreement.find("ram:SellerTradeParty", NS) if agreement is not None else None
        ),
        customer=_party(
            agreement.find("ram:BuyerTradeParty", NS) if agreement is not None else None
        ),
    )
    if settlement is not None:
        inv.payment_reference = _t(settlement, "ram:PaymentReference")
        for means in settlement.findall("ram:SpecifiedTradeSettlementPaymentMeans", NS):
            account = means.find("ram:PayeePartyCreditorFinancialAccount", NS)
            iban = iban_or_none(_t(account, "ram:IBANID") or _t(account, "ram:ProprietaryID"))
            inv.supplier.iban = inv.supplier.iban or iban
        for terms in settlement.findall("ram:SpecifiedTradePaymentTerms", NS):
            inv.due_date = inv.due_date or _date(terms, "ram:DueDateDateTime")
        inv.vat_breakdown = [
            _vat_line(tax) for tax in settlement.findall("ram:ApplicableTradeTax", NS)
        ]
        _totals(inv, settlement.find("ram:SpecifiedTradeSettlementHeaderMonetarySummation", NS))
    if tx is not None:
        inv.lines = [_line(item) for item in tx.findall("ram:IncludedSupplyChainTradeLineItem", NS)]
    return finalize(inv)


def _totals(inv: InvoiceData, summation: Element | None) -> None:
    if summation is None:
        return
    inv.total_excl_vat = _d(summation, "ram:TaxBasisTotalAmount")
    inv.total_incl_vat = _d(summation, "ram:GrandTotalAmount")
    # BT-110 is in the invoice currency; BT-111 (same element) may repeat it in the VAT currency.
    amounts = summation.findall("ram:TaxTotalAmount", NS)
    chosen = next((a for a in amounts if a.get("currencyID") in (None, inv.currency)), None)
    if chosen is None and amounts:
        chosen = amounts[0]
    inv.total_vat = decimal(chosen)


def _vat_line(tax: Element) -> VatLine:
    return VatLine(
        rate=_d(tax, "ram:RateApplicablePercent") or Decimal("0"),
        base=_d(tax, "ram:BasisAmount") or Decimal("0"),
        amount=_d(tax, "ram:CalculatedAmount") or Decimal("0"),
        category=_t(tax, "ram:CategoryCode"),
    )


def _line(item: Element) -> InvoiceLine:
    product = item.find("ram:SpecifiedTradeProduct", NS)
    price_el = item.find("ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice", NS)
    price = _d(price_el, "ram:ChargeAmount")
    basis = _d(price_el, "ram:BasisQuantity")
    if price is not None and basis not in (None, Decimal("0")):
        price = price / basis
    settlement = item.find("ram:SpecifiedLineTradeSettlement", NS)
    return InvoiceLine(
        description=_t(product, "ram:Name") or _t(product, "ram:Description"),
        quantity=_d(item, "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity"),
        unit_price=price,
        amount=_d(
            settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"
        ),
        vat_rate=_d(settlement, "ram:ApplicableTradeTax/ram:RateApplicablePercent"),
        article_code=_t(product, "ram:SellerAssignedID"),
    )


def _party(party: Element | None) -> Party:
    if party is None:
        return Party()
    address = party.find("ram:PostalTradeAddress", NS)
    country = _t(address, "ram:CountryID")
    identifiers: list[tuple[str | None, str | None]] = []
    for path in (
        "ram:SpecifiedLegalOrganization/ram:ID",
        "ram:GlobalID",
        "ram:ID",
        "ram:URIUniversalCommunication/ram:URIID",
    ):
        for el in party.findall(path, NS):
            identifiers.append((el.get("schemeID"), text(el)))
    vat_number = None
    for reg in party.findall("ram:SpecifiedTaxRegistration/ram:ID", NS):
        if (reg.get("schemeID") or "VA").upper() == "VA" and text(reg):
            vat_number = (text(reg) or "").replace(" ", "")
            break
    return Party(
        name=_t(party, "ram:Name")
        or _t(party, "ram:SpecifiedLegalOrganization/ram:TradingBusinessName"),
        kvk=pick_kvk(identifiers, country),
        vat_number=compact_vat(vat_number),
        address=join_address(
            _t(address, "ram:LineOne"),
            _t(address, "ram:LineTwo"),
            " ".join(p for p in (_t(address, "ram:PostcodeCode"), _t(address, "ram:CityName")) if p)
            or None,
            country,
        ),
        email=_t(party, "ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:URIID"),
        country=country,
    )
