"""Languages of the interface: loading the Qt Linguist translation (Dutch is the source
language, English comes from ``resources/i18n/factuurflow_en.qm``) and formatting dates,
amounts and the domain's fixed labels in the current language (27-11-2026 and € 1.234,56 in
Dutch; 27 Nov 2026 and €1,234.56 in English).
"""

from __future__ import annotations

import logging
import subprocess
import sys
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.models.enums import ROLE_LABELS, USER_STATUS_LABELS, Role, UserStatus

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
I18N_DIR = RESOURCES / "i18n"
LANGUAGES = {"nl": "Nederlands", "en": "English"}
_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

_state: dict[str, object] = {"lang": "nl", "translator": None}


def current_language() -> str:
    return str(_state["lang"])


def qm_path(lang: str) -> Path:
    return I18N_DIR / f"factuurflow_{lang}.qm"


def _ensure_compiled(lang: str) -> Path | None:
    """The .qm of ``lang``; compiled from its .ts when missing or older (development trees)."""
    qm, ts = qm_path(lang), I18N_DIR / f"factuurflow_{lang}.ts"
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        try:
            subprocess.run(
                [str(lrelease), "-silent", str(ts), "-qm", str(qm)],
                check=True,
                capture_output=True,
                timeout=60,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("could not compile %s: %s", ts, exc)
    return qm if qm.exists() else None


def set_language(lang: str) -> None:
    """Install the translator for ``lang`` ("nl" or "en") on the running application."""
    lang = lang if lang in LANGUAGES else "nl"
    app = QCoreApplication.instance()
    old = _state["translator"]
    if app is not None and isinstance(old, QTranslator):
        app.removeTranslator(old)
    _state["translator"] = None
    _state["lang"] = lang
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands if lang == "nl" else QLocale.Country.UnitedKingdom,
        )
    )
    if lang == "nl" or app is None:
        return
    qm = _ensure_compiled(lang)
    translator = QTranslator(app)
    if qm is None or not translator.load(str(qm)):
        log.warning("no translation for %s; the interface stays Dutch", lang)
        return
    app.installTranslator(translator)
    _state["translator"] = translator


def _local(value: datetime) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = _local(value).date()
    if current_language() == "en":
        return f"{value.day} {_EN_MONTHS[value.month - 1]} {value.year}"
    return value.strftime("%d-%m-%Y")


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local = _local(value)
    return f"{format_date(local.date())} {local:%H:%M}"


def format_amount(value: Decimal | float | int | None, currency: str = "€") -> str:
    if value is None:
        return ""
    amount = Decimal(value).quantize(Decimal("0.01"))
    sign = "-" if amount < 0 else ""
    text = f"{abs(amount):,.2f}"  # 1,234.56
    if current_language() == "en":
        return f"{sign}{currency}{text}"
    text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return f"{currency} {sign}{text}"


def format_number(value: int | None) -> str:
    if value is None:
        return ""
    text = f"{value:,}"
    return text if current_language() == "en" else text.replace(",", ".")


def role_label(role: str) -> str:
    nl, en = ROLE_LABELS[Role(role)]
    return en if current_language() == "en" else nl


def role_hint(role: str) -> str:
    """The role's older name, still shown as a hint (SPEC §3)."""
    return ROLE_LABELS[Role(role)][1]


def status_label(status: str) -> str:
    nl, en = USER_STATUS_LABELS[UserStatus(status)]
    return en if current_language() == "en" else nl
