"""Propose the booking of a read invoice: journal, period, relation and balanced booking lines.

The invoice's VAT summary (or, without one, its lines or totals) fixes the net and VAT amount per
rate. The relation's coding rule turns that into lines: fixed coding (one GL account, a line per
rate), VAT coding and summary coding (a GL account per rate), article and specific coding (the
invoice's own lines, article groups and specific articles each onto their GL account). Then the
advanced settings (discounts, dimensions, intercompany, column split) are applied, VAT amounts
are spread over the lines per rate, and each line gets the administration's VAT code for its
rate, kind, direction and date. The booking always balances: the lines plus their VAT equal the
invoice total to the cent; a difference up to the tolerance goes into the largest line's VAT,
a bigger one onto a separate rounding line, and both are reported. Credit notes book negative.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.pipeline.coding_advanced import (
    apply_column_split,
    apply_dimensions,
    apply_discount,
    intercompany_settings,
)
from app.pipeline.coding_buckets import RateBucket, document_buckets
from app.pipeline.coding_support import (
    NO_VAT_KINDS,
    VAT_KIND_NL,
    ZERO,
    distribute,
    euro,
    find_vat_code,
    finding,
    pick_journal,
    pick_period,
)
from app.pipeline.doctype import is_credit
from app.pipeline.invoice import InvoiceData, InvoiceLine
from app.pipeline.processing_types import (
    AdminSettings,
    BookingProposal,
    Finding,
    MasterDataRef,
    ProposedLine,
    RelationRef,
    RelationSettings,
    rate_key,
)


def _rate_gl(settings: RelationSettings, rate: Decimal, admin: AdminSettings) -> str | None:
    if settings.coding_rule == "fixed":
        return settings.fixed_gl or admin.default_gl
    return settings.vat_gl.get(rate_key(rate)) or settings.fixed_gl or admin.default_gl


def article_gl(line: InvoiceLine, settings: RelationSettings) -> str | None:
    """GL of an invoice line: a specific article first, then the longest matching article group
    (article code prefix or a word in the description), else None."""
    code = (line.article_code or "").strip().casefold()
    desc = (line.description or "").strip().casefold()
    for key, gl in settings.specific_articles.items():
        if key.strip().casefold() in (code, desc):
            return gl
    for key in sorted(settings.article_groups, key=len, reverse=True):
        k = key.strip().casefold()
        if k and ((code and code.startswith(k)) or f" {k} " in f" {desc} "):
            return settings.article_groups[key]
    return None


def _find_bucket(line: InvoiceLine, buckets: list[RateBucket]) -> RateBucket | None:
    """The bucket of a line's rate; a line without a rate goes to the largest bucket."""
    if line.vat_rate is None:
        return max(buckets, key=lambda b: abs(b.base)) if buckets else None
    rate = Decimal(rate_key(line.vat_rate))
    return next((b for b in buckets if b.rate == rate), None)


def _bucket_for(line: InvoiceLine, buckets: list[RateBucket]) -> RateBucket:
    bucket = _find_bucket(line, buckets)
    if bucket is None:  # a rate the summary lacks: its net/VAT stay 0, the difference is reported
        rate = Decimal(rate_key(line.vat_rate))
        bucket = RateBucket(rate, "zero" if rate == 0 else "normal", ZERO, ZERO)
        buckets.append(bucket)
    return bucket


def _code(
    inv: InvoiceData,
    buckets: list[RateBucket],
    settings: RelationSettings,
    admin: AdminSettings,
    sign: int,
    notes: list[Finding],
) -> bool:
    """Fill the buckets' lines by coding rule; True when they are the invoice's own lines."""
    priced = [ln for ln in inv.lines if ln.amount is not None]
    for ln in priced:
        found = _find_bucket(ln, buckets)
        if found is not None:
            found.doc_line_sum = (found.doc_line_sum or ZERO) + sign * (ln.amount or ZERO)
    if settings.coding_rule in ("article", "specific") and priced and buckets:
        for ln in priced:
            bucket = _bucket_for(ln, buckets)
            gl = article_gl(ln, settings) or _rate_gl(settings, bucket.rate, admin)
            desc = ln.description or ln.article_code or "Factuurregel"
            bucket.lines.append(ProposedLine(gl, desc, sign * (ln.amount or ZERO)))
        return True
    if settings.coding_rule in ("article", "specific"):
        notes.append(
            finding(
                "coding_no_lines",
                "warning",
                "Artikelcodering ingesteld, maar de factuurregels zijn niet gelezen; geboekt per "
                "btw-tarief. Controleer de grootboekrekeningen.",
                "Article coding is set but no invoice lines were read; booked per VAT rate. "
                "Check the GL accounts.",
            )
        )
    label = "Samenvatting" if settings.coding_rule == "summary" else "Factuur"
    for b in buckets:
        desc = f"{label} {inv.invoice_number or ''} {rate_key(b.rate)}% btw".replace("  ", " ")
        b.lines.append(ProposedLine(_rate_gl(settings, b.rate, admin), desc, b.base))
    return False


