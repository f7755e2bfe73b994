"""Plain data that goes into and comes out of invoice processing (type, matching, coding, checks).

The services fill these from the database (the administration, its relations with their
processing settings of SPEC.md §7, the synced master data, the administration's settings) and
hand them to the pure functions in ``doctype``, ``matching``, ``coding`` and ``validation``; those
return a :class:`BookingProposal` and a list of :class:`Finding`. :class:`RelationSettings` is
stored as JSON on the relation (``to_dict``/``from_dict``, versioned, every key has a default).
Amounts are ``Decimal``; VAT rates are keyed by their percentage as text ("0", "9", "21").
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal
from typing import Any

CODING_RULES = ("fixed", "vat", "article", "specific", "summary")
QUESTION_MODES = ("always", "never", "unsure")
DISCOUNT_KINDS = ("none", "percentage", "fixed", "difference")
ASSIGN_MODES = ("relation", "gl", "manual")  # partner and project coding
RELATION_TYPES = ("supplier", "customer", "both")
VAT_KINDS = ("normal", "zero", "exempt", "reverse_charge", "icp", "export")
SETTINGS_VERSION = 1


def rate_key(rate: Decimal | int | str | None) -> str:
    """The settings key of a VAT percentage: Decimal("21.00") -> "21", Decimal("5.5") -> "5.5"."""
    if rate is None:
        return ""
    text = format(Decimal(str(rate)).normalize(), "f")
    return text


@dataclass(frozen=True)
class AdminIdentity:
    """Who the administration itself is, to recognise its own documents and identifiers."""

    name: str
    kvk: str | None = None
    vat_number: str | None = None
    ibans: tuple[str, ...] = ()


@dataclass(frozen=True)
class ColumnSplitPart:
    """One share of a column split: a percentage of every line, optionally onto its own GL etc."""

    percentage: Decimal
    gl_account: str | None = None
    cost_centre: str | None = None
    project: str | None = None


@dataclass
class RelationSettings:
    """Every processing setting of one relation (SPEC.md §7), stored as versioned JSON."""

    coding_rule: str = "fixed"
    fixed_gl: str | None = None
    vat_gl: dict[str, str] = field(default_factory=dict)  # rate key -> GL
    article_groups: dict[str, str] = field(default_factory=dict)  # code prefix or keyword -> GL
    specific_articles: dict[str, str] = field(
        default_factory=dict
    )  # article code/description -> GL
    default_vat_codes: dict[str, str] = field(default_factory=dict)  # rate key -> VAT code
    allowed_vat_rates: tuple[str, ...] = ()  # empty: every rate allowed
    cost_centre: str | None = None
    project: str | None = None
    questions: str = "unsure"
    dual_keywords: tuple[str, ...] = ()
    discount_kind: str = "none"
    discount_value: Decimal = Decimal("0")  # percentage or fixed amount excl. VAT
    discount_gl: str | None = None
    column_split: tuple[ColumnSplitPart, ...] = ()
    partner_mode: str = "relation"
    partner_code: str | None = None
    partner_by_gl: dict[str, str] = field(default_factory=dict)
    project_mode: str = "relation"
    project_by_gl: dict[str, str] = field(default_factory=dict)
    intercompany_relation: str | None = None  # code of the relation whose accounts are used
    intercompany_account: str | None = None  # current account (rekening-courant) GL
    known_ibans: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"version": SETTINGS_VERSION}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Decimal):
                value = str(value)
            elif f.name == "column_split":
                value = [
                    {
                        "percentage": str(p.percentage),
                        "gl_account": p.gl_account,
                        "cost_centre": p.cost_centre,
                        "project": p.project,
                    }
                    for p in value
                ]
            elif isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, dict):
                value = dict(value)
            out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> RelationSettings:
        """Settings from stored JSON; unknown keys are ignored, missing keys take their default.

        Raises:
            ValueError: a value of the wrong shape or outside its allowed values.
        """
        try:
            return cls._from_dict(dict(data or {}))
        except (KeyError, TypeError, AttributeError, ArithmeticError) as exc:
            raise ValueError(f"invalid relation settings: {exc!r}") from exc

    @classmethod
    def _from_dict(cls, data: dict[str, Any]) -> RelationSettings:
        version = int(data.pop("version", SETTINGS_VERSION))
        if version > SETTINGS_VERSION:
            raise ValueError(f"relation settings version {version} is newer than this program")
        kwargs: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data or data[f.name] is None and f.name not in _NULLABLE:
                continue
            value = data[f.name]
            if f.name == "discount_value":
                value = Decimal(str(value))
            elif f.name == "column_split":
                value = tuple(
                    ColumnSplitPart(
                        percentage=Decimal(str(p["percentage"])),
                        gl_account=p.get("gl_account"),
                        cost_centre=p.get("cost_centre"),
                        project=p.get("project"),
                    )
                    for p in value
                )
            elif f.name in _TUPLES:
                value = tuple(str(v) for v in value)
            elif f.name in _DICTS:
                value = {str(k): str(v) for k, v in value.items()}
            kwargs[f.name] = value
        settings = cls(**kwargs)
        settings.check()
        return settings

    def check(self) -> None:
        """Raise ValueError for a setting outside its allowed values."""
        for name, allowed in (
            ("coding_rule", CODING_RULES),
            ("questions", QUESTION_MODES),
            ("discount_kind", DISCOUNT_KINDS),
            ("partner_mode", ASSIGN_MODES),
            ("project_mode", ASSIGN_MODES),
        ):
            if getattr(self, name) not in allowed:
                raise ValueError(f"{name} must be one of {', '.join(allowed)}")
        if self.column_split:
            total = sum((p.percentage for p in self.column_split), Decimal("0"))
            if total != Decimal("100"):
                raise ValueError("column split percentages must add up to 100")


_NULLABLE = {"fixed_gl", "cost_centre", "project", "discount_gl", "partner_code"}
_NULLABLE |= {"intercompany_relation", "intercompany_account"}
_TUPLES = {"allowed_vat_rates", "dual_keywords", "known_ibans"}
_DICTS = {"vat_gl", "article_groups", "specific_articles", "default_vat_codes"}
_DICTS |= {"partner_by_gl", "project_by_gl"}


@dataclass(frozen=True)
class RelationRef:
    """A relation of the administration as the processing sees it."""

    id: int
    code: str
    name: str
    type: str = "supplier"  # supplier / customer / both
    country: str | None = "NL"
    kvk: str | None = None
    vat_number: str | None = None
    ibans: tuple[str, ...] = ()
    address: str | None = None
    city: str | None = None
    settings: RelationSettings = field(default_factory=RelationSettings)


@dataclass(frozen=True)
class GlAccount:
    name: str
    kind: str = "pl"  # "pl" profit and loss / "balance"
    blocked: bool = False


@dataclass(frozen=True)
class VatCode:
    code: str
    percentage: Decimal
    kind: str = "normal"  # one of VAT_KINDS
    direction: str = "purchase"  # purchase / sales
    valid_from: date | None = None
    valid_to: date | None = None

    def valid_on(self, day: date | None) -> bool:
        if day is None:
            return True
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day > self.valid_to)


@dataclass(frozen=True)
class Journal:
    code: str
    type: str  # purchase / sales / bank / memorial


@dataclass(frozen=True)
class Period:
    year: int
    period: int
    start: date
    end: date
    closed: bool = False


@dataclass(frozen=True)
class MasterDataRef:
    """The administration's synced master data needed to book."""

    gl_accounts: dict[str, GlAccount] = field(default_factory=dict)
    vat_codes: tuple[VatCode, ...] = ()
    journals: tuple[Journal, ...] = ()
    cost_centres: tuple[str, ...] = ()
    projects: tuple[str, ...] = ()
    periods: tuple[Period, ...] = ()


