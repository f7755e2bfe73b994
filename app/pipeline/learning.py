"""Remember where a relation's invoices print a field, from one correction by a reviewer.

"Remember for next time" on the document detail page: the reviewer corrected a field; we find
where the corrected value stands on the page, and remember it anchored to the label next to it
(the words to its left on the same line, or failing those the words just above it) with the
value's offset from that label; only a value with no label near it is remembered by its plain
position. Where the value stands more than once, the place whose label fits the field wins
("Totaal te betalen" for the total, not an invoice line of the same amount). :func:`apply`
re-reads the remembered fields on a new invoice of the same relation: find the label, look at the
learned offset from it, and parse what stands there with the field's value type; when the label
is gone the field is left as the reader read it. Anchoring to the label keeps working when a
longer address or more invoice lines push everything down the page. :class:`LayoutMemory` is
stored per relation as JSON. Learning the GL coding is in ``learning_coding``.
"""

from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field
from typing import Any

from app.errors import UserFacingError
from app.pipeline.invoice import FieldInfo, InvoiceData, PageText
from app.pipeline.learning_words import (
    Window,
    find_label,
    label_for,
    norm_word,
    parse_as,
    same_value,
    value_windows,
)

LAYOUT_VERSION = 1
APPLIED_CONFIDENCE = 0.95
FIELD_TYPES = {
    "invoice_number": "text",
    "invoice_date": "date",
    "due_date": "date",
    "total_excl_vat": "amount",
    "total_vat": "amount",
    "total_incl_vat": "amount",
    "payment_reference": "ref",
    "currency": "text",
    "supplier.name": "text",
    "supplier.kvk": "ref",
    "supplier.vat_number": "ref",
    "supplier.iban": "ref",
    "customer.name": "text",
    "customer.kvk": "ref",
    "customer.vat_number": "ref",
}
# Words a label of the field usually holds, and words that point to another field: when a value
# stands in several places (a one-line invoice's line amount is also its total) the place with
# the fitting label wins.
FIELD_HINTS = {
    "invoice_number": ("factuurnummer", "factuurnr", "factuur", "invoice", "nummer", "number"),
    "invoice_date": ("datum", "date"),
    "due_date": ("verval", "due", "uiterlijk", "voor"),
    "total_excl_vat": ("excl", "exclusief", "subtotaal", "subtotal", "netto", "net"),
    "total_vat": ("btw", "vat", "tax"),
    "total_incl_vat": ("totaal", "total", "betalen", "incl", "inclusief", "due", "voldoen"),
    "payment_reference": ("kenmerk", "betalingskenmerk", "referentie", "reference", "o.v.v"),
    "supplier.iban": ("iban", "rekening", "bank", "account"),
}
FIELD_AVOID = {
    "total_incl_vat": ("excl", "exclusief", "subtotaal", "subtotal"),
    "total_excl_vat": ("incl", "inclusief", "betalen"),
    "total_vat": ("excl", "incl", "totaal"),
    "invoice_date": ("verval", "due"),
}
FIXED_TOLERANCE = 40.0  # points a value without a label may move and still be read


class CannotLearn(UserFacingError):
    """The corrected value does not stand on the document, so there is nothing to anchor."""


@dataclass
class FieldAnchor:
    """Where one field stands: relative to its label, and as a plain position."""

    field: str
    value_type: str
    page: int
    label: list[str]  # normalised label words; empty: position only
    position: str  # "right" (label left of the value), "below" (label above it), "fixed"
    occurrence: int  # which occurrence of the label on its page
    dx: float  # value box's top-left minus the label box's top-left, in points
    dy: float
    n_words: int
    bbox: tuple[float, float, float, float]  # the value's box when learned


@dataclass
class LayoutMemory:
    """The remembered fields of one relation's invoice layout."""

    fields: dict[str, FieldAnchor] = field(default_factory=dict)
    version: int = LAYOUT_VERSION

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version, "fields": {k: asdict(a) for k, a in self.fields.items()}}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> LayoutMemory:
        data = data or {}
        if int(data.get("version", LAYOUT_VERSION)) > LAYOUT_VERSION:
            raise ValueError("layout memory is newer than this program")
        anchors = {}
        for name, a in (data.get("fields") or {}).items():
            a = dict(a)
            a["bbox"] = tuple(a["bbox"])
            a["label"] = list(a["label"])
            anchors[name] = FieldAnchor(**a)
        return cls(fields=anchors)


def _hint_score(field_name: str, label: list[str]) -> int:
    """+1 when the label holds a word typical of the field, -1 for one typical of another."""
    text = " ".join(label)
    score = 1 if any(h in text for h in FIELD_HINTS.get(field_name, ())) else 0
    return score - (1 if any(a in text for a in FIELD_AVOID.get(field_name, ())) else 0)