def _reconcile(buckets: list[RateBucket], fallback_gl: str | None, tol: Decimal) -> list[Finding]:
    """Make each rate's lines add up to its net amount (small gaps into the largest line)."""
    notes: list[Finding] = []
    for b in buckets:
        diff = b.base - b.line_sum()
        if diff == 0 or not b.lines:
            continue
        if abs(diff) <= tol:
            max(b.lines, key=lambda ln: abs(ln.amount)).amount += diff
            continue
        b.lines.append(ProposedLine(fallback_gl, "Verschil regels en totaal excl. btw", diff))
        notes.append(
            finding(
                "coding_line_difference",
                "warning",
                f"De factuurregels tegen {rate_key(b.rate)}% btw tellen niet op tot het bedrag "
                f"excl. btw; het verschil van {euro(diff)} staat op een aparte regel. Controleer "
                "de regels.",
                f"The invoice lines at {rate_key(b.rate)}% VAT do not add up to the net amount; "
                f"the difference of {euro(diff)} is on a separate line. Check the lines.",
                field="lines",
                rate=rate_key(b.rate),
                difference=str(diff),
            )
        )
    return notes


def _vat(
    buckets: list[RateBucket],
    master: MasterDataRef,
    settings: RelationSettings,
    direction: str,
    on_date: date | None,
) -> list[Finding]:
    """Spread each rate's VAT over its lines and set the administration's VAT code."""
    notes: list[Finding] = []
    for b in buckets:
        booked = ZERO if b.kind in NO_VAT_KINDS else b.vat
        preferred = settings.default_vat_codes.get(rate_key(b.rate))
        code, problem = find_vat_code(master, b.rate, b.kind, direction, on_date, preferred)
        if problem:
            notes.append(
                finding(
                    "coding_vat_code",
                    "error" if code is None else "warning",
                    f"Btw-code: {problem}. Kies de juiste btw-code op de boekingsregels.",
                    f"VAT code: {problem}. Choose the right VAT code on the booking lines.",
                    field="lines.vat_code",
                    rate=rate_key(b.rate),
                )
            )
        if b.kind in NO_VAT_KINDS and b.vat != 0:
            notes.append(
                finding(
                    "coding_vat_not_booked",
                    "warning",
                    f"De factuur noemt {euro(b.vat)} btw bij {VAT_KIND_NL.get(b.kind, b.kind)}; "
                    "die wordt niet geboekt. Controleer of de btw terecht is berekend.",
                    f"The invoice states {euro(b.vat)} VAT under {b.kind.replace('_', ' ')}; "
                    "it is not booked. "
                    "Check whether VAT was charged rightly.",
                    field="total_vat",
                )
            )
        parts = distribute(booked, [ln.amount for ln in b.lines])
        for ln, vat in zip(b.lines, parts, strict=True):
            ln.vat_amount = vat
            ln.vat_code = code.code if code else None
            ln.vat_rate = b.rate
            ln.vat_kind = b.kind
    return notes


