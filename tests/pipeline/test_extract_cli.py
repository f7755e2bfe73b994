"""``factuurflow extract``: one result per input file, in order, through ``app.cli.main`` and once as
a real subprocess; and the process pool that survives hanging and crashing workers.

The pool test injects a worker that hangs or kills its own process for chosen file names, so the
time limit and the recovery from ``BrokenProcessPool`` are exercised without a real poison file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import main
from app.pipeline.batch import extract_as_done, extract_many
from app.pipeline.extract import ExtractionResult, extract_file
from app.pipeline.limits import Limits

FIXTURES = Path("/work/shared/fixtures/einvoice")
REPO = Path(__file__).resolve().parents[2]
UBL = FIXTURES / "ubl" / "ce-ubl-tc434-example1.xml"
CII = FIXTURES / "cii" / "ce-CII_example9.xml"
CREDIT = FIXTURES / "ubl" / "ce-ubl-tc434-creditnote1.xml"

pytestmark = pytest.mark.skipif(not FIXTURES.is_dir(), reason="shared e-invoice fixtures missing")


def _lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_json_one_line_per_file_in_input_order(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "leeg.pdf"
    empty.write_bytes(b"")
    files = [str(CII), str(empty), str(UBL), str(tmp_path / "bestaat-niet.xml"), str(CREDIT)]
    assert main(["extract", "--json", *files]) == 0
    rows = _lines(capsys.readouterr().out)
    assert [r["file"] for r in rows] == files
    assert [r["status"] for r in rows] == ["ok", "error", "ok", "error", "ok"]
    assert rows[1]["error"] == "Leeg bestand (0 bytes)"
    assert rows[3]["error"] == "Bestand niet gevonden"
    assert rows[2]["invoice_number"] == "12115118"
    assert rows[4]["document_type"] == "credit_note"
    assert rows[4]["total_incl_vat"] == "-100.11"
    assert {tuple(r) for r in rows} == {tuple(rows[0])}  # same keys, same order, every row


def test_global_json_flag_before_the_subcommand(capsys) -> None:
    assert main(["--json", "extract", str(UBL)]) == 0
    assert _lines(capsys.readouterr().out)[0]["total_incl_vat"] == "250.33"


def test_readable_summary(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "nep.pdf"
    bad.write_text("geen pdf")
    assert main(["extract", str(UBL), str(bad)]) == 0
    out = capsys.readouterr().out
    assert f"{UBL}: ok (ubl" in out
    assert "Leverancier: De Koksmaat (KvK 57151520, btw NL820098395B01" in out
    assert "Totaal: EUR 229.60 excl. + 20.73 btw = 250.33" in out
    assert f"{bad}: FOUT: Geen PDF" in out


@pytest.mark.parametrize("argv", [["extract"], ["extract", "--jobs", "0", "x.pdf"]])
def test_usage_errors_exit_nonzero(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


def test_help_documents_the_exit_code(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    assert "Exitcode: 0 zodra elk bestand een resultaat kreeg" in capsys.readouterr().out


def test_jobs_uses_the_pool_and_keeps_input_order(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "leeg.xml"
    empty.write_bytes(b"")
    files = [str(UBL), str(empty), str(CII), str(CREDIT)]
    assert main(["extract", "--json", "--jobs", "2", *files]) == 0
    rows = _lines(capsys.readouterr().out)
    assert [r["file"] for r in rows] == files
    assert [r["status"] for r in rows] == ["ok", "error", "ok", "ok"]
    assert rows[2]["invoice_number"] == "20150483"


def test_cli_as_a_subprocess() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli", "extract", "--json", str(CREDIT), "/geen/bestand.pdf"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert proc.returncode == 0, proc.stderr
    rows = _lines(proc.stdout)
    assert [(r["status"], r["document_type"]) for r in rows] == [
        ("ok", "credit_note"),
        ("error", None),
    ]


def misbehaving_worker(path: str, *, limits: Limits) -> ExtractionResult:
    """Pool worker for the test: hangs on 'hang' files, kills its process on 'crash' files."""
    name = Path(path).name
    if name.startswith("hang"):
        time.sleep(3600)
    if name.startswith("crash"):
        os._exit(3)
    if name.startswith("waits"):  # until the caller has had the other files' results
        go = Path(path).with_suffix(".go")
        deadline = time.monotonic() + 60
        while not go.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
    return extract_file(path, limits=limits)


def test_pool_survives_a_hanging_and_a_crashing_file(tmp_path: Path) -> None:
    hang = tmp_path / "hang.xml"
    crash = tmp_path / "crash.xml"
    for path in (hang, crash):
        path.write_bytes(UBL.read_bytes())
    files = [UBL, hang, CII, crash, CREDIT]
    limits = Limits(seconds_per_file=4)
    results = list(extract_many(files, jobs=2, limits=limits, worker=misbehaving_worker))
    assert [r.file for r in results] == [str(f) for f in files]
    assert [r.status for r in results] == ["ok", "error", "ok", "error", "ok"]
    assert results[1].error == "Tijdslimiet overschreden (4 s)"
    assert results[3].error == "Het leesproces is vastgelopen op dit bestand (crash)"
    assert results[4].invoice.document_type == "credit_note"


def test_results_come_as_each_file_is_done(tmp_path: Path) -> None:
    """A slow first file holds back none of the others: the slow one only finishes once the
    caller has received the other three (an in-order pool would wait for it forever)."""
    slow = tmp_path / "waits.xml"
    slow.write_bytes(UBL.read_bytes())
    files = [slow, UBL, CII, CREDIT]
    got: list[tuple[int, str]] = []
    for idx, result in extract_as_done(files, jobs=2, limits=Limits(seconds_per_file=30),
                                       worker=misbehaving_worker):  # fmt: skip
        got.append((idx, result.status))
        if len(got) == 3:
            slow.with_suffix(".go").touch()
    assert sorted(i for i, _ in got[:3]) == [1, 2, 3]
    assert got[3] == (0, "ok")
