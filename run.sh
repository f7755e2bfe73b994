#!/usr/bin/env bash
# Runs Factuurflow. Installs what it needs on first use; with nothing configured yet, it opens on
# a demo office (log in as marieke@vdbdewit.nl / demo1234). Extra arguments go to `factuurflow`.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
if [ $# -eq 0 ] && ! .venv/bin/factuurflow admin list >/dev/null 2>&1; then
  echo "Nog niets ingericht: demokantoor aanmaken..."
  .venv/bin/factuurflow demo
fi
exec .venv/bin/factuurflow "$@"
