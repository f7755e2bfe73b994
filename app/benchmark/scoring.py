"""Field-by-field comparison of a reader's output with the truth, and the per-kind summary.

Values are normalised before comparing so only real differences count: identifiers without
spaces, dots or case (``NL8200.98.395.B.01`` = ``NL820098395B01``), amounts as ``Decimal``,
names case- and punctuation-insensitive (a truth may list acceptable alternatives, e.g. legal and
trading name), the VAT breakdown as a multiset of (rate, base, amount). A field whose truth is
missing is not counted; a missing prediction for a known truth is wrong.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from decimal import Decimal, InvalidOperation
from typing import Any

FIELDS: tuple[str, ...] = (
    "document_type", "invoice_number", "invoice_date", "due_date", "currency",
    "total_excl_vat", "total_vat", "total_incl_vat", "vat_breakdown", "payment_reference",
    "supplier.name", "supplier.vat_number", "supplier.iban", "supplier.kvk",
    "customer.name", "customer.vat_number",
)  # fmt: skip
HEADER_FIELDS: tuple[str, ...] = (
    "document_type", "invoice_number", "invoice_date", "due_date", "currency",
    "total_excl_vat", "total_vat", "total_incl_vat", "supplier.vat_number", "supplier.iban",
)  # fmt: skip
_MONEY = {"total_excl_vat", "total_vat", "total_incl_vat"}
_IDS = {"invoice_number", "payment_reference", "supplier.vat_number", "supplier.iban",
        "supplier.kvk", "customer.vat_number"}  # fmt: skip


def get(d: dict[str, Any] | None, name: str) -> Any:
    cur: Any = d
    for part in name.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(part)
    return cur


def _dec(v: Any) -> Decimal | None:
    try:
        return Decimal(str(v)) if v is not None and v != "" else None
    except InvalidOperation:
        return None


def _ident(v: Any) -> str:
    return re.sub(r"[\s.\-]", "", str(v)).upper()


def _name(v: Any) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", str(v).casefold()).split())


def _breakdown(v: Any) -> Counter | None:
    if not isinstance(v, list):
        return None
    rows: Counter = Counter()
    for row in v:
        rate, base, amount = (_dec(row.get(k)) for k in ("rate", "base", "amount"))
        rows[(rate.normalize() if rate is not None else None, base, amount)] += 1
    return rows


def field_correct(name: str, truth: Any, pred: Any) -> bool:
    if pred is None or pred == [] and name != "vat_breakdown":
        return False
    if name in _MONEY:
        return _dec(truth) is not None and _dec(truth) == _dec(pred)
    if name == "vat_breakdown":
        return _breakdown(truth) == _breakdown(pred)
    if name in _IDS:
        return _ident(truth) == _ident(pred)
    if name.endswith(".name"):
        options = truth if isinstance(truth, list) else [truth]
        return _name(pred) in {_name(o) for o in options}
    return str(truth).strip() == str(pred).strip()


def truth_present(name: str, truth: dict[str, Any]) -> bool:
    value = get(truth, name)
    return value not in (None, "", [])


def score_document(truth: dict[str, Any], pred: dict[str, Any] | None) -> dict[str, bool]:
    """``{field: correct}`` for every field the truth knows."""
    return {name: pred is not None and field_correct(name, get(truth, name), get(pred, name))
            for name in FIELDS if truth_present(name, truth)}  # fmt: skip


def summarise(docs: list[dict[str, Any]], tool: str) -> dict[str, Any]:
    """Accuracy per field, overall, all-header-right share, median seconds for one tool."""
    per_field: dict[str, list[int]] = {name: [0, 0] for name in FIELDS}
    header_all, seconds, errors, matched = 0, [], 0, 0
    for doc in docs:
        result = doc["tools"][tool]
        scores = result["scores"]
        for name, ok in scores.items():
            per_field[name][0] += int(ok)
            per_field[name][1] += 1
        header = [scores[n] for n in HEADER_FIELDS if n in scores]
        header_all += int(bool(header) and all(header))
        seconds.append(result["seconds"])
        errors += int(result.get("status") == "error")
        matched += int(bool(result.get("matched", True)))
    counted = sum(n for _, n in per_field.values())
    right = sum(c for c, _ in per_field.values())
    n_docs = len(docs)
    return {
        "documents": n_docs,
        "field_accuracy": round(100 * right / counted, 1) if counted else None,
        "fields_counted": counted,
        "all_header_fields_right": round(100 * header_all / n_docs, 1) if n_docs else None,
        "median_seconds": round(statistics.median(seconds), 3) if seconds else None,
        "errors": errors,
        "template_match_rate": round(100 * matched / n_docs, 1) if n_docs else None,
        "per_field": {name: {"accuracy": round(100 * c / n, 1), "counted": n}
                      for name, (c, n) in per_field.items() if n},
    }  # fmt: skip
