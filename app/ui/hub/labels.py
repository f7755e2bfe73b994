"""The words the Document Hub, the DDP and the Archive page show for codes the services return:
document types and states, file origins and states, export statuses. Dutch first; English
through Qt Linguist (``QCoreApplication.translate`` with context ``Hub``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.enums import DOCUMENT_STATE_LABELS, DocumentState
from app.ui.i18n import current_language


def _t(text: str) -> str:
    return QCoreApplication.translate("Hub", text)


def document_type(doc_type: str | None, credit: bool = False) -> str:
    base = {"purchase": _t("Inkoop"), "sales": _t("Verkoop")}.get(doc_type or "", _t("Overig"))
    return base + (" " + _t("(credit)") if credit else "")


def document_state(state: str | None) -> str:
    try:
        nl, en = DOCUMENT_STATE_LABELS[DocumentState(state)]
    except ValueError:
        return state or ""
    return en if current_language() == "en" else nl


def file_origin(origin: str | None) -> str:
    return {
        "drag_drop": _t("Slepen en neerzetten"),
        "folder": _t("Bewaakte map"),
        "email": _t("E-mail"),
        "cli": _t("Opdrachtregel"),
        "manual_upload": _t("Handmatige upload"),
        "demo": _t("Demo"),
    }.get(origin or "", origin or "")


def file_state(state: str | None) -> str:
    return {
        "stored": _t("Wacht op verwerking"),
        "processing": _t("Wordt verwerkt"),
        "processed": _t("Verwerkt"),
        "error": _t("Onleesbaar"),
        "duplicate": _t("Dubbel"),
    }.get(state or "", state or "")


def export_status(status: str | None) -> str:
    return {
        "pending": _t("Bezig"),
        "success": _t("Geboekt"),
        "refused": _t("Geweigerd"),
        "unknown": _t("Onbekend"),
    }.get(status or "", status or "")
