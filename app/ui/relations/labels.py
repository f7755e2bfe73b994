"""Translated words of the relation list and its dialogs: coding rules, question modes,
relation types, discount kinds, partner/project coding modes and the advanced-setting badges.

The services give Dutch labels; the window shows these instead so the English interface reads
English. Each function translates at call time (``QCoreApplication.translate`` with context
``Relations``), so a language switch takes effect on the next repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Relations", text)


def coding_rules() -> dict[str, str]:
    return {
        "fixed": _t("Vaste codering"),
        "vat": _t("Btw-codering"),
        "article": _t("Artikelcodering"),
        "specific": _t("Specifieke codering"),
        "summary": _t("Samenvattingcodering"),
    }


def question_modes() -> dict[str, str]:
    return {"always": _t("Altijd"), "never": _t("Nooit"), "unsure": _t("Bij twijfel")}


def relation_types() -> dict[str, str]:
    return {
        "supplier": _t("Leverancier"),
        "customer": _t("Klant"),
        "both": _t("Klant en leverancier"),
    }


def discount_kinds() -> dict[str, str]:
    return {
        "none": _t("Geen korting"),
        "percentage": _t("Percentage"),
        "fixed": _t("Vast bedrag"),
        "difference": _t("Verschil in bedrag"),
    }


def assign_modes() -> dict[str, str]:
    return {
        "relation": _t("Per relatie"),
        "gl": _t("Per grootboekrekening"),
        "manual": _t("Handmatig (op het document)"),
    }


# badge glyph and colour of each advanced setting in the "Instellingen" column
BADGES = {
    "kvk": ("K", "#2563a8"),
    "dual": ("⇄", "#7c3aed"),
    "discount": ("%", "#1e7b4a"),
    "column_split": ("⫽", "#9a6700"),
    "partner": ("P", "#0e7490"),
    "project": ("▣", "#be185d"),
    "intercompany": ("RC", "#475569"),
}


def advanced_names() -> dict[str, str]:
    return {
        "kvk": _t("KvK-nummer"),
        "dual": _t("Duale relatie"),
        "discount": _t("Korting"),
        "column_split": _t("Kolom splitsen"),
        "partner": _t("Partnercodering"),
        "project": _t("Projectcodering"),
        "intercompany": _t("Rekening-courant"),
    }
