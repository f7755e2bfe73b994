"""The learning curve: for each layout, a reviewer corrects the first invoice of a supplier with
"remember", then the next invoices of that supplier are read — how many header fields are right,
with and without what was learned.

Runs the real services (intake → processing → correct --remember → intake) on a demo office in
a temporary data folder, so it measures exactly what a user gets. ``kind="scan"`` degrades every
invoice to a 200 dpi scan first.
"""

from __future__ import annotations

import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.benchmark.scoring import HEADER_FIELDS, field_correct, get, truth_present

LEARN_FIELDS = (
    "invoice_number",
    "invoice_date",
    "due_date",
    "currency",
    "total_excl_vat",
    "total_vat",
    "total_incl_vat",
    "payment_reference",
    "supplier.vat_number",
    "supplier.iban",
    "supplier.kvk",
)
SCORED = tuple(dict.fromkeys((*HEADER_FIELDS, "payment_reference")))


def _as_value(name: str, value: Any) -> str:
    return "" if value is None else str(value)


def run_learning_curve(
    *,
    next_count: int = 10,
    kind: str = "text",
    seed: int = 8_100_000,
    layouts: tuple[str, ...] | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    from app.pipeline.extract import extract_bytes
    from app.samples.degrade import degrade_to_scan
    from app.samples.generator import HOLDOUT_LAYOUTS, LAYOUTS, generate_invoice
    from app.samples.office import demo_administrations
    from app.services.context import AppContext, Services
    from app.services.demo import create_demo_office
    from app.services.demo_documents import RECENT

    layouts = layouts or (*LAYOUTS, *HOLDOUT_LAYOUTS)
    bak = demo_administrations()[0]
    suppliers = [s for s in bak.suppliers if s.country == "NL"]
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="ff-learning-") as tmp:
        app = AppContext.open(tmp)
        try:
            create_demo_office(app)
            services = Services(app, app.actor_for(None))

            def deliver(name: str, data: bytes) -> dict[str, Any]:
                path = Path(tmp) / name
                path.write_bytes(data)
                [rf] = services.intake.take_in(bak.company.code, [path])
                services.processing.process_pending(bak.company.code, file_ids=[rf.id])
                [received] = [
                    f for f in services.intake.received(bak.company.code) if f.id == rf.id
                ]
                doc_id = received.document_ids[0]
                return {"id": doc_id, "read": services.documents.show(doc_id).read}

            for n, layout in enumerate(layouts):
                supplier = suppliers[n % len(suppliers)]
                invoices = [
                    generate_invoice(
                        seed + 100 * n + i,
                        layout=layout,
                        supplier=supplier,
                        customer=bak.company,
                        date_range=RECENT,
                    )
                    for i in range(next_count + 1)
                ]
                blobs = [
                    g.pdf
                    if kind == "text"
                    else degrade_to_scan(
                        g.pdf, dpi=200, seed=seed + i, noise=0.05, rotation_deg=0.6
                    )
                    for i, g in enumerate(invoices)
                ]
                # Without learning: the reader alone on the next invoices.
                before = [
                    _score(
                        invoices[i].truth, extract_bytes(blobs[i], f"{layout}-{i}.pdf").to_json()
                    )
                    for i in range(1, next_count + 1)
                ]
                first = deliver(f"{layout}-0.pdf", blobs[0])
                truth = invoices[0].truth
                wrong = [
                    f
                    for f in LEARN_FIELDS
                    if truth_present(f, truth)
                    and not field_correct(f, get(truth, f), get(first["read"], f))
                ]
                changes = {f: _as_value(f, get(truth, f)) for f in wrong}
                result = services.corrections.correct(first["id"], changes, remember=True)
                after = [
                    _score(invoices[i].truth, deliver(f"{layout}-a{i}.pdf", blobs[i])["read"])
                    for i in range(1, next_count + 1)
                ]
                rows.append(
                    {
                        "layout": layout,
                        "supplier": supplier.code,
                        "first_wrong": wrong,
                        "learned": list(result.learned),
                        "not_learned": list(result.not_learned),
                        "before": _summary(before),
                        "after": _summary(after),
                    }
                )
                if progress:
                    progress(
                        f"{layout}: voor {rows[-1]['before']['field_accuracy']:.1%}, "
                        f"na {rows[-1]['after']['field_accuracy']:.1%}"
                    )
        finally:
            app.close()
    return {
        "kind": kind,
        "next_count": next_count,
        "layouts": rows,
        "before": _total([r["before"] for r in rows]),
        "after": _total([r["after"] for r in rows]),
    }


def _score(truth: dict[str, Any], read: dict[str, Any]) -> dict[str, bool]:
    return {
        f: field_correct(f, get(truth, f), get(read, f)) for f in SCORED if truth_present(f, truth)
    }


def _summary(scores: list[dict[str, bool]]) -> dict[str, Any]:
    right = sum(sum(s.values()) for s in scores)
    total = sum(len(s) for s in scores)
    return {
        "field_accuracy": right / total if total else 0.0,
        "documents_fully_right": sum(all(s.values()) for s in scores) / len(scores)
        if scores
        else 0.0,
        "fields": total,
    }


def _total(parts: list[dict[str, Any]]) -> dict[str, Any]:
    fields = sum(p["fields"] for p in parts)
    return {
        "field_accuracy": sum(p["field_accuracy"] * p["fields"] for p in parts) / fields
        if fields
        else 0.0,
        "documents_fully_right": statistics.mean(p["documents_fully_right"] for p in parts)
        if parts
        else 0.0,
    }


def format_learning(report: dict[str, Any]) -> str:
    lines = [
        f"Leercurve ({report['kind']}): eerste factuur gecorrigeerd met 'onthoud', "
        f"daarna {report['next_count']} volgende facturen per layout",
        "",
        f"{'layout':<16}{'voor: velden':>14}{'docs':>8}{'na: velden':>14}{'docs':>8}  eerst fout",
    ]
    for r in report["layouts"]:
        b, a = r["before"], r["after"]
        lines.append(
            f"{r['layout']:<16}{b['field_accuracy']:>14.1%}"
            f"{b['documents_fully_right']:>8.0%}{a['field_accuracy']:>14.1%}"
            f"{a['documents_fully_right']:>8.0%}  {', '.join(r['first_wrong']) or '—'}"
        )
    b, a = report["before"], report["after"]
    lines += [
        "",
        f"{'totaal':<16}{b['field_accuracy']:>14.1%}{b['documents_fully_right']:>8.0%}"
        f"{a['field_accuracy']:>14.1%}{a['documents_fully_right']:>8.0%}",
    ]
    return "\n".join(lines)
