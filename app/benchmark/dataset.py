"""Builds the benchmark's document set on disk: files plus their truth.

Per input kind: ``text`` (generated text PDFs: purchase invoices, credit notes and sales
invoices), ``scan`` (the same kind of invoices degraded to 200 dpi image-only PDFs), ``image``
(PNG/JPEG photos of single-page invoices, TIFF for multi-page ones), ``einvoice`` (the public
UBL/CII/Factur-X fixtures, truth read from their XML) and, on request, ``other`` (order
confirmations, reminders and statements that are not invoices). Seeds come from the run's base
seed, far from the small seeds tests and tuning use; ``holdout`` draws only the held-out layouts.

Generated invoices vary beyond the layout, from their own seeded draws: some come from foreign
suppliers charging their own VAT (:mod:`app.samples.foreign`), some carry a discount (a table
row or an invoice-level discount under the lines), some have descriptions that wrap onto more
lines, and some text PDFs (and scans) arrive turned (:mod:`app.samples.turn`): a page with a
/Rotate, text drawn sideways, or turned content with a /Rotate that sets it upright.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.benchmark.einvoice_truth import einvoice_truth
from app.samples.degrade import degrade_to_scan
from app.samples.documents import other_document
from app.samples.foreign import foreign_suppliers
from app.samples.generator import generate_invoice, generate_sales_invoice
from app.samples.layouts import HOLDOUT_LAYOUTS, LAYOUTS
from app.samples.turn import turn_pdf

KINDS = ("text", "scan", "image", "einvoice", "other")
DEFAULT_KINDS = ("text", "scan", "image", "einvoice")
EINVOICE_DIR = Path("/work/shared/fixtures/einvoice")
_KIND_OFFSET = {"text": 0, "scan": 100_000, "image": 200_000, "other": 300_000}


@dataclass
class BenchDocument:
    id: str
    kind: str
    path: Path
    truth: dict[str, Any]
    info: dict[str, Any]


def _invoice(seed: int, holdout: bool):
    rng = random.Random(f"bench:{seed}")
    layout = rng.choice(HOLDOUT_LAYOUTS if holdout else LAYOUTS)
    roll = rng.random()
    if roll < 0.1:
        return generate_sales_invoice(seed, layout=layout)
    more = random.Random(f"bench-variation:{seed}")  # own draws: layout and kind stay as they were
    supplier = more.choice(foreign_suppliers()) if more.random() < 0.12 else None
    discount = more.choice(("line", "invoice")) if more.random() < 0.2 else None
    return generate_invoice(seed, layout=layout, kind="credit_note" if roll < 0.22 else "invoice",
                            supplier=supplier, discount=discount,
                            long_descriptions=more.random() < 0.25)  # fmt: skip


def _turn(kind: str, seed: int) -> tuple[str, int] | None:
    """How a generated PDF arrives turned, if it does: text PDFs in any of the ways, scans only
    as a scanner stores them (turned content, /Rotate setting it upright)."""
    rng = random.Random(f"bench-turn:{seed}")
    if rng.random() >= (0.15 if kind == "text" else 0.08):
        return None
    mode = rng.choice(("rotate", "sideways", "upright")) if kind == "text" else "upright"
    return mode, rng.choice((90, 180, 270))


def _generated(
    kind: str, count: int, seed: int, out: Path, holdout: bool
) -> Iterator[BenchDocument]:
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        s = seed + _KIND_OFFSET[kind] + i
        rng = random.Random(f"bench-degrade:{s}")
        if kind == "other":
            doc = other_document(s)
            path = folder / f"{i:04d}_{doc.kind}.pdf"
            path.write_bytes(doc.pdf)
            yield BenchDocument(path.stem, kind, path, doc.truth, {"seed": s, "kind": doc.kind})
            continue
        inv = _invoice(s, holdout)
        info: dict[str, Any] = {"seed": s, "layout": inv.layout, "type": inv.truth["document_type"]}
        truth = dict(inv.truth)
        turn = _turn(kind, s) if kind in ("text", "scan") else None
        if turn:
            info["turn"] = f"{turn[0]} {turn[1]}"
        if kind == "text":
            data, suffix = (turn_pdf(inv.pdf, *turn) if turn else inv.pdf), "pdf"
        else:
            params: dict[str, Any] = {"dpi": 200, "seed": s, "rotation_deg": round(rng.uniform(-1.5, 1.5), 2),
                      "blur": round(rng.uniform(0, 0.8), 2), "noise": round(rng.uniform(0.02, 0.1), 3),
                      "jpeg_quality": rng.randrange(60, 90)}  # fmt: skip
            if kind == "scan":
                data, suffix = degrade_to_scan(inv.pdf, as_image=False, **params), "pdf"
                data = turn_pdf(data, *turn) if turn else data
            else:
                suffix = "tiff" if truth["pages"] > 1 else rng.choice(("png", "jpeg"))
                params["dpi"] = rng.choice((150, 200, 300))
                data = degrade_to_scan(inv.pdf, as_image=True, image_format=suffix, **params)
            info.update(params)
            truth["source"] = "ocr"
        path = folder / f"{i:04d}_{inv.layout}.{suffix}"
        path.write_bytes(data)
        yield BenchDocument(path.stem, kind, path, truth, info)


def _einvoices(directory: Path) -> Iterator[BenchDocument]:
    for path in sorted(directory.glob("*/*")):
        if path.suffix.lower() not in (".xml", ".pdf"):
            continue
        truth = einvoice_truth(path)
        if truth is None:  # not an invoice or no embedded XML: nothing to score against
            continue
        yield BenchDocument(f"{path.parent.name}/{path.name}", "einvoice", path, truth,
                            {"format": path.parent.name})  # fmt: skip


def build_dataset(kinds: tuple[str, ...], count: int, seed: int, out: Path, *,
                  holdout: bool = False, einvoice_dir: Path = EINVOICE_DIR) -> list[BenchDocument]:  # fmt: skip
    docs: list[BenchDocument] = []
    for kind in kinds:
        if kind == "einvoice":
            docs.extend(_einvoices(einvoice_dir))
        else:
            docs.extend(_generated(kind, count, seed, out, holdout))
    truth_file = out / "truth.json"
    truth_file.write_text(json.dumps({d.id if d.kind == "einvoice" else f"{d.kind}/{d.id}":
                                      {"path": str(d.path), "truth": d.truth, "info": d.info}
                                      for d in docs}, indent=1, ensure_ascii=False))  # fmt: skip
    return docs
