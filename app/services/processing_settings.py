"""Verwerkingsinstellingen: the processing settings of an administration as a whole.

Stored where :func:`app.services.refs.admin_settings` reads them: the column
``Administration.auto_booking_limit`` and these keys of the ``Administration.settings`` JSON:

- ``default_gl``: standaardcodering, the GL account of a line no relation setting codes;
- ``rounding_gl``: GL account of a separate rounding line;
- ``purchase_journal`` / ``sales_journal``: journal codes overriding the one found by type;
- ``authorisation``: bool, documents need an approver before export (autoriseren);
- ``confidence_threshold``: float 0–1, below it a read field counts as unsure;
- ``auto_export`` (new): which documents may be exported without review, one of
  :data:`AUTO_EXPORT_OPTIONS`; :func:`auto_export_allowed` is the rule the processing applies.

Reading needs the administration to be visible; changing needs CHANGE_PROCESSING_SETTINGS. Every
value is checked against the administration's master data with a Dutch message.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.models import Administration, GLAccount, Journal
from app.services.context import BaseService
from app.services.permissions import Right
from app.services.relation_settings import parse_decimal

# Strictest first. Documents that need authorisation are never exported without a person.
AUTO_EXPORT_OPTIONS = {
    "never": "Nooit: elk document wordt gereviewd",
    "matched_below_limit": "Zonder open opmerkingen, met herkende relatie en een bedrag tot de "
    "limiet voor automatisch boeken",
    "no_open_comments": "Alle documenten zonder open opmerkingen",
}
SETTING_KEYS = (
    "default_gl",
    "rounding_gl",
    "auto_booking_limit",
    "authorisation",
    "auto_export",
    "purchase_journal",
    "sales_journal",
    "confidence_threshold",
)
_TRUE = {"1", "true", "ja", "aan", "on", "yes", "j", "y"}
_FALSE = {"0", "false", "nee", "uit", "off", "no", "n", ""}


@dataclass(frozen=True)
class ProcessingSettingsDTO:
    administration_id: int
    administration_code: str
    default_gl: str | None
    default_gl_label: str
    rounding_gl: str | None
    rounding_gl_label: str
    auto_booking_limit: Decimal | None
    authorisation: bool
    auto_export: str
    auto_export_label: str
    purchase_journal: str | None
    sales_journal: str | None
    confidence_threshold: float


def auto_export_allowed(
    option: str,
    *,
    auto_booking_limit: Decimal | None,
    authorisation: bool,
    open_comments: int,
    relation_matched: bool,
    total_incl_vat: Decimal | None,
) -> bool:
    """Whether a freshly processed document may go straight to export under ``option``."""
    if authorisation or open_comments or option not in AUTO_EXPORT_OPTIONS or option == "never":
        return False
    if option == "no_open_comments":
        return True
    return (
        relation_matched
        and auto_booking_limit is not None
        and total_incl_vat is not None
        and abs(total_incl_vat) <= auto_booking_limit
    )


def _dto(s: Session, a: Administration) -> ProcessingSettingsDTO:
    cfg = dict(a.settings or {})
    names = {
        code: name
        for code, name in s.execute(
            select(GLAccount.code, GLAccount.name).where(
                GLAccount.administration_id == a.id,
                GLAccount.code.in_(
                    [c for c in (cfg.get("default_gl"), cfg.get("rounding_gl")) if c]
                ),
            )
        )
    }

    def label(code: str | None) -> str:
        return f"{code} – {names.get(code, '(onbekend)')}" if code else "—"

    option = cfg.get("auto_export") or "never"
    threshold = cfg.get("confidence_threshold")
    return ProcessingSettingsDTO(
        administration_id=a.id,
        administration_code=a.code,
        default_gl=cfg.get("default_gl"),
        default_gl_label=label(cfg.get("default_gl")),
        rounding_gl=cfg.get("rounding_gl"),
        rounding_gl_label=label(cfg.get("rounding_gl")),
        auto_booking_limit=a.auto_booking_limit,
        authorisation=bool(cfg.get("authorisation")),
        auto_export=option,
        auto_export_label=AUTO_EXPORT_OPTIONS.get(option, option),
        purchase_journal=cfg.get("purchase_journal"),
        sales_journal=cfg.get("sales_journal"),
        confidence_threshold=float(threshold) if threshold is not None else 0.6,
    )


class ProcessingSettingsService(BaseService):
    def get(self, admin: int | str) -> ProcessingSettingsDTO:
        with self.tx() as s:
            return _dto(s, self._admin(s, admin))

    def update(self, admin: int | str, **changes: Any) -> ProcessingSettingsDTO:
        """Change any of :data:`SETTING_KEYS`; ``None`` or ``""`` clears a setting."""
        self.require(Right.CHANGE_PROCESSING_SETTINGS)
        unknown = sorted(set(changes) - set(SETTING_KEYS))
        if unknown:
            raise InvalidInput(
                f"Onbekende instelling: {', '.join(unknown)} (kies uit {', '.join(SETTING_KEYS)})"
            )
        if not changes:
            raise InvalidInput("Geen wijzigingen opgegeven.")
        with self.tx() as s:
            a = self._admin(s, admin)
            before = self._state(a)
            cfg = dict(a.settings or {})
            limit = a.auto_booking_limit
            for key, value in changes.items():
                if key == "auto_booking_limit":
                    limit = self._limit(value)
                elif key in ("default_gl", "rounding_gl"):
                    cfg[key] = self._gl(s, a, key, value)
                elif key in ("purchase_journal", "sales_journal"):
                    cfg[key] = self._journal(s, a, key.split("_")[0], value)
                elif key == "authorisation":
                    cfg[key] = _bool(value)
                elif key == "auto_export":
                    cfg[key] = self._option(value)
                else:
                    cfg[key] = _threshold(value)
            if cfg.get("auto_export") == "matched_below_limit" and limit is None:
                raise InvalidInput(
                    "Automatisch exporteren tot de limiet kan pas als er een "
                    "limiet voor automatisch boeken is ingesteld."
                )
            a.settings = {k: v for k, v in cfg.items() if v is not None}
            a.auto_booking_limit = limit
            self.audit(
                s,
                "administration.processing_settings",
                "administration",
                a.id,
                json.dumps({"before": before, "after": self._state(a)}, default=str),
            )
            return _dto(s, a)

    # ---------------------------------------------------------------- helpers
    def _admin(self, s: Session, admin: int | str) -> Administration:
        from app.services.administrations import AdministrationService

        return AdministrationService(self.app, self.actor).resolve(s, admin)

    @staticmethod
    def _state(a: Administration) -> dict[str, Any]:
        cfg = dict(a.settings or {})
        return {
            **{k: cfg.get(k) for k in SETTING_KEYS if k != "auto_booking_limit"},
            "auto_booking_limit": str(a.auto_booking_limit)
            if a.auto_booking_limit is not None
            else None,
        }

    @staticmethod
    def _gl(s: Session, a: Administration, key: str, value: Any) -> str | None:
        code = str(value).strip() if value not in (None, "") else None
        if code is None:
            return None
        label = "Standaardcodering" if key == "default_gl" else "Afrondingsrekening"
        gl = s.scalar(
            select(GLAccount).where(GLAccount.administration_id == a.id, GLAccount.code == code)
        )
        if gl is None:
            raise InvalidInput(
                f"{label}: grootboekrekening {code} bestaat niet in administratie {a.code}."
            )
        if gl.blocked:
            raise InvalidInput(f"{label}: grootboekrekening {code} – {gl.name} is geblokkeerd.")
        return code

    @staticmethod
    def _journal(s: Session, a: Administration, kind: str, value: Any) -> str | None:
        code = str(value).strip() if value not in (None, "") else None
        if code is None:
            return None
        label = "Inkoopdagboek" if kind == "purchase" else "Verkoopdagboek"
        journal = s.scalar(
            select(Journal).where(Journal.administration_id == a.id, Journal.code == code)
        )
        if journal is None:
            raise InvalidInput(f"{label}: dagboek {code} bestaat niet in administratie {a.code}.")
        if journal.type != kind:
            raise InvalidInput(f"{label}: dagboek {code} – {journal.name} is geen {label.lower()}.")
        return code

    @staticmethod
    def _limit(value: Any) -> Decimal | None:
        if value in (None, ""):
            return None
        amount = parse_decimal(value, "Limiet automatisch boeken").quantize(Decimal("0.01"))
        if amount < 0:
            raise InvalidInput("Limiet automatisch boeken mag niet negatief zijn.")
        return amount

    @staticmethod
    def _option(value: Any) -> str:
        option = str(value or "never").strip().lower()
        if option not in AUTO_EXPORT_OPTIONS:
            raise InvalidInput(
                f"Onbekende keuze voor exporteren zonder review: {value!r} "
                f"(kies uit {', '.join(AUTO_EXPORT_OPTIONS)})"
            )
        return option


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise InvalidInput(f"Autorisatiestap: kies aan of uit, niet {value!r}.")


def _threshold(value: Any) -> float | None:
    if value in (None, ""):
        return None
    number = parse_decimal(value, "Zekerheidsdrempel")
    if number > 1:
        number = number / 100  # given as a percentage
    if not Decimal("0") <= number <= Decimal("1"):
        raise InvalidInput("Zekerheidsdrempel moet tussen 0 en 100% liggen.")
    return float(number)