def _balance(proposal: BookingProposal, target: Decimal, admin: AdminSettings) -> list[Finding]:
    """Make lines + VAT equal the total: small differences in the largest line's VAT, else a
    separate rounding line."""
    diff = target - proposal.booked_total()
    if diff == 0:
        return []
    vat_lines = [ln for ln in proposal.lines if ln.vat_kind not in NO_VAT_KINDS]
    if vat_lines and abs(diff) <= admin.rounding_tolerance:
        largest = max(vat_lines, key=lambda ln: abs(ln.amount))
        largest.vat_amount += diff
        return [
            finding(
                "coding_rounding_vat",
                "info",
                f"Afrondingsverschil van {euro(diff)} verwerkt in de btw van de grootste regel.",
                f"Rounding difference of {euro(diff)} absorbed in the largest line's VAT.",
                field="total_vat",
                difference=str(diff),
            )
        ]
    gl = admin.rounding_gl or admin.default_gl
    proposal.rounding_line = ProposedLine(gl, "Afrondingsverschil", diff)
    return [
        finding(
            "coding_rounding_line",
            "warning",
            f"Regels plus btw wijken {euro(diff)} af van het factuurtotaal; het verschil staat op "
            "een afrondingsregel. Controleer de bedragen.",
            f"Lines plus VAT differ {euro(diff)} from the invoice total; the difference is on a "
            "rounding line. Check the amounts.",
            field="total_incl_vat",
            difference=str(diff),
        )
    ]


def propose_booking(
    inv: InvoiceData,
    direction: str,
    relation: RelationRef | None,
    master: MasterDataRef,
    admin: AdminSettings,
    credit: bool | None = None,
    relations_by_code: dict[str, RelationRef] | None = None,
) -> BookingProposal:
    """The booking proposal for a purchase or sales invoice (see the module docstring).

    ``relation`` is the matched relation (None: administration defaults, no relation code);
    ``credit`` defaults to :func:`doctype.is_credit`; ``relations_by_code`` resolves an
    intercompany relation.
    """
    own = relation.settings if relation else RelationSettings()
    settings, partner_default = intercompany_settings(own, relations_by_code)
    credit = is_credit(inv) if credit is None else credit
    sign = -1 if credit and (inv.total_incl_vat or ZERO) > 0 else 1
    if credit and inv.total_incl_vat is None:
        sign = -1 if sum((v.base for v in inv.vat_breakdown), ZERO) > 0 else 1
    notes: list[Finding] = []
    buckets = document_buckets(inv, sign)
    rated_lines = any(ln.vat_rate is not None and ln.amount is not None for ln in inv.lines)
    net_or_vat = inv.total_excl_vat is not None or inv.total_vat is not None
    if not (inv.vat_breakdown or rated_lines or net_or_vat):
        notes.append(
            finding(
                "coding_total_only",
                "warning",
                "Alleen het totaalbedrag is gelezen; de btw is onbekend en er is zonder btw "
                "geboekt. Vul het bedrag excl. btw en de btw in.",
                "Only the total was read; the VAT is unknown and nothing was booked as VAT. Fill "
                "in the net amount and the VAT.",
                field="total_vat",
            )
        )
    from_lines = _code(inv, buckets, settings, admin, sign, notes)
    fallback = settings.fixed_gl or admin.default_gl
    notes += apply_discount(buckets, settings, from_lines, sign, fallback)
    notes += _reconcile(buckets, fallback, admin.rounding_tolerance)
    notes += _vat(buckets, master, settings, direction, inv.invoice_date)
    lines = [ln for b in buckets for ln in b.lines]
    notes += apply_dimensions(lines, settings, partner_default)
    lines = apply_column_split(lines, settings)
    if any(ln.gl_account is None for ln in lines):
        notes.append(
            finding(
                "coding_no_gl",
                "error",
                "Niet elke boekingsregel heeft een grootboekrekening; stel de codering van de "
                "relatie in of vul de rekening in.",
                "Not every booking line has a GL account; set the relation's coding or fill in "
                "the account.",
                field="lines.gl_account",
            )
        )
    proposal = BookingProposal(
        journal=pick_journal(master, direction, admin),
        period=pick_period(master, inv.invoice_date),
        relation_code=relation.code if relation else None,
        direction=direction,
        lines=lines,
    )
    if inv.total_incl_vat is None:
        proposal.total_incl_vat = proposal.booked_total()
    else:
        proposal.total_incl_vat = sign * inv.total_incl_vat
        notes += _balance(proposal, proposal.total_incl_vat, admin)
    proposal.notes = notes
    return proposal
