"""Changing a relation's processing settings (SPEC.md §7) safely, and describing them in Dutch.

Pure functions over plain data, used by :mod:`app.services.relations`: :func:`apply_changes`
turns a dict of changes (``{"coding_rule": "vat", "vat_gl.21": "4300", "questions": "always"}``;
a dotted key sets one entry of a mapping, ``None`` or ``""`` clears) into new
:class:`RelationSettings`, checking every changed value against a :class:`MasterSnapshot` of the
administration (existing, non-blocked GL accounts; existing VAT codes, cost centres, projects and
relations) and raising :class:`InvalidInput` with a Dutch message. :func:`specifications` and
:func:`advanced_settings` give the relation list's texts; :func:`diff` the before/after summary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from app.errors import InvalidInput
from app.pipeline.processing_types import (
    ASSIGN_MODES,
    CODING_RULES,
    DISCOUNT_KINDS,
    QUESTION_MODES,
    ColumnSplitPart,
    RelationSettings,
    rate_key,
)
from app.services.relation_labels import (
    CHOICE_LABELS,
    FIELD_LABELS,
    describe_value,
)

GL_FIELDS = {"fixed_gl", "discount_gl", "intercompany_account"}
GL_VALUE_DICTS = {"vat_gl", "article_groups", "specific_articles"}  # values are GL accounts
GL_KEY_DICTS = {"partner_by_gl", "project_by_gl"}  # keys are GL accounts
RATE_KEY_DICTS = {"vat_gl", "default_vat_codes"}
DICT_FIELDS = GL_VALUE_DICTS | GL_KEY_DICTS | {"default_vat_codes"}
TUPLE_FIELDS = {"allowed_vat_rates", "dual_keywords", "known_ibans"}
TEXT_FIELDS = {
    "fixed_gl",
    "cost_centre",
    "project",
    "discount_gl",
    "partner_code",
    "intercompany_relation",
    "intercompany_account",
}
CHOICES = {
    "coding_rule": CODING_RULES,
    "questions": QUESTION_MODES,
    "discount_kind": DISCOUNT_KINDS,
    "partner_mode": ASSIGN_MODES,
    "project_mode": ASSIGN_MODES,
}


@dataclass(frozen=True)
class MasterSnapshot:
    """The master data of one administration that relation settings may refer to."""

    admin_code: str
    # code -> (name, blocked)
    gl_accounts: dict[str, tuple[str, bool]] = field(default_factory=dict)
    vat_codes: dict[str, frozenset[str]] = field(default_factory=dict)  # code -> rate keys
    cost_centres: frozenset[str] = frozenset()
    projects: frozenset[str] = frozenset()
    relations: frozenset[str] = frozenset()

    def gl_name(self, code: str | None) -> str:
        if not code:
            return ""
        name = self.gl_accounts.get(code, ("(onbekend)", False))[0]
        return f"{code} – {name}"


def parse_decimal(value: Any, label: str) -> Decimal:
    """A number written the Dutch (1.234,56) or English (1234.56) way."""
    try:
        text = str(value).strip().replace("€", "").replace("%", "").replace(" ", "")
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        return Decimal(text)
    except (InvalidOperation, ValueError) as exc:
        raise InvalidInput(f"{label}: ongeldig getal {value!r}.") from exc


def clean_rate(value: Any) -> str:
    rate = parse_decimal(value, "Btw-tarief")
    if not Decimal("0") <= rate <= Decimal("100"):
        raise InvalidInput(f"Btw-tarief {value!r} ligt niet tussen 0 en 100%.")
    return rate_key(rate)


def _text(value: Any) -> str | None:
    return (str(value).strip() or None) if value is not None else None


def _choice(name: str, value: Any) -> str:
    text = (str(value) if value is not None else "").strip().lower()
    for key in CHOICES[name]:
        if text in (key, CHOICE_LABELS.get(name, {}).get(key, "").lower()):
            return key
    options = ", ".join(f"{k} ({CHOICE_LABELS.get(name, {}).get(k, k)})" for k in CHOICES[name])
    raise InvalidInput(f"{FIELD_LABELS[name]}: onbekende waarde {value!r} (kies uit {options}).")


def _column_split(value: Any) -> tuple[ColumnSplitPart, ...]:
    if value in (None, "", [], ()):
        return ()
    if isinstance(value, str):  # "60=4300,40=4310"
        value = [
            dict(zip(("percentage", "gl_account"), p.split("=", 1), strict=False))
            for p in value.split(",")
            if p.strip()
        ]
    parts = []
    for p in value:
        if isinstance(p, ColumnSplitPart):
            parts.append(p)
            continue
        pct = parse_decimal(p.get("percentage"), "Kolom splitsen")
        if pct <= 0:
            raise InvalidInput("Kolom splitsen: elk deel moet een positief percentage hebben.")
        parts.append(
            ColumnSplitPart(
                pct,
                _text(p.get("gl_account")),
                _text(p.get("cost_centre")),
                _text(p.get("project")),
            )
        )
    total = sum((p.percentage for p in parts), Decimal("0"))
    if total != Decimal("100"):
        raise InvalidInput(f"Kolom splitsen: de percentages tellen op tot {total}%, niet 100%.")
    return tuple(parts)


def normalise(name: str, value: Any) -> Any:
    """The stored form of one setting's new value (no master-data check yet)."""
    if name in CHOICES:
        return _choice(name, value)
    if name in TEXT_FIELDS:
        return _text(value)
    if name in TUPLE_FIELDS:
        items = value.split(",") if isinstance(value, str) else list(value or ())
        cleaned = tuple(t for t in (str(i).strip() for i in items) if t)
        if name == "allowed_vat_rates":
            cleaned = tuple(clean_rate(r) for r in cleaned)
        return cleaned
    if name in DICT_FIELDS:
        if not isinstance(value, dict):
            raise InvalidInput(f"{FIELD_LABELS[name]}: verwacht een lijst sleutel=waarde.")
        out = {str(k).strip(): str(v).strip() for k, v in value.items() if _text(v)}
        if name in RATE_KEY_DICTS:
            out = {clean_rate(k): v for k, v in out.items()}
        return out
    if name == "discount_value":
        amount = parse_decimal(value if value not in (None, "") else "0", "Korting")
        if amount < 0:
            raise InvalidInput("Korting mag niet negatief zijn.")
        return amount
    if name == "column_split":
        return _column_split(value)
    raise InvalidInput(f"Onbekende instelling: {name}")


