"""Check a read document and its booking proposal; every failed check becomes a Finding.

Each :class:`Finding` says in Dutch (and English) what is wrong and what the reviewer should do;
the services turn them into comments on the document. Severity "error" blocks automatic booking,
"warning" asks for a look, "info" only tells. The document checks live here (totals, VAT rates,
required fields, duplicates, limits, the relation's question setting); the checks on the
relation (unknown, uncertain, duplicate invoice, IBAN changed) and on the proposed booking live in
``validation_booking`` and are run from :func:`validate` too.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from app.pipeline.coding_support import ZERO, euro, finding, q2
from app.pipeline.invoice import InvoiceData
from app.pipeline.matching import MatchResult, NewRelationProposal
from app.pipeline.processing_types import (
    AdminIdentity,
    AdminSettings,
    BookingProposal,
    Finding,
    MasterDataRef,
    RelationRef,
    rate_key,
)
from app.pipeline.validation_booking import (
    ExistingInvoice,
    check_duplicates,
    check_iban,
    check_proposal,
    check_relation,
    norm_invoice_number,
)
from app.pipeline.vat_rates import is_dutch

TOTAL_TOLERANCE = Decimal("0.01")
VAT_TOLERANCE = Decimal("0.02")
LOW_RATE_CHANGE = date(2019, 1, 1)
FIELD_NAMES_NL = {
    "invoice_number": "factuurnummer",
    "invoice_date": "factuurdatum",
    "due_date": "vervaldatum",
    "total_excl_vat": "totaal excl. btw",
    "total_vat": "btw-bedrag",
    "total_incl_vat": "totaal incl. btw",
    "supplier.name": "naam leverancier",
    "supplier.iban": "IBAN",
    "supplier.vat_number": "btw-nummer leverancier",
    "supplier.kvk": "KvK-nummer leverancier",
    "customer.name": "naam klant",
    "customer.vat_number": "btw-nummer klant",
    "customer.kvk": "KvK-nummer klant",
    "currency": "valuta",
    "lines": "factuurregels",
    "vat_breakdown": "btw-specificatie",
    "payment_reference": "betalingskenmerk",
    "document_type": "documentsoort",
}


def check_totals(inv: InvoiceData) -> list[Finding]:
    """Lines vs net total, net + VAT vs total, VAT per rate vs rate × base."""
    out: list[Finding] = []
    net, vat, incl = inv.total_excl_vat, inv.total_vat, inv.total_incl_vat
    if incl is None:
        out.append(
            finding(
                "missing_total",
                "error",
                "Het totaalbedrag is niet gelezen. Vul het totaal incl. btw in.",
                "The total amount was not read. Fill in the total including VAT.",
                field="total_incl_vat",
            )
        )
    priced = [ln.amount for ln in inv.lines if ln.amount is not None]
    if priced and net is not None:
        lines_sum = sum(priced, ZERO)
        if abs(lines_sum - net) > TOTAL_TOLERANCE:
            out.append(
                finding(
                    "totals_lines_net",
                    "warning",
                    f"De regels tellen op tot {euro(lines_sum)}, het totaal excl. btw is "
                    f"{euro(net)}. Controleer de regels en het totaal.",
                    f"The lines add up to {euro(lines_sum)}, the net total is {euro(net)}. "
                    "Check the lines and the total.",
                    field="total_excl_vat",
                    lines_sum=str(lines_sum),
                )
            )
    if net is not None and vat is not None and incl is not None and net + vat != incl:
        out.append(
            finding(
                "totals_net_vat_total",
                "error",
                f"Excl. btw {euro(net)} plus btw {euro(vat)} is niet het totaal {euro(incl)}. "
                "Controleer de drie bedragen.",
                f"Net {euro(net)} plus VAT {euro(vat)} is not the total {euro(incl)}. Check the "
                "three amounts.",
                field="total_incl_vat",
                difference=str(incl - net - vat),
            )
        )
    for row in inv.vat_breakdown:
        expected = q2(row.base * row.rate / 100)
        if abs(expected - row.amount) > VAT_TOLERANCE and row.category not in ("AE", "K", "G"):
            out.append(
                finding(
                    "totals_vat_rate",
                    "warning",
                    f"Btw {rate_key(row.rate)}% over {euro(row.base)} is {euro(expected)}, op de "
                    f"factuur staat {euro(row.amount)}. Controleer het btw-bedrag.",
                    f"VAT {rate_key(row.rate)}% of {euro(row.base)} is {euro(expected)}, the "
                    f"invoice says {euro(row.amount)}. Check the VAT amount.",
                    field="vat_breakdown",
                    rate=rate_key(row.rate),
                )
            )
    if inv.vat_breakdown and net is not None:
        bases = sum((row.base for row in inv.vat_breakdown), ZERO)
        if abs(bases - net) > TOTAL_TOLERANCE:
            out.append(
                finding(
                    "totals_breakdown_base",
                    "warning",
                    f"De grondslagen per btw-tarief tellen op tot {euro(bases)}, het totaal excl. "
                    f"btw is {euro(net)}. Controleer de btw-specificatie.",
                    f"The bases per VAT rate add up to {euro(bases)}, the net total is "
                    f"{euro(net)}. Check the VAT breakdown.",
                    field="vat_breakdown",
                )
            )
    if inv.vat_breakdown and vat is not None:
        summed = sum((row.amount for row in inv.vat_breakdown), ZERO)
        if abs(summed - vat) > TOTAL_TOLERANCE:
            out.append(
                finding(
                    "totals_vat_breakdown",
                    "warning",
                    f"De btw per tarief telt op tot {euro(summed)}, het btw-totaal is {euro(vat)}. "
                    "Controleer de btw-specificatie.",
                    f"The VAT per rate adds up to {euro(summed)}, the VAT total is {euro(vat)}. "
                    "Check the VAT breakdown.",
                    field="total_vat",
                )
            )
    return out


def check_vat_rate_dates(inv: InvoiceData) -> list[Finding]:
    """9% before 2019 or 6% from 2019 on: the low rate does not fit the invoice date.

    Dutch rates only: a Belgian or Swedish supplier charges 6% on any date.
    """
    if inv.invoice_date is None or not is_dutch(inv.supplier.vat_number):
        return []
    wrong = Decimal("9") if inv.invoice_date < LOW_RATE_CHANGE else Decimal("6")
    rates = {row.rate for row in inv.vat_breakdown} | {
        ln.vat_rate for ln in inv.lines if ln.vat_rate is not None
    }
    if wrong not in rates:
        return []
    return [
        finding(
            "vat_rate_date",
            "warning",
            f"Het lage btw-tarief was {'6' if wrong == 9 else '9'}% op "
            f"{inv.invoice_date:%d-%m-%Y}, de factuur rekent {rate_key(wrong)}%. Controleer "
            "het tarief en de factuurdatum.",
            f"The low VAT rate was {'6' if wrong == 9 else '9'}% on {inv.invoice_date:%Y-%m-%d}, "
            f"the invoice charges {rate_key(wrong)}%. Check the rate and the invoice date.",
            field="vat_breakdown",
        )
    ]


def check_required(inv: InvoiceData) -> list[Finding]:
    out: list[Finding] = []
    if not (inv.invoice_number or "").strip():
        out.append(
            finding(
                "missing_invoice_number",
                "error",
                "Het factuurnummer is niet gelezen. Vul het factuurnummer in.",
                "The invoice number was not read. Fill in the invoice number.",
                field="invoice_number",
            )
        )
    if inv.invoice_date is None:
        out.append(
            finding(
                "missing_invoice_date",
                "error",
                "De factuurdatum is niet gelezen. Vul de factuurdatum in.",
                "The invoice date was not read. Fill in the invoice date.",
                field="invoice_date",
            )
        )
    return out


def check_attention(
    inv: InvoiceData, relation: RelationRef | None, admin: AdminSettings
) -> list[Finding]:
    """Amount above the automatic-booking limit, "always ask", unsure fields."""
    out: list[Finding] = []
    limit = admin.auto_booking_limit
    if limit is not None and inv.total_incl_vat is not None and abs(inv.total_incl_vat) > limit:
        out.append(
            finding(
                "above_auto_limit",
                "warning",
                f"Het bedrag {euro(inv.total_incl_vat)} is hoger dan de grens voor automatisch "
                f"boeken ({euro(limit)}). Controleer de boeking voordat je exporteert.",
                f"The amount {euro(inv.total_incl_vat)} is above the automatic-booking limit "
                f"({euro(limit)}). Check the booking before exporting.",
                field="total_incl_vat",
            )
        )
    questions = relation.settings.questions if relation else "unsure"
    if questions == "always":
        out.append(
            finding(
                "always_ask",
                "warning",
                "Bij deze relatie wordt altijd om controle gevraagd. Controleer en exporteer.",
                "This relation is set to always ask. Review and export.",
            )
        )
    elif questions == "unsure":
        for name, info in inv.fields.items():
            if info.confidence < admin.confidence_threshold:
                label = FIELD_NAMES_NL.get(name, name)
                out.append(
                    finding(
                        "low_confidence",
                        "warning",
                        f"Het veld '{label}' is onzeker gelezen. Controleer het op het document.",
                        f"The field '{name}' was read with low confidence. Check it on the "
                        "document.",
                        field=name,
                        confidence=info.confidence,
                    )
                )
    return out


def validate(
    inv: InvoiceData,
    direction: str,
    relation: RelationRef | None,
    match: MatchResult | None,
    proposal: BookingProposal | None,
    master: MasterDataRef,
    admin: AdminSettings,
    identity: AdminIdentity,
    existing: Iterable[ExistingInvoice] = (),
    new_relation: NewRelationProposal | None = None,
) -> list[Finding]:
    """Every check on one document; ``new_relation`` (from ``matching.propose_new_relation``)
    goes into the unknown-relation finding."""
    if direction == "other":
        return []
    findings = check_relation(relation, match, new_relation, direction, admin)
    findings += check_required(inv)
    findings += check_totals(inv)
    findings += check_vat_rate_dates(inv)
    findings += check_duplicates(inv, relation, existing)
    findings += check_iban(inv, direction, relation, identity)
    findings += check_attention(inv, relation, admin)
    if proposal is not None:
        findings += check_proposal(inv, proposal, relation, master)
    return findings


__all__ = ["ExistingInvoice", "norm_invoice_number", "validate"]
