"""The extraction benchmark: Factuurflow's reader against invoice2data on the same fresh files.

:func:`run_benchmark` builds a document set (:mod:`.dataset`), runs both readers on every file in
the same run, scores each field against the truth (:mod:`.scoring`) and summarises per input kind
and tool: per-field accuracy, overall field accuracy, share of documents with every header field
right, median seconds per document, errors, and invoice2data's template-match rate.
:func:`format_report` renders that as a readable table; the dict itself is the JSON report.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.benchmark.dataset import DEFAULT_KINDS, EINVOICE_DIR, KINDS, build_dataset
from app.benchmark.scoring import FIELDS, HEADER_FIELDS, score_document, summarise
from app.benchmark.tools import Invoice2Data, run_factuurflow, text_layer_seconds
from app.samples.layouts import HOLDOUT_LAYOUTS, LAYOUTS

TOOLS = ("factuurflow", "invoice2data")
DEFAULT_SEED = 7_300_000  # far from the small seeds tests and tuning use


def run_benchmark(
    *,
    count: int = 20,
    kinds: tuple[str, ...] = DEFAULT_KINDS,
    seed: int = DEFAULT_SEED,
    out: Path | None = None,
    holdout: bool = False,
    progress: Callable[[str], None] | None = None,
    einvoice_dir: Path = EINVOICE_DIR,
) -> dict[str, Any]:
    """Generate, read with both tools, score. Writes files and reports into ``out``."""
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise ValueError(f"unknown kinds: {', '.join(unknown)}")
    out = Path(out) if out else Path(tempfile.mkdtemp(prefix="factuurflow-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    docs = build_dataset(kinds, count, seed, out, holdout=holdout, einvoice_dir=einvoice_dir)
    other = Invoice2Data()
    results = []
    for n, doc in enumerate(docs, start=1):
        if progress:
            progress(f"[{n}/{len(docs)}] {doc.kind} {doc.path.name}")
        ff = run_factuurflow(doc.path)
        i2d = other.run(doc.path, ocr=doc.kind in ("scan", "image"))
        entry: dict[str, Any] = {"id": doc.id, "kind": doc.kind, "path": str(doc.path), "info": doc.info,
                 "truth": doc.truth, "tools": {}}  # fmt: skip
        for name, res in (("factuurflow", ff), ("invoice2data", i2d)):
            entry["tools"][name] = {**res, "scores": score_document(doc.truth, res["output"])}
        if doc.kind == "text":
            entry["text_layer_seconds"] = text_layer_seconds(doc.path)
        results.append(entry)
    summary: dict[str, Any] = {}
    for kind in kinds:
        kind_docs = [r for r in results if r["kind"] == kind]
        if kind_docs:
            summary[kind] = {tool: summarise(kind_docs, tool) for tool in TOOLS}
    summary["all"] = {tool: summarise(results, tool) for tool in TOOLS}
    floors = [r["text_layer_seconds"] for r in results if "text_layer_seconds" in r]
    text_layer = {
        name: statistics.median(f[name] for f in floors) for name in ("pymupdf_words", "pdfium_text")
    } if floors else None  # fmt: skip
    report = {
        "settings": {"count": count, "kinds": list(kinds), "seed": seed, "holdout": holdout,
                     "layouts": list(HOLDOUT_LAYOUTS if holdout else LAYOUTS), "out": str(out),
                     "header_fields": list(HEADER_FIELDS)},
        "summary": summary,
        "text_layer_median_seconds": text_layer,
    }  # fmt: skip
    (out / "results.json").write_text(
        json.dumps(results, indent=1, ensure_ascii=False, default=str)
    )
    (out / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    (out / "report.txt").write_text(format_report(report))
    return report


def _pct(v: float | None) -> str:
    return "-" if v is None else f"{v:5.1f}"


def format_report(report: dict[str, Any]) -> str:
    s = report["settings"]
    lines = [
        f"Extraction benchmark  seed {s['seed']}  {s['count']} generated docs per kind  "
        f"{'HOLD-OUT layouts' if s['holdout'] else 'tuned layouts'}  files: {s['out']}",
        "",
        f"{'kind':9} {'docs':>5}  {'tool':13} {'fields %':>8} {'all-header %':>12} "
        f"{'median s':>9} {'errors':>6} {'template %':>10}",
    ]  # fmt: skip
    summary = report["summary"]
    for kind, tools in summary.items():
        for tool, m in tools.items():
            tmpl = _pct(m["template_match_rate"]) if tool == "invoice2data" else "-"
            lines.append(
                f"{kind:9} {m['documents']:5d}  {tool:13} {_pct(m['field_accuracy']):>8} "
                f"{_pct(m['all_header_fields_right']):>12} {m['median_seconds'] or 0:9.3f} "
                f"{m['errors']:6d} {tmpl:>10}"
            )
    floor = report.get("text_layer_median_seconds")
    if floor:
        lines += [
            "",
            f"text PDFs, text layer alone (no reading): PyMuPDF words {floor['pymupdf_words']:.4f} s "
            f"(Factuurflow's first step), pdfium text {floor['pdfium_text']:.4f} s "
            "(invoice2data's default backend) - median per document",
        ]
    kinds = [k for k in summary if k != "all"]
    lines += [
        "",
        "Per-field accuracy %, factuurflow / invoice2data (n = fields with known truth)",
        "",
    ]
    lines.append(f"{'field':22}" + "".join(f"{k:>22}" for k in kinds))
    for name in FIELDS:
        cells = []
        for kind in kinds:
            a = summary[kind]["factuurflow"]["per_field"].get(name)
            b = summary[kind]["invoice2data"]["per_field"].get(name)
            cells.append(
                f"{a['accuracy']:5.1f} / {b['accuracy']:5.1f} (n={a['counted']})" if a else "-"
            )
        lines.append(f"{name:22}" + "".join(f"{c:>22}" for c in cells))
    lines += ["", "all-header = every one of: " + ", ".join(s["header_fields"]) + " (when known)."]
    return "\n".join(lines) + "\n"


def stderr_progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
