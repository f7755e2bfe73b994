"""The in-process sandbox: the local fakes of the accounting packages, for trying the product
without any account.

A connection whose ``base_url`` is ``"sandbox"`` talks to fakes started inside this process on
free loopback ports, with their state kept in ``<data folder>/sandbox/`` so sign-ins and
bookings survive a restart. ``factuurflow demo`` connects the demo administrations this way.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import requests

from app.connectors.base import Connector, ConnectorConfig, Tokens
from app.connectors.oauth import make_pkce, make_state

SANDBOX = "sandbox"
REDIRECT_URI = "http://127.0.0.1:53682/callback"
_lock = threading.Lock()
_running: dict[str, dict[str, Any]] = {}  # state folder -> {package: fake}


def fakes_for(state_dir: Path) -> dict[str, Any]:
    """The running fakes for ``state_dir`` (started on first use, once per process)."""
    key = str(state_dir.resolve())
    with _lock:
        if key not in _running:
            from app.connectors.fakes.exact_fake import ExactFake
            from app.connectors.fakes.twinfield_fake import TwinfieldFake

            state_dir.mkdir(parents=True, exist_ok=True)
            exact = ExactFake(state_path=state_dir / "exact.json").start()
            twinfield = TwinfieldFake(state_file=state_dir / "twinfield.json").start()
            _running[key] = {"exact_online": exact, "twinfield": twinfield}
        return _running[key]


def stop_all() -> None:
    with _lock:
        for fakes in _running.values():
            for fake in fakes.values():
                fake.stop()
        _running.clear()


def sandbox_config(package: str, state_dir: Path) -> ConnectorConfig:
    from app.connectors.base import config_from_env

    fake = fakes_for(state_dir).get(package)
    if fake is None:
        from app.errors import UserFacingError

        raise UserFacingError(f"Voor {package} is geen sandbox beschikbaar.")
    overrides = {
        "base_url": fake.base_url,
        "redirect_uri": REDIRECT_URI,
        "client_id": getattr(fake, "client_id", None) or "factuurflow-sandbox",
        "client_secret": getattr(fake, "client_secret", None) or "sandbox-secret",
    }
    if package == "twinfield":
        overrides["login_url"] = fake.base_url
    return config_from_env(package, {k: v for k, v in overrides.items() if v}, environ={})


def sign_in_headless(connector: Connector) -> Tokens:
    """Sign in to a sandbox fake: its authorize page approves at once and redirects."""
    pkce, state = make_pkce(), make_state()
    url = connector.authorization_url(state, pkce.challenge)
    answer = requests.get(url, allow_redirects=False, timeout=10)
    location = answer.headers.get("Location", "")
    query = parse_qs(urlparse(location).query)
    if query.get("state", [""])[0] != state or "code" not in query:
        from app.errors import UserFacingError

        raise UserFacingError("Aanmelden bij de sandbox mislukt.")
    return connector.exchange_code(query["code"][0], pkce.verifier)


class SandboxTokenStore:
    """Tokens of sandbox connections in a JSON file beside the fakes' state.

    They are tokens of the local fakes, worth nothing outside this data folder, so they need
    not (and on a machine without a keyring could not) go to the OS keyring. Real packages'
    tokens always go to the keyring.
    """

    def __init__(self, state_dir: Path):
        self.state_dir = state_dir
        self.file = state_dir / "tokens.json"

    def _load(self) -> dict[str, str]:
        import json

        try:
            return json.loads(self.file.read_text("utf-8"))
        except (FileNotFoundError, ValueError):
            return {}

    def get(self, key: str) -> Tokens | None:
        raw = self._load().get(key)
        if not raw:
            return None
        tokens = Tokens.from_json(raw)
        cluster = tokens.extra.get("cluster_url", "")
        if cluster.startswith("http://127.0.0.1"):
            # The fakes run on a new free port in every process: the Twinfield cluster the
            # token was issued for is the fake of this process.
            import dataclasses

            current = fakes_for(self.state_dir)["twinfield"].base_url
            tokens = dataclasses.replace(tokens, extra={**tokens.extra, "cluster_url": current})
        return tokens

    def set(self, key: str, tokens: Tokens) -> None:
        import json
        import os

        with _lock:
            data = self._load()
            data[key] = tokens.to_json()
            self.file.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.file.with_suffix(".tmp")
            tmp.write_text(json.dumps(data), "utf-8")
            os.replace(tmp, self.file)

    def delete(self, key: str) -> None:
        import json
        import os

        with _lock:
            data = self._load()
            if data.pop(key, None) is not None:
                tmp = self.file.with_suffix(".tmp")
                tmp.write_text(json.dumps(data), "utf-8")
                os.replace(tmp, self.file)
