"""Compile the Qt Linguist sources ``resources/i18n/*.ts`` into ``.qm`` files next to them with
PySide6's ``pyside6-lrelease`` (called by scripts/setup.sh; the .qm files are git-ignored).

``--update`` first refreshes the .ts sources from the code with ``pyside6-lupdate`` (new strings
appear as unfinished, existing translations are kept, vanished ones are dropped), so a developer
can add the English for new Dutch strings and commit the .ts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
SOURCES = [ROOT / "app" / "ui", ROOT / "app" / "commands" / "screenshot.py"]


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (the venv), else on PATH."""
    candidate = Path(sys.executable).with_name(f"pyside6-{name}")
    if candidate.exists():
        return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        sys.exit(f"build_translations: pyside6-{name} not found (pip install PySide6-Essentials)")
    return found


def update(ts_files: list[Path]) -> None:
    files = sorted(
        str(p) for src in SOURCES for p in ([src] if src.is_file() else src.rglob("*.py"))
    )
    for ts in ts_files:
        subprocess.run(
            [
                tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "nl",
                *files,
                "-ts",
                str(ts),
            ],
            check=True,
        )


def release(ts_files: list[Path]) -> None:
    for ts in ts_files:
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"{qm.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--update", action="store_true", help="refresh the .ts sources from the code first"
    )
    args = parser.parse_args(argv)
    ts_files = sorted(I18N.glob("factuurflow_*.ts"))
    if args.update:
        if not ts_files:
            ts_files = [I18N / "factuurflow_en.ts"]
        update(ts_files)
    release(ts_files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
