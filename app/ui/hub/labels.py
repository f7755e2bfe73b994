"""The words the Document Hub, the DDP and the Archive page show for codes the services return:
document types and states, file origins and states, export statuses. Dutch first; English
through Qt Linguist (``QCoreApplication.translate`` with context ``Hub``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.enums import DOCUMENT_STATE_LABELS, DocumentState
from app.ui.i18n import current_language


def document_type(doc_type: str | None, credit: bool = False) -> str:
    base = {
        "purchase": QCoreApplication.translate("Hub", "Inkoop"),
        "sales": QCoreApplication.translate("Hub", "Verkoop"),
    }.get(doc_type or "", QCoreApplication.translate("Hub", "Overig"))
    return base + (" " + QCoreApplication.translate("Hub", "(credit)") if credit else "")


def document_state(state: str | None) -> str:
    if state is None:
        return ""
    try:
        nl, en = DOCUMENT_STATE_LABELS[DocumentState(state)]
    except ValueError:
        return state or ""
    return en if current_language() == "en" else nl


def file_origin(origin: str | None) -> str:
    return {
        "drag_drop": QCoreApplication.translate("Hub", "Slepen en neerzetten"),
        "folder": QCoreApplication.translate("Hub", "Bewaakte map"),
        "email": QCoreApplication.translate("Hub", "E-mail"),
        "cli": QCoreApplication.translate("Hub", "Opdrachtregel"),
        "manual_upload": QCoreApplication.translate("Hub", "Handmatige upload"),
        "demo": QCoreApplication.translate("Hub", "Demo"),
    }.get(origin or "", origin or "")


def file_state(state: str | None) -> str:
    return {
        "stored": QCoreApplication.translate("Hub", "Wacht op verwerking"),
        "processing": QCoreApplication.translate("Hub", "Wordt verwerkt"),
        "processed": QCoreApplication.translate("Hub", "Verwerkt"),
        "error": QCoreApplication.translate("Hub", "Onleesbaar"),
        "duplicate": QCoreApplication.translate("Hub", "Dubbel"),
    }.get(state or "", state or "")


def export_status(status: str | None) -> str:
    return {
        "pending": QCoreApplication.translate("Hub", "Bezig"),
        "success": QCoreApplication.translate("Hub", "Geboekt"),
        "refused": QCoreApplication.translate("Hub", "Geweigerd"),
        "unknown": QCoreApplication.translate("Hub", "Onbekend"),
    }.get(status or "", status or "")
