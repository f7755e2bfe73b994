"""Checks on the matched relation and on the proposed booking, as Findings for the reviewer.

An unknown relation gets a finding carrying the data read from the document so the reviewer can
create it in one step; an uncertain name match asks to confirm the relation; a supplier IBAN that
is not one of the relation's known accounts is a fraud warning; an invoice number (or amount and
date) the relation already sent is a duplicate. The booking checks:
the period of the invoice date must exist and be open, the VAT rates must be allowed for the
relation, GL accounts, cost centres and projects must exist in the master data and not be
blocked, and the booking must balance. The coding step's own notes (fallback accounts, rounding)
are passed on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal

from app.pipeline.coding_support import euro, finding
from app.pipeline.invoice import InvoiceData
from app.pipeline.matching import MatchResult, NewRelationProposal
from app.pipeline.processing_ids import norm_iban
from app.pipeline.processing_types import (
    AdminIdentity,
    AdminSettings,
    BookingProposal,
    Finding,
    MasterDataRef,
    RelationRef,
    rate_key,
)

UNSURE_NAME_SCORE = 0.9


@dataclass(frozen=True)
class ExistingInvoice:
    """Key of an invoice already in the administration, passed in to find duplicates."""

    relation_code: str | None
    invoice_number: str | None
    total_incl_vat: Decimal | None
    invoice_date: date | None
    document_id: int | None = None


def norm_invoice_number(number: str | None) -> str:
    """Invoice number without spaces, dashes, dots, slashes, case or leading zeros."""
    return re.sub(r"[\s\-./_#]", "", number or "").casefold().lstrip("0")


def check_relation(
    relation: RelationRef | None,
    match: MatchResult | None,
    new_relation: NewRelationProposal | None,
    direction: str,
    admin: AdminSettings,
) -> list[Finding]:
    """Unknown relation (with the data for a new one), or a name match that is not sure."""
    who_nl = "klant" if direction == "sales" else "leverancier"
    who_en = "customer" if direction == "sales" else "supplier"
    if relation is None:
        data = asdict(new_relation) if new_relation else {}
        name = (new_relation.name if new_relation else None) or "?"
        return [
            finding(
                "relation_unknown",
                "error",
                f"De {who_nl} '{name}' is niet gevonden in de relaties. Kies de juiste relatie of "
                "maak een nieuwe aan met de gelezen gegevens.",
                f"The {who_en} '{name}' was not found among the relations. Choose the right "
                "relation or create a new one from the data read.",
                field="relation",
                proposal=data,
            )
        ]
    if match is not None and match.method == "name" and match.score < UNSURE_NAME_SCORE:
        return [
            finding(
                "relation_uncertain",
                "warning",
                f"De {who_nl} is alleen op naam herkend als {relation.name} ({relation.code}). "
                "Controleer de relatie.",
                f"The {who_en} was recognised by name only as {relation.name} "
                f"({relation.code}). Check the relation.",
                field="relation",
                score=match.score,
            )
        ]
    return []


def check_iban(
    inv: InvoiceData, direction: str, relation: RelationRef | None, admin: AdminIdentity
) -> list[Finding]:
    """Fraud warning: the supplier's IBAN is not one of the relation's known IBANs."""
    if direction != "purchase" or relation is None:
        return []
    read = norm_iban(inv.supplier.iban)
    own = {norm_iban(i) for i in admin.ibans}
    known = {norm_iban(i) for i in (*relation.ibans, *relation.settings.known_ibans)}
    if not read or read in own or not known or read in known:
        return []
    return [
        finding(
            "iban_changed",
            "error",
            f"Let op: IBAN {read} op de factuur is niet het bekende rekeningnummer van "
            f"{relation.name}. Bel de leverancier via een bekend nummer voordat er betaald wordt.",
            f"Warning: IBAN {read} on the invoice is not a known account of {relation.name}. "
            "Call the supplier on a known number before anything is paid.",
            field="supplier.iban",
            iban=read,
        )
    ]


def check_duplicates(
    inv: InvoiceData, relation: RelationRef | None, existing: Iterable[ExistingInvoice]
) -> list[Finding]:
    """Same relation and invoice number (error), or same relation, amount and date (warning)."""
    if relation is None:
        return []
    number = norm_invoice_number(inv.invoice_number)
    for other in existing:
        if other.relation_code != relation.code:
            continue
        if number and norm_invoice_number(other.invoice_number) == number:
            return [
                finding(
                    "duplicate_invoice",
                    "error",
                    f"Factuur {inv.invoice_number} van {relation.name} is al eerder ingeboekt. "
                    "Controleer of dit een dubbele factuur is en verwijder hem dan.",
                    f"Invoice {inv.invoice_number} from {relation.name} was booked before. Check "
                    "whether this is a duplicate and if so delete it.",
                    field="invoice_number",
                    document_id=other.document_id,
                )
            ]
        if (
            inv.total_incl_vat is not None
            and inv.invoice_date is not None
            and other.total_incl_vat == inv.total_incl_vat
            and other.invoice_date == inv.invoice_date
        ):
            return [
                finding(
                    "possible_duplicate",
                    "warning",
                    f"Er is al een factuur van {relation.name} van {euro(inv.total_incl_vat)} op "
                    f"{inv.invoice_date:%d-%m-%Y}. Controleer of dit dezelfde factuur is.",
                    f"There is already an invoice from {relation.name} of "
                    f"{euro(inv.total_incl_vat)} on {inv.invoice_date:%Y-%m-%d}. Check whether "
                    "it is the same invoice.",
                    field="total_incl_vat",
                    document_id=other.document_id,
                )
            ]
    return []


def check_period(inv: InvoiceData, master: MasterDataRef) -> list[Finding]:
    """The invoice date falls in a known, open period."""
    if inv.invoice_date is None or not master.periods:
        return []
    day = inv.invoice_date
    for p in master.periods:
        if p.start <= day <= p.end:
            if not p.closed:
                return []
            return [
                finding(
                    "period_closed",
                    "error",
                    f"Periode {p.year}/{p.period:02d} van de factuurdatum {day:%d-%m-%Y} is "
                    "afgesloten. Kies een open periode of laat de periode heropenen.",
                    f"Period {p.year}/{p.period:02d} of the invoice date {day:%Y-%m-%d} is "
                    "closed. Choose an open period or have the period reopened.",
                    field="invoice_date",
                    period=[p.year, p.period],
                )
            ]
    return [
        finding(
            "period_missing",
            "error",
            f"Er is geen boekperiode voor {day:%d-%m-%Y}. Synchroniseer de stamgegevens of "
            "kies een periode.",
            f"There is no financial period for {day:%Y-%m-%d}. Synchronise the master data or "
            "choose a period.",
            field="invoice_date",
        )
    ]


def check_vat_allowed(proposal: BookingProposal, relation: RelationRef | None) -> list[Finding]:
    """Rates outside the relation's allowed rates (or, under VAT coding, rates without a GL)."""
    if relation is None:
        return []
    s = relation.settings
    allowed = set(s.allowed_vat_rates)
    if not allowed and s.coding_rule == "vat" and s.vat_gl:
        allowed = set(s.vat_gl)
    if not allowed:
        return []
    out: list[Finding] = []
    used = {rate_key(ln.vat_rate) for ln in proposal.lines if ln.vat_rate is not None}
    for rate in sorted(used - allowed):
        out.append(
            finding(
                "vat_rate_not_allowed",
                "warning",
                f"Btw-tarief {rate}% is niet toegestaan bij {relation.name}. Controleer het "
                "tarief of pas de instellingen van de relatie aan.",
                f"VAT rate {rate}% is not allowed for {relation.name}. Check the rate or change "
                "the relation's settings.",
                field="vat_breakdown",
                rate=rate,
            )
        )
    return out