def learn(memory: LayoutMemory, inv: InvoiceData, field_name: str, value: Any) -> LayoutMemory:
    """A new memory with ``field_name`` anchored where ``value`` stands on ``inv``'s pages.

    Raises:
        CannotLearn: the value is not printed on the document, or the field is not learnable.
    """
    value_type = FIELD_TYPES.get(field_name)
    if value_type is None:
        raise CannotLearn(f"Het veld '{field_name}' kan niet worden onthouden.")
    best: tuple[tuple[int, ...], FieldAnchor] | None = None
    for page in inv.page_texts:
        for win in value_windows(page, max_words=6):
            if not same_value(value_type, parse_as(value_type, win.text), value):
                continue
            label, position, occurrence, unique = label_for(page, win)
            x0, y0 = win.bbox[0], win.bbox[1]
            if label:
                dx, dy = x0 - label.bbox[0], y0 - label.bbox[1]
            else:
                dx, dy = x0, y0
            anchor = FieldAnchor(
                field=field_name,
                value_type=value_type,
                page=page.number,
                label=[norm_word(w.text) for w in label.words] if label else [],
                position=position,
                occurrence=occurrence,
                dx=dx,
                dy=dy,
                n_words=len(win.words),
                bbox=win.bbox,
            )
            rank = (
                0 if label else 1,
                -_hint_score(field_name, anchor.label),
                0 if position == "right" else 1,
                0 if unique else 1,
                len(win.words),
            )
            if best is None or rank < best[0]:
                best = (rank, anchor)
    if best is None:
        raise CannotLearn(
            f"De waarde '{value}' staat niet op het document; het veld kan niet worden onthouden."
        )
    new = LayoutMemory(fields=dict(memory.fields), version=memory.version)
    new.fields[field_name] = best[1]
    return new


def _read_at_label(page: PageText, anchor: FieldAnchor) -> Window | None:
    labels = find_label(page, anchor.label)
    if not labels:
        return None
    order = sorted(range(len(labels)), key=lambda i: abs(i - anchor.occurrence))
    for i in order:
        lab = labels[i]
        px, py = lab.bbox[0] + anchor.dx, lab.bbox[1] + anchor.dy
        found = _nearest(
            page, anchor, px, py, min_x=lab.bbox[2] - 1 if anchor.position == "right" else None
        )
        if found:
            return found
    return None


def _nearest(
    page: PageText, anchor: FieldAnchor, px: float, py: float, min_x: float | None = None
) -> Window | None:
    """The parseable window starting nearest the predicted top-left (same line height)."""
    height = max(anchor.bbox[3] - anchor.bbox[1], 4.0)
    best: tuple[float, Window] | None = None
    for win in value_windows(page, max_words=max(anchor.n_words + 2, 4)):
        x0, y0 = win.bbox[0], win.bbox[1]
        if abs(y0 - py) > height * 0.8 or (min_x is not None and x0 < min_x):
            continue
        if anchor.value_type in ("text", "ref") and len(win.words) != anchor.n_words:
            continue
        if min_x is None and anchor.position == "fixed" and abs(x0 - px) > FIXED_TOLERANCE:
            continue
        if parse_as(anchor.value_type, win.text) is None:
            continue
        distance = abs(x0 - px) + abs(y0 - py) + len(win.words)  # prefer the tightest window
        if best is None or distance < best[0]:
            best = (distance, win)
    if best is None or best[0] > max(page.width, 200) / 3:
        return None
    return best[1]


def read_field(anchor: FieldAnchor, pages: list[PageText]) -> tuple[Any, int, Window] | None:
    """The remembered field's value on a new document: (value, page number, window) or None."""
    ordered = sorted(pages, key=lambda p: (p.number != anchor.page, p.number))
    if anchor.label:
        for page in ordered:
            win = _read_at_label(page, anchor)
            if win:
                return parse_as(anchor.value_type, win.text), page.number, win
        return None  # the label is gone: the layout changed, better to keep what was read
    for page in ordered:
        if page.number == anchor.page:
            win = _nearest(page, anchor, anchor.bbox[0], anchor.bbox[1])
            if win:
                return parse_as(anchor.value_type, win.text), page.number, win
    return None


def set_field(inv: InvoiceData, name: str, value: Any) -> None:
    """Set ``invoice_number`` or a party's field such as ``supplier.iban`` on ``inv``."""
    if "." in name:
        party, attr = name.split(".", 1)
        setattr(getattr(inv, party), attr, value)
    else:
        setattr(inv, name, value)


def apply(memory: LayoutMemory, inv: InvoiceData) -> InvoiceData:
    """A copy of ``inv`` with every remembered field re-read from its pages where found."""
    out = copy.deepcopy(inv)
    for name, anchor in memory.fields.items():
        found = read_field(anchor, inv.page_texts)
        if found is None or found[0] is None:
            continue
        value, page_no, win = found
        set_field(out, name, value)
        out.fields[name] = FieldInfo(APPLIED_CONFIDENCE, page_no, win.bbox)
    return out
