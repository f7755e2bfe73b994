"""Translated words of the relation list and its dialogs: coding rules, question modes,
relation types, discount kinds, partner/project coding modes and the advanced-setting badges.

The services give Dutch labels; the window shows these instead so the English interface reads
English. Each function translates at call time (``QCoreApplication.translate`` with context
``Relations``), so a language switch takes effect on the next repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def coding_rules() -> dict[str, str]:
    return {
        "fixed": QCoreApplication.translate("Relations", "Vaste codering"),
        "vat": QCoreApplication.translate("Relations", "Btw-codering"),
        "article": QCoreApplication.translate("Relations", "Artikelcodering"),
        "specific": QCoreApplication.translate("Relations", "Specifieke codering"),
        "summary": QCoreApplication.translate("Relations", "Samenvattingcodering"),
    }


def question_modes() -> dict[str, str]:
    return {
        "always": QCoreApplication.translate("Relations", "Altijd"),
        "never": QCoreApplication.translate("Relations", "Nooit"),
        "unsure": QCoreApplication.translate("Relations", "Bij twijfel"),
    }


def relation_types() -> dict[str, str]:
    return {
        "supplier": QCoreApplication.translate("Relations", "Leverancier"),
        "customer": QCoreApplication.translate("Relations", "Klant"),
        "both": QCoreApplication.translate("Relations", "Klant en leverancier"),
    }


def discount_kinds() -> dict[str, str]:
    return {
        "none": QCoreApplication.translate("Relations", "Geen korting"),
        "percentage": QCoreApplication.translate("Relations", "Percentage"),
        "fixed": QCoreApplication.translate("Relations", "Vast bedrag"),
        "difference": QCoreApplication.translate("Relations", "Verschil in bedrag"),
    }


def assign_modes() -> dict[str, str]:
    return {
        "relation": QCoreApplication.translate("Relations", "Per relatie"),
        "gl": QCoreApplication.translate("Relations", "Per grootboekrekening"),
        "manual": QCoreApplication.translate("Relations", "Handmatig (op het document)"),
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
        "kvk": QCoreApplication.translate("Relations", "KvK-nummer"),
        "dual": QCoreApplication.translate("Relations", "Duale relatie"),
        "discount": QCoreApplication.translate("Relations", "Korting"),
        "column_split": QCoreApplication.translate("Relations", "Kolom splitsen"),
        "partner": QCoreApplication.translate("Relations", "Partnercodering"),
        "project": QCoreApplication.translate("Relations", "Projectcodering"),
        "intercompany": QCoreApplication.translate("Relations", "Rekening-courant"),
    }