def apply_changes(
    current: RelationSettings, changes: dict[str, Any], master: MasterSnapshot, *, own_code: str
) -> RelationSettings:
    """New settings with ``changes`` applied; every changed value is checked against ``master``."""
    data = current.to_dict()
    touched: set[str] = set()
    for key, value in changes.items():
        name, _, entry = key.partition(".")
        if name not in FIELD_LABELS or name == "kvk":
            raise InvalidInput(f"Onbekende instelling: {key}")
        if entry:
            if name not in DICT_FIELDS:
                raise InvalidInput(f"{FIELD_LABELS[name]} heeft geen onderdelen ({key}).")
            mapping = dict(data[name])
            entry = clean_rate(entry) if name in RATE_KEY_DICTS else entry.strip()
            if _text(value) is None:
                mapping.pop(entry, None)
            else:
                mapping[entry] = str(value).strip()
            data[name] = normalise(name, mapping)
        else:
            data[name] = normalise(name, value)
        touched.add(name)
    candidate = RelationSettings.from_dict(_jsonable(data))
    for name in touched:
        _check_master(name, candidate, master, own_code)
    if candidate.discount_kind == "percentage" and candidate.discount_value > 100:
        raise InvalidInput("Korting: een percentage kan niet hoger zijn dan 100%.")
    return candidate


def _jsonable(data: dict[str, Any]) -> dict[str, Any]:
    out = dict(data)
    if "discount_value" in out:
        out["discount_value"] = str(out["discount_value"])
    if isinstance(out.get("column_split"), tuple):
        out["column_split"] = [
            {
                "percentage": str(p.percentage),
                "gl_account": p.gl_account,
                "cost_centre": p.cost_centre,
                "project": p.project,
            }
            for p in out["column_split"]
        ]
    return out


def _check_gl(code: str | None, master: MasterSnapshot, label: str) -> None:
    if not code:
        return
    if code not in master.gl_accounts:
        raise InvalidInput(
            f"{label}: grootboekrekening {code} bestaat niet in administratie {master.admin_code}."
        )
    if master.gl_accounts[code][1]:
        raise InvalidInput(f"{label}: grootboekrekening {master.gl_name(code)} is geblokkeerd.")


def _check_in(
    code: str | None, known: frozenset[str], what: str, label: str, master: MasterSnapshot
) -> None:
    if code and code not in known:
        raise InvalidInput(
            f"{label}: {what} {code} bestaat niet in administratie {master.admin_code}."
        )


def _check_master(name: str, s: RelationSettings, master: MasterSnapshot, own_code: str) -> None:
    label = FIELD_LABELS[name]
    value = getattr(s, name)
    if name in GL_FIELDS:
        _check_gl(value, master, label)
    elif name in GL_VALUE_DICTS:
        for gl in value.values():
            _check_gl(gl, master, label)
    elif name in GL_KEY_DICTS:
        for gl, target in value.items():
            _check_gl(gl, master, label)
            if name == "project_by_gl":
                _check_in(target, master.projects, "project", label, master)
    elif name == "default_vat_codes":
        for rate, code in value.items():
            if code not in master.vat_codes:
                raise InvalidInput(
                    f"{label}: btw-code {code} bestaat niet in administratie {master.admin_code}."
                )
            if rate not in master.vat_codes[code]:
                have = ", ".join(f"{r}%" for r in sorted(master.vat_codes[code])) or "geen tarief"
                raise InvalidInput(f"{label}: btw-code {code} hoort bij {have}, niet bij {rate}%.")
    elif name == "cost_centre":
        _check_in(value, master.cost_centres, "kostenplaats", label, master)
    elif name == "project":
        _check_in(value, master.projects, "project", label, master)
    elif name == "column_split":
        for part in value:
            _check_gl(part.gl_account, master, label)
            _check_in(part.cost_centre, master.cost_centres, "kostenplaats", label, master)
            _check_in(part.project, master.projects, "project", label, master)
    elif name == "intercompany_relation" and value:
        if value == own_code:
            raise InvalidInput(f"{label}: een relatie kan niet op haar eigen rekeningen boeken.")
        _check_in(value, master.relations, "relatie", label, master)


def diff(
    before: RelationSettings, after: RelationSettings
) -> tuple[tuple[str, str, str, str], ...]:
    """(field, Dutch label, before, after) for every setting that differs."""
    a, b = before.to_dict(), after.to_dict()
    return tuple(
        (name, FIELD_LABELS[name], describe_value(name, a[name]), describe_value(name, b[name]))
        for name in FIELD_LABELS
        if name in a and a[name] != b[name]
    )
