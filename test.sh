#!/usr/bin/env bash
# Runs the whole test suite on SQLite and PostgreSQL. Installs what it needs (tesseract, Qt's
# system libraries, a PostgreSQL server from Debian, the Python packages), starts PostgreSQL on a
# loopback port for the tests and removes it afterwards. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")"
FF_EXTRA_PKGS="postgresql" bash scripts/setup.sh

PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
PGPORT="${FF_TEST_PGPORT:-55432}"
PGDATA="$(mktemp -d /tmp/factuurflow-pg.XXXXXX)"
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  run_pg "$PGBIN/pg_ctl" -D "$PGDATA/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGDATA"
}
trap cleanup EXIT
[ "$(id -u)" -eq 0 ] && chown postgres "$PGDATA"
run_pg "$PGBIN/initdb" -D "$PGDATA/data" -U postgres -A trust --no-sync >/dev/null
run_pg "$PGBIN/pg_ctl" -D "$PGDATA/data" -l "$PGDATA/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$PGPORT -c unix_socket_directories=$PGDATA -c fsync=off -c full_page_writes=off -c synchronous_commit=off" start >/dev/null
export FACTUURFLOW_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PGPORT/postgres"
export QT_QPA_PLATFORM=offscreen

.venv/bin/python -m pytest "$@"