@dataclass(frozen=True)
class AdminSettings:
    """Processing settings of the administration as a whole."""

    default_gl: str | None = None  # used when a relation has no coding for a line
    rounding_gl: str | None = None  # GL of a separate rounding line
    rounding_tolerance: Decimal = Decimal("0.05")  # absorbed into the largest line's VAT
    auto_booking_limit: Decimal | None = None  # above this a person must look
    authorisation: bool = False
    purchase_journal: str | None = None  # overrides the journal found by type
    sales_journal: str | None = None
    # Below this a field counts as unsure. Calibrated on the extraction benchmark (text + 200 dpi
    # scans, 565 fields all read right): 0.8 questioned 56 of them, 0.6 questioned 3.
    confidence_threshold: float = 0.6
    name_match_threshold: float = 0.85


@dataclass
class ProposedLine:
    gl_account: str | None
    description: str
    amount: Decimal  # excluding VAT
    vat_code: str | None = None
    vat_amount: Decimal = Decimal("0")
    cost_centre: str | None = None
    project: str | None = None
    partner: str | None = None
    vat_rate: Decimal | None = None  # the rate this line was booked at, for display/checks
    vat_kind: str | None = None  # one of VAT_KINDS


@dataclass(frozen=True)
class Finding:
    """One failed check: what is wrong and what to do, in Dutch and English."""

    code: str
    severity: str  # "error" (blocks automatic booking), "warning", "info"
    text_nl: str
    text_en: str
    field: str | None = None
    data: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclass
class BookingProposal:
    journal: str | None
    period: tuple[int, int] | None
    relation_code: str | None
    direction: str  # purchase / sales
    lines: list[ProposedLine] = field(default_factory=list)
    rounding_line: ProposedLine | None = None
    total_incl_vat: Decimal | None = None
    notes: list[Finding] = field(default_factory=list)

    def all_lines(self) -> list[ProposedLine]:
        return self.lines + ([self.rounding_line] if self.rounding_line else [])

    def booked_total(self) -> Decimal:
        return sum((ln.amount + ln.vat_amount for ln in self.all_lines()), Decimal("0"))

    def is_balanced(self) -> bool:
        return self.total_incl_vat is None or self.booked_total() == self.total_incl_vat
