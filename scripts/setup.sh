#!/usr/bin/env bash
# Shared set-up for run.sh and test.sh: system packages (Debian), a virtualenv in .venv with
# Factuurflow and its dependencies, and the compiled translations. Safe to run again: it only
# installs what is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

need_pkgs=()
want_pkgs=(tesseract-ocr tesseract-ocr-nld tesseract-ocr-eng libgl1 libegl1 libxkbcommon0
           libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core ${FF_EXTRA_PKGS:-})
if ! python3.11 -c 'import ensurepip, venv' >/dev/null 2>&1; then want_pkgs+=(python3.11-venv); fi
for p in "${want_pkgs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || need_pkgs+=("$p")
done
if [ ${#need_pkgs[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing system packages: ${need_pkgs[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
fi

PY="${PYTHON:-python3.11}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=".venv/.ff-installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[dev]"
  touch "$stamp"
fi
if [ -f scripts/build_translations.py ]; then
  .venv/bin/python scripts/build_translations.py
fi
