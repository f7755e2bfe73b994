"""The Dutch words of the relation list (SPEC.md §7): setting labels, choice labels, the
"specificaties" text and the advanced-settings icons with their tooltips.

One place for these texts so the relation page, the bulk-edit summary and the CLI say the same
thing. Everything here is a pure function of a :class:`RelationSettings`, the relation's KvK
number and a GL-name lookup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.pipeline.processing_types import RelationSettings

FIELD_LABELS = {
    "coding_rule": "Coderingsregel",
    "fixed_gl": "Vaste grootboekrekening",
    "vat_gl": "Grootboekrekening per btw-tarief",
    "article_groups": "Artikelgroepen",
    "specific_articles": "Specifieke artikelen",
    "default_vat_codes": "Btw-code per tarief",
    "allowed_vat_rates": "Toegestane btw-tarieven",
    "cost_centre": "Kostenplaats",
    "project": "Project",
    "questions": "Vragen",
    "dual_keywords": "Duale relatie (trefwoorden)",
    "discount_kind": "Soort korting",
    "discount_value": "Korting",
    "discount_gl": "Grootboekrekening korting",
    "column_split": "Kolom splitsen",
    "partner_mode": "Partnercodering",
    "partner_code": "Partnercode",
    "partner_by_gl": "Partner per grootboekrekening",
    "project_mode": "Projectcodering",
    "project_by_gl": "Project per grootboekrekening",
    "intercompany_relation": "Rekening-courant (relatie)",
    "intercompany_account": "Rekening-courant (grootboekrekening)",
    "known_ibans": "Bekende IBAN's",
    "kvk": "KvK-nummer",
}

CHOICE_LABELS = {
    "coding_rule": {
        "fixed": "Vaste codering",
        "vat": "Btw-codering",
        "article": "Artikelcodering",
        "specific": "Specifieke codering",
        "summary": "Samenvattingcodering",
    },
    "questions": {"always": "Altijd", "never": "Nooit", "unsure": "Bij twijfel"},
    "discount_kind": {
        "none": "Geen",
        "percentage": "Percentage",
        "fixed": "Vast bedrag",
        "difference": "Verschil in bedrag",
    },
    "partner_mode": {
        "relation": "Per relatie",
        "gl": "Per grootboekrekening",
        "manual": "Handmatig",
    },
    "project_mode": {
        "relation": "Per relatie",
        "gl": "Per grootboekrekening",
        "manual": "Handmatig",
    },
}

TYPE_LABELS = {"supplier": "Leverancier", "customer": "Klant", "both": "Klant en leverancier"}

# Key, short Dutch name of each advanced setting (the icon's name in the relation list).
ADVANCED_KEYS = {
    "kvk": "KvK",
    "dual": "Duale relatie",
    "discount": "Korting",
    "column_split": "Kolom splitsen",
    "partner": "Partnercodering",
    "project": "Projectcodering",
    "intercompany": "Rekening-courant",
}


@dataclass(frozen=True)
class AdvancedSetting:
    key: str  # one of ADVANCED_KEYS
    label: str
    tooltip: str


def _rate_sort(key: str) -> Decimal:
    try:
        return Decimal(key)
    except ArithmeticError:
        return Decimal("999")


def describe_value(name: str, value: Any) -> str:
    """A stored setting value as the Dutch summary shows it ("—" for empty)."""
    if name in CHOICE_LABELS:
        return CHOICE_LABELS[name].get(value, str(value))
    if value in (None, "", [], {}, ()):
        return "—"
    if name == "column_split":
        return ", ".join(f"{p['percentage']}% {p.get('gl_account') or ''}".strip() for p in value)
    if isinstance(value, dict):
        keys = sorted(value, key=_rate_sort) if name in ("vat_gl", "default_vat_codes") else value
        suffix = "%" if name in ("vat_gl", "default_vat_codes") else ""
        return ", ".join(f"{k}{suffix}={value[k]}" for k in keys)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def specifications(s: RelationSettings, gl_name: Callable[[str | None], str]) -> str:
    """The "specificaties" column: what the coding rule books where, with GL names."""
    parts: list[str] = []
    if s.coding_rule == "vat" and s.vat_gl:
        parts = [f"{rate}% {gl_name(s.vat_gl[rate])}" for rate in sorted(s.vat_gl, key=_rate_sort)]
    elif s.coding_rule in ("article", "specific"):
        groups = dict(s.article_groups)
        if s.coding_rule == "specific":
            groups.update(s.specific_articles)
        parts = [f"{key}: {gl_name(gl)}" for key, gl in list(groups.items())[:4]]
        if len(groups) > 4:
            parts.append(f"+{len(groups) - 4} meer")
    elif s.coding_rule == "summary":
        parts = ["Samenvatting van de factuur"]
    if s.fixed_gl and (s.coding_rule in ("fixed", "summary") or not parts):
        parts.append(gl_name(s.fixed_gl))
    if s.cost_centre:
        parts.append(f"kostenplaats {s.cost_centre}")
    if s.project:
        parts.append(f"project {s.project}")
    return " · ".join(parts) if parts else "—"


def _euro(amount: Decimal) -> str:
    text = f"{amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"€ {text}"


def advanced_settings(s: RelationSettings, kvk: str | None) -> tuple[AdvancedSetting, ...]:
    """The advanced settings applied to a relation, each with its Dutch tooltip."""
    out: list[AdvancedSetting] = []

    def add(key: str, tooltip: str) -> None:
        out.append(AdvancedSetting(key, ADVANCED_KEYS[key], tooltip))

    if kvk:
        add("kvk", f"KvK-nummer {kvk}: documenten worden ook op KvK-nummer herkend.")
    if s.dual_keywords:
        add(
            "dual",
            "Duale relatie: het document wisselt tussen inkoop en verkoop bij het "
            f"trefwoord {', '.join(repr(k) for k in s.dual_keywords)}.",
        )
    if s.discount_kind != "none":
        what = {
            "percentage": f"{s.discount_value}% korting",
            "fixed": f"vaste korting van {_euro(s.discount_value)}",
            "difference": "het verschil in bedrag wordt als korting geboekt",
        }[s.discount_kind]
        on = f" op grootboekrekening {s.discount_gl}" if s.discount_gl else ""
        add("discount", f"Korting: {what}{on}.")
    if s.column_split:
        shares = ", ".join(
            f"{p.percentage}%" + (f" op {p.gl_account}" if p.gl_account else "")
            for p in s.column_split
        )
        add("column_split", f"Kolom splitsen: elke regel wordt verdeeld ({shares}).")
    if s.partner_code or s.partner_by_gl or s.partner_mode != "relation":
        how = {
            "relation": f"per relatie (partner {s.partner_code})",
            "gl": "per grootboekrekening",
            "manual": "handmatig op het document",
        }
        add("partner", f"Partnercodering: {how[s.partner_mode]}.")
    if s.project or s.project_by_gl or s.project_mode != "relation":
        how = {
            "relation": f"per relatie (project {s.project})",
            "gl": "per grootboekrekening",
            "manual": "handmatig op het document",
        }
        add("project", f"Projectcodering: {how[s.project_mode]}.")
    if s.intercompany_relation or s.intercompany_account:
        rel = f" van relatie {s.intercompany_relation}" if s.intercompany_relation else ""
        acc = f", via rekening-courant {s.intercompany_account}" if s.intercompany_account else ""
        add("intercompany", f"Rekening-courant: boeken op de grootboekrekeningen{rel}{acc}.")
    return tuple(out)
