"""The advanced relation settings of SPEC.md §7 applied to a booking proposal's lines.

Discounts (a percentage, a fixed amount, or the difference between the invoice lines and the
invoice's net total) become separate negative lines on the discount GL account per VAT rate, so
the gross amounts stay visible. Partner and project codes come from the relation, from a table
per GL account, or are left for the reviewer to fill in by hand. The relation's cost centre goes
on every line. Intercompany (rekening-courant) books onto another relation's GL accounts, or
onto one current account. A column split (kolom splitsen) divides every line by percentages over
GL accounts, cost centres or projects. Every step keeps amounts exact to the cent.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from app.pipeline.coding_buckets import RateBucket
from app.pipeline.coding_support import ZERO, distribute, euro, finding, q2
from app.pipeline.processing_types import (
    Finding,
    ProposedLine,
    RelationRef,
    RelationSettings,
    rate_key,
)

CODING_KEYS = ("coding_rule", "fixed_gl", "vat_gl", "article_groups", "specific_articles")


def intercompany_settings(
    own: RelationSettings, relations_by_code: dict[str, RelationRef] | None
) -> tuple[RelationSettings, str | None]:
    """The settings to code with: the other relation's coding for an intercompany relation."""
    code = own.intercompany_relation
    if not code or not relations_by_code or code not in relations_by_code:
        return own, None
    other = relations_by_code[code].settings
    merged = replace(own, **{k: getattr(other, k) for k in CODING_KEYS})
    return merged, code


def apply_discount(
    buckets: list[RateBucket],
    settings: RelationSettings,
    from_lines: bool,
    sign: int,
    fallback_gl: str | None,
) -> list[Finding]:
    """Add a discount line per rate; ``from_lines``: the bucket lines are the invoice's own
    (gross) lines, otherwise each bucket holds one net line that is grossed up."""
    kind = settings.discount_kind
    if kind == "none" or not buckets:
        return []
    notes: list[Finding] = []
    gl = settings.discount_gl or fallback_gl
    if settings.discount_gl is None:
        notes.append(
            finding(
                "coding_discount_gl",
                "warning",
                "Geen grootboekrekening voor korting ingesteld bij deze relatie; vul die in.",
                "No GL account set for discounts on this relation; please fill it in.",
            )
        )
    value = settings.discount_value
    discounts: list[Decimal]
    if kind == "percentage":
        if from_lines:
            discounts = [q2(b.line_sum() * value / 100) for b in buckets]
        else:
            discounts = [q2(b.base / (1 - value / 100)) - b.base for b in buckets]
        label = f"Korting {rate_key(value)}%"
    elif kind == "fixed":
        weights = [b.line_sum() if from_lines else b.base for b in buckets]
        discounts = distribute(sign * value, weights)
        label = f"Korting {euro(value)}"
    else:  # difference
        if from_lines:
            discounts = [b.line_sum() - b.base for b in buckets]
        else:
            discounts = [
                b.doc_line_sum - b.base if b.doc_line_sum is not None else ZERO for b in buckets
            ]
        label = "Korting (verschil)"
    for bucket, discount in zip(buckets, discounts, strict=True):
        if discount == 0:
            continue
        if not from_lines and bucket.lines:
            bucket.lines[0].amount += discount  # gross up the net line
        bucket.lines.append(ProposedLine(gl, f"{label} ({rate_key(bucket.rate)}% btw)", -discount))
    return notes


def apply_dimensions(
    lines: list[ProposedLine],
    settings: RelationSettings,
    partner_default: str | None,
) -> list[Finding]:
    """Cost centre, project and partner code on every line, per the relation's settings."""
    notes: list[Finding] = []
    for ln in lines:
        if settings.intercompany_account:
            ln.gl_account = settings.intercompany_account
        ln.cost_centre = ln.cost_centre or settings.cost_centre
        if settings.project_mode == "relation":
            ln.project = ln.project or settings.project
        elif settings.project_mode == "gl":
            ln.project = ln.project or settings.project_by_gl.get(ln.gl_account or "")
        if settings.partner_mode == "relation":
            ln.partner = ln.partner or settings.partner_code or partner_default
        elif settings.partner_mode == "gl":
            ln.partner = ln.partner or settings.partner_by_gl.get(ln.gl_account or "")
    for what, mode, nl, en in (
        ("project", settings.project_mode, "projectcode", "project code"),
        ("partner", settings.partner_mode, "partnercode", "partner code"),
    ):
        if mode == "manual":
            notes.append(
                finding(
                    f"coding_manual_{what}",
                    "info",
                    f"De {nl} wordt bij deze relatie met de hand ingevuld; vul die per regel in.",
                    f"This relation's {en} is entered by hand; fill it in on each line.",
                    field=f"lines.{what}",
                )
            )
    return notes


def apply_column_split(lines: list[ProposedLine], settings: RelationSettings) -> list[ProposedLine]:
    """Every line split by the column-split percentages; parts add up to the line exactly."""
    parts = settings.column_split
    if not parts:
        return lines
    weights = [p.percentage for p in parts]
    out: list[ProposedLine] = []
    for ln in lines:
        amounts = distribute(ln.amount, weights)
        vats = distribute(ln.vat_amount, weights)
        for part, amount, vat in zip(parts, amounts, vats, strict=True):
            out.append(
                replace(
                    ln,
                    description=f"{ln.description} ({rate_key(part.percentage)}%)",
                    amount=amount,
                    vat_amount=vat,
                    gl_account=part.gl_account or ln.gl_account,
                    cost_centre=part.cost_centre or ln.cost_centre,
                    project=part.project or ln.project,
                )
            )
    return out
