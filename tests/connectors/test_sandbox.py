"""The ``factuurflow sandbox`` command: the fakes start on loopback, print the environment that
points Factuurflow at them, keep their state across restarts with --state-dir, and stop on
Ctrl+C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import requests

from app.commands.sandbox import describe, start_sandbox
from app.connectors.base import BookingLineData, BookingRequest, config_from_env
from app.connectors.exact import ExactOnlineConnector
from app.connectors.oauth import make_pkce
from app.connectors.tokens import MemoryTokenStore

ROOT = Path(__file__).resolve().parents[2]


def _book_one(env: dict[str, str], store: MemoryTokenStore) -> tuple[ExactOnlineConnector, str]:
    conn = ExactOnlineConnector(config_from_env("exact_online", environ=env), store, "exact:sb")
    if store.get("exact:sb") is None:
        pkce = make_pkce()
        resp = requests.get(
            conn.authorization_url("st", pkce.challenge), allow_redirects=False, timeout=5
        )
        conn.exchange_code(
            parse_qs(urlsplit(resp.headers["Location"]).query)["code"][0], pkce.verifier
        )
    division = conn.list_administrations()[0].external_id
    master = conn.fetch_master_data(division)
    supplier = next(r for r in master.relations if r.type in ("supplier", "both"))
    journal = next(j for j in master.journals if j.type == "purchase")
    gl = next(g for g in master.gl_accounts if g.kind == "profit_loss" and not g.blocked)
    req = BookingRequest(
        "purchase",
        journal.code,
        supplier.code,
        "SB-1",
        date(2026, 11, 3),
        None,
        (2026, 11),
        "EUR",
        "Sandbox",
        "req-sandbox-1",
        Decimal("100.00"),
        (BookingLineData(gl.code, "x", Decimal("100.00")),),
    )
    conn.post_booking(division, req)
    return conn, division


def test_state_dir_keeps_sign_in_and_bookings_across_restarts(tmp_path):
    info = start_sandbox(state_dir=str(tmp_path))
    try:
        env = info["fakes"]["exact_online"]["env"]
        assert env["FACTUURFLOW_EXACT_URL"].startswith("http://127.0.0.1:")
        assert "export FACTUURFLOW_EXACT_URL=" in describe(info)
        store = MemoryTokenStore()
        _book_one(env, store)
    finally:
        for server in info["servers"]:
            server.stop()
    assert (tmp_path / "exact.json").exists()

    info = start_sandbox(state_dir=str(tmp_path))
    try:
        env = info["fakes"]["exact_online"]["env"]  # a new port, the same state
        conn = ExactOnlineConnector(config_from_env("exact_online", environ=env), store, "exact:sb")
        division = conn.list_administrations()[0].external_id  # stored tokens still valid
        req = BookingRequest(
            "purchase",
            "",
            "",
            "SB-1",
            date(2026, 11, 3),
            None,
            (2026, 11),
            "EUR",
            "",
            "req-sandbox-1",
            Decimal("100.00"),
            (),
        )
        journal = next(
            j.code for j in conn.fetch_master_data(division).journals if j.type == "purchase"
        )
        assert conn.find_booking(division, replace(req, journal=journal))
    finally:
        for server in info["servers"]:
            server.stop()


def test_cli_prints_the_environment_and_stops_on_ctrl_c():
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "sandbox"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        lines = []
        for line in proc.stdout:
            lines.append(line)
            if "FACTUURFLOW_EXACT_REDIRECT_URI" in line:
                break
        url = next(ln.split("=", 1)[1].strip() for ln in lines if "FACTUURFLOW_EXACT_URL=" in ln)
        resp = requests.get(url + "/api/v1/current/Me", timeout=5)
        assert resp.status_code == 401  # it is up, and it wants a token
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