def check_master_data(proposal: BookingProposal, master: MasterDataRef) -> list[Finding]:
    """GL accounts, cost centres and projects exist and GL accounts are not blocked."""
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for ln in proposal.all_lines():
        problems: list[tuple[str, str, str, str]] = []
        gl = ln.gl_account
        if gl and master.gl_accounts:
            account = master.gl_accounts.get(gl)
            if account is None:
                problems.append(("gl_unknown", gl, "Grootboekrekening", "GL account"))
            elif account.blocked:
                problems.append(("gl_blocked", gl, "Grootboekrekening", "GL account"))
        if ln.cost_centre and master.cost_centres and ln.cost_centre not in master.cost_centres:
            problems.append(("cost_centre_unknown", ln.cost_centre, "Kostenplaats", "Cost centre"))
        if ln.project and master.projects and ln.project not in master.projects:
            problems.append(("project_unknown", ln.project, "Project", "Project"))
        for code, value, nl, en in problems:
            if (code, value) in seen:
                continue
            seen.add((code, value))
            state_nl = "is geblokkeerd" if code == "gl_blocked" else "bestaat niet"
            state_en = "is blocked" if code == "gl_blocked" else "does not exist"
            out.append(
                finding(
                    code,
                    "error",
                    f"{nl} {value} {state_nl} in de administratie. Kies een andere of "
                    "synchroniseer de stamgegevens.",
                    f"{en} {value} {state_en} in the administration. Choose another or "
                    "synchronise the master data.",
                    field="lines",
                    value=value,
                )
            )
    return out


def check_proposal(
    inv: InvoiceData,
    proposal: BookingProposal,
    relation: RelationRef | None,
    master: MasterDataRef,
) -> list[Finding]:
    """The booking checks plus the coding step's own notes."""
    out = list(proposal.notes)
    out += check_period(inv, master)
    out += check_vat_allowed(proposal, relation)
    out += check_master_data(proposal, master)
    if not proposal.is_balanced():
        diff = (proposal.total_incl_vat or 0) - proposal.booked_total()
        out.append(
            finding(
                "booking_unbalanced",
                "error",
                f"De boeking sluit niet: er is {euro(diff)} verschil met het factuurtotaal. Pas "
                "de regels aan.",
                f"The booking does not balance: {euro(diff)} off the invoice total. Adjust the "
                "lines.",
                field="lines",
            )
        )
    return out
