"""Tests for the extraction benchmark: scoring, independent e-invoice truth, a tiny real run."""

from __future__ import annotations

import json
import shutil

import pytest

from app.benchmark.dataset import EINVOICE_DIR
from app.benchmark.einvoice_truth import einvoice_truth
from app.benchmark.scoring import field_correct, score_document, summarise
from app.samples.layouts import HOLDOUT_LAYOUTS

pytest.importorskip("app.pipeline.extract", reason="the reader is not there yet")

needs_fixtures = pytest.mark.skipif(not EINVOICE_DIR.is_dir(), reason="no e-invoice fixtures")


def test_field_normalisation():
    assert field_correct("supplier.vat_number", "NL8200.98.395.B.01", "NL820098395B01")
    assert field_correct("supplier.iban", "NL57 RABO 0107 3075 10", "NL57RABO0107307510")
    assert field_correct("total_incl_vat", "-0.00", "0.00")
    assert not field_correct("total_incl_vat", "100.00", "100.01")
    assert field_correct("supplier.name", ["Legal Name B.V.", "Trade"], "trade")
    assert not field_correct("invoice_number", "F-1", None)
    rows = [
        {"rate": "21", "base": "10.00", "amount": "2.10"},
        {"rate": "9", "base": "1", "amount": "0.09"},
    ]
    assert field_correct("vat_breakdown", rows, list(reversed(rows)))
    assert not field_correct("vat_breakdown", rows, rows[:1])


def test_missing_truth_is_not_counted_and_no_prediction_is_wrong():
    truth = {"invoice_number": "A1", "due_date": None, "supplier": {"iban": None}}
    assert score_document(truth, {"invoice_number": "A1"}) == {"invoice_number": True}
    assert score_document(truth, None) == {"invoice_number": False}
    docs = [{"tools": {"x": {"scores": {"invoice_number": True, "total_vat": False},
                             "seconds": 1.0, "status": "ok"}}},
            {"tools": {"x": {"scores": {"invoice_number": True}, "seconds": 3.0, "status": "ok"}}}]  # fmt: skip
    m = summarise(docs, "x")
    assert m["field_accuracy"] == pytest.approx(66.7)
    assert m["median_seconds"] == 2.0
    assert m["all_header_fields_right"] == 50.0


@needs_fixtures
def test_einvoice_truth_ubl_credit_note_and_cii():
    credit = einvoice_truth(EINVOICE_DIR / "ubl" / "ce-ubl-tc434-creditnote1.xml")
    assert credit["document_type"] == "credit_note"
    assert credit["total_incl_vat"].startswith("-")
    guide = einvoice_truth(EINVOICE_DIR / "ubl" / "ce-guide-example1.xml")
    assert (
        guide["supplier"]["iban"] == "NL57RABO0107307510" and guide["supplier"]["kvk"] == "57151520"
    )
    cii = einvoice_truth(EINVOICE_DIR / "cii" / "ce-CII_example1.xml")
    assert cii["source"] == "cii" and len(cii["invoice_date"]) == 10


@needs_fixtures
def test_tiny_benchmark_run(tmp_path):
    from app.benchmark.extraction import format_report, run_benchmark

    einv = tmp_path / "einv" / "ubl"
    einv.mkdir(parents=True)
    for name in ("ce-guide-example1.xml", "ce-ubl-tc434-creditnote1.xml"):
        shutil.copy(EINVOICE_DIR / "ubl" / name, einv / name)
    out = tmp_path / "out"
    report = run_benchmark(count=1, kinds=("text", "scan", "einvoice"), seed=123_456, out=out,
                           einvoice_dir=tmp_path / "einv")  # fmt: skip
    summary = report["summary"]
    assert set(summary) == {"text", "scan", "einvoice", "all"}
    assert summary["einvoice"]["factuurflow"]["documents"] == 2
    results = json.loads((out / "results.json").read_text())
    assert len(results) == 4
    for entry in results:
        for tool in ("factuurflow", "invoice2data"):
            res = entry["tools"][tool]
            assert res["scores"] == score_document(entry["truth"], res["output"])
    assert summary["all"]["invoice2data"]["template_match_rate"] is not None
    text = format_report(report)
    assert "factuurflow" in text and "invoice2data" in text and "supplier.iban" in text
    assert (out / "report.txt").read_text() == text


def test_holdout_uses_only_holdout_layouts(tmp_path):
    from app.benchmark.dataset import build_dataset

    docs = build_dataset(("text",), 4, 5_000, tmp_path, holdout=True)
    assert {d.info["layout"] for d in docs} <= set(HOLDOUT_LAYOUTS)


def test_cli_json_and_bad_kind(tmp_path, capsys):
    from app.cli import main

    assert main(["bench", "extraction", "--kinds", "nope", "--out", str(tmp_path)]) == 2
    assert "Onbekende soort" in capsys.readouterr().err
    code = main(["bench", "extraction", "--count", "1", "--kinds", "text", "--json",
                 "--out", str(tmp_path / "cli")])  # fmt: skip
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["text"]["factuurflow"]["documents"] == 1
