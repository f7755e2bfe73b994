"""The English .ts source is complete: every Dutch string the code marks for translation has a
finished English translation (lupdate is run on the code into a scratch file to find them)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "factuurflow_en.ts"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {
        (ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
        for ctx in tree.iter("context")
        for msg in ctx.iter("message")
    }


def test_committed_translations_are_finished():
    messages = _messages(TS)
    assert len(messages) > 150
    unfinished = [
        src
        for src, tr in messages.items()
        if tr.get("type") == "unfinished" or not (tr.text or "").strip()
    ]
    assert unfinished == []


def test_every_marked_string_is_in_the_ts(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
        # PySide6-Essentials (installed by the test command) ships it: missing means a broken
        # install, which must not pass silently.
        assert lupdate is not None, "pyside6-lupdate is missing: reinstall PySide6-Essentials"
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    scratch = tmp_path / "scratch_en.ts"
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(scratch)],
        check=True,
        timeout=120,
    )
    missing = set(_messages(scratch)) - set(_messages(TS))
    assert missing == set(), "run scripts/build_translations.py --update and translate"
